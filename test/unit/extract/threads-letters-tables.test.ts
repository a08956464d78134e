import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw, pdfPart } from '../../support/compose-email.js';
import { fillableForm, printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9, eleventh session: patterns from a new writer's mail (ticket replies, letters instead of forms, tables of
 * several people, a branch's code beside its parent's), each tested on an email written here for the purpose.
 */

const practice = { To: 'pcse.datamanager@nhs.net' };

/** A one-page letter as a word processor writes it to PDF: paragraphs wrapped at the margin, no blank lines. */
const letterPdf = (lines: string[]): Promise<Buffer> => printedPdf(lines, { font: StandardFonts.TimesRoman, left: 56, lineHeight: 15, size: 11 });

describe('tables of several people', () => {
  it('reads the HTML when the plain-text part ran the table cells together, and nominates the row marked to add', async () => {
    const html = '<p>We have two PL admins; Gareth leaves this month.</p><p>Dr Hester Quinlan, our CQC Registered Manager, has approved this and is copied in.</p>'
      + '<table><tr><th>Name</th><th>Email</th><th>Status</th></tr>'
      + '<tr><td>Ffion Garside</td><td>ffion.garside@nhs.net</td><td>stays</td></tr>'
      + '<tr><td>Gareth Penry</td><td>gareth.penry@nhs.net</td><td>leaving 31/03</td></tr>'
      + '<tr><td>Bethan Lusk</td><td>bethan.lusk@nhs.net</td><td>Please add as PL Organisation Administrator</td></tr></table>'
      + '<p>Thanks<br>Aled Morgan<br>Practice Manager, Pantglas Surgery (W95041)</p>';
    const plain = 'We have two PL admins; Gareth leaves this month.\n\nDr Hester Quinlan, our CQC Registered Manager, has approved this and is copied in.\n\n'
      + 'NameEmailStatus Ffion Garsideffion.garside@nhs.netstays Gareth Penrygareth.penry@nhs.netleaving 31/03 Bethan Luskbethan.lusk@nhs.netPlease add as PL Organisation Administrator\n\nThanks\nAled Morgan\nPractice Manager, Pantglas Surgery (W95041)';
    const { body, contentType } = multipart('alternative', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: plain },
      { headers: { 'Content-Type': 'text/html; charset="utf-8"' }, content: html },
    ]);
    const c = await parseEmail('portalenquiries', { From: 'Aled Morgan <aled.morgan@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'Hester Quinlan <hester.quinlan@nhs.net>', Subject: 'Another PL admin' }, body, contentType);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Bethan Lusk', email: 'bethan.lusk@nhs.net' });
    // "<Name>, our <role>, has approved": the name first, then the role, which is never taken for the name.
    expect(fieldsOf(c).approver).toEqual({ name: 'Hester Quinlan', email: 'hester.quinlan@nhs.net', role: 'CQC Registered Manager' });
  });

  it('a numbered list of people, each with the roles to remove after a dash, gives the roles once and no one user', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Nerys Pugh <nerys.pugh@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Role removals' },
      'Dear Sir/Madam,\n\nPlease would you remove the following roles:\n\n1. Idwal Thomas (idwal.thomas@nhs.net) - Joiner & Leaver\n2. Carys Bevan (carys.bevan3@nhs.net) - Joiner & Leaver and Practice Estimate and Salary Change\n\nPractice code W91022.\n\nYours faithfully\nNerys Pugh\n');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c).roles).toEqual(['Joiner & Leaver', 'Practice Estimate and Salary Change']);
    expect(fieldsOf(c).username).toBeNull();
  });

  it('roles named in full between "remove" and "roles" still ask for a removal', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Dr Osian Rhys <osian.rhys@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Roles' },
      'pls remove the Practice Estimate and Salary Change and Joiner & Leaver roles from tegan.price@nhs.net, she has moved to the dispensary. OR\n');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c).username).toBe('tegan.price@nhs.net');
  });
});

