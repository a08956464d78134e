// Puts a message together the way each client nests its parts.
import { topHeaders, type Client, type Env } from './clients.js';
import { hexOf, b64Of, message, multipart, attachment, textPart, htmlPart, flow, type Part, type Charset, type Cte } from './mime.js';
import { MAILBOX_ADDR, wordHtml, wordText, type Mailbox, type WordOpts } from './clients.js';
import { logoPng } from './pdfs.js';

export function boundary(c: Client, seed: string, n: number): string {
  const s = `${seed}/${n}`;
  switch (c) {
    case 'outlook':
    case 'owa':
      return `_00${[0, 4, 6, 8][n] ?? n}_${hexOf(s, 8).toUpperCase()}P265MB${hexOf(s + 'q', 4).toUpperCase()}GBRP_`;
    case 'gmail':
    case 'gmail-android':
      return `000000000000${hexOf(s, 16)}`;
    case 'apple':
    case 'iphone':
      return `Apple-Mail=_${hexOf(s, 8).toUpperCase()}-${hexOf(s + 'a', 4).toUpperCase()}-${hexOf(s + 'b', 4).toUpperCase()}-${hexOf(s + 'c', 4).toUpperCase()}-${hexOf(s + 'd', 12).toUpperCase()}`;
    case 'thunderbird':
      return `------------${b64Of(s, 24).replace(/[^A-Za-z0-9]/g, '0')}`;
    case 'samsung':
      return `--_com.samsung.android.email_${parseInt(hexOf(s, 12), 16)}`;
    case 'notes':
      return `=_alternative 00${hexOf(s, 6).toUpperCase()}80258B${hexOf(s + 'n', 2).toUpperCase()}_=`;
    case 'legacy':
      return `----=_NextPart_000_00${hexOf(s, 2).toUpperCase()}_01DB${hexOf(s + 'l', 4).toUpperCase()}.${hexOf(s + 'm', 8).toUpperCase()}`;
    case 'system':
      return `==OE_${hexOf(s, 16)}`;
  }
}

export interface Compose {
  env: Env;
  text?: Part;
  html?: Part;
  /** inline images that the HTML refers to by cid: (multipart/related) */
  inline?: Part[];
  attachments?: Part[];
  preamble?: boolean;
}

/** text+html in alternative, wrapped in related (inline images) and mixed (attachments), as Outlook and Gmail do. */
export function compose(c: Compose): Buffer {
  const cl = c.env.client;
  const seed = c.env.seed;
  let body: Part;
  if (c.text && c.html) body = multipart('alternative', boundary(cl, seed, 0), [c.text, c.html]);
  else body = (c.text ?? c.html)!;
  if (c.inline?.length) {
    const type = c.text && c.html ? 'multipart/alternative' : 'text/html';
    body = multipart('related', boundary(cl, seed, 1), [body, ...c.inline], { params: `; type="${type}"` });
  }
  if (c.attachments?.length) body = multipart('mixed', boundary(cl, seed, 2), [body, ...c.attachments], { preamble: c.preamble ? 'This is a multi-part message in MIME format.' : undefined });
  return message(topHeaders(c.env), body);
}

export const pdfAtt = (data: Buffer, name: string, outlook = false): Part =>
  attachment(data, 'application/pdf', name, outlook ? { extra: [['Content-Description', name]], sizeParam: true } : {});

export interface OutlookMail {
  seed: string;
  mailbox: Mailbox;
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  date: string;
  main: string;
  word?: WordOpts;
  attachments?: Part[];
  charset?: Charset;
  cte?: Cte;
  client?: 'outlook' | 'owa';
  logo?: { text: string; colour: string };
  inReplyTo?: string;
  auth?: Env['auth'];
  extra?: [string, string][];
}

/** Outlook desktop / Outlook on the web: text + Word HTML, an inline logo, attachments. */
export function outlookMail(o: OutlookMail): Buffer {
  const cs = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  const client = o.client ?? 'outlook';
  const word: WordOpts = { ...(o.word ?? {}) };
  const inline: Part[] = [];
  if (o.logo) {
    const cid = `image001.png@01DB${hexOf(o.seed, 4).toUpperCase()}.${hexOf(o.seed + 'l', 8).toUpperCase()}`;
    word.logoCid = cid;
    word.logoAlt = word.logoAlt ?? 'A blue and white logo Description automatically generated';
    inline.push(attachment(logoPng(o.logo.text, o.logo.colour), 'image/png', 'image001.png', { inline: true, cid, extra: [['Content-Description', 'image001.png']] }));
  }
  const text = textPart(wordText(o.main, word), { charset: cs, cte });
  const html = htmlPart(wordHtml(o.main, word, cs), { charset: cs, cte });
  return compose({
    env: { client, seed: o.seed, from: o.from, to: o.to ?? MAILBOX_ADDR[o.mailbox], cc: o.cc, subject: o.subject, date: o.date, inReplyTo: o.inReplyTo, auth: o.auth, extra: o.extra },
    text, html, inline, attachments: (o.attachments ?? []), preamble: false,
  });
}

export interface SimpleMail {
  seed: string;
  mailbox: Mailbox;
  client: Client;
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  date: string;
  text?: string;
  html?: string;
  attachments?: Part[];
  charset?: Charset;
  cte?: Cte;
  htmlCte?: Cte;
  flowed?: boolean;
  delsp?: boolean;
  inReplyTo?: string;
  auth?: Env['auth'];
  extra?: [string, string][];
  messageId?: string;
}

/** Any other client: text and/or html, attachments. */
export function simpleMail(o: SimpleMail): Buffer {
  const cs = o.charset ?? 'utf-8';
  const text = o.text === undefined ? undefined : textPart(o.flowed ? flow(o.text, 72, o.delsp) : o.text, { charset: cs, cte: o.cte ?? 'quoted-printable', flowed: o.flowed, delsp: o.delsp });
  const html = o.html === undefined ? undefined : htmlPart(o.html, { charset: cs, cte: o.htmlCte ?? o.cte ?? 'quoted-printable' });
  return compose({
    env: { client: o.client, seed: o.seed, from: o.from, to: o.to ?? MAILBOX_ADDR[o.mailbox], cc: o.cc, subject: o.subject, date: o.date, inReplyTo: o.inReplyTo, auth: o.auth, extra: o.extra, messageId: o.messageId },
    text, html, attachments: o.attachments,
  });
}
