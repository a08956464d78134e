import { parseCsv } from './parse-csv.js';

/**
 * Reads an NHS Organisation Data Service CSV extract in its published standard layout: headerless,
 * 27 columns — 0 organisation code, 1 name, 2 national grouping, 3 high level health geography,
 * 4–8 address lines 1–5, 9 postcode, 10 open date, 11 close date, 12 status code (A/C/D/P in epraccur),
 * 13 organisation sub-type, 14 parent organisation code (the commissioner in epraccur, egdpprac,
 * edispensary; the main practice in ebranchs), 15 join parent date, 16 left parent date,
 * 17 contact telephone number, …, 25 prescribing setting (epraccur).
 */

export const ODS_EXTRACTS = {
  epraccur: { type: 'gp_practice', parentIsOrganisation: false },
  ebranchs: { type: 'gp_branch', parentIsOrganisation: true },
  pharmacies: { type: 'pharmacy', parentIsOrganisation: false },
  dental: { type: 'dental_practice', parentIsOrganisation: false },
  opticians: { type: 'ophthalmic_practice', parentIsOrganisation: false },
} as const;
export type OdsExtract = keyof typeof ODS_EXTRACTS;

export interface OdsOrganisationRow {
  line: number;
  odsCode: string;
  name: string;
  type: string;
  status: 'active' | 'closed' | 'proposed' | 'dormant';
  parentOdsCode: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
}

export interface RowError {
  line: number;
  reason: string;
}

const STATUS: Record<string, OdsOrganisationRow['status']> = { A: 'active', C: 'closed', P: 'proposed', D: 'dormant' };

/** Rows that fit the layout, and the line numbers (with a reason) of those that do not. */
export function readOdsExtract(text: string, extract: OdsExtract): { rows: OdsOrganisationRow[]; errors: RowError[] } {
  const spec = ODS_EXTRACTS[extract];
  const rows: OdsOrganisationRow[] = [];
  const errors: RowError[] = [];
  for (const { line, fields } of parseCsv(text)) {
    const f = fields.map((v) => v.trim());
    if (f.length < 18) {
      errors.push({ line, reason: `expected the 27-column ODS layout, found ${f.length} columns` });
      continue;
    }
    const odsCode = f[0]!.toUpperCase();
    if (!/^[A-Z0-9]{3,12}$/.test(odsCode)) {
      errors.push({ line, reason: 'organisation code is missing or malformed' });
      continue;
    }
    if (!f[1]) {
      errors.push({ line, reason: 'name is missing' });
      continue;
    }
    const closeDate = f[11] ?? '';
    const status = STATUS[(f[12] ?? '').toUpperCase()] ?? (closeDate ? 'closed' : 'active');
    const parent = spec.parentIsOrganisation ? (f[14] ?? '').toUpperCase() || null : null;
    if (spec.parentIsOrganisation && !parent) {
      errors.push({ line, reason: 'branch has no parent practice code (column 15)' });
      continue;
    }
    rows.push({
      line,
      odsCode,
      name: f[1]!,
      type: spec.type,
      status,
      parentOdsCode: parent,
      address: f.slice(4, 9).filter(Boolean).join(', ') || null,
      postcode: f[9] || null,
      phone: f[17] || null,
    });
  }
  return { rows, errors };
}
