// OCR of a PDF's image-only pages, inside the OCR child process (ocr-child.mjs): pdf.js renders each page onto an
// @napi-rs/canvas canvas, tesseract.js reads it with the English data shipped in @tesseract.js-data/eng (nothing is
// downloaded), and the signature box is judged by the ink in it. Only that process loads the canvas and tesseract,
// so ingest's own resident memory never carries them (see ocr-process.mjs).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eraseRules, eraseSpecks } from './ocr-rules.mjs';

const require = createRequire(import.meta.url);

/**
 * One tesseract worker, warm for as long as this process lives: the process itself is the unit that ends when
 * scans stop coming (ocr-process.mjs stops it after its idle time), which returns tesseract's WebAssembly heap
 * (~65 MB after one A4 page), the canvas and pdf.js to the system at once.
 */
let tesseract = null;

/**
 * The LSTM-only integer model (`4.0.0_best_int`, 2.9 MB) rather than `4.0.0` (10.9 MB, which adds the legacy engine
 * we never run with OEM 1): the same text and confidence on the scan fixtures, ~75 MB less resident and a faster
 * start (measured in one Node process with a rendered A4 form page: RSS 188 vs 263 MB once started, 1.2 vs 1.9 s).
 */
const MODEL = '4.0.0_best_int';

async function ocrWorker() {
  if (tesseract) return tesseract;
  const { createWorker } = await import('tesseract.js');
  const langPath = join(require.resolve('@tesseract.js-data/eng/package.json'), '..', MODEL);
  // tesseract.js caches the unpacked model by language name only: one folder per model, so a cache left by
  // another model is never loaded in its place.
  const cachePath = join(tmpdir(), `pcse-tesseract-${MODEL}`);
  mkdirSync(cachePath, { recursive: true });
  tesseract = await createWorker('eng', 1, { langPath, cachePath, gzip: true });
  return tesseract;
}

function dropWorker() {
  const w = tesseract;
  tesseract = null;
  if (w) void w.terminate().catch(() => {});
}

/** Whether tesseract is started (the next scan pays no start-up). */
export function ocrWorkerIsWarm() {
  return tesseract !== null;
}

function withDeadline(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), ms); })]).finally(() => clearTimeout(timer));
}

/**
 * Reads `pageNumbers` of the pdf.js document by OCR within `budgetMs` in all (tesseract's start included). Returns
 * the text of the pages read (lines joined), the lines with their confidence, the mean confidence, the pages that
 * could not be read, those of them that ran out of time (`outOfTimePages`; the others were too unclear), and
 * whether a signature box holds ink.
 */
