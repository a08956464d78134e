import type { CaseState, Mailbox } from '../../core/domain/case.js';
import { CASE_STATES, MAILBOXES } from '../../core/domain/case.js';
import { formatTime } from './case-card.js';
import { escapeCardText } from './escape-card-text.js';
import { expandCardTemplate, type AdaptiveCardJson } from './expand-card-template.js';
import { MAILBOX_LABELS, STATE_LABELS, KIND_LABELS } from './labels.js';
import template from './status-card.json' with { type: 'json' };
import type { CaseKind } from '../../core/domain/case.js';
import type { KindAccuracy } from '../../core/domain/correction-shares.js';
import { labelForPath } from './case-card.js';

export interface StatusCardInput {
  generatedAt: Date;
  byState: Partial<Record<CaseState, number>>;
  /** Cases awaiting approval, per mailbox. */
  waitingByMailbox: Partial<Record<Mailbox, number>>;
  oldestWaiting: { ref: string; since: Date } | null;
  failures: { ref: string; kind: CaseKind; error: string | null }[];
  deadLetters: number;
  escalateAfterMinutes: number;
  /** Live accuracy over the last 7 and 30 days (core/domain/correction-shares.ts); omitted, the section is not shown. */
  accuracy?: { last7: KindAccuracy[]; last30: KindAccuracy[] } | null;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** One line per kind seen in the last 30 days: cases, reclassified share, and the three most corrected values. */
function describeAccuracy(accuracy: NonNullable<StatusCardInput['accuracy']>): { text: string }[] {
  return accuracy.last30.slice(0, 13).map((r) => {
    const week = accuracy.last7.find((w) => w.kind === r.kind);
    const weekField = (path: string) => week?.fields.find((f) => f.path === path)?.share ?? 0;
    const label = KIND_LABELS[r.kind as CaseKind] ?? r.kind;
    const fields = r.fields
      .slice(0, 3)
      .map((f) => `${labelForPath(f.path.replace(/^fields\./, ''))} ${percent(f.share)} (7 days ${percent(weekField(f.path))})`);
    return {
      text: escapeCardText(
        `${label}: ${r.cases} in 30 days · reclassified ${percent(r.reclassifiedShare)} (7 days ${percent(week?.reclassifiedShare ?? 0)})` +
          (fields.length ? ` · corrected: ${fields.join(', ')}` : ' · no values corrected'),
        400,
      ),
    };
  });
}

/** Renders the supervisors' status card: the queue at a glance, with what needs a person highlighted. */
export function renderStatusCard(input: StatusCardInput): AdaptiveCardJson {
  const oldest = input.oldestWaiting;
  const ageMinutes = oldest ? Math.max(0, Math.floor((input.generatedAt.getTime() - oldest.since.getTime()) / 60_000)) : 0;
  return expandCardTemplate(template, {
    generatedAt: formatTime(input.generatedAt),
    byState: CASE_STATES.map((s) => ({ title: STATE_LABELS[s], value: String(input.byState[s] ?? 0) })),
    byMailbox: MAILBOXES.map((m) => ({ title: MAILBOX_LABELS[m], value: String(input.waitingByMailbox[m] ?? 0) })),
    oldestText: oldest
      ? `Oldest waiting: ${escapeCardText(oldest.ref, 40)}, waiting ${formatAge(ageMinutes)}`
      : 'Nothing is waiting for approval.',
    oldestColor: oldest && ageMinutes >= input.escalateAfterMinutes ? 'Attention' : 'Default',
    deadLetters: String(input.deadLetters),
    deadLetterColor: input.deadLetters > 0 ? 'Attention' : 'Default',
    accuracy: input.accuracy ? describeAccuracy(input.accuracy) : [],
    failures: input.failures.slice(0, 20).map((f) => ({
      text: `${escapeCardText(f.ref, 40)} · ${KIND_LABELS[f.kind]} · ${escapeCardText(f.error, 200) || 'no error recorded'}`,
    })),
  });
}

function formatAge(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  return h < 48 ? `${h} h ${minutes % 60} min` : `${Math.floor(h / 24)} days`;
}
