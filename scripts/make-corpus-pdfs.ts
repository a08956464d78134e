/**
 * Writes the PDF forms attached to the validation corpus (test/corpus/pdfs/*.pdf).
 *
 * Two styles, as practices really send them: flat text PDFs (a form printed to PDF, data in the
 * page text) and fillable AcroForm PDFs (data only in the form fields, not in the page text).
 * Output is deterministic (fixed dates and ids) so re-running does not churn the committed files.
 *
 * Run: npx tsx scripts/make-corpus-pdfs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'corpus', 'pdfs');
const FIXED_DATE = new Date('2026-11-01T09:00:00Z');

interface FormField {
  label: string;
  name: string;
  value: string;
}

interface FormSpec {
  file: string;
  title: string;
  intro: string[];
  fields: FormField[];
  /** Fillable AcroForm (values in fields) or flat text (values printed on the page). */
  fillable: boolean;
  /** Text printed on a second page (e.g. guidance notes with other names that are not the nominee). */
  page2?: string[];
}

/** Writes one line of text and returns the next y position. */
function drawLine(page: PDFPage, font: PDFFont, text: string, y: number, size = 10): number {
  page.drawText(text, { x: 50, y, size, font });
  return y - size * 1.8;
}

/** Builds one form as a PDF, flat or fillable. */
async function buildForm(spec: FormSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setProducer('PCSE corpus generator');
  doc.setCreator('PCSE corpus generator');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = drawLine(page, bold, spec.title, 790, 14);
  for (const line of spec.intro) y = drawLine(page, font, line, y, 9);
  y -= 10;
  const form = doc.getForm();
  for (const f of spec.fields) {
    if (spec.fillable) {
      page.drawText(f.label, { x: 50, y, size: 10, font });
      const tf = form.createTextField(f.name);
      tf.addToPage(page, { x: 250, y: y - 4, width: 290, height: 16, font });
      if (f.value !== '') tf.setText(f.value);
      y -= 26;
    } else {
      y = drawLine(page, font, `${f.label} ${f.value === '' ? '______________________' : f.value}`, y, 10);
    }
  }
  if (spec.fillable) form.updateFieldAppearances(font);
  if (spec.page2) {
    const p2 = doc.addPage([595, 842]);
    let y2 = 790;
    for (const line of spec.page2) y2 = drawLine(p2, font, line, y2, 9);
  }
  return doc.save({ useObjectStreams: false });
}

const GPP_INTRO = [
  'GP Payments and Pensions - Practice User Administrator Certification Form',
  'Part A: details of the nominated Practice User Administrator. Part B: authorisation by an organisation approver.',
  'Return the completed form to pcse.portalenquiries@nhs.net',
];

const GPP_GUIDANCE = [
  'Guidance notes',
  'For queries contact the PCSE Customer Support Centre on 0333 014 2884.',
  'Example: Dr Jane Example, jane.example@nhs.net (do not copy).',
];

const OE_INTRO = [
  'Open Exeter - Request for a Primary User (GP Practice)',
  'This form must be signed by an authorised signatory at the bottom of page 1.',
  'Email the completed form to pcse.openexeter@nhs.net',
];

