// Writes corpus 54 (writer AX): every .eml and .expected.json, deterministically. Run: npx tsx test/corpus-54/build/build.ts
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderEml, writeFile, type Attachment, type Message } from './lib.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';
import type { Email } from './types.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: Email[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) rmSync(join(ROOT, m), { recursive: true, force: true });
  const counters: Record<string, number> = {};
  for (const [i, e] of all.entries()) {
    const n = (counters[e.mailbox] = (counters[e.mailbox] ?? 0) + 1);
    const base = join(ROOT, e.mailbox, `${String(n).padStart(3, '0')}-${e.slug}`);
    const to = { portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>', openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>' }[e.mailbox];
    const date = new Date(Date.UTC(2026, 10, 2, 8, 3, 0) + i * 83 * 60_000 + (i % 7) * 17_000).toUTCString().replace('GMT', '+0000');
    const atts: Attachment[] = e.attachments ?? [];
    const msg: Message = { ...e.msg, to: e.msg.to ?? to, date, messageId: `<ax54.${e.mailbox.slice(0, 2)}${n}.${(i * 7919).toString(36)}@${e.msgHost ?? 'GV0P278MB0718.GBRP278.PROD.OUTLOOK.COM'}>`, attachments: atts };
    writeFile(`${base}.eml`, renderEml(msg, 5400 + i));
    writeFile(`${base}.expected.json`, `${JSON.stringify({ mailbox: e.mailbox, ...e.expected }, null, 2)}\n`);
  }
  console.log(`wrote ${all.length} emails`);
}

await main();
