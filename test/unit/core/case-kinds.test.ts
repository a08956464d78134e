import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../../core/domain/case.js';
import {
  CASE_MODULES, CaseNotApprovableError, checkApprovable, finaliseCase, planAcknowledgement, planApproval, planInfoRequest, planReactivationAdvice,
  planRejection, reviewCase,
} from '../../../core/domain/cases/index.js';
import { nominatesAdministratorsFor } from '../../../core/domain/cases/user-admin-nomination.js';
import { EffectSchema } from '../../../core/domain/effects.js';
import { REPLY_MODEL_SCHEMAS, isEmailTemplateName } from '../../../core/domain/replies.js';
import { CONTEXT, makeAccount, makeDraft, makeFacts, makeOrganisation } from './case-builders.js';

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

/** A complete, valid case of each executable kind. */
const COMPLETE = {
  user_admin_nomination: makeDraft('user_admin_nomination', { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } }),
  main_contact_change: makeDraft('main_contact_change', { newMainContact: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } }),
  verification_link_resend: makeDraft('verification_link_resend', { accountEmail: 'jo.bloggs@nhs.net' }),
  account_unlock: makeDraft('account_unlock', { username: 'jo.bloggs@nhs.net' }),
  account_reactivation: makeDraft('account_reactivation', { username: 'jo.bloggs@nhs.net' }),
  role_removal_request: makeDraft('role_removal_request', { username: 'sam.lee@nhs.net', roles: ['Joiner & Leaver'] }),
  practice_email_update: makeDraft('practice_email_update', { currentEmail: 'old.a81001@nhs.net', newEmail: 'riversidesurgery.a81001@nhs.net' }),
  main_contact_extension: makeDraft('main_contact_extension', {
    existingPractice: { odsCode: 'A81001', name: 'Riverside', mainContact: { name: 'Ann Old', email: 'ann.old@nhs.net' } },
    newPractice: { odsCode: 'B82002', name: 'Hillside' },
  }),
  branch_setup: makeDraft('branch_setup', {
    mainPractice: { odsCode: 'A81001', name: 'Riverside' },
    branch: { odsCode: 'A81001001', name: 'Riverside East', address: '1 East St', phone: '01234 567890', mainContact: { title: 'Dr', name: 'Amy Lee', email: 'amy.lee@nhs.net' } },
  }),
  open_exeter_primary_user_request: makeDraft('open_exeter_primary_user_request', {
    organisationKind: 'gp_practice',
    nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' },
    signatory: { name: 'Dr Jo Bloggs', email: 'jo.bloggs@nhs.net', role: 'gp_partner' },
  }),
  open_exeter_additional_permissions: makeDraft('open_exeter_additional_permissions', {
    user: { name: 'Sam Lee', email: 'sam.lee@nhs.net', username: 'SLEE01' },
    permissions: ['Cytology results', 'Prior notification list'],
    signatory: { name: 'Dr Jo Bloggs', email: 'jo.bloggs@nhs.net', role: 'lead_gp' },
  }),
  open_exeter_new_user_authorisation: makeDraft('open_exeter_new_user_authorisation', {
    user: { name: 'Sam Lee', email: null, username: 'SLEE01' },
    createdBy: { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
  }),
};

describe('every executable kind', () => {
  it.each(Object.entries(COMPLETE))('%s: complete, approvable, effects valid with unique deterministic keys', (kind, draft) => {
    const c = finaliseCase(draft);
    expect(c.missing).toEqual([]);
    expect(checkApprovable(c)).toEqual({ ok: true });
    const effects = planApproval(c, CONTEXT);
    expect(effects.length).toBeGreaterThan(0);
    for (const e of effects) {
      expect(EffectSchema.safeParse(e).success).toBe(true);
      expect(e.key.startsWith('case-1:')).toBe(true);
      if (e.type === 'send-reply') {
        expect(isEmailTemplateName(e.template)).toBe(true);
        expect(REPLY_MODEL_SCHEMAS[e.template as keyof typeof REPLY_MODEL_SCHEMAS].safeParse(e.model).success).toBe(true);
      }
    }
    expect(new Set(effects.map((e) => e.key)).size).toBe(effects.length);
    expect(planApproval(c, CONTEXT)).toEqual(effects);
    expect(planApproval(c, { ...CONTEXT, caseId: 'case-2' }).map((e) => e.key)).not.toEqual(effects.map((e) => e.key));
    expect(CASE_MODULES[kind as keyof typeof COMPLETE].kind).toBe(kind);
  });

  it('the registry is the list of kinds: each key names its own module, unclassified last', () => {
    expect(CASE_KINDS).toEqual(Object.keys(CASE_MODULES));
    expect(CASE_KINDS.at(-1)).toBe('unclassified');
    for (const kind of CASE_KINDS) expect(CASE_MODULES[kind].kind).toBe(kind);
  });

  it('covers every kind but unclassified', () => {
    expect(Object.keys(COMPLETE).sort()).toEqual(CASE_KINDS.filter((k) => k !== 'unclassified').sort());
  });

  it('marks the high-risk and phone-verified kinds', () => {
    const high = CASE_KINDS.filter((k) => CASE_MODULES[k].riskLevel === 'high');
    expect(high.sort()).toEqual(['main_contact_change', 'open_exeter_primary_user_request', 'user_admin_nomination']);
    const phone = CASE_KINDS.filter((k) => CASE_MODULES[k].needsPhoneVerification);
    expect(phone.sort()).toEqual(['branch_setup', 'main_contact_extension']);
  });
});

