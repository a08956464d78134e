// One email = one Spec: headers, body and the case a careful PCSE staff member would enter.
import {
  addr, authHeaders, CRLF, enc2047, filePart, hash, htmlToText, MAILBOX_ADDR, message, multipart, outlookHtml, rfcDate, textPart,
  type Auth, type Charset, type Cte, type Part,
} from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Person { name: string | null; email: string | null }

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment { filename: string; mime?: string; data: Uint8Array; inline?: string }

export interface Spec {
  n: number;
  slug: string;
  from: [string | null, string];
  to?: string;
  cc?: string[];
  replyTo?: string;
  subject: string;
  date: string; // ISO
  client: 'outlook' | 'iphone' | 'gmail' | 'android' | 'system';
  auth: Auth;
  text?: string; // plain body
  html?: string; // inner HTML of an Outlook body (wrapped by outlookHtml) or a whole document when htmlRaw
  htmlRaw?: boolean;
  htmlOnly?: boolean;
  charset?: Charset;
  cte?: Cte;
  attachments?: Attachment[];
  extraHeaders?: string[];
  subjectMode?: 'B' | 'Q';
  inReplyTo?: string;
  body?: Part; // full override of the root part
  expected: Expected;
}

function clientHeaders(s: Spec, domain: string): { id: string; headers: string[] } {
  const h = hash(`${s.n}/${s.slug}`, 32);
  const up = h.toUpperCase();
  switch (s.client) {
    case 'outlook': {
      const host = `${['LO2P265MB', 'CWLP265MB', 'LO0P265MB', 'DB9P265MB'][parseInt(h[0]!, 16) % 4]}${parseInt(h.slice(1, 5), 16) % 9000 + 1000}`;
      return {
        id: `<${host}${up.slice(0, 12)}@${host}.GBRP265.PROD.OUTLOOK.COM>`,
        headers: [
          `Received: from ${host}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${h.slice(0, 3)}::${h.slice(3, 5)}) by${CRLF} ${host}.GBRP265.PROD.OUTLOOK.COM ([fe80::${h.slice(5, 9)}:${h.slice(9, 13)}%5]) with mapi id 15.20.8632.025;${CRLF} ${rfcDate(s.date)}`,
          `Thread-Topic: ${enc2047(s.subject.replace(/^(re|fw|fwd):\s*/i, ''))}`,
          `Thread-Index: AQH${Buffer.from(h.slice(0, 18), 'hex').toString('base64').replace(/=+$/, '')}==`,
          'X-MS-Has-Attach: ' + (s.attachments?.some((a) => !a.inline) ? 'yes' : ''),
          'X-MS-TNEF-Correlator: ',
          'Content-Language: en-GB',
          `X-MS-Exchange-Organization-SCL: 1`,
        ],
      };
    }
    case 'iphone':
      return { id: `<${up.slice(0, 8)}-${up.slice(8, 12)}-${up.slice(12, 16)}-${up.slice(16, 20)}-${up.slice(20, 32)}@${domain}>`, headers: ['X-Mailer: iPhone Mail (22B91)'] };
    case 'gmail':
      return {
        id: `<CA+${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`,
        headers: [`X-Gm-Message-State: AOJu0Y${h.slice(0, 20)}`, `X-Google-Smtp-Source: AGHT+IF${h.slice(4, 26)}`],
      };
    case 'android':
      return { id: `<AM9P191MB${up.slice(0, 10)}@AM9P191MB${up.slice(10, 14)}.EURP191.PROD.OUTLOOK.COM>`, headers: ['X-Mailer: Outlook for Android', 'Content-Language: en-GB'] };
    case 'system':
      return { id: `<${h.slice(0, 20)}.${h.slice(20)}@${domain}>`, headers: [] };
  }
}

export function buildEml(s: Spec, mailbox: Mailbox): { eml: string; id: string } {
  const domain = s.from[1].split('@')[1]!;
  const ch = clientHeaders(s, domain);
  let root: Part;
  if (s.body) root = s.body;
  else {
    const charset = s.charset ?? 'utf-8';
    let content: Part;
    const inline = (s.attachments ?? []).filter((a) => a.inline);
    const files = (s.attachments ?? []).filter((a) => !a.inline);
    if (s.html !== undefined) {
      const doc = s.htmlRaw ? s.html : outlookHtml(s.html);
      let htmlPart = textPart(doc, { subtype: 'html', charset, cte: s.cte ?? 'quoted-printable' });
      if (inline.length) htmlPart = multipart('related', [htmlPart, ...inline.map((a) => filePart(a.filename, a.mime ?? 'image/png', a.data, { inline: a.inline }))], `${s.n}/${s.slug}`, `;${CRLF}\ttype="text/html"`);
      if (s.htmlOnly) content = htmlPart;
      else content = multipart('alternative', [textPart(s.text ?? htmlToText(s.html), { charset, cte: s.cte ?? 'quoted-printable' }), htmlPart], `${s.n}/${s.slug}`);
    } else {
      content = textPart(s.text ?? '', { charset, cte: s.cte, format: s.client === 'iphone' });
    }
    root = files.length ? multipart('mixed', [content, ...files.map((a) => filePart(a.filename, a.mime ?? 'application/pdf', a.data))], `${s.n}/${s.slug}`) : content;
  }
  const headers = [
    ...authHeaders(s.auth, domain, `${s.n}/${s.slug}`),
    ...(s.client === 'outlook' ? ch.headers.slice(0, 1) : []),
    `From: ${addr(s.from[0], s.from[1], s.subjectMode ?? 'B')}`,
    `To: ${s.to ?? MAILBOX_ADDR[mailbox]}`,
    ...(s.cc?.length ? [`CC: ${s.cc.join(`,${CRLF} `)}`] : []),
    ...(s.replyTo ? [`Reply-To: ${s.replyTo}`] : []),
    `Subject: ${enc2047(s.subject, s.subjectMode ?? 'B')}`,
    `Date: ${rfcDate(s.date)}`,
    `Message-ID: ${ch.id}`,
    ...(s.inReplyTo ? [`In-Reply-To: ${s.inReplyTo}`, `References: ${s.inReplyTo}`] : []),
    ...(s.client === 'outlook' ? ch.headers.slice(1) : ch.headers),
    ...(s.extraHeaders ?? []),
  ];
  return { eml: message(headers, root), id: ch.id };
}

export const sig = (lines: string[]): string => lines.join('\n');

export const person = (name: string | null, email: string | null): Person => ({ name, email });
