import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { applyDkimVerdict, type DNSResolver } from '../../../ingest/verify-dkim.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;

/** A resolver serving our one key, counting the lookups. */
function keyServer(): { resolver: DNSResolver; lookups: string[] } {
  const lookups: string[] = [];
  const resolver: DNSResolver = async (name, type) => {
    lookups.push(`${type} ${name}`);
    if (type === 'TXT' && name === 's1._domainkey.nhs.net') return [[record]];
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  };
  return { resolver, lookups };
}

async function signed(raw: Buffer): Promise<Buffer> {
  const result = await dkimSign(raw, { signatureData: [{ signingDomain: 'nhs.net', selector: 's1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }] } as never);
  return Buffer.concat([Buffer.from(result.signatures), raw]);
}

async function verdict(raw: Buffer, resolver: DNSResolver) {
  const parsed = await extractCase(raw, { mailbox: 'portalenquiries' });
  return (await applyDkimVerdict(raw, parsed, { resolver })).authentication;
}

describe('applyDkimVerdict', () => {
  it('says an unsigned message has no signature without asking DNS for a key', async () => {
    const { resolver, lookups } = keyServer();
    const auth = await verdict(buildRequestEmail({}).raw, resolver);
    expect(auth?.verdict).toBe('fail');
    expect(auth?.details).toBe('no DKIM signature and no trusted Authentication-Results');
    expect(lookups).toEqual([]);
  });

  it('verifies a signature whose field name is written in lower case with a blank before the colon', async () => {
    const { resolver, lookups } = keyServer();
    const raw = await signed(buildRequestEmail({}).raw);
    const text = raw.toString('latin1');
    expect(text.startsWith('DKIM-Signature:')).toBe(true);
    const respelt = Buffer.from(text.replace(/^DKIM-Signature:/, 'dkim-signature :'), 'latin1');
    expect((await verdict(raw, resolver))?.verdict).toBe('pass');
    expect((await verdict(respelt, resolver))?.verdict).toBe('pass');
    expect(lookups.length).toBeGreaterThanOrEqual(2);
  });

  it('still reports a signature that does not verify, rather than no signature', async () => {
    const { resolver } = keyServer();
    const raw = (await signed(buildRequestEmail({}).raw)).toString('latin1').replace('Please unlock it.', 'Please delete it.');
    const auth = await verdict(Buffer.from(raw, 'latin1'), resolver);
    expect(auth?.verdict).toBe('fail');
    expect(auth?.details).toMatch(/^DKIM (fail|neutral)/);
  });
});
