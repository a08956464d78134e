// The extraction sandbox's thread (see sandbox.ts): turns one raw email at a time into a typed case and checks its
// DKIM signature. Attached PDFs are read by the parent's PDF pool and DKIM keys looked up by the parent's resolver,
// both asked through mid-job calls, so this thread never loads pdf.js and tests can serve their own keys.
import { parentPort } from 'node:worker_threads';
import type { Mailbox } from '../../core/domain/case.js';
import { applyDkimVerdict } from '../verify-dkim.js';
import { extractCase } from './index.js';
import { WARM_UP_EMAILS, WARM_UP_PASSES } from './warm-up.js';
import type { PdfReadBudget, PdfReadResult } from './pdf-form.js';
import type { ExtractionRequest, ExtractionResult, SandboxCall } from './sandbox.js';

if (!parentPort) throw new Error('sandbox-worker.ts runs only as a worker thread');
const port = parentPort;

// Libraries may warn through console on hostile input; the parent captures this thread's output without reading it.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = () => {};

const pendingCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error & { code?: string }) => void }>();
let nextCall = 1;

function callParent(jobId: number, payload: SandboxCall, transfer: ArrayBuffer[] = []): Promise<unknown> {
  const n = nextCall++;
  return new Promise((resolve, reject) => {
    pendingCalls.set(n, { resolve, reject });
    port.postMessage({ id: jobId, call: { n, payload } }, transfer);
  });
}

async function extract(jobId: number, request: ExtractionRequest): Promise<ExtractionResult> {
  const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
  const readPdf = async (content: Buffer, budget: PdfReadBudget): Promise<PdfReadResult> => {
    const copy = new Uint8Array(content);
    return (await callParent(jobId, { type: 'pdf', data: copy, budget }, [copy.buffer as ArrayBuffer])) as PdfReadResult;
  };
  const resolver = async (name: string, rrtype: string): Promise<string[][]> => (await callParent(jobId, { type: 'dns', name, rrtype })) as string[][];
  try {
    const parsed = await extractCase(raw, {
      mailbox: request.mailbox as Mailbox,
      receivedAt: request.receivedAt ?? undefined,
      trustedAuthServId: request.trustedAuthServId,
      readPdf,
      pdfBudgetMs: request.pdfBudgetMs ?? undefined,
    });
    return { status: 'ok', parsed: await applyDkimVerdict(raw, parsed, { resolver }) };
  } catch (error) {
    const e = error as { code?: unknown; name?: unknown };
    return { status: 'failed', reason: String(e?.code ?? e?.name ?? 'Error') };
  }
}

// The emails the pool posts while the thread warms up wait behind it: their clock starts at "ready".
let line: Promise<void> = warmUp().then(() => port.postMessage({ ready: true }));

port.on('message', (m: { id: number; request?: ExtractionRequest; reply?: { n: number; value?: unknown; error?: string; code?: string } }) => {
  if (m.reply) {
    const pending = pendingCalls.get(m.reply.n);
    pendingCalls.delete(m.reply.n);
    if (m.reply.error !== undefined) pending?.reject(Object.assign(new Error(m.reply.error), m.reply.code ? { code: m.reply.code } : {}));
    else pending?.resolve(m.reply.value);
    return;
  }
  // The pool posts the next emails ahead (EXTRACTION_POOL.depth): they wait here, and run one at a time, in order.
  if (m.request) {
    const { id, request } = m;
    line = line.then(() => extract(id, request)).then((result) => port.postMessage({ id, result }));
  }
});

/** Before the thread counts as ready (the pool's start-up allowance, not an email's clock): see warm-up.ts. */
async function warmUp(): Promise<void> {
  const noKeys = async (): Promise<string[][]> => { throw Object.assign(new Error('warm-up: no DNS'), { code: 'ENOTFOUND' }); };
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const { mailbox, raw } of WARM_UP_EMAILS) {
      await extractCase(raw, { mailbox }).then((parsed) => applyDkimVerdict(raw, parsed, { resolver: noKeys })).catch(() => undefined);
    }
  }
}