describe('what a name, a login or an address is not', () => {
  it('words describing a person before the name are not the name ("new main contact Ifan Roberts")', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Siwan Lloyd <siwan.lloyd@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change for Llys Pharmacy FW318 - new main contact Ifan Roberts ifan.roberts@nhs.net' }, '\n\nSiwan Lloyd\nPharmacist\n');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Ifan Roberts', email: 'ifan.roberts@nhs.net' });
  });

  it('"my user name isn\'t an email address … It is:" takes the login on the next line, not "isn"', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Gwen Ellis <gwen.ellis@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Locked out' },
      'Hello,\n\nMy account is locked. My user name isn\'t an email address, I was set up without one. It is:\n\ngwenellis@tywyn-pharmacy\n\nThanks, Gwen\n');
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('gwenellis@tywyn-pharmacy');
  });

  it('the practice email the records hold now is the current one, however the sentence says it', async () => {
    const held = await parseEmail('datamanager', { From: 'Dilys Owen <dilys.owen@nhs.net>', ...practice, Subject: 'Update practice email address' },
      'Dear Sir/Madam\n\nThe practice email address you currently hold for us is bryn.w92011@nhs.net.\n\nPlease update this to wales.brynsurgery@nhs.net. Our practice code is W92011.\n\nYours faithfully\nDilys Owen\n');
    expect(fieldsOf(held)).toMatchObject({ currentEmail: 'bryn.w92011@nhs.net', newEmail: 'wales.brynsurgery@nhs.net' });
    const shown = await parseEmail('datamanager', { From: 'Emrys Hale <emrys.hale@nhs.net>', ...practice, Subject: 'Practice email' },
      'The current practice email address shown for us on PCSE Online is oakley.reception@nhs.net. Please would you update the practice email address to our new organisation mailbox, oakley.admin@nhs.net.\n\nEmrys Hale\n');
    expect(fieldsOf(shown)).toMatchObject({ currentEmail: 'oakley.reception@nhs.net', newEmail: 'oakley.admin@nhs.net' });
    const pcseHas = await parseEmail('datamanager', { From: 'Mali Jenkins <mali.jenkins@nhs.net>', ...practice, Subject: 'Practice email' },
      'The problem is that the practice email PCSE has for us is w94003.frontdesk@nhs.net, and no one can get into it. Could you change the practice email to my own one, mali.jenkins@nhs.net?\n\nMali\n');
    expect(fieldsOf(pcseHas)).toMatchObject({ currentEmail: 'w94003.frontdesk@nhs.net', newEmail: 'mali.jenkins@nhs.net' });
  });

  it('PCSE\'s own mailbox in a letter\'s address block is nobody, and neither is the name beside it', async () => {
    const letter = await letterPdf([
      'Cwm Taf Sexual Health Service', '4 Station Road, Pontypridd CF37 1AA',
      'Open Exeter team - by email: pcse.openexeter@nhs.net', 'Dear Sir/Madam',
      'Our Primary User retired in November and nobody here can now add users or reset passwords on Open Exeter.',
      'I write as a member of the Board of Directors of Cwm Taf Health CIC to request that Mr',
      'Rhodri Vaughan, Clinic Administrator (rhodri.vaughan@nhs.net), be set up as the Open Exeter',
      'Primary User for the service. I confirm that I am authorised to sign this request for the organisation.',
      'Yours faithfully', 'E. Pritchard', 'Dr Eirlys Pritchard', 'Medical Director and Board member', 'eirlys.pritchard@nhs.net',
    ]);
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Dear Sir/Madam,\n\nPlease find attached a letter from our Medical Director asking for a Primary User for our service, which is not a GP practice.\n\nRhodri Vaughan\nClinic Administrator' },
      pdfPart(letter, 'Letter - Primary User.pdf'),
    ]);
    const c = await parseRaw('openexeter', composeEmail({ From: 'Rhodri Vaughan <rhodri.vaughan@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Primary User request' }, body, contentType));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    // The letter's wrapped sentence puts the sender forward by name and address.
    expect(fieldsOf(c).nominee).toEqual({ name: 'Rhodri Vaughan', email: 'rhodri.vaughan@nhs.net' });
    // Its author signs: the name under the typed signature, with the role under that.
    expect(fieldsOf(c).signatory).toEqual({ name: 'Eirlys Pritchard', email: 'eirlys.pritchard@nhs.net', role: 'board_member' });
  });
});

