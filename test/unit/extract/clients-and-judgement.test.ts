import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyConfidence } from '../../../ingest/extract/confidence.js';
import { cleanPersonName } from '../../../ingest/extract/field-helpers.js';
import { roleStatedOf } from '../../../ingest/extract/fields/people.js';
import { cleanOcrLine } from '../../../ingest/extract/scan-noise.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { fillableForm } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-fifth session), what corpora 42 (writer AL: mail as clients and gateways deliver it) and 43 (writer
 * AM: where a careful human has to think) showed, each pattern written again here with other practices and people.
 * Every email here is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;

describe('who approves, when the text names them by half', () => {
  it('"On behalf of Dr Okafor, our CQC Registered Manager": the whole name and address from the headers of her approval below', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: '"LANE, Petra (ASHGROVE MEDICAL GROUP)" <petra.lane@nhs.net>', To: to('portalenquiries'), Subject: 'FW: PL admin for Colin' },
      [
        'Hello,',
        '',
        'On behalf of Dr Okafor, our CQC Registered Manager, please could you set up Colin Rudd as a PL Organisation Administrator for Ashgrove Medical Group, practice code P82011. His email is colin.rudd@nhs.net.',
        '',
        'Her approval is below.',
        '',
        'Petra Lane',
        'Business Manager',
        '',
        '________________________________',
        'From: OKAFOR, Grace (Dr) (ASHGROVE MEDICAL GROUP) <grace.okafor@nhs.net>',
        'Sent: 02 December 2026 09:14',
        'To: LANE, Petra (ASHGROVE MEDICAL GROUP) <petra.lane@nhs.net>',
        'Subject: RE: PL admin for Colin',
        '',
        'Petra, yes, I am happy for Colin to take the PL admin role. Please send it on.',
        '',
        'Grace',
      ].join('\n'),
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Grace Okafor', email: 'grace.okafor@nhs.net', role: 'CQC Registered Manager' });
  });

  it('"Morgan - approved" forwarded under "our contract holder has approved this - see his email below", with an area manager copied in only so he knows', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Beth Anand <beth.anand@lookwellopticians.co.uk>', To: to('portalenquiries'), Cc: 'Ravi Dhillon <ravi.dhillon@lookwellopticians.co.uk>', Subject: 'FW: OPTO admin - Lookwell Opticians Deal TPK31' },
      [
        'Hello,',
        '',
        'Please could you set up Morgan Ashby (morgan.ashby@lookwellopticians.co.uk) as an OPTO user administrator for Lookwell Opticians - Deal, ODS code TPK31.',
        '',
        'Our contract holder has approved this - please see his email below. Ravi (area manager) is copied in so he knows it has gone.',
        '',
        'Thanks',
        'Beth Anand',
        'Store Manager',
        '',
        '________________________________',
        'From: Owen Prescott <owen.prescott@lookwellopticians.co.uk>',
        'Sent: Tuesday, December 1, 2026 4:02 PM',
        'To: Beth Anand <beth.anand@lookwellopticians.co.uk>',
        'Subject: RE: OPTO admin - Lookwell Opticians Deal TPK31',
        '',
        'Beth - approved, please send to PCSE.',
        '',
        'Owen Prescott',
        'Contract Holder',
        'Lookwell Opticians Ltd',
      ].join('\n'),
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Owen Prescott', email: 'owen.prescott@lookwellopticians.co.uk', role: 'Contract Holder' });
  });

  it('iPhone\'s "Begin forwarded message:" over an approval quoted line by line: the approval, in the office it states', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: '"Pike Martin (ELM TREE SURGERY)" <martin.pike@nhs.net>', To: to('portalenquiries'), Subject: 'Fwd: PL admin' },
      [
        'Hi PCSE, please see below from Dr Rowe. Can I be set up as PL Organisation Administrator please - martin.pike@nhs.net',
        '',
        'Thanks Martin Pike',
        'Practice Manager',
        '',
        'Sent from my iPhone',
        '',
        'Begin forwarded message:',
        '',
        '> From: "Rowe Imogen (ELM TREE SURGERY)" <imogen.rowe@nhs.net>',
        '> Date: 1 December 2026 at 07:50:12 GMT',
        '> To: "Pike Martin (ELM TREE SURGERY)" <martin.pike@nhs.net>',
        '> Subject: PL admin',
        '>',
        '> Hi Martin,',
        '>',
        '> As CQC Registered Manager I\'m happy for you to be our PL Organisation Administrator on PCSE Online for Elm Tree Surgery (C83019).',
        '>',
        '> Imogen',
        '>',
        '> Dr Imogen Rowe',
        '> CQC Registered Manager / GP Partner',
        '> Elm Tree Surgery',
      ].join('\n'),
    );
    expect(c.organisation?.odsCode).toBe('C83019');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Imogen Rowe', email: 'imogen.rowe@nhs.net', role: 'CQC Registered Manager' });
  });
});

