/**
 * Open Exeter signatory rules (seed on Open Exeter forms; docs/domain.md, openexeter rows). Who may sign
 * a primary-user request depends on whether the organisation is a GP practice.
 */
export const SIGNATORY_ROLES = [
  'lead_gp',
  'gp_partner',
  'caldicott_guardian',
  'existing_primary_contact',
  'board_member',
  'existing_primary_user',
  'other',
] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

export const PRIMARY_USER_SIGNATORIES: Record<'gp_practice' | 'other', readonly SignatoryRole[]> = {
  gp_practice: ['lead_gp', 'gp_partner', 'caldicott_guardian', 'existing_primary_contact', 'board_member'],
  other: ['caldicott_guardian', 'board_member', 'existing_primary_user'],
};

/** Who may ask for more permissions for an existing user. */
export const PERMISSION_REQUESTERS: readonly SignatoryRole[] = ['lead_gp', 'gp_partner', 'caldicott_guardian', 'board_member'];

/** The signatory as a sentence's subject: "A Lead GP", "An existing Primary Contact", "Someone in another role". */
export function signatoryInRole(role: SignatoryRole): string {
  if (role === 'other') return 'Someone in another role';
  const described = describeSignatoryRole(role);
  return `${/^[aeiou]/i.test(described) ? 'An' : 'A'} ${described}`;
}

/** Human wording of a role for findings and cards. */
export function describeSignatoryRole(role: SignatoryRole): string {
  switch (role) {
    case 'lead_gp':
      return 'Lead GP';
    case 'gp_partner':
      return 'GP Partner';
    case 'caldicott_guardian':
      return 'Caldicott Guardian';
    case 'existing_primary_contact':
      return 'existing Primary Contact';
    case 'board_member':
      return 'member of the Board of Directors';
    case 'existing_primary_user':
      return 'existing Primary User';
    case 'other':
      return 'another role';
  }
}
