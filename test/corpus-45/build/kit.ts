// Shared shapes and small helpers for the emails of corpus 45 (writer AO).
import type { Mail, Mailbox } from './lib.js';

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Entry {
  mailbox: Mailbox;
  slug: string;
  mail: Mail;
  expected: Expected;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in November 2026 (UTC, shown as +0000). */
export function when(day: number, hh: number, mm: number, ss = 0): string {
  const dt = new Date(Date.UTC(2026, 10, day, hh, mm, ss));
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[dt.getUTCDay()]}, ${day} ${MONTHS[10]} 2026 ${p2(hh)}:${p2(mm)}:${p2(ss)} +0000`;
}

export const PORTAL: [string, string] = ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'];
export const DATAMGR: [string, string] = ['PCSE Data Manager', 'pcse.datamanager@nhs.net'];
export const OPENEX: [string, string] = ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'];

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export function unclassified(ignored: 'auto_reply' | 'bounce' | null, traits: string[]): Expected {
  return { kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits };
}

export const msgId = (n: number, host: string) => `<AO45${String(n).padStart(3, '0')}.${(n * 7919).toString(36)}@${host}>`;
