// Shared pieces of writer AE's corpus: the expected-file shape and small helpers for people and message ids.
import type { Addr } from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Person { name: string | null; email: string | null }
export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Item {
  mailbox: Mailbox;
  slug: string;
  eml: Buffer;
  expected: Expected;
  /** PDFs attached, for the README's list */
  pdfs?: { name: string; kind: 'fillable' | 'flat' | 'scan'; pages: number; note: string }[];
}

export const PCSE = {
  oe: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' } as Addr,
  dm: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' } as Addr,
  pe: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' } as Addr,
};

export const P = (name: string | null, email: string | null): Person => ({ name, email: email?.toLowerCase() ?? null });
export const S = (name: string | null, email: string | null, role: string) => ({ ...P(name, email), role });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

export function exp(mailbox: Mailbox, kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[], traits: string[], ignored: Expected['ignored'] = null): Expected {
  return { mailbox, kind, ignored, organisation, fields, mustRaise, traits };
}

/** Deterministic message ids in the style of each mail client. */
export function mid(style: 'outlook' | 'gmail' | 'iphone' | 'system' | 'exchange', n: number): string {
  const h = (k: number) => ((Math.imul(n + 1, 2654435761 + k * 97) >>> 0).toString(16).toUpperCase().padStart(8, '0'));
  switch (style) {
    case 'outlook':
      return `LO${(n % 7) + 2}P265MB${5000 + n * 37}${h(1).slice(0, 6)}${h(2).slice(0, 6)}@LO${(n % 7) + 2}P265MB${5000 + n * 37}.GBRP265.PROD.OUTLOOK.COM`;
    case 'exchange':
      return `CWLP123MB${4100 + n * 13}${h(3).slice(0, 8)}@CWLP123MB${4100 + n * 13}.GBRP123.PROD.OUTLOOK.COM`;
    case 'gmail':
      return `CAF${h(4)}${h(5).toLowerCase()}+${h(6).slice(0, 5)}_q${h(7).toLowerCase()}@mail.gmail.com`;
    case 'iphone':
      return `${h(8)}-${h(9).slice(0, 4)}-${h(10).slice(0, 4)}-${h(11).slice(0, 4)}-${h(12)}${h(13).slice(0, 4)}@nhs.net`;
    case 'system':
      return `${h(14).toLowerCase()}.${n}.oe-notify@openexeter.nhs.net`;
  }
}
