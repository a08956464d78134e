/**
 * The case kinds: one module per kind, the registry, and the operations the processes call
 * (finaliseCase for the extractor, reviewCase and planApproval for the bot and the executor).
 */
export { CASE_MODULES, getCaseModule } from './registry.js';
export { finaliseCase, parseCaseFields, computeMissing, getPath } from './finalise-case.js';
export { reviewCase, listDirectoryLookups } from './review-case.js';
export { editCase, listEditableFields, type EditableField, type EditCaseResult, type FieldChange } from './edit-case.js';
export { planApproval, checkApprovable, type ApprovableResult } from './plan-approval.js';
export { askForField, planAcknowledgement, planInfoRequest, planRejection, describeCaseKind } from './plan-replies.js';
export { type ApprovalContext, type CaseModule, CaseNotApprovableError } from './case-module.js';
export { ADMIN_LIMIT, ADMIN_ROLE_BY_SERVICE, NOMINATION_SERVICES } from './user-admin-nomination.js';
export { planReactivationAdvice, isAdminOrMainContact } from './account-reactivation.js';
export { SIGNATORY_ROLES, type SignatoryRole, describeSignatoryRole } from './open-exeter-roles.js';
