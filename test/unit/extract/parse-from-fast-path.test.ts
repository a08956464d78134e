import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import addrs from 'email-addresses';
import { describe, expect, it } from 'vitest';
import { parseMime } from '../../../ingest/extract/mime.js';
import { fromHeaderInput, plainMailbox } from '../../../ingest/extract/parse-from.js';
import { buildSenderVariants } from '../../robustness/support/hostile-senders.js';

/** What parseFromHeaders reads of `email-addresses`' answer (comments: only those with something in them). */
function strict(input: string): unknown {
  const parsed = addrs({ input, startAt: 'from', rfc6532: true });
  if (!parsed) return null;
  return parsed.addresses.map((a) => (a.type === 'mailbox'
    ? { type: a.type, name: a.name, local: a.local, domain: a.domain, localTokens: a.parts.local.tokens, comments: a.parts.comments.map((c) => c.tokens).filter((t) => t.trim()) }
    : { type: a.type }));
}

function fast(input: string): unknown {
  const parsed = plainMailbox(input);
  return parsed && parsed.addresses.map((a) => ({ type: a.type, name: a.name, local: a.local, domain: a.domain, localTokens: a.parts.local.tokens, comments: a.parts.comments.map((c) => c.tokens) }));
}

async function fromValuesOf(dirs: string[]): Promise<string[]> {
  const values: string[] = [];
  for (const dir of dirs) {
    for (const mailbox of ['portalenquiries', 'datamanager', 'openexeter']) {
      const folder = path.join(dir, mailbox);
      for (const name of (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.eml'))) {
        const mime = await parseMime(await readFile(path.join(folder, name)));
        values.push(...mime.headerLines.filter((h) => h.key === 'from').map((h) => h.value));
      }
    }
  }
  return values;
}

/**
 * parse-from.ts reads the commonest From lines without `email-addresses` (issue 13: the parser was the costliest
 * step of a plain email's headers). Wherever that fast path answers, its answer must be the parser's.
 */
describe('the From fast path answers as email-addresses does', () => {
  it('on every From line of the fixtures, the corpus, the holdout set and the hostile-sender variants', async () => {
    const values = await fromValuesOf(['test/fixtures/emails', 'test/corpus', 'test/holdout']);
    for (const variant of buildSenderVariants()) {
      const { raw } = await variant.build();
      values.push(...(await parseMime(raw)).headerLines.filter((h) => h.key === 'from').map((h) => h.value));
    }
    expect(values.length).toBeGreaterThan(300);
    let answered = 0;
    for (const value of values) {
      const input = fromHeaderInput(value);
      const mine = fast(input);
      if (mine === null) continue;
      answered += 1;
      expect({ value, parsed: mine }).toEqual({ value, parsed: strict(input) });
    }
    // Most real From lines are plain: the fast path is worth having only if it answers them.
    expect(answered / values.length).toBeGreaterThan(0.6);
  });

  it.each([
    'Jo Bloggs <jo.bloggs@nhs.net>', 'jo.bloggs@nhs.net', '<jo.bloggs@nhs.net>', 'Jo   Bloggs <jo@nhs.net>', 'Jo<jo@nhs.net>',
    '"Bloggs, Jo" <jo@nhs.net>', '"Bloggs, Jo (PCN)" <jo@nhs.net>', "O'Brien <o.obrien@nhs.net>", 'JO.BLOGGS@NHS.NET', 'a+b@x-y.nhs.uk',
    // The display name is the parser's too, so the checks after it (an address shown in the name) judge the same.
    '"jo@nhs.net" <evil@gmail.com>', '=?utf-8?q?Jo?= <jo@nhs.net>',
  ])('reads %s', (input) => {
    expect(fast(input)).not.toBeNull();
    expect(fast(input)).toEqual(strict(input));
  });

  it.each([
    'Jo (NHS) <jo@nhs.net>', '"jo.bloggs@nhs.net"@evil.com', '<@evil.com:jo@nhs.net>', 'a@b, c@d.com',
    'Team: jo@nhs.net;', 'Jö <jo@nhs.net>', '"Jo  Bloggs" <jo@nhs.net>', '" Jo" <jo@nhs.net>', 'jo@nhs.net.', 'Jo.B <jo@nhs.net>',
    'jo@[127.0.0.1]', '"Jo\\" <x@y.com>', '<jo@nhs.net> Jo', 'jo@localhost',
  ])('leaves %s to the parser', (input) => {
    expect(fast(input)).toBeNull();
  });
});
