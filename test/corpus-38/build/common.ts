// Shared shapes and header sets for corpus 38 (writer AH).
import { hexOf, nhsmailInbound, nhsmailInternal, outlookMeta, rfcDate } from './lib.js';

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
  name: string; // NNN-slug
  eml: string; // byte string
  expected: Expected;
  pdfs?: { kind: 'fillable' | 'flat' | 'scan'; file: string }[];
}

export const PCSE = {
  portal: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  data: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  oe: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
  portalBare: 'pcse.portalenquiries@nhs.net',
  dataBare: 'pcse.datamanager@nhs.net',
  oeBare: 'pcse.openexeter@nhs.net',
};

export const outlookMsgId = (id: string): string => {
  const h = hexOf(id, 12).toUpperCase();
  return `<${h.slice(0, 4)}P265MB${h.slice(4, 8)}${h.slice(8, 12)}${hexOf(`${id}x`, 4).toUpperCase()}@${h.slice(0, 4)}P265MB${h.slice(4, 8)}.GBRP265.PROD.OUTLOOK.COM>`;
};

/** Outlook / NHSmail header set. `inbound` gives the Authentication-Results of mail from outside nhs.net. */
export function outlookHeaders(o: {
  id: string; iso: string; from: string; to: string; cc?: string; subject: string; sender?: string; replyTo?: string;
  inbound?: { domain: string; ip: string; dkim?: 'pass' | 'fail' | 'none'; spf?: 'pass' | 'fail' | 'softfail'; dmarc?: 'pass' | 'fail' | 'none' };
  attach?: boolean; topic?: string; inReplyTo?: string; messageId?: string; extra?: [string, string][];
}): [string, string][] {
  const trace = o.inbound ? nhsmailInbound({ id: o.id, iso: o.iso, fromDomain: o.inbound.domain, ip: o.inbound.ip, dkim: o.inbound.dkim, spf: o.inbound.spf, dmarc: o.inbound.dmarc }) : nhsmailInternal({ id: o.id, iso: o.iso });
  const h: [string, string][] = [...trace, ['From', o.from]];
  if (o.sender) h.push(['Sender', o.sender]);
  h.push(['To', o.to]);
  if (o.cc) h.push(['CC', o.cc]);
  if (o.replyTo) h.push(['Reply-To', o.replyTo]);
  h.push(['Subject', o.subject]);
  h.push(['Date', rfcDate(o.iso)]);
  h.push(['Message-ID', o.messageId ?? outlookMsgId(o.id)]);
  if (o.inReplyTo) h.push(['In-Reply-To', o.inReplyTo], ['References', o.inReplyTo]);
  h.push(...outlookMeta({ id: o.id, topic: o.topic ?? o.subject.replace(/^(RE|FW|Fwd): /i, ''), attach: o.attach }));
  h.push(...(o.extra ?? []));
  h.push(['MIME-Version', '1.0']);
  return h;
}

/** A generic inbound trace for mail from a third-party platform, plus the platform's own headers. */
export function platformHeaders(o: {
  id: string; iso: string; from: string; to: string; cc?: string; subject: string; replyTo?: string; sender?: string;
  domain: string; ip: string; helo: string; messageId: string; extra?: [string, string][];
  dkim?: 'pass' | 'fail' | 'none'; spf?: 'pass' | 'fail' | 'softfail'; dmarc?: 'pass' | 'fail' | 'none'; offset?: string; inReplyTo?: string;
}): [string, string][] {
  const trace = nhsmailInbound({ id: o.id, iso: o.iso, fromDomain: o.domain, ip: o.ip, helo: o.helo, dkim: o.dkim, spf: o.spf, dmarc: o.dmarc });
  const h: [string, string][] = [...trace];
  h.push(['From', o.from]);
  if (o.sender) h.push(['Sender', o.sender]);
  h.push(['To', o.to]);
  if (o.cc) h.push(['Cc', o.cc]);
  if (o.replyTo) h.push(['Reply-To', o.replyTo]);
  h.push(['Subject', o.subject]);
  h.push(['Date', rfcDate(o.iso, o.offset ?? '+0000')]);
  h.push(['Message-ID', o.messageId]);
  if (o.inReplyTo) h.push(['In-Reply-To', o.inReplyTo], ['References', o.inReplyTo]);
  h.push(...(o.extra ?? []));
  h.push(['MIME-Version', '1.0']);
  return h;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
