import { randomBytes } from 'node:crypto';

/** Builds a plain request email as a practice would send it (CRLF line ends, RFC 5322). */
export function buildRequestEmail(options: {
  from?: string;
  fromName?: string;
  to?: string;
  subject?: string;
  body?: string;
  messageId?: string;
  extraHeaders?: string[];
  /** The whole From header value, as written (hostile-sender tests); overrides `from` and `fromName`. */
  fromHeader?: string;
  contentType?: string;
}): { raw: Buffer; messageId: string } {
  const messageId = options.messageId ?? `<${randomBytes(8).toString('hex')}@nhs.net>`;
  const headers = [
    ...(options.extraHeaders ?? []),
    `From: ${options.fromHeader ?? `${options.fromName ?? 'Jo Bloggs'} <${options.from ?? 'jo.bloggs@nhs.net'}>`}`,
    `To: ${options.to ?? 'portalenquiries@nhs.net'}`,
    `Subject: ${options.subject ?? 'Account locked'}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    `Content-Type: ${options.contentType ?? 'text/plain; charset=utf-8'}`,
  ];
  const body = options.body ?? 'Hello,\r\n\r\nMy PCSE Online account is locked after too many password attempts.\r\nUsername: jo.bloggs@nhs.net\r\nPlease unlock it.\r\n\r\nThanks,\r\nJo Bloggs\r\nRiverside Surgery A81001\r\n';
  return { raw: Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`), messageId };
}

/**
 * A plain-text email from its header lines ("From: …", "To: …", "Subject: …") and body lines, CRLF-joined, with a
 * fixed Message-ID and Date unless given: extraction tests write only what the test is about.
 */
export function plainEmail(headers: string[], body: string[]): Buffer {
  const has = (name: string) => headers.some((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return Buffer.from([
    ...(has('Message-ID') ? [] : ['Message-ID: <plain-email@example.nhs.net>']),
    ...(has('Date') ? [] : ['Date: Fri, 04 Dec 2026 09:00:00 +0000']),
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...body,
  ].join('\r\n'));
}