describe('replies to PCSE\'s questions', () => {
  it('"before we can extend …, please provide" reads the quoted request, and the reply gives the new practice', async () => {
    const c = await parseEmail('datamanager', { From: 'Ruth Aldous <ruth.aldous@nhs.net>', ...practice, Subject: 'RE: Your enquiry [PCSE-2027-001234] - Extend main contact' }, [
      'Hi,', '', 'The new pharmacy\'s ODS code is FV227 and the address is 9 Mill Lane, Ipswich IP4 2AB. Its name is Mill Lane Pharmacy (previously Gray\'s Chemist).', '',
      'Ruth', '',
      '-----Original Message-----', 'From: PCSE Data Manager <pcse.datamanager@nhs.net>', 'Sent: 02 March 2027 10:00', 'To: Ruth Aldous <ruth.aldous@nhs.net>', 'Subject: Your enquiry [PCSE-2027-001234]', '',
      'Before we can extend your main contact access, please provide the ODS code and address of the new pharmacy.', '',
      '-----Original Message-----', 'From: Ruth Aldous <ruth.aldous@nhs.net>', 'Sent: 01 March 2027 16:00', 'To: PCSE Data Manager <pcse.datamanager@nhs.net>', 'Subject: Extend main contact', '',
      'We have bought a second pharmacy and I would like to be extended as the main contact to it.', 'Existing pharmacy: Aldous Pharmacy Felixstowe', 'ODS: FQ508',
      'Main contact: Ruth Aldous, ruth.aldous@nhs.net', 'Address: 3 Hamilton Road, Felixstowe IP11 7AX', 'Phone: 01394 555 012', 'New pharmacy: Mill Lane Pharmacy', '',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FQ508', name: 'Aldous Pharmacy Felixstowe', address: '3 Hamilton Road, Felixstowe IP11 7AX' });
    // The existing pharmacy's code, first in the quoted request, is never the new one's.
    expect(fieldsOf(c).newPractice).toEqual({ odsCode: 'FV227', name: 'Mill Lane Pharmacy', address: '9 Mill Lane, Ipswich IP4 2AB' });
    expect(c.organisation?.odsCode).toBe('FQ508');
  });

  it('a signatory\'s reply confirming the capacity they signed in continues the request quoted below it', async () => {
    const c = await parseEmail('openexeter', { From: 'Rachael Pennock <rachael.pennock@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'RE: [PCSE-2027-002345] Primary User request - further information required' }, [
      'Dear PCSE,', '', 'Yes, I signed the form, and I signed as a GP Partner at Elmtree Surgery.', '', 'Regards,', 'Dr R Pennock', '',
      '> From: PCSE Open Exeter <pcse.openexeter@nhs.net>', '> Sent: 02 March 2027 16:30', '> Subject: [PCSE-2027-002345] Primary User request', '>',
      '> Please could the signatory confirm by reply the capacity in which they signed the form.', '>',
      '>> From: Soren Blake <soren.blake@nhs.net>', '>> Subject: Open Exeter Primary User request', '>>',
      '>> Please set up Soren Blake (soren.blake@nhs.net) as a Primary User for Elmtree Surgery, P84 022. The form signed by Dr Rachael Pennock is attached.', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Soren Blake', email: 'soren.blake@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Rachael Pennock', email: 'rachael.pennock@nhs.net', role: 'gp_partner' });
  });

  it('thanks for a confirmation that "came through" asks for nothing', async () => {
    const c = await parseEmail('datamanager', { From: 'Nia Probert <nia.probert@nhs.net>', ...practice, Subject: 'RE: Update practice email address [PCSE-2027-003456]' },
      'Thank you - the confirmation came through to the new mailbox this morning.\n\nNia\n');
    expect(c.kind).toBe('unclassified');
  });
});

describe('practices, branches and their codes', () => {
  it('a block headed "New practice (merging with us …)" is the new practice\'s, address included', async () => {
    const c = await parseEmail('datamanager', { From: 'Lowri Price <lowri.price@nhs.net>', ...practice, Subject: 'main contact for Ashgrove' }, [
      'Please extend my main contact to the practice we are merging with.', '', 'Existing practice', 'Beechwood Practice - Y02 981', 'Main contact: Lowri Price (lowri.price@nhs.net)',
      '12 Beech Road, Wrexham, LL11 2AB', '', 'New practice (merging with us from 1/4/27)', 'Ashgrove Surgery - Y02 985', '7 Ash Grove, Rhos, LL14 1PQ', '', 'Lowri',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toEqual({ odsCode: 'Y02985', name: 'Ashgrove Surgery', address: '7 Ash Grove, Rhos, LL14 1PQ' });
  });

  it('"the branch is called X" names the branch, and "same email as above" gives its contact the address already written', async () => {
    const c = await parseEmail('datamanager', { From: 'Taliesin Hughes <taliesin.hughes@nhs.net>', ...practice, Subject: 'new branch' },
      'We\'d like PCSE Online set up for our new branch. Our main practice is Glanrafon Surgery, code W93044, 1 Station Road, Bala LL23 7AA. The main contact you have for us is Angharad Rowlands (angharad.rowlands@nhs.net).\n\nThe branch is called Llandderfel Surgery, at 2 Chapel Street, Llandderfel LL23 7HG, and its code is W93044002. Angharad will be the main contact for the branch too - that\'s Mrs Angharad Rowlands, same email as above.\n\nTaliesin Hughes\n');
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).branch).toMatchObject({ name: 'Llandderfel Surgery', mainContact: { title: 'Mrs', name: 'Angharad Rowlands', email: 'angharad.rowlands@nhs.net' } });
  });

  it('a branch\'s code written beside its parent\'s: a main-contact change is about the practice', async () => {
    const c = await parseEmail('datamanager', { From: 'Elin Howells <elin.howells@nhs.net>', ...practice, Subject: 'Change of main contact' },
      'Our practice has one branch, Cefn at Ruabon (W91016001), set up under the main practice.\n\nPlease change the main contact for the main practice, W91 016, to Gethin Bowen (gethin.bowen@nhs.net).\n\nElin Howells\n');
    expect(c.kind).toBe('main_contact_change');
    expect(c.organisation).toMatchObject({ odsCode: 'W91016', type: 'gp_practice' });
  });
});

describe('who asks, who signs', () => {
  it('"resend to this address" asks for the sender\'s own account', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Dr Caio Benn <caio.benn@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'link' },
      'Still no verification link for PCSE Online - can you resend to this address please. GMC 7123456.\n');
    expect(c.kind).toBe('verification_link_resend');
    expect(fieldsOf(c)).toMatchObject({ accountEmail: 'caio.benn@nhs.net', gmcNumber: '7123456' });
  });

  it('"signed by Dr X, our Lead GP" gives the capacity the form\'s tick boxes left unread', async () => {
    const form = await fillableForm([
      { text: 'Request for a Primary User - GP Practices' },
      { label: 'Practice code', field: 'txtCode', value: 'W94021' },
      { label: 'Full name', field: 'txtUserName', value: 'Morfydd Ash' },
      { label: 'Email address', field: 'txtUserEmail', value: 'morfydd.ash@nhs.net' },
      { text: 'Authorised signatory' },
      { label: 'Signatory name', field: 'txtSigName', value: 'Dr Lewys Parry' },
      { label: 'Signatory email', field: 'txtSigEmail', value: 'lewys.parry@nhs.net' },
    ]);
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Dear Sir/Madam\n\nI should be grateful if you would set me up as a Primary User for the practice. The request form, completed and signed by Dr Lewys Parry, our Lead GP, is attached.\n\nYours faithfully\nMorfydd Ash' },
      pdfPart(form, 'OE primary user.pdf'),
    ]);
    const c = await parseRaw('openexeter', composeEmail({ From: 'Morfydd Ash <morfydd.ash@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter Primary User - Tregarth Surgery' }, body, contentType));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).signatory).toEqual({ name: 'Lewys Parry', email: 'lewys.parry@nhs.net', role: 'lead_gp' });
  });

  it('an approval sent as an attached message: its author signs, and "Call and Recall enquiries" is the permission', async () => {
    const inner = ['From: Dr Bryn Tudor <bryn.tudor@nhs.net>', 'To: Sian Cole <sian.cole@nhs.net>', 'Subject: Open Exeter - Owain', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', '',
      'Sian,', '', 'I\'m happy for Owain Reece to have the Call and Recall enquiries permission on Open Exeter - his user ID is OREEC002 (owain.reece@nhs.net).', '', 'Bryn', '', 'Dr Bryn Tudor', 'GP Partner', 'Caerau Surgery, W95 055', ''].join('\r\n');
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Dear Sir/Madam,\n\nPlease see the attached email from Dr Tudor, one of our GP Partners, authorising an extra Open Exeter permission for our new HCA.\n\nKind regards,\nSian Cole\nPractice Manager' },
      { headers: { 'Content-Type': 'message/rfc822; name="Open Exeter - Owain.eml"', 'Content-Disposition': 'attachment; filename="Open Exeter - Owain.eml"' }, content: inner },
    ]);
    const c = await parseRaw('openexeter', composeEmail({ From: 'Sian Cole <sian.cole@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'FW: Open Exeter - Owain' }, body, contentType));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).permissions).toEqual(['Call and Recall enquiries']);
    expect(fieldsOf(c).signatory).toEqual({ name: 'Bryn Tudor', email: 'bryn.tudor@nhs.net', role: 'gp_partner' });
  });

  it('"set up X as a Primary User" asks for one; only "As primary user, I …" opening a sentence is the writer\'s standing', async () => {
    const asks = await parseEmail('openexeter', { From: 'Soren Blake <soren.blake@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter' },
      'Hello,\n\nPlease set up Tamsin Rook (tamsin.rook@nhs.net) as a Primary User for Elmtree Surgery, P84022.\n\nThanks, Soren\n');
    expect(asks.kind).toBe('open_exeter_primary_user_request');
  });

  it('a question about who may sign "the request form" asks for an answer, not an action', async () => {
    const c = await parseEmail('openexeter', { From: 'Heledd Rees <heledd.rees@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Query about Primary Users after a merger' },
      'Dear Sir/Madam,\n\nOur practice merges with a neighbour next April. Could you advise whether the existing Primary User at one practice can sign the request form for a Primary User at the other? And will our Primary Users keep their access?\n\nYours faithfully,\nHeledd Rees\n');
    expect(c.kind).toBe('unclassified');
  });
});