export async function ocrPages(doc, pageNumbers, { budgetMs, scale, minConfidence }) {
  const deadline = performance.now() + budgetMs;
  const lines = [];
  const unreadablePages = [];
  const outOfTimePages = [];
  const confidences = [];
  let signature = 'not_found';
  let worker = budgetMs > 0 ? await withDeadline(ocrWorker(), Math.max(1, deadline - performance.now())) : 'timeout';
  if (worker === 'timeout') { dropWorker(); worker = null; }
  for (const n of pageNumbers) {
    const left = deadline - performance.now();
    if (!worker || left <= 0) { unreadablePages.push(n); outOfTimePages.push(n); continue; }
    const page = await doc.getPage(n);
    let { canvas, context, result, png } = await renderAndRead(doc, page, worker, { scale, rotation: 0 }, deadline);
    // A form scanned sideways onto a landscape page reads as noise: turned a quarter either way, it reads as a form.
    // One fed into the scanner upside down reads as noise too: turned half a turn, it reads.
    const landscape = canvas.width > canvas.height;
    for (const rotation of landscape ? [90, 270] : [180]) {
      if (result === 'timeout' || (result.data.confidence ?? 0) / 100 >= minConfidence || deadline - performance.now() <= 0) break;
      const turned = await renderAndRead(doc, page, worker, { scale, rotation }, deadline);
      if (turned.result !== 'timeout' && (turned.result.data.confidence ?? 0) > (result.data.confidence ?? 0)) {
        doc.canvasFactory.destroy({ canvas, context });
        ({ canvas, context, result, png } = turned);
      } else {
        doc.canvasFactory.destroy({ canvas: turned.canvas, context: turned.context });
        if (turned.result === 'timeout') result = 'timeout';
      }
    }
    // A phone's photo or a grey scan (shadow, low contrast) reads poorly as drawn: drawn again as black ink on white,
    // each pixel against its own neighbourhood, it may read better. Only such pages pay for a second reading, and the
    // better of the two is kept; the signature box is still judged on the page as drawn.
    let readFrom = result;
    // The image the kept reading was made from (the page as drawn, or as ink on paper, or without its rules).
    let readFromPng = png;
    if (result !== 'timeout' && (result.data.confidence ?? 0) / 100 < SECOND_READING_BELOW && deadline - performance.now() > SECOND_READING_MIN_MS) {
      const cleaned = await readInkOnPaper(doc, canvas, context, worker, deadline);
      if (cleaned === 'timeout') {
        // The first reading stands; the worker stuck on the second is not reused.
        dropWorker();
        worker = null;
        // More letters read well, and no row of the form lost: a shaded column of labels can go to white with the
        // shadow, and the values beside it then answer nothing.
      } else if (wellReadLetters(cleaned.result) > wellReadLetters(result) * BETTER_READING_GAIN && wellReadRows(cleaned.result) >= wellReadRows(result)) ({ result: readFrom, png: readFromPng } = cleaned);
    }
    // A form printed as a ruled table (each row boxed in): tesseract may take rows for pictures and drop them whole,
    // reading the rest well, so nothing above reads it again. Read once more with the rules erased (ocr-rules.mjs); the
    // reading is kept only when it has rows the first dropped. What is left of a rule erased unevenly reads as specks
    // at the ends of lines and letters nicked where they touch one, so a reading that only reads more letters, on the
    // rows the first read too, is no better.
    if (worker && result !== 'timeout' && deadline - performance.now() > SECOND_READING_MIN_MS) {
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const rules = eraseRules(image);
      if (rules.horizontal >= RULED_TABLE.across && rules.vertical >= RULED_TABLE.down) {
        const unruledPng = pngOf(doc, image);
        const unruled = await withDeadline(worker.recognize(unruledPng, {}, { text: true, blocks: true }), Math.max(1, deadline - performance.now()));
        if (unruled === 'timeout') {
          dropWorker();
          worker = null;
        } else if (rowsRestored(unruled, readFrom)) {
          readFrom = unruled;
          readFromPng = unruledPng;
        }
      }
    }
    // Values written in boxes to the right of their labels, by hand or in a script face: tesseract's single-block
    // layout runs such rows together or drops them, and the page reads patchily. Read as a column of lines of
    // different sizes (page segmentation mode 4), it may read whole; the fuller reading is kept.
    if (worker && result !== 'timeout' && readsPatchily(readFrom) && deadline - performance.now() > SECOND_READING_MIN_MS) {
      const column = await readAsColumn(readFromPng, worker, deadline);
      if (column === 'timeout') {
        dropWorker();
        worker = null;
      } else if (wellReadLetters(column) > wellReadLetters(readFrom) * BETTER_READING_GAIN) readFrom = column;
    }
    if (result === 'timeout') {
      // Out of time mid-page (noise takes longest); the stuck worker is not reused.
      dropWorker();
      worker = null;
      unreadablePages.push(n);
      outOfTimePages.push(n);
      release(doc, canvas, context, page);
      continue;
    }
    const pageLines = (readFrom.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    const read = pageLines
      .map((l) => ({ page: n, text: l.text.replace(/\s+/g, ' ').trim(), confidence: Math.round(l.confidence) / 100 }))
      .filter((l) => l.text);
    // The page is as readable as its better reading: ink on paper scores lower overall for the specks it leaves at a
    // photo's edges, while reading more of the form.
    const confidence = Math.max(readFrom.data.confidence ?? 0, result === 'timeout' ? 0 : result.data.confidence ?? 0) / 100;
    if (confidence < minConfidence || read.length === 0) {
      unreadablePages.push(n);
    } else {
      confidences.push(confidence);
      lines.push(...read);
      const words = pageLines.flatMap((l) => l.words);
      const s = signatureInk(context.getImageData(0, 0, canvas.width, canvas.height), words);
      if (s !== 'not_found' && signature !== 'signed') signature = s;
    }
    release(doc, canvas, context, page);
  }
  const confidence = confidences.length ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 100) / 100 : 0;
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence, unreadablePages, outOfTimePages, signature };
}

/**
 * How much of a page tesseract read with confidence: the letters of its words read at 75 % or more. Two readings of
 * one page are compared by it, not by their mean confidence, which specks at the edges pull down.
 */
function wellReadLetters(result) {
  let letters = 0;
  for (const block of result.data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) for (const word of line.words) {
    if (word.confidence >= 75) letters += (word.text.match(/[\p{L}\d@]/gu) ?? []).length;
  }
  return letters;
}

