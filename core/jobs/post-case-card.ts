/**
 * The `case-ready` job (queue `case-ready`, payload { caseId }, job id from the case id and version): run by
 * `pcse bot`, which owns the Teams connection. It posts the case's approval card to the staff channel once:
 * the card's address is recorded on the case, so a redelivered job or a case that became ready again replaces
 * that card instead of posting another, and a claim stops two deliveries at once from both posting. Throwing
 * retries with backoff (no channel yet, connector down, another delivery mid-post).
 */
export interface PostCaseCardDeps {
  postCaseCard(caseId: string): Promise<'posted' | 'updated' | 'skipped'>;
}

export function handlePostCaseCard(deps: PostCaseCardDeps, data: { caseId: string }): Promise<'posted' | 'updated' | 'skipped'> {
  return deps.postCaseCard(data.caseId);
}
