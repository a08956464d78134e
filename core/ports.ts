import type { DirectoryOrganisation } from './domain/directory-facts.js';
import type { DirectoryEffect } from './domain/effects.js';
import type { CaseKind, CaseState, Finding, Mailbox, ParsedCase } from './domain/case.js';

/**
 * The narrow ports the executor, the ingest worker and the bot need. Implementations live in
 * core/adapters/ (Prisma, BullMQ, SMTP) and expose no connection or transaction type.
 * Add methods here when a process needs them; keep each one a single, named capability.
 */

/** Where an email came from, precisely enough to make storing it idempotent. */
export interface EmailSource {
  mailbox: Mailbox;
  /** e.g. `imap:portalenquiries:<uidvalidity>:<uid>` or `maildir:portalenquiries:<file name>`. Unique per message. */
  sourceKey: string;
  uidValidity: string | null;
  uid: number | null;
}

export interface IncomingEmail extends EmailSource {
  raw: Buffer;
  sha256: string;
  messageId: string | null;
  receivedAt: Date;
}

export interface StoredCase {
  id: string;
  ref: string;
  state: CaseState;
  kind: CaseKind;
  mailbox: Mailbox;
  /** Bumped on every state change; a card carries it so a stale click is refused. */
  version: number;
  parsed: ParsedCase;
  findings: Finding[];
  /** Who last corrected each value path with "Edit fields…" (staff's display name) and when. */
  correctedBy: Record<string, ValueCorrection>;
  createdAt: Date;
  updatedAt: Date;
}

/** The last correction of one value: the card says "Corrected by <by> (<at>)". */
export interface ValueCorrection {
  by: string | null;
  at: Date;
}

export type RecordEmailResult =
  | { outcome: 'created'; case: StoredCase }
  | { outcome: 'attached'; case: StoredCase }
  | { outcome: 'already_stored'; caseId: string | null }
  | { outcome: 'ignored'; reason: string };

export interface Actor {
  /** Entra object id as Teams reports it (from.aadObjectId). */
  aadObjectId: string;
  tenantId: string;
  name: string | null;
}

export interface CaseStore {
  /**
   * Stores the raw email, its parse result and the case (or the reply attached to its case) in one
   * transaction keyed by sourceKey. Calling it twice for the same source returns `already_stored`.
   */
  recordEmail(email: IncomingEmail, parsed: ParsedCase): Promise<RecordEmailResult>;
  /**
   * Several emails in ONE transaction (one commit for an IMAP FETCH batch), each stored exactly as recordEmail
   * stores it, results in the same order. All or nothing: when it throws, none is stored, and the caller records
   * them one by one so that one bad email fails alone.
   */
  recordEmails(emails: { email: IncomingEmail; parsed: ParsedCase }[]): Promise<RecordEmailResult[]>;
  getCase(id: string): Promise<StoredCase | null>;
  getCaseByRef(ref: string): Promise<StoredCase | null>;
  listCases(filter: { state?: CaseState; limit?: number }): Promise<StoredCase[]>;
  /**
   * Moves a case to `to` only from a state the lifecycle allows (core/domain/lifecycle.ts) and only if it is
   * still at `expectedVersion` (when given). Returns the updated case, or null when another writer got there first.
   */
  transition(
    id: string,
    change: { to: CaseState; expectedVersion?: number; actor?: Actor | null; reason?: string | null },
  ): Promise<StoredCase | null>;
  appendAudit(event: AuditEventInput): Promise<void>;
}

/**
 * Changes what kind of request a waiting case is, when a person knows better than the classifier (mostly
 * an `unclassified` email). The case is re-finalised for the new kind, so its fields, missing list and
 * findings fit it, and it waits again: for approval when nothing is missing, for information otherwise.
 */
export interface CaseReclassifier {
  /** Conditional on `expectedVersion` (and on the case still waiting): null when another writer got there first. */
  reclassifyCase(id: string, change: { kind: CaseKind; expectedVersion: number; actor: Actor }): Promise<StoredCase | null>;
}