/**
 * A form flattened after filling, or filled with Acrobat's "Fill & Sign": every printed label is written first and
 * every typed value after, each value placed beside its label. `signature` draws a scribble (many curves) in the box.
 */
async function flattenedForm(rows: [string, string][], options: { title: string; signature: boolean }): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(options.title, { x: 48, y: 800, size: 13, font });
  const rowY = (i: number): number => 760 - i * 24;
  rows.forEach(([label], i) => page.drawText(label, { x: 48, y: rowY(i), size: 10, font }));
  page.drawText('Signature', { x: 48, y: rowY(rows.length), size: 10, font });
  page.drawText('Date', { x: 330, y: rowY(rows.length), size: 10, font });
  rows.forEach(([, value], i) => { if (value) page.drawText(value, { x: 220, y: rowY(i), size: 10, font }); });
  page.drawText('03/03/2027', { x: 370, y: rowY(rows.length), size: 10, font });
  if (options.signature) {
    const loops = Array.from({ length: 12 }, (_, k) => `c 4 -${8 + (k % 4)} 10 ${8 + (k % 4)} 14 0`).join(' ');
    page.drawSvgPath(`M 0 0 ${loops}`, { x: 220, y: 842 - (842 - rowY(rows.length)) + 4, borderWidth: 1 });
  }
  return Buffer.from(await doc.save());
}

