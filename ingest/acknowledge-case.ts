import type { Logger } from 'pino';
import type { CaseState, Mailbox } from '../core/domain/case.js';
import { planAcknowledgement } from '../core/domain/cases/index.js';
import type { AcknowledgementOutbox, Mailer, ReplyLog, StoredCase } from '../core/ports.js';
import { renderEmail } from '../templates/email/index.js';
import type { AckRateLimiter } from './ack-rate-limit.js';

export interface AcknowledgeDeps {
  store: AcknowledgementOutbox & ReplyLog;
  mailer: Mailer;
  ackLimiter: AckRateLimiter | null;
  logger: Logger;
}

export type AcknowledgeOutcome = 'sent' | 'already_sent' | 'skipped' | 'not_due';

/** How long one worker holds an acknowledgement it is sending; after a crash it becomes due again then. */
const ACK_LEASE_MS = 5 * 60_000;

/** An acknowledgement says "we have it and are looking at it": pointless once the case was decided. */
const WAITING: CaseState[] = ['needs_information', 'awaiting_approval'];

/**
 * Sends a new case's acknowledgement if it is still due: claim it (a lease, so two workers cannot both send),
 * then send, record the reply by its effect key and settle it. Deliberately not sent, and settled with the reason
 * audited: ignored mail, no address to reply to, a case already decided, or the sender's hourly cap reached (the
 * cap is what stops a mail loop, so a capped acknowledgement is dropped, not postponed). A crash after the email
 * but before the record may send it twice (SMTP has no idempotency key); a crash anywhere earlier leaves it due
 * after the lease, and a failed send makes it due again at once.
 */
export async function acknowledgeCase(deps: AcknowledgeDeps, c: StoredCase): Promise<AcknowledgeOutcome> {
  return (await acknowledgeClaiming(deps, c, { claimed: false, next: null })).outcome;
}

/**
 * acknowledgeCase for the relay: `claimed` when this case's claim already rode on the previous settle, and `next`,
 * the case after it, whose claim rides on this one's settle when it is sent (one commit for a sent acknowledgement
 * and the next claim). Only one claim is ever held ahead, so a crash leaves at most one waiting out its lease, as
 * before. Says whether `next` was claimed.
 */
async function acknowledgeClaiming(deps: AcknowledgeDeps, c: StoredCase, chain: { claimed: boolean; next: StoredCase | null }): Promise<{ outcome: AcknowledgeOutcome; nextClaimed: boolean }> {
  const outcome = (o: AcknowledgeOutcome) => ({ outcome: o, nextClaimed: false });
  if (!chain.claimed && !(await deps.store.claimAcknowledgement(c.id, ACK_LEASE_MS))) return outcome('not_due');
  const skip = async (reason: string) => {
    await deps.store.settleAcknowledgement(c.id, reason);
    deps.logger.info({ caseId: c.id, caseRef: c.ref, reason }, 'acknowledgement not sent');
    return outcome('skipped');
  };
  const parsed = c.parsed;
  if (parsed.ignored) return skip('ignored');
  if (!WAITING.includes(c.state)) return skip('case_decided');
  const [effect] = planAcknowledgement(parsed, { caseId: c.id, caseRef: c.ref, requesterEmail: parsed.from.email, decidedBy: [] });
  const to = effect?.type === 'send-reply' ? effect.to[0] : undefined;
  if (!effect || effect.type !== 'send-reply' || !to) return skip('no_recipient');
  if (await deps.store.findSentReply(effect.key)) {
    // Sent and recorded before a crash that came before the settle.
    await deps.store.settleAcknowledgement(c.id, null);
    return outcome('already_sent');
  }
  const consumedAt = new Date();
  if (deps.ackLimiter && !(await deps.ackLimiter.tryConsume(to, consumedAt))) return skip('hourly_cap');
  const rendered = renderEmail(effect.template, effect.model);
  const references = [...(parsed.references ?? []), ...(parsed.messageId ? [parsed.messageId] : [])];
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send({
      to: effect.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      inReplyTo: parsed.messageId,
      references: [...new Set(references)],
      autoReply: true,
      headers: { 'X-PCSE-Auto': 'acknowledgement' },
    }));
  } catch (error) {
    // Not sent: the sender's cap gets its count back. Refused for good (an SMTP 5xx: an address the server rejects),
    // it is settled as not sent: released, every later relay pass would send it again and fail again, and such
    // acknowledgements pile up (the robustness run's mutated From addresses made each message wait on all of them).
    await deps.ackLimiter?.refund(to, consumedAt).catch(() => undefined);
    if ((error as { permanent?: unknown }).permanent === true) return skip('recipient_rejected');
    // SMTP down: due again at once, so the relay's next pass retries it. Only a crash, which cannot release
    // anything, waits out the lease.
    await deps.store.releaseAcknowledgement(c.id).catch(() => undefined);
    throw error;
  }
  const reply = { key: effect.key, messageId, details: { template: effect.template, recipients: effect.to.length } };
  const nextClaimed = await deps.store.settleSentAcknowledgement(c.id, reply, chain.next ? { caseId: chain.next.id, leaseMs: ACK_LEASE_MS } : undefined);
  return { outcome: 'sent' as const, nextClaimed };
}

/**
 * The acknowledgement half of the outbox relay for one mailbox (replies come from the mailbox the email was
 * sent to): every case whose acknowledgement is due, oldest first. One failure does not stop the rest; a failed
 * send is released and tried again on the next pass. Returns how many were sent.
 */
export async function flushAcknowledgements(deps: AcknowledgeDeps, mailbox: Mailbox, batch = 50): Promise<number> {
  return (await sendDueAcknowledgements(deps, mailbox, batch)).length;
}

/** flushAcknowledgements, saying which cases it acknowledged. */
export async function sendDueAcknowledgements(deps: AcknowledgeDeps, mailbox: Mailbox, batch = 50): Promise<string[]> {
  return (await relayPass(deps, mailbox, batch)).sent;
}

/** One relay pass: the cases it acknowledged, and whether it found a full batch due (more may be waiting). */
export async function relayPass(deps: AcknowledgeDeps, mailbox: Mailbox, batch = 50): Promise<{ sent: string[]; full: boolean }> {
  const sent: string[] = [];
  const due = await deps.store.listDueAcknowledgements(mailbox, batch);
  let claimed = false;
  for (const [i, c] of due.entries()) {
    const next = due[i + 1] ?? null;
    try {
      const r = await acknowledgeClaiming(deps, c, { claimed, next });
      claimed = r.nextClaimed;
      if (r.outcome === 'sent') sent.push(c.id);
    } catch (error) {
      claimed = false;
      const e = error as Error & { code?: string };
      deps.logger.warn({ caseId: c.id, err: { message: e.message, code: e.code } }, 'acknowledgement failed; due again after the lease');
    }
  }
  return { sent, full: due.length >= batch };
}
