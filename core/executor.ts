import { EffectSchema, type DirectoryEffect, type Effect, type ReplyEffect } from './domain/effects.js';
import type { CaseState } from './domain/case.js';
import { DirectoryEffectError, type CaseStore, type DirectoryWriter, type ExecutionLog, type Mailer, type ReplyLog, type SentReplyRecord } from './ports.js';

/**
 * Applies an approved case's effects through the ports. Every effect carries an idempotency key,
 * so running the same job twice (a queue may) changes the directory once and emails once.
 */

export interface RenderedReply {
  subject: string;
  text: string;
  html?: string;
}

export interface ExecutorDeps {
  cases: CaseStore;
  directory: DirectoryWriter;
  replies: ReplyLog;
  mailer: Mailer;
  /** templates/email renderEmail, or anything with its contract; throws on an unknown template or a bad model. */
  renderEmail: (template: string, model: Record<string, unknown>) => RenderedReply;
}

export interface ExecutionResult {
  /** Directory effects that changed something and replies sent now. */
  applied: number;
  /** Effects already applied or replies already sent by an earlier run. */
  skipped: number;
  /** Message-IDs of the case's replies, sent now or before. */
  replies: string[];
}

/**
 * What the caller already read with the case (ExecutionLog.loadExecution), and how to close the run in one
 * transaction: with these, an executed case commits once per directory effect and once at the end.
 */
export interface ExecutionPlan {
  /** The case's own Message-ID, the thread replies go in. */
  thread: string | null;
  /** Replies already sent for this case, key → Message-ID. */
  sentReplies: Record<string, string>;
  log: ExecutionLog;
  /** States the case moves through in the closing transaction (e.g. executed, replied). */
  transitions: CaseState[];
  /**
   * Outcomes of the directory effects at the head of `effects` that were applied already, in the transaction that
   * read the case (ExecutionLog.loadAndApply): they are counted, not applied again.
   */
  applied?: { applied: boolean }[];
}

/** An effect failed; the job should retry (the keys make the retry safe). `code` says which step. */
export class ExecutionError extends Error {
  constructor(
    readonly code: 'invalid_effect' | 'effect_failed' | 'reply_failed',
    readonly effectKey: string | null,
    options?: { cause?: unknown },
  ) {
    super(`execution ${code}${effectKey ? ` at ${effectKey}` : ''}`, options);
    this.name = 'ExecutionError';
  }
}

/**
 * Applies `effects` in order: each run of directory effects through `directory.applyEffects` in one transaction
 * (idempotent by key; all of the run or none), `send-reply` effects through the mailer unless the reply log already
 * holds their key, each only after the directory effects before it have committed.
 * Each step is an audit event holding keys, types and Message-IDs, never names or addresses: `effect_applied`,
 * `effect_skipped` and `reply_sent` are written by the ports (DirectoryWriter, ReplyLog) inside the transaction that
 * records the change, which is stronger than writing them here after it (a crash in between would lose the line for
 * good, since the retry finds the key and skips); this function writes the rest (failed, finished).
 * Stops at the first failure, audits it and throws ExecutionError so the job retries.
 * With a `plan`, the last effect's reply record, `execution_finished` and the plan's transitions are one
 * transaction (ExecutionLog.completeExecution); a reply followed by other effects is still recorded at once, so a
 * later failure cannot make the retry send it again.
 */
