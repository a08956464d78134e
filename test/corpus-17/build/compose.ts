// Composition helpers: a client's whole message from a plain-text body, and the corpus's disclaimers.
import {
  type Addr, appleHeaders, boundary, type CorpusEmail, type Envelope, type Expected, gmailHeaders, type Header, htmlPart, gmailHtml,
  type Mailbox, message, multipart, outlookHeaders, outlookHtml, outlookMobileHeaders, type Part, systemHeaders, textPart,
  type TextOpts, thunderbirdHeaders,
} from './lib.js';

export type Client = 'outlook' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'outlook-mobile' | 'system';

export interface Compose {
  client: Client;
  env: Envelope;
  text: string;
  /** 'alt' adds the client's HTML alternative (Outlook, Gmail); 'only' sends HTML alone; or a literal HTML body */
  html?: 'alt' | 'only' | { html: string; only?: boolean };
  textOpts?: TextOpts;
  htmlOpts?: TextOpts;
  attachments?: Part[];
  banner?: string;
  mailer?: string;
}

export function compose(c: Compose): { eml: Buffer; messageId: string } {
  const env = { ...c.env, hasAttach: !!c.attachments?.length };
  const hdr =
    c.client === 'outlook' ? outlookHeaders(env)
      : c.client === 'gmail' ? gmailHeaders(env)
        : c.client === 'apple' ? appleHeaders(env)
          : c.client === 'iphone' ? appleHeaders(env, true)
            : c.client === 'thunderbird' ? thunderbirdHeaders(env)
              : c.client === 'outlook-mobile' ? outlookMobileHeaders(env)
                : systemHeaders(env, c.mailer);
  const style = c.client === 'gmail' ? 'gmail' : c.client === 'apple' || c.client === 'iphone' ? 'apple' : c.client === 'thunderbird' ? 'tb' : c.client === 'system' ? 'plain' : 'outlook';
  const defaults: TextOpts =
    c.client === 'outlook' || c.client === 'outlook-mobile' ? { charset: 'utf-8', cte: 'quoted-printable', quoteCharset: true }
      : c.client === 'gmail' ? { charset: 'utf-8', cte: 'quoted-printable', quoteCharset: true }
        : c.client === 'thunderbird' ? { charset: 'utf-8', cte: '8bit', flowed: true }
          : c.client === 'system' ? { charset: 'us-ascii', cte: '7bit' }
            : { charset: 'utf-8', cte: 'quoted-printable' };
  const tOpts = { ...defaults, ...c.textOpts };
  let body: Part;
  const textBody = (c.client === 'thunderbird' && tOpts.flowed === false) ? { ...tOpts, flowed: false } : tOpts;
  const plain = textPart(c.text, textBody);
  let html: string | null = null;
  if (c.html === 'alt' || c.html === 'only') {
    html = c.client === 'gmail' ? gmailHtml(c.text) : outlookHtml(c.text, { banner: c.banner });
  } else if (c.html) html = c.html.html;
  const only = c.html === 'only' || (typeof c.html === 'object' && c.html.only);
  const hOpts: TextOpts = { charset: 'utf-8', cte: 'quoted-printable', quoteCharset: c.client !== 'apple', ...c.htmlOpts };
  if (html && only) body = htmlPart(html, hOpts);
  else if (html) body = multipart('alternative', [plain, htmlPart(html, hOpts)], boundary(env.seed, style, 1));
  else body = plain;
  if (c.attachments?.length) {
    if (c.client === 'apple' || c.client === 'iphone') {
      body = multipart('mixed', [body, ...c.attachments], boundary(env.seed, style, 2));
    } else {
      body = multipart('mixed', [body, ...c.attachments], boundary(env.seed, style, 2), style === 'tb' ? { preamble: 'This is a multi-part message in MIME format.' } : {});
    }
  }
  const gmailLike = c.client === 'gmail';
  const appleLike = c.client === 'apple' || c.client === 'iphone';
  const tb = c.client === 'thunderbird';
  return { eml: message(hdr.headers, body, { mimeVersion: gmailLike || appleLike || tb ? null : '1.0' }), messageId: hdr.messageId };
}

export function email(mailbox: Mailbox, slug: string, eml: Buffer, expected: Omit<Expected, 'mailbox'>, forms?: CorpusEmail['forms']): CorpusEmail {
  return { mailbox, slug, eml, expected: { mailbox, ...expected }, forms };
}

export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

export function exp(kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[], traits: string[], ignored: Expected['ignored'] = null): Omit<Expected, 'mailbox'> {
  return { kind, ignored, organisation, fields, mustRaise, traits };
}

/** Outlook's quoted-message header block, as it appears in a plain-text reply or forward. */
export function outlookQuote(o: { from: Addr; sent: string; to: Addr[]; cc?: Addr[]; subject: string }): string {
  const fa = (a: Addr) => (a.name ? `${a.name} <${a.email}>` : a.email);
  return [
    '________________________________',
    `From: ${fa(o.from)}`,
    `Sent: ${o.sent}`,
    `To: ${o.to.map(fa).join('; ')}`,
    ...(o.cc?.length ? [`Cc: ${o.cc.map(fa).join('; ')}`] : []),
    `Subject: ${o.subject}`,
    '',
  ].join('\n');
}

export const EXTERNAL_BANNER = 'This email was sent from outside NHSmail. Do not click links or open attachments unless you recognise the sender and know the content is safe.';

export const NHSMAIL_FOOTER = `********************************************************************
This message originated from the NHSmail service and may contain
confidential or privileged information intended for the named
recipient(s) only. If you have received it in error, please notify the
sender and delete it. Do not copy, forward or disclose its contents.
NHSmail is the secure email and directory service for NHS and social
care organisations in England. Find out more at portal.nhs.net.
********************************************************************`;

export const TRUST_DISCLAIMER = (trust: string) => `DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately and delete it from your system. Any views or opinions presented in this email are solely those of the author and do not necessarily represent those of ${trust}. ${trust} accepts no liability for any damage caused by any virus transmitted by this email. Under the Freedom of Information Act 2000 and the Data Protection Act 2018 the contents of this email and any reply to it may be disclosed to third parties unless an exemption applies. Communications with ${trust} may be monitored and/or recorded for system efficiency and other lawful purposes.`;

export const PRACTICE_CONFIDENTIALITY = `CONFIDENTIALITY NOTICE: The information contained in this e-mail is intended for the named recipient(s) only. It may contain privileged and confidential information and if you are not an intended recipient, you must not copy, distribute or take any action in reliance on it. If you have received this e-mail in error, please notify the sender immediately by replying and then delete it from your mailbox. Thank you.`;

export const CAPTIVE = (firm: string, reg: string) => `${firm} is a company registered in England and Wales (No. ${reg}). Registered office as above. This e-mail is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy, disclose or act on it; please tell the sender at once and delete it. We have taken precautions to minimise the risk of transmitting software viruses but you should carry out your own checks. We accept no liability for loss or damage caused by software viruses.`;

export type { Header };