describe('mail as gateways and systems deliver it', () => {
  it('a gateway\'s CAUTION banner above the text leaves the request readable', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Asha Brook <asha.brook@fernsidehc.co.uk>', To: to('datamanager'), Subject: '[EXTERNAL] Update practice email address - N82044' },
      [
        'CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.',
        '',
        'Hello,',
        '',
        'Practice name: Fernside Health Centre',
        'Practice code: N82044',
        'Current practice email address: fernside.hc@nhs.net',
        'New practice email address: cml.fernsidehc@nhs.net',
        '',
        'Many thanks',
        'Asha Brook',
        'Practice Manager',
      ].join('\n'),
    );
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'fernside.hc@nhs.net', newEmail: 'cml.fernsidehc@nhs.net' });
  });

  it('an Open Exeter notice\'s report, its columns ruled with dashes: the row is the user and who created them', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Open Exeter <openexeter.notifications@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter: new user created - J83041' },
      [
        'OPEN EXETER - ORGANISATION MAINTENANCE',
        'NOTIFICATION OF NEW USER',
        '',
        'The following user has been created and requires authorisation.',
        '',
        'Organisation code : J83041',
        '',
        'User ID    Name               Email                    Created by',
        '---------  -----------------  -----------------------  ---------------------------',
        'TOKAFO12   OKAFOR, Tunde      tunde.okafor@nhs.net     BRIGGS, Sally (SBRIGG01)',
      ].join('\n'),
    );
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fieldsOf(c).user).toMatchObject({ name: expect.stringMatching(/^Tunde okafor$/i), email: 'tunde.okafor@nhs.net', username: 'TOKAFO12' });
    expect(fieldsOf(c).createdBy).toMatchObject({ name: expect.stringMatching(/^Sally briggs$/i) });
  });
});

describe('judgement on short requests', () => {
  it('a practice code typed with O for 0 is invalid, and still the GP practice its shape was meant to be', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Nell Price <nell.price@nhs.net>', To: to('datamanager'), Subject: 'Update practice email address' },
      'Hello,\n\nPlease update the practice email for Brookvale Health Partnership (practice code F81O27).\n\nCurrent: brookvale.general@nhs.net\nNew: brookvale.pcse@nhs.net\n\nNell Price\nIT Lead',
    );
    expect(c.organisation).toMatchObject({ odsCode: 'F81O27', type: 'gp_practice' });
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
  });

  it('"we\'ve received the confirmation" under a reference thanks for work done', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ruth Kemp <ruth.kemp@nhs.net>', To: to('datamanager'), Subject: 'RE: Update practice email address [PCSE-2026-004871]' },
      'Thank you, we\'ve received the confirmation in the new mailbox.\n\nRuth\n\n________________________________\nFrom: PCSE Data Manager <pcse.datamanager@nhs.net>\nSent: 30 November 2026 16:10\nTo: oakhill.admin@nhs.net\nSubject: Update practice email address [PCSE-2026-004871]\n\nDear Oakhill Surgery,\n\nWe have updated your practice email address. This confirmation has been sent to the new address.\n\nPCSE Data Management',
    );
    expect(c.kind).toBe('unclassified');
  });

  it('a partner\'s forwarded approval of the Non-Responders report, named twice, is one permission for the user it names', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: '"HOLT, Diane (MILLBROOK SURGERY)" <diane.holt@nhs.net>', To: to('openexeter'), Subject: 'FW: Sam - non-responders' },
      [
        'Hi,',
        '',
        'Please see Dr Amos\'s approval below for Sam to have access to the non-responder report on Open Exeter. Millbrook Surgery, K84033.',
        '',
        'Thanks',
        'Diane Holt',
        'Practice Manager',
        '',
        '________________________________',
        'From: AMOS, Richard (Dr) (MILLBROOK SURGERY) <richard.amos@nhs.net>',
        'Sent: 01 December 2026 17:40',
        'To: HOLT, Diane (MILLBROOK SURGERY) <diane.holt@nhs.net>',
        'Subject: RE: Sam - non-responders',
        '',
        'As GP partner I approve Sam Greer (Open Exeter user ID SGREER04, sam.greer@nhs.net) being given access to the Non-Responders report.',
        '',
        'Richard',
      ].join('\n'),
    );
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(c.organisation?.name).toBe('Millbrook Surgery');
    expect(fieldsOf(c).permissions).toEqual(['Non-Responders report']);
    expect(fieldsOf(c).user).toMatchObject({ name: 'Sam Greer', username: 'SGREER04' });
  });

  it('"same access as me … She\'s Lucy Brennan, user ID LBRENN2": the login spells the start of her surname', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Pat Doyle <pat.doyle7@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter - Lucy' },
      'Hiya\n\nCan you give our new girl the same access as me on Open Exeter please? That\'s the Prior Notification List and Call/Recall enquiry. She\'s Lucy Brennan, user ID LBRENN2, already set up as a basic user.\n\nCastle Street Surgery, E84021\n\nThanks\nPat Doyle\nPractice Manager',
    );
    expect(fieldsOf(c).user).toMatchObject({ name: 'Lucy Brennan', username: 'LBRENN2' });
  });
});

