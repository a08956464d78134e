/**
 * Writes the PDF fixtures of the extractor tests (test/fixtures/pdf/*.pdf) and the emails that
 * attach them (test/fixtures/emails/<mailbox>/*.eml), so the committed files can be regenerated.
 *
 * - a flat text PDF (a GPP certification form printed to PDF: the data is in the page text);
 * - a fillable AcroForm PDF (an Open Exeter primary user form whose signature field is empty);
 * - an encrypted PDF: pdf-lib cannot encrypt, so it is written by hand with an /Encrypt dictionary
 *   in its trailer (ISO 32000-1 §7.6), which is what every reader checks first;
 * - a corrupt PDF (a real header, then garbage) and a fake one (HTML named .pdf).
 * The huge PDF (over the 10 MB cap) is built in memory by the test rather than committed.
 * Output is deterministic (fixed dates) so re-running does not churn the committed files.
 *
 * Run: npx tsx scripts/make-fixture-pdfs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawScannedForm, drawUnreadablePage, scanPdf, SCANNED_GPP_ROWS, SCANNED_GPP_TITLE, SCANNED_RULED_ROWS } from './scan-fixtures.js';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const PDF_DIR = join(ROOT, 'pdf');
const FIXED_DATE = new Date('2026-11-01T09:00:00Z');

/** A flat form: labels and values printed on the page, no fields. */
async function makeTextPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('PCSE fixture generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    'GP Payments and Pensions - Practice User Administrator Certification Form',
    'Practice name: Ashgrove Surgery',
    'Practice ODS code: C84012',
    'Nominee full name: Zoe Bronte',
    'Nominee email address: zoe.bronte@nhs.net',
    'Approver name: Dr Anil Mehta',
    'Approver role: GP Partner',
    'Approver email: anil.mehta@nhs.net',
    'Approver signature: A Mehta',
    'Date: 03/11/2026',
  ];
  let y = 790;
  for (const l of lines) {
    page.drawText(l, { x: 50, y, size: 11, font });
    y -= 22;
  }
  return doc.save({ useObjectStreams: false });
}

/** A fillable form with every field filled but the signature. */
async function makeAcroFormPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('PCSE fixture generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Open Exeter - Request for a Primary User (GP Practice)', { x: 50, y: 790, size: 13, font });
  const form = doc.getForm();
  const fields: [string, string, string | null][] = [
    ['Organisation name', 'OrgName', 'Riverside Surgery'],
    ['Organisation code', 'OrgCode', 'A81001'],
    ['Primary User name', 'PrimaryUserName', 'José Núñez'],
    ['Primary User email', 'PrimaryUserEmail', 'jose.nunez@nhs.net'],
    ['Authorised signatory name', 'SignatoryName', 'Dr Kiran Patel'],
    ['Signatory role', 'SignatoryRole', 'Lead GP'],
    ['Signature', 'Signature', null],
  ];
  let y = 750;
  for (const [label, name, value] of fields) {
    page.drawText(label, { x: 50, y, size: 10, font });
    const tf = form.createTextField(name);
    tf.addToPage(page, { x: 250, y: y - 4, width: 290, height: 16, font });
    if (value) tf.setText(value);
    y -= 30;
  }
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}


