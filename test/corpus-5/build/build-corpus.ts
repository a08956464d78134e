/**
 * Writes corpus 5 (test/corpus-5/<mailbox>/NNN-slug.eml + .expected.json, and pdfs/).
 * Run: npx tsx test/corpus-5/build/build-corpus.ts
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMessage } from './mime.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portalenquiries } from './portalenquiries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const emails = [...(await portalenquiries()), ...(await datamanager()), ...(await openexeter())];
for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
  const dir = join(ROOT, m);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
}
/** Traits any reader can see from the MIME itself, added to each email's hand-written traits so the counts are consistent. */
function mimeTraits(e: (typeof emails)[number]): string[] {
  const t: string[] = [];
  const m = e.msg;
  if (m.html?.includes('WordSection1')) t.push('outlook-html');
  if (m.html !== undefined && m.text !== undefined) t.push('multipart-alternative');
  if (m.encoding === 'quoted-printable') t.push('quoted-printable');
  if (m.encoding === 'base64') t.push('base64-body');
  if (m.attachments?.some((a) => a.pdf)) t.push('pdf-attached');
  const body = `${m.text ?? ''}\n${m.html ?? ''}`.toLowerCase();
  const addresses = [...JSON.stringify(e.expected.fields).matchAll(/"([^"@\s]+@[^"\s]+)"/g)].map((x) => x[1]!);
  // an expected address found only in a form, a forwarded message/rfc822 part or a Cc header
  if (addresses.some((a) => !body.includes(a))) t.push('value-outside-body');
  if (m.cc) t.push('cc');
  if (!m.topHeaders?.some((h) => h.startsWith('Authentication-Results:') && h.includes('header.from=nhs.net'))) t.push('no-nhsmail-stamp');
  return t;
}

for (const e of emails) {
  e.expected.traits = [...new Set([...e.expected.traits, ...mimeTraits(e)])];
  const base = join(ROOT, e.mailbox, e.slug);
  writeFileSync(`${base}.eml`, buildMessage(e.msg));
  writeFileSync(`${base}.expected.json`, `${JSON.stringify({ mailbox: e.mailbox, ...e.expected }, null, 2)}\n`);
}

// The composition tables in README.md are written from the same data, so they cannot drift.
const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;
const count = <K>(items: K[]) => items.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
const kindOf = (e: (typeof emails)[number]) => (e.expected.ignored ? `unclassified (ignored: ${e.expected.ignored})` : e.expected.kind);
const kinds = [...new Set(emails.map(kindOf))].sort();
const cell = (k: string, m: string) => emails.filter((e) => kindOf(e) === k && e.mailbox === m).length;
const kindRows = kinds.map((k) => `| \`${k}\` | ${MAILBOXES.map((m) => cell(k, m) || '').join(' | ')} | ${emails.filter((e) => kindOf(e) === k).length} |`);
const totals = MAILBOXES.map((m) => emails.filter((e) => e.mailbox === m).length);
const raises = [...count(emails.flatMap((e) => e.expected.mustRaise))].sort();
const traits = [...count(emails.flatMap((e) => e.expected.traits))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const readme = `${readFileSync(join(ROOT, 'build', 'README.head.md'), 'utf8')}
## Composition (${emails.length} emails)
| kind | ${MAILBOXES.join(' | ')} | total |
|---|---:|---:|---:|---:|
${kindRows.join('\n')}
| **total** | ${totals.join(' | ')} | ${emails.length} |

| mustRaise | emails |
|---|---:|
${raises.map(([r, n]) => `| \`${r}\` | ${n} |`).join('\n')}

## Traits
| trait | emails |
|---|---:|
${traits.map(([t, n]) => `| \`${t}\` | ${n} |`).join('\n')}
`;
writeFileSync(join(ROOT, 'README.md'), readme);
console.log(`wrote ${emails.length} emails`);
