// Composes one RFC 5322 message per email definition, with the header sets of the mail clients practices use.
import {
  type Addr, type Part, NHSMAIL_DISCLAIMER, attachment, escapeHtml, fmtAddr, gmailHtml, headerText, hex, multipart,
  outlookHtml, rfc822Part, rfcDate, serialize, textPart,
} from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDR: Record<Mailbox, Addr> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export type Client = 'outlook' | 'android' | 'gmail' | 'iphone' | 'apple' | 'system';

export interface Att { filename: string; data: Buffer; contentType?: string }

export interface EmailDef {
  mailbox: Mailbox;
  n: number;
  slug: string;
  client: Client;
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  subject: string;
  date: string;
  /** The plain-text body as the sender wrote it (the NHSmail footer is added for nhs.net senders using Outlook). */
  text: string;
  /** Send only an HTML part (built from text unless html is given). */
  htmlOnly?: boolean;
  /** Send only a text part. */
  textOnly?: boolean;
  html?: string;
  disclaimer?: boolean;
  cte?: 'qp' | 'b64' | '7bit' | '8bit';
  attachments?: Att[];
  /** A whole message attached as message/rfc822. */
  attachedMessage?: { raw: string; filename?: string };
  extraHeaders?: [string, string][];
  inReplyTo?: string;
  /** Replaces the whole composition (bounces, system notices). */
  raw?: (messageId: string) => string;
  expected: Expected;
}