/** Two columns that repeat one set of labels, drawn a column at a time as a word processor exports them. */
async function twoColumnExtension(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const column = (x: number, lines: string[]) => lines.forEach((t, i) => page.drawText(t, { x, y: 700 - i * 16, size: 10, font }));
  page.drawText('Request to extend our PCSE Online Main Contact to a new pharmacy', { x: 48, y: 760, size: 12, font });
  column(48, ['CURRENT PHARMACY', 'Pharmacy name', 'Westfield Pharmacy', 'ODS code', 'FQ218', 'Main contact', 'Nadia Yusuf', 'Main contact email', 'nadia.yusuf@nhs.net', 'Address', '3 Mill Street', 'Bideford', 'EX39 2LB', 'Telephone', '01237 470112']);
  column(320, ['NEW PHARMACY', 'Pharmacy name', 'Westfield Pharmacy Appledore', 'ODS code', 'FW9K3', 'Address', '12 Irsha Street', 'Appledore', 'EX39 1RY']);
  return Buffer.from(await doc.save());
}

describe('forms laid out their own way', () => {
  it('reads a page of two columns that repeat one set of labels a column at a time', async () => {
    const c = await parseEmailWithPdf('datamanager', ['Nadia Yusuf', 'nadia.yusuf@nhs.net'], 'Extend main contact to new pharmacy', 'Dear PCSE,\n\nWe would like to extend our main contact to our new pharmacy; the details are attached.\n\nNadia Yusuf', await twoColumnExtension());
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FQ218', name: 'Westfield Pharmacy', mainContact: { name: 'Nadia Yusuf', email: 'nadia.yusuf@nhs.net' }, phone: '01237 470112' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FW9K3', name: 'Westfield Pharmacy Appledore' });
  });

  it('reads boxes named only "Name" and "Email address" under the signatory\'s printed label and section', async () => {
    const pdf = await fillableForm([
      { text: 'Request for an Open Exeter Primary User - GP practices' },
      { text: 'Section 1 - Practice' },
      { label: 'Practice name', field: 'Practice name', value: 'Holm Lea Surgery' },
      { label: 'Practice code', field: 'Practice code', value: 'M87022' },
      { text: 'Section 2 - Person to be set up as Primary User' },
      { label: 'Full name', field: 'Full name', value: 'Joanne Speight' },
      { label: 'NHS email address', field: 'NHS email address', value: 'joanne.speight@nhs.net' },
      { text: 'Section 3 - Authorised signatory' },
      { box: 'Check Box1', option: 'Lead GP', ticked: false },
      { box: 'Check Box2', option: 'GP Partner', ticked: true },
      { label: 'Name of signatory', field: 'Name', value: 'Dr Hassan Qadir' },
      { label: 'Email address', field: 'Email address', value: 'hassan.qadir@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Holm Lea Reception', 'holmlea.reception@nhs.net'], 'Open Exeter primary user form', 'Please find attached.', pdf);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Joanne Speight', email: 'joanne.speight@nhs.net' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Hassan Qadir', email: 'hassan.qadir@nhs.net', role: 'gp_partner' });
  });
});