describe('flattened and "Fill & Sign" forms', () => {
  const rows: [string, string][] = [
    ['Practice code', 'P84033'], ['Title', 'Mr'], ['Forename(s)', 'Emrys'], ['Surname', 'Carrow'], ['NHSmail address', 'emrys.carrow@nhs.net'],
    ['C. Authorised signatory', ''], ['Signatory name', 'Dr Olwen Prys'], ['Signatory email', 'olwen.prys@nhs.net'], ['Position / job title', 'GP Partner'],
  ];
  const send = async (pdf: Buffer) => {
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Hello,\n\nPlease find our Primary User request attached.\n\nEmrys Carrow' },
      pdfPart(pdf, 'Primary User request.pdf'),
    ]);
    return parseRaw('openexeter', composeEmail({ From: 'Emrys Carrow <emrys.carrow@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter Primary User' }, body, contentType));
  };

  it('pairs each typed value with the label it sits beside, and the form\'s title is nobody\'s name', async () => {
    const c = await send(await flattenedForm(rows, { title: 'Request for a Primary User: GP Practices', signature: true }));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    // "Forename(s)" and "Surname" make one name; "GP Practices" from the title is not the nominee.
    expect(fieldsOf(c).nominee).toEqual({ name: 'Emrys Carrow', email: 'emrys.carrow@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Olwen Prys', email: 'olwen.prys@nhs.net', role: 'gp_partner' });
    expect(c.organisation?.odsCode).toBe('P84033');
    // The signature is ink, not text: drawn in its box, the form is signed.
    expect(c.findings.map((f) => f.code)).not.toContain('missing_signature');
  });

  it('"Request for a Primary User: Other Organisations" is the form\'s title, not a person', async () => {
    const c = await send(await flattenedForm(rows, { title: 'Request for a Primary User: Other Organisations', signature: true }));
    expect(fieldsOf(c).nominee).toEqual({ name: 'Emrys Carrow', email: 'emrys.carrow@nhs.net' });
  });

  it('a signature box with only the date beside it is unsigned', async () => {
    const c = await send(await flattenedForm(rows, { title: 'Request for a Primary User: GP Practices', signature: false }));
    expect(c.findings.map((f) => f.code)).toContain('missing_signature');
  });
});

