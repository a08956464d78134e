// Shared types and helpers for corpus 46's emails and expected cases.
import type { Mailbox, MailSpec } from './lib.js';

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
  spec: MailSpec;
  expected: Omit<Expected, 'mailbox'>;
}

/** The organisation type a well-formed code's shape implies (docs/decisions/0009). */
export function typeOf(code: string): OrgType | null {
  const c = code.toUpperCase();
  // U + five digits fits both the GP shape and the PCN shape: ambiguous, so the stated type decides.
  if (/^U\d{5}$/.test(c)) return null;
  if (/^[A-Z]\d{5}$/.test(c)) return 'gp_practice';
  if (/^[A-Z]\d{5}\d{3}$/.test(c)) return 'gp_branch';
  if (/^TP[A-Z0-9]{3}$/.test(c)) return 'ophthalmic_practice';
  if (/^V\d{6}$/.test(c)) return 'dental_practice';
  if (/^F[A-Z0-9]{4}$/.test(c)) return 'pharmacy';
  return null;
}

export function org(code: string | null, stated?: OrgType): { odsCode: string | null; type: OrgType } {
  if (code === null) {
    if (!stated) throw new Error('org without code needs a stated type');
    return { odsCode: null, type: stated };
  }
  const t = typeOf(code);
  const type = t ?? stated;
  if (!type) throw new Error(`no type for ${code}`);
  return { odsCode: code.toUpperCase(), type };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A fixed RFC 5322 date: working day n after Mon 2 Nov 2026, at hh:mm:ss (UTC). */
export function date(n: number, hh: number, mm: number, ss = 0, zone = '+0000'): string {
  let d = new Date(Date.UTC(2026, 10, 2, hh, mm, ss));
  let left = n;
  while (left > 0) {
    d = new Date(d.getTime() + 86400000);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  const p = (x: number): string => String(x).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(hh)}:${p(mm)}:${p(ss)} ${zone}`;
}

export const person = (name: string | null, email: string | null): { name: string | null; email: string | null } => ({ name, email });
