import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../../ingest/extract/corrections.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { labelProseSentences } from '../../../ingest/extract/prose-labels.js';
import { cleanPersonName } from '../../../ingest/extract/field-helpers.js';
import { cleanOcrLine, typedSpellingOfScannedPeople, withoutPagesSetAside } from '../../../ingest/extract/scan-noise.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twentieth session): details a practice writes as sentences rather than labelled lines ("Address is … and
 * telephone …", "For branch: … Name … Address …"), first seen in corpus-30; and what corpus-32 (writer AB:
 * conversations with PCSE, second messages correcting the first, forms the email corrects) showed first-seen: answers
 * typed between PCSE's bulleted questions, a correction of the writer's own earlier message, a form's person or phone
 * replaced by the covering email, a capacity ticked as "Other", form fields named by initials, box edges on scans.
 * Every email and form here is written for this test.
 */
const from = (name: string, email: string, mailbox = 'datamanager') => ({ From: `${name} <${email}>`, To: `pcse.${mailbox}@nhs.net` });

describe('details written as sentences', () => {
  it('reads a branch set-up whose main practice and branch are each a paragraph of sentences', async () => {
    const c = await parseEmail('datamanager', { ...from('Amara Obi', 'amara.obi@nhs.net'), Subject: 'New branch for PCSE Online' },
      'Hello,\n\nWe kindly request the branch to be set up on PCSE Online, the ODS has given the code.\n\n' +
        'Main practice is Riverside Health Centre, ODS code P84 062. Main contact is Grace Lowe, email grace.lowe@nhs.net. Address is 2 Quay Street, Salford M5 4AB and telephone 0161 496 0300.\n\n' +
        'For the branch: main contact will be Mr Tunde Bakare, email tunde.bakare@nhs.net. Branch code P84062 001. Name Riverside Health Centre - Ordsall. Address 14 Trafford Road, Salford M5 3HT. Telephone 0161 496 0311.\n\n' +
        'Thank you\nAmara Obi\nAdministrator');
    expect(c.kind).toBe('branch_setup');
    const f = fieldsOf(c);
    expect(f.mainPractice).toMatchObject({ odsCode: 'P84062', name: 'Riverside Health Centre', address: '2 Quay Street, Salford M5 4AB', phone: '0161 496 0300' });
    expect(f.branch).toMatchObject({ odsCode: 'P84062001', name: 'Riverside Health Centre - Ordsall', address: '14 Trafford Road, Salford M5 3HT', phone: '0161 496 0311' });
    expect(f.branch?.mainContact).toEqual({ title: 'Mr', name: 'Tunde Bakare', email: 'tunde.bakare@nhs.net' });
    // The card quotes what the practice wrote, not the rewriting.
    expect(c.evidence['fields.branch.address']).toBe('Address 14 Trafford Road, Salford M5 3HT');
    expect(c.evidence['fields.mainPractice.phone']).toBe('telephone 0161 496 0300');
  });

  it('leaves a paragraph with one labelled-looking sentence as prose', () => {
    const text = 'Her name is on the letter we sent last week, so please use that one when you reply to us about this.';
    expect(labelProseSentences(text).text).toBe(text);
    const twoButNoDetail = 'Name is not important here, we only ask a question. Email is the best way to reach us about the practice.';
    expect(labelProseSentences(twoButNoDetail).text).toBe(twoButNoDetail);
  });

  it('does not split a sentence after a title or an initial', () => {
    const { text } = labelProseSentences('Main contact is Dr. J. Pilling, email j.pilling@nhs.net. Address is 7 Vale Road, Sutton Vale CW8 2SV.');
    expect(text.split('\n')).toEqual(['Main contact: Dr. J. Pilling, email j.pilling@nhs.net', 'Address: 7 Vale Road, Sutton Vale CW8 2SV']);
  });
});

/** A flat text PDF: one line of printed text per entry, as a word processor exports a form. */
const textPdf = (lines: string[]): Promise<Buffer> => printedPdf(lines, { left: 40, top: 800, lineHeight: 18 });


const pcseReply = (mailbox: string, points: string[]) => [
  '________________________________', `From: PCSE Team <pcse.${mailbox}@nhs.net>`, 'Sent: 02 December 2026 11:00', 'To: Practice', 'Subject: RE: request [PCSE-2026-051122]', '',
  'Dear colleague,', '', 'Before we can process your request we need some further information. Please reply to this email with:', '', ...points, '', 'Kind regards', 'PCSE Team',
];

