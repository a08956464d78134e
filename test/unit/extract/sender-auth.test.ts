import { describe, expect, it } from 'vitest';
import { assessSenderAuthentication } from '../../../ingest/extract/sender-auth.js';

const PASS = 'spf=pass (sender IP is 40.107.1.1) smtp.mailfrom=nhs.net; dkim=pass (signature was verified) header.d=nhs.net; dmarc=pass action=none header.from=nhs.net; compauth=pass reason=100';
const FAIL = 'spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=nhs.net; dkim=none (message not signed) header.d=none; dmarc=fail action=oreject header.from=nhs.net; compauth=fail reason=000';
const h = (key: string, value: string) => ({ key, value });
const judge = (headerLines: { key: string; value: string }[], fromEmail = 'jo.bloggs@nhs.net') =>
  assessSenderAuthentication({ headerLines, fromEmail, fromCount: 1, trustedAuthServId: null });

describe('assessSenderAuthentication (default mode: no authserv-id configured)', () => {
  it('trusts the topmost results above every Received header', () => {
    const r = judge([h('authentication-results', PASS), h('received', 'from mail.example.net (203.0.113.9) by x.mail.protection.outlook.com')]);
    expect(r.authentication.verdict).toBe('pass');
    expect(r.findings).toEqual([]);
  });

  it("trusts results below Exchange Online's own internal hops (how NHSmail stamps them)", () => {
    const r = judge([
      h('received', 'from LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS'),
      h('received', 'from AM3PEPF0000A78E.eurprd04.prod.outlook.com (2603:10a6::1) by LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM'),
      h('authentication-results', FAIL),
      h('received', 'from mail.example.net (203.0.113.9) by AM3PEPF0000A78E.mail.protection.outlook.com'),
    ]);
    expect(r.authentication.verdict).toBe('fail');
    expect(r.findings.map((f) => f.code)).toEqual(['sender_unauthenticated']);
  });

  it('ignores results below a hop that took the message from outside the boundary (the sender wrote them)', () => {
    for (const by of ['mx.nhs.net', 'x.mail.protection.outlook.com', 'mx.example.org']) {
      const r = judge([h('received', `from mail.example.net (203.0.113.9) by ${by}`), h('authentication-results', PASS)]);
      expect(r.authentication.verdict, by).toBe('none');
      expect(r.findings).toEqual([]);
    }
  });

  it('fails trusted results that judged another author domain (header.from is not the From domain)', () => {
    const r = judge([h('authentication-results', PASS)], 'evil@example.com');
    expect(r.authentication.verdict).toBe('fail');
    expect(r.findings.map((f) => f.code)).toEqual(['sender_unauthenticated']);
    expect(judge([h('authentication-results', PASS.replace(/nhs\.net/g, 'gp.nhs.uk'))], 'a.b@gp.nhs.uk').authentication.verdict).toBe('pass');
  });

  it('with an authserv-id configured, reads only the header naming it, wherever it sits', () => {
    const r = assessSenderAuthentication({
      headerLines: [h('received', 'from mail.example.net by mx.example.org'), h('authentication-results', `mx.example.org; ${PASS}`)],
      fromEmail: 'jo.bloggs@nhs.net',
      fromCount: 1,
      trustedAuthServId: 'mx.example.org',
    });
    expect(r.authentication.verdict).toBe('pass');
  });
});