/**
 * Stores staff's corrections to a waiting case ("Edit fields…"): the case as core/domain/cases/edit-case.ts
 * re-finalised it, at a new version (so every approval given before no longer counts), with one correction row
 * per changed value (its old and new value), the case's `correctedBy` updated, and a `case_edited` audit event
 * saying who changed which values, without the values (docs/decisions/0007-audit-without-personal-values.md).
 */
export interface CaseEditor {
  /** Conditional on `expectedVersion` and on the case still awaiting approval: null when another writer got there first. */
  saveCaseEdit(
    id: string,
    edit: { parsed: ParsedCase; findings: Finding[]; changes: { path: string; from: unknown; to: unknown }[]; expectedVersion: number; actor: Actor },
  ): Promise<StoredCase | null>;
}

/** Live accuracy over a window, per kind: how many cases, how many were reclassified, how many of each value staff corrected. */
export interface CorrectionCounts {
  /** Cases received in the window, by the kind extraction gave them. */
  casesByKind: Record<string, number>;
  /** Of those, reclassified by staff, by the kind extraction gave them. */
  reclassifiedByKind: Record<string, number>;
  /** Cases whose value at `path` staff corrected, by kind then path. */
  correctedByKindAndPath: Record<string, Record<string, number>>;
}

/** Counts for live accuracy, by grouped queries (never by loading cases). */
export interface CorrectionStatistics {
  countCorrections(since: Date): Promise<CorrectionCounts>;
}

/** A corrected case as the corpus wants it: the raw email as received and the case as staff left it. */
export interface CorrectedCase {
  ref: string;
  raw: Buffer | null;
  case: StoredCase;
}

/** Reads corrected cases for `pcse corrections export`, oldest first. */
export interface CorrectionExport {
  listCorrectedCases(filter: { since?: Date; limit?: number }): Promise<CorrectedCase[]>;
}

/** Where a case's approval card was posted in Teams, so later changes replace that message. */
export interface CaseCardLocation {
  conversationId: string;
  activityId: string;
  /** The case version the card was posted for. */
  version: number;
}

/** The posted card's address, kept on the case. */
export interface CaseCardStore {
  getCaseCard(caseId: string): Promise<CaseCardLocation | null>;
  /** Which of these cases have a posted card, in one query (the sweeps check hundreds of waiting cases at once). */
  listCaseIdsWithCard(caseIds: readonly string[]): Promise<Set<string>>;
  /**
   * Takes the right to post the case's first card for `leaseMs`: false when a card is already recorded or
   * another process holds a fresh claim, so two deliveries of one job cannot post two cards.
   */
  claimCaseCardPost(caseId: string, leaseMs: number): Promise<boolean>;
  /** Records where the card now is (and clears the claim); audited as `case_card_posted`. */
  recordCaseCard(caseId: string, card: CaseCardLocation & { reannounced: boolean }): Promise<void>;
}

/**
 * The acknowledgement as part of the outbox: a new case is committed with its acknowledgement due, and the
 * due flag is cleared only once it was sent or deliberately not sent, so a crash between the commit and the
 * email leaves it due for the next pass instead of losing it.
 */
export interface AcknowledgementOutbox {
  /** Cases from `mailbox` whose acknowledgement is due now, oldest first. */
  listDueAcknowledgements(mailbox: Mailbox, limit?: number): Promise<StoredCase[]>;
  /** Takes a due acknowledgement for `leaseMs` (it becomes due again after, if not settled); false when someone else has it. */
  claimAcknowledgement(caseId: string, leaseMs: number): Promise<boolean>;
  /** Clears it: sent (`skipped` null) or deliberately not sent, with the reason code, which is audited. */
  settleAcknowledgement(caseId: string, skipped: string | null): Promise<void>;
  /**
   * Clears it as sent and records the reply (as ReplyLog.recordSentReply, audited as reply_sent; a key recorded
   * already keeps its first Message-ID) in ONE transaction: one commit for a sent acknowledgement, not two. With
   * `claimNext`, the same transaction also claims the next case's acknowledgement as claimAcknowledgement does
   * (the relay's next one), and the result says whether it did; without it the result is false.
   */
  settleSentAcknowledgement(caseId: string, reply: SentReplyRecord, claimNext?: { caseId: string; leaseMs: number }): Promise<boolean>;
  /**
   * Gives back a claim whose send failed before the email left (SMTP down): it is due again at once, so the next
   * relay pass retries it instead of waiting out the lease. A settled acknowledgement is left alone.
   */
  releaseAcknowledgement(caseId: string): Promise<void>;
}

