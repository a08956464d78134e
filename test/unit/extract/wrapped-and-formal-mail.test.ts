import { describe, expect, it } from 'vitest';
import { cleanPersonName } from '../../../ingest/extract/field-helpers.js';
import { unwrapHardWrapped } from '../../../ingest/extract/hard-wrap.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9, twelfth session: plain text wrapped at a fixed margin by the sender's client, roles written with whose
 * they are, and organisations or scan debris where a person's name belongs; each on an email written here.
 */

const wrapped = [
  'Good morning,',
  '',
  'Following the retirement of our long-standing administrator, and with the',
  'agreement of the partners, I am writing as the surgery\'s CQC Registered',
  'Manager to nominate our new Assistant Practice Manager, Mr Tadeusz',
  'Kowalczyk-Byrne, as PL Organisation Administrator for Fernside Surgery',
  '(practice code P84027). His address is tadeusz.kowalczyk-byrne@nhs.net and',
  'he starts on the 14th.',
  '',
  'Regards,',
  '',
  'Gwendolyn Ashby',
  'Practice Manager and CQC Registered Manager',
  'Fernside Surgery',
].join('\r\n');

describe('plain text wrapped by the sender\'s client', () => {
  it('reads a name and a role that straddle the margin', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Gwendolyn Ashby <gwendolyn.ashby@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL administrator nomination', 'User-Agent': 'Mozilla Thunderbird' }, wrapped);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Tadeusz Kowalczyk-Byrne', email: 'tadeusz.kowalczyk-byrne@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Gwendolyn Ashby', role: 'CQC Registered Manager' });
  });

  it('joins only lines broken at the margin: labelled lines, lists, quotes and short lines stay', () => {
    const text = [
      'We would like the following two people to be set up on the system as soon as',
      'possible please, as both start on Monday and will need access on day one of',
      'their induction, which the partners have asked us to make sure runs without',
      'a hitch this time:',
      'Name: Harriet Okonkwo-Lindqvist, Assistant Practice Manager at the surgery',
      'Email: harriet.okonkwo-lindqvist@nhs.net',
      '- Sam Lee, receptionist, who will be covering the front desk from Monday on',
      '- Jo Bloggs',
      '> quoted text from an earlier message that goes on to the margin and then',
      '> continues here',
      'Thanks',
    ].join('\n');
    const out = unwrapHardWrapped(text).split('\n');
    expect(out[0]).toBe('We would like the following two people to be set up on the system as soon as possible please, as both start on Monday and will need access on day one of their induction, which the partners have asked us to make sure runs without a hitch this time:');
    expect(out).toContain('Name: Harriet Okonkwo-Lindqvist, Assistant Practice Manager at the surgery');
    expect(out).toContain('Email: harriet.okonkwo-lindqvist@nhs.net');
    expect(out).toContain('- Jo Bloggs');
    expect(out).toContain('> continues here');
  });

  it('leaves text alone that was not wrapped (long lines, or no line at a margin)', () => {
    const long = `${'word '.repeat(40).trim()}\nand the next line\n`;
    expect(unwrapHardWrapped(long)).toBe(long);
    expect(unwrapHardWrapped('Hi\nplease unlock jo.bloggs\nthanks')).toBe('Hi\nplease unlock jo.bloggs\nthanks');
  });
});

describe('where a person\'s name belongs', () => {
  it('an organisation is not a name, and scan debris around a name goes', () => {
    expect(cleanPersonName('NHS Lune and Wyre ICB')).toBeNull();
    expect(cleanPersonName('Riverside Surgery')).toBeNull();
    expect(cleanPersonName('Dr Miriam Achterberg )')).toBe('Miriam Achterberg');
    expect(cleanPersonName('| Owen Trelawny')).toBe('Owen Trelawny');
  });
});

describe('Open Exeter permissions named as the application lists them', () => {
  it('keeps "search" in "Sample Taker search"', async () => {
    const body = 'Hello,\r\n\r\nPlease could you add the following permission for our practice nurse, user ID HUGHESR (Rhian Hughes, rhian.hughes@nhs.net):\r\n\r\nSample Taker search\r\n\r\nPractice: Tregarth Surgery, W91033\r\n\r\nDiolch,\r\nCeri Lloyd\r\nPractice Manager';
    const c = await parseEmail('openexeter', { From: 'Ceri Lloyd <ceri.lloyd@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permission' }, body);
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).permissions).toEqual(['Sample Taker search']);
  });
});

describe('short wrapped emails and writers who put themselves forward', () => {
  it('reads a GMC number the margin split from its label, in a two-line wrap', async () => {
    const body = 'Hello\r\n\r\nI work as a sessional GP and my PCSE Online verification link has expired. My\r\nGMC registered address is this one, olusegun.bakare@nhs.net, and my GMC\r\nnumber is 7345120.\r\n\r\nPlease could you send a new link.\r\n\r\nDr Olusegun Bakare';
    const c = await parseEmail('portalenquiries', { From: 'Olusegun Bakare <olusegun.bakare@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Verification link' }, body);
    expect(c.kind).toBe('verification_link_resend');
    expect(fieldsOf(c).gmcNumber).toBe('7345120');
  });

  it('takes the sender as the new main contact when they were appointed and would like to become it', async () => {
    const body = 'Dear PCSE,\r\n\r\nI have been appointed Operations Manager for Fairfield Health Partnership and would like to become the Main Contact for G85027 in place of Mr Alan Brewer, who retired in October. My email is precious.okafor@nhs.net.\r\n\r\nKind regards\r\n\r\nPrecious Okafor\r\nOperations Manager';
    const c = await parseEmail('portalenquiries', { From: 'Precious Okafor <precious.okafor@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact' }, body);
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Precious Okafor', email: 'precious.okafor@nhs.net' });
  });
});