describe('answers to PCSE\'s questions', () => {
  it('reads answers typed between PCSE\'s bulleted questions, numbered or not', async () => {
    const c = await parseEmail('datamanager', { ...from('Owain Pryce', 'owain.pryce@nhs.net'), Subject: 'RE: Practice email change [PCSE-2026-051122]' }, [
      'Answers under each point.', '', 'Owain', '', 'On 2 Dec 2026, at 11:00, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:', '',
      '> Before we can process your request we need some further information. Please reply to this email with:', '>',
      '>   *   Practice name', '', 'Brynmawr Surgery', '',
      '>   *   ODS code of the practice', '', 'W91 044', '',
      '>   *   The practice email address we hold now', '', 'brynmawr.surgery@nhs.net', '',
      '>   *   The new practice email address', '', 'admin.brynmawr@wales.nhs.uk', '',
      '> Kind regards', '> PCSE Data Management Team',
    ].join('\n'));
    expect(c.kind).toBe('practice_email_update');
    expect(c.organisation?.odsCode).toBe('W91044');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'brynmawr.surgery@nhs.net', newEmail: 'admin.brynmawr@wales.nhs.uk' });
  });

  it('reads answers written after two dashes on PCSE\'s quoted points, and leaves the courtesy off the last permission', async () => {
    const c = await parseEmail('openexeter', { ...from('Dr Ife Balogun', 'ife.balogun@nhs.net', 'openexeter'), Subject: 'RE: Open Exeter permissions [PCSE-2026-051122]' }, [
      'Answers inline below.', '', 'Ife Balogun', 'GP Partner', '',
      ...pcseReply('openexeter', ['  *   The user\'s Open Exeter user ID  -- KMARSDEN', '  *   Which permissions are required  -- Sample Taker Database and Prior Notification List thanks']),
      '', '________________________________', 'From: Ife Balogun <ife.balogun@nhs.net>', 'Sent: 01 December 2026 09:00', 'To: PCSE Open Exeter', 'Subject: Open Exeter permissions', '',
      'As a GP Partner at Oakfield Surgery (B86 012) I would like to request additional Open Exeter permissions for Kate Marsden (kate.marsden@nhs.net).',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ username: 'KMARSDEN' });
    expect(fieldsOf(c).permissions).toEqual(['Sample Taker Database', 'Prior Notification List']);
  });

  it('takes a sentence that answers PCSE\'s one question about an address as that address', async () => {
    const c = await parseEmail('datamanager', { ...from('Sanjay Mehta', 'sanjay.mehta@nhs.net'), Subject: 'RE: Extend main contact - FQ551 [PCSE-2026-051122]' }, [
      'Hi,', '', 'The new pharmacy is at 9 Mill Lane, Keighley, BD21 4QT. Ring the shop if you need to.', '', 'Sanjay', '',
      ...pcseReply('datamanager', ['  *   The address of the new pharmacy']),
      '', '________________________________', 'From: Sanjay Mehta <sanjay.mehta@nhs.net>', 'Sent: 01 December 2026 09:00', 'To: PCSE Data Manager', 'Subject: Extend main contact - FQ551', '',
      'I would like to extend a current main contact to a new pharmacy.', '', 'Existing pharmacy: Mehta Chemists - Skipton', 'ODS code: FD203', 'Main contact: Sanjay Mehta, sanjay.mehta@nhs.net',
      'New pharmacy: Mehta Chemists - Keighley', 'New ODS code: FQ551',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FQ551', address: '9 Mill Lane, Keighley, BD21 4QT' });
  });
});

