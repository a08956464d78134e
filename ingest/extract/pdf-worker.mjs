// Runs inside a long-lived worker thread with a memory limit (see pdf-form.ts, time-limited-pool.ts): reads PDFs
// one at a time, each message `{ id, request }` (the bytes) answered with `{ id, result }`, so a hostile PDF can exhaust only this thread,
// never the ingest process. The parent times each document out and replaces a thread that hangs or dies.
import Module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// pdf.js requires @napi-rs/canvas when it is imported, only to polyfill what rendering needs; reading text and
// form fields never renders, and OCR renders in a child process of its own (ocr-process.mjs). Refused here, so the
// thread, resident for the whole of a backlog drain, never holds the canvas library.
/** What pdf.js gets instead: placeholders for the three classes it polyfills at import. */
class TextOnlyDOMMatrix {
  static textOnly = true;
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
}
const textOnlyCanvas = { DOMMatrix: TextOnlyDOMMatrix, ImageData: class TextOnlyImageData { static textOnly = true; }, Path2D: class TextOnlyPath2D { static textOnly = true; } };
const loadModule = Module._load;
Module._load = function load(request, ...rest) {
  if (request === '@napi-rs/canvas') return textOnlyCanvas;
  return loadModule.call(this, request, ...rest);
};

// pdf.js's legacy build carries core-js, and both its halves (pdf.mjs, and pdf.worker.mjs loaded by the fake worker)
// replace Array.prototype.push in this thread with a JavaScript polyfill: Node 20's V8 does not throw on a push of
// nothing onto an array whose length is read-only, a corner core-js tests for. Every push pdf.js makes then ran
// through it, ~7 % of a read. Only that corner differs, and neither pdf.js nor this file freezes an array's length,
// so the native push is put back once both halves are loaded.
const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { OPS } = pdfjs;

// One pdf.js "fake worker" (its parser, in this thread) for every document the thread reads: getDocument would
// otherwise set up a new one per document.
const pdfJsWorker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
await pdfJsWorker.promise;
Object.defineProperty(Array.prototype, 'push', nativePush);

/** OCR's limits, from pdf-form.ts (PDF_OCR). */
const OCR = workerData?.ocr ?? null;
/** Scanned pages are left for the OCR service (`ocrPending`): this thread never starts the OCR child. */
const DEFER_SCANS = workerData?.deferScans === true;

// pdf.js warns through console for every odd object; the parent captures stdout/stderr without reading them
// (a long-lived thread), so say nothing rather than let hostile PDFs fill that buffer.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => {};

/**
 * pdf-lib, loaded with the first form pdf.js does not read alone (fieldsFromPdfJs: an encrypted one, a radio group,
 * a list, a signature), so a thread that sees only text forms never holds it.
 */
let pdfLib = null;

