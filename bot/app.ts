import { Application, AdaptiveCardActionExecuteResponseType } from '@microsoft/teams-ai';
import { TeamsInfo, TurnContext } from 'botbuilder';
import { connectorThrottle } from './connector-throttle.js';
import type { Request, Response } from 'express';
import { createCardPublisher, referenceOf, type CardPublisher } from './card-publisher.js';
import type { RosterEmail } from '../core/domain/decisions.js';
import type { BotDeps, Invoker } from './deps.js';
import { handleApprove } from './handlers/approve.js';
import { handleCaseLookup } from './handlers/case.js';
import { handleEdit } from './handlers/edit.js';
import { handleReject } from './handlers/reject.js';
import { authoriseInvoker, CardDataSchema, refuse, type ActionOutcome } from './handlers/decide.js';
import { handleReclassify } from './handlers/reclassify.js';
import { handleRequestInfo } from './handlers/request-info.js';
import { handleStatus } from './handlers/status.js';
import { describeRefusal } from './refusals.js';
import { renderCurrentCard, renderRefusalCard } from './render-current-card.js';
import { createTeamsAdapter } from './teams-adapter.js';

/** Decisions in flight against the store per bot process (each is a handful of short queries). */
const DECISION_CONCURRENCY = 8;

/**
 * The bot as the rest of the system sees it. No botbuilder or teams-ai type crosses this boundary
 * (docs/decisions/0003-bot-framework-isolation.md): the server hands it Express requests, the queue consumer
 * calls the publisher with case ids.
 */
export interface BotApp {
  /** Handles one POST /api/messages. */
  process(req: Request, res: Response): Promise<void>;
  publisher: CardPublisher;
}

