import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import type { DNSResolver } from '../../../ingest/verify-dkim.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';

/**
 * Generated hostile senders (and genuine controls) for the sender-authentication robustness test.
 * Two RSA keys: the genuine nhs.net key (selector s1 on nhs.net only) and an attacker's key, which the
 * test DNS serves for s1 on every other domain, so an attacker's own-domain signature really verifies.
 */
const genuine = generateKeyPairSync('rsa', { modulusLength: 1024 });
const attacker = generateKeyPairSync('rsa', { modulusLength: 1024 });
const record = (key: KeyObject) => `v=DKIM1; k=rsa; p=${key.export({ type: 'spki', format: 'der' }).toString('base64')}`;

export const hostileDnsResolver: DNSResolver = async (name: string, type: string) => {
  const lower = name.toLowerCase();
  if (type === 'TXT' && lower === 's1._domainkey.nhs.net') return [[record(genuine.publicKey)]];
  if (type === 'TXT' && lower.startsWith('s1._domainkey.')) return [[record(attacker.publicKey)]];
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

async function sign(raw: Buffer, domain: string, key: 'genuine' | 'attacker', selector = 's1'): Promise<Buffer> {
  const privateKey = (key === 'genuine' ? genuine : attacker).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const result = await dkimSign(raw, { signatureData: [{ signingDomain: domain, selector, privateKey }] } as never);
  return Buffer.concat([Buffer.from(result.signatures), raw]);
}

export interface SenderVariant {
  name: string;
  /** Controls must authenticate (verdict 'pass', no finding); every other variant must not. */
  control: boolean;
  /** Set when the variant exposes a reported, not yet fixed bug: the test named after it asserts it. */
  knownBug?: string;
  /**
   * The boundary genuinely authenticated the sender's own domain (an attacker's, a subdomain, Gmail): the
   * verdict may be pass, and the sender-trust policy must still flag who is asking.
   */
  ownDomainPass?: boolean;
  /** A control that `pcse parse` cannot clear offline, and the finding it must raise instead (DKIM needs DNS; the directory is not there). */
  offlineFinding?: string;
  build(): Promise<{ raw: Buffer; messageId: string }>;
}

const NHSMAIL_FAIL = 'Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=nhs.net; dkim=none (message not signed) header.d=none; dmarc=fail action=oreject header.from=nhs.net; compauth=fail reason=000';
const nhsmailPass = (domain: string) =>
  `Authentication-Results: spf=pass (sender IP is 40.107.1.1) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain}; dmarc=pass action=none header.from=${domain}; compauth=pass reason=100`;
const NHSMAIL_PASS_TEXT = nhsmailPass('nhs.net');
const FORGED_PASSES = [
  'Authentication-Results: mx.nhs.net; spf=pass smtp.mailfrom=nhs.net; dkim=pass header.d=nhs.net; dmarc=pass header.from=nhs.net',
  nhsmailPass('nhs.net'),
  'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@nhs.net header.s=s1;\r\n       spf=pass (google.com: domain of jo.bloggs@nhs.net designates 52.1.1.1 as permitted sender) smtp.mailfrom=jo.bloggs@nhs.net;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=nhs.net',
];
/** What transit adds above anything the sender wrote (RFC 5321 §4.4: Received is prepended). */
const TRANSIT = 'Received: from mail.example.net (203.0.113.9) by mx.nhs.net with Microsoft SMTP Server (version=TLS1_2); Mon, 2 Mar 2026 10:00:00 +0000';
const RECEIVED_SPF = 'Received-SPF: Pass (protection.outlook.com: domain of nhs.net designates 52.1.1.1 as permitted sender) receiver=protection.outlook.com; client-ip=52.1.1.1; helo=mail.nhs.net; pr=C';
const ARC = [
  'ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none; d=nhs.net; s=arcselector; b=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=nhs.net; s=arcselector; h=From:Subject; bh=AAAA; b=AAAA',
  'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=nhs.net; dmarc=pass action=none header.from=nhs.net; dkim=pass header.d=nhs.net; arc=none',
];

/** Every variant asks for an access change: the held-out set's otherwise ordinary main contact change. */
export const MAIN_CONTACT_CHANGE = 'Hello,\r\n\r\nPlease change our main contact at Riverside Surgery (A81001) to Lucy Webb, lucy.webb@nhs.net.\r\n\r\nThanks,\r\nJo Bloggs\r\nPractice Manager\r\n';
const OPTICIAN_CHANGE = 'Hello,\r\n\r\nPlease change our main contact at Bright Optics (TPA12) to Sam Lens, sam.lens@brightoptics.co.uk.\r\n\r\nThanks,\r\nPat Manager\r\n';

/** The directory the ingest run holds: a GP practice on nhs.net and an optician on its own domain. */
export const HOSTILE_DIRECTORY = [
  { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', email: 'riverside.a81001@nhs.net', source: 'test' },
  { odsCode: 'TPA12', name: 'Bright Optics', type: 'ophthalmic_practice', email: 'info@brightoptics.co.uk', source: 'test' },
];

const email = (name: string, control: boolean, options: Parameters<typeof buildRequestEmail>[0], signWith?: { domain: string; key: 'genuine' | 'attacker'; selector?: string; tamper?: (raw: string) => string }): SenderVariant => ({
  name,
  control,
  async build() {
    const built = buildRequestEmail({ subject: `Change of main contact (${name})`, body: MAIN_CONTACT_CHANGE, ...options });
    if (!signWith) return built;
    const signed = await sign(built.raw, signWith.domain, signWith.key, signWith.selector);
    return { raw: signWith.tamper ? Buffer.from(signWith.tamper(signed.toString('utf8'))) : signed, messageId: built.messageId };
  },
});

/**
 * Bug found by this suite (ingest/extract/sender-auth.ts): with no TRUSTED_AUTHSERV_ID, the first
 * Authentication-Results header is trusted even when it sits below a Received header, i.e. when the
 * boundary stamped none and the sender wrote it (RFC 8601 §5: a receiver prepends its results).
 */
export const TRUSTS_SENDER_RESULTS = 'sender-written Authentication-Results below Received is trusted';

const LOOK_ALIKES = [
  'nhs-net.com', 'nhs.net.co', 'nhsnet.org', 'nhs.net-mail.com', 'nhs.uk.com', 'nhs.net.evil.com', 'nhs.uk.evil.com', 'mail-nhs.net',
  'n\u04bbs.net', // Cyrillic shha
  'nh\u0455.net', // Cyrillic dze
  'nhs.n\u0435t', // Cyrillic ie
  '\u03b7hs.net', // Greek eta
  'nhs.ne\u03c4', // Greek tau
];

/** At least fifty hostile variants and four genuine controls. */
export function buildSenderVariants(): SenderVariant[] {
  const v: SenderVariant[] = [];
  // Forged results below the boundary's own.
  FORGED_PASSES.forEach((p, i) => v.push(email(`lower forged pass ${i} under topmost fail`, false, { extraHeaders: [NHSMAIL_FAIL, p] })));
  FORGED_PASSES.forEach((p, i) => v.push(email(`lower forged pass ${i} under topmost fail and transit`, false, { extraHeaders: [NHSMAIL_FAIL, TRANSIT, p] })));
  // No boundary stamp at all: the only results header sits below transit's Received, so the sender wrote it.
  FORGED_PASSES.forEach((p, i) => v.push({ ...email(`forged pass ${i} below transit, topmost absent`, false, { extraHeaders: [TRANSIT, p] }), knownBug: TRUSTS_SENDER_RESULTS }));
  v.push(email('Received-SPF pass under topmost fail', false, { extraHeaders: [NHSMAIL_FAIL, RECEIVED_SPF] }));
  v.push(email('Received-SPF pass alone', false, { extraHeaders: [TRANSIT, RECEIVED_SPF] }));
  v.push(email('ARC claiming pass under topmost fail', false, { extraHeaders: [NHSMAIL_FAIL, ...ARC] }));
  v.push(email('ARC claiming pass alone', false, { extraHeaders: [TRANSIT, ...ARC] }));
  v.push(email('look-alike result header names', false, {
    extraHeaders: [TRANSIT, 'X-Authentication-Results: mx.nhs.net; dkim=pass; spf=pass; dmarc=pass', 'Authentication-Results-Original: dmarc=pass', 'X-MS-Exchange-Organization-AuthAs: Internal', 'X-MS-Exchange-Organization-AuthSource: mx.nhs.net'],
  }));
  // Two From headers, with and without a genuine-looking pass.
  v.push(email('two From headers (second nhs.net)', false, { from: 'evil@gmail.com', extraHeaders: ['From: Jo Bloggs <jo.bloggs@nhs.net>'] }));
  v.push(email('two From headers (second gmail)', false, { extraHeaders: ['From: Evil <evil@gmail.com>'] }));
  v.push(email('two From headers under a topmost pass', false, { extraHeaders: [nhsmailPass('nhs.net'), 'From: Evil <evil@gmail.com>'] }));
  v.push(email('two From headers with a valid nhs.net signature', false, { extraHeaders: ['From: Evil <evil@gmail.com>'] }, { domain: 'nhs.net', key: 'genuine' }));
  // A genuine signature behind a header too long to verify in time (DKIM is not checked past 2,000 header lines).
  v.push(email('valid nhs.net DKIM behind 2,500 padding header lines', false, { from: 'signed.sender@nhs.net', extraHeaders: Array.from({ length: 2_500 }, (_, i) => `X-Padding-${i}: x`) }, { domain: 'nhs.net', key: 'genuine' }));
  // DKIM by another domain, or a signature that does not verify.
  for (const d of ['evil.com', 'nhs.net.evil.com', 'nhs-net.com', 'gmail.com']) v.push(email(`valid DKIM by ${d}, From nhs.net`, false, {}, { domain: d, key: 'attacker' }));
  v.push(email('nhs.net DKIM, body tampered', false, { from: 'signed.sender@nhs.net' }, { domain: 'nhs.net', key: 'genuine', tamper: (r) => r.replace('to Lucy Webb, lucy.webb@nhs.net', 'to Eve Evil, eve.evil@nhs.net') }));
  v.push(email('nhs.net DKIM, From changed after signing', false, { from: 'signed.sender@nhs.net' }, { domain: 'nhs.net', key: 'genuine', tamper: (r) => r.replace('<signed.sender@nhs.net>', '<jo.bloggs@nhs.net>') }));
  v.push(email('nhs.net DKIM made with the attacker key', false, {}, { domain: 'nhs.net', key: 'attacker' }));
  v.push(email('nhs.net DKIM with an unpublished selector', false, {}, { domain: 'nhs.net', key: 'genuine', selector: 'nokey' }));
  v.push(email('garbage DKIM-Signature claiming nhs.net', false, { extraHeaders: ['DKIM-Signature: v=1; a=rsa-sha256; d=nhs.net; s=s1; c=relaxed/relaxed; h=from:subject; bh=AAAA; b=AAAA'] }));
  v.push(email('evil.com DKIM with a forged pass under topmost fail', false, { extraHeaders: [NHSMAIL_FAIL, FORGED_PASSES[0] as string] }, { domain: 'evil.com', key: 'attacker' }));
  // Display-name tricks.
  for (const [fromName, from] of [['PCSE', 'evil@gmail.com'], ['"jo.bloggs@nhs.net"', 'evil@x.com'], ['PCSE Support (pcse@nhs.net)', 'evil@x.com']] as const) {
    v.push(email(`display name ${fromName} <${from}> unsigned`, false, { fromName, from }));
    v.push({ ...email(`display name ${fromName} <${from}> under a forged lower pass`, false, { fromName, from, extraHeaders: [TRANSIT, FORGED_PASSES[1] as string] }), knownBug: TRUSTS_SENDER_RESULTS });
  }
  v.push(email('uppercase NHS.NET unsigned', false, { from: 'JO.BLOGGS@NHS.NET' }));
  v.push(email('uppercase NHS.NET signed with the attacker key', false, { from: 'JO.BLOGGS@NHS.NET' }, { domain: 'NHS.NET', key: 'attacker' }));
  v.push(email('trailing dot nhs.net. unsigned', false, { from: 'jo.bloggs@nhs.net.' }));
  v.push(email('trailing dot nhs.net. under a forged lower pass', false, { from: 'jo.bloggs@nhs.net.', extraHeaders: [NHSMAIL_FAIL, FORGED_PASSES[0] as string] }));
  // Look-alike domains: unsigned, stamped pass by the boundary (the attacker owns the domain), and signed by it.
  for (const domain of LOOK_ALIKES) {
    const ascii = domainToASCII(domain) || domain;
    v.push(email(`look-alike ${domain} unsigned`, false, { from: `jo.bloggs@${domain}` }));
    v.push(email(`look-alike ${domain} with a genuine boundary pass for it`, false, { from: `jo.bloggs@${domain}`, extraHeaders: [nhsmailPass(ascii)] }));
    v.push(email(`look-alike ${domain} signed by its own domain`, false, { from: `jo.bloggs@${domain}` }, { domain: ascii, key: 'attacker' }));
    if (ascii !== domain) v.push(email(`look-alike ${ascii} (punycode) signed by itself`, false, { from: `jo.bloggs@${ascii}` }, { domain: ascii, key: 'attacker' }));
  }
  // No trusted verdict: the boundary's results are missing, inconclusive, or somewhere the sender wrote them.
  v.push(email('no trusted verdict: no Authentication-Results at all', false, {}));
  v.push(email('no trusted verdict: results only in the body', false, { body: `${NHSMAIL_PASS_TEXT}\r\n\r\n${MAIN_CONTACT_CHANGE}` }));
  v.push(email('no trusted verdict: results only in an attached message', false, {
    contentType: 'multipart/mixed; boundary="b1"',
    body: `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${MAIN_CONTACT_CHANGE}\r\n--b1\r\nContent-Type: message/rfc822\r\n\r\n${nhsmailPass('nhs.net')}\r\nFrom: Jo Bloggs <jo.bloggs@nhs.net>\r\nSubject: original\r\n\r\nOriginal.\r\n--b1--\r\n`,
  }));
  for (const dmarc of ['none', 'temperror', 'permerror']) {
    v.push(email(`no trusted verdict: dmarc=${dmarc} under an spf pass`, false, {
      extraHeaders: [`Authentication-Results: spf=pass (sender IP is 203.0.113.9) smtp.mailfrom=nhs.net; dkim=none (message not signed) header.d=none; dmarc=${dmarc} action=none header.from=nhs.net; compauth=none reason=451`],
    }));
  }
  v.push(email('no trusted verdict: results only below a hop from outside', false, { extraHeaders: [TRANSIT, nhsmailPass('nhs.net')] }));
  // Authenticated, but for the attacker's own domain, while an nhs.net address is shown somewhere else.
  const EVIL = 'evil-example.com';
  const evilPass = nhsmailPass(EVIL);
  const shown = (name: string, options: Parameters<typeof buildRequestEmail>[0]) =>
    v.push({ ...email(name, false, { ...options, extraHeaders: [evilPass, ...(options.extraHeaders ?? [])] }), ownDomainPass: true });
  shown('display name: plain nhs.net address', { fromHeader: `"jo.bloggs@nhs.net" <evil@${EVIL}>` });
  shown('display name: unquoted nhs.net address before the real one', { fromHeader: `jo.bloggs@nhs.net <evil@${EVIL}>` });
  shown('display name: encoded-word (base64) nhs.net address', { fromHeader: `=?utf-8?B?${Buffer.from('jo.bloggs@nhs.net').toString('base64')}?= <evil@${EVIL}>` });
  shown('display name: encoded-word (Q) nhs.net address', { fromHeader: `=?utf-8?Q?Jo_Bloggs_=3Cjo=2Ebloggs=40nhs=2Enet=3E?= <evil@${EVIL}>` });
  shown('display name: bidi override reversing an nhs.net address', { fromHeader: `"Jo Bloggs \u202eten.shn@sggolb.oj" <evil@${EVIL}>` });
  shown('display name: encoded CR/LF smuggling a header', { fromHeader: `=?utf-8?Q?Jo_Bloggs=0D=0ABcc=3A_jo=2Ebloggs=40nhs=2Enet?= <evil@${EVIL}>` });
  shown('display name: just "nhs.net"', { fromHeader: `"NHS.net Support" <evil@${EVIL}>` });
  shown('comment: nhs.net address before the angle address', { fromHeader: `PCSE (jo.bloggs@nhs.net) <evil@${EVIL}>` });
  shown('comment: nhs.net address inside the angle brackets', { fromHeader: `<evil(jo.bloggs@nhs.net)@${EVIL}>` });
  shown('comment: nhs.net after the addr-spec', { fromHeader: `evil@${EVIL} (jo.bloggs@nhs.net)` });
  shown('quoted local part holding an nhs.net address', { fromHeader: `"jo.bloggs@nhs.net"@${EVIL}` });
  shown('quoted local part holding an nhs.net address, angle form', { fromHeader: `Jo Bloggs <"jo.bloggs@nhs.net"@${EVIL}>` });
  shown('obsolete source route through nhs.net', { fromHeader: `Jo Bloggs <@nhs.net:evil@${EVIL}>` });
  shown('obsolete source route, two hops', { fromHeader: `<@mx.nhs.net,@nhs.net:evil@${EVIL}>` });
  shown('percent hack naming nhs.net', { fromHeader: `Jo Bloggs <jo.bloggs%nhs.net@${EVIL}>` });
  shown('bang path naming nhs.net', { fromHeader: `nhs.net!jo.bloggs@${EVIL}` });
  shown('double @ with nhs.net first', { fromHeader: `Jo Bloggs <jo.bloggs@nhs.net@${EVIL}>` });
  shown('group named nhs.net', { fromHeader: `nhs.net: evil@${EVIL};` });
  shown('group holding an nhs.net address', { fromHeader: `NHS Team: jo.bloggs@nhs.net;` });
  shown('group holding nhs.net and the attacker', { fromHeader: `Practice: jo.bloggs@nhs.net, evil@${EVIL};` });
  shown('two mailboxes in From, nhs.net first', { fromHeader: `Jo Bloggs <jo.bloggs@nhs.net>, evil@${EVIL}` });
  shown('two mailboxes in From, nhs.net second', { fromHeader: `evil@${EVIL}, Jo Bloggs <jo.bloggs@nhs.net>` });
  shown('two From headers, nhs.net second', { fromHeader: `evil@${EVIL}`, extraHeaders: ['From: Jo Bloggs <jo.bloggs@nhs.net>'] });
  shown('Resent-From nhs.net', { fromHeader: `Evil <evil@${EVIL}>`, extraHeaders: ['Resent-From: Jo Bloggs <jo.bloggs@nhs.net>', `Resent-Date: ${new Date().toUTCString()}`] });
  shown('Sender nhs.net', { fromHeader: `Evil <evil@${EVIL}>`, extraHeaders: ['Sender: Jo Bloggs <jo.bloggs@nhs.net>'] });
  shown('Reply-To nhs.net', { fromHeader: `Riverside Surgery <evil@${EVIL}>`, extraHeaders: ['Reply-To: jo.bloggs@nhs.net'] });
  // Authenticated for a domain that is not NHSmail.
  for (const sub of ['practice.nhs.net', 'mail.nhs.net', 'nhs.net.nhs.net']) {
    v.push({ ...email(`subdomain ${sub} with a boundary pass for it`, false, { from: `jo.bloggs@${sub}`, extraHeaders: [nhsmailPass(sub)] }), ownDomainPass: true });
  }
  v.push({ ...email('subdomain mail.nhs.net with its own aligned DKIM', false, { from: 'jo.bloggs@mail.nhs.net' }, { domain: 'mail.nhs.net', key: 'attacker' }), ownDomainPass: true });
  v.push({ ...email('personal Gmail with a boundary pass', false, { from: 'riverside.practice.manager@gmail.com', extraHeaders: [nhsmailPass('gmail.com')] }), ownDomainPass: true });
  v.push({ ...email('personal Gmail with aligned DKIM', false, { from: 'riverside.practice.manager@gmail.com' }, { domain: 'gmail.com', key: 'attacker' }), ownDomainPass: true });
  v.push({ ...email('optician domain asking for a GP practice', false, { from: 'pat.manager@brightoptics.co.uk', extraHeaders: [nhsmailPass('brightoptics.co.uk')] }), ownDomainPass: true });
  v.push({ ...email('look-alike optician domain for the optician', false, { from: 'pat.manager@brightoptics.co', body: OPTICIAN_CHANGE, extraHeaders: [nhsmailPass('brightoptics.co')] }), ownDomainPass: true });

  // Genuine controls: these must pass, or the test could not tell a broken check from a strict one.
  v.push({ ...email('control: valid nhs.net DKIM aligned with From', true, { from: 'genuine.one@nhs.net' }, { domain: 'nhs.net', key: 'genuine' }), offlineFinding: 'sender_unauthenticated' });
  v.push({ ...email('control: optician writing from its own domain the directory knows', true, { from: 'pat.manager@brightoptics.co.uk', body: OPTICIAN_CHANGE, extraHeaders: [nhsmailPass('brightoptics.co.uk')] }), offlineFinding: 'sender_not_nhs' });
  v.push(email('control: boundary pass (topmost, NHSmail style)', true, { from: 'genuine.two@nhs.net', extraHeaders: [nhsmailPass('nhs.net')] }));
  v.push(email('control: boundary pass above a lower fail', true, { from: 'genuine.three@nhs.net', extraHeaders: [nhsmailPass('nhs.net'), NHSMAIL_FAIL] }));
  v.push(email('control: valid nhs.net DKIM and a boundary pass', true, { from: 'genuine.four@nhs.net', extraHeaders: [nhsmailPass('nhs.net')] }, { domain: 'nhs.net', key: 'genuine' }));
  return v;
}