describe('scans', () => {
  it('keeps a hand\'s "x" before an option, and rejoins an address OCR split after its dot', () => {
    expect(cleanOcrLine('[J Lead GP 0 GP Partner x Caldicott Guardian')).toMatch(/\bx Caldicott Guardian$/);
    expect(cleanOcrLine('NHS email address fiona. drummond@nhs.net')).toBe('NHS email address fiona.drummond@nhs.net');
  });

  it('puts back the dot OCR lost from an NHSmail address where the name read beside it puts it', () => {
    const fields = { signatory: { name: 'Alasdair Kerr', email: 'alasdairkerr@nhs.net', role: null } };
    applyConfidence(fields, { 'fields.signatory.name': 'Signatory name: Alasdair Kerr', 'fields.signatory.email': 'read from a scan: check (OCR page 1, confidence 85 %): Signatory email: alasdairkerr@nhs.net' }, []);
    expect(fields.signatory.email).toBe('alasdair.kerr@nhs.net');
  });

  it('drops a speck read as a sign after a scanned name; reads ", a member of our Board" as the signatory\'s office', () => {
    expect(cleanPersonName('Deborah Akintola §')).toBe('Deborah Akintola');
    expect(roleStatedOf('It has been signed by Callum Reid, a member of our Board of Trustees and Directors.', 'Callum Reid')?.value).toMatch(/member of our Board/i);
  });
});

/** A flat certification form typed over in a viewer: each answer a FreeText annotation beside its label, signed in ink. */
async function typedOverForm(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const labels = ['Practice name', 'Practice code (ODS)', 'Full name of nominated user administrator', 'Email address', 'Approver name', 'Position in the organisation', 'Approver email address', 'Signature'];
  const answers = ['Cranleigh Road Surgery', 'H81044', 'Tessa Marlow', 'tessa.marlow@nhs.net', 'Dr Julian Frost', 'GP Partner', 'julian.frost@nhs.net'];
  page.drawText('GP Payments and Pensions: Practice User Administrator Certification Form', { x: 48, y: 790, size: 12, font });
  labels.forEach((label, i) => page.drawText(label, { x: 48, y: 740 - i * 30, size: 10, font }));
  const annots = PDFArray.withContext(doc.context);
  answers.forEach((text, i) => {
    const y = 740 - i * 30;
    annots.push(doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [260, y - 4, 460, y + 12], Contents: PDFString.of(text), DA: PDFString.of('/Helv 10 Tf 0 g') })));
  });
  const y = 740 - 7 * 30;
  annots.push(doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Ink', Rect: [260, y - 6, 400, y + 20], InkList: [[262, y, 300, y + 15, 340, y - 2, 390, y + 12]] })));
  page.node.set(PDFName.of('Annots'), annots);
  return Buffer.from(await doc.save());
}