describe('names, logins and mailboxes as people write them', () => {
  it('qualifications after a name, and a possessive after a final s, are not the name', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Gwen Tamblyn <gwen.tamblyn@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'OPTO admin' },
      'Hello,\n\nI own Tamblyn Opticians and hold the GOS contract. Please add our dispensing optician Jory Pascoe FBDO, jory.pascoe@nhs.net, as OPTO Organisation User Administrator.\n\nGwen Tamblyn\nContract holder\n');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Jory Pascoe', email: 'jory.pascoe@nhs.net' });
    const permission = await parseEmail('openexeter', { From: 'Dr Ewan Hollis <ewan.hollis@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter access' },
      'Please could you add Prior Notification List to Mared Giddings’ Open Exeter account.\nHer user name is GIDDINGSM and her email is mared.giddings@nhs.net. I approve this as GP Partner.\n\nDr Ewan Hollis\nGP Partner, Penrose Surgery P81044\n');
    expect(fieldsOf(permission).user).toMatchObject({ name: 'Mared Giddings', email: 'mared.giddings@nhs.net' });
  });

  it('a notice\'s "Created by: LOGIN - MRS NAME" is the person, and a login may end with the initial', async () => {
    const c = await parseEmail('openexeter', { From: 'Open Exeter <no-reply.openexeter@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'NEW USER NOTIFICATION', 'Auto-Submitted': 'auto-generated' }, [
      'A Primary User has created a new user account which requires authorisation by PCSE.', 'Organisation code   : P81044', 'New user ID         : TREGEARM',
      'New user name       : MS MORWENNA TREGEAR', 'New user email      : morwenna.tregear4@nhs.net', 'Created by          : HOLLISE (DR EWAN HOLLIS)', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    // "TREGEARM" is the surname then the initial: the address spells it, so it stays.
    expect(fieldsOf(c).user).toMatchObject({ email: 'morwenna.tregear4@nhs.net', username: 'TREGEARM' });
    expect(String(fieldsOf(c).createdBy?.name).toLowerCase()).toBe('ewan hollis');
  });

  it('"main contract" typed by a phone is the main contact, and "change it … to me" names the sender', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Kiran Bhatt <kiran.bhatt@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact' },
      'hi\ncan you change the main contract for our pharmacy to me please. code is fq207. the old main contract has left\nmy email is kiran.bhatt@nhs.net\nthanks\n\nSent from Outlook for iOS\n');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Kiran Bhatt', email: 'kiran.bhatt@nhs.net' });
  });

  it('"the performers list" is not the Performer role', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Becca Lowe <becca.lowe@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Remove role' },
      'Hi could you take the PL practice manager role off my account please, I don\'t do the performers list work any more. Practice code E82044. Username is my email becca.lowe@nhs.net\n');
    expect(fieldsOf(c).roles).toEqual(['PL practice manager']);
  });

  it('questions about the practices named, with nothing asked to be done, are not requests', async () => {
    const planning = await parseEmail('portalenquiries', { From: 'Jan Petrie <jan.petrie@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Query about accounts after merger' },
      'Hello,\n\nHillside (P84011) and Brook (P84012) merge in April. Will the user roles under P84012 move across automatically? Will Brook’s admin count towards the limit of four?\n\nI’m not asking for any changes yet, just trying to plan.\n\nJan\n');
    expect(planning.kind).toBe('unclassified');
    const onlyAsks = await parseEmail('openexeter', { From: 'Reena Shah <reena.shah@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter users after merger' },
      'Dear team,\n\nAshby Surgery (C83011) and Vale Surgery (C83012) merge in February under C83011. Will the Vale users need creating again under C83011 by our Primary User, or can PCSE move them across? And will the Vale Primary User become a second Primary User for C83011 automatically?\n\nReena Shah\nPractice Manager\n');
    expect(onlyAsks.kind).toBe('unclassified');
    const asks = await parseEmail('openexeter', { From: 'Reena Shah <reena.shah@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter' },
      'Dear team,\n\nCan you please set up Tom Vale (tom.vale@nhs.net) as a Primary User for C83011? Is the form attached the right one? Do you need anything else?\n\nReena Shah\n');
    expect(asks.kind).toBe('open_exeter_primary_user_request');
  });

  it('a plain-text part that lists the table one cell a line is replaced by the HTML\'s rows', async () => {
    const rows: [string, string, string][] = [['Practice name', 'Orchard Dental', 'Quay Dental'], ['ODS code', 'V032111', 'V117222'], ['Address', '4 Orchard Road, Hereford, HR1 2LP', '2 Quay Street, Hereford, HR1 2SY']];
    const html = `<p>Please could you extend our main contact to the new practice? Details below.</p><table><tr><th></th><th>Existing practice</th><th>New practice</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>Lowri Bevan<br>Practice Manager</p>`;
    const plain = `Please could you extend our main contact to the new practice? Details below.\n\nExisting practice\nNew practice\n${rows.flat().join('\n')}\n\nLowri Bevan\nPractice Manager`;
    const { body, contentType } = multipart('alternative', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: plain },
      { headers: { 'Content-Type': 'text/html; charset="utf-8"' }, content: html },
    ]);
    const c = await parseEmail('datamanager', { From: 'Lowri Bevan <lowri.bevan@nhs.net>', ...practice, Subject: 'Extend main contact' }, body, contentType);
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'V032111', name: 'Orchard Dental', address: '4 Orchard Road, Hereford, HR1 2LP' });
    expect(fieldsOf(c).newPractice).toEqual({ odsCode: 'V117222', name: 'Quay Dental', address: '2 Quay Street, Hereford, HR1 2SY' });
  });

  it('a name typed in lower case is taken when the login spells it, and a role in brackets after the sign-off is the writer\'s', async () => {
    const c = await parseEmail('openexeter', { From: 'Sandra Pike <sandra.pike@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open exeter' },
      'hi can you give mabli rees access to the prior notification list on open exeter please, she\'s our new screening lead. her username is REESM. thanks sandra (practice manager, Penrose Surgery P81044)\n\nSent from Outlook for iOS\n');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Mabli Rees', username: 'REESM' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Sandra Pike', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });

  it('an approver writing from the practice\'s shared mailbox has the address in their sign-off', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Bryher Surgery <bryher.surgery@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Performers list user admin' },
      'Dear PCSE,\n\nI am the CQC registered manager at Bryher Surgery, practice code L82077.\n\nPlease could you set up Demelza Rowe as a PL Organisation Administrator for us: demelza.rowe@nhs.net.\n\nThanks,\nTamsin\n\nTamsin Hocking\nPractice Manager & CQC Registered Manager\ntamsin.hocking2@nhs.net | 01720 496 301\n');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Tamsin Hocking', email: 'tamsin.hocking2@nhs.net' });
  });
});

