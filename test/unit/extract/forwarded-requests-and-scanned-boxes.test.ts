import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';
import { cleanOcrLine, cleanScanNoise } from '../../../ingest/extract/scan-noise.js';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw, pdfPart } from '../../support/compose-email.js';

/**
 * Issue 9 (nineteenth session): what corpus-28 (writer X: forms as the request, who is who, two-section letters),
 * released after a session unread, showed was read wrongly or not at all: a request forwarded by a secretary whose
 * author asks for himself by name, a forwarded approval whose sign-off holds the role, a form's role labelled beside
 * the approver's name, old and new details under two headings, tick boxes read from scans, and the specks a scanned
 * table leaves between its rows. And what corpus-30 (writer Z: at-scale organisations, newcomers' words, letters on
 * letterhead) showed first-seen. Every email and form here is written for this test.
 */
const from = (name: string, email: string, mailbox = 'portalenquiries') => ({ From: `${name} <${email}>`, To: `pcse.${mailbox}@nhs.net` });

describe('a request forwarded on the author\'s behalf', () => {
  it('takes the forwarded author who asks for himself by name as the nominee, and the approver the secretary writes for', async () => {
    const c = await parseEmail('portalenquiries', { ...from('PRICE, Dawn (ASH GROVE SURGERY)', 'dawn.price@nhs.net'), Subject: 'FW: PL admin' },
      'Good morning,\n\nDr Kemble (CQC Registered Manager) has asked me to confirm that she approves the request below.\n\nDawn Price\nMedical Secretary to Dr Ruth Kemble\nAsh Grove Surgery\n\n' +
        '-----Original Message-----\nFrom: Owen Tate <owen.tate@nhs.net>\nSent: Monday, 30 November 2026 09:12\nTo: PRICE, Dawn (ASH GROVE SURGERY) <dawn.price@nhs.net>\nSubject: PL admin\n\n' +
        'Dawn, could you send this on with Dr K\'s approval please.\n\nPlease add Owen Tate, owen.tate@nhs.net, as a PL Organisation Administrator for Ash Grove Surgery, ODS B82 017.\n\nOwen Tate\nAssistant Practice Manager');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Owen Tate', email: 'owen.tate@nhs.net' });
    expect(fieldsOf(c).approver).toEqual({ name: 'Ruth Kemble', email: null, role: 'CQC Registered Manager' });
  });

  it('takes "approve me (name, address)" in the request forwarded by the ICB as the nominee, and the ICB\'s name as she signs it', async () => {
    const c = await parseEmail('portalenquiries', { ...from('HALE-MORTON, Jo (NHS WEST FELL ICB)', 'jo.hale-morton@nhs.net'), Subject: 'FW: PCN user admin - Fellside PCN (U41122)' },
      'Dear PCSE,\n\nI approve the request below. I am an ICB approver on the Authorised Email List.\n\nJo Hale-Morton\nPrimary Care Contracts Manager\nNHS West Fell ICB\n\n' +
        'From: Sam Ridley <sam.ridley2@nhs.net>\nSent: Monday, 30 November 2026 10:40\nTo: HALE-MORTON, Jo (NHS WEST FELL ICB) <jo.hale-morton@nhs.net>\nSubject: PCN user admin - Fellside PCN (U41122)\n\n' +
        'Hi Jo,\n\nFellside PCN has no PCN user admin. Please could you approve me (Sam Ridley, sam.ridley2@nhs.net) as PCN user admin and send it to PCSE?\n\nSam Ridley\nPCN Business Manager');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Sam Ridley', email: 'sam.ridley2@nhs.net' });
    expect(fieldsOf(c).approver?.name).toBe('Jo Hale-Morton');
  });

  it('reads the forwarder\'s own sign-off for the signatory\'s role, not the forwarded message\'s', async () => {
    const c = await parseEmail('openexeter', { ...from('ARKLE, Benedict (HOLME SURGERY)', 'benedict.arkle@nhs.net', 'openexeter'), Subject: 'FW: Open Exeter access for Tom' },
      'Approved - please action.\n\nDr Ben Arkle\nCaldicott Guardian, Holme Surgery\n\n' +
        'From: LUND, Kay (HOLME SURGERY) <kay.lund@nhs.net>\nSent: Monday, 30 November 2026 16:10\nTo: ARKLE, Benedict (HOLME SURGERY) <benedict.arkle@nhs.net>\nSubject: Open Exeter access for Tom\n\n' +
        'Hi Ben,\n\nCould you forward this to PCSE with your approval?\n\nUser: Tom Hirst\nUser ID: THIRST\nPermissions needed: Prior Notification List\nOrganisation: Holme Surgery, A82 611\n\nThanks\nKay\nPractice Manager');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).signatory?.role).toBe('caldicott_guardian');
  });
});