describe('what practices write in their own words, and forms typed over', () => {
  it('reads a flat form typed over with a viewer\'s text tool, and its ink signature is a signature', async () => {
    const c = await parseEmailWithPdf('portalenquiries', ['Tessa Marlow', 'tessa.marlow@nhs.net'], 'GPP user admin form', 'Please find the completed form attached.\n\nTessa', await typedOverForm());
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Tessa Marlow', email: 'tessa.marlow@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Julian Frost', email: 'julian.frost@nhs.net', role: 'GP Partner' });
    expect(c.organisation?.odsCode).toBe('H81044');
    expect(c.findings.map((f) => f.code)).not.toContain('missing_signature');
  });

  it('"Our details:" over the practice\'s name, address and phone; "which is at" over address lines, the phone said after them', async () => {
    const details = await parseEmail(
      'datamanager',
      { From: 'Ravi Sood <ravi.sood@nhs.net>', To: to('datamanager'), Subject: 'extending main contact to Fernhill Medical Centre' },
      'Hi\n\nI\'m the main contact at Canal Side Surgery (G85031) and we now also run Fernhill Medical Centre. Could you extend my main contact role to Fernhill please? Their ODS code is G85702 and the address is 4 Fern Hill, Deptford, SE8 3PL.\n\nOur details:\nCanal Side Surgery\n17 Wharf Road\nDeptford\nSE8 4RT\n020 8692 0113\n\nMain contact: Ravi Sood (ravi.sood@nhs.net)\n\nThanks\nRavi',
    );
    expect(fieldsOf(details).existingPractice).toMatchObject({ odsCode: 'G85031', address: '17 Wharf Road, Deptford, SE8 4RT', phone: '020 8692 0113' });
    const isAt = await parseEmail(
      'datamanager',
      { From: 'Nasreen Malik <nasreen.malik@nhs.net>', To: to('datamanager'), Subject: 'Extend main contact - second pharmacy' },
      'Hi,\n\nWe have taken over a second pharmacy and I would like to be the main contact for it too.\n\nI\'m already main contact for Malik Pharmacy (FK317), which is at\n9 Market Street\nOldham\nOL1 3EH\nand the phone number there is 0161 000 4471.\n\nThe new one is Greenacres Pharmacy, ODS code FP552, 31 Greenacres Road, Oldham OL4 1HB.\n\nKind regards\nNasreen Malik',
    );
    expect(fieldsOf(isAt).existingPractice).toMatchObject({ address: '9 Market Street, Oldham, OL1 3EH', phone: '0161 000 4471' });
  });

  it('"code RY9" after a trust\'s name is its code; "to my nhs.net address, X" is the new practice email, a personal one', async () => {
    const trust = await parseEmail(
      'openexeter',
      { From: 'Abel Kamara <abel.kamara@nhs.net>', To: to('openexeter'), Subject: 'Second Primary User - Eastbank Sexual Health' },
      'Dear PCSE,\n\nI am the existing Primary User for Eastbank Sexual Health Service (Harbourside Community NHS Trust, code RQ3) and would like my colleague set up as our second Primary User:\n\nName: Ines Duarte\nEmail: ines.duarte@nhs.net\n\nRegards\nAbel Kamara',
    );
    expect(trust.organisation).toMatchObject({ odsCode: 'RQ3', type: 'other' });
    const own = await parseEmail(
      'datamanager',
      { From: 'Grace Adu <grace.adu@nhs.net>', To: to('datamanager'), Subject: 'Elm Dental Practice - new email' },
      'Hello\n\nOur old practice mailbox elmdental@btconnect.com is closing. Please change the practice email for Elm Dental Practice (V071552) to my nhs.net address, grace.adu@nhs.net, as I\'m the practice owner.\n\nThank you\nGrace Adu',
    );
    expect(fieldsOf(own)).toMatchObject({ currentEmail: 'elmdental@btconnect.com', newEmail: 'grace.adu@nhs.net' });
    expect(own.findings.map((f) => f.code)).toContain('individual_mailbox');
  });

  it('"Approver: X, Head of Primary Care, NHS … ICB, address": the role before where it is held; "Contract Holder / Director" approves as contract holder', async () => {
    const pcn = await parseEmail(
      'portalenquiries',
      { From: 'Owen Tait <owen.tait@nhs.net>', To: to('portalenquiries'), Subject: 'PCN admin - Solway PCN' },
      'Hi,\n\nPlease set me up as PCN user administrator.\n\nPCN: Solway PCN (U52011)\nNominee: Owen Tait, owen.tait@nhs.net\nApprover: Carys Bell, Head of Primary Care, NHS Solway ICB, carys.bell@nhs.net\n\nOwen',
    );
    expect(fieldsOf(pcn).approver).toMatchObject({ name: 'Carys Bell', email: 'carys.bell@nhs.net', role: 'Head of Primary Care' });
    const opto = await parseEmail(
      'portalenquiries',
      { From: 'Niamh Kerr <niamh@kerrvision.co.uk>', To: to('portalenquiries'), Subject: 'OPTO user admin - Kerr Vision TPL22' },
      'Hello\n\nPlease add Rory Quinn (rory.quinn@kerrvision.co.uk) as an OPTO user admin for Kerr Vision (TPL22). I approve this.\n\nRegards\nNiamh Kerr\nContract Holder / Director, Kerr Vision',
    );
    expect(fieldsOf(opto).approver).toMatchObject({ name: 'Niamh Kerr', role: 'Contract Holder' });
  });
});