export const messageIdFor = (d: EmailDef): string => {
  const h = hex(`${d.mailbox}/${d.slug}`, 32);
  switch (d.client) {
    case 'outlook':
    case 'android':
      return `<${h.slice(0, 8).toUpperCase()}${h.slice(8, 16).toUpperCase()}@LO${h.charCodeAt(0) % 9}P265MB${parseInt(h.slice(16, 20), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'gmail':
      return `<CA+${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`;
    case 'iphone':
    case 'apple':
      return `<${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@nhs.net>`;
    case 'system':
      return `<${h}.openexeter@notify.nhs.net>`;
  }
};

function authResults(email: string): string {
  const domain = email.split('@')[1] ?? 'nhs.net';
  return `spf=pass (sender IP is 40.92.${domain.length * 7 % 250}.${domain.charCodeAt(0) % 200}) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`;
}

const isNhs = (a: Addr) => /@nhs\.net$/i.test(a.email);

function bodyParts(d: EmailDef, flavour: 'outlook' | 'gmail' | 'plain'): Part {
  const id = hex(d.slug, 24);
  const footer = (d.disclaimer ?? (isNhs(d.from) && (d.client === 'outlook' || d.client === 'android'))) ? NHSMAIL_DISCLAIMER : '';
  const text = d.text + footer;
  const cte = d.cte ?? 'qp';
  if (d.textOnly || flavour === 'plain') return textPart(text, { cte });
  const html = d.html ?? (flavour === 'gmail' ? gmailHtml(text) : outlookHtml(text));
  if (d.htmlOnly) return textPart(html, { subtype: 'html', cte });
  const boundary = flavour === 'gmail' ? `000000000000${id.slice(0, 12)}` : `_000_${id.slice(0, 20)}GBRP265PRODOUTLOOKCOM_`;
  return multipart('alternative', [textPart(text, { cte }), textPart(html, { subtype: 'html', cte })], boundary);
}

function withAttachments(d: EmailDef, body: Part, boundary: string, preamble?: string): Part {
  const atts: Part[] = (d.attachments ?? []).map((a) => attachment(a.filename, a.contentType ?? 'application/pdf', a.data, { sizeParam: d.client === 'outlook', description: d.client === 'outlook' }));
  if (d.attachedMessage) atts.push(rfc822Part(d.attachedMessage.raw, d.attachedMessage.filename));
  if (!atts.length) return body;
  return multipart('mixed', [body, ...atts], boundary, preamble);
}

export function compose(d: EmailDef): string {
  const mid = messageIdFor(d);
  if (d.raw) return d.raw(mid);
  const to = d.to ?? [MAILBOX_ADDR[d.mailbox]];
  const id = hex(d.slug, 24);
  const date = rfcDate(d.date);
  const h: [string, string][] = [];
  const common = (mode: 'B' | 'Q') => {
    h.push(['From', fmtAddr(d.from, mode)]);
    h.push(['To', to.map((a) => fmtAddr(a, mode)).join(', ')]);
    if (d.cc?.length) h.push(['Cc', d.cc.map((a) => fmtAddr(a, mode)).join(', ')]);
    h.push(['Subject', headerText(d.subject, mode)]);
    h.push(['Date', date]);
    h.push(['Message-ID', mid]);
    if (d.inReplyTo) { h.push(['In-Reply-To', d.inReplyTo]); h.push(['References', d.inReplyTo]); }
  };
  let root: Part;
  switch (d.client) {
    case 'outlook':
    case 'android': {
      h.push(['Authentication-Results', authResults(d.from.email)]);
      h.push(['Received', `from LO${id.charCodeAt(1) % 9}P265MB${parseInt(id.slice(0, 4), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`]);
      common('B');
      h.push(['Thread-Topic', d.subject.replace(/^(RE|FW|Fwd|Re|Fw):\s*/i, '')]);
      h.push(['Thread-Index', Buffer.from(hex(`ti${d.slug}`, 44), 'hex').toString('base64')]);
      h.push(['Accept-Language', 'en-GB, en-US']);
      h.push(['Content-Language', 'en-GB']);
      h.push(['X-MS-Has-Attach', d.attachments?.length || d.attachedMessage ? 'yes' : '']);
      h.push(['X-MS-TNEF-Correlator', '']);
      if (d.client === 'android') h.push(['X-MS-Exchange-Organization-MessageDirectionality', 'Originating']);
      h.push(...(d.extraHeaders ?? []));
      h.push(['MIME-Version', '1.0']);
      root = withAttachments(d, bodyParts(d, 'outlook'), `_004_${id.slice(0, 20)}GBRP265PRODOUTLOOKCOM_`);
      break;
    }
    case 'gmail': {
      h.push(['Authentication-Results', authResults(d.from.email)]);
      h.push(['Received', `by 2002:a05:6402:${id.slice(0, 4)}:b0:5d0:${id.slice(4, 8)} with SMTP id ${id.slice(8, 20)}; ${date}`]);
      h.push(['MIME-Version', '1.0']);
      common('B');
      h.push(...(d.extraHeaders ?? []));
      root = withAttachments(d, bodyParts(d, 'gmail'), `000000000000${id.slice(12, 24)}`);
      break;
    }
    case 'iphone':
    case 'apple': {
      h.push(['Authentication-Results', authResults(d.from.email)]);
      common('Q');
      h.push(['Mime-Version', '1.0 (1.0)']);
      h.push(['X-Mailer', d.client === 'iphone' ? 'iPhone Mail (22B91)' : 'Apple Mail (2.3826.300.87.4.3)']);
      h.push(...(d.extraHeaders ?? []));
      const b = `Apple-Mail-${id.slice(0, 8).toUpperCase()}-${id.slice(8, 12).toUpperCase()}-${id.slice(12, 16).toUpperCase()}`;
      root = withAttachments(d, bodyParts(d, d.client === 'iphone' ? 'plain' : 'gmail'), b);
      break;
    }
    case 'system': {
      common('B');
      h.push(['X-Mailer', 'Open Exeter Notification Service 4.2']);
      h.push(...(d.extraHeaders ?? []));
      h.push(['MIME-Version', '1.0']);
      root = textPart(d.text, { cte: '7bit', charset: 'us-ascii' });
      break;
    }
  }
  return serialize(h, root);
}

/** An Outlook-style quoted header block for a forward or reply written into the body. */
export function quoteHeader(from: Addr, sent: string, to: Addr[], subject: string, cc?: Addr[]): string {
  const show = (a: Addr) => (a.name ? `${a.name} <${a.email}>` : a.email);
  return [
    `From: ${show(from)}`,
    `Sent: ${sent}`,
    `To: ${to.map(show).join('; ')}`,
    ...(cc?.length ? [`Cc: ${cc.map(show).join('; ')}`] : []),
    `Subject: ${subject}`,
  ].join('\n');
}

export { escapeHtml };