describe('approval refusals', () => {
  it('refuses to plan with required values missing, and for unclassified or ignored mail', () => {
    const c = finaliseCase(makeDraft('account_unlock', {}));
    expect(checkApprovable(c)).toEqual({ ok: false, reason: 'missing_fields', missing: ['fields.username'] });
    expect(() => planApproval(c, CONTEXT)).toThrow(CaseNotApprovableError);
    expect(checkApprovable(finaliseCase(makeDraft('unclassified', {})))).toEqual({ ok: false, reason: 'not_executable' });
    expect(checkApprovable(finaliseCase({ ...COMPLETE.account_unlock, ignored: 'auto_reply' }))).toEqual({ ok: false, reason: 'not_executable' });
  });
});

describe('user_admin_nomination', () => {
  it('creates the user, grants the service admin role, sends the link and confirms to requester and nominee', () => {
    const effects = planApproval(finaliseCase(COMPLETE.user_admin_nomination), CONTEXT);
    expect(effects.map((e) => e.type)).toEqual(['ensure-user', 'grant-role', 'issue-verification-link', 'send-reply']);
    expect(effects[1]).toMatchObject({ username: 'k.patel@nhs.net', odsCode: 'A81001', service: 'PL', role: 'PL Organisation Administrator', key: 'case-1:grant-role:k.patel@nhs.net:a81001:pl:pl organisation administrator' });
    expect(effects[3]).toMatchObject({ template: 'done-user-admin-nomination', to: ['jo.bloggs@nhs.net', 'k.patel@nhs.net'] });
  });
  it('flags the email saying there are already four admins, a GPP nomination without a form, and a service/org mismatch', () => {
    const c = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'K', email: 'k@nhs.net' }, existingAdminCount: 4 }));
    expect(codes(c.findings)).toEqual(['admin_limit_reached', 'certification_form_missing']);
    const withForm = finaliseCase({ ...makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'K', email: 'k@nhs.net' } }), attachments: [{ filename: 'form.PDF', contentType: 'application/octet-stream', size: 10, sha256: 'x' }] });
    expect(codes(withForm.findings)).not.toContain('certification_form_missing');
    const opto = finaliseCase(makeDraft('user_admin_nomination', { service: 'OPTO', nominee: { name: 'K', email: 'k@nhs.net' } }));
    expect(codes(opto.findings)).toEqual(['service_organisation_mismatch']);
  });
  it('checks the directory: admin count at four, unknown or closed organisation, PCN approver on the AEL', () => {
    const c = finaliseCase(COMPLETE.user_admin_nomination);
    expect(codes(reviewCase(c, makeFacts({ organisations: { A81001: makeOrganisation({ adminCounts: { PL: 4 } }) } })))).toEqual(['admin_limit_reached']);
    expect(codes(reviewCase(c, makeFacts({ organisations: { A81001: makeOrganisation({ adminCounts: { PL: 3 } }) } })))).toEqual([]);
    expect(codes(reviewCase(c, makeFacts({ organisations: { A81001: makeOrganisation({ closed: true }) } })))).toEqual(['organisation_closed']);
    const pcn = (approver: unknown) =>
      finaliseCase(makeDraft('user_admin_nomination', { service: 'PCN', nominee: { name: 'K', email: 'k@nhs.net' }, approver }, { organisation: { odsCode: 'U12345', name: null, type: 'other' } }));
    const facts = makeFacts({ organisations: { U12345: makeOrganisation({ odsCode: 'U12345', type: 'pcn' }) }, authorisedEmails: { 'icb.lead@nhs.net': false, 'icb.ok@nhs.net': true } });
    expect(codes(reviewCase(pcn(null), facts))).toEqual(['approver_not_on_ael']);
    expect(codes(reviewCase(pcn({ name: 'I', email: 'icb.lead@nhs.net', role: 'ICB' }), facts))).toEqual(['approver_not_on_ael']);
    expect(codes(reviewCase(pcn({ name: 'I', email: 'icb.ok@nhs.net', role: 'ICB' }), facts))).toEqual([]);
    // Content alone: a PCN's own Clinical Director is not an ICB approver.
    expect(pcn({ name: 'C', email: 'c@nhs.net', role: 'Clinical Director' }).findings.map((x) => x.code)).toContain('approver_not_on_ael');
    expect(pcn({ name: 'C', email: 'c@nhs.net', role: 'ICB Primary Care Lead' }).findings.map((x) => x.code)).not.toContain('approver_not_on_ael');
  });
});