describe('organisations changing shape', () => {
  it('a postcode in its own box after the address ends that address, in each section', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Dr Amrit Gill <amrit.gill@nhs.net>', To: to('datamanager'), Subject: 'Request to extend main contact - practice acquisition' },
      'Dear Data Manager,\n\nPlease extend our current main contact to the practice we have bought.\n\nExisting practice\nName: Gill Dental Care\nODS: V021554\nMain contact: Dr Amrit Gill\nMain contact email: amrit.gill@nhs.net\nAddress: 12 Clayton Street\nNewcastle upon Tyne\nPostcode: NE1 5PN\nTel: (0191) 232 0111\n\nNew practice\nName: Tyneside Smiles\nODS: V030221\nAddress: 8 Dean Street, Newcastle upon Tyne\nPostcode: NE1 1PG\n\nKind regards,\nDr Amrit Gill',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ address: '12 Clayton Street, Newcastle upon Tyne, NE1 5PN' });
    expect(fieldsOf(c).newPractice).toMatchObject({ address: '8 Dean Street, Newcastle upon Tyne, NE1 1PG' });
  });

  it('a table cell of several lines (Outlook\'s text of an HTML table) keeps each site\'s details in its column', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Dr Helen Rourke <helen.rourke@nhs.net>', To: to('datamanager'), Subject: 'Branch set up - Priory Surgery G82204' },
      'Hi,\n\nPlease set up our new branch. Main site on the left, branch on the right.\n\n\tMain site\tNew branch\nPractice name\tPriory Surgery\tPriory Surgery - Sandgate\nODS code\tG82204\tG82204001\nAddress\t2 Priory Road\nFolkestone\nKent CT20 2JP\tSandgate Clinic, High Street, Sandgate CT20 3BD\nTelephone\t01303 250 100\t01303 250 200\nMain contact\tDr Helen Rourke\tMr Dev Anand\nMain contact email\thelen.rourke@nhs.net\tdev.anand@nhs.net\n\nKind regards,\nHelen',
    );
    expect(fieldsOf(c).mainPractice).toMatchObject({ address: '2 Priory Road, Folkestone, Kent CT20 2JP', mainContact: { name: 'Helen Rourke', email: 'helen.rourke@nhs.net' } });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'G82204001', address: 'Sandgate Clinic, High Street, Sandgate CT20 3BD', mainContact: { name: 'Dev Anand' } });
  });

  it('"EXISTING practice name / NEW practice name:" over "A / B": each value under its own label', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Lena Ford <lena.ford@nhs.net>', To: to('datamanager'), Subject: 'Extending main contact to new practice' },
      'Dear Data Manager team,\n\nWe are opening a second surgery.\n\nEXISTING practice name / NEW practice name:\nFairway Dental / Fairway Dental - Otley\nEXISTING ODS code / NEW ODS code:\nV012551 / V019874\nEXISTING address / NEW address:\n4 Park Road, Guiseley, Leeds LS20 8AL / 9 Bridge Street, Otley LS21 1BQ\nMain contact for existing practice: Dr Sam Kay (sam.kay@nhs.net)\n\nLena Ford\nPractice Manager',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'V012551', name: 'Fairway Dental', address: '4 Park Road, Guiseley, Leeds LS20 8AL' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'V019874', name: 'Fairway Dental - Otley', address: '9 Bridge Street, Otley LS21 1BQ' });
  });

  it('"As a GP Partner at …" is the capacity the signatory writes in, over a sign-off of "Senior Partner"', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Dr Nadia Rahman <nadia.rahman3@nhs.net>', To: to('openexeter'), Subject: 'Additional permissions - Open Exeter' },
      'Dear PCSE,\n\nAs a GP Partner at Moss Lane Surgery (P87044) I\'d like to request additional Open Exeter permissions for Kim Doyle.\n\nUser: Kim Doyle\nOpen Exeter user ID: KDOYLE02\nEmail: kim.doyle@nhs.net\nPermissions needed: Prior Notification List\n\nThank you\nDr Nadia Rahman\nSenior Partner',
    );
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Nadia Rahman', role: 'gp_partner' });
  });
});

