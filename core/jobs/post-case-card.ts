/**
 * The `case-ready` job (queue `case-ready`, payload { caseId }): run by `pcse bot`, which owns the Teams
 * connection. It posts the case's approval card to the staff channel once; throwing retries with backoff
 * (no channel yet, connector down).
 */
export interface PostCaseCardDeps {
  postCaseCard(caseId: string): Promise<'posted' | 'updated' | 'skipped'>;
}

export function handlePostCaseCard(deps: PostCaseCardDeps, data: { caseId: string }): Promise<'posted' | 'updated' | 'skipped'> {
  return deps.postCaseCard(data.caseId);
}
