/**
 * Writes corpus 6: the forms (pdfs/), then every <mailbox>/NNN-slug.eml with its .expected.json.
 * Run: npx tsx test/corpus-6/build/build-corpus.ts (deterministic; commit source and output together).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Email } from './common.js';
import { TO } from './common.js';
import { datamanager } from './datamanager.js';
import { buildMessage } from './mime.js';
import { forms, openexeter } from './openexeter.js';
import { PDF_DIR, writeForms } from './pdfs.js';
import { portalenquiries } from './portalenquiries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A forwarded message may carry one of our PDFs: its base64 goes where the placeholder is. */
function inlinePdfs(eml: string): string {
  return eml.replace(/@@PDF:([^@]+)@@/g, (_m, file: string) =>
    (readFileSync(join(PDF_DIR, file)).toString('base64').match(/.{1,76}/g) ?? []).join('\n'));
}

async function main(): Promise<void> {
  await writeForms(forms);
  for (const [mailbox, emails] of [['portalenquiries', portalenquiries], ['datamanager', datamanager], ['openexeter', openexeter]] as [string, Email[]][]) {
    const dir = join(ROOT, mailbox);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    emails.forEach((e, i) => {
      const n = String(i + 1).padStart(3, '0');
      const domain = /@([^>]+)>?\s*$/.exec(e.msg.from)?.[1] ?? 'nhs.net';
      const raw = buildMessage({
        ...e.msg,
        to: e.msg.to ?? TO[e.mailbox],
        messageId: e.msg.messageId ?? `<c6-${mailbox}-${n}-${e.slug}@${domain}>`,
        attachments: e.msg.attachments?.map((a) => (a.eml ? { ...a, eml: inlinePdfs(a.eml) } : a)),
        // A third of the mail arrives with bare LF (saved from some clients), the rest CRLF.
        lf: i % 3 === 2,
      });
      writeFileSync(join(dir, `${n}-${e.slug}.eml`), raw);
      const exp = {
        mailbox: e.mailbox,
        kind: e.exp.kind,
        ignored: e.exp.ignored ?? null,
        organisation: e.exp.organisation,
        fields: e.exp.fields,
        mustRaise: e.exp.mustRaise ?? [],
        traits: e.exp.traits,
      };
      writeFileSync(join(dir, `${n}-${e.slug}.expected.json`), `${JSON.stringify(exp, null, 2)}\n`);
    });
    console.log(`${mailbox}: ${emails.length}`);
  }
}

await main();