/** Builds the teams-ai Application on botbuilder's TeamsAdapter and routes card verbs to the handlers. */
export function createBotApp(deps: BotDeps): BotApp {
  const { config } = deps;
  const adapter = createTeamsAdapter(config);
  adapter.onTurnError = async (context, error) => {
    deps.log.error({ activityType: context.activity.type, code: (error as { code?: string }).code ?? error.name, message: error.message }, 'bot turn failed');
  };
  const app = new Application({
    adapter,
    botAppId: config.MicrosoftAppId,
    removeRecipientMention: true,
    adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_INTERACTOR },
  });
  const publisher = createCardPublisher(deps, adapter);
  const emails = new Map<string, { email: RosterEmail; at: number }>();
  const caseLocks = new Map<string, Promise<unknown>>();
  /**
   * Clicks on one case run one after another in this process: correctness never depends on it (the store's
   * conditional transition does that, across processes too), but a burst of double clicks then costs reads,
   * not a pile of competing write transactions.
   */
  let running = 0;
  const waiting: (() => void)[] = [];
  /** At most DECISION_CONCURRENCY decisions touch the store at once; the rest queue here, in arrival order. */
  const limited = async <T>(run: () => Promise<T>): Promise<T> => {
    if (running >= DECISION_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await run();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
  const withCaseLock = <T>(caseId: string, run: () => Promise<T>): Promise<T> => {
    const previous = caseLocks.get(caseId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => limited(run));
    caseLocks.set(caseId, next);
    void next.catch(() => undefined).finally(() => {
      if (caseLocks.get(caseId) === next) caseLocks.delete(caseId);
    });
    return next;
  };

  /**
   * The staff member's email from the Teams roster: used to stop people approving their own request. An answer
   * is cached 10 minutes; a failure or timeout is not (it is `unconfirmed`, which blocks approving), so the next
   * click asks Teams again.
   */
  const lookupEmail = async (context: TurnContext): Promise<RosterEmail> => {
    const key = `${context.activity.conversation?.id}|${context.activity.from?.id}`;
    const hit = emails.get(key);
    if (hit && Date.now() - hit.at < 600_000) return hit.email;
    // The roster look-up is a connector call too: it waits out the process's Retry-After like the card posts.
    connectorThrottle.attach(context.turnState.get(context.adapter.ConnectorClientKey));
    const timedOut = Symbol('timed out');
    let email: RosterEmail;
    try {
      const member = await Promise.race([
        TeamsInfo.getMember(context, context.activity.from.id),
        new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), 1500).unref()),
      ]);
      if (member === timedOut) return { kind: 'unconfirmed' };
      const address = (member.email ?? member.userPrincipalName ?? null)?.toLowerCase() ?? null;
      email = address ? { kind: 'address', address } : { kind: 'none' };
    } catch (error) {
      // Teams answering "not a member of this conversation" is an answer; anything else (5xx, network, auth) is not.
      if ((error as { statusCode?: number }).statusCode !== 404) return { kind: 'unconfirmed' };
      email = { kind: 'none' };
    }
    emails.set(key, { email, at: Date.now() });
    return email;
  };

  const invokerOf = async (context: TurnContext): Promise<Invoker> => {
    const a = context.activity;
    const channelTenant = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? null;
    const conversationTenant = a.conversation?.tenantId ?? null;
    // Two different tenants on one activity is itself suspicious: treat it as no tenant.
    const tenantId = channelTenant && conversationTenant && channelTenant !== conversationTenant ? null : channelTenant ?? conversationTenant;
    return { teamsUserId: a.from?.id ?? '', aadObjectId: a.from?.aadObjectId ?? null, tenantId, name: a.from?.name ?? null, email: await lookupEmail(context) };
  };

  const answer = (outcome: ActionOutcome): ActionOutcome['card'] => {
    if (outcome.changedCaseId) {
      const id = outcome.changedCaseId;
      // After the invoke answers (Teams allows a few seconds), replace the card for everyone else too.
      setImmediate(() => {
        void publisher.refreshCaseCard(id);
      });
    }
    return outcome.card;
  };

  const verbs = {
    approve: handleApprove,
    reject: handleReject,
    request_info: handleRequestInfo,
    reclassify: handleReclassify,
    edit: handleEdit,
  } as const;
  /**
   * Answers the invoke ourselves, for the clicker only. teams-ai would switch to "replace for all" whenever a
   * card has `refresh` and then show everyone the clicker's refusal notice; everyone's copy is instead
   * replaced by the publisher, and only when the case really changed.
   */
  const respond = async (context: TurnContext, card: ActionOutcome['card']): Promise<ActionOutcome['card']> => {
    const body =
      typeof card === 'string'
        ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: card }
        : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    return card;
  };
  for (const [verb, handler] of Object.entries(verbs)) {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
      const invoker = await invokerOf(context);
      const caseId = typeof (data as { caseId?: unknown }).caseId === 'string' ? (data as { caseId: string }).caseId : '';
      return respond(context, answer(await withCaseLock(caseId, () => handler(deps, invoker, data))));
    });
  }
  /**
   * `refresh` (Teams asks for it when a card with `refresh.userIds` is shown): it returns the whole case card, so
   * it gets the checks every decision verb starts with (tenant, then staff). Anyone else gets a card naming the
   * refusal and nothing of the case, and the refusal is audited like the decision verbs'.
   */
  app.adaptiveCards.actionExecute('refresh', async (context, _state, data) => {
    const invoker = await invokerOf(context);
    const refusal = authoriseInvoker(deps, invoker);
    if (refusal) {
      const { card } = await refuse(deps, invoker, 'refresh', refusal, null);
      return respond(context, renderRefusalCard(typeof card === 'string' ? card : describeRefusal(refusal)));
    }
    const parsed = CardDataSchema.safeParse(data);
    const c = parsed.success ? await deps.store.getCase(parsed.data.caseId) : null;
    return respond(context, c ? await renderCurrentCard(deps, c) : 'That case no longer exists.');
  });

  const remember = async (context: TurnContext): Promise<void> => {
    const ref = referenceOf(context);
    await deps.store.saveConversationReference(ref);
    publisher.noteConversation(ref.id);
    deps.log.info({ conversationKind: ref.kind }, 'conversation reference stored');
    // Cases that waited for a conversation get their cards now, not on a retry's backoff (after this turn answers).
    if (deps.onConversationStored) setImmediate(() => deps.onConversationStored?.());
  };
  app.conversationUpdate('membersAdded', remember);
  app.activity('installationUpdate', remember);

  app.activity('message', async (context) => {
    const text = (context.activity.text ?? '').trim();
    const invoker = await invokerOf(context);
    let outcome: ActionOutcome;
    if (/^status$/i.test(text)) outcome = await handleStatus(deps, invoker);
    else if (/^case\b/i.test(text)) outcome = await handleCaseLookup(deps, invoker, text);
    else outcome = { card: 'Commands: "status" (supervisors) or "case PCSE-2026-000123".', changedCaseId: null };
    await context.sendActivity(
      typeof outcome.card === 'string'
        ? { type: 'message', text: outcome.card, textFormat: 'plain' }
        : { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: outcome.card }] },
    );
  });

  return {
    publisher,
    async process(req, res) {
      await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
    },
  };
}
