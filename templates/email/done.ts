import type { ReplyModels } from '../../core/domain/replies.js';
import { type Block, type RenderedEmail, describeOrganisation, formatSubject, oneLine, renderLayout } from './layout.js';

/**
 * Confirmations sent after a case was executed, one per executable kind. Each says what changed
 * and what the person should do next, in the words of the seeds' guidance.
 */

function org(m: { organisationName: string | null; odsCode: string | null }): string {
  return describeOrganisation(m.organisationName, m.odsCode);
}

function named(name: string | null, email: string): string {
  return name ? `${oneLine(name)} (${email})` : email;
}

function done(m: { caseRef: string; recipientName: string | null }, topic: string, blocks: Block[]): RenderedEmail {
  return renderLayout({ subject: formatSubject(m.caseRef, topic), recipientName: m.recipientName, blocks });
}

export function renderDoneUserAdminNomination(m: ReplyModels['done-user-admin-nomination']): RenderedEmail {
  return done(m, 'User administrator set up', [
    { kind: 'p', text: `${named(m.nomineeName, m.nomineeEmail)} is now a ${m.serviceLabel} user administrator for ${org(m)}, with the role ${m.role}.` },
    { kind: 'p', text: `We have sent a verification link to ${m.nomineeEmail}. Please use it to finish setting up the account. Roles can take up to two hours to appear.` },
  ]);
}

export function renderDoneMainContactChange(m: ReplyModels['done-main-contact-change']): RenderedEmail {
  return done(m, 'Main contact changed', [
    { kind: 'p', text: `${named(m.contactName, m.contactEmail)} is now the main contact for ${org(m)}. They replace the previous main contact.` },
    { kind: 'p', text: 'The main contact looks after Supplies and Medical Records for the organisation.' },
  ]);
}

export function renderDoneVerificationLinkResend(m: ReplyModels['done-verification-link-resend']): RenderedEmail {
  return done(m, 'New verification link sent', [
    { kind: 'p', text: `We have sent a new verification link to ${m.accountEmail}. Please use it soon: links expire.` },
    { kind: 'p', text: 'If it does not arrive within an hour, check your junk folder before writing to us again.' },
  ]);
}

export function renderDoneAccountUnlock(m: ReplyModels['done-account-unlock']): RenderedEmail {
  return done(m, 'Account unlocked', [
    { kind: 'p', text: `We have unlocked the PCSE Online account ${m.username}.` },
    { kind: 'p', text: 'Five wrong passwords lock the account again. If you have forgotten the password, use "Forgotten password" on the sign-in page.' },
  ]);
}

export function renderDoneAccountReactivation(m: ReplyModels['done-account-reactivation']): RenderedEmail {
  return done(m, 'Account reactivated', [
    { kind: 'p', text: `We have reactivated the PCSE Online account ${m.username}. You can sign in again now.` },
    { kind: 'p', text: 'Accounts that are not used are deactivated, so please sign in from time to time.' },
  ]);
}

export function renderDonePracticeEmailUpdate(m: ReplyModels['done-practice-email-update']): RenderedEmail {
  const previous = m.previousEmail ? ` It replaces ${m.previousEmail}.` : '';
  return done(m, 'Practice email address updated', [
    { kind: 'p', text: `The practice email address for ${org(m)} is now ${m.newEmail}.${previous}` },
    { kind: 'p', text: 'We have sent this confirmation to the new address so you know it receives our emails.' },
  ]);
}

export function renderDoneMainContactExtension(m: ReplyModels['done-main-contact-extension']): RenderedEmail {
  const target = describeOrganisation(m.newPracticeName, m.newPracticeOdsCode);
  return done(m, 'Main contact extended to a new practice', [
    { kind: 'p', text: `${named(m.contactName, m.contactEmail)} is now also the main contact for ${target}.` },
    { kind: 'p', text: 'They can switch between practices in PCSE Online after signing in. The new practice may take up to two hours to appear.' },
  ]);
}

export function renderDoneBranchSetup(m: ReplyModels['done-branch-setup']): RenderedEmail {
  const branch = describeOrganisation(m.branchName, m.branchOdsCode);
  return done(m, 'Your branch is set up in PCSE Online', [
    { kind: 'p', text: `We have set up ${branch} as a branch of ${org(m)}, and you are its main contact.` },
    { kind: 'p', text: `We have sent a verification link to ${m.contactEmail}. Please use it to sign in and finish setting up your access.` },
  ]);
}

export function renderDoneOpenExeterPrimaryUserRequest(m: ReplyModels['done-open-exeter-primary-user-request']): RenderedEmail {
  return done(m, 'Open Exeter primary user created', [
    { kind: 'p', text: `${named(m.nomineeName, m.nomineeEmail)} is now an Open Exeter primary user for ${org(m)}.` },
    { kind: 'p', text: 'A primary user can add, amend and delete users and reset passwords for the organisation. We recommend two primary users per organisation.' },
  ]);
}

export function renderDoneOpenExeterAdditionalPermissions(m: ReplyModels['done-open-exeter-additional-permissions']): RenderedEmail {
  return done(m, 'Open Exeter permissions granted', [
    { kind: 'p', text: `We have granted these Open Exeter permissions to ${m.username}:` },
    { kind: 'list', items: m.permissions },
  ]);
}

export function renderDoneOpenExeterNewUserAuthorisation(m: ReplyModels['done-open-exeter-new-user-authorisation']): RenderedEmail {
  const who = m.userName ? `${oneLine(m.userName)} (${m.username})` : m.username;
  return done(m, 'Open Exeter user authorised: temporary password issued', [
    { kind: 'p', text: `We have authorised the new Open Exeter user ${who} and issued a temporary password.` },
    { kind: 'p', text: 'For security the password is not in this email: it reaches the user separately. They must change it when they first sign in.' },
  ]);
}