describe('main_contact_change', () => {
  it('replaces the main contact and notes the one it replaces', () => {
    const c = finaliseCase(COMPLETE.main_contact_change);
    expect(planApproval(c, CONTEXT).map((e) => e.type)).toEqual(['ensure-user', 'replace-main-contact', 'send-reply']);
    expect(codes(reviewCase(c, makeFacts()))).toEqual(['main_contact_exists']);
    expect(reviewCase(c, makeFacts())[0]?.severity).toBe('info');
    const same = makeFacts({ organisations: { A81001: makeOrganisation({ mainContact: { name: 'K', email: 'K.Patel@nhs.net' } }) } });
    expect(codes(reviewCase(c, same))).toEqual(['main_contact_unchanged']);
  });
});

describe('verification_link_resend', () => {
  it('only for the sender\u2019s own account, and the link notice goes to that account', () => {
    expect(codes(finaliseCase(COMPLETE.verification_link_resend).findings)).toEqual([]);
    const other = finaliseCase(makeDraft('verification_link_resend', { accountEmail: 'someone.else@nhs.net' }));
    expect(codes(other.findings)).toEqual(['not_own_account']);
    const effects = planApproval(finaliseCase(COMPLETE.verification_link_resend), CONTEXT);
    expect(effects).toMatchObject([{ type: 'issue-verification-link', username: 'jo.bloggs@nhs.net' }, { type: 'send-reply', to: ['jo.bloggs@nhs.net'] }]);
    expect(codes(reviewCase(other, makeFacts({ accounts: { 'someone.else@nhs.net': null } })))).toEqual(['not_own_account', 'account_not_found']);
  });
});

describe('account_unlock', () => {
  it('needs an existing, locked account and unlocks it', () => {
    const c = finaliseCase(COMPLETE.account_unlock);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': null } })))).toEqual(['account_not_found']);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': makeAccount({ locked: false }) } })))).toEqual(['account_not_locked']);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': makeAccount() } })))).toEqual([]);
    expect(planApproval(c, CONTEXT)[0]).toEqual({ type: 'unlock-account', key: 'case-1:unlock:jo.bloggs@nhs.net', username: 'jo.bloggs@nhs.net' });
  });
});

describe('account_reactivation', () => {
  it('is for user administrators and main contacts only; others get advice', () => {
    const c = finaliseCase(COMPLETE.account_reactivation);
    const admin = makeAccount({ roles: [{ odsCode: 'A81001', service: 'GPP', role: 'GPP Practice User Administrator' }] });
    const main = makeAccount({ roles: [{ odsCode: 'A81001', service: 'SUPPLIES_RECORDS', role: 'Main Contact' }] });
    const plain = makeAccount({ roles: [{ odsCode: 'A81001', service: 'GPP', role: 'Joiner & Leaver' }] });
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': admin } })))).toEqual([]);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': main } })))).toEqual([]);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': plain } })))).toEqual(['not_admin_or_main_contact']);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': { ...admin, active: true } } })))).toEqual(['account_already_active']);
    expect(planApproval(c, CONTEXT).map((e) => e.type)).toEqual(['reactivate-account', 'send-reply']);
    expect(planReactivationAdvice(c, CONTEXT)).toMatchObject([{ template: 'advice-reactivation-ask-your-admin', to: ['jo.bloggs@nhs.net'], model: { username: 'jo.bloggs@nhs.net' } }]);
  });
});

