import { once } from 'node:events';
import { createInflate, constants, inflateSync } from 'node:zlib';

/**
 * Decoded bytes one PDF may hold in Flate streams, all streams and nesting levels together. pdf.js decodes into
 * ArrayBuffers, which live outside the V8 heap, so the PDF thread's heap limit does not bound them: a 1 KB
 * flate bomb (two nested FlateDecode layers over 512 MB of zeros) took the process to 500+ MB before the timeout
 * could end the thread. 64 MB holds a 300 dpi A4 colour scan (26 MB) twice over.
 */
export const PDF_MAX_DECODED_BYTES = 64 * 1024 * 1024;

/** Nesting levels of FlateDecode followed: a filter chain of more is not a form. */
const MAX_LAYERS = 4;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

function looksZlib(b: Buffer): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

/**
 * Whether every zlib stream in the PDF, decoded through up to four nested layers, stays within `budget` decoded
 * bytes in total. Decodes as a stream that counts and discards, on libuv's pool (never blocking the event loop),
 * and stops at the budget, so a bomb costs a few MB and milliseconds. Reads the raw bytes, not the PDF's object
 * structure, so streams hidden in object streams or with a lying /Length are counted too.
 */
export async function withinInflateBudget(pdf: Buffer, budget = PDF_MAX_DECODED_BYTES): Promise<boolean> {
  let used = 0;
  let at = 0;
  while (at < pdf.length) {
    const kw = pdf.indexOf(STREAM, at);
    if (kw < 0) break;
    // "endstream" contains "stream": skip it.
    if (kw >= 3 && pdf.subarray(kw - 3, kw).toString('latin1') === 'end') { at = kw + STREAM.length; continue; }
    let start = kw + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf(ENDSTREAM, start);
    const data = pdf.subarray(start, end < 0 ? pdf.length : end);
    at = end < 0 ? pdf.length : end + ENDSTREAM.length;
    if (!looksZlib(data)) continue;
    const decoded = countInflatedSmall(data, budget - used) ?? (await countInflated(data, budget - used));
    used += decoded;
    if (used > budget) return false;
  }
  return true;
}

class OverBudget extends Error {}

async function* oneChunk(b: Buffer): AsyncGenerator<Buffer> {
  yield b;
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** One zlib layer over a source of chunks; stops quietly at invalid data (what follows is not zlib). */
async function* inflateChunks(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  // Sync flush: a truncated stream (common in real PDFs) yields what it holds instead of an error.
  const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
  void (async () => {
    try {
      for await (const chunk of source) {
        if (inflate.destroyed) break;
        if (!inflate.write(chunk)) await Promise.race([once(inflate, 'drain'), once(inflate, 'close')]);
      }
      if (!inflate.destroyed) inflate.end();
    } catch {
      inflate.destroy();
    }
  })();
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch {
    // Not (or no longer) zlib data: what decoded so far is counted.
  } finally {
    inflate.destroy();
  }
}

/**
 * Most PDF streams decode to a few KB, and a zlib stream object per stream cost ~3 ms a PDF (a fifth of reading a
 * flat one). Decoded in one call, capped so the thread is held ~10 ms at most; null when the stream is corrupt,
 * or decodes past the cap or `limit`: `countInflated` then counts it as before, partial output included.
 */
const SMALL_DECODED_BYTES = 4 * 1024 * 1024;

function countInflatedSmall(data: Buffer, limit: number): number | null {
  let total = 0;
  let input = data;
  for (let depth = 1; ; depth++) {
    const room = Math.min(limit - total, SMALL_DECODED_BYTES);
    if (room < 1) return null;
    let decoded: Buffer;
    try {
      decoded = inflateSync(input, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: room });
    } catch {
      return null;
    }
    total += decoded.length;
    if (depth < MAX_LAYERS && looksZlib(decoded)) {
      input = decoded;
      continue;
    }
    return total;
  }
}

/** Bytes the zlib data decodes to through nested zlib layers; `limit + 1` once past `limit` (decoding stops there). */
async function countInflated(data: Buffer, limit: number): Promise<number> {
  let total = 0;
  async function* counted(it: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of it) {
      total += chunk.length;
      if (total > limit) throw new OverBudget();
      yield chunk;
    }
  }
  try {
    let layer = counted(inflateChunks(oneChunk(data)));
    for (let depth = 1; ; depth++) {
      const first = await layer.next();
      if (first.done) return total;
      const rest = prepend(first.value, layer);
      // The first decoded bytes decide whether this layer's output is itself zlib data (a nested FlateDecode).
      if (depth < MAX_LAYERS && looksZlib(first.value)) {
        layer = counted(inflateChunks(rest));
        continue;
      }
      for await (const chunk of rest) void chunk;
      return total;
    }
  } catch (e) {
    if (e instanceof OverBudget) return limit + 1;
    return total;
  }
}
