// Shared bits of corpus-57's emails: dates, expected-case helpers, the NHSmail footer.
import type { Expected } from './lib.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in November 2026 (or another month), fixed, never from the clock. */
export function date(day: number, time: string, month = 11, zone = '+0000'): string {
  const d = new Date(Date.UTC(2026, month - 1, day));
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[month - 1]} 2026 ${time}:${String((day * 7) % 60).padStart(2, '0')} ${zone}`;
}

type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });
export const person = (name: string | null, email: string | null) => ({ name, email });

export function exp(kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, traits: string[], mustRaise: string[] = []): Expected {
  return { kind, ignored: null, organisation, fields, mustRaise, traits };
}

export const unclassified = (traits: string[], ignored: Expected['ignored'] = null): Expected => ({ kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits });

export const NHSMAIL = `
********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.

NHSmail is the secure email and directory service available for all NHS staff in England.
********************************************************************************************************************`;
