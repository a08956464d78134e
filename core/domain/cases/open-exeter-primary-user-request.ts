import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import {
  type CaseModule, PersonField, NameField, EmailField, enumField, need, effectKey, recipients, reply, replyBase, checkOrganisation,
} from './case-module.js';
import { PRIMARY_USER_SIGNATORIES, SIGNATORY_ROLES, signatoryInRole } from './open-exeter-roles.js';

export const OpenExeterPrimaryUserRequestFieldsSchema = z.object({
  organisationKind: enumField(['gp_practice', 'other']),
  nominee: PersonField,
  signatory: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({ name: NameField, email: EmailField, role: enumField([...SIGNATORY_ROLES]) }),
  ),
});
export type OpenExeterPrimaryUserRequestFields = z.infer<typeof OpenExeterPrimaryUserRequestFieldsSchema>;

/** The role name Open Exeter gives a primary user (it carries "Organisation Maintenance"). */
export const PRIMARY_USER_ROLE = 'Primary User';

/**
 * A signed form asking for an Open Exeter primary user. Signatory rules differ for GP practices and
 * other organisations. High risk: a primary user creates other users, so two approvers decide.
 */
export const openExeterPrimaryUserRequest: CaseModule<OpenExeterPrimaryUserRequestFields> = {
  kind: 'open_exeter_primary_user_request',
  label: 'Open Exeter primary user request',
  title: 'Open Exeter primary user request',
  mailboxes: ['openexeter'],
  fieldsSchema: OpenExeterPrimaryUserRequestFieldsSchema,
  requiredFields: ['organisation.odsCode', 'fields.nominee.name', 'fields.nominee.email', 'fields.signatory.name', 'fields.signatory.role'],
  riskLevel: 'high',
  needsPhoneVerification: false,
  checkContent(parsed, f) {
    const findings: Finding[] = [];
    const orgType = parsed.organisation?.type;
    // The form for organisations other than GP practices, for one the email calls something else too ("Walk-in
    // Centre"), with a GP practice's code: the code or the form is wrong, and PCSE acts on the code.
    const code = parsed.organisation?.odsCode;
    if (f.organisationKind === 'other' && parsed.statedOrganisationType === 'other' && orgType === 'gp_practice' && code && !parsed.findings.some((x) => x.code === 'ods_type_mismatch')) {
      findings.push(makeFinding('ods_type_mismatch', `The request is for an organisation other than a GP practice, but ${code} is a GP practice code.`));
    }
    const role = f.signatory.role;
    if (!role) return findings;
    const inferred: 'gp_practice' | 'other' | null =
      orgType === 'gp_practice' || orgType === 'gp_branch' ? 'gp_practice' : orgType && orgType !== 'other' ? 'other' : null;
    const kind = f.organisationKind ?? inferred;
    const allowed = kind ? PRIMARY_USER_SIGNATORIES[kind] : [...PRIMARY_USER_SIGNATORIES.gp_practice, ...PRIMARY_USER_SIGNATORIES.other];
    if (!allowed.includes(role)) {
      const where = kind === 'gp_practice' ? 'a GP practice' : kind === 'other' ? 'this organisation' : 'any organisation';
      findings.push(makeFinding('signatory_role_not_allowed', `${signatoryInRole(role)} may not sign a primary user request for ${where}.`));
    }
    return findings;
  },
  checkDirectory(parsed, _f, facts) {
    return checkOrganisation(facts, parsed.organisation?.odsCode ?? null);
  },
  lookups(parsed, f) {
    const code = parsed.organisation?.odsCode;
    return { odsCodes: code ? [code] : [], accounts: f.nominee.email ? [f.nominee.email] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'open_exeter_primary_user_request';
    const odsCode = need(kind, parsed.organisation?.odsCode, 'organisation.odsCode');
    const email = need(kind, f.nominee.email, 'fields.nominee.email');
    return [
      { type: 'ensure-user', key: effectKey(context.caseId, 'ensure-user', email), email, username: email, name: f.nominee.name },
      {
        type: 'grant-role',
        key: effectKey(context.caseId, 'grant-role', email, odsCode, 'OPEN_EXETER', PRIMARY_USER_ROLE),
        username: email,
        odsCode,
        service: 'OPEN_EXETER',
        role: PRIMARY_USER_ROLE,
      },
      ...reply(context, 'done-open-exeter-primary-user-request', recipients(context.requesterEmail, email), {
        ...replyBase(parsed, context, null),
        nomineeName: f.nominee.name,
        nomineeEmail: email,
      }),
    ];
  },
};
