/**
 * Writes corpus 7: the forms (pdfs/), every <mailbox>/NNN-<slug>.eml and .expected.json, and README.md (the head in
 * build/README.head.md plus the composition tables counted from the entries). Deterministic.
 *
 * Run: npx tsx test/corpus-7/build/build-corpus.ts
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry, Mailbox } from './common.js';
import { DATAMANAGER } from './datamanager.js';
import { FORMS } from './forms.js';
import { buildMessage } from './mime.js';
import { OPENEXETER } from './openexeter.js';
import { PDF_OUT, writeForm } from './pdfs.js';
import { PORTAL } from './portalenquiries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAILBOXES: Mailbox[] = ['portalenquiries', 'datamanager', 'openexeter'];
export const ENTRIES: Entry[] = [...PORTAL, ...DATAMANAGER, ...OPENEXETER];

function countBy(keys: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function composition(): string {
  const kindOf = (e: Entry) => (e.expected.ignored ? `${e.expected.kind} (ignored: ${e.expected.ignored})` : e.expected.kind);
  const kinds = [...new Set(ENTRIES.map(kindOf))].sort();
  const rows = kinds.map((k) => {
    const per = MAILBOXES.map((m) => ENTRIES.filter((e) => e.mailbox === m && kindOf(e) === k).length);
    return `| \`${k}\` | ${per.map((n) => (n ? String(n) : '')).join(' | ')} | ${per.reduce((a, b) => a + b, 0)} |`;
  });
  const totals = MAILBOXES.map((m) => ENTRIES.filter((e) => e.mailbox === m).length);
  const raise = countBy(ENTRIES.flatMap((e) => e.expected.mustRaise));
  const traits = countBy(ENTRIES.flatMap((e) => e.expected.traits));
  const forms = countBy(FORMS.map((f) => (f.layout === 'scan' ? (f.scan?.photo ? 'scan (phone photo, JPEG)' : 'scan (flatbed, PNG)') : f.layout)));
  return [
    `## Composition (${ENTRIES.length} emails)`,
    '| kind | portalenquiries | datamanager | openexeter | total |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| **total** | ${totals.join(' | ')} | ${ENTRIES.length} |`,
    '',
    '| mustRaise | emails |',
    '|---|---:|',
    ...raise.map(([k, n]) => `| \`${k}\` | ${n} |`),
    '',
    `| attached form layout (${FORMS.length} forms) | forms |`,
    '|---|---:|',
    ...forms.map(([k, n]) => `| ${k} | ${n} |`),
    '',
    '## Traits',
    '| trait | emails |',
    '|---|---:|',
    ...traits.map(([k, n]) => `| \`${k}\` | ${n} |`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  rmSync(PDF_OUT, { recursive: true, force: true });
  for (const form of FORMS) await writeForm(form);
  const used = new Set(ENTRIES.flatMap((e) => e.message?.attachments?.map((a) => a.pdf).filter((x): x is string => !!x) ?? []));
  for (const pdf of readdirSync(PDF_OUT)) if (!used.has(pdf)) throw new Error(`form ${pdf} is attached to no email`);
  for (const pdf of used) if (!FORMS.some((f) => f.file === pdf)) throw new Error(`email attaches ${pdf}, which no form writes`);

  const seen = new Set<number>();
  for (const m of MAILBOXES) rmSync(join(ROOT, m), { recursive: true, force: true });
  for (const e of ENTRIES) {
    if (seen.has(e.n)) throw new Error(`number ${e.n} used twice`);
    seen.add(e.n);
    const base = `${String(e.n).padStart(3, '0')}-${e.slug}`;
    const dir = join(ROOT, e.mailbox);
    mkdirSync(dir, { recursive: true });
    const raw = e.raw ?? (e.message ? buildMessage(e.message) : null);
    if (raw === null) throw new Error(`${base}: no message`);
    writeFileSync(join(dir, `${base}.eml`), raw);
    writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify({ mailbox: e.mailbox, ...e.expected }, null, 2)}\n`);
  }
  const head = readFileSync(join(ROOT, 'build', 'README.head.md'), 'utf8');
  writeFileSync(join(ROOT, 'README.md'), `${head.trimEnd()}\n\n${composition()}`);
  console.log(`wrote ${ENTRIES.length} emails and ${FORMS.length} forms`);
}

await main();