describe('second-language writers, corrections and what a user already has', () => {
  it('a forename of two words still takes the surname from its own box, and "MC" before a name is the role', async () => {
    const c = await parseEmail('openexeter', { From: 'Omar Haddad <omar.haddad@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Primary User request' },
      'Dear team,\n\nPlease set up our new Primary User for Canal Side Surgery (Y03044).\n\nForename: Ana Luisa\nSurname: Ferreira\nEmail: ana.ferreira@nhs.net\n\nI approve this as GP Partner.\n\nDr Omar Haddad\nGP Partner\n');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Ana Luisa Ferreira', email: 'ana.ferreira@nhs.net' });
    const mc = await parseEmail('portalenquiries', { From: 'Ade Bello <ade.bello@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change V021883 - new MC Temitope Adeyemi-Cole temitope.adeyemi-cole@nhs.net' }, '\n\nAde\n');
    expect(fieldsOf(mc).newMainContact).toEqual({ name: 'Temitope Adeyemi-Cole', email: 'temitope.adeyemi-cole@nhs.net' });
  });

  it('what the user is, or already sees, is not a permission asked for', async () => {
    const c = await parseEmail('openexeter', { From: 'Dr Zara Khan <zara.khan@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter' },
      'Hello,\n\nCould our nurse Ewa Nowak (user ID NOWAKE2, ewa.nowak@nhs.net) please be given the "Prior Notification List" permission? At the moment she can only see cytology results, and she has just qualified as a sample taker.\n\nI approve this as GP Partner at Millbrook Surgery (B86099).\n\nDr Zara Khan\n');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List']);
  });

  it('a writer correcting their own quoted request: the request is the quote, with the right value in it', async () => {
    const email = await parseEmail('portalenquiries', { From: 'Olena Shevchenko <olena.shevchenko@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Re: PL admin for Park Row Surgery M85201' }, [
      'Sorry, wrong email address, the right one is aoife.nidhuinn2@nhs.net (with the 2). Everything else below is correct.', '', 'Olena', '',
      'On Mon, 1 Mar 2027 at 10:58, Olena Shevchenko <olena.shevchenko@nhs.net> wrote:',
      '> Please can you set up a PL Organisation Administrator for Park Row Surgery, practice code M85201.', '>', '> Name: Aoife Ní Dhuinn', '> Email: aoife.nidhuinn@nhs.net', '>',
      '> This is approved by the CQC Registered Manager for the location, Dr Tariq Mahmood, who is copied in.', '',
    ].join('\n'));
    expect(email.kind).toBe('user_admin_nomination');
    expect(fieldsOf(email).nominee).toEqual({ name: 'Aoife Ní Dhuinn', email: 'aoife.nidhuinn2@nhs.net' });
    expect(fieldsOf(email).approver).toMatchObject({ name: 'Tariq Mahmood', role: 'CQC Registered Manager' });
    const login = await parseEmail('openexeter', { From: 'Dr Ruth Baker <ruth.baker@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'RE: Open Exeter permissions - Ioana Marin' }, [
      'Sorry - wrong user ID in my email below. The right one is MARINI1 (MARINIO is her old student account, which should stay as it is).', '', 'Ruth', '',
      'From: Dr Ruth Baker <ruth.baker@nhs.net>', 'Sent: 01 March 2027 11:51', 'To: PCSE Open Exeter <pcse.openexeter@nhs.net>', 'Subject: Open Exeter permissions - Ioana Marin', '',
      'As Lead GP at Castle Vale Surgery (J82177) I would like to request the Prior Notification List permission for our nurse Ioana Marin, user ID MARINIO, email ioana.marin@nhs.net.', '',
    ].join('\n'));
    expect(login.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(login).user).toEqual({ name: 'Ioana Marin', email: 'ioana.marin@nhs.net', username: 'MARINI1' });
  });
});

