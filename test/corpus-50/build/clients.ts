// The mail clients these writers send from, as header sets and body structures.
import {
  type Attachment, type Part, CRLF, NHSMAIL_DISCLAIMER, attachmentPart, encodeWord, gmailHtml, hex, mailbox, message,
  multipart, outlookHtml, outlookMobileHtml, pick, rfcDate, simpleHtml, textPart,
} from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type Client = 'outlook' | 'owa' | 'outlook_android' | 'iphone' | 'gmail' | 'gmail_app' | 'samsung' | 'webmail' | 'system';
export type Person = [string | null, string];

export const PCSE: Record<Mailbox, Person> = {
  portalenquiries: ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'],
  datamanager: ['PCSE Data Manager', 'pcse.datamanager@nhs.net'],
  openexeter: ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'],
};

export interface MailSpec {
  slug: string;
  mailbox: Mailbox;
  client: Client;
  date: string; // ISO instant, UTC
  from: Person;
  /** Defaults to the PCSE mailbox with its display name; `bare` writes the address only (typed on a phone). */
  to?: Person[] | 'bare';
  cc?: Person[];
  subject: string;
  text: string;
  attachments?: Attachment[];
  /** NHSmail footer appended by the tenant (desktop and web only). */
  disclaimer?: boolean;
  inReplyTo?: string;
  /** Gmail's "On ... wrote:" line, for the HTML quote block. */
  attribution?: string;
  extraHeaders?: [string, string][];
  /** Authentication-Results as EOP writes it for this sender's domain. */
  auth?: 'nhs' | 'gmail' | 'other' | 'none';
}

const SERVERS = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'DB9P265MB', 'AM9P265MB'];

/** A server name as Exchange Online writes it, e.g. LO2P265MB5432. */
const server = (seed: string) => `${pick(`${seed}/srv`, SERVERS)}${String(1000 + (parseInt(hex(`${seed}/num`, 6), 16) % 9000))}`;

function outlookId(seed: string): string {
  const s = server(seed);
  return `<${s}${hex(`${seed}/id`, 24).toUpperCase()}@${s}.GBRP265.PROD.OUTLOOK.COM>`;
}

