import { z } from 'zod';

/**
 * The replies we send and the view model each one needs. Case modules put these in `send-reply`
 * effects; templates/email renders them. Models hold only what the email shows, so nothing else
 * about the case reaches the outgoing email by accident.
 */

const text = z.string().nullable();
const base = {
  /** Our reference, e.g. PCSE-2026-000123: it goes in every subject so replies find their case. */
  caseRef: z.string().min(1),
  /** Whom we greet; null gives "Hello". */
  recipientName: text,
  organisationName: text,
  odsCode: text,
};

export const REPLY_MODEL_SCHEMAS = {
  acknowledgement: z.object({
    ...base,
    kindLabel: z.string(),
    understood: z.array(z.object({ label: z.string(), value: z.string() })),
    missing: z.array(z.string()),
  }),
  'info-request': z.object({ ...base, questions: z.array(z.string()).min(1) }),
  rejected: z.object({ ...base, kindLabel: z.string(), reason: z.string().min(1) }),
  'advice-role-removal': z.object({ ...base, username: text, roles: z.array(z.string()) }),
  'advice-reactivation-ask-your-admin': z.object({ ...base, username: text }),
  'done-user-admin-nomination': z.object({
    ...base,
    nomineeName: text,
    nomineeEmail: z.string(),
    serviceLabel: z.string(),
    role: z.string(),
  }),
  'done-main-contact-change': z.object({ ...base, contactName: text, contactEmail: z.string() }),
  'done-verification-link-resend': z.object({ ...base, accountEmail: z.string() }),
  'done-account-unlock': z.object({ ...base, username: z.string() }),
  'done-account-reactivation': z.object({ ...base, username: z.string() }),
  'done-practice-email-update': z.object({ ...base, newEmail: z.string(), previousEmail: text }),
  'done-main-contact-extension': z.object({
    ...base,
    contactName: text,
    contactEmail: z.string(),
    newPracticeOdsCode: z.string(),
    newPracticeName: text,
  }),
  'done-branch-setup': z.object({
    ...base,
    branchOdsCode: z.string(),
    branchName: text,
    contactName: text,
    contactEmail: z.string(),
  }),
  'done-open-exeter-primary-user-request': z.object({ ...base, nomineeName: text, nomineeEmail: z.string() }),
  'done-open-exeter-additional-permissions': z.object({ ...base, username: z.string(), permissions: z.array(z.string()) }),
  'done-open-exeter-new-user-authorisation': z.object({ ...base, username: z.string(), userName: text }),
} as const;

export type EmailTemplateName = keyof typeof REPLY_MODEL_SCHEMAS;
export type ReplyModels = { [N in EmailTemplateName]: z.infer<(typeof REPLY_MODEL_SCHEMAS)[N]> };
export const EMAIL_TEMPLATE_NAMES = Object.keys(REPLY_MODEL_SCHEMAS) as EmailTemplateName[];

/** True when `name` is one of our templates (effects store the name as a plain string). */
export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(REPLY_MODEL_SCHEMAS, name);
}
