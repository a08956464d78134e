// Small helpers shared by the three mailbox modules of corpus 19 (writer O).
import { type Addr, type Expected, type Mailbox, type OrgType, sha } from './lib.js';

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export function expected(
  mailbox: Mailbox,
  kind: string,
  organisation: Expected['organisation'],
  fields: Record<string, unknown>,
  mustRaise: string[] = [],
  traits: string[] = [],
  ignored: Expected['ignored'] = null,
): Expected {
  return { mailbox, kind, ignored, organisation, fields, mustRaise, traits };
}

export const unclassified = (mailbox: Mailbox, traits: string[], ignored: Expected['ignored'] = null): Expected =>
  expected(mailbox, 'unclassified', null, {}, [], traits, ignored);

/** Message-IDs in the shape each client writes. */
export function mid(style: 'outlook' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'helpdesk' | 'system' | 'pcse', seed: string, domain = 'nhs.net'): string {
  const h = sha(seed, 40);
  switch (style) {
    case 'outlook': return `LO${h.slice(0, 1).replace(/[a-f]/, '4')}P265MB${parseInt(h.slice(1, 5), 16) % 9000 + 1000}${h.slice(5, 17).toUpperCase()}@LO${h.slice(0, 1).replace(/[a-f]/, '4')}P265MB${parseInt(h.slice(1, 5), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM`;
    case 'gmail': return `CA+${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '').slice(0, 40)}@mail.gmail.com`;
    case 'apple':
    case 'iphone': return `${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@${domain}`;
    case 'thunderbird': return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domain}`;
    case 'helpdesk': return `ticket.${parseInt(h.slice(0, 6), 16)}.${h.slice(6, 14)}@${domain}`;
    case 'pcse': return `PCSE.${h.slice(0, 10).toUpperCase()}@pcse.england.nhs.uk`;
    default: return `${h.slice(0, 16)}.${parseInt(h.slice(16, 22), 16)}@${domain}`;
  }
}

export const PCSE_PORTAL: Addr = { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' };
export const PCSE_DM: Addr = { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' };
export const PCSE_OE: Addr = { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' };

/** PCSE's own signature, as it appears in its replies quoted back to it. */
export const PCSE_SIGNOFF = `Kind regards

PCSE Online Support Team
Primary Care Support England
Web: https://pcse.england.nhs.uk | Tel: 0333 014 2884

PCSE is delivered by Capita on behalf of NHS England.`;
