/** Corpus 7 writes its messages with test/corpus's MIME writer, taking its forms from its own pdfs folder. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMessage as buildCorpusMessage, type MessageSpec } from '../../corpus/build/mime.js';

export type { Attachment, MessageSpec } from '../../corpus/build/mime.js';

const PDF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');

export function buildMessage(spec: MessageSpec): string {
  return buildCorpusMessage({ ...spec, pdfDir: spec.pdfDir ?? PDF_DIR });
}
