import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import { getEmailDomain, isOrganisationMailbox, isPersonalAddress } from '../people.js';
import { type CaseModule, EmailField, need, effectKey, recipients, reply, replyBase, checkOrganisation, findOrganisation } from './case-module.js';

export const PracticeEmailUpdateFieldsSchema = z.object({ currentEmail: EmailField, newEmail: EmailField });
export type PracticeEmailUpdateFields = z.infer<typeof PracticeEmailUpdateFieldsSchema>;

/**
 * Change a practice's email. The new address must be an nhs.net organisation (shared) mailbox,
 * not an individual's (seed 002), and the confirmation goes to the new address, which proves it works.
 */
export const practiceEmailUpdate: CaseModule<PracticeEmailUpdateFields> = {
  kind: 'practice_email_update',
  label: 'practice email change',
  title: 'Practice email update',
  mailboxes: ['datamanager'],
  fieldsSchema: PracticeEmailUpdateFieldsSchema,
  requiredFields: ['organisation.odsCode', 'fields.currentEmail', 'fields.newEmail'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent(_parsed, f) {
    const findings: Finding[] = [];
    if (!f.newEmail) return findings;
    if (getEmailDomain(f.newEmail) !== 'nhs.net') {
      findings.push(makeFinding('email_not_nhsmail', 'The new practice email is not an nhs.net address.'));
      // "sandra.pickles1972@gmail.com": outside NHSmail and a person's own, two reasons the reviewer must both see.
      if (isPersonalAddress(f.newEmail)) findings.push(makeFinding('individual_mailbox', 'The new practice email may be a personal mailbox: it looks like a personal firstname.lastname address.'));
    } else {
      const verdict = isOrganisationMailbox(f.newEmail);
      if (!verdict.organisation) findings.push(makeFinding('individual_mailbox', `The new practice email may be a personal mailbox: it ${verdict.reason}.`));
    }
    if (f.currentEmail && f.currentEmail === f.newEmail) findings.push(makeFinding('email_unchanged', 'The new practice email is the same as the current one.'));
    return findings;
  },
  checkDirectory(parsed, f, facts) {
    const code = parsed.organisation?.odsCode ?? null;
    const findings = checkOrganisation(facts, code);
    const stored = findOrganisation(facts, code)?.email ?? null;
    if (stored && f.currentEmail && stored.toLowerCase() !== f.currentEmail) {
      findings.push(makeFinding('current_email_mismatch', 'The current email given differs from the one in the directory.'));
    }
    return findings;
  },
  lookups(parsed) {
    const code = parsed.organisation?.odsCode;
    return { odsCodes: code ? [code] : [], accounts: [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'practice_email_update';
    const odsCode = need(kind, parsed.organisation?.odsCode, 'organisation.odsCode');
    const email = need(kind, f.newEmail, 'fields.newEmail');
    return [
      { type: 'set-organisation-email', key: effectKey(context.caseId, 'org-email', odsCode, email), odsCode, email },
      ...reply(context, 'done-practice-email-update', recipients(email), {
        ...replyBase(parsed, context, null),
        newEmail: email,
        previousEmail: f.currentEmail,
      }),
    ];
  },
};
