/**
 * Writes the PDF forms attached to the held-out corpus (test/holdout/pdfs/*.pdf).
 *
 * Deliberately laid out unlike test/corpus's forms: sectioned boxes with the label ABOVE its value
 * (flat forms put the value on the line after the label), tick-box style role lists, and
 * fillable forms whose field names are the software's own (`txt_…`), not the printed labels.
 * Fixed dates so a rerun changes as little as possible.
 *
 * Run: npx tsx scripts/make-holdout-pdfs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'holdout', 'pdfs');
const FIXED_DATE = new Date('2027-01-04T08:30:00Z');

interface Box {
  label: string;
  /** AcroForm field name (fillable forms only). */
  field: string;
  value: string;
}

interface Section {
  heading: string;
  boxes: Box[];
}

interface HoldoutForm {
  file: string;
  title: string;
  preamble: string[];
  sections: Section[];
  fillable: boolean;
  footer: string[];
}

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size: number): void {
  page.drawText(s, { x, y, size, font });
}

/** One form: each section a heading bar, each box a label line and a value line beneath it. */
async function renderForm(spec: HoldoutForm): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setAuthor('Practice admin');
  doc.setProducer('Holdout form writer');
  doc.setCreator('Holdout form writer');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  text(page, bold, spec.title, 40, 800, 13);
  let y = 780;
  for (const p of spec.preamble) {
    text(page, font, p, 40, y, 9);
    y -= 13;
  }
  for (const section of spec.sections) {
    y -= 8;
    page.drawRectangle({ x: 36, y: y - 4, width: 523, height: 16, color: rgb(0.85, 0.88, 0.95) });
    text(page, bold, section.heading, 40, y, 10);
    y -= 22;
    for (const b of section.boxes) {
      text(page, font, b.label, 44, y, 9);
      y -= 16;
      if (spec.fillable) {
        const tf = form.createTextField(b.field);
        tf.addToPage(page, { x: 44, y: y - 4, width: 420, height: 15, font });
        if (b.value !== '') tf.setText(b.value);
      } else if (b.value === '') {
        page.drawLine({ start: { x: 44, y: y - 2 }, end: { x: 300, y: y - 2 }, thickness: 0.5 });
      } else {
        text(page, font, b.value, 44, y, 10);
      }
      y -= 18;
    }
  }
  if (spec.fillable) form.updateFieldAppearances(font);
  y -= 10;
  for (const f of spec.footer) {
    text(page, font, f, 40, y, 8);
    y -= 11;
  }
  return doc.save({ useObjectStreams: false });
}

const GPP_PREAMBLE = [
  'PCSE Online - GP Payments and Pensions: nomination of a Practice User Administrator',
  'To be completed by the practice and authorised by one of the organisation approvers.',
  'Queries: PCSE customer support 0333 014 2884 (example contact: Ms A N Other, do not nominate).',
];

const OE_PREAMBLE = [
  'OPEN EXETER - CERVICAL SCREENING - PRIMARY USER NOMINATION',
  'Authorised signatories: Lead GP, GP Partner, Caldicott Guardian, existing Primary Contact,',
  'member of the Board of Directors, existing Primary User. Sign at the bottom of this page.',
];

const OE_FOOTER = ['Return to: pcse.openexeter@nhs.net   |   Form OE-PU v4 (2026)'];