async function readFields(data) {
  pdfLib ??= await import('pdf-lib');
  const { PDFDocument, ParseSpeeds, PDFName, PDFTextField, PDFCheckBox, PDFDropdown, PDFRadioGroup, PDFOptionList, PDFSignature } = pdfLib;
  const doc = await PDFDocument.load(data, { ignoreEncryption: false, updateMetadata: false, throwOnInvalidObject: false, parseSpeed: ParseSpeeds.Fastest });
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

/**
 * A form made in Adobe's designer names every field by its place in the XFA tree
 * ("topmostSubform[0].Page1[0].TextField1[0]"): the field is "TextField1", which says nothing, and its printed label
 * is what it holds.
 */
function withoutDesignerPath(name) {
  if (!/\[\d+\]/.test(name)) return name;
  // The leaf keeps a repeat's number ("TextField1[2]"), so the practice's three "TextField1" stay three fields.
  const parts = name.split('.').map((part, i, all) => (i === all.length - 1 ? part.replace(/\[0\]$/, '') : part.replace(/\[\d+\]/g, '')));
  return parts.filter((part) => !/^(?:topmost ?subform|form\d*|page\d+|#?subform\d*|#pageSet|#area)$/i.test(part)).join('.') || name;
}

/**
 * Field names that say nothing of what the field holds: a tool's numbering ("Text1", "Text Field 3") or Acrobat's
 * auto-detected first word of the label, repeated with a count ("Name", "Name_2", "Email 1"). Such a field is read
 * under the label printed beside it on the page instead.
 */
function uninformativeNames(fields) {
  // "TextField1[2]" is the third "TextField1": its own name is "TextField1".
  const own = (n) => withoutDesignerPath(n).replace(/\[\d+\]$/, '');
  const base = (n) => own(n).replace(/[\s_#-]*\d+$/, '').toLowerCase();
  const counts = new Map();
  for (const f of fields) counts.set(base(f.name), (counts.get(base(f.name)) ?? 0) + 1);
  const oneWord = (f) => /^[a-z]+$/i.test(base(f.name));
  // Acrobat's naming shows in its repeats; on such a form a one-word name is a label's first word ("Role").
  const acrobat = fields.some((f) => oneWord(f) && (counts.get(base(f.name)) ?? 0) > 1);
  // A numbered group of tick boxes ("chkSignatoryRole_0" … "_4") says which question, never which answer: the option
  // printed beside the ticked box is.
  const numberedBox = (f) => f.type === 'checkbox' && /[\s_#-]*\d+$/.test(own(f.name)) && (counts.get(base(f.name)) ?? 0) > 1;
  const numbered = (f) => /^(?:text|text ?field|textfield|text ?box|field|fill|untitled|undefined|check ?box|check)[\s_#-]*\d*$/i.test(own(f.name));
  // A form named in its designer's shorthand ("PU_FN", "Sgn_Nm", "OE_Prac_Cd") says too little in most names: every
  // field is read under its printed label, which the names' few whole words would not match.
  if (fields.length >= 4 && fields.filter((f) => abbreviated(own(f.name))).length * 2 >= fields.length) return new Set(fields.map((f) => f.name));
  // A tick box means the option printed beside it ("CapBoard" is "Member of the Board of Directors"), under its question.
  // Acrobat names the rest after their labels ("Role in the practice"), which says nothing of the section heading them.
  // "B_Position", "A2_Email": a part's letter says which part, and only the page says what part B is.
  const partCoded = (f) => /^[A-Z]\d{0,2}_/.test(own(f.name));
  const sharedConcepts = conceptsNamedTwice(fields, own);
  return new Set(fields.filter((f) => numbered(f) || acrobat || partCoded(f) || numberedBox(f) || f.type === 'checkbox' || sharedConcepts.has(personConcept(own(f.name)))).map((f) => f.name));
}

/**
 * A form with two people's boxes named only for what each holds ("Full name" and "Name", "NHS email address" and
 * "Email address"): the names cannot say whose is whose, the printed labels and headings over them can.
 */
function personConcept(name) {
  // Acrobat counts a label it meets again ("Full name_2"): the count says which box, not what it holds.
  const n = name.replace(/[\s_#-]*\d+$/, '').replace(/[\s_-]+/g, ' ').trim();
  if (/^(?:full |first |print(?:ed)? )?name$/i.test(n)) return 'name';
  if (/^(?:nhs ?|nhsmail )?e-?mail(?: address)?$/i.test(n)) return 'email';
  if (/^(?:position|role|job title|designation)$/i.test(n)) return 'role';
  return null;
}

/** The person concepts two or more fields of one form are named for (see personConcept). */
function conceptsNamedTwice(fields, own) {
  const counts = new Map();
  for (const f of fields) {
    const c = personConcept(own(f.name));
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([c]) => c));
}

/** Words a field name spells out whole when it says what the field holds. */
const WHOLE_WORD = /^(?:name|names|full|first|last|fore|forename|forenames|surname|family|given|middle|title|e?mail|address|addr|line|street|town|city|county|postcode|post|code|zip|tele?phone|phone|tel|mobile|fax|ods|org|organi[sz]ation|practice|surgery|pharmacy|branch|site|main|new|existing|current|old|previous|user|users|admin|administrator|nominee|applicant|primary|contact|contract|contractor|holder|sign|signed|signature|signatory|signer|date|dated|role|job|position|capacity|designation|lead|gp|partner|caldicott|guardian|board|director|member|manager|reason|permission|permissions|access|type|kind|service|details|number|no|id|username|yes|additional|replacement|approver|approved|authorised|authorized|authoriser|print|printed|check|box|tick|option|declaration|confirm|comments|notes|other)$/i;

/** A name in shorthand only: not one whole word ("PU_FN", "Sgn_Nm"). */
function abbreviated(name) {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/).filter(Boolean);
  return words.length > 0 && !words.some((w) => WHOLE_WORD.test(w));
}

/**
 * The printed label beside each named widget (the nearest text to its left on its line, else just above it) and the
 * heading over it (the nearest line above the label that has no widget of its own): `{ [fieldName]: { label, heading } }`.
 */
async function readLayout(doc, names, pageItems) {
  const out = {};
  for (let n = 1; n <= Math.min(doc.numPages, LAID_OUT_PAGES); n++) {
    const page = await doc.getPage(n);
    const widgets = (await page.getAnnotations()).filter((a) => a.subtype === 'Widget' && a.fieldName && Array.isArray(a.rect));
    // A real form has tens of boxes; matching is widgets × text items, so a page of thousands is not laid out.
    if (!widgets.some((w) => names.has(w.fieldName)) || widgets.length > 300) continue;
    const items = (pageItems.get(n) ?? [])
      .filter((i) => typeof i.str === 'string' && i.str.trim())
      .map((i) => ({ s: i.str.trim(), x: i.transform[4], y: i.transform[5], w: i.width ?? 0 }));
    const onWidgetRow = (i) => widgets.some((w) => i.y >= w.rect[1] - 4 && i.y <= w.rect[3] + 2 && i.x + i.w <= w.rect[0] + 4);
    const onBoxRow = (i) => widgets.some((w) => w.checkBox && i.y >= w.rect[1] - 4 && i.y <= w.rect[3] + 2);
    // The questions the tick boxes answer: a text box below the options ("Full name" under "I confirm that I am (tick
    // one)" and its rows of roles) sits in the section over them all, not under one option or the question.
    const questions = new Set();
    const pending = [];
    for (const w of widgets) {
      if (!names.has(w.fieldName) || out[w.fieldName] || pending.some((p) => p.name === w.fieldName)) continue;
      const [x1, y1, x2, y2] = w.rect;
      // A tick box stands before its option ("[ ] GP Partner"), under the question it answers ("Role (tick one)"):
      // the option is what a ticked box says, and the question is its label's heading.
      const option = w.checkBox ? items.filter((i) => i.y >= y1 - 4 && i.y <= y2 + 2 && i.x >= x2 - 4).sort((a, b) => a.x - b.x)[0] : undefined;
      if (option) {
        const question = items.filter((i) => i.y > option.y + 2 && !onBoxRow(i)).sort((a, b) => a.y - b.y)[0];
        out[w.fieldName] = { label: option.s.replace(/[:*\s]+$/, ''), heading: question?.s ?? null, option: true };
        if (question) questions.add(question);
        continue;
      }
      const left = items.filter((i) => i.y >= y1 - 4 && i.y <= y2 + 2 && i.x + i.w <= x1 + 4).sort((a, b) => b.x + b.w - (a.x + a.w))[0];
      const above = left ? null : items.filter((i) => i.y > y2 && i.y <= y2 + 20 && i.x < w.rect[2] && i.x + i.w > x1 - 4).sort((a, b) => a.y - b.y)[0];
      const label = left ?? above;
      if (!label) continue;
      pending.push({ name: w.fieldName, label });
    }
    for (const { name, label } of pending) {
      const above = items.filter((i) => i.y > label.y + 2 && !onWidgetRow(i) && !onBoxRow(i) && !questions.has(i) && i !== label).sort((a, b) => a.y - b.y);
      // A section's paragraph ("I certify that … roles for the practice.") stands between its heading and its boxes:
      // the heading is the nearest line that reads as one, not the paragraph's last line.
      const heading = above.find((i) => !SENTENCE_LINE.test(i.s)) ?? above[0];
      out[name] = { label: label.s.replace(/[:*\s]+$/, ''), heading: heading?.s ?? null };
    }
  }
  return out;
}

/** A line of running text, not a heading: it ends a sentence or clause, or is as long as a wrapped paragraph's line. */
const SENTENCE_LINE = /[.,;]$|^.{90,}$/;

/** A page with fewer visible characters than this in its text layer is a candidate scan. */
const SCAN_TEXT_CHARS = 20;

/**
 * The form's fields as readFields gives them, from the document pdf.js has already parsed, so pdf-lib need not
 * load it a second time. Only text fields, tick boxes and buttons are read here; null (pdf-lib reads the form) for
 * any other field, a signed document, or a catalogue pdf.js could not walk.
 */
async function fieldsFromPdfJs(doc, flags) {
  let objects;
  try {
    objects = await doc.getFieldObjects();
  } catch {
    return null;
  }
  // formInfo itself is not exposed. A signature is pdf-lib's to report, also where pdf.js counts a form whose only
  // field is one as document signatures and lists no fields.
  if (flags?.IsSignaturesPresent !== false) return null;
  if (!objects) return flags.IsAcroFormPresent === false ? { fields: [] } : null;
  const fields = [];
  for (const [name, list] of Object.entries(objects)) {
    // A field's own dictionary and its widgets come typeless and typed; a name with no typed entry is only the
    // parent of other fields, which pdf-lib does not list either.
    const widgets = list.filter((o) => o && o.type);
    if (widgets.length === 0) continue;
    const { type, value, exportValues } = widgets[0];
    if (type === 'text') fields.push({ name, type: 'text', value: typeof value === 'string' && value !== '' ? value : null });
    else if (type === 'checkbox') fields.push({ name, type: 'checkbox', value: typeof value === 'string' && value !== 'Off' && (!exportValues || value === exportValues) ? 'yes' : null });
    else if (type === 'button') fields.push({ name, type: 'other', value: null });
    // pdf.js gives a radio group's raw state ("1", where pdf-lib maps it through /Opt to "Practice Manager"), a
    // list's first choice only, and no /V for a signature: those forms are pdf-lib's to read.
    else return null;
  }
  return { fields };
}

/** pdf.js's IsAcroFormPresent and IsSignaturesPresent for the document, or null when it cannot say. */
async function formFlags(doc) {
  try {
    return (await doc.getMetadata()).info ?? null;
  } catch {
    return null;
  }
}

/** `readFormFields(doc, flags)` gives `{ fields }` or `{ encrypted: true }`, once pdf.js has the document. */
async function readText(data, id, deadlineAt, pdf, readFormFields) {
  const loading = pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.ERRORS, worker: pdfJsWorker });
  let doc = null;
  try {
    doc = await loading.promise;
    // pdf.js opens a document encrypted with an empty user password as if it were not; the trailer's /Encrypt,
    // which it reports, is what pdf-lib would refuse the document for, and the case says "encrypted" either way.
    const flags = await formFlags(doc);
    if (flags?.EncryptFilterName) return { encrypted: true };
    const result = await readPages(doc);
    const text = result.text;
    const drawn = UNSIGNED_LOOKING.test(text) && !flags?.IsAcroFormPresent ? await drawnByHand(doc).catch(() => undefined) : undefined;
    const form = await readFormFields(doc, flags);
    if (form.encrypted) return { encrypted: true };
    const { fields } = form;
    const unnamed = uninformativeNames(fields);
    const layout = unnamed.size > 0 ? await readLayout(doc, unnamed, result.items).catch(() => ({})) : undefined;
    if (!OCR) return { fields, text, layout, drawn };
    const scanned = [];
    for (const p of result.pages ?? []) {
      if (p.text.replace(/\s+/g, '').length >= SCAN_TEXT_CHARS) continue;
      if (await pageHasImageLazy(doc, p.num)) scanned.push(p.num);
    }
    if (scanned.length === 0) return { fields, text, layout, drawn };
    if (DEFER_SCANS) return { fields, text, layout, drawn, ocrPending: scanned };
    const pages = scanned.slice(0, OCR.maxPages);
    const skipped = scanned.slice(OCR.maxPages);
    const ocr = await import('./ocr-process.mjs');
    // The parent's clock was set for text; OCR gets its own budget (and the start-up of its process and tesseract,
    // when cold), cut to what the message's deadline leaves, so out of time means pages "not read in time", not a
    // killed thread.
    const wanted = OCR.budgetMs + (ocr.ocrProcessIsWarm() ? 0 : OCR.startupMs);
    const left = typeof deadlineAt === 'number' ? deadlineAt - Date.now() - OCR.marginMs : Infinity;
    const budgetMs = Math.max(0, Math.min(wanted, left));
    parentPort.postMessage({ id, extend: budgetMs + OCR.marginMs });
    const read = await ocr.ocrPagesInChild(pdf, pages, { deadlineAt: Date.now() + budgetMs, scale: OCR.scale, minConfidence: OCR.minConfidence });
    return {
      fields,
      layout,
      text: [text.replace(/\n-- \d+ of \d+ --\n?/g, '\n').trim(), read.text].filter(Boolean).join('\n\n'),
      source: 'ocr',
      ocr: { pages, confidence: read.confidence, lines: read.lines, signature: read.signature, unreadablePages: [...read.unreadablePages, ...skipped], outOfTimePages: read.outOfTimePages },
    };
  } finally {
    // Not awaited: the document's teardown (~0.3 ms) runs after the answer is posted, not before it.
    void (doc ?? loading).destroy().catch(() => {});
  }
}

/** Pages whose text items are kept for laying out a form's fields (readLayout): the PCSE forms are one or two. */
const LAID_OUT_PAGES = 4;

/**
 * Every page's text, as pdf-parse's getText gives it (the extraction rules were written against that: a new line
 * where the baseline moves, a tab between cells of one line, "-- n of N --" after each page), from one
 * getTextContent a page; the first pages' items are kept so readLayout need not read them again.
 */
async function readPages(doc) {
  const pages = [];
  const items = new Map();
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const viewport = page.getViewport({ scale: 1 });
    const typed = await typedOver(page).catch(() => []);
    const pageText = joinTextItems(inReadingOrder(typed.length > 0 ? [...content.items, ...typed] : content.items, viewport), viewport);
    pages.push({ num: n, text: pageText });
    text += `${pageText}\n\n-- ${n} of ${doc.numPages} --\n\n`;
    if (n <= LAID_OUT_PAGES) items.set(n, content.items);
    page.cleanup();
  }
  return { text, pages, items };
}

/**
 * A flat form typed over with a viewer's text tool (Preview's or Acrobat's "Add text"): each answer is a FreeText
 * annotation, not page text. Its lines become text items where the box stands, so the answers are read beside or
 * under their printed labels like values typed into the page.
 */
async function typedOver(page) {
  const items = [];
  for (const a of await page.getAnnotations()) {
    const text = a.subtype === 'FreeText' ? (a.contentsObj?.str ?? '').trim() : '';
    if (!text || !Array.isArray(a.rect)) continue;
    const [x1, y1, x2, y2] = a.rect;
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    const step = (y2 - y1) / Math.max(1, lines.length);
    const size = Math.max(6, Math.min(14, step * 0.7));
    lines.forEach((line, i) => {
      const y = y2 - (i + 1) * step + (step - size) / 2;
      items.push({ str: line.trim(), dir: 'ltr', width: Math.min(x2 - x1, line.length * size * 0.5), height: size, transform: [size, 0, 0, size, x1 + 2, y], fontName: 'annotation', hasEOL: true });
    });
  }
  return items;
}

/**
 * A flattened or "Fill & Sign" form writes the page's printed labels first and the typed values after them, each
 * value placed beside or under its label: in the file's order every value comes after every label, and a reader of
 * lines cannot pair them. Such a page (more than a few pieces of text written back on lines already passed) is
 * read in the order a person reads it: line by line down the page, left to right along each line. Any other page
 * keeps the file's order, which the rules were written against.
 */
function inReadingOrder(items, viewport) {
  // Spaces typed between words are items of their own: dropped, "Kestrel Urgent Care" would read "KestrelUrgentCare".
  // A space item as wide as a table cell's gap is the gap, which the joiner writes as a tab when it is left out.
  const placed = items.filter((item) => 'str' in item && (item.str.trim() !== '' || (item.str !== '' && (item.width ?? 0) <= 7))).map((item) => {
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    return { item, x, y, size: Math.hypot(item.transform[2], item.transform[3]) };
  });
  let lowest = -Infinity;
  let rewritten = 0;
  for (const p of placed) {
    // Back up the page by more than two lines, onto a line some earlier text already sits on.
    // Or just under a label passed already (a value typed in the box below its label), between it and the next label.
    if (p.y < lowest - 30 && placed.some((q) => q !== p && ((Math.abs(q.y - p.y) < 3 && q.x < p.x) || (q.y < p.y && p.y - q.y < 1.6 * Math.max(q.size, p.size, 8) && Math.abs(q.x - p.x) < 4)))) rewritten++;
    lowest = Math.max(lowest, p.y);
  }
  if (rewritten < 3 || secondColumnOfTheSameLabels(placed)) return items;
  // A value typed a little above or below its label's baseline (up to about half a line of its size) is on the
  // label's line; every part of a line takes the line's baseline, so the joiner does not break it again.
  const lines = [];
  for (const p of [...placed].sort((a, b) => a.y - b.y)) {
    const line = lines.find((l) => Math.abs(l.y - p.y) < Math.max(3, 0.6 * Math.max(l.size, p.size)));
    if (line) line.parts.push(p);
    else if (p.item.str.trim()) lines.push({ y: p.y, size: p.size || 10, baseline: p.item.transform[5], parts: [p] });
  }
  // Each line ends where it ends: two lines of an address a line apart are two lines, not run together.
  return lines.flatMap((l) => l.parts.sort((a, b) => a.x - b.x).map((p, i, all) => ({ ...p.item, transform: [...p.item.transform.slice(0, 5), l.baseline], hasEOL: i === all.length - 1 })));
}

/**
 * A page set in two columns that repeat one set of labels ("EXISTING PHARMACY" and "NEW PHARMACY", each with
 * "Pharmacy name", "ODS code", "Address"), drawn a column at a time: the file's order reads each column whole, and
 * lines across the page would run the two columns' values together. A flattened form's values, written back up
 * the page, are not its labels again.
 */
function secondColumnOfTheSameLabels(placed) {
  let lowest = -Infinity;
  const at = placed.findIndex((p) => {
    const backs = p.y < lowest - 30;
    lowest = Math.max(lowest, p.y);
    return backs;
  });
  if (at < 0) return false;
  const words = (p) => p.item.str.trim();
  const firstPass = new Set(placed.slice(0, at).map(words).filter((w) => /^[A-Za-z][A-Za-z ()/&'-]{3,40}$/.test(w)));
  const repeated = placed.slice(at).filter((p) => firstPass.has(words(p)));
  if (new Set(repeated.map(words)).size < 2) return false;
  // Labels over their values, a line each: a column read whole keeps each label over its value. Labels beside their
  // values ("Address  4 Bridge Street") are lines of the page already, read across as a table's rows.
  const besideValue = repeated.filter((p) => placed.some((q) => q !== p && Math.abs(q.y - p.y) < 3 && q.x > p.x && words(q)));
  return besideValue.length * 2 < repeated.length;
}

/** Points either side of a column's start within which a cell is in that column. */
const COLUMN_SLACK = 12;

/** Points between two pieces of a line that make them two cells (pdf-parse 2's cell threshold). */
const CELL_GAP = 7;

/**
 * A table of three columns or more: three or more consecutive lines cut into cells that start at the same few places
 * across the page. Its text items are returned (`inTable`), so the gaps between its cells are read as cells' edges;
 * and, for a row with a cell left empty ("Telephone | | 0115 496 0871"), whose text has no gap where the empty cell
 * is, the items that open a cell after an empty one, with how many empty cells come before them (`before`), so a
 * value keeps its column. (Empty cells at a row's end need no mark: what is there is in its column.)
 */
function tableCells(items, viewport) {
  const allLines = [];
  let line;
  let lastEnd = -Infinity;
  for (const item of items) {
    if (!('str' in item)) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    if (!line || Math.abs(line.y - y) > 4.6) {
      line = { y, cells: [], items: [] };
      allLines.push(line);
      lastEnd = -Infinity;
    }
    line.items.push(item);
    if (item.str.trim()) {
      if (x - lastEnd > CELL_GAP || line.cells.length === 0) line.cells.push({ x, item });
      lastEnd = x + (item.width ?? 0);
    }
    if (item.hasEOL) line = undefined;
  }
  const before = new Map();
  const inTable = new Set();
  // pdf.js's end-of-line marks sit where the next line starts: lines of nothing but such marks are not lines.
  const lines = allLines.filter((l) => l.cells.length > 0);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    // Lines of one cell inside the table (an address's second line under its first, a cell's lines written after its
    // neighbour's) are the table's too, when the table goes on after them.
    const goesOn = (k) => lines.slice(k + 1, k + 5).some((l) => l.cells.length >= 2);
    while (j < lines.length && (lines[j].cells.length >= 2 || (j > i && goesOn(j)))) j++;
    const run = lines.slice(i, j);
    i = j === i ? i + 1 : j;
    if (run.length < 3) continue;
    // Column starts: cell starts that line up on three lines of the run or more. Values typed into a form by hand
    // start a few points either side of where their box does: within COLUMN_SLACK they are one column.
    const starts = [];
    // Only lines of two cells or more say where columns start; a line of one is placed by them.
    for (const c of run.filter((l) => l.cells.length >= 2).flatMap((l) => l.cells).sort((a, b) => a.x - b.x)) {
      const near = starts.find((s) => Math.abs(s.x - c.x) <= COLUMN_SLACK);
      if (near) near.n++;
      else starts.push({ x: c.x, n: 1 });
    }
    // Three cells at least: a page's header and footer at its margins are two lines, not a column.
    const columns = starts.filter((s) => s.n >= 3).map((s) => s.x);
    if (columns.length < 3) continue;
    const columnOf = (x) => columns.findIndex((cx) => Math.abs(cx - x) <= COLUMN_SLACK);
    // A line whose cells start elsewhere ("Our ref: …  Date: …" over the table) is not the table's.
    const fits = run.map((l) => l.cells.every((c) => columnOf(c.x) >= 0));
    for (const [k, l] of run.entries()) {
      if (!fits[k] || fits.slice(Math.max(0, k - 2), k + 3).filter(Boolean).length < 3) continue;
      for (const item of l.items) inTable.add(item);
      let expected = 0;
      for (const c of l.cells) {
        const column = columnOf(c.x);
        if (column > expected) before.set(c.item, column - expected);
        expected = column + 1;
      }
    }
  }
  return { before, inTable };
}

/** pdf-parse 2's getPageText with its defaults (line threshold 4.6, cell threshold 7, tab between cells). */
function joinTextItems(items, viewport) {
  const parts = [];
  let lastX;
  let lastY;
  let lineHeight = 0;
  const table = tableCells(items, viewport);
  for (const item of items) {
    if (!('str' in item)) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    // pdf.js writes the gap between two cells of a table as one space item as wide as the gap: in a table, it is a
    // cell's edge. (Elsewhere the rules read it as the space pdf-parse gave them.)
    let str = table.inTable.has(item) && item.str !== '' && item.str.trim() === '' && !item.hasEOL && (item.width ?? 0) > Math.max(CELL_GAP, item.height ?? 0) ? '\t' : item.str;
    if (table.before.has(item)) str = `${'\t'.repeat(table.before.get(item))}${str}`;
    if (lastY !== undefined && Math.abs(lastY - y) > 4.6) {
      const last = parts.length > 0 ? parts[parts.length - 1] : undefined;
      const startsLine = str.startsWith('\n') || (str.trim() === '' && item.hasEOL);
      if (last?.endsWith('\n') === false && !startsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        parts.push('\n');
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < 4.6 && lastX !== undefined && Math.abs(lastX - x) > CELL_GAP && str !== '\t') str = `\t${str}`;
    parts.push(str);
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) parts.push('\n');
    if (item.hasEOL || str.endsWith('\n')) lineHeight = 0;
  }
  return parts.join('');
}

/**
 * A signature label with no typed text after it but perhaps a date ("Signature", "Signature of authorised signatory",
 * "Signature  Date  07/12/2026"): only
 * then is the page's drawing looked at, which costs an operator list (fonts and images loaded) per page.
 */
const UNSIGNED_LOOKING = /^[ \t]*signature(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Za-z][A-Za-z \t]{2,40}?)?[ \t:]*(?:\t[ \t]*date\b[ \t:]*(?:\t[ \t]*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?)?[ \t]*$/im;

/**
 * Whether the form's first pages carry something drawn by hand: a path of many curves (a signature written with a
 * mouse, a pen or Acrobat's "Fill & Sign", which leave no text). Boxes, lines and rounded corners are a few curves at
 * most. Only asked of a page whose text has a signature label, so a typed value's absence is not taken for no ink.
 */
async function drawnByHand(doc) {
  for (let n = 1; n <= Math.min(doc.numPages, 2); n++) {
    const page = await doc.getPage(n);
    // Signed in a viewer with its pen or signature tool: the ink is an annotation over the page, not its drawing.
    if ((await page.getAnnotations().catch(() => [])).some((a) => a.subtype === 'Ink' || (a.subtype === 'Stamp' && /sign/i.test(a.contentsObj?.str ?? a.subject ?? '')))) return true;
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.constructPath) continue;
      const data = ops.argsArray[i]?.[1]?.[0];
      if (data && curveCount(data) >= HAND_DRAWN_CURVES) return true;
    }
  }
  return false;
}

/** A rounded rectangle has four. */
const HAND_DRAWN_CURVES = 8;

/** Curves in one of pdf.js's path buffers (DrawOPS: moveTo 0 and lineTo 1 take a point, curveTo 2 three, closePath 3 none). */
function curveCount(path) {
  let curves = 0;
  for (let i = 0; i < path.length;) {
    const op = path[i++];
    if (op === 0 || op === 1) i += 2;
    else if (op === 2) {
      i += 6;
      curves++;
    } else if (op !== 3) return curves;
  }
  return curves;
}

async function pageHasImageLazy(doc, n) {
  const page = await doc.getPage(n);
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageXObjectRepeat);
}

async function fieldsOrEncrypted(data) {
  try {
    return { fields: await readFields(data.slice()) };
  } catch (e) {
    if ((pdfLib && e instanceof pdfLib.EncryptedPDFError) || /encrypt/i.test(String(e && e.message))) return { encrypted: true };
    return { fields: [] };
  }
}

async function readOne(bytes, id, deadlineAt) {
  const data = new Uint8Array(bytes);
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return { status: 'not_pdf', text: '', fields: [] };
  const readFormFields = async (doc, flags) => (await fieldsFromPdfJs(doc, flags)) ?? fieldsOrEncrypted(data);
  let fields = [];
  let read = { text: '' };
  try {
    read = await readText(data.slice(), id, deadlineAt, data, readFormFields);
  } catch (e) {
    const name = e && e.name;
    if (name === 'PasswordException' || /password/i.test(String(e && e.message))) return { status: 'encrypted', text: '', fields: [] };
    // What pdf.js cannot open, pdf-lib may: its fields are still the form, and its refusal still says "encrypted".
    const form = await fieldsOrEncrypted(data);
    if (form.encrypted) return { status: 'encrypted', text: '', fields: [] };
    fields = form.fields;
    if (fields.length === 0) return { status: 'unreadable', text: '', fields: [], error: String(e && e.message).slice(0, 200) };
  }
  if (read.encrypted) return { status: 'encrypted', text: '', fields: [] };
  const { layout, fields: readFieldsResult, ...rest } = read;
  if (readFieldsResult) fields = readFieldsResult;
  if (layout) {
    fields = fields.map((f) => (layout[f.name] ? { ...f, label: layout[f.name].label, ...(layout[f.name].heading ? { heading: layout[f.name].heading } : {}), ...(layout[f.name].option ? { option: true } : {}) } : f));
  }
  return { status: 'ok', fields: fields.map((f) => ({ ...f, name: withoutDesignerPath(f.name) })), ...rest };
}

parentPort.on('message', (message) => {
  const id = message && message.id;
  readOne(message && message.request, id, message && message.deadlineAt).then(
    (result) => parentPort.postMessage({ id, result }),
    (e) => parentPort.postMessage({ id, result: { status: 'unreadable', text: '', fields: [], error: String(e && e.message).slice(0, 200) } }),
  );
});

// pdf.js is loaded: from here on the parent's per-document clock is fair. pdf-lib, when a form needs it, loads
// within that document's 3 s (about 0.25 s on a cold 2-core host).
parentPort.postMessage({ ready: true });
