/**
 * Writes corpus 8: the forms (pdfs/), then every <mailbox>/NNN-slug.eml with its .expected.json.
 * Run: npx tsx test/corpus-8/build/build-corpus.ts (deterministic; commit source and output together).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Email } from './common.js';
import { TO } from './common.js';
import { datamanager } from './datamanager.js';
import { buildMessage } from './mime.js';
import { forms, openexeter } from './openexeter.js';
import { writeForms } from './pdfs.js';
import { portalenquiries, portalForms } from './portalenquiries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  await writeForms([...portalForms, ...forms]);
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
        messageId: e.msg.messageId ?? `<c8-${mailbox}-${n}-${e.slug}@${domain}>`,
        // Some mail is saved with bare LF line ends, most with CRLF.
        lf: i % 4 === 3,
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