describe('a second message that corrects the first', () => {
  const ownEarlier = (name: string, email: string, subject: string, lines: string[]) => ['', '________________________________', `From: ${name} <${email}>`, 'Sent: 01 December 2026 09:00', 'To: PCSE Portal Enquiries', `Subject: ${subject}`, '', ...lines];

  it('reads the quoted request under "correction to my email below", with the address the correction gives', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Hollis, Marcus (NHS NORTH DALES ICB)', 'marcus.hollis@nhs.net'), Subject: 'RE: PCN user admin - Dalesbridge PCN U73019' }, [
      'Correction to my email below - her address is leah.okafor2@nhs.net, NOT leah.okafor@nhs.net. Everything else stands.', '', 'Marcus',
      ...ownEarlier('Hollis, Marcus (NHS NORTH DALES ICB)', 'marcus.hollis@nhs.net', 'PCN user admin - Dalesbridge PCN U73019',
        ['As an ICB approver on the AEL, I approve this PCN user admin request.', '', 'PCN: Dalesbridge PCN', 'PCN code: U73019', 'Nominee: Leah Okafor (PCN Manager)', 'Email: leah.okafor@nhs.net', '', 'Marcus Hollis', 'Primary Care Commissioning Manager']),
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Leah Okafor', email: 'leah.okafor2@nhs.net' });
  });

  it('replaces the username first given when the writer says to ignore it and names the account', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Bethan Morgan-Rees', 'bethan.morgan-rees@nhs.net'), Subject: 'RE: Account deactivated' }, [
      'Sorry - please ignore the username I gave below, that was my old one. The account is bethan.morgan-rees@nhs.net (this address).', '', 'Bethan',
      ...ownEarlier('Bethan Morgan-Rees', 'bethan.morgan-rees@nhs.net', 'Account deactivated',
        ['Hello,', '', 'My PCSE Online account has been deactivated. I am the main contact for Glanrhyd Dental (V082114).', '', 'Username: b.rees@nhs.net', '', 'Please can you reactivate it.', '', 'Bethan Morgan-Rees']),
    ].join('\n'));
    expect(c.kind).toBe('account_reactivation');
    expect(fieldsOf(c).username).toBe('bethan.morgan-rees@nhs.net');
  });

  it('fixes the one address a typo is in, not the other', async () => {
    const c = await parseEmail('datamanager', { ...from('Ruth Alder', 'ruth.alder@nhs.net'), Subject: 'RE: Update practice email' }, [
      'Sorry - typo in the new address below. It should be england.ashgrovemc@nhs.net (double e). The rest is right.', '', 'Ruth',
      ...ownEarlier('Ruth Alder', 'ruth.alder@nhs.net', 'Update practice email',
        ['Update practice email address', '', 'Practice: Ash Grove Medical Centre', 'Code: K83611', 'Current: ashgrove.mc@nhs.net', 'New: england.ashgrovmc@nhs.net', '', 'Thanks', 'Ruth Alder']),
    ].join('\n'));
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'ashgrove.mc@nhs.net', newEmail: 'england.ashgrovemc@nhs.net' });
    expect(findCorrections('Sorry - typo in the new address below. It should be england.ashgrovemc@nhs.net (double e).')).toMatchObject([{ right: 'england.ashgrovemc@nhs.net', nearest: 'address' }]);
  });
});

describe('a form the covering email corrects', () => {
  it('takes the person the email names instead of the one on the form, who has left', async () => {
    const pdf = await textPdf(['Request for PL Organisation Administrator', 'Practice details', 'Practice name Brookfield Surgery', 'ODS code H81 620', 'Person to be set up',
      'Name Colin Ashworth', 'Email colin.ashworth@nhs.net', 'Role PL Organisation Administrator', 'Nominated by', 'Name Mary Finch', 'Position CQC Registered Manager', 'Email mary.finch@nhs.net']);
    const c = await parseEmailWithPdf('portalenquiries', ['Mary Finch', 'mary.finch@nhs.net'], 'PL admin nomination',
      'Hi,\n\nAttached is the PL admin form we filled in, but Colin has since left us, so please set up Priya Nair instead - priya.nair@nhs.net. Everything else on the form is right.\n\nMary Finch\nPractice Manager', pdf);
    expect(fieldsOf(c).nominee).toEqual({ name: 'Priya Nair', email: 'priya.nair@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Mary Finch', email: 'mary.finch@nhs.net' });
  });

  it('takes the phone the email gives for the form\'s old one, and the address the email says is missing a dot', async () => {
    const pdf = await textPdf(['Extend current Main Contact to a new practice', 'Existing practice', 'Practice name Kirkby Opticians', 'ODS code TPK22', 'Main contact name Lena Fisher',
      'Main contact email lena.fisher@nhs.net', 'Address 4 Market Street, Kirkby, L32 8RT', 'Telephone 0151 546 1100', 'New practice', 'ODS code TPK37', 'Practice name Kirkby Opticians - Halewood']);
    const c = await parseEmailWithPdf('datamanager', ['Lena Fisher', 'lena.fisher@nhs.net'], 'Extend main contact',
      'Hello,\n\nPlease see the attached. The telephone number for Kirkby on the form is our old number. The correct number is 0151 546 2290 - please use that one.\n\nLena Fisher', pdf);
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'TPK22', phone: '0151 546 2290' });
    const d = await parseEmailWithPdf('portalenquiries', ['Tomasz Zielinski', 'tomasz.zielinski@nhs.net'], 'OPTO admin',
      'Please set up our optometrist as OPTO user admin, form attached.\n\nThe email address on the form is missing a dot. It should be ola.nowak@nhs.net (the other one bounces).\n\nTomasz Zielinski\nContract Holder',
      await textPdf(['OPTO Organisation User Administration request', 'Practice name Zielinski Eyecare', 'ODS code TPZ14', 'Nominee', 'Name Ola Nowak', 'Email olanowak@nhs.net', 'Contract holder', 'Name Tomasz Zielinski', 'Email tomasz.zielinski@nhs.net']));
    expect(fieldsOf(d).nominee).toEqual({ name: 'Ola Nowak', email: 'ola.nowak@nhs.net' });
  });
});