describe('role_removal_request', () => {
  it('changes nothing in the directory: approval only sends advice', () => {
    const c = finaliseCase(COMPLETE.role_removal_request);
    expect(codes(c.findings)).toEqual(['role_removal_not_done_by_pcse']);
    const effects = planApproval(c, CONTEXT);
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ type: 'send-reply', template: 'advice-role-removal', model: { roles: ['Joiner & Leaver'] } });
  });
});

describe('practice_email_update', () => {
  it('confirms to the new address only', () => {
    const effects = planApproval(finaliseCase(COMPLETE.practice_email_update), CONTEXT);
    expect(effects).toMatchObject([
      { type: 'set-organisation-email', odsCode: 'A81001', email: 'riversidesurgery.a81001@nhs.net' },
      { type: 'send-reply', to: ['riversidesurgery.a81001@nhs.net'], model: { previousEmail: 'old.a81001@nhs.net' } },
    ]);
  });
  it('flags a personal, non-nhs.net or unchanged address and a current email the directory disagrees with', () => {
    const check = (newEmail: string, currentEmail = 'old.a81001@nhs.net') =>
      codes(finaliseCase(makeDraft('practice_email_update', { currentEmail, newEmail })).findings);
    expect(check('riversidesurgery.a81001@nhs.net')).toEqual([]);
    expect(check('jo.bloggs@nhs.net')).toEqual(['individual_mailbox']);
    expect(check('riverside@gmail.com')).toEqual(['email_not_nhsmail']);
    expect(check('old.a81001@nhs.net')).toEqual(['email_unchanged']);
    const c = finaliseCase(COMPLETE.practice_email_update);
    expect(codes(reviewCase(c, makeFacts()))).toEqual(['current_email_mismatch']);
  });
});

describe('main_contact_extension', () => {
  it('needs a phone call, checks both practices and the named contact, and makes the contact main contact of the new practice', () => {
    const c = finaliseCase(COMPLETE.main_contact_extension);
    expect(codes(c.findings)).toEqual(['phone_verification_required']);
    const facts = makeFacts({ organisations: { A81001: makeOrganisation(), B82002: makeOrganisation({ odsCode: 'B82002', mainContact: null }) } });
    expect(codes(reviewCase(c, facts))).toEqual(['phone_verification_required']);
    const wrongContact = makeFacts({ organisations: { A81001: makeOrganisation({ mainContact: { name: 'X', email: 'x@nhs.net' } }), B82002: null } });
    expect(codes(reviewCase(c, wrongContact))).toEqual(['organisation_unknown', 'main_contact_mismatch', 'phone_verification_required']);
    expect(planApproval(c, CONTEXT)).toMatchObject([
      { type: 'replace-main-contact', odsCode: 'B82002', contact: { name: 'Ann Old', email: 'ann.old@nhs.net' } },
      { type: 'send-reply', template: 'done-main-contact-extension', to: ['jo.bloggs@nhs.net', 'ann.old@nhs.net'] },
    ]);
  });
});

describe('branch_setup', () => {
  it('creates the branch under its main practice, sets its main contact and sends the access email to that contact', () => {
    const c = finaliseCase(COMPLETE.branch_setup);
    expect(codes(c.findings)).toEqual(['phone_verification_required']);
    const effects = planApproval(c, CONTEXT);
    expect(effects.map((e) => e.type)).toEqual(['create-organisation', 'ensure-user', 'replace-main-contact', 'issue-verification-link', 'send-reply']);
    expect(effects[0]).toMatchObject({ odsCode: 'A81001001', parentOdsCode: 'A81001', orgType: 'gp_branch', name: 'Riverside East' });
    expect(effects[4]).toMatchObject({ to: ['amy.lee@nhs.net'], model: { recipientName: 'Dr Amy Lee' } });
  });
  it('flags a branch code that is not the main code plus three digits, and a non-GP main code', () => {
    const bad = (main: string, branch: string) =>
      codes(finaliseCase(makeDraft('branch_setup', { mainPractice: { odsCode: main }, branch: { odsCode: branch } })).findings);
    expect(bad('A81001', 'A81002001')).toContain('branch_code_mismatch');
    expect(bad('A81001', 'A81001001')).not.toContain('branch_code_mismatch');
    expect(bad('FA123', 'A81001001')).toEqual(expect.arrayContaining(['ods_type_mismatch', 'branch_code_mismatch']));
  });
  it('warns when the branch is already in the directory', () => {
    const c = finaliseCase(COMPLETE.branch_setup);
    expect(codes(reviewCase(c, makeFacts({ organisations: { A81001: makeOrganisation(), A81001001: makeOrganisation({ odsCode: 'A81001001' }) } })))).toContain('organisation_already_exists');
  });
});