/** tesseract.js's own page segmentation (one uniform block of text), and the column layout tried on a patchy page. */
const BLOCK_LAYOUT = '6';
const COLUMN_LAYOUT = '4';
/** How much more a second reading (ink on paper, or as a column) must read well to be kept over the first. */
const BETTER_READING_GAIN = 1.15;

/** A reading whose mean confidence is low, or a quarter of whose lines read under 50 %. */
function readsPatchily(result) {
  const lines = (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  if (lines.length === 0) return true;
  const poor = lines.filter((l) => l.confidence < 50).length;
  return (result.data.confidence ?? 0) < 80 || poor * 4 >= lines.length;
}

async function readAsColumn(png, worker, deadline) {
  await worker.setParameters({ tessedit_pageseg_mode: COLUMN_LAYOUT });
  const read = await withDeadline(worker.recognize(png, {}, { text: true, blocks: true }), Math.max(1, deadline - performance.now()));
  // A worker stuck past its deadline is dropped by the caller; a live one goes back to the block layout.
  if (read !== 'timeout') await worker.setParameters({ tessedit_pageseg_mode: BLOCK_LAYOUT });
  return read;
}

/**
 * Whether a second reading has rows the first dropped: lines of two words or more read at 80 % or better, three more
 * of them and half as many again as the first reading had.
 */
function rowsRestored(second, first) {
  const before = wellReadRows(first);
  const after = wellReadRows(second);
  return after >= before + 3 && after >= before * 1.5;
}

/** Lines of two words or more read at 80 % or better: a form's rows, read. */
function wellReadRows(result) {
  return (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).filter((l) => l.confidence >= 80 && l.words.filter((w) => /\p{L}{2}/u.test(w.text)).length >= 2).length;
}

/** Rules across and down a page that make it a ruled table: a few boxed rows, not one box or an underline. */
const RULED_TABLE = { across: 6, down: 2 };

/** Page confidence under which a page is read a second time, drawn as ink on paper. */
const SECOND_READING_BELOW = 0.72;
/** Time a second reading needs at least (an A4 page at 144 dpi takes tesseract one to three seconds). */
const SECOND_READING_MIN_MS = 2500;

/**
 * The page as black ink on white paper, each pixel thresholded against the mean of the square around it (Bradley and
 * Roth's adaptive threshold): a shadow across a photo or a grey scanner background becomes white, and strokes fainter
 * than the paper around them stay; specks of dust, as black as writing once thresholded, are erased. Read by tesseract (the reading, and the image read, or 'timeout'); the canvas as drawn
 * is left as it was.
 */
async function readInkOnPaper(doc, canvas, context, worker, deadline) {
  const { width, height } = canvas;
  const image = context.getImageData(0, 0, width, height);
  const lum = new Float32Array(width * height);
  for (let i = 0; i < lum.length; i++) lum[i] = 0.299 * image.data[i * 4] + 0.587 * image.data[i * 4 + 1] + 0.114 * image.data[i * 4 + 2];
  // Integral image: the sum of any square in four lookups.
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += lum[y * width + x];
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
    }
  }
  const half = Math.max(8, Math.round(width / 32));
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const area = (x1 - x0) * (y1 - y0);
      const sum = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0] + sums[y0 * (width + 1) + x0];
      ink[y * width + x] = lum[y * width + x] * area < sum * 0.85 ? 1 : 0;
    }
  }
  // Thresholding against the neighbourhood makes every speck of dust as black as the writing: they go. So does the
  // shadow along a page's edge (a photocopy's dark border, a photo's background), which it turns into a band of specks
  // read as letters at the start of every line: no form prints in its outermost 2.5 %.
  eraseSpecks(ink, width, height);
  const marginX = Math.round(width * 0.025);
  const marginY = Math.round(height * 0.025);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (x < marginX || x >= width - marginX || y < marginY || y >= height - marginY) ink[y * width + x] = 0;
  }
  const out = context.createImageData(width, height);
  for (let i = 0; i < ink.length; i++) {
    out.data[i * 4] = out.data[i * 4 + 1] = out.data[i * 4 + 2] = ink[i] ? 0 : 255;
    out.data[i * 4 + 3] = 255;
  }
  const png = pngOf(doc, out);
  const result = await withDeadline(worker.recognize(png, {}, { text: true, blocks: true }), Math.max(1, deadline - performance.now()));
  return result === 'timeout' ? result : { result, png };
}

/** The page drawn at `scale`, turned by `rotation` degrees, and tesseract's reading of it (or 'timeout'). */
async function renderAndRead(doc, page, worker, { scale, rotation }, deadline) {
  const viewport = page.getViewport({ scale, rotation });
  const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  const png = canvas.toBuffer('image/png');
  const result = await withDeadline(worker.recognize(png, {}, { text: true, blocks: true }), Math.max(1, deadline - performance.now()));
  return { canvas, context, result, png };
}