/** A new page in a deterministic document. */
async function startDoc(): Promise<{ doc: PDFDocument; page: PDFPage; font: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('PCSE fixture generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  return { doc, page, font, bold };
}

/** A fillable form whose authors named the fields in snake_case or camelCase, with the signature empty. */
async function makeNamedFieldsPdf(title: string, fields: [string, string, string | null][]): Promise<Uint8Array> {
  const { doc, page, font, bold } = await startDoc();
  page.drawText(title, { x: 50, y: 790, size: 13, font: bold });
  const form = doc.getForm();
  let y = 750;
  for (const [label, name, value] of fields) {
    page.drawText(label, { x: 50, y, size: 10, font });
    const tf = form.createTextField(name);
    tf.addToPage(page, { x: 250, y: y - 4, width: 290, height: 16, font });
    if (value) tf.setText(value);
    y -= 30;
  }
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

/** A flat form: each label and its value printed on the same line, the value in a column to the right. */
async function makeSideBySidePdf(title: string, rows: [string, string][]): Promise<Uint8Array> {
  const { doc, page, font, bold } = await startDoc();
  page.drawText(title, { x: 50, y: 790, size: 13, font: bold });
  let y = 750;
  for (const [label, value] of rows) {
    page.drawText(label, { x: 50, y, size: 10, font: bold });
    if (value) page.drawText(value, { x: 230, y, size: 10, font });
    y -= 24;
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A flat boxed form: a label cell beside a value cell, the label vertically centred and the value set at the
 * top of its (taller) cell, as word processors print table cells: text extraction reads the value before its
 * label or on its own line, so the reader must not take the next label as part of the value.
 */
async function makeBoxedPdf(title: string, rows: [string, string][]): Promise<Uint8Array> {
  const { doc, page, font, bold } = await startDoc();
  page.drawText(title, { x: 50, y: 790, size: 13, font: bold });
  let top = 760;
  const h = 34;
  for (const [label, value] of rows) {
    page.drawRectangle({ x: 50, y: top - h, width: 120, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
    page.drawRectangle({ x: 170, y: top - h, width: 370, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
    // A narrow label column wraps long labels onto two lines; the value sits in the middle of its cell.
    const words = label.split(' ');
    const lines = label.length > 16 ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')] : [label];
    lines.forEach((l, k) => page.drawText(l, { x: 55, y: top - 13 - k * 12, size: 10, font: bold }));
    if (value) page.drawText(value, { x: 175, y: top - 20, size: 10, font });
    top -= h;
  }
  page.drawText('Signature', { x: 55, y: top - 40, size: 10, font: bold });
  page.drawRectangle({ x: 220, y: top - 50, width: 320, height: 30, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
  return doc.save({ useObjectStreams: false });
}

/** A minimal PDF whose trailer names an /Encrypt dictionary (standard security handler, RC4 40-bit). */
function makeEncryptedPdf(): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
    `4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'5b'.repeat(32)}> /P -44 >>\nendobj\n`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += o;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** An email with one attachment, base64-encoded in 76-character lines (RFC 2045 §6.8). */
function emailWithAttachment(o: { from: string; to: string; subject: string; body: string; filename: string; contentType: string; content: Uint8Array; id: string }): string {
  const b64 = Buffer.from(o.content).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    `From: ${o.from}`,
    `To: ${o.to}`,
    `Subject: ${o.subject}`,
    'Date: Mon, 02 Nov 2026 09:00:00 +0000',
    `Message-ID: <${o.id}@fixtures.nhs.net>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="fixture-boundary"',
    '',
    '--fixture-boundary',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    o.body,
    '',
    '--fixture-boundary',
    `Content-Type: ${o.contentType}; name="${o.filename}"`,
    `Content-Disposition: attachment; filename="${o.filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    b64,
    '--fixture-boundary--',
    '',
  ].join('\r\n');
}

async function main(): Promise<void> {
  mkdirSync(PDF_DIR, { recursive: true });
  const textPdf = await makeTextPdf();
  const acroPdf = await makeAcroFormPdf();
  const encrypted = makeEncryptedPdf();
  const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'), Buffer.alloc(2048, 0x9c)]);
  const fake = Buffer.from('<html><body>This is not a PDF at all</body></html>\n');
  writeFileSync(join(PDF_DIR, 'gpp-certification-text.pdf'), textPdf);
  writeFileSync(join(PDF_DIR, 'oe-primary-user-unsigned-acroform.pdf'), acroPdf);
  writeFileSync(join(PDF_DIR, 'encrypted.pdf'), encrypted);
  writeFileSync(join(PDF_DIR, 'corrupt.pdf'), corrupt);
  writeFileSync(join(PDF_DIR, 'fake.pdf'), fake);

  const portal = join(ROOT, 'emails', 'portalenquiries');
  const oe = join(ROOT, 'emails', 'openexeter');
  mkdirSync(portal, { recursive: true });
  mkdirSync(oe, { recursive: true });
  const from = 'Ashgrove Surgery <ashgrove.surgery@nhs.net>';
  writeFileSync(
    join(portal, 'user_admin_nomination-textpdf.eml'),
    emailWithAttachment({ from, to: 'pcse.portalenquiries@nhs.net', subject: 'GPP user admin form', body: 'Please see attached.\r\n\r\nKind regards\r\nMark Lewis\r\nmark.lewis@nhs.net', filename: 'GPP cert.pdf', contentType: 'application/pdf', content: textPdf, id: 'fx-textpdf' }),
  );
  writeFileSync(
    join(oe, 'open_exeter_primary_user_request-acroform-unsigned.eml'),
    emailWithAttachment({ from: 'Riverside Surgery <riverside.surgery@nhs.net>', to: 'pcse.openexeter@nhs.net', subject: 'Open Exeter primary user form', body: 'Form attached.', filename: 'primary-user.pdf', contentType: 'application/pdf', content: acroPdf, id: 'fx-acroform' }),
  );
  writeFileSync(
    join(portal, 'user_admin_nomination-encrypted-pdf.eml'),
    emailWithAttachment({ from, to: 'pcse.portalenquiries@nhs.net', subject: 'GPP user admin form', body: 'Please see the attached form (password protected).', filename: 'form.pdf', contentType: 'application/pdf', content: encrypted, id: 'fx-encrypted' }),
  );
  writeFileSync(
    join(portal, 'user_admin_nomination-corrupt-pdf.eml'),
    emailWithAttachment({ from, to: 'pcse.portalenquiries@nhs.net', subject: 'GPP user admin form', body: 'see attached', filename: 'form.pdf', contentType: 'application/pdf', content: corrupt, id: 'fx-corrupt' }),
  );
  writeFileSync(
    join(portal, 'user_admin_nomination-fake-pdf.eml'),
    emailWithAttachment({ from, to: 'pcse.portalenquiries@nhs.net', subject: 'GPP user admin form', body: 'see attached', filename: 'form.pdf', contentType: 'application/pdf', content: fake, id: 'fx-fake' }),
  );
  const dm = join(ROOT, 'emails', 'datamanager');
  mkdirSync(dm, { recursive: true });
  const snakePdf = await makeNamedFieldsPdf('GP Payments and Pensions - User Administrator Nomination', [
    ['Practice name', 'practice_name', 'Hollins Park Surgery'],
    ['Practice ODS code', 'practice_ods_code', 'P84021'],
    ['Nominee first name', 'nominee_first_name', 'Siobhán'],
    ['Nominee surname', 'nominee_surname', 'Ní Bhriain'],
    ['Nominee email', 'nominee_email_address', 'siobhan.nibhriain@nhs.net'],
    ['Authorising GP name', 'authorising_gp_name', 'Dr Rachel Owusu'],
    ['Role', 'signatory_role', 'GP Partner'],
    ['Approver email', 'approver_email', 'rachel.owusu@nhs.net'],
    ['Signature', 'approver_signature', null],
    ['Date', 'date_signed', '04/11/2026'],
  ]);
  writeFileSync(join(PDF_DIR, 'gpp-nomination-snake-case-acroform.pdf'), snakePdf);
  writeFileSync(
    join(portal, 'user_admin_nomination-snake-case-acroform.eml'),
    emailWithAttachment({ from: 'Hollins Park Surgery <hollinspark.surgery@nhs.net>', to: 'pcse.portalenquiries@nhs.net', subject: 'Nomination form', body: 'Hello,\r\n\r\nPlease find our nomination form attached.\r\n\r\nSeparately, could you also let mike.odonnell@nhs.net know how to reset his password?\r\n\r\nThanks\r\nPat Kerr\r\nReception', filename: 'nomination.pdf', contentType: 'application/pdf', content: snakePdf, id: 'fx-snake-acro' }),
  );
  const camelPdf = await makeNamedFieldsPdf('Open Exeter - Primary User Request', [
    ['Organisation name', 'orgName', 'Tarn Valley Medical Centre'],
    ['Organisation code', 'orgOdsCode', 'B82033'],
    ['First name', 'puFirstName', 'Zoë'],
    ['Last name', 'puLastName', 'Brontë'],
    ['Email', 'puEmailAddr', 'zoe.bronte1@nhs.net'],
    ['Signatory name', 'authSignatoryName', 'Dr Priya Raman'],
    ['Signatory role', 'authSignatoryRole', 'GP Partner'],
    ['Signature', 'signatureOfSignatory', null],
    ['Date', 'dateSigned', '05/11/2026'],
  ]);
  writeFileSync(join(PDF_DIR, 'oe-primary-user-camel-case-acroform.pdf'), camelPdf);
  writeFileSync(
    join(oe, 'open_exeter_primary_user_request-camel-case-acroform.eml'),
    emailWithAttachment({ from: 'Tarn Valley Medical Centre <tarnvalley.mc@nhs.net>', to: 'pcse.openexeter@nhs.net', subject: 'Form', body: 'Please see attached.\r\n\r\nKind regards\r\nGeorge Hale\r\nPractice Manager', filename: 'oe-form.pdf', contentType: 'application/pdf', content: camelPdf, id: 'fx-camel-acro' }),
  );
  const sidePdf = await makeSideBySidePdf('PL Organisation Administrator Nomination Form', [
    ['Practice name', 'Brookside Surgery'],
    ['ODS code', 'M85011'],
    ['Nominee name', 'Tomasz Nowak'],
    ['Nominee email', 'tomasz.nowak@nhs.net'],
    ['Approver name', 'Helen Price'],
    ['Approver role', 'CQC Registered Manager'],
    ['Approver email', 'helen.price@nhs.net'],
    ['Signature', 'H Price'],
    ['Date', '02/11/2026'],
  ]);
  writeFileSync(join(PDF_DIR, 'pl-nomination-side-by-side.pdf'), sidePdf);
  writeFileSync(
    join(portal, 'user_admin_nomination-side-by-side-pdf.eml'),
    emailWithAttachment({ from: 'Brookside Surgery <brookside.surgery@nhs.net>', to: 'pcse.portalenquiries@nhs.net', subject: 'Admin nomination', body: 'Morning, form attached for our new administrator.\r\n\r\nThanks\r\nHelen', filename: 'PL admin.pdf', contentType: 'application/pdf', content: sidePdf, id: 'fx-side-pdf' }),
  );
  const boxedPdf = await makeBoxedPdf('Change of Main Contact', [
    ['Practice name', 'Ellerby Lane Surgery'],
    ['Practice code', 'Y02871'],
    ['Current main contact', 'Anne Clarke'],
    ['New main contact name', 'Dr Farah Iqbal'],
    ['New main contact email', 'farah.iqbal@nhs.net'],
    ['Date', '06/11/2026'],
  ]);
  writeFileSync(join(PDF_DIR, 'main-contact-boxed.pdf'), boxedPdf);
  writeFileSync(
    join(dm, 'main_contact_change-boxed-pdf.eml'),
    emailWithAttachment({ from: 'Ellerby Lane Surgery <ellerby.lane@nhs.net>', to: 'pcse.datamanager@nhs.net', subject: 'Main contact', body: 'Hi, please see the attached form.\r\n\r\nRegards\r\nAnne Clarke\r\nanne.clarke@nhs.net', filename: 'main contact.pdf', contentType: 'application/pdf', content: boxedPdf, id: 'fx-boxed-pdf' }),
  );
  // Scans: image-only pages that only OCR reads (scan-fixtures.ts).
  writeFileSync(join(PDF_DIR, 'scan-gpp-certification-signed.pdf'), await scanPdf([drawScannedForm({ title: SCANNED_GPP_TITLE, rows: SCANNED_GPP_ROWS, signed: true, seed: 11 })]));
  writeFileSync(join(PDF_DIR, 'scan-gpp-certification-unsigned.pdf'), await scanPdf([drawScannedForm({ title: SCANNED_GPP_TITLE, rows: SCANNED_GPP_ROWS, signed: false, seed: 12, rotation: -0.8 })]));
  writeFileSync(join(PDF_DIR, 'scan-unreadable.pdf'), await scanPdf([drawUnreadablePage(13)]));
  writeFileSync(join(PDF_DIR, 'scan-opto-nomination-ruled-table.pdf'), await scanPdf([drawScannedForm({ title: 'Ophthalmic user administrator nomination', rows: SCANNED_RULED_ROWS, signed: true, seed: 11, grid: true, rotation: 0.4 })]));
}

await main();
