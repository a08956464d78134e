import { describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATE_NAMES, type EmailTemplateName, type ReplyModels, TemplateError, escapeHtml, renderEmail } from '../../../templates/email/index.js';

const HOSTILE = '<script>alert("x")</script> & \'Riverside\'';
const base = { caseRef: 'PCSE-2026-000123', recipientName: HOSTILE, organisationName: HOSTILE, odsCode: 'A81001' };

/** One model per template, every free-text value hostile. */
const MODELS: { [N in EmailTemplateName]: ReplyModels[N] } = {
  acknowledgement: { ...base, kindLabel: 'user administrator nomination', understood: [{ label: 'Nominee name', value: HOSTILE }], missing: ['Nominee email'] },
  'info-request': { ...base, questions: [HOSTILE] },
  rejected: { ...base, kindLabel: 'account unlock', reason: HOSTILE },
  'advice-role-removal': { ...base, username: HOSTILE, roles: [HOSTILE] },
  'advice-reactivation-ask-your-admin': { ...base, username: HOSTILE },
  'done-user-admin-nomination': { ...base, nomineeName: HOSTILE, nomineeEmail: 'k.patel@nhs.net', serviceLabel: 'Performers List', role: 'PL Organisation Administrator' },
  'done-main-contact-change': { ...base, contactName: HOSTILE, contactEmail: 'k.patel@nhs.net' },
  'done-verification-link-resend': { ...base, accountEmail: 'jo.bloggs@nhs.net' },
  'done-account-unlock': { ...base, username: HOSTILE },
  'done-account-reactivation': { ...base, username: HOSTILE },
  'done-practice-email-update': { ...base, newEmail: 'riversidesurgery.a81001@nhs.net', previousEmail: 'old.a81001@nhs.net' },
  'done-main-contact-extension': { ...base, contactName: HOSTILE, contactEmail: 'ann.old@nhs.net', newPracticeOdsCode: 'B82002', newPracticeName: HOSTILE },
  'done-branch-setup': { ...base, branchOdsCode: 'A81001001', branchName: HOSTILE, contactName: HOSTILE, contactEmail: 'amy.lee@nhs.net' },
  'done-open-exeter-primary-user-request': { ...base, nomineeName: HOSTILE, nomineeEmail: 'k.patel@nhs.net' },
  'done-open-exeter-additional-permissions': { ...base, username: 'SLEE01', permissions: [HOSTILE] },
  'done-open-exeter-new-user-authorisation': { ...base, username: 'SLEE01', userName: HOSTILE },
};

describe('renderEmail', () => {
  it.each(EMAIL_TEMPLATE_NAMES)('%s: reference in the subject, courteous sign-off, every value escaped in HTML', (name) => {
    const email = renderEmail(name, MODELS[name] as never);
    expect(email.subject).toMatch(/^\[PCSE-2026-000123\] \S/);
    expect(email.text).toMatch(/Kind regards,\nPrimary Care Support England\n$/);
    expect(email.text).toContain(`Dear ${HOSTILE},`);
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Riverside&#39;');
    expect(email.html).toContain('Primary Care Support England');
  });

  it('covers a template for every name', () => {
    expect(Object.keys(MODELS).sort()).toEqual([...EMAIL_TEMPLATE_NAMES].sort());
  });

  it('says what is missing in the acknowledgement, or that nothing is', () => {
    const ack = renderEmail('acknowledgement', { ...MODELS.acknowledgement, recipientName: null });
    expect(ack.text).toMatch(/^Hello,/);
    expect(ack.text).toContain('- Nominee email');
    expect(ack.text).toContain('Nominee name: ');
    expect(renderEmail('acknowledgement', { ...MODELS.acknowledgement, missing: [] }).text).toContain('You do not need to do anything else');
  });

  it('confirms a practice email change naming the new address, and a rejection with its reason', () => {
    expect(renderEmail('done-practice-email-update', MODELS['done-practice-email-update']).text).toContain('is now riversidesurgery.a81001@nhs.net. It replaces old.a81001@nhs.net.');
    expect(renderEmail('rejected', { ...MODELS.rejected, reason: 'The form is not signed.' }).text).toContain('Reason: The form is not signed.');
  });

  it('keeps line breaks out of the subject', () => {
    const email = renderEmail('rejected', { ...MODELS.rejected, kindLabel: 'x\r\nBcc: evil@example.com' });
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses an unknown template or a model that does not fit', () => {
    expect(() => renderEmail('nope', {})).toThrow(TemplateError);
    expect(() => renderEmail('done-account-unlock', { caseRef: 'PCSE-2026-000123' })).toThrow(expect.objectContaining({ code: 'invalid_model' }));
  });

  it('does not put a temporary password in the email', () => {
    expect(renderEmail('done-open-exeter-new-user-authorisation', MODELS['done-open-exeter-new-user-authorisation']).text).toMatch(/password is not in this email/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">O'Neil & co</a> £5`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt; £5');
  });
});
