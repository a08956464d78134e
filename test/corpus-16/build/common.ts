// Shared shapes and helpers for corpus 16's emails.
import {
  boundary, type Auth, hex, htmlLeaf, outlookHtml, simpleHtml, textLeaf,
  type Addr, type Client, type Enc, type Leaf, type MessageSpec, type Node,
} from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email {
  mailbox: Mailbox;
  slug: string;
  msg: MessageSpec;
  expected: Omit<Expected, 'mailbox'>;
}

export const PORTAL: Addr = { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' };
export const DATAMANAGER: Addr = { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' };
export const OPENEXETER: Addr = { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' };

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

/** A Message-ID in the style of the sending client. */
export function mid(client: Client, seed: string, domain: string): string {
  const H = hex(seed, 40).toUpperCase();
  switch (client) {
    case 'outlook':
    case 'owa':
    case 'outlook-ios': {
      const hosts = ['LO2P265MB5432', 'CWLP265MB3321', 'LO4P265MB6012', 'DB9P265MB1877', 'LNXP265MB2490'];
      const host = hosts[parseInt(H.slice(0, 2), 16) % hosts.length]!;
      return `<${host}${H.slice(0, 28)}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    }
    case 'gmail':
      return `<CA${Buffer.from(hex(seed, 30), 'hex').toString('base64').replace(/\//g, '_').replace(/\+/g, '-').replace(/=+$/, '')}@mail.gmail.com>`;
    case 'apple':
    case 'iphone':
      return `<${H.slice(0, 8)}-${H.slice(8, 12)}-${H.slice(12, 16)}-${H.slice(16, 20)}-${H.slice(20, 32)}@${domain}>`;
    case 'thunderbird':
      return `<${hex(seed, 8)}-${hex(seed, 12).slice(8)}-${hex(seed + 't', 4)}-${hex(seed + 'u', 4)}-${hex(seed + 'v', 12)}@${domain}>`;
    default:
      return `<${hex(seed, 16)}.${parseInt(hex(seed + 'n', 8), 16)}@${domain}>`;
  }
}

const ascii = (s: string) => /^[\x00-\x7f]*$/.test(s) && s.split(/\r?\n/).every((l) => l.length < 990);

export interface ComposeOpts {
  html?: string | false;
  enc?: Enc;
  htmlEnc?: Enc;
  attachments?: Leaf[];
  mono?: boolean;
  charset?: string;
}

/** The body structure the given client sends for this text (and attachments). */
export function compose(client: Client, seed: string, text: string, o: ComposeOpts = {}): Node {
  const att = o.attachments ?? [];
  let main: Node;
  const defEnc: Enc = ascii(text) ? '7bit' : 'quoted-printable';
  switch (client) {
    case 'outlook':
    case 'owa': {
      const t = textLeaf(text, o.enc ?? 'quoted-printable', o.charset ?? 'utf-8');
      main = o.html === false ? t : {
        kind: 'multi', subtype: 'alternative', boundary: boundary(client, seed, 'alt'),
        parts: [t, htmlLeaf(o.html ?? outlookHtml(text, { mono: o.mono }), o.htmlEnc ?? 'quoted-printable', o.charset ?? 'utf-8')],
      };
      break;
    }
    case 'outlook-ios': {
      const t = textLeaf(text, o.enc ?? 'base64');
      main = o.html === false ? t : {
        kind: 'multi', subtype: 'alternative', boundary: boundary(client, seed, 'alt'),
        parts: [t, htmlLeaf(o.html ?? outlookHtml(text), o.htmlEnc ?? 'base64')],
      };
      break;
    }
    case 'gmail': {
      const t: Leaf = { ...textLeaf(text, o.enc ?? defEnc), contentType: 'text/plain; charset="UTF-8"' };
      main = o.html === false ? t : {
        kind: 'multi', subtype: 'alternative', boundary: boundary(client, seed, 'alt'),
        parts: [t, { ...htmlLeaf(o.html ?? simpleHtml(text, 'gmail'), o.htmlEnc ?? 'quoted-printable'), contentType: 'text/html; charset="UTF-8"' }],
      };
      break;
    }
    case 'apple': {
      const t: Leaf = { ...textLeaf(text, o.enc ?? 'quoted-printable'), contentType: 'text/plain; charset=utf-8' };
      main = o.html === false ? t : {
        kind: 'multi', subtype: 'alternative', boundary: boundary(client, seed, 'alt'),
        parts: [t, { ...htmlLeaf(o.html ?? simpleHtml(text, 'apple'), o.htmlEnc ?? 'quoted-printable'), contentType: 'text/html; charset=utf-8' }],
      };
      break;
    }
    case 'iphone':
      main = { ...textLeaf(text, o.enc ?? defEnc), contentType: 'text/plain; charset=utf-8' };
      break;
    case 'thunderbird':
      main = textLeaf(text, o.enc ?? (ascii(text) ? '7bit' : '8bit'), 'UTF-8', true);
      break;
    default:
      main = o.html ? htmlLeaf(o.html, o.htmlEnc ?? '8bit', o.charset ?? 'utf-8') : textLeaf(text, o.enc ?? '8bit', o.charset ?? 'utf-8');
  }
  if (!att.length) return main;
  return { kind: 'multi', subtype: 'mixed', boundary: boundary(client, seed, 'mix'), parts: [main, ...att] };
}

export interface Def {
  slug: string;
  client: Client;
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  subject: string;
  date: string;
  auth?: Auth;
  text: string;
  opts?: ComposeOpts;
  body?: Node;
  extraHeaders?: [string, string][];
  inReplyTo?: string;
  subjectMode?: 'B' | 'Q';
  nameMode?: 'B' | 'Q';
  expected: Email['expected'];
}

const DEFAULT_TO: Record<Mailbox, Addr> = { portalenquiries: PORTAL, datamanager: DATAMANAGER, openexeter: OPENEXETER };

export function make(mailbox: Mailbox, d: Def): Email {
  const domain = d.from.email.split('@')[1]!;
  const seed = `corpus-16/${mailbox}/${d.slug}`;
  return {
    mailbox,
    slug: d.slug,
    expected: d.expected,
    msg: {
      client: d.client,
      from: d.from,
      to: d.to ?? [DEFAULT_TO[mailbox]],
      cc: d.cc,
      subject: d.subject,
      date: d.date,
      messageId: mid(d.client, seed, domain),
      inReplyTo: d.inReplyTo,
      auth: d.auth ?? (d.client === 'gmail' ? 'gmail' : 'pass'),
      body: d.body ?? compose(d.client, seed, d.text, d.opts),
      extraHeaders: d.extraHeaders,
      subjectMode: d.subjectMode,
      nameMode: d.nameMode,
    },
  };
}

/** The standard NHSmail footer appended by the relay. */
export { NHSMAIL_DISCLAIMER } from './lib.js';
