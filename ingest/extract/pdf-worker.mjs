// Runs inside a long-lived worker thread with a memory limit (see pdf-form.ts, time-limited-pool.ts): reads PDFs
// one at a time, each message `{ id, request }` (the bytes) answered with `{ id, result }`, so a hostile PDF can exhaust only this thread,
// never the ingest process. The parent times each document out and replaces a thread that hangs or dies.
import { parentPort } from 'node:worker_threads';
import { PDFDocument, PDFName, PDFTextField, PDFCheckBox, PDFDropdown, PDFRadioGroup, PDFOptionList, PDFSignature, EncryptedPDFError } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';

// pdf.js warns through console for every odd object; the parent captures stdout/stderr without reading them
// (a long-lived thread), so say nothing rather than let hostile PDFs fill that buffer.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => {};

async function readFields(data) {
  const doc = await PDFDocument.load(data, { ignoreEncryption: false, updateMetadata: false, throwOnInvalidObject: false });
  const fields = [];
  for (const field of doc.getForm().getFields()) {
    const name = field.getName();
    let value = null;
    let type = 'other';
    try {
      if (field instanceof PDFTextField) { type = 'text'; value = field.getText() ?? null; }
      else if (field instanceof PDFCheckBox) { type = 'checkbox'; value = field.isChecked() ? 'yes' : null; }
      else if (field instanceof PDFDropdown || field instanceof PDFOptionList) { type = 'choice'; value = field.getSelected().join(', ') || null; }
      else if (field instanceof PDFRadioGroup) { type = 'radio'; value = field.getSelected() ?? null; }
      else if (field instanceof PDFSignature) { type = 'signature'; value = field.acroField.dict.get(PDFName.of('V')) ? 'signed' : null; }
    } catch { value = null; }
    fields.push({ name, type, value });
  }
  return fields;
}

async function readText(data) {
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    return result.text ?? '';
  } finally {
    await parser.destroy().catch(() => {});
  }
}

async function readOne(bytes) {
  const data = new Uint8Array(bytes);
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return { status: 'not_pdf', text: '', fields: [] };
  let fields = [];
  try {
    fields = await readFields(data.slice());
  } catch (e) {
    if (e instanceof EncryptedPDFError || /encrypt/i.test(String(e && e.message))) return { status: 'encrypted', text: '', fields: [] };
    fields = [];
  }
  let text = '';
  try {
    text = await readText(data.slice());
  } catch (e) {
    const name = e && e.name;
    if (name === 'PasswordException' || /password/i.test(String(e && e.message))) return { status: 'encrypted', text: '', fields: [] };
    if (fields.length === 0) return { status: 'unreadable', text: '', fields: [], error: String(e && e.message).slice(0, 200) };
  }
  return { status: 'ok', text, fields };
}

parentPort.on('message', (message) => {
  const id = message && message.id;
  readOne(message && message.request).then(
    (result) => parentPort.postMessage({ id, result }),
    (e) => parentPort.postMessage({ id, result: { status: 'unreadable', text: '', fields: [], error: String(e && e.message).slice(0, 200) } }),
  );
});

// The libraries are loaded: from here on the parent's per-document clock is fair.
parentPort.postMessage({ ready: true });
