import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotConfig } from './config.js';

/**
 * botbuilder's TeamsAdapter from our configuration. Local mode (no app id) passes no credentials at all:
 * botbuilder then skips authentication, which parseBotConfig allows only with BOT_LOCAL_MODE=true.
 */
export function createTeamsAdapter(config: BotConfig): TeamsAdapter {
  return new TeamsAdapter(
    config.MicrosoftAppId
      ? {
          MicrosoftAppId: config.MicrosoftAppId,
          MicrosoftAppPassword: config.MicrosoftAppPassword,
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }
      : { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' },
  );
}