function uuid(seed: string): string {
  const h = hex(seed, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function gmailId(seed: string): string {
  const raw = Buffer.from(hex(seed, 40), 'hex').toString('base64').replace(/=+$/, '').replace(/\//g, '_');
  return `<CA${raw}@mail.gmail.com>`;
}

function authResults(kind: MailSpec['auth'], from: string, seed: string): [string, string][] {
  const domain = from.split('@')[1] ?? 'nhs.net';
  const ip = `${40 + (parseInt(hex(`${seed}/ip1`, 2), 16) % 60)}.${parseInt(hex(`${seed}/ip2`, 2), 16)}.${parseInt(hex(`${seed}/ip3`, 2), 16)}.${parseInt(hex(`${seed}/ip4`, 2), 16)}`;
  if (kind === 'none') return [];
  if (kind === 'other') {
    return [['Authentication-Results', `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${domain}; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${domain};compauth=softpass reason=201`]];
  }
  return [['Authentication-Results', `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\r\n header.d=${domain};dmarc=pass action=none\r\n header.from=${domain};compauth=pass reason=100`]];
}

const toHeader = (spec: MailSpec): string => {
  if (spec.to === 'bare') return PCSE[spec.mailbox][1];
  const list = spec.to ?? [PCSE[spec.mailbox]];
  return list.map(([n, e]) => mailbox(n, e)).join(', ');
};

function withAttachments(body: Part, spec: MailSpec, outlook: boolean): Part {
  if (!spec.attachments?.length) return body;
  return multipart('mixed', `_004_${hex(`${spec.slug}/mixed`, 32)}_`, [body, ...spec.attachments.map((a) => attachmentPart({ ...a, outlook }))]);
}

/** Builds the RFC 5322 message for one email. */
export function compose(spec: MailSpec): string {
  const seed = spec.slug;
  const date = rfcDate(spec.date);
  const from = mailbox(spec.from[0], spec.from[1]);
  const auth = authResults(spec.auth ?? (spec.from[1].endsWith('@nhs.net') ? 'nhs' : spec.from[1].endsWith('@gmail.com') ? 'gmail' : 'other'), spec.from[1], seed);
  const senderDomain = spec.from[1].split('@')[1] ?? '';
  const n = parseInt(hex(`${seed}/rxn`, 2), 16);
  const external = senderDomain === 'gmail.com'
    ? `mail-ej1-f${n % 80 + 20}.google.com (mail-ej1-f${n % 80 + 20}.google.com [209.85.218.${n % 80 + 20}])`
    : `${senderDomain === 'nhs.net' ? 'mail' : `mail.${senderDomain}`} ([185.132.${n % 200}.${(n * 7) % 250}])`;
  const received: [string, string] = senderDomain === 'nhs.net'
    ? ['Received', `from ${server(`${seed}/rx`)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${hex(`${seed}/rx6`, 3)}::${parseInt(hex(`${seed}/rx7`, 2), 16) % 20 + 5})\r\n by ${server(`${seed}/by`)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`]
    : ['Received', `from ${external}\r\n by AM4PEPF0000${parseInt(hex(`${seed}/fe`, 4), 16) % 9000 + 1000}.eurprd05.prod.outlook.com (10.167.16.${n % 250})\r\n with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.12\r\n via Frontend Transport; ${date}`];
  const cc: [string, string][] = spec.cc?.length ? [['CC', spec.cc.map(([n, e]) => mailbox(n, e)).join(', ')]] : [];
  const reply: [string, string][] = spec.inReplyTo ? [['In-Reply-To', spec.inReplyTo], ['References', spec.inReplyTo]] : [];
  const subject = encodeWord(spec.subject);
  const extra = spec.extraHeaders ?? [];
  const text = spec.disclaimer ? `${spec.text}\n${NHSMAIL_DISCLAIMER}` : spec.text;

  switch (spec.client) {
    case 'outlook':
    case 'owa': {
      const html = spec.client === 'outlook' ? outlookHtml(text) : simpleHtml(text);
      const alt = multipart('alternative', `_000_${hex(`${seed}/alt`, 32)}_`, [
        textPart('plain', text, { cte: 'quoted-printable', charset: /^[\x20-\x7e\n\t]*$/.test(text) ? 'us-ascii' : 'utf-8' }),
        textPart('html', html, { cte: 'quoted-printable', charset: 'utf-8' }),
      ]);
      const body = withAttachments(alt, spec, true);
      const headers: [string, string][] = [
        ...auth,
        received,
        ['From', from],
        ['To', toHeader(spec)],
        ...cc,
        ['Subject', subject],
        ['Thread-Topic', subject],
        ['Thread-Index', Buffer.from(hex(`${seed}/ti`, 44), 'hex').toString('base64')],
        ['Date', date],
        ['Message-ID', outlookId(seed)],
        ...reply,
        ['Accept-Language', 'en-GB, en-US'],
        ['Content-Language', 'en-GB'],
        ['X-MS-Has-Attach', spec.attachments?.length ? 'yes' : ''],
        ['X-MS-TNEF-Correlator', ''],
        ...(spec.client === 'owa' ? [['X-MS-Exchange-Organization-AuthAs', 'Internal'] as [string, string]] : []),
        ...extra,
      ];
      return message(headers, body);
    }
    case 'outlook_android': {
      const alt = multipart('alternative', `_000_${hex(`${seed}/alt`, 32)}_`, [
        textPart('plain', text, { cte: 'quoted-printable', charset: 'utf-8' }),
        textPart('html', outlookMobileHtml(text), { cte: 'quoted-printable', charset: 'utf-8' }),
      ]);
      const body = withAttachments(alt, spec, true);
      return message([
        ...auth,
        received,
        ['From', from],
        ['To', toHeader(spec)],
        ...cc,
        ['Subject', subject],
        ['Thread-Topic', subject],
        ['Thread-Index', Buffer.from(hex(`${seed}/ti`, 44), 'hex').toString('base64')],
        ['Date', date],
        ['Message-ID', outlookId(seed)],
        ...reply,
        ['Accept-Language', 'en-GB, en-US'],
        ['Content-Language', 'en-GB'],
        ['X-MS-Has-Attach', spec.attachments?.length ? 'yes' : ''],
        ['X-MS-TNEF-Correlator', ''],
        ...extra,
      ], body);
    }
    case 'iphone': {
      // iPhone Mail: plain text; with an attachment, the signature comes in a second text part after it.
      let body: Part;
      const sig = '\n\nSent from my iPhone';
      if (spec.attachments?.length) {
        const boundary = `Apple-Mail-${uuid(`${seed}/b`)}`;
        const top = text.endsWith(sig) ? text.slice(0, -sig.length) : text;
        const parts: Part[] = [textPart('plain', top, {})];
        for (const a of spec.attachments) parts.push(attachmentPart({ ...a, apple: true }));
        parts.push(textPart('plain', sig.replace(/^\n/, ''), {}));
        body = multipart('mixed', boundary, parts);
      } else {
        body = textPart('plain', text, {});
      }
      return message([
        ...auth,
        received,
        ['From', mailbox(spec.from[0], spec.from[1], 'Q')],
        ['Subject', subject],
        ['Date', date],
        ['Message-Id', `<${uuid(seed)}@nhs.net>`],
        ...reply,
        ['To', toHeader(spec)],
        ...cc,
        ['X-Mailer', pick(`${seed}/xm`, ['iPhone Mail (22B91)', 'iPhone Mail (21G93)', 'iPhone Mail (22C152)'])],
        ...extra,
      ], body, '1.0 (1.0)');
    }
    case 'gmail':
    case 'gmail_app': {
      const alt = multipart('alternative', `000000000000${hex(`${seed}/alt`, 12)}`, [
        textPart('plain', text, { charset: 'UTF-8', cte: /^[\x20-\x7e\n\t]*$/.test(text) ? '7bit' : 'quoted-printable' }),
        textPart('html', gmailHtml(text, spec.attribution), { charset: 'UTF-8', cte: 'quoted-printable' }),
      ]);
      let body = alt;
      if (spec.attachments?.length) {
        body = multipart('mixed', `000000000000${hex(`${seed}/mix`, 12)}`, [alt, ...spec.attachments.map((a) => attachmentPart(a))]);
      }
      return message([
        ...auth,
        received,
        ['Date', date],
        ...reply,
        ['Message-ID', gmailId(seed)],
        ['Subject', subject],
        ['From', from],
        ['To', toHeader(spec)],
        ...cc,
        ...extra,
      ], body);
    }
    case 'samsung': {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">${text.split('\n').map((l) => (l === '' ? '<div dir="auto"><br></div>' : `<div dir="auto">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`)).join('')}</body></html>\n`;
      const alt = multipart('alternative', `--_com.samsung.android.email_${hex(`${seed}/alt`, 16)}`, [
        textPart('plain', text, { charset: 'UTF-8', cte: 'base64' }),
        textPart('html', html, { charset: 'UTF-8', cte: 'base64' }),
      ]);
      return message([
        ...auth,
        received,
        ['Message-ID', `<${hex(`${seed}/id`, 8)}-${hex(`${seed}/id2`, 4)}.1@email.android.com>`],
        ['Date', date],
        ['Subject', subject],
        ['From', from],
        ['To', toHeader(spec)],
        ...cc,
        ...extra,
      ], alt);
    }
    case 'webmail': {
      const alt = multipart('alternative', `----=_Part_${parseInt(hex(`${seed}/p`, 6), 16)}_${parseInt(hex(`${seed}/q`, 7), 16)}.${parseInt(hex(`${seed}/r`, 10), 16)}`, [
        textPart('plain', text, { charset: 'UTF-8', cte: 'quoted-printable' }),
        textPart('html', simpleHtml(text), { charset: 'UTF-8', cte: 'quoted-printable' }),
      ]);
      const body = withAttachments(alt, spec, false);
      return message([
        ...auth,
        received,
        ['Date', date],
        ['From', from],
        ['To', toHeader(spec)],
        ...cc,
        ['Message-ID', `<${parseInt(hex(`${seed}/m1`, 8), 16)}.${parseInt(hex(`${seed}/m2`, 6), 16)}.${hex(`${seed}/m3`, 6)}@${spec.from[1].split('@')[1]}>`],
        ...reply,
        ['Subject', subject],
        ['X-Mailer', 'Open-Xchange Mailer v8.24.52'],
        ...extra,
      ], body);
    }
    case 'system': {
      const body = textPart('plain', text, { cte: '7bit', charset: 'us-ascii' });
      return message([
        ...auth,
        received,
        ['From', from],
        ['To', toHeader(spec)],
        ['Subject', subject],
        ['Date', date],
        ['Message-ID', `<${hex(`${seed}/sys`, 20)}.${hex(`${seed}/t`, 8)}@oe-notify.exeter.nhs.uk>`],
        ['X-Mailer', 'OpenExeter Notification Service'],
        ...extra,
      ], body);
    }
  }
}

/** An Exchange Online automatic reply (out of office). */
export function outOfOffice(spec: { slug: string; mailbox: Mailbox; date: string; from: Person; subject: string; text: string; inReplyTo: string }): string {
  const seed = spec.slug;
  const alt = multipart('alternative', `_000_${hex(`${seed}/alt`, 32)}_`, [
    textPart('plain', spec.text, { cte: 'quoted-printable', charset: 'us-ascii' }),
    textPart('html', outlookHtml(spec.text), { cte: 'quoted-printable', charset: 'utf-8' }),
  ]);
  return message([
    ...authResults('nhs', spec.from[1], seed),
    ['From', mailbox(spec.from[0], spec.from[1])],
    ['To', mailbox(PCSE[spec.mailbox][0], PCSE[spec.mailbox][1])],
    ['Subject', encodeWord(spec.subject)],
    ['Thread-Topic', spec.subject],
    ['Date', rfcDate(spec.date)],
    ['Message-ID', outlookId(seed)],
    ['In-Reply-To', spec.inReplyTo],
    ['References', spec.inReplyTo],
    ['Auto-Submitted', 'auto-generated'],
    ['X-Auto-Response-Suppress', 'All'],
    ['X-MS-Exchange-Inbox-Rules-Loop', spec.from[1]],
    ['X-MS-Has-Attach', ''],
    ['X-MS-TNEF-Correlator', ''],
    ['Content-Language', 'en-GB'],
  ], alt);
}

/** An Exchange Online non-delivery report (multipart/report) for a reply PCSE sent. */
export function nonDelivery(spec: {
  slug: string; mailbox: Mailbox; date: string; origDate: string; recipient: string; origSubject: string; origMessageId: string;
}): string {
  const seed = spec.slug;
  const human = [
    'Delivery has failed to these recipients or groups:',
    '',
    spec.recipient,
    `The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.`,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    '',
    spec.recipient,
    'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
    '',
    'Original message headers:',
    '',
    `From: PCSE Data Manager <pcse.datamanager@nhs.net>`,
    `To: ${spec.recipient}`,
    `Subject: ${spec.origSubject}`,
    `Date: ${rfcDate(spec.origDate)}`,
    `Message-ID: ${spec.origMessageId}`,
    '',
  ].join('\n');
  const status = [
    'Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    `Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM`,
    `Arrival-Date: ${rfcDate(spec.origDate)}`,
    '',
    `Final-Recipient: rfc822;${spec.recipient}`,
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
  ].join(CRLF);
  const origHeaders = [
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    `To: ${spec.recipient}`,
    `Subject: ${spec.origSubject}`,
    `Date: ${rfcDate(spec.origDate)}`,
    `Message-ID: ${spec.origMessageId}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'MIME-Version: 1.0',
    '',
  ].join(CRLF);
  const report = multipart('report', `_${hex(`${seed}/rep`, 8)}-${hex(`${seed}/rep2`, 4)}-${hex(`${seed}/rep3`, 4)}_`, [
    multipart('alternative', `_${hex(`${seed}/alt`, 8)}-${hex(`${seed}/alt2`, 4)}_`, [
      textPart('plain', human, { cte: 'quoted-printable', charset: 'us-ascii' }),
      textPart('html', `<html><body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p><p><a href="mailto:${spec.recipient}">${spec.recipient}</a><br>The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.</p><p>Diagnostic information for administrators:</p><p>Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM</p><p>${spec.recipient}<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n`, { cte: 'quoted-printable', charset: 'us-ascii' }),
    ]),
    { headers: [['Content-Type', 'message/delivery-status']], body: status },
    { headers: [['Content-Type', 'text/rfc822-headers']], body: origHeaders },
  ], { params: '; report-type=delivery-status' });
  return message([
    ['From', mailbox('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net')],
    ['To', mailbox(PCSE[spec.mailbox][0], PCSE[spec.mailbox][1])],
    ['Date', rfcDate(spec.date)],
    ['Subject', `Undeliverable: ${spec.origSubject}`],
    ['Message-ID', outlookId(seed)],
    ['In-Reply-To', spec.origMessageId],
    ['References', spec.origMessageId],
    ['Auto-Submitted', 'auto-replied'],
    ['X-MS-Exchange-Message-Is-Ndr', ''],
    ['Content-Language', 'en-GB'],
  ], report);
}

export { outlookId, uuid, gmailId };
