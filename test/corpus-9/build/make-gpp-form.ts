// Writes the one PDF attachment of corpus 9 (a flat-text GPP certification form) as base64 on stdout,
// to be pasted into portalenquiries/024-gpp-admin-pdf-form.eml. Run: npx tsx test/corpus-9/build/make-gpp-form.ts
import { PDFDocument, StandardFonts } from 'pdf-lib';

const lines = [
  'PCSE Online - GP Payments and Pensions',
  'User Administrator Certification Form',
  '',
  'Organisation name: Linden Grove Surgery',
  'Organisation ODS code: R81 037',
  '',
  'Nominated user administrator',
  'Full name: Hannah Oakes',
  'Email address: hannah.oakes@nhs.net',
  'Role: GPP Practice User Administrator',
  '',
  'Certified by (organisation approver)',
  'Name: Dr Marcus Feld',
  'Position: Senior Partner',
  'Email: marcus.feld@nhs.net',
  'Signature: M Feld',
  'Date: 01/12/2026',
];

const doc = await PDFDocument.create();
doc.setCreationDate(new Date('2026-12-01T10:00:00Z'));
doc.setModificationDate(new Date('2026-12-01T10:00:00Z'));
const font = await doc.embedFont(StandardFonts.Helvetica);
const page = doc.addPage([595, 842]);
lines.forEach((text, i) => page.drawText(text, { x: 56, y: 780 - i * 20, size: 11, font }));
const bytes = await doc.save({ useObjectStreams: false });
process.stdout.write(`${Buffer.from(bytes).toString('base64').replace(/(.{76})/g, '$1\n')}\n`);