export async function executeApprovedCase(deps: ExecutorDeps, caseId: string, effects: Effect[], plan?: ExecutionPlan): Promise<ExecutionResult> {
  const parsedEffects = effects.map((effect) => {
    const r = EffectSchema.safeParse(effect);
    if (!r.success) throw new ExecutionError('invalid_effect', typeof effect?.key === 'string' ? effect.key : null, { cause: r.error });
    return r.data;
  });
  const thread = plan ? plan.thread : ((await deps.cases.getCase(caseId))?.parsed.messageId ?? null);
  const result: ExecutionResult = { applied: 0, skipped: 0, replies: [] };
  let pending: SentReplyRecord | null = null;
  // Directory effects in a row are applied together, in one transaction: a case's directory change commits once.
  let segment: DirectoryEffect[] = [];
  const applySegment = async (): Promise<void> => {
    if (segment.length === 0) return;
    const effectsNow = segment;
    segment = [];
    let outcomes: { applied: boolean }[];
    try {
      outcomes = await deps.directory.applyEffects(effectsNow, { caseId });
    } catch (error) {
      // Nothing of the segment was applied. A failed effect names itself; an outage fails the segment's first.
      const failed = error instanceof DirectoryEffectError ? { key: error.effectKey, type: error.effectType, cause: error.cause } : { key: effectsNow[0]!.key, type: effectsNow[0]!.type, cause: error };
      await audit(deps, caseId, 'effect_failed', { key: failed.key, effect: failed.type, error: errorCode(failed.cause) });
      throw new ExecutionError('effect_failed', failed.key, { cause: failed.cause });
    }
    // Audited by the DirectoryWriter in the same transaction: effect_applied, or effect_skipped for a key applied before.
    for (const { applied } of outcomes) {
      if (applied) result.applied += 1;
      else result.skipped += 1;
    }
  };
  const appliedWithRead = plan?.applied ?? [];
  for (const [index, effect] of parsedEffects.entries()) {
    const earlier = appliedWithRead[index];
    if (earlier && effect.type !== 'send-reply') {
      if (earlier.applied) result.applied += 1;
      else result.skipped += 1;
      continue;
    }
    if (effect.type !== 'send-reply') {
      segment.push(effect);
      continue;
    }
    // A reply tells the practice what was done: it goes only once the directory change before it has committed.
    await applySegment();
    const deferRecord = plan !== undefined && index === parsedEffects.length - 1;
    const sent = await sendReply(deps, caseId, effect, thread, plan?.sentReplies, deferRecord);
    if (sent.record) pending = sent.record;
    if (sent.sentNow) result.applied += 1;
    else result.skipped += 1;
    result.replies.push(sent.messageId);
  }
  await applySegment();
  const finished = { applied: result.applied, skipped: result.skipped, replies: result.replies.length };
  if (plan) {
    // A failure here leaves the reply unrecorded, as a failed recordSentReply would: the retry sends it again.
    await plan.log.completeExecution(caseId, { reply: pending, finished, transitions: plan.transitions });
  } else {
    await audit(deps, caseId, 'execution_finished', finished);
  }
  return result;
}

async function sendReply(
  deps: ExecutorDeps,
  caseId: string,
  effect: ReplyEffect,
  thread: string | null,
  known: Record<string, string> | undefined,
  deferRecord: boolean,
): Promise<{ sentNow: boolean; messageId: string; record?: SentReplyRecord }> {
  const already = known ? (known[effect.key] ?? null) : await deps.replies.findSentReply(effect.key);
  if (already) {
    await audit(deps, caseId, 'reply_skipped', { key: effect.key, template: effect.template, messageId: already });
    return { sentNow: false, messageId: already };
  }
  try {
    const rendered = deps.renderEmail(effect.template, effect.model);
    const { messageId } = await deps.mailer.send({
      to: effect.to,
      subject: rendered.subject,
      text: rendered.text,
      ...(rendered.html ? { html: rendered.html } : {}),
      inReplyTo: thread,
      references: thread ? [thread] : [],
      // RFC 3834: our replies are automatic responses, so other systems must not answer them.
      autoReply: true,
    });
    const details = { template: effect.template, recipients: effect.to.length };
    if (deferRecord) return { sentNow: true, messageId, record: { key: effect.key, messageId, details } };
    // Audited as reply_sent by the ReplyLog, in the same transaction as the record.
    await deps.replies.recordSentReply(effect.key, caseId, messageId, details);
    return { sentNow: true, messageId };
  } catch (cause) {
    await audit(deps, caseId, 'reply_failed', { key: effect.key, template: effect.template, error: errorCode(cause) });
    throw new ExecutionError('reply_failed', effect.key, { cause });
  }
}

async function audit(deps: ExecutorDeps, caseId: string, type: string, data: Record<string, unknown>): Promise<void> {
  await deps.cases.appendAudit({ caseId, type, actor: null, data });
}

/** A failure's code or class name, never its message (messages can carry addresses). */
function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (error instanceof Error) return error.name;
  }
  return 'unknown';
}
