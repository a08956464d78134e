// The expected cases of corpus 39 (writer AI), typed per kind so every leaf the contract defines is present.

import type { Mailbox } from './lib.js';

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export type OeRole = 'lead_gp' | 'gp_partner' | 'caldicott_guardian' | 'existing_primary_contact' | 'board_member' | 'existing_primary_user' | 'other';

export interface P { name: string | null; email: string | null }
export interface PR extends P { role: string | null }

const lp = (p: P): P => ({ name: p.name, email: p.email === null ? null : p.email.toLowerCase() });

export type Fields =
  | { kind: 'user_admin_nomination'; service: 'GPP' | 'PL' | 'OPTO' | 'PCN'; nominee: P; approver: PR | null }
  | { kind: 'main_contact_change'; newMainContact: P }
  | { kind: 'verification_link_resend'; accountEmail: string | null; gmcNumber: string | null }
  | { kind: 'account_unlock'; username: string | null }
  | { kind: 'account_reactivation'; username: string | null }
  | { kind: 'role_removal_request'; username: string | null; roles: string[] }
  | { kind: 'practice_email_update'; currentEmail: string | null; newEmail: string | null }
  | {
      kind: 'main_contact_extension';
      existingPractice: { odsCode: string | null; name: string | null; mainContact: P; address: string | null; phone: string | null };
      newPractice: { odsCode: string | null; name: string | null; address: string | null };
    }
  | {
      kind: 'branch_setup';
      mainPractice: { odsCode: string | null; name: string | null; mainContact: P; address: string | null; phone: string | null };
      branch: { odsCode: string | null; name: string | null; address: string | null; phone: string | null; mainContact: P & { title: string | null } };
    }
  | { kind: 'open_exeter_primary_user_request'; organisationKind: 'gp_practice' | 'other'; nominee: P; signatory: P & { role: OeRole } }
  | { kind: 'open_exeter_additional_permissions'; user: P & { username: string | null }; permissions: string[]; signatory: P & { role: OeRole } }
  | { kind: 'open_exeter_new_user_authorisation'; user: P & { username: string | null }; createdBy: P }
  | { kind: 'unclassified' };

export interface Expected {
  mailbox: Mailbox;
  kind: Fields['kind'];
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

function normaliseFields(f: Fields): Record<string, unknown> {
  switch (f.kind) {
    case 'user_admin_nomination':
      return { service: f.service, nominee: lp(f.nominee), approver: f.approver ? { ...lp(f.approver), role: f.approver.role } : null };
    case 'main_contact_change':
      return { newMainContact: lp(f.newMainContact) };
    case 'verification_link_resend':
      return { accountEmail: f.accountEmail?.toLowerCase() ?? null, gmcNumber: f.gmcNumber };
    case 'account_unlock':
    case 'account_reactivation':
      return { username: f.username };
    case 'role_removal_request':
      return { username: f.username, roles: f.roles };
    case 'practice_email_update':
      return { currentEmail: f.currentEmail?.toLowerCase() ?? null, newEmail: f.newEmail?.toLowerCase() ?? null };
    case 'main_contact_extension':
      return {
        existingPractice: { ...f.existingPractice, mainContact: lp(f.existingPractice.mainContact) },
        newPractice: f.newPractice,
      };
    case 'branch_setup':
      return {
        mainPractice: { ...f.mainPractice, mainContact: lp(f.mainPractice.mainContact) },
        branch: { ...f.branch, mainContact: { ...lp(f.branch.mainContact), title: f.branch.mainContact.title } },
      };
    case 'open_exeter_primary_user_request':
      return { organisationKind: f.organisationKind, nominee: lp(f.nominee), signatory: { ...lp(f.signatory), role: f.signatory.role } };
    case 'open_exeter_additional_permissions':
      return { user: { ...lp(f.user), username: f.user.username }, permissions: f.permissions, signatory: { ...lp(f.signatory), role: f.signatory.role } };
    case 'open_exeter_new_user_authorisation':
      return { user: { ...lp(f.user), username: f.user.username }, createdBy: lp(f.createdBy) };
    case 'unclassified':
      return {};
  }
}

export function expected(
  mailbox: Mailbox,
  fields: Fields,
  o: { org: { odsCode: string | null; type: OrgType } | null; ignored?: 'auto_reply' | 'bounce'; mustRaise?: string[]; traits: string[] },
): Expected {
  return {
    mailbox,
    kind: fields.kind,
    ignored: o.ignored ?? null,
    organisation: o.org ? { odsCode: o.org.odsCode === null ? null : o.org.odsCode, type: o.org.type } : null,
    fields: normaliseFields(fields),
    mustRaise: o.mustRaise ?? [],
    traits: o.traits,
  };
}

export interface CorpusEmail {
  mailbox: Mailbox;
  slug: string;
  eml: string;
  expected: Expected;
}

export const UNCLASSIFIED: Fields = { kind: 'unclassified' };
