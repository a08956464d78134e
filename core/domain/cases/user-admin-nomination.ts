import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import {
  type CaseModule, PersonField, TextField, EmailField, NameField, enumField, need, effectKey, recipients, reply, replyBase,
  checkOrganisation, findOrganisation, organisationTypeOf,
} from './case-module.js';

export const NOMINATION_SERVICES = ['GPP', 'PL', 'OPTO', 'PCN'] as const;

export const UserAdminNominationFieldsSchema = z.object({
  service: z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), enumField([...NOMINATION_SERVICES])),
  nominee: PersonField,
  approver: z.preprocess(
    (v) => (v === undefined ? null : v),
    z.object({ name: NameField, email: EmailField, role: TextField }).nullable(),
  ),
  /** Extension: the number of user administrators the email says the organisation already has, or null. */
  existingAdminCount: z.preprocess((v) => (v === undefined ? null : v), z.number().int().nonnegative().nullable()),
});
export type UserAdminNominationFields = z.infer<typeof UserAdminNominationFieldsSchema>;

/** The user-administrator role each service grants (docs/domain.md, services table). */
export const ADMIN_ROLE_BY_SERVICE: Record<(typeof NOMINATION_SERVICES)[number], string> = {
  GPP: 'GPP Practice User Administrator',
  PL: 'PL Organisation Administrator',
  OPTO: 'OPTO Organisation User Administration',
  PCN: 'PCN User Administrator',
};

export const SERVICE_LABELS: Record<(typeof NOMINATION_SERVICES)[number], string> = {
  GPP: 'GP Payments and Pensions',
  PL: 'Performers List',
  OPTO: 'Ophthalmic Payments',
  PCN: 'PCN',
};

/**
 * The role whose own sign-off makes its writer the nomination's approver (docs/domain.md, "who nominates"): a
 * Performers List nomination comes from the CQC registered manager, an ophthalmic one from the contract holder (the
 * owner). A PCN's clinical director is taken as the approver they say they are, so the rules above can say that
 * a PCN nomination needs an ICB approver on the AEL. GPP has none: its approver signs the certification form.
 */
const NOMINATING_ROLE: Partial<Record<(typeof NOMINATION_SERVICES)[number], RegExp>> = {
  PL: /registered manager/i,
  OPTO: /contract holder|owner/i,
  PCN: /clinical director/i,
};

/** Whether someone signing off as `role` is the one who nominates user administrators for `service`. */
export function nominatesAdministratorsFor(service: string | null, role: string): boolean {
  const pattern = service ? NOMINATING_ROLE[service as (typeof NOMINATION_SERVICES)[number]] : undefined;
  return pattern ? pattern.test(role) : false;
}

/** Seeds 000–003: four user administrators per service per practice. */
export const ADMIN_LIMIT = 4;

const SERVICE_ORG_TYPES: Record<(typeof NOMINATION_SERVICES)[number], string[]> = {
  GPP: ['gp_practice', 'gp_branch'],
  PL: ['gp_practice', 'gp_branch'],
  OPTO: ['ophthalmic_practice'],
  PCN: ['pcn'],
};

/**
 * Make a named person a user administrator for GPP, PL, OPTO or PCN at an organisation.
 * High risk: it hands out the power to create users, so two approvers decide.
 */
