import { z } from 'zod';
import { makeFinding } from '../findings.js';
import { type CaseModule, PersonField, need, effectKey, recipients, reply, replyBase, checkOrganisation, findOrganisation } from './case-module.js';

export const MainContactChangeFieldsSchema = z.object({ newMainContact: PersonField });
export type MainContactChangeFields = z.infer<typeof MainContactChangeFieldsSchema>;

/**
 * Replace an organisation's main contact. An existing main contact cannot hand the role on; only
 * PCSE changes it, on an email giving the code and the new contact's name and email (seeds 001, 002).
 * High risk: the main contact orders supplies and moves records, so two approvers decide.
 */
export const mainContactChange: CaseModule<MainContactChangeFields> = {
  kind: 'main_contact_change',
  label: 'main contact change',
  title: 'Main contact change',
  mailboxes: ['portalenquiries'],
  fieldsSchema: MainContactChangeFieldsSchema,
  requiredFields: ['organisation.odsCode', 'fields.newMainContact.name', 'fields.newMainContact.email'],
  riskLevel: 'high',
  needsPhoneVerification: false,
  checkContent() {
    return [];
  },
  checkDirectory(parsed, f, facts) {
    const code = parsed.organisation?.odsCode ?? null;
    const findings = checkOrganisation(facts, code);
    const current = findOrganisation(facts, code)?.mainContact ?? null;
    if (current?.email && f.newMainContact.email && current.email.toLowerCase() === f.newMainContact.email) {
      findings.push(makeFinding('main_contact_unchanged', 'The nominated person is already the main contact.'));
    } else if (current && (current.email || current.name)) {
      // Exactly one main contact per organisation: approving replaces the current one.
      findings.push(makeFinding('main_contact_exists', `Approving replaces the current main contact of ${code}.`));
    }
    return findings;
  },
  lookups(parsed, f) {
    const code = parsed.organisation?.odsCode;
    return { odsCodes: code ? [code] : [], accounts: f.newMainContact.email ? [f.newMainContact.email] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'main_contact_change';
    const odsCode = need(kind, parsed.organisation?.odsCode, 'organisation.odsCode');
    const email = need(kind, f.newMainContact.email, 'fields.newMainContact.email');
    return [
      { type: 'ensure-user', key: effectKey(context.caseId, 'ensure-user', email), email, username: email, name: f.newMainContact.name },
      { type: 'replace-main-contact', key: effectKey(context.caseId, 'main-contact', odsCode, email), odsCode, contact: { name: f.newMainContact.name, email } },
      ...reply(context, 'done-main-contact-change', recipients(context.requesterEmail, email), {
        ...replyBase(parsed, context, null),
        contactName: f.newMainContact.name,
        contactEmail: email,
      }),
    ];
  },
};