/** An image as PNG, drawn on a canvas of its own that is let go at once. */
function pngOf(doc, image) {
  const drawn = doc.canvasFactory.create(image.width, image.height);
  try {
    drawn.context.putImageData(image, 0, 0);
    return drawn.canvas.toBuffer('image/png');
  } finally {
    doc.canvasFactory.destroy(drawn);
  }
}

/** One page at a time: its canvas (8 MB at 144 dpi) and pdf.js's decoded image are let go before the next. */
function release(doc, canvas, context, page) {
  doc.canvasFactory.destroy({ canvas, context });
  page.cleanup();
}

/**
 * Whether the box beside (or below) the "Signature" label holds ink. Box borders and ruled lines are long straight
 * runs and are not ink; scanner speckle is small specks; a signature is strokes, so dark pixels in connected
 * clusters of some size are counted. Returns 'not_found' when no signature label was read.
 */
export function signatureInk(image, words) {
  const label = [...words].reverse().find((w) => /^signature:?$|^signed:?$/i.test(w.text.trim()) );
  if (!label) return 'not_found';
  const { x0, y0, x1, y1 } = label.bbox;
  const h = Math.max(10, y1 - y0);
  // Other words read by OCR in the region are text (a printed caption), not ink; a typed name counts as signed
  // only if it is there, so only the label's own line's words left of the box are masked.
  const regions = [
    { x0: x1 + Math.round(h / 2), y0: y0 - Math.round(1.5 * h), x1: image.width - 10, y1: y1 + Math.round(1.5 * h) },
    { x0: Math.max(0, x0 - h), y0: y1 + Math.round(h / 3), x1: Math.min(image.width - 10, x0 + 30 * h), y1: y1 + 3 * h },
  ];
  let ink = 0;
  for (const r of regions) ink = Math.max(ink, inkIn(image, clamp(r, image)));
  // 0.4 % of a 1,000 × 250 region: a short initialled scrawl at 144 dpi is several times this.
  return ink >= SIGNATURE_INK_PX ? 'signed' : 'blank';
}

/** Stroke pixels (at 144 dpi) that make a box signed: an initialled scrawl is several hundred. */
const SIGNATURE_INK_PX = 250;

function clamp(r, image) {
  return { x0: Math.max(0, r.x0), y0: Math.max(0, r.y0), x1: Math.min(image.width, r.x1), y1: Math.min(image.height, r.y1) };
}

function inkIn(image, r) {
  const w = r.x1 - r.x0;
  const hgt = r.y1 - r.y0;
  if (w <= 0 || hgt <= 0) return 0;
  const dark = new Uint8Array(w * hgt);
  for (let y = 0; y < hgt; y++) {
    for (let x = 0; x < w; x++) {
      const p = ((r.y0 + y) * image.width + (r.x0 + x)) * 4;
      const lum = 0.299 * image.data[p] + 0.587 * image.data[p + 1] + 0.114 * image.data[p + 2];
      dark[y * w + x] = lum < 128 ? 1 : 0;
    }
  }
  // Remove ruled lines: horizontal runs of 60+ px, vertical runs of 50+ px.
  const keep = dark.slice();
  for (let y = 0; y < hgt; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const on = x < w && dark[y * w + x];
      if (on && start < 0) start = x;
      if (!on && start >= 0) { if (x - start >= 60) for (let k = start; k < x; k++) keep[y * w + k] = 0; start = -1; }
    }
  }
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= hgt; y++) {
      const on = y < hgt && dark[y * w + x];
      if (on && start < 0) start = y;
      if (!on && start >= 0) { if (y - start >= 50) for (let k = start; k < y; k++) keep[k * w + x] = 0; start = -1; }
    }
  }
  // Connected clusters (8-neighbour) of 60+ px are strokes; smaller ones are speckle or what is left of a line.
  const seen = new Uint8Array(w * hgt);
  const stack = [];
  let ink = 0;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i] || seen[i]) continue;
    let size = 0;
    seen[i] = 1;
    stack.push(i);
    while (stack.length) {
      const j = stack.pop();
      size++;
      const jx = j % w;
      const jy = (j - jx) / w;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const nx = jx + dx;
        const ny = jy + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= hgt) continue;
        const k = ny * w + nx;
        if (keep[k] && !seen[k]) { seen[k] = 1; stack.push(k); }
      }
    }
    if (size >= 60) ink += size;
  }
  return ink;
}
