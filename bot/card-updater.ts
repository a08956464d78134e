import type { StorePorts } from '../core/ports.js';
import { botStoreFrom } from './bot-store.js';
import { createCardPublisher } from './card-publisher.js';
import { BotConfigError, parseBotConfig } from './config.js';
import type { BotDeps } from './deps.js';
import { createTeamsAdapter } from './teams-adapter.js';

/** Replaces a case's posted approval card with its current state. */
export type CardUpdater = (caseId: string) => Promise<void>;

/**
 * What another process (the worker) needs to refresh Teams cards after it changed a case, without knowing how
 * the bot talks to Teams. Card updates need the bot's identity: without one configured this returns null, and
 * the cards catch up on their next refresh. An incomplete bot configuration is logged (issue names only), not fatal.
 */
export function createCardUpdater(
  env: Record<string, string | undefined>,
  { stores, ...deps }: Omit<BotDeps, 'config' | 'deadLetterCount' | 'store'> & { stores: StorePorts },
): CardUpdater | null {
  if (!env.MicrosoftAppId && !env.BOT_LOCAL_MODE) return null;
  try {
    const config = parseBotConfig(env);
    const publisher = createCardPublisher({ ...deps, store: botStoreFrom(stores), config, deadLetterCount: async () => 0 }, createTeamsAdapter(config));
    return async (caseId) => {
      await publisher.refreshCaseCard(caseId);
    };
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    deps.log.warn({ issues: error.issues }, 'bot configuration incomplete: Teams cards will not be updated by the worker');
    return null;
  }
}