export const HOLDOUT_FORMS: HoldoutForm[] = [
  {
    file: 'gpp-nomination-c82044-acroform.pdf',
    title: 'GPP Practice User Administrator - Nomination',
    preamble: GPP_PREAMBLE,
    fillable: true,
    footer: ['Page 1 of 1'],
    sections: [
      { heading: 'Section 1 - Organisation', boxes: [
        { label: 'Organisation name', field: 'txt_org_name', value: 'Castle Mead Health Centre' },
        { label: 'Organisation code (ODS)', field: 'txt_org_code', value: 'c82044' },
      ] },
      { heading: 'Section 2 - Person being nominated', boxes: [
        { label: 'Forename(s) and surname', field: 'txt_nom_name', value: 'Bethany Quarshie' },
        { label: 'NHSmail address', field: 'txt_nom_mail', value: 'Bethany.Quarshie@nhs.net' },
        { label: 'Job title', field: 'txt_nom_job', value: 'Finance Officer' },
      ] },
      { heading: 'Section 3 - Organisation approver', boxes: [
        { label: 'Approver name', field: 'txt_appr_name', value: 'Dr Hamish Dunmore' },
        { label: 'Position held', field: 'txt_appr_pos', value: 'Senior Partner' },
        { label: 'Approver email', field: 'txt_appr_mail', value: 'hamish.dunmore@nhs.net' },
        { label: 'Signature', field: 'txt_appr_sig', value: 'H. Dunmore' },
        { label: 'Date', field: 'txt_date', value: '04/01/2027' },
      ] },
    ],
  },
  {
    file: 'gpp-nomination-j83021-flat-unsigned.pdf',
    title: 'GPP Practice User Administrator - Nomination',
    preamble: GPP_PREAMBLE,
    fillable: false,
    footer: ['Page 1 of 1'],
    sections: [
      { heading: 'Section 1 - Organisation', boxes: [
        { label: 'Organisation name', field: '', value: 'Wrekin View Surgery' },
        { label: 'Organisation code (ODS)', field: '', value: 'J83021' },
      ] },
      { heading: 'Section 2 - Person being nominated', boxes: [
        { label: 'Forename(s) and surname', field: '', value: 'Callum Ashdown' },
        { label: 'NHSmail address', field: '', value: 'callum.ashdown@nhs.net' },
        { label: 'Job title', field: '', value: 'Assistant Practice Manager' },
      ] },
      { heading: 'Section 3 - Organisation approver', boxes: [
        { label: 'Approver name', field: '', value: 'Dr Nkechi Obiora' },
        { label: 'Position held', field: '', value: 'GP Partner' },
        { label: 'Approver email', field: '', value: 'nkechi.obiora@nhs.net' },
        { label: 'Signature', field: '', value: '' },
        { label: 'Date', field: '', value: '05/01/2027' },
      ] },
    ],
  },
  {
    file: 'pcn-nomination-u55123-flat.pdf',
    title: 'PCN User Administrator - ICB Approval',
    preamble: [
      'PCSE Online - Primary Care Network user administrator request',
      'For PCNs with no user administrator: approval by an ICB approver on the NHSE Authorised Email List.',
    ],
    fillable: false,
    footer: ['Page 1 of 1'],
    sections: [
      { heading: 'PCN', boxes: [
        { label: 'PCN name', field: '', value: 'Tyne Riverside PCN' },
        { label: 'PCN code', field: '', value: 'U55123' },
      ] },
      { heading: 'Nominated user administrator', boxes: [
        { label: 'Name', field: '', value: 'Ravinder Sohal' },
        { label: 'Email', field: '', value: 'ravinder.sohal@nhs.net' },
      ] },
      { heading: 'ICB approval', boxes: [
        { label: 'Approver name', field: '', value: 'Gwendolyn Ashcroft' },
        { label: 'Role', field: '', value: 'Head of Primary Care Contracting, North East and North Cumbria ICB' },
        { label: 'Email', field: '', value: 'gwendolyn.ashcroft@nhs.net' },
        { label: 'Signature', field: '', value: 'G Ashcroft' },
      ] },
    ],
  },
  {
    file: 'oe-primary-b86017-acroform.pdf',
    title: 'Open Exeter Primary User Nomination',
    preamble: OE_PREAMBLE,
    fillable: true,
    footer: OE_FOOTER,
    sections: [
      { heading: 'A. Organisation', boxes: [
        { label: 'Organisation type (GP practice / other)', field: 'txt_orgtype', value: 'GP practice' },
        { label: 'Name', field: 'txt_orgname', value: 'Kirkstall Lane Medical Practice' },
        { label: 'ODS code', field: 'txt_ods', value: 'B86017' },
      ] },
      { heading: 'B. Proposed Primary User', boxes: [
        { label: 'Full name', field: 'txt_pu_name', value: 'Oksana Hrytsenko' },
        { label: 'Email', field: 'txt_pu_email', value: 'oksana.hrytsenko@nhs.net' },
      ] },
      { heading: 'C. Authorised signatory', boxes: [
        { label: 'Name', field: 'txt_sig_name', value: 'Dr Fergus McAllister' },
        { label: 'Role (Lead GP / GP Partner / Caldicott Guardian / ...)', field: 'txt_sig_role', value: 'Lead GP' },
        { label: 'Signature', field: 'txt_sig', value: 'F McAllister' },
        { label: 'Date', field: 'txt_sig_date', value: '06/01/2027' },
      ] },
    ],
  },
  {
    file: 'oe-primary-colposcopy-flat.pdf',
    title: 'Open Exeter Primary User Nomination',
    preamble: OE_PREAMBLE,
    fillable: false,
    footer: OE_FOOTER,
    sections: [
      { heading: 'A. Organisation', boxes: [
        { label: 'Organisation type (GP practice / other)', field: '', value: 'Other - hospital colposcopy clinic' },
        { label: 'Name', field: '', value: 'Fenland Women\'s Health Colposcopy Unit' },
      ] },
      { heading: 'B. Proposed Primary User', boxes: [
        { label: 'Full name', field: '', value: 'Marguerite Oyelaran' },
        { label: 'Email', field: '', value: 'marguerite.oyelaran@nhs.net' },
      ] },
      { heading: 'C. Authorised signatory', boxes: [
        { label: 'Name', field: '', value: 'Mr Desmond Achterberg' },
        { label: 'Role (Lead GP / GP Partner / Caldicott Guardian / ...)', field: '', value: 'Caldicott Guardian' },
        { label: 'Signature', field: '', value: 'D. Achterberg' },
        { label: 'Date', field: '', value: '07/01/2027' },
      ] },
    ],
  },
  {
    file: 'oe-primary-k84031-unsigned.pdf',
    title: 'Open Exeter Primary User Nomination',
    preamble: OE_PREAMBLE,
    fillable: true,
    footer: OE_FOOTER,
    sections: [
      { heading: 'A. Organisation', boxes: [
        { label: 'Organisation type (GP practice / other)', field: 'txt_orgtype', value: 'GP practice' },
        { label: 'Name', field: 'txt_orgname', value: 'Saltmarsh Surgery' },
        { label: 'ODS code', field: 'txt_ods', value: 'K84031' },
      ] },
      { heading: 'B. Proposed Primary User', boxes: [
        { label: 'Full name', field: 'txt_pu_name', value: 'Tegan Rowbotham' },
        { label: 'Email', field: 'txt_pu_email', value: 'tegan.rowbotham@nhs.net' },
      ] },
      { heading: 'C. Authorised signatory', boxes: [
        { label: 'Name', field: 'txt_sig_name', value: 'Dr Imogen Castellanos' },
        { label: 'Role (Lead GP / GP Partner / Caldicott Guardian / ...)', field: 'txt_sig_role', value: 'GP Partner' },
        { label: 'Signature', field: 'txt_sig', value: '' },
        { label: 'Date', field: 'txt_sig_date', value: '08/01/2027' },
      ] },
    ],
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const f of HOLDOUT_FORMS) {
    writeFileSync(join(OUT, f.file), await renderForm(f));
    console.log(`wrote ${f.file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