describe('phone numbers as written', () => {
  it('keeps an extension, and reads "we are at … tel …" as the writer\'s own practice, not the branch', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Dr Mira Shah <mira.shah@nhs.net>', To: to('datamanager'), Subject: 'New branch - Fenside' },
      'Hi, I am the main contact at Fenside Health Centre (code C83027) and we have taken over the old Sutton surgery as a branch. Our main contact with you is me, mira.shah@nhs.net, and we are at 4 Fen Road Boston PE21 7QA tel 01205 361100 ext 310. The branch is Sutton Surgery, its new code is C83027001, 2 Mill Lane, Sutton, Boston PE20 2LL, phone 01205 750900. Please can you set up Dan Pryor, dan.pryor@nhs.net, as the main contact for Sutton.\n\nThanks, Mira',
    );
    expect(fieldsOf(c).mainPractice).toMatchObject({ phone: '01205 361100 ext 310' });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'C83027001', phone: '01205 750900' });
  });
});

describe('accounts and blocks in plain words', () => {
  it('"his username is the email he registered with the GMC: X" is X, not the writer\'s address', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Moorside Surgery - Practice Manager <moorside.pm@nhs.net>', To: to('portalenquiries'), Subject: 'Locum GP locked out of PCSE' },
      'Hello\n\nDr Ashby, one of our locums, has locked himself out of PCSE Online.\nHe says his username is the email he registered with the GMC: r.ashby@doctors.org.uk\n\nThanks\nJune Hale\nPractice Manager',
    );
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('r.ashby@doctors.org.uk');
  });

  it('"change her access from A to B" takes A off; "access to Prior Notification" names the permission', async () => {
    const change = await parseEmail(
      'portalenquiries',
      { From: 'Bev Hall <bev.hall@nhs.net>', To: to('portalenquiries'), Subject: 'Change Tina\'s roles' },
      'Hi PCSE\n\nCould you change Tina Marsh\'s access from Practice Order Entry Clerk to Practice Records Movement Admin please? Her username is tina.marsh@nhs.net.\n\nPractice code L83107\n\nBev',
    );
    expect(change.kind).toBe('role_removal_request');
    expect(fieldsOf(change).roles).toEqual(['Practice Order Entry Clerk']);
    const oe = await parseEmail(
      'openexeter',
      { From: 'Mark Ince <mark.ince@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter access' },
      'Hi,\n\nCould you give our new HCA Dana Lowe (dana.lowe2@nhs.net, user ID LOWED004) access to Prior Notification on Open Exeter please.\n\nThanks\nMark Ince\nPractice Manager, Elmfield Health Centre (D81077)',
    );
    expect(fieldsOf(oe).permissions).toEqual(['Prior Notification']);
  });

  it('a subject that asks a question, over a body that asks one more, is a question even when it names a branch\'s code', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Ruth Bale <ruth.bale@nhs.net>', To: to('openexeter'), Subject: 'Does our branch need its own Open Exeter organisation?' },
      'Hello,\n\nOur branch now has its own ODS code (M85077001). Do we need separate Open Exeter primary users for the branch, or can the main practice\'s primary users see the branch\'s patients too?\n\nThanks\nRuth',
    );
    expect(c.kind).toBe('unclassified');
  });

  it('"Existing:" and "New:" over blocks that open with "Name, CODE"', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ola Ade <ola.ade@nhs.net>', To: to('datamanager'), Subject: 'Extend main contact to new store' },
      'Hi,\n\nWe\'d like our current main contact extended to our new store please.\n\nExisting:\nThe Lens Loft, TPM52\nMain contact - Mr Ola Ade, ola.ade@nhs.net\n4 Park Row, Bristol BS1 5LJ\n0117 900 1122\n\nNew:\nThe Lens Loft Bedminster, TPN27\n88 East Street, Bedminster, Bristol BS3 4EY\n\nThanks,\nOla',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ name: 'The Lens Loft', address: '4 Park Row, Bristol BS1 5LJ', phone: '0117 900 1122' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'TPN27', name: 'The Lens Loft Bedminster', address: '88 East Street, Bedminster, Bristol BS3 4EY' });
  });
});
