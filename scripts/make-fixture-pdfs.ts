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
import { PDFDocument, StandardFonts } from 'pdf-lib';

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
}

await main();