export const FORMS: FormSpec[] = [
  {
    file: 'gpp-cert-a81023-signed.pdf',
    title: 'GPP Practice User Administrator Certification',
    intro: GPP_INTRO,
    fillable: true,
    page2: GPP_GUIDANCE,
    fields: [
      { label: 'Practice name', name: 'PracticeName', value: 'Oakfield Medical Centre' },
      { label: 'Practice ODS code', name: 'PracticeCode', value: 'A81023' },
      { label: 'Nominee full name', name: 'NomineeName', value: 'Siobhán Murphy' },
      { label: 'Nominee email address', name: 'NomineeEmail', value: 'Siobhan.Murphy3@nhs.net' },
      { label: 'Approver name', name: 'ApproverName', value: 'Dr Rajesh Iyer' },
      { label: 'Approver role', name: 'ApproverRole', value: 'GP Partner' },
      { label: 'Approver email', name: 'ApproverEmail', value: 'rajesh.iyer@nhs.net' },
      { label: 'Approver signature', name: 'ApproverSignature', value: 'R Iyer' },
      { label: 'Date', name: 'Date', value: '03/11/2026' },
    ],
  },
  {
    file: 'gpp-cert-b82044-unsigned.pdf',
    title: 'GPP Practice User Administrator Certification',
    intro: GPP_INTRO,
    fillable: true,
    fields: [
      { label: 'Practice name', name: 'PracticeName', value: 'Hollins Lane Surgery' },
      { label: 'Practice ODS code', name: 'PracticeCode', value: 'B82044' },
      { label: 'Nominee full name', name: 'NomineeName', value: 'Gareth Pryce' },
      { label: 'Nominee email address', name: 'NomineeEmail', value: 'gareth.pryce@nhs.net' },
      { label: 'Approver name', name: 'ApproverName', value: 'Dr Helen Ashworth' },
      { label: 'Approver role', name: 'ApproverRole', value: 'Senior Partner' },
      { label: 'Approver email', name: 'ApproverEmail', value: 'helen.ashworth@nhs.net' },
      { label: 'Approver signature', name: 'ApproverSignature', value: '' },
      { label: 'Date', name: 'Date', value: '05/11/2026' },
    ],
  },
  {
    file: 'gpp-cert-c83011-flat.pdf',
    title: 'GPP Practice User Administrator Certification',
    intro: GPP_INTRO,
    fillable: false,
    page2: GPP_GUIDANCE,
    fields: [
      { label: 'Practice name:', name: 'PracticeName', value: 'Castle Street Health Centre' },
      { label: 'Practice ODS code:', name: 'PracticeCode', value: 'c83011' },
      { label: 'Nominee full name:', name: 'NomineeName', value: 'Zoë Fairclough' },
      { label: 'Nominee email address:', name: 'NomineeEmail', value: 'zoe.fairclough@nhs.net' },
      { label: 'Approver name:', name: 'ApproverName', value: 'Dr Emeka Nwosu' },
      { label: 'Approver role:', name: 'ApproverRole', value: 'Lead GP' },
      { label: 'Approver email:', name: 'ApproverEmail', value: 'emeka.nwosu@nhs.net' },
      { label: 'Approver signature:', name: 'ApproverSignature', value: 'E. Nwosu' },
      { label: 'Date:', name: 'Date', value: '07/11/2026' },
    ],
  },
  {
    file: 'oe-primary-y01234-flat.pdf',
    title: 'Open Exeter Primary User Request',
    intro: OE_INTRO,
    fillable: false,
    fields: [
      { label: 'Organisation name:', name: 'OrgName', value: 'Meadowbank Surgery' },
      { label: 'Organisation code:', name: 'OrgCode', value: 'Y01234' },
      { label: 'Primary User name:', name: 'UserName', value: 'Aoife Ó Briain' },
      { label: 'Primary User email:', name: 'UserEmail', value: 'aoife.obriain@nhs.net' },
      { label: 'Authorised signatory name:', name: 'SigName', value: 'Dr Paul Whitcombe' },
      { label: 'Signatory role:', name: 'SigRole', value: 'Caldicott Guardian' },
      { label: 'Signature:', name: 'Signature', value: 'P Whitcombe' },
      { label: 'Date:', name: 'Date', value: '10/11/2026' },
    ],
  },
  {
    file: 'oe-primary-m85066-practice-manager.pdf',
    title: 'Open Exeter Primary User Request',
    intro: OE_INTRO,
    fillable: true,
    fields: [
      { label: 'Organisation name', name: 'OrgName', value: 'Kingsway Family Practice' },
      { label: 'Organisation code', name: 'OrgCode', value: 'M85066' },
      { label: 'Primary User name', name: 'UserName', value: 'Kerry Lomas' },
      { label: 'Primary User email', name: 'UserEmail', value: 'kerry.lomas1@nhs.net' },
      { label: 'Authorised signatory name', name: 'SigName', value: 'Denise Hartley' },
      { label: 'Signatory role', name: 'SigRole', value: 'Practice Manager' },
      { label: 'Signature', name: 'Signature', value: 'D Hartley' },
      { label: 'Date', name: 'Date', value: '11/11/2026' },
    ],
  },
  {
    file: 'oe-primary-n81090-unsigned.pdf',
    title: 'Open Exeter Primary User Request',
    intro: OE_INTRO,
    fillable: true,
    fields: [
      { label: 'Organisation name', name: 'OrgName', value: 'Brookside Medical Practice' },
      { label: 'Organisation code', name: 'OrgCode', value: 'N81090' },
      { label: 'Primary User name', name: 'UserName', value: 'Tomasz Nowak' },
      { label: 'Primary User email', name: 'UserEmail', value: 'tomasz.nowak@nhs.net' },
      { label: 'Authorised signatory name', name: 'SigName', value: 'Dr Fiona Gallagher' },
      { label: 'Signatory role', name: 'SigRole', value: 'Lead GP' },
      { label: 'Signature', name: 'Signature', value: '' },
      { label: 'Date', name: 'Date', value: '12/11/2026' },
    ],
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const spec of FORMS) {
    const bytes = await buildForm(spec);
    writeFileSync(join(OUT, spec.file), bytes);
    console.log(`${spec.file} ${bytes.length} bytes`);
  }
}

await main();
