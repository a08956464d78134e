// The OCR child process (started by ocr-process.mjs, from the PDF worker thread): reads the scanned pages of one PDF
// at a time, each message `{ id, pdf, pages, deadlineAt, scale, minConfidence }` answered with `{ id, result }`
// (ocrPages' result, plus `warm`). It holds pdf.js's renderer, the canvas and tesseract, so ingest never does; it
// ends when its parent lets go of it (idle, killed, or the parent gone: the IPC channel closes).
import { PDFParse } from 'pdf-parse';
import { ocrPages, ocrWorkerIsWarm } from './ocr-pages.mjs';

if (!process.send) throw new Error('ocr-child.mjs runs only as a child process with an IPC channel');

// pdf.js warns through console for every odd object; the parent does not read this process's output.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => {};

async function readPages({ pdf, pages, deadlineAt, scale, minConfidence }) {
  const parser = new PDFParse({ data: pdf });
  try {
    const doc = await parser.load();
    // The parent's deadline is wall-clock time; the module loading and the document's parse above count in it.
    const budgetMs = Math.max(0, deadlineAt - Date.now());
    return await ocrPages(doc, pages, { budgetMs, scale, minConfidence });
  } finally {
    await parser.destroy().catch(() => {});
  }
}

process.on('message', (message) => {
  const id = message?.id;
  readPages(message).then(
    (result) => process.send({ id, result: { ...result, warm: ocrWorkerIsWarm() } }),
    (e) => process.send({ id, error: String(e?.message ?? e).slice(0, 200) }),
  );
});

// The parent stopped it (idle), ended, or was killed: nothing is left to do.
process.on('disconnect', () => process.exit(0));

process.send({ ready: true });