describe('forms', () => {
  it('reads a capacity ticked as "Other (please state)" as another role, which may not sign', async () => {
    const pdf = await textPdf(['Open Exeter: Request for a Primary User (GP Practices)', 'Section 1 - Organisation details', 'Practice name Elm Row Surgery', 'Practice code (ODS) D82 310',
      'Section 2 - Primary User to be set up', 'Full name Gemma Rix', 'NHS email address gemma.rix@nhs.net', 'Section 3 - Authorised signatory', 'Signatory name Paul Dunne',
      'Capacity (tick one) Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors', 'X Other (please state): Business Manager',
      'Signatory email paul.dunne@nhs.net']);
    const c = await parseEmailWithPdf('openexeter', ['Paul Dunne', 'paul.dunne@nhs.net'], 'Open Exeter primary user', 'Signed form attached.\n\nPaul Dunne', pdf);
    expect(fieldsOf(c).signatory).toEqual({ name: 'Paul Dunne', email: 'paul.dunne@nhs.net', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });

  it('reads the capacity marked first in a list whose last option says "within the organisation"', () => {
    const text = normaliseFlatFormText(['Capacity (tick one) X Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation', 'Signatory email a.b@nhs.net'].join('\n'));
    expect(text.split('\n')[0]).toBe('Signatory capacity: Caldicott Guardian');
  });

  it('reads form fields named by their initials ("Txt_PU_FN", "Txt_PU_SN") as the person\'s first name and surname', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const form = doc.getForm();
    [['Txt_Org_Nm', 'Dyfi Valley Surgery'], ['Txt_Org_Code', 'W92033'], ['Txt_PU_FN', 'Gethin'], ['Txt_PU_SN', 'ap Rhys'], ['Txt_PU_Mail', 'gethin.aprhys@wales.nhs.uk'], ['Txt_Sig_Name', 'Dr Mari Jones'], ['Txt_Sig_Mail', 'mari.jones@wales.nhs.uk']].forEach(([name, value], i) => {
      const f = form.createTextField(name!);
      f.setText(value);
      f.addToPage(page, { x: 220, y: 772 - i * 30, width: 300, height: 20 });
    });
    const c = await parseEmailWithPdf('openexeter', ['Dr Mari Jones', 'mari.jones@wales.nhs.uk'], 'Open Exeter primary user request', 'Please find attached our Open Exeter primary user form.\n\nDr Mari Jones\nLead GP', Buffer.from(await doc.save()));
    expect(fieldsOf(c).nominee).toEqual({ name: 'Gethin ap Rhys', email: 'gethin.aprhys@wales.nhs.uk' });
  });

  it('drops the box edge OCR reads between a label and its value, and reads "v.4" as a tick', () => {
    expect(cleanOcrLine('Surname ‘Hartley-Ames |')).toBe('Surname Hartley-Ames');
    expect(cleanOcrLine('Signatory name ) Dr Ravi Menon :')).toBe('Signatory name Dr Ravi Menon');
    expect(cleanOcrLine('Approver role “GP Partner')).toBe('Approver role GP Partner');
    expect(cleanOcrLine('Position / role: “GP Partner')).toBe('Position / role: GP Partner');
    expect(cleanOcrLine('Practice name “The Limes” Surgery')).toBe('Practice name “The Limes” Surgery');
    expect(cleanOcrLine('Practice code (ODS) B82044')).toBe('Practice code (ODS) B82044');
    expect(cleanPersonName('Signatre— DR KAMAL DESAI')).toBe('KAMAL DESAI');
    expect(cleanPersonName('Jane Smith - Practice Manager')).toBe('Jane Smith');
    const text = normaliseFlatFormText(['Capacity (tick one) Lead GP', 'GP Partner', 'v.4 Caldicott Guardian', '[J Existing Primary Contact', 'Member of the Board of Directors'].join('\n'));
    expect(text).toContain('Signatory capacity: Caldicott Guardian');
  });
});

describe('a person read from a scan', () => {
  const fromScan = (line: string) => `read from a scan: check (OCR page 1, confidence 87 %): ${line}`;

  it('takes the sender\'s spelling of a name OCR misread by a letter, and their address where the scan gave none', () => {
    const result = { fields: { nominee: { name: 'Aoite O\'Sullivan', email: null } }, evidence: { 'fields.nominee.name': fromScan('Nominee full name: Aoite O\'Sullivan') } };
    typedSpellingOfScannedPeople(result, [{ name: 'Aoife O’Sullivan', email: 'aoife.osullivan2@nhs.net' }]);
    expect(result.fields.nominee).toEqual({ name: 'Aoife O’Sullivan', email: 'aoife.osullivan2@nhs.net' });
    expect(result.evidence['fields.nominee.name']).toContain('Aoite O\'Sullivan');
  });

  it('leaves a different person, a typed value and a name with no look-alike as they are', () => {
    const result = {
      fields: { nominee: { name: 'Aoife Sullivan', email: null }, signatory: { name: 'Dr Ruth Kemp', email: 'ruth.kemp@nhs.net' }, user: { name: 'Jon Marsh', email: null } },
      evidence: { 'fields.nominee.name': fromScan('Name: Aoife Sullivan'), 'fields.signatory.name': 'Signatory: Dr Ruth Kemp', 'fields.user.name': fromScan('Name: Jon Marsh') },
    };
    typedSpellingOfScannedPeople(result, [{ name: 'Aoife O’Sullivan', email: 'aoife.osullivan2@nhs.net' }, { name: 'Ruth Kempe', email: 'r.kempe@nhs.net' }, { name: 'Joan Marsh-Hale', email: null }]);
    expect(result.fields.nominee).toEqual({ name: 'Aoife Sullivan', email: null });
    expect(result.fields.signatory).toEqual({ name: 'Dr Ruth Kemp', email: 'ruth.kemp@nhs.net' });
    expect(result.fields.user).toEqual({ name: 'Jon Marsh', email: null });
  });

  it('sets aside the page of a two-form scan the covering email says to ignore', () => {
    const line = (page: number, text: string) => ({ page, text, confidence: 0.9 });
    const lines = [line(1, 'Full name: Ama Owusu'), line(1, 'Signatory name: Dr Kofi Mensah'), line(2, 'Full name: Piotr Zielinski'), line(2, 'Signatory name: Dr Kofi Mensah')];
    const scan = { status: 'ok' as const, text: lines.map((l) => l.text).join('\n'), fields: [], ocr: { pages: [1, 2], confidence: 0.9, lines, signature: 'signed' as const, unreadablePages: [], outOfTimePages: [] } };
    const first = withoutPagesSetAside(scan, 'Two forms scanned together. Please only process the first page, for Ama. The second page is for Piotr, who has left, so please ignore it.');
    expect(first.text.split('\n')).toEqual(['Full name: Ama Owusu', 'Signatory name: Dr Kofi Mensah']);
    expect(first.ocr?.lines.map((l) => l.page)).toEqual([1, 1]);
    expect(withoutPagesSetAside(scan, 'Please ignore the first page, it is the old form.').text.split('\n')).toEqual(['Full name: Piotr Zielinski', 'Signatory name: Dr Kofi Mensah']);
    expect(withoutPagesSetAside(scan, 'Both pages are forms for new users.')).toBe(scan);
  });
});
