// Shared furniture for corpus 37: disclaimers, PDF metadata of the tools that make these files, and short-hands
// for rendering a letter or a form to a PDF or to scanned pages.
import { type FormSpec, type LetterSpec, type Values, layoutForm, layoutLetter } from './layout.js';
import { type PdfMeta, measurer, renderPdf, scanPdf } from './pdfs.js';
import { type ScanOpts, canvasMeasure, scanPage } from './scans.js';

export const TRUST_TOP = `OFFICIAL-SENSITIVE

This email and any files transmitted with it are confidential and intended solely for the use of the individual or organisation to whom they are addressed. If you have received this email in error please notify the sender immediately and delete it from your system. Any views or opinions expressed are those of the author and do not necessarily represent those of Calder Valley Community Healthcare NHS Trust. [SECURE] in the subject line means this message is encrypted if it leaves the NHSmail secure boundary.`;

export const TRUST_BOTTOM = `Calder Valley Community Healthcare NHS Trust is committed to protecting your personal information. To find out how we use it, see our privacy notice at www.calderch.nhs.uk/privacy. The Trust monitors email traffic for the purposes of security and staff training. Emails sent to or from the Trust may be disclosable under the Freedom of Information Act 2000.`;

export const ICB_TOP = `CAUTION: This message has been sent from NHS Pennine Vale Integrated Care Board. The information it contains may be subject to legal privilege and is intended only for the named recipient(s). If you are not an intended recipient, you must not copy, distribute or take any action in reliance on it. If you have received it in error, please notify the sender and delete it. Please be aware that the ICB is subject to the Freedom of Information Act 2000 and the contents of this email may be disclosed.`;

export const WB_ICB_TOP = `This email is from NHS Wensum and Broads Integrated Care Board. The information in it is confidential and may be legally privileged. It is intended solely for the addressee(s). Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful.`;

export const CORP_FOOTER = (co: string, reg: string, addr: string) =>
  `This email and any attachments are confidential and may be legally privileged. They are intended solely for the addressee. If you have received this email in error please notify the sender by return and delete it; do not copy, forward or disclose its contents. ${co} accepts no liability for any damage caused by any virus transmitted by this email. ${co} is a company registered in England and Wales, registered number ${reg}. Registered office: ${addr}.`;

export const at = (iso: string) => new Date(iso);

export const WORD = (title: string, author: string, iso: string): PdfMeta => ({ title, author, creator: 'Microsoft\u00ae Word for Microsoft 365', producer: 'Microsoft\u00ae Word for Microsoft 365', date: at(iso) });
export const ACROBAT = (title: string, iso: string): PdfMeta => ({ title, creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date: at(iso) });
export const LIVECYCLE = (title: string, iso: string): PdfMeta => ({ title, creator: 'Adobe LiveCycle Designer 11.0', producer: 'Adobe XML Form Module Library', date: at(iso) });
export const MFD = (device: string, iso: string): PdfMeta => ({ title: '', creator: device, producer: device, date: at(iso) });

export async function letterPdf(spec: LetterSpec, meta: PdfMeta, values: Values = {}): Promise<Buffer> {
  const family = spec.font === 'serif' ? 'times' : 'helvetica';
  return renderPdf(layoutLetter(spec, await measurer(family)), { meta, values, family });
}

export async function formPdf(spec: FormSpec, meta: PdfMeta, values: Values, fieldNames?: Record<string, string>): Promise<Buffer> {
  const family = spec.font === 'serif' ? 'times' : 'helvetica';
  return renderPdf(layoutForm(spec, await measurer(family)), { meta, values, fieldNames, family, valueFont: spec.font === 'serif' ? 'serif' : 'sans', valueSize: spec.font === 'serif' ? 10.5 : 9.5 });
}

export async function scannedLetterPage(spec: LetterSpec, opts: ScanOpts): Promise<Buffer> {
  return scanPage(layoutLetter(spec, canvasMeasure())[0]!, opts);
}

export async function scannedFormPage(spec: FormSpec, opts: ScanOpts, page = 0): Promise<Buffer> {
  return scanPage(layoutForm(spec, canvasMeasure())[page]!, opts);
}

export { scanPdf };