describe('open_exeter_primary_user_request', () => {
  const withRole = (role: string, organisationKind: string | null, odsCode = 'A81001') =>
    codes(finaliseCase(makeDraft('open_exeter_primary_user_request', { organisationKind, nominee: { name: 'K', email: 'k@nhs.net' }, signatory: { name: 'S', role } }, { organisation: { odsCode, name: null, type: 'other' } })).findings);
  it.each([
    ['lead_gp', 'gp_practice', true], ['gp_partner', 'gp_practice', true], ['caldicott_guardian', 'gp_practice', true],
    ['existing_primary_contact', 'gp_practice', true], ['board_member', 'gp_practice', true], ['existing_primary_user', 'gp_practice', false],
    ['other', 'gp_practice', false], ['caldicott_guardian', 'other', true], ['board_member', 'other', true], ['existing_primary_user', 'other', true],
    ['lead_gp', 'other', false], ['gp_partner', 'other', false], ['existing_primary_contact', 'other', false],
  ])('%s at a %s organisation allowed: %s', (role, kind, allowed) => {
    expect(withRole(role, kind).includes('signatory_role_not_allowed')).toBe(!allowed);
  });
  it('infers the organisation kind from the code when the form does not say', () => {
    expect(withRole('lead_gp', null, 'V012345')).toContain('signatory_role_not_allowed');
    expect(withRole('lead_gp', null, 'A81001')).not.toContain('signatory_role_not_allowed');
  });
  it('grants the Open Exeter primary user role', () => {
    expect(planApproval(finaliseCase(COMPLETE.open_exeter_primary_user_request), CONTEXT)[1]).toMatchObject({ type: 'grant-role', service: 'OPEN_EXETER', role: 'Primary User' });
  });
});

describe('open_exeter_additional_permissions', () => {
  it('needs an NHS sender and an allowed role, and grants each permission', () => {
    expect(codes(finaliseCase(COMPLETE.open_exeter_additional_permissions).findings)).toEqual([]);
    const bad = finaliseCase({ ...COMPLETE.open_exeter_additional_permissions, from: { name: 'X', email: 'x@gmail.com' }, fields: { ...COMPLETE.open_exeter_additional_permissions.fields, signatory: { name: 'X', role: 'existing_primary_user' } } });
    expect(codes(bad.findings)).toEqual(['sender_not_nhs', 'signatory_role_not_allowed']);
    const effects = planApproval(finaliseCase(COMPLETE.open_exeter_additional_permissions), CONTEXT);
    expect(effects.filter((e) => e.type === 'grant-role').map((e) => (e.type === 'grant-role' ? e.role : ''))).toEqual(['Cytology results', 'Prior notification list']);
  });
});

describe('open_exeter_new_user_authorisation', () => {
  it('needs the creator to be a primary user there, and issues a temporary password', () => {
    const c = finaliseCase(COMPLETE.open_exeter_new_user_authorisation);
    const primary = makeAccount({ roles: [{ odsCode: 'A81001', service: 'OPEN_EXETER', role: 'Primary User' }] });
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': primary } })))).toEqual([]);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': makeAccount() } })))).toEqual(['primary_user_not_found']);
    expect(codes(reviewCase(c, makeFacts({ accounts: { 'jo.bloggs@nhs.net': null } })))).toEqual(['primary_user_not_found']);
    expect(planApproval(c, CONTEXT)).toMatchObject([
      { type: 'ensure-user', username: 'SLEE01' },
      { type: 'issue-temporary-password', username: 'SLEE01' },
      { type: 'send-reply', to: ['jo.bloggs@nhs.net'] },
    ]);
  });
});

