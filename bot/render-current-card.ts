import { getCaseModule } from '../core/domain/cases/index.js';
import type { StoredCase } from '../core/ports.js';
import { renderCaseCard, type CaseCardInput } from '../templates/cards/case-card.js';
import { renderDecidedCard, type DecidedCardInput } from '../templates/cards/decided-card.js';
import type { AdaptiveCardJson } from '../templates/cards/expand-card-template.js';
import { KIND_LABELS, REJECT_REASONS } from '../templates/cards/labels.js';
import type { StoredDecision } from './bot-store.js';
import type { BotDeps } from './deps.js';

/**
 * The card a case should show now, from the store: the approval card while it waits, the decided card after.
 * Everyone who acted on the case gets `refresh` so their client fetches this again when it next shows the card.
 */
export async function renderCurrentCard(deps: BotDeps, c: StoredCase, notice?: CaseCardInput['notice']): Promise<AdaptiveCardJson> {
  const waiting = c.state === 'awaiting_approval';
  const odsCode = waiting ? (c.parsed.organisation?.odsCode ?? null) : null;
  // Read together: each is one round trip, and a new case's card waits for all of them.
  const [decisions, directoryOrganisation] = await Promise.all([
    deps.store.listDecisions(c.id),
    odsCode && deps.directory ? deps.directory.findOrganisation(odsCode).catch(() => null) : Promise.resolve(null),
  ]);
  const refreshUserIds = [...new Set(decisions.map((d) => d.data.teamsUserId).filter((x): x is string => typeof x === 'string'))].slice(0, 60);
  if (waiting) {
    const { riskLevel, needsPhoneVerification } = getCaseModule(c.kind);
    const approvals = decisions
      .filter((d) => d.verb === 'approve' && d.cardVersion === c.version)
      .map((d) => ({ name: d.actor.name, at: d.createdAt }));
    return renderCaseCard({ case: c, directoryOrganisation, riskLevel, needsPhoneVerification, approvals, notice: notice ?? null, refreshUserIds, corrections: c.correctedBy });
  }
  const deciding = decidingDecisions(c, decisions);
  const last = deciding[deciding.length - 1];
  const outcome: DecidedCardInput['outcome'] =
    c.state === 'rejected' ? 'rejected' : last?.verb === 'reclassify' ? 'reclassified' : c.state === 'needs_information' ? 'request_info' : 'approved';
  // The error itself is in the audit log and on the dashboard; the card never carries exception text.
  const failure = c.state === 'failed' ? 'Execution failed; see the audit log and the queue dashboard.' : null;
  return renderDecidedCard({
    case: c,
    outcome,
    deciders: deciding.map((d) => ({ name: d.actor.name, at: d.createdAt })),
    detail: outcome === 'approved' ? describeOverrides(deciding) : describeDetail(last),
    failure,
    refreshUserIds,
  });
}

/** A card that says only why the viewer may not see the case: no reference, kind, names or fields. */
export function renderRefusalCard(text: string): AdaptiveCardJson {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] };
}

/** The decisions that moved the case out of awaiting_approval (both approvals for a high-risk case). */
function decidingDecisions(c: StoredCase, decisions: StoredDecision[]): StoredDecision[] {
  // A case reclassified into a kind that lacks fields waits for information too: the latest of the two explains it.
  const verbs = c.state === 'rejected' ? ['reject'] : c.state === 'needs_information' ? ['request_info', 'reclassify'] : ['approve'];
  const mine = decisions.filter((d) => verbs.includes(d.verb));
  const version = Math.max(...mine.map((d) => d.cardVersion), -1);
  return mine.filter((d) => d.cardVersion === version);
}

/** The approvers' reasons for approving over error findings, for the decided card; null when none overrode. */
function describeOverrides(approvals: StoredDecision[]): string | null {
  const reasons = approvals.filter((d) => d.data.override && d.reason).map((d) => `${d.actor.name ?? 'a staff member'}: ${d.reason}`);
  return reasons.length ? `Approved over error findings. ${reasons.join('; ')}` : null;
}

function describeDetail(d: StoredDecision | undefined): string | null {
  if (!d) return null;
  if (d.verb === 'reject') {
    const title = REJECT_REASONS.find((r) => r.value === d.reason)?.title ?? d.reason ?? '';
    const text = typeof d.data.text === 'string' && d.data.text ? `: ${d.data.text}` : '';
    return `${title}${text}`;
  }
  if (d.verb === 'request_info') return Array.isArray(d.data.fields) ? `Asked for ${d.data.fields.join(', ')}` : null;
  if (d.verb === 'reclassify' && typeof d.data.kind === 'string') return KIND_LABELS[d.data.kind as keyof typeof KIND_LABELS] ?? d.data.kind;
  return null;
}
