import { CardFactory, MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { AdaptiveCardJson } from '../templates/cards/expand-card-template.js';
import { connectorThrottle } from './connector-throttle.js';
import type { BotDeps } from './deps.js';
import { renderCurrentCard } from './render-current-card.js';

/** Infrastructure failure posting a card: thrown so the queue retries with backoff. */
export class CardPostError extends Error {
  constructor(readonly code: 'no_conversation' | 'connector_failed' | 'post_in_progress', message: string) {
    super(message);
    this.name = 'CardPostError';
  }
}

/** How long a claim to post a case's first card holds before another delivery may take it over. */
const CARD_CLAIM_LEASE_MS = 60_000;
/** Retries of a card replacement the connector refused: 2 s, 4 s … 60 s apart, for about ten minutes. */
const CARD_REFRESH_FIRST_RETRY_MS = 2000;
const CARD_REFRESH_MAX_RETRY_MS = 60_000;
const CARD_REFRESH_GIVE_UP_MS = 10 * 60_000;

/** Posts and replaces case cards proactively; the only place the bot speaks without being spoken to. */
export interface CardPublisher {
  /** Posts the case's card to the staff channel once; a retry after success updates the same message instead. */
  postCaseCard(caseId: string, notice?: string): Promise<'posted' | 'updated' | 'skipped'>;
  /** Replaces the posted card for every viewer with the case's current card. */
  updateCaseCard(caseId: string): Promise<boolean>;
  /**
   * updateCaseCard after a case changed, where nobody can retry a failure (the decision is recorded, the job is
   * done): when the connector fails, it tries again in the background with backoff, each time with the case's then
   * current card. Resolves with the first attempt's result; never throws.
   */
  refreshCaseCard(caseId: string): Promise<boolean>;
  /** Sends a card to each supervisor's personal chat with the bot (escalations). */
  notifySupervisors(card: AdaptiveCardJson): Promise<number>;
  /** A conversation just opened the bot: with CASE_CARDS_CONVERSATION=latest, new cards go there. */
  noteConversation(conversationId: string): void;
  /** True when there is somewhere to post a card (CASE_CARDS_CONVERSATION decides which conversations count). */
  hasTarget(): Promise<boolean>;
}

/** Builds the CardPublisher over botbuilder's proactive messaging (continueConversationAsync). */
export function createCardPublisher(deps: BotDeps, adapter: TeamsAdapter): CardPublisher {
  const appId = deps.config.MicrosoftAppId;
  let latestConversationId: string | null = null;
  let saidNoConversation = false;
  let saidNoThrottle = false;
  /** Cases with a background refresh scheduled: one per case is enough, since each renders the current card. */
  const refreshing = new Set<string>();
  /** The conversation new cards go to, or null when the bot knows none yet. */
  const findTarget = async () => {
    if (deps.config.CASE_CARDS_CONVERSATION === 'channel') return (await deps.store.listConversationReferences('channel'))[0] ?? null;
    const all = await deps.store.listConversationReferences();
    return all.find((r) => r.id === latestConversationId) ?? all.find((r) => r.kind === 'personal') ?? all[0] ?? null;
  };
  const findReference = async (conversationId: string): Promise<Partial<ConversationReference> | null> => {
    const hit = (await deps.store.listConversationReferences()).find((r) => r.id === conversationId);
    return hit ? (hit.reference as Partial<ConversationReference>) : null;
  };
  const send = async (reference: Partial<ConversationReference>, card: AdaptiveCardJson, replaceId?: string): Promise<string | null> => {
    let id: string | null = null;
    try {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        if (!connectorThrottle.attach(context.turnState.get(context.adapter.ConnectorClientKey)) && !saidNoThrottle) {
          saidNoThrottle = true;
          deps.log.warn({}, 'the connector client has an unexpected shape: Retry-After is honoured per request only');
        }
        const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
        if (replaceId) {
          activity.id = replaceId;
          await context.updateActivity(activity);
          id = replaceId;
        } else {
          id = (await context.sendActivity(activity))?.id ?? null;
        }
      });
    } catch (error) {
      throw new CardPostError('connector_failed', `connector call failed: ${(error as Error).message}`);
    }
    return id;
  };

  const publisher: CardPublisher = {
    async postCaseCard(caseId, notice) {
      // Read together: each is one round trip, and the card path waits for all of them.
      const [c, existing, target] = await Promise.all([deps.store.getCase(caseId), deps.store.getCaseCard(caseId), findTarget()]);
      if (!c || c.state !== 'awaiting_approval') return 'skipped';
      // A card is already recorded (a redelivered job, or the case became ready again): replace it, never post a second.
      if (existing && !notice) {
        await publisher.updateCaseCard(caseId);
        return 'updated';
      }
      if (!target) {
        // Not an error to retry: the cards are posted the moment a conversation opens the bot (postUnpostedCards).
        if (!saidNoConversation) {
          saidNoConversation = true;
          deps.log.info(
            { cardsTo: deps.config.CASE_CARDS_CONVERSATION },
            deps.config.CASE_CARDS_CONVERSATION === 'channel'
              ? 'no approvals channel yet: case cards wait until the bot is added to one, then are posted at once'
              : 'no conversation yet: case cards wait until the Playground (or Teams) opens the bot, then are posted at once',
          );
        }
        return 'skipped';
      }
      saidNoConversation = false;
      // The first post is claimed first, so two deliveries of the job at once post one card. A re-announcement
      // (an escalation's notice) deliberately posts a fresh card lower in the channel and moves the record to it.
      if (!existing && !(await deps.store.claimCaseCardPost(caseId, CARD_CLAIM_LEASE_MS))) {
        throw new CardPostError('post_in_progress', 'another delivery is posting this case card');
      }
      const card = await renderCurrentCard(deps, c, notice ? { text: notice, tone: 'warning' } : null);
      // The Bot Connector is at-least-once at this boundary: a crash after it accepted the card but before
      // recordCaseCard below (or a claim outliving its lease) can still post a second card. The claim and the
      // record close every other path; recording first is impossible because the activity id comes from the send.
      const activityId = await send(target.reference as Partial<ConversationReference>, card);
      if (!activityId) throw new CardPostError('connector_failed', 'the connector returned no activity id');
      await deps.store.recordCaseCard(caseId, { conversationId: target.id, activityId, version: c.version, reannounced: Boolean(notice) });
      return existing ? 'updated' : 'posted';
    },
    async updateCaseCard(caseId) {
      const [c, where] = await Promise.all([deps.store.getCase(caseId), deps.store.getCaseCard(caseId)]);
      if (!c || !where) return false;
      const reference = await findReference(where.conversationId);
      if (!reference) return false;
      await send(reference, await renderCurrentCard(deps, c), where.activityId);
      return true;
    },
    async refreshCaseCard(caseId) {
      const attempt = () => publisher.updateCaseCard(caseId).catch((error: Error) => {
        deps.log.warn({ caseId, code: error.name }, 'card update failed; retrying with backoff');
        return null;
      });
      const first = await attempt();
      if (first !== null || refreshing.has(caseId)) return first ?? false;
      refreshing.add(caseId);
      const giveUpAt = Date.now() + CARD_REFRESH_GIVE_UP_MS;
      const retry = (delayMs: number): void => {
        setTimeout(() => {
          void attempt().then((done) => {
            if (done !== null) refreshing.delete(caseId);
            else if (Date.now() + delayMs > giveUpAt) {
              refreshing.delete(caseId);
              deps.log.warn({ caseId }, 'card update given up: the card shows an earlier state until someone opens it (its refresh fetches the current one)');
            } else retry(Math.min(delayMs * 2, CARD_REFRESH_MAX_RETRY_MS));
          });
        }, delayMs).unref();
      };
      retry(CARD_REFRESH_FIRST_RETRY_MS);
      return false;
    },
    async notifySupervisors(card) {
      const personal = await deps.store.listConversationReferences('personal');
      let sent = 0;
      for (const ref of personal) {
        const reference = ref.reference as Partial<ConversationReference> & { user?: { aadObjectId?: string } };
        const aad = reference.user?.aadObjectId?.toLowerCase();
        if (aad && deps.config.SUPERVISOR_AAD_IDS.includes(aad)) {
          await send(reference, card);
          sent += 1;
        }
      }
      return sent;
    },
    noteConversation(conversationId) {
      latestConversationId = conversationId;
    },
    async hasTarget() {
      return (await findTarget()) !== null;
    },
  };
  return publisher;
}

/** The reference to store for a conversation the bot was added to; personal chats are kept per user. */
export function referenceOf(context: TurnContext): { id: string; kind: 'channel' | 'personal'; reference: Record<string, unknown> } {
  const reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity))) as Record<string, unknown>;
  const kind = context.activity.conversation?.conversationType === 'personal' ? 'personal' : 'channel';
  return { id: context.activity.conversation.id, kind, reference };
}