describe('replies planned outside approval', () => {
  it('acknowledges with what we understood and what is missing', () => {
    const c = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'Kiran Patel' } }));
    const [ack] = planAcknowledgement(c, CONTEXT);
    expect(ack).toMatchObject({ key: 'case-1:reply:acknowledgement', template: 'acknowledgement' });
    expect(ack?.type === 'send-reply' && ack.model).toMatchObject({
      understood: [{ label: 'Organisation ODS code', value: 'A81001' }, { label: 'Service', value: 'GPP' }, { label: 'Nominee name', value: 'Kiran Patel' }],
      missing: ['Nominee email'],
    });
  });
  it('keys each information request by its id, and rejects with the reason', () => {
    const c = finaliseCase(COMPLETE.account_unlock);
    const a = planInfoRequest(c, CONTEXT, { requestId: 'd1', questions: ['Which account?'] });
    const b = planInfoRequest(c, CONTEXT, { requestId: 'd2', questions: ['Which account?'] });
    expect(a[0]?.key).not.toBe(b[0]?.key);
    expect(planRejection(c, CONTEXT, 'Not ours')).toMatchObject([{ template: 'rejected', model: { reason: 'Not ours', kindLabel: 'account unlock' } }]);
    expect(planRejection(c, { ...CONTEXT, requesterEmail: null }, 'x')).toEqual([]);
  });
});

describe('a review judges afresh what an earlier review found', () => {
  // At ingest the reviewed findings are stored with the case; a later review (an edit, a reply, a directory change)
  // must not keep the old verdict beside the new one.
  const directories = {
    'not loaded': makeFacts({ loaded: false, organisations: {} }),
    'nothing known': makeFacts({ organisations: {}, accounts: {} }),
    'all known': makeFacts({
      organisations: { A81001: makeOrganisation(), B82002: makeOrganisation({ odsCode: 'B82002', mainContact: null }), A81001001: null },
      accounts: { 'jo.bloggs@nhs.net': makeAccount(), 'sam.lee@nhs.net': makeAccount({ email: 'sam.lee@nhs.net', username: 'SLEE01' }) },
    }),
    'closed and full': makeFacts({ organisations: { A81001: makeOrganisation({ closed: true, adminCounts: { GPP: 4, PL: 4 } }) } }),
  };
  const kinds = Object.entries(COMPLETE);
  const names = Object.keys(directories) as (keyof typeof directories)[];
  it.each(kinds.flatMap(([kind]) => names.flatMap((before) => names.map((after) => [kind, before, after] as const))))(
    '%s reviewed against "%s", then against "%s", equals a fresh review',
    (kind, before, after) => {
      const c = finaliseCase(COMPLETE[kind as keyof typeof COMPLETE]);
      const stored = { ...c, findings: reviewCase(c, directories[before]) };
      expect(reviewCase(stored, directories[after])).toEqual(reviewCase(c, directories[after]));
    },
  );

  it('an organisation corrected after an unknown code is no longer reported unknown', () => {
    const typo = finaliseCase({ ...COMPLETE.user_admin_nomination, organisation: { odsCode: 'B82009', name: 'Riverside Surgery', type: 'gp_practice' } });
    const directory = makeFacts({ organisations: { A81001: makeOrganisation(), B82009: null } });
    const stored = { ...typo, findings: reviewCase(typo, directory) };
    expect(codes(stored.findings)).toContain('organisation_unknown');
    const corrected = { ...stored, organisation: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice' as const } };
    expect(codes(reviewCase(corrected, directory))).not.toContain('organisation_unknown');
    // What the email itself said is kept: a content finding survives the re-review.
    const saidFour = finaliseCase(makeDraft('user_admin_nomination', { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' }, existingAdminCount: 4 }));
    expect(codes(reviewCase({ ...saidFour, findings: reviewCase(saidFour, directory) }, directory))).toContain('admin_limit_reached');
  });
});

describe('who nominates user administrators (DOMAIN.md, seeds 000 and 003)', () => {
  it('a Performers List nomination is the registered manager\'s, an ophthalmic one the contract holder\'s', () => {
    expect(nominatesAdministratorsFor('PL', 'CQC Registered Manager')).toBe(true);
    expect(nominatesAdministratorsFor('PL', 'Contract holder')).toBe(false);
    expect(nominatesAdministratorsFor('OPTO', 'Contract Holder and Optometrist')).toBe(true);
    expect(nominatesAdministratorsFor('OPTO', 'Registered Manager')).toBe(false);
    expect(nominatesAdministratorsFor('PCN', 'Clinical Director')).toBe(true);
    // GPP's approver signs the certification form: no sign-off role alone nominates.
    expect(nominatesAdministratorsFor('GPP', 'Registered Manager')).toBe(false);
    expect(nominatesAdministratorsFor(null, 'Registered Manager')).toBe(false);
  });
});
