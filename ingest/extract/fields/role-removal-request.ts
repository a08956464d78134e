/** role_removal_request: the roles named (labelled or from the PCSE Online role names). */
import type { FieldContext, Ev } from './context.js';

const KNOWN_ROLES = [
  'GPP Practice User Administrator', 'GPP - Practice User Management', 'GPP Practice User Management', 'Joiner & Leaver', 'Joiner and Leaver',
  'Practice Estimate and Salary Change', 'PL Organisation Administrator', 'PL Organisation User Administration', 'PL Practice Manager',
  'Opto User Management', 'OPTO Organisation User Administration', 'User Management (Organisation)', 'Contractor Signatory', 'GOS Performer',
  'Practice Order Entry Clerk', 'Practice Records Movement Admin', 'Main Contact', 'PCN user admin', 'Performer',
];

export function roles(ctx: FieldContext, ev: Ev): string[] {
  const lab = ctx.labelled.find((v) => /\broles?\b/i.test(v.label));
  if (lab) {
    ev['fields.roles'] = lab.line;
    return lab.value.split(/\s*(?:,|;|\band\b(?! salary| leaver)|\/)\s*/i).map((r) => r.trim()).filter(Boolean);
  }
  const found: string[] = [];
  let line = '';
  let rest = ctx.body;
  for (const role of KNOWN_ROLES) {
    const re = new RegExp(role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
    const m = re.exec(rest);
    if (m) {
      found.push(m[0].replace(/\s+/g, ' '));
      line ||= rest.split('\n').find((l) => re.test(l))?.trim() ?? '';
      rest = rest.replace(re, ' ');
    }
  }
  if (found.length) ev['fields.roles'] = line;
  return found;
}
