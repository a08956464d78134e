// Small helpers for the expected cases of corpus-56 (writer AZ).
import type { Expected, Person } from './lib.js';

export const P = (name: string | null, email: string | null): Person => ({ name, email });
export const W = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });
export const E = (kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[] = [], traits: string[] = []): Expected => ({ kind, ignored: null, organisation, fields, mustRaise, traits });
export const U = (traits: string[]): Expected => ({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits });

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A fixed RFC 5322 date in November 2026 (UTC), never from the clock. */
export function date(day: number, h: number, min: number): string {
  const wd = DAYS[new Date(Date.UTC(2026, 10, day)).getUTCDay()]!;
  return `${wd}, ${day} Nov 2026 ${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:${String((day * 7 + min) % 60).padStart(2, '0')} +0000`;
}