describe('requests read from their words', () => {
  it('reads Failsafe reports asked for a person with a login in brackets as more permissions, from a practice manager who may not ask', async () => {
    const c = await parseEmail('openexeter', { ...from('Gill Thorne', 'gill.thorne@nhs.net', 'openexeter'), Subject: 'Failsafe access' },
      'Hi,\n\nCan you give Anita Rai (user name ARAI02) access to the Failsafe reports in Open Exeter please? She is taking over cervical screening admin at Lark Lane Surgery, M83 641.\n\nThanks\nGill Thorne\nPractice Manager');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).permissions).toEqual(['Failsafe reports']);
    expect(fieldsOf(c).user).toMatchObject({ name: 'Anita Rai', username: 'ARAI02' });
    expect(c.findings.find((f) => f.code === 'signatory_role_not_allowed')?.message).toBe('Someone in another role may not ask for more permissions.');
  });

  it('reads "the cervical screening failsafe" as a job, not a permission', async () => {
    const c = await parseEmail('openexeter', { ...from('Dr Mark Fenn', 'mark.fenn@nhs.net', 'openexeter'), Subject: 'More permissions for Shona' },
      'Please add the Prior Notification List to Shona Bray\'s Open Exeter account (BRAYS01). Shona has taken over the cervical screening failsafe from our nurse manager.\n\nDr Mark Fenn\nGP Partner, Kiln Surgery G81 042');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List']);
  });

  it('reads a leaver\'s access listed after "remove her access to:" as the roles to remove', async () => {
    const c = await parseEmail('openexeter', { ...from('Sara Hadi', 'sara.hadi@nhs.net', 'openexeter'), Subject: 'Leaver - Open Exeter access to be removed' },
      'Good afternoon,\n\nKate Dunn (Open Exeter user ID DUNNK) left Birch Surgery on Friday. Please could you remove her access to:\n\nPrior Notification List\nCytology Enquiry\n\nOur Primary User is away, so I can\'t do this locally.\n\nSara Hadi\nAssistant Practice Manager\nBirch Surgery (M87 024)');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c)).toMatchObject({ username: 'DUNNK', roles: ['Prior Notification List', 'Cytology Enquiry'] });
  });

  it('reads old and new practice addresses under "OLD DETAILS" and "NEW DETAILS", each block naming its practice again', async () => {
    const c = await parseEmail('datamanager', { ...from('Eva Kral', 'eva.kral@nhs.net', 'datamanager'), Subject: 'Update practice email address' },
      'Please update our practice email address.\n\nOLD DETAILS\nPractice: Fir Court Dental Practice\nCode: V034 872\nEmail: fircourt.dental@nhs.net\n\nNEW DETAILS\nPractice: Fir Court Dental Practice\nCode: V034 872\nEmail: reception.fircourtdental@nhs.net\n\nRegards\nEva Kral\nPractice Manager\nEmail: eva.kral@nhs.net');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'fircourt.dental@nhs.net', newEmail: 'reception.fircourtdental@nhs.net' });
  });
});