export const userAdminNomination: CaseModule<UserAdminNominationFields> = {
  kind: 'user_admin_nomination',
  label: 'user administrator nomination',
  title: 'User administrator nomination',
  mailboxes: ['portalenquiries'],
  fieldsSchema: UserAdminNominationFieldsSchema,
  requiredFields: ['organisation.odsCode', 'fields.service', 'fields.nominee.name', 'fields.nominee.email'],
  riskLevel: 'high',
  needsPhoneVerification: false,
  checkContent(parsed, f) {
    const findings: Finding[] = [];
    const orgType = organisationTypeOf(parsed);
    if (f.service && orgType && orgType !== 'other' && !SERVICE_ORG_TYPES[f.service].includes(orgType)) {
      findings.push(makeFinding('service_organisation_mismatch', `${f.service} user administrators are not nominated for a ${orgType.replace(/_/g, ' ')}.`));
    }
    if (f.existingAdminCount !== null && f.existingAdminCount >= ADMIN_LIMIT) {
      const service = f.service ? `${f.service} ` : '';
      findings.push(makeFinding('admin_limit_reached', `The email says the organisation already has ${f.existingAdminCount} ${service}user administrators; the limit is ${ADMIN_LIMIT}.`));
    }
    // Seed 001: a PCN nomination is approved by an ICB approver; an approver whose stated role is not an ICB role
    // (e.g. the PCN's own Clinical Director) cannot be one, whatever the directory says.
    // The role as signed counts with the organisation line under it ("Primary Care Contracts Manager / NHS Devon ICB").
    const signOff = (parsed.evidence['fields.approver.role'] ?? '').split(' / ');
    const signedRole = `${f.approver?.role ?? ''} ${signOff.length >= 3 ? signOff.slice(2).join(' ') : ''}`;
    if (f.service === 'PCN' && f.approver?.role && !/\bICB\b|integrated care board|\bCCG\b|\bAEL\b|authori[sz]ed email list/i.test(signedRole)) {
      findings.push(makeFinding('approver_not_on_ael', `The approver's stated role (${f.approver.role}) is not an ICB approver on the Authorised Email List.`));
    }
    // Seed 001: a GPP nomination comes on the certification form signed by an organisation approver.
    if (f.service === 'GPP' && !(parsed.attachments ?? []).some((a) => a.contentType === 'application/pdf' || /\.pdf$/i.test(a.filename ?? ''))) {
      findings.push(makeFinding('certification_form_missing', 'GPP nominations need the certification form (PDF) signed by an organisation approver; none is attached.'));
    }
    return findings;
  },
  checkDirectory(parsed, f, facts) {
    const code = parsed.organisation?.odsCode ?? null;
    const findings = checkOrganisation(facts, code);
    const org = findOrganisation(facts, code);
    if (org && f.service) {
      const count = org.adminCounts[f.service] ?? 0;
      if (count >= ADMIN_LIMIT) {
        findings.push(makeFinding('admin_limit_reached', `${code} already has ${count} ${f.service} user administrators in the directory; the limit is ${ADMIN_LIMIT}.`));
      }
    }
    // Seed 001: a PCN without a user admin is nominated on a form approved by an ICB approver on the AEL.
    if (f.service === 'PCN') {
      const approverEmail = f.approver?.email ?? null;
      if (!approverEmail) {
        findings.push(makeFinding('approver_not_on_ael', 'A PCN nomination needs an ICB approver on the Authorised Email List; none is named.'));
      } else if (facts.authorisedEmails[approverEmail] === false) {
        findings.push(makeFinding('approver_not_on_ael', 'The approver is not on the Authorised Email List.'));
      }
    }
    return findings;
  },
  lookups(parsed, f) {
    const code = parsed.organisation?.odsCode;
    return {
      odsCodes: code ? [code] : [],
      accounts: f.nominee.email ? [f.nominee.email] : [],
      authorisedEmails: f.service === 'PCN' && f.approver?.email ? [f.approver.email] : [],
    };
  },
  approve(parsed, f, context) {
    const kind = 'user_admin_nomination';
    const odsCode = need(kind, parsed.organisation?.odsCode, 'organisation.odsCode');
    const service = need(kind, f.service, 'fields.service');
    const email = need(kind, f.nominee.email, 'fields.nominee.email');
    const role = ADMIN_ROLE_BY_SERVICE[service];
    return [
      { type: 'ensure-user', key: effectKey(context.caseId, 'ensure-user', email), email, username: email, name: f.nominee.name },
      { type: 'grant-role', key: effectKey(context.caseId, 'grant-role', email, odsCode, service, role), username: email, odsCode, service, role },
      { type: 'issue-verification-link', key: effectKey(context.caseId, 'verification-link', email), username: email },
      ...reply(context, 'done-user-admin-nomination', recipients(context.requesterEmail, email), {
        ...replyBase(parsed, context, null),
        nomineeName: f.nominee.name,
        nomineeEmail: email,
        serviceLabel: SERVICE_LABELS[service],
        role,
      }),
    ];
  },
};
