import { SERVICES } from '../../domain/effects.js';
import { parseCsv } from './parse-csv.js';
import type { RowError } from './read-ods-extract.js';

/**
 * Readers for the directory's own CSV files (docs/directory-csv.md): a header row naming the columns
 * (any order, case-insensitive), then one record per line.
 */

export interface UserRow { line: number; username: string; email: string | null; name: string | null; locked: boolean; active: boolean }
export interface RoleRow { line: number; username: string; odsCode: string; service: string; role: string }
export interface ApproverRow { line: number; email: string; name: string | null; icb: string | null }
export interface SignatoryRow { line: number; odsCode: string; name: string; email: string | null; role: string }

type Reader<T> = (text: string) => { rows: T[]; errors: RowError[] };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function readWithHeader<T>(text: string, required: string[], build: (get: (col: string) => string, line: number) => T | string): { rows: T[]; errors: RowError[] } {
  const records = parseCsv(text);
  const header = records.shift();
  if (!header) return { rows: [], errors: [{ line: 1, reason: 'the file is empty' }] };
  const columns = header.fields.map((h) => h.trim().toLowerCase());
  const absent = required.filter((c) => !columns.includes(c));
  if (absent.length > 0) return { rows: [], errors: [{ line: header.line, reason: `header lacks ${absent.join(', ')}` }] };
  const rows: T[] = [];
  const errors: RowError[] = [];
  for (const { line, fields } of records) {
    const get = (col: string) => (fields[columns.indexOf(col)] ?? '').trim();
    const built = build(get, line);
    if (typeof built === 'string') errors.push({ line, reason: built });
    else rows.push(built);
  }
  return { rows, errors };
}

function readBoolean(value: string, fallback: boolean): boolean | null {
  if (value === '') return fallback;
  if (/^(true|yes|y|1)$/i.test(value)) return true;
  if (/^(false|no|n|0)$/i.test(value)) return false;
  return null;
}

/** username,email,name,locked,active */
export const readUsersCsv: Reader<UserRow> = (text) =>
  readWithHeader(text, ['username'], (get, line) => {
    const username = get('username');
    const email = get('email').toLowerCase() || null;
    if (!username) return 'username is missing';
    if (email && !EMAIL.test(email)) return 'email is malformed';
    const locked = readBoolean(get('locked'), false);
    const active = readBoolean(get('active'), true);
    if (locked === null || active === null) return 'locked/active must be true or false';
    return { line, username, email, name: get('name') || null, locked, active };
  });

/** username,ods_code,service,role */
export const readRolesCsv: Reader<RoleRow> = (text) =>
  readWithHeader(text, ['username', 'ods_code', 'service', 'role'], (get, line) => {
    const service = get('service').toUpperCase();
    if (!get('username') || !get('ods_code') || !get('role')) return 'username, ods_code and role are required';
    if (!(SERVICES as readonly string[]).includes(service)) return `service must be one of ${SERVICES.join(', ')}`;
    return { line, username: get('username'), odsCode: get('ods_code').toUpperCase(), service, role: get('role') };
  });

/** email,name,icb — the NHSE Authorised Email List of ICB approvers. */
export const readAuthorisedEmailListCsv: Reader<ApproverRow> = (text) =>
  readWithHeader(text, ['email'], (get, line) => {
    const email = get('email').toLowerCase();
    if (!EMAIL.test(email)) return 'email is missing or malformed';
    return { line, email, name: get('name') || null, icb: get('icb') || null };
  });

/** ods_code,name,email,role */
export const readSignatoriesCsv: Reader<SignatoryRow> = (text) =>
  readWithHeader(text, ['ods_code', 'name', 'role'], (get, line) => {
    const email = get('email').toLowerCase() || null;
    if (!get('ods_code') || !get('name') || !get('role')) return 'ods_code, name and role are required';
    if (email && !EMAIL.test(email)) return 'email is malformed';
    return { line, odsCode: get('ods_code').toUpperCase(), name: get('name'), email, role: get('role') };
  });