describe('forms', () => {
  async function formPdf(fields: [string, string][]): Promise<Buffer> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const form = doc.getForm();
    fields.forEach(([name, value], i) => {
      page.drawText(name, { x: 40, y: 780 - i * 30, size: 10, font });
      const f = form.createTextField(name);
      f.setText(value);
      f.addToPage(page, { x: 220, y: 772 - i * 30, width: 300, height: 20 });
    });
    return Buffer.from(await doc.save());
  }

  it('takes the role labelled beside the approver\'s name on a form with no approver heading', async () => {
    const pdf = await formPdf([['Practice name', 'Abbey Surgery'], ['Practice code', 'E82 048'], ['Name of nominee', 'Chloe Faro'], ['Email address', 'chloe.faro@nhs.net'],
      ['Approver name', 'Sven Lind'], ['Role position', 'Senior Partner'], ['Email address_2', 'sven.lind@nhs.net']]);
    const { body, contentType } = multipart('mixed', [{ headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'I\'d like to be set up as GPP Practice User Administrator. The form is attached.\n\nChloe Faro' }, pdfPart(pdf, 'gpp.pdf')]);
    const c = await parseRaw('portalenquiries', composeEmail({ ...from('Chloe Faro', 'chloe.faro@nhs.net'), Subject: 'GPP user admin' }, body, contentType));
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Sven Lind', role: 'Senior Partner' });
  });

  it('joins a nominee\'s first name and surname though the signatory\'s "Name" field sits a section below', async () => {
    const pdf = await formPdf([['Organisation name', 'Castle Walk-in Centre'], ['Organisation code', 'Y02 818'], ['Organisation type', 'Walk-in Centre (NHS Trust)'],
      ['First name', 'Lou'], ['Surname', 'Trent'], ['Job title', 'Deputy Manager'], ['Email', 'lou.trent@nhs.net'], ['Telephone', '0115 000 0000'],
      ['Name', 'Gary Penn'], ['Capacity', 'Existing Primary User'], ['Email_2', 'gary.penn@nhs.net']]);
    const { body, contentType } = multipart('mixed', [{ headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Please see attached Open Exeter Primary User request (other organisations). I am the existing Primary User and have signed it.\n\nGary Penn' }, pdfPart(pdf, 'oe.pdf')]);
    const c = await parseRaw('openexeter', composeEmail({ ...from('Gary Penn', 'gary.penn@nhs.net', 'openexeter'), Subject: 'Open Exeter primary user' }, body, contentType));
    expect(fieldsOf(c).nominee).toEqual({ name: 'Lou Trent', email: 'lou.trent@nhs.net' });
  });

  it('does not take a tick box\'s option line for the heading of the lines below it', () => {
    const text = 'Section 3 - Authorised signatory\nName: Dr Eli Rush\nCapacity (tick one) [ ] Caldicott Guardian\n[ ] Member of the Board of Directors\n[ ] Existing Primary User within the organisation\nJob title: Clinical Lead, Sexual Health\nEmail: eli.rush@nhs.net';
    const values = readLabelledValues(normaliseFlatFormText(text));
    expect(values.find((v) => v.label === 'Email')?.section).toBe('Section 3 - Authorised signatory');
  });
});

describe('boxes and specks read from scans', () => {
  it('finds the ticked capacity when the tick reads as letters and the empty boxes all read alike', () => {
    const out = normaliseFlatFormText('Position (tick one) [J Lead GP\ni of GP Partner\n[J catdicott Guardian\n[J Existing Primary Contact .\n[J Member of the Board of Directors a');
    expect(out.split('\n')[0]).toBe('Signatory capacity: GP Partner');
  });

  it('finds a tick read as "fv." on the label\'s own line, and a cross read as "[XI"', () => {
    expect(normaliseFlatFormText('Position-(tick one) fv. Lead GP. Co\nOO ep Partner\n[0 caidicott Guardian\nJ existing Primary Contact\nO Member of the Board of Directors')).toBe('Signatory capacity: Lead GP');
    expect(normaliseFlatFormText('Capacity (tick one) i [O caldicott Guardian\n[XI Member of the Board of Directors\n[OO Existing Primary User within the organisation')).toBe('Signatory capacity: Member of the Board of Directors');
  });

  it('does not take one empty box read differently from the others ("[]" among "O"s) for a tick', () => {
    const text = '[] LeadcpP\nO GP Partner\nO Caldicott Guardian\n[] Existing Primary Contact\nO Member of the Board of Directors';
    expect(normaliseFlatFormText(text)).not.toMatch(/Signatory capacity/);
  });

  it('cleans specks a scanned table leaves in a value', () => {
    expect(cleanOcrLine('Surname . | Maguire i ’')).toBe('Surname Maguire');
    expect(cleanOcrLine('Email niamh.maguire @nhs.net |')).toBe('Email niamh.maguire@nhs.net');
    expect(cleanOcrLine('Email : Jjoanne.fitz7@nhs.net')).toBe('Email joanne.fitz7@nhs.net');
    expect(cleanOcrLine('Email _aled.pryce@nhs.net')).toBe('Email aled.pryce@nhs.net');
    expect(cleanOcrLine('Practice code (ODS) HB81076 .')).toBe('Practice code (ODS) H81076');
    expect(cleanOcrLine('Name KERRY ASHWORTH =~')).toBe('Name KERRY ASHWORTH');
    expect(cleanOcrLine('Practice name FAIRFIELD MEDICAL CENTRE To')).toBe('Practice name FAIRFIELD MEDICAL CENTRE');
    expect(cleanOcrLine('Role GP Partner i.')).toBe('Role GP Partner');
    // Not an address with an underscore inside, nor a value that ends in a word.
    expect(cleanOcrLine('Email a_b@nhs.net')).toBe('Email a_b@nhs.net');
    expect(cleanOcrLine('Practice name Abbey Surgery')).toBe('Practice name Abbey Surgery');
    expect(cleanOcrLine('Signatory role: Lead Gp')).toBe('Signatory role: Lead Gp');
    expect(cleanOcrLine('Role GP Partner Co')).toBe('Role GP Partner');
    expect(cleanOcrLine('Role / position GP Partner : Co')).toBe('Role / position GP Partner');
    expect(cleanOcrLine('Practice code IN84027')).toBe('Practice code N84027');
  });

  it('drops the lines of a scanned table\'s rules so a label\'s two lines stay together', () => {
    const lines = [
      { page: 1, text: 'First name Niamh', confidence: 0.96 },
      { page: 1, text: '— \\', confidence: 0.22 },
      { page: 1, text: '=e RUG. SSS', confidence: 0.14 },
      { page: 1, text: '. co - |', confidence: 0.23 },
      { page: 1, text: 'Surname . | Maguire i', confidence: 0.94 },
    ];
    const cleaned = cleanScanNoise({ status: 'ok', text: lines.map((l) => l.text).join('\n'), fields: [], source: 'ocr', ocr: { pages: [1], confidence: 0.8, lines } } as never);
    expect(cleaned.text).toBe('First name Niamh\nSurname Maguire');
    expect(cleaned.ocr?.lines.map((l) => l.text)).toEqual(['First name Niamh', 'Surname Maguire']);
  });
});

describe('newcomers\' words and group teams (corpus-30)', () => {
  it('takes the full name the writer gives over the shortened one', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ashby Practice', 'ashby.practice@nhs.net'), Subject: 'Performers list admin' },
      'Dear PCSE,\n\nAs the CQC Registered Manager I would like to nominate Becky Lowe, our Deputy Practice Manager, as PL Organisation Administrator. Her full name is Rebecca Lowe and her email is rebecca.lowe@nhs.net.\n\nLiz Hart\nPractice Manager and CQC Registered Manager\nAshby Medical Centre | ODS D83 028');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Rebecca Lowe', email: 'rebecca.lowe@nhs.net' });
  });

  it('reads a bulleted list of roles with blank lines between the items', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Gina Wells', 'gina.wells@nhs.net'), Subject: 'Leaver - please remove PCSE roles' },
      'Hi PCSE,\n\nDebbie Rook (username deborah.rook@nhs.net) left Mill Surgery (D83 016) on Friday. Please do NOT close her account, just remove the following roles for Mill Surgery:\n\n- Joiner & Leaver\n\n- Practice Estimate and Salary Change\n\n- PL Practice Manager\n\nThanks\nGina Wells\nHR Business Partner');
    expect(fieldsOf(c).roles).toEqual(['Joiner & Leaver', 'Practice Estimate and Salary Change', 'PL Practice Manager']);
  });

  it('reads "the main contact you hold … is Name (address)" wrapped over two lines, not the letterhead\'s address', async () => {
    const c = await parseEmail('datamanager', { ...from('Nia Shah', 'nia.shah@nhs.net', 'datamanager'), Subject: 'Extension of main contact' },
      'BRAMBLE HEALTH PARTNERSHIP\nbhp.office@nhs.net\n\nDear Sir or Madam\n\nWe would like the main contact we hold for Mill Surgery to be extended to Bank Surgery.\n\nExisting practice: Mill Surgery, ODS code D83 016. The main contact you hold for Mill Surgery is Paul Ash\n(paul.ash@nhs.net).\nNew practice: Bank Surgery, ODS code D83 089.\n\nYours faithfully\nDr Helen Marsh\nManaging Partner');
    expect(fieldsOf(c).existingPractice?.mainContact).toEqual({ name: 'Paul Ash', email: 'paul.ash@nhs.net' });
  });

  it('reads a permission named alone on the line after "the following additional permission:"', async () => {
    const c = await parseEmail('openexeter', { ...from('Dr Mia Cole', 'mia.cole@nhs.net', 'openexeter'), Subject: 'Open Exeter - additional permissions' },
      'I am the Caldicott Guardian for Fold Surgery (J82 118). Please grant our practice nurse Bron Tudor (bron.tudor@nhs.net, Open Exeter user name BTUDOR) the following additional permission:\n\nCytology - Result Enquiry\n\nDr Mia Cole\nGP and Caldicott Guardian');
    expect(fieldsOf(c).permissions).toEqual(['Cytology - Result Enquiry']);
    const dashed = await parseEmail('openexeter', { ...from('Dr Mia Cole', 'mia.cole@nhs.net', 'openexeter'), Subject: 'Open Exeter - additional permissions' },
      'I am the Caldicott Guardian for Fold Surgery (J82 118). Please give Bron Tudor (user name BTUDOR) the following:\n– Prior Notification List\n– Cytology Enquiry\n\nDr Mia Cole\nGP and Caldicott Guardian');
    expect(fieldsOf(dashed).permissions).toEqual(['Prior Notification List', 'Cytology Enquiry']);
  });

  it('reads the address the practice email "is still" as the current one', async () => {
    const c = await parseEmail('datamanager', { ...from('Fold Surgery', 'fold.surgery@nhs.net', 'datamanager'), Subject: 'Update practice email address' },
      'The “practice email” you hold for us is still Dr Foster’s own address (d.foster@nhs.net) – he retired in 2024! Please could you change it to our shared practice mailbox, fold.surgery@nhs.net, which I’m writing from.\n\nPractice code: J82 118\n\nGwen Ark\nPractice Manager');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'd.foster@nhs.net', newEmail: 'fold.surgery@nhs.net' });
  });

  it('reads a blocked account and a set-up email never received, in a newcomer\'s words', async () => {
    const blocked = await parseEmail('portalenquiries', { ...from('Thu Trang Ngo', 'trang.ngo7@nhs.net'), Subject: 'account is blocked' },
      'Respected Sir/Madam,\n\nMy account of the PCSE portal is blocked since yesterday because I have put the wrong password many times. Kindly unblock my account. My user name is trang.ngo7@nhs.net.\n\nThu Trang Ngo');
    expect(blocked.kind).toBe('account_unlock');
    const link = await parseEmail('portalenquiries', { ...from('Zofia Nowak', 'zofia.nowak@nhs.net'), Subject: 'Never got email to set up master account??' },
      'Hello,\n\nI started at Oak Health Centre (D83 065) three weeks ago and I was made the new "super user", but I never got the email to set up my master account. Can you please send the link again to me, to this address zofia.nowak@nhs.net?\n\nZofia');
    expect(link.kind).toBe('verification_link_resend');
  });

  it('reads "approved by Dr X, Role for St Aidan\'s" and "currently have the following four" admins', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Marek Wren', 'marek.wren@groupit.co.uk'), Cc: 'Dr Bea Alva <bea.alva@nhs.net>', Subject: 'Additional PL Organisation Administrator - St Aidan\'s Surgery N84 048' },
      'St Aidan\'s would like a further PL Organisation Administrator adding. They currently have the following four PL admins:\n- Sandra White - Practice Manager\n- Dr Hugh Penn - GP Partner\n- Lorraine Oda - Assistant Practice Manager\n- Craig Dunn - HR Administrator\n\nPlease add as well:\nMiguel Cruz, Operations Lead - miguel.cruz@nhs.net\n\nThis has been approved by Dr Bea Alva, CQC Registered Manager for St Aidan\'s, who is copied in to confirm.\n\nMarek Wren\nIT Service Desk Analyst');
    expect(fieldsOf(c).approver).toEqual({ name: 'Bea Alva', email: 'bea.alva@nhs.net', role: 'CQC Registered Manager' });
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });

  it('takes a signatory\'s address from the one address in the text that spells their whole name', async () => {
    const c = await parseEmail('openexeter', { ...from('Priya Rao', 'priya.rao@nhs.net', 'openexeter'), Subject: 'Open Exeter Primary User - Fern Practice' },
      'Please set up the person below as a second Primary User for Fern Practice (N84 013). Alistair\'s email is alistair.fenn@nhs.net.\n\nPrimary user name: Grace Odu\nNHSmail: grace.odu@nhs.net\n\nAuthorised signatory: Alistair Fenn\nCapacity: Member of the Board of Directors\n\nPriya Rao\nWorkforce Coordinator');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Alistair Fenn', email: 'alistair.fenn@nhs.net' });
  });

  it('does not take an organisation ending "Care" for the person nominated', async () => {
    const c = await parseEmail('openexeter', { ...from('Pat Mull', 'pat.mull@nhs.net', 'openexeter'), Subject: 'OE primary user - Harbour Walk-in Centre' },
      'Attached is the Open Exeter primary user form (other organisations version) for our walk-in centre. It is signed by our Medical Director who is also the Caldicott Guardian for Solent Coast Urgent Care.\n\nPat Mull\nCentre Administrator');
    expect(fieldsOf(c).nominee?.name ?? null).toBeNull();
  });

  it('reads a caretaker\'s "Clinical Lead (…)" as a lead GP and a service\'s "Clinical Lead, Sexual Health" as another role', async () => {
    const { signatoryRole } = await import('../../../ingest/extract/fields/people.js');
    expect(signatoryRole('Clinical Lead (caretaker provider)')).toBe('lead_gp');
    expect(signatoryRole('Clinical Lead')).toBe('lead_gp');
    expect(signatoryRole('Clinical Lead, Sexual Health')).toBe('other');
    expect(signatoryRole('Clinical Lead for the colposcopy service')).toBe('other');
  });
});

