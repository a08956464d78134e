import { REPLY_MODEL_SCHEMAS, type EmailTemplateName, type ReplyModels, isEmailTemplateName } from '../../core/domain/replies.js';
import { renderAcknowledgement } from './acknowledgement.js';
import { renderAdviceReactivationAskYourAdmin, renderAdviceRoleRemoval } from './advice.js';
import * as done from './done.js';
import { renderInfoRequest } from './info-request.js';
import type { RenderedEmail } from './layout.js';
import { renderRejected } from './rejected.js';

export type { EmailTemplateName, ReplyModels } from '../../core/domain/replies.js';
export { EMAIL_TEMPLATE_NAMES } from '../../core/domain/replies.js';
export type { RenderedEmail } from './layout.js';
export { escapeHtml } from './layout.js';

const RENDERERS: { [N in EmailTemplateName]: (model: ReplyModels[N]) => RenderedEmail } = {
  acknowledgement: renderAcknowledgement,
  'info-request': renderInfoRequest,
  rejected: renderRejected,
  'advice-role-removal': renderAdviceRoleRemoval,
  'advice-reactivation-ask-your-admin': renderAdviceReactivationAskYourAdmin,
  'done-user-admin-nomination': done.renderDoneUserAdminNomination,
  'done-main-contact-change': done.renderDoneMainContactChange,
  'done-verification-link-resend': done.renderDoneVerificationLinkResend,
  'done-account-unlock': done.renderDoneAccountUnlock,
  'done-account-reactivation': done.renderDoneAccountReactivation,
  'done-practice-email-update': done.renderDonePracticeEmailUpdate,
  'done-main-contact-extension': done.renderDoneMainContactExtension,
  'done-branch-setup': done.renderDoneBranchSetup,
  'done-open-exeter-primary-user-request': done.renderDoneOpenExeterPrimaryUserRequest,
  'done-open-exeter-additional-permissions': done.renderDoneOpenExeterAdditionalPermissions,
  'done-open-exeter-new-user-authorisation': done.renderDoneOpenExeterNewUserAuthorisation,
};

/** Thrown for an unknown template or a model that does not fit it: a bug upstream, so the job should not retry. */
export class TemplateError extends Error {
  constructor(readonly code: 'unknown_template' | 'invalid_model', readonly template: string) {
    super(`email template ${code}: ${template}`);
    this.name = 'TemplateError';
  }
}

/**
 * Renders one of our replies. The model is validated against the template's schema first, so an
 * effect stored as JSON (where the type was lost) cannot render a half-empty email.
 */
export function renderEmail<N extends EmailTemplateName>(template: N, model: ReplyModels[N]): RenderedEmail;
export function renderEmail(template: string, model: Record<string, unknown>): RenderedEmail;
export function renderEmail(template: string, model: unknown): RenderedEmail {
  if (!isEmailTemplateName(template)) throw new TemplateError('unknown_template', template);
  const parsed = REPLY_MODEL_SCHEMAS[template].safeParse(model);
  if (!parsed.success) throw new TemplateError('invalid_model', template);
  const render = RENDERERS[template] as (m: unknown) => RenderedEmail;
  return render(parsed.data);
}
