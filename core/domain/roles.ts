import { ADMIN_LIMIT, ADMIN_ROLE_BY_SERVICE } from './cases/user-admin-nomination.js';

/**
 * Which directory roles the rules care about: the user-administrator role of each service (four at most per
 * organisation) and the one Supplies and Medical Records main contact (docs/domain.md, "Roles").
 * The directory adapter only stores roles; it asks here what a role means.
 */

/** The Supplies and Medical Records main contact: exactly one per organisation. */
export const MAIN_CONTACT = { service: 'SUPPLIES_RECORDS', role: 'Main Contact' } as const;

// Other spellings of the user-administrator roles seen in the seeds and in PCSE Online exports.
const ADMIN_ROLE_ALIASES: Record<string, RegExp> = {
  GPP: /^GPP (Practice )?User Administrat(or|ion)$|^GPP - Practice User Administrator$/i,
  PL: /^PL Organisation (User )?Administrat(or|ion)$/i,
  OPTO: /^OPTO Organisation User Administration$|^Opto User Management \(Organisation\)$/i,
  PCN: /^PCN User Admin(istrator)?$/i,
};

/** True when `role` is the user-administrator role of `service`, in any spelling seen. */
export function isUserAdministratorRole(service: string, role: string): boolean {
  const canonical = (ADMIN_ROLE_BY_SERVICE as Record<string, string | undefined>)[service];
  return canonical === role || (ADMIN_ROLE_ALIASES[service]?.test(role.trim()) ?? false);
}

/** True when the role is the organisation's main contact. */
export function isMainContactRole(service: string, role: string): boolean {
  return service === MAIN_CONTACT.service && role === MAIN_CONTACT.role;
}

/** How many user administrators each service has among an organisation's roles (every service listed, zero included). */
export function countAdministrators(roles: readonly { service: string; role: string }[]): Record<string, number> {
  const counts: Record<string, number> = { GPP: 0, PL: 0, OPTO: 0, PCN: 0 };
  for (const r of roles) if (isUserAdministratorRole(r.service, r.role)) counts[r.service] = (counts[r.service] ?? 0) + 1;
  return counts;
}

/** True when granting one more administrator of `service` would pass the limit. */
export function isAdminLimitReached(currentAdministrators: number): boolean {
  return currentAdministrators >= ADMIN_LIMIT;
}