describe('forms first (corpus-31)', () => {
  it('joins address lines that end in their own comma without doubling it', async () => {
    const c = await parseEmail('datamanager', { ...from('Sasha Bren', 'sasha.bren@nhs.net', 'datamanager'), Subject: 'Main contact extension' },
      'Please extend our main contact to our new practice.\n\nEXISTING PRACTICE\nName: Lumen Eyes\nODS code: V094 413\nAddress: 3 The Parade,\nMillford\nMF2 8HW\n\nNEW PRACTICE\nName: Lumen Eyes Westgate\nODS code: V094 461\nAddress: 19 Westgate Street,\nMillford\nMF1 2BD\n\nSasha Bren\nMain contact');
    expect(fieldsOf(c).existingPractice?.address).toBe('3 The Parade, Millford, MF2 8HW');
    expect(fieldsOf(c).newPractice?.address).toBe('19 Westgate Street, Millford, MF1 2BD');
  });

  it('leaves where a role is held out of it, and the kind of practice out of its name', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Kwame Moss', 'kwame.moss@nhs.net'), Subject: 'PCN user admin' },
      'Please set up Amy Lund (amy.lund@nhs.net) as PCN user administrator for Three Rivers PCN, U12 346.\n\nApproved by Dr Kwame Moss, Clinical Director, Three Rivers PCN (kwame.moss@nhs.net).\n\nKwame');
    expect(fieldsOf(c).approver?.role).toBe('Clinical Director');
  });

  it('reads every item of a bulleted permission list with blank lines between the items', async () => {
    const c = await parseEmail('openexeter', { ...from('Glenys Parr', 'glenys.parr@nhs.net', 'openexeter'), Subject: 'Extra permissions please' },
      'Could our receptionist Ben Ache please have these added to his Open Exeter account:\n\n* Call and Recall - Ceased Patients\n\n* Cytology Results Enquiry\n\nHis user ID is BACHE01.\n\nGlenys Parr\nPractice Manager');
    expect(fieldsOf(c).permissions).toEqual(['Call and Recall - Ceased Patients', 'Cytology Results Enquiry']);
  });

  async function gppForm(email: string): Promise<Buffer> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const form = doc.getForm();
    page.drawText('GP Payments and Pensions - Practice User Administrator Certification Form', { x: 40, y: 810, size: 12, font });
    ([['Practice name', 'Heron Health Centre'], ['Practice code', 'E82 049'], ['Name of nominee', 'Samir Qadir'], ['Email address', email]] as const).forEach(([name, value], i) => {
      page.drawText(name, { x: 40, y: 780 - i * 30, size: 10, font });
      const f = form.createTextField(name);
      f.setText(value);
      f.addToPage(page, { x: 220, y: 772 - i * 30, width: 300, height: 20 });
    });
    return Buffer.from(await doc.save());
  }

  it('reads the attachment the writer says to use, not the one to ignore', async () => {
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Apologies, the form I sent yesterday had Samir\'s email address wrong. I\'ve attached both - please IGNORE "GPP form v1" and use the one called "GPP form CORRECTED".\n\nKerry' },
      pdfPart(await gppForm('samir.qadir@nhs.net'), 'GPP form v1.pdf'),
      pdfPart(await gppForm('samir.qadir2@nhs.net'), 'GPP form CORRECTED.pdf'),
    ]);
    const c = await parseRaw('portalenquiries', composeEmail({ ...from('Kerry Whit', 'kerry.whit@nhs.net'), Subject: 'RE: GPP user admin form' }, body, contentType));
    expect(fieldsOf(c).nominee?.email).toBe('samir.qadir2@nhs.net');
  });

  it('takes the writer\'s correction of the address on the form', async () => {
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Signed form attached. NB the email address on the form has a typo - it should be samir.qa-dir@nhs.net (with the hyphen), not what\'s on the form.\n\nDr Leo Fair\nGP Partner' },
      pdfPart(await gppForm('samir.qadir@nhs.net'), 'form.pdf'),
    ]);
    const c = await parseRaw('portalenquiries', composeEmail({ ...from('Dr Leo Fair', 'leo.fair@nhs.net'), Subject: 'GPP user admin' }, body, contentType));
    expect(fieldsOf(c).nominee?.email).toBe('samir.qa-dir@nhs.net');
  });

  it('reads an X typed against one option of a flat form\'s capacity row as the capacity', () => {
    expect(normaliseFlatFormText('Signing as\nXCaldicott Guardian\tMember of the Board of Directors\tExisting Primary User')).toBe('Signing as\nSignatory capacity: Caldicott Guardian');
    expect(normaliseFlatFormText('Caldicott Guardian\tMember of the Board of Directors\tXExisting Primary User')).toBe('Signatory capacity: Existing Primary User');
    // No X, or an X on two options: left as it was.
    expect(normaliseFlatFormText('Caldicott Guardian\tMember of the Board of Directors\tExisting Primary User')).toBe('Caldicott Guardian\tMember of the Board of Directors\tExisting Primary User');
    expect(normaliseFlatFormText('XCaldicott Guardian\tXMember of the Board of Directors')).toBe('XCaldicott Guardian\tXMember of the Board of Directors');
  });
});
