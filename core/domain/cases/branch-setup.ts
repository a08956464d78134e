import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import { classifyOdsCode, isBranchOf } from '../ods.js';
import {
  type CaseModule, PersonField, TextField, OdsField, NameField, EmailField, need, effectKey, recipients, reply, replyBase,
  checkOrganisation, findOrganisation,
} from './case-module.js';

export const BranchSetupFieldsSchema = z.object({
  mainPractice: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({ odsCode: OdsField, name: TextField, mainContact: PersonField, address: TextField, phone: TextField }),
  ),
  branch: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({
      odsCode: OdsField,
      name: TextField,
      address: TextField,
      phone: TextField,
      mainContact: z.preprocess((v) => (v === undefined || v === null ? {} : v), z.object({ name: NameField, email: EmailField, title: TextField })),
    }),
  ),
});
export type BranchSetupFields = z.infer<typeof BranchSetupFieldsSchema>;

/**
 * Set up a GP branch under its main practice (seed 002). A branch code is the main code followed
 * by three digits (001, 002 …). PCSE phones to verify; execution creates the branch, makes the
 * nominated person its main contact and sends them the access email.
 */
export const branchSetup: CaseModule<BranchSetupFields> = {
  kind: 'branch_setup',
  label: 'GP branch set-up',
  title: 'GP branch set-up',
  mailboxes: ['datamanager'],
  fieldsSchema: BranchSetupFieldsSchema,
  requiredFields: [
    'fields.mainPractice.odsCode',
    'fields.branch.odsCode',
    'fields.branch.name',
    'fields.branch.address',
    'fields.branch.mainContact.name',
    'fields.branch.mainContact.email',
  ],
  riskLevel: 'standard',
  needsPhoneVerification: true,
  checkContent(_parsed, f) {
    const findings: Finding[] = [makeFinding('phone_verification_required', 'Phone the practice to verify the branch before approving.')];
    const main = f.mainPractice.odsCode;
    const branch = f.branch.odsCode;
    if (main && classifyOdsCode(main) && classifyOdsCode(main)?.type !== 'gp_practice') {
      findings.push(makeFinding('ods_type_mismatch', `The main practice code ${main} is not a GP practice code.`));
    }
    if (main && branch && !isBranchOf(branch, main)) {
      findings.push(makeFinding('branch_code_mismatch', `The branch code ${branch} is not ${main} followed by three digits.`));
    }
    return findings;
  },
  checkDirectory(_parsed, f, facts) {
    const findings = checkOrganisation(facts, f.mainPractice.odsCode, 'main practice');
    const branch = findOrganisation(facts, f.branch.odsCode);
    if (branch) findings.push(makeFinding('organisation_already_exists', `The branch ${branch.odsCode} is already in the directory.`));
    return findings;
  },
  lookups(_parsed, f) {
    const codes = [f.mainPractice.odsCode, f.branch.odsCode].filter((c): c is string => !!c);
    return { odsCodes: [...new Set(codes)], accounts: f.branch.mainContact.email ? [f.branch.mainContact.email] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'branch_setup';
    const parent = need(kind, f.mainPractice.odsCode, 'fields.mainPractice.odsCode');
    const odsCode = need(kind, f.branch.odsCode, 'fields.branch.odsCode');
    const email = need(kind, f.branch.mainContact.email, 'fields.branch.mainContact.email');
    const name = f.branch.mainContact.name;
    return [
      {
        type: 'create-organisation',
        key: effectKey(context.caseId, 'create-org', odsCode),
        odsCode,
        name: f.branch.name,
        orgType: 'gp_branch',
        parentOdsCode: parent,
        address: f.branch.address,
        phone: f.branch.phone,
      },
      { type: 'ensure-user', key: effectKey(context.caseId, 'ensure-user', email), email, username: email, name },
      { type: 'replace-main-contact', key: effectKey(context.caseId, 'main-contact', odsCode, email), odsCode, contact: { name, email } },
      { type: 'issue-verification-link', key: effectKey(context.caseId, 'verification-link', email), username: email },
      // The access email goes to the nominated main contact (docs/domain.md, branch_setup).
      ...reply(context, 'done-branch-setup', recipients(email), {
        ...replyBase(parsed, context, [f.branch.mainContact.title, name].filter(Boolean).join(' ') || null),
        branchOdsCode: odsCode,
        branchName: f.branch.name,
        contactName: name,
        contactEmail: email,
      }),
    ];
  },
};