export interface AuditEventInput {
  caseId: string | null;
  type: string;
  actor: string | null;
  data: Record<string, unknown>;
}

/**
 * What the directory knows about an organisation, for checks before approval: the domain's
 * DirectoryOrganisation (core/domain/directory-facts.ts is the one definition), so a reader's answer can be
 * handed straight to the checks.
 */
export type OrganisationFacts = DirectoryOrganisation;

export interface DirectoryReader {
  /** False until organisations have been imported: checks then say "directory not loaded" rather than guess. */
  isLoaded(): Promise<boolean>;
  findOrganisation(odsCode: string): Promise<OrganisationFacts | null>;
  isOnAuthorisedEmailList(email: string): Promise<boolean>;
  findUserByEmailOrUsername(emailOrUsername: string): Promise<DirectoryUser | null>;
}

export interface DirectoryUser {
  id: string;
  email: string | null;
  username: string;
  name: string | null;
  locked: boolean;
  active: boolean;
  roles: { odsCode: string; service: string; role: string }[];
}

export interface OutgoingEmail {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  inReplyTo?: string | null;
  references?: string[];
  /** Set on every automatic reply (RFC 3834) so other systems do not answer it. */
  autoReply: boolean;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Sends and returns the Message-ID given to the email. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** Job names carry only ids: personal data stays in the database. */
export interface CaseQueue {
  /**
   * `version` (the case's version when it became ready) goes into the job id, so a case that becomes
   * ready again (a reply completed it) is queued again, while the same version is queued only once.
   */
  enqueueCaseReady(caseId: string, version?: number): Promise<void>;
  /** Several at once, as enqueueCaseReady each, in one round trip to the queue (an ingest batch's new cases). */
  enqueueCasesReady(cases: { caseId: string; version?: number }[]): Promise<void>;
  enqueueExecution(caseId: string, decisionId: string): Promise<void>;
  close(): Promise<void>;
}

export interface DirectoryWriter {
  /**
   * Applies one effect to the directory in one transaction, recording its key and the `effect_applied` audit
   * event (key and effect type) in that same transaction, so the trail can neither miss nor invent a change;
   * an effect whose key was already applied changes nothing, audits nothing and returns `applied: false`.
   */
  applyEffect(effect: DirectoryEffect, context: { caseId: string }): Promise<{ applied: boolean }>;
  /**
   * Applies several effects, in order, in ONE transaction (one commit for a case's directory change), each as
   * applyEffect would, except that an effect whose key was already applied is audited there as `effect_skipped`.
   * All or nothing: when one fails, none is applied, and the error is a DirectoryEffectError naming that effect.
   */
  applyEffects(effects: DirectoryEffect[], context: { caseId: string }): Promise<{ applied: boolean }[]>;
}

/** One of several effects failed (DirectoryWriter.applyEffects), so none was applied; `cause` says why. */
export class DirectoryEffectError extends Error {
  readonly code = 'effect_failed';
  constructor(
    readonly effectKey: string,
    readonly effectType: string,
    options: { cause: unknown },
  ) {
    super(`directory effect ${effectType} failed`, options);
    this.name = 'DirectoryEffectError';
  }
}

/** What the audit trail keeps about a sent reply besides its key and Message-ID: no addresses. */
export interface SentReplyDetails {
  template: string;
  recipients: number;
}

/** Remembers which reply effects were sent, so a re-run job does not email the practice twice. */
export interface ReplyLog {
  /** Returns the Message-ID already recorded for this key, or null. */
  findSentReply(key: string): Promise<string | null>;
  /**
   * Records a sent reply and its `reply_sent` audit event (key, Message-ID, template, recipient count) in one
   * transaction; a key already recorded keeps its first Message-ID and audits nothing.
   */
  recordSentReply(key: string, caseId: string, messageId: string, details: SentReplyDetails): Promise<void>;
}

/** A reply sent now whose record waits for the execution's closing transaction. */
export interface SentReplyRecord {
  key: string;
  messageId: string;
  details: SentReplyDetails;
}

/** What an execute-case run reads before it acts, in one transaction. */
export interface ExecutionSnapshot {
  case: StoredCase;
  decisions: StoredDecision[];
  /** Replies already sent for this case, key → Message-ID. */
  sentReplies: Record<string, string>;
  /** The case's `case_edited` audit events, oldest first: whoever edited the current values cannot be its only approver. */
  edits: StoredAuditEvent[];
}

/**
 * One execute-case run's reads and its closing write, one transaction each, so an executed case costs a
 * WAL flush for its directory change and one for its end, not one per step (issue 13: at most 3 commits). With
 * loadAndApply the reads and the directory change are one transaction: two commits an executed case.
 */
export interface ExecutionLog {
  /** The case, its decisions and the replies already sent for it (key → Message-ID), read in one transaction; null when no such case. */
  loadExecution(caseId: string): Promise<ExecutionSnapshot | null>;
  /**
   * loadExecution and DirectoryWriter.applyEffects in one transaction: reads the snapshot, asks `prepare` (pure, and
   * run again if the transaction is) which directory effects to apply for it, and applies them as applyEffects does
   * (idempotent by key, each audited `effect_applied` or `effect_skipped` in the same transaction, all or none).
   * Returns the snapshot and one outcome per effect applied; null when no such case. Throws, with nothing written,
   * when an effect or the store fails: the caller then reads and applies step by step, which audits the failure.
   */
  loadAndApply(caseId: string, prepare: (snapshot: ExecutionSnapshot) => DirectoryEffect[]): Promise<{ snapshot: ExecutionSnapshot; applied: { applied: boolean }[] } | null>;
  /**
   * In one transaction: records `reply` with its `reply_sent` audit event (as ReplyLog.recordSentReply; a key
   * recorded already keeps its first Message-ID), appends `execution_finished` with `finished`, and moves the case
   * through `transitions` in order, each only from a state the lifecycle allows (as CaseStore.transition, audited
   * as state_changed); a transition the case's state does not allow is left out, not an error.
   */
  completeExecution(
    caseId: string,
    completion: { reply: SentReplyRecord | null; finished: Record<string, unknown>; transitions: CaseState[] },
  ): Promise<void>;
}

/** Transactional outbox: cases are committed first and queued after, so a crash in between loses nothing. */
export interface CaseOutbox {
  /** Cases committed but not yet put on the queue, oldest first. */
  listUnqueuedCases(limit?: number): Promise<StoredCase[]>;
  /** Marks a case queued; false when another worker marked it first. */
  markQueued(caseId: string): Promise<boolean>;
  /** Marks several cases queued in one statement (those not marked yet); returns how many it marked. */
  markAllQueued(caseIds: string[]): Promise<number>;
}

export interface DecisionInput {
  caseId: string;
  /** approve | reject | request_info | … (the card verb). */
  verb: string;
  actor: Actor;
  /** The case version the card showed. */
  cardVersion: number;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface StoredDecision extends DecisionInput {
  id: string;
  createdAt: Date;
}

/** One decision per (case, actor, verb): a double click records nothing new. */
export interface DecisionLog {
  recordDecision(input: DecisionInput): Promise<{ recorded: boolean; decision: StoredDecision }>;
  listDecisions(caseId: string): Promise<StoredDecision[]>;
}

export interface DeadLetterInput {
  sourceKey: string;
  mailbox: Mailbox;
  /** An error code, never personal data. */
  reason: string;
  raw: Buffer | null;
}

export interface DeadLetter extends DeadLetterInput {
  id: string;
  attempts: number;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Emails that could not be processed, for a person to look at. Adding the same source again counts an attempt. */
export interface DeadLetterStore {
  addDeadLetter(input: DeadLetterInput): Promise<DeadLetter>;
  listDeadLetters(filter?: { unresolvedOnly?: boolean; limit?: number }): Promise<DeadLetter[]>;
  getDeadLetter(id: string): Promise<DeadLetter | null>;
  resolveDeadLetter(id: string): Promise<boolean>;
}

/** Where the IMAP reader got to (RFC 3501 §2.3.1.1: UIDs are valid only within one UIDVALIDITY). */
export interface MailboxCursorStore {
  getMailboxCursor(mailbox: Mailbox): Promise<{ uidValidity: string; lastUid: number } | null>;
  setMailboxCursor(mailbox: Mailbox, cursor: { uidValidity: string; lastUid: number }): Promise<void>;
}

/** Bot Framework conversation references, kept for proactive messages. */
export interface ConversationStore {
  saveConversationReference(reference: { id: string; kind: 'channel' | 'personal'; reference: Record<string, unknown> }): Promise<void>;
  listConversationReferences(kind?: 'channel' | 'personal'): Promise<{ id: string; kind: 'channel' | 'personal'; reference: Record<string, unknown> }[]>;
}

export interface StoredAuditEvent extends AuditEventInput {
  seq: number;
  at: Date;
  /** Null until the sealer has chained the event (docs/decisions/0004-audit-chain-sealing.md). */
  prevHash: string | null;
  hash: string | null;
}

/** The append-only, hash-chained audit trail. */
export interface AuditTrail {
  listAuditEvents(filter: { caseId?: string; limit?: number }): Promise<StoredAuditEvent[]>;
  /** Recomputes every hash; `brokenAt` is the first seq whose event or link does not match. */
  verifyAuditChain(): Promise<{ ok: true; count: number } | { ok: false; brokenAt: number }>;
}

/** What supervisors watch. */
export interface CaseStatistics {
  countCasesByState(): Promise<Record<string, number>>;
  /** Cases per mailbox; only those in `state` when given. */
  countCasesByMailbox(state?: CaseState): Promise<Record<string, number>>;
  /** The longest-waiting case in needs_information or awaiting_approval, or null. */
  findOldestWaitingCase(): Promise<StoredCase | null>;
}

/** Raw emails are personal data: they are purged after the retention period; the case keeps the parse. */
export interface EmailRetention {
  purgeRawEmailsOlderThan(cutoff: Date): Promise<{ purged: number }>;
}

/**
 * Every store port, one adapter each, as createPrismaStores (core/adapters/prisma-stores.ts) builds them. A
 * process passes on only the ports it uses.
 */
export interface StorePorts {
  cases: CaseStore;
  reclassifier: CaseReclassifier;
  editor: CaseEditor;
  correctionStatistics: CorrectionStatistics;
  correctionExport: CorrectionExport;
  cards: CaseCardStore;
  acknowledgements: AcknowledgementOutbox;
  caseOutbox: CaseOutbox;
  replies: ReplyLog;
  execution: ExecutionLog;
  decisions: DecisionLog;
  deadLetters: DeadLetterStore;
  cursors: MailboxCursorStore;
  conversations: ConversationStore;
  audit: AuditTrail;
  statistics: CaseStatistics;
  retention: EmailRetention;
  directory: DirectoryReader;
  directoryWriter: DirectoryWriter;
}

/**
 * The store cannot be reached (database down, connection refused or dropped, pool exhausted, lock never granted).
 * The adapters raise it; callers tell an outage (wait and retry) from a bad input (dead-letter it) by its type,
 * never by reading driver messages.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(options?: { cause?: unknown }) {
    super('the case store is unavailable', options);
    this.name = 'StoreUnavailableError';
  }
}