describe('a reply that gives only an address', () => {
  it('continues the quoted request, and the address written a line at a time after "It is:" is the new practice\'s', async () => {
    const c = await parseEmail('datamanager', { From: 'Chioma Eze <chioma.eze@smileworks.co.uk>', ...practice, Subject: 'Re: Your enquiry [PCSE-2027-004567] Further information required' }, [
      'Hello,', '', 'Apologies, I missed the address of the new practice. It is:', '', 'Smileworks Dental - Tipton', '7 Owen Street', 'Tipton', 'DY4 8HA', '', 'All the other details are in my original email below.', '', 'Chioma', '',
      'On Mon, 1 Mar 2027 at 14:55, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:',
      '> To extend the main contact to the new practice we also need its address. Please reply to this email with the address.', '>',
      '> From: Chioma Eze <chioma.eze@smileworks.co.uk>', '> Subject: Extend main contact', '>', '> We would like to extend our existing main contact to a new practice.', '>',
      '> Existing practice', '> Name: Smileworks Dental - Dudley', '> ODS code: V021999', '> Main contact: Kwame Asante, kwame.asante@nhs.net', '>',
      '> New practice', '> Name: Smileworks Dental - Tipton', '> ODS code: V032888', '',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toEqual({ odsCode: 'V032888', name: 'Smileworks Dental - Tipton', address: '7 Owen Street, Tipton, DY4 8HA' });
  });

  it('"the new mailbox has received your confirmation" thanks for something done', async () => {
    const c = await parseEmail('datamanager', { From: 'Sid Rao <sid.rao@nhs.net>', ...practice, Subject: 'RE: Completed: Update practice email address [PCSE-2027-005678]' },
      'Thanks so much, the new mailbox has received your confirmation. Have a good weekend.\n\nSid\n');
    expect(c.kind).toBe('unclassified');
  });
});

describe('thanks that still ask', () => {
  it('"thanks, Priya has arrived and needs PL access" is a request, not thanks for something done', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Dai Jones <dai.jones@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL admin W91044' },
      'Thanks, our new manager Priya Shah has arrived and needs to be made PL Organisation Administrator, priya.shah@nhs.net. I am the CQC Registered Manager and I approve this.\n\nDai Jones\n');
    expect(c.kind).toBe('user_admin_nomination');
  });
});
