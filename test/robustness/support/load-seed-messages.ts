import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mailbox } from '../../../core/domain/case.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared external corpora, read in place (never copied into the project: their licences stay with them). */
export const SHARED_CORPORA = path.resolve(PROJECT_ROOT, '../shared/corpora');

export interface SeedMessage {
  /** Path relative to the project root (or to ../shared/corpora, prefixed "corpora/"). */
  name: string;
  raw: Buffer;
  /** The mailbox its folder names, else null (the run picks one from the seed). */
  mailbox: Mailbox | null;
}

const MAILBOXES: Mailbox[] = ['portalenquiries', 'datamanager', 'openexeter'];

function listFiles(dir: string, accept: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, accept));
    else if (accept(full)) out.push(full);
  }
  return out;
}

function mailboxOf(file: string): Mailbox | null {
  return MAILBOXES.find((m) => file.split(path.sep).includes(m)) ?? null;
}

/**
 * The seed messages, in a stable order: the project's own fixtures and corpora, then (when
 * ../shared/corpora exists) mailparser's and postal-mime's hostile fixtures, enmime's malformed
 * messages and parts, and sisimai's bounces and not-bounces. The order must be stable so a seed
 * names the same message on every machine with the same files.
 */
export function loadSeedMessages(options: { includeSharedCorpora?: boolean } = {}): { seeds: SeedMessage[]; sharedCorpora: boolean } {
  const eml = (f: string) => f.endsWith('.eml');
  const own = [
    ...listFiles(path.join(PROJECT_ROOT, 'test/fixtures/emails'), eml),
    ...listFiles(path.join(PROJECT_ROOT, 'test/corpus'), eml),
    ...listFiles(path.join(PROJECT_ROOT, 'test/holdout'), eml),
  ].map((f) => ({ name: path.relative(PROJECT_ROOT, f), raw: readFileSync(f), mailbox: mailboxOf(f) }));
  const shared = options.includeSharedCorpora !== false && existsSync(SHARED_CORPORA);
  const external = shared
    ? listFiles(SHARED_CORPORA, (f) => !/LICENSE|README/i.test(path.basename(f)) && statSync(f).size > 0).map((f) => ({
      name: `corpora/${path.relative(SHARED_CORPORA, f)}`,
      raw: readFileSync(f),
      mailbox: null,
    }))
    : [];
  return { seeds: [...own, ...external], sharedCorpora: shared };
}

/** The sisimai bounce corpus (empty when ../shared/corpora is absent). */
export function loadSisimaiBounces(): SeedMessage[] {
  return listFiles(path.join(SHARED_CORPORA, 'sisimai-bounces'), (f) => f.endsWith('.eml')).map((f) => ({
    name: path.basename(f),
    raw: readFileSync(f),
    mailbox: null,
  }));
}
