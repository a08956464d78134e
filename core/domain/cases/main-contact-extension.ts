import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import {
  type CaseModule, PersonField, TextField, OdsField, need, effectKey, recipients, reply, replyBase, checkOrganisation, findOrganisation,
} from './case-module.js';

export const MainContactExtensionFieldsSchema = z.object({
  existingPractice: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({ odsCode: OdsField, name: TextField, mainContact: PersonField, address: TextField, phone: TextField }),
  ),
  newPractice: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({ odsCode: OdsField, name: TextField, address: TextField }),
  ),
});
export type MainContactExtensionFields = z.infer<typeof MainContactExtensionFieldsSchema>;

/**
 * Extend an existing main contact to a new practice (seed 002). PCSE phones the new practice to
 * verify before approving, so the approver ticks that off.
 */
export const mainContactExtension: CaseModule<MainContactExtensionFields> = {
  kind: 'main_contact_extension',
  label: 'main contact extension',
  title: 'Main contact extension to a new practice',
  mailboxes: ['datamanager'],
  fieldsSchema: MainContactExtensionFieldsSchema,
  requiredFields: [
    'fields.existingPractice.odsCode',
    'fields.existingPractice.mainContact.name',
    'fields.existingPractice.mainContact.email',
    'fields.newPractice.odsCode',
    'fields.newPractice.name',
  ],
  riskLevel: 'standard',
  needsPhoneVerification: true,
  checkContent() {
    return [makeFinding('phone_verification_required', 'Phone the new practice to verify the request before approving.')];
  },
  checkDirectory(_parsed, f, facts) {
    const findings: Finding[] = [
      ...checkOrganisation(facts, f.existingPractice.odsCode, 'existing practice'),
      ...checkOrganisation(facts, f.newPractice.odsCode, 'new practice'),
    ];
    const existing = findOrganisation(facts, f.existingPractice.odsCode);
    const given = f.existingPractice.mainContact.email;
    const stored = existing?.mainContact?.email?.toLowerCase() ?? null;
    if (existing && given && stored !== given) {
      findings.push(makeFinding('main_contact_mismatch', `The named contact is not the main contact of ${existing.odsCode} in the directory.`));
    }
    const target = findOrganisation(facts, f.newPractice.odsCode)?.mainContact ?? null;
    if (target && (target.email || target.name) && target.email?.toLowerCase() !== given) {
      findings.push(makeFinding('main_contact_exists', `Approving replaces the current main contact of ${f.newPractice.odsCode}.`));
    }
    return findings;
  },
  lookups(_parsed, f) {
    const codes = [f.existingPractice.odsCode, f.newPractice.odsCode].filter((c): c is string => !!c);
    return { odsCodes: [...new Set(codes)], accounts: f.existingPractice.mainContact.email ? [f.existingPractice.mainContact.email] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'main_contact_extension';
    const odsCode = need(kind, f.newPractice.odsCode, 'fields.newPractice.odsCode');
    const email = need(kind, f.existingPractice.mainContact.email, 'fields.existingPractice.mainContact.email');
    const contact = { name: f.existingPractice.mainContact.name, email };
    return [
      // The contact's existing account gains the new practice: it becomes that practice's main contact.
      { type: 'replace-main-contact', key: effectKey(context.caseId, 'main-contact', odsCode, email), odsCode, contact },
      ...reply(context, 'done-main-contact-extension', recipients(context.requesterEmail, email), {
        ...replyBase(parsed, context, contact.name),
        contactName: contact.name,
        contactEmail: email,
        newPracticeOdsCode: odsCode,
        newPracticeName: f.newPractice.name,
      }),
    ];
  },
};
