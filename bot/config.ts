import { z } from 'zod';

const idList = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/**
 * The bot process's configuration, parsed once from the environment at start-up. The Bot Framework keys keep
 * botbuilder's own names (MicrosoftAppId …) so an Azure Bot registration's settings paste in unchanged.
 */
export const BotConfigSchema = z
  .object({
    MicrosoftAppId: z.string().trim().optional().default(''),
    MicrosoftAppPassword: z.string().optional().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional().default('SingleTenant'),
    MicrosoftAppTenantId: z.string().trim().optional().default(''),
    /** Accept unauthenticated requests (local development and tests only). */
    BOT_LOCAL_MODE: flag,
    PORT: z.coerce.number().int().min(1).max(65535).optional().default(3978),
    /** Entra object ids of PCSE staff who may decide cases. */
    STAFF_AAD_IDS: idList,
    /** Entra object ids of supervisors: they may decide, and see status, failures and escalations. */
    SUPERVISOR_AAD_IDS: idList,
    /** The one tenant whose users may act; defaults to MicrosoftAppTenantId. */
    ALLOWED_TENANT_ID: z.string().trim().optional().default(''),
    /**
     * Where case cards are posted: `channel`, the approvals channel the bot was added to (production), or
     * `latest`, the conversation that most recently opened the bot, personal chats included (local mode: the
     * Playground opens in its personal chat, so that is where staff are).
     */
    CASE_CARDS_CONVERSATION: z.enum(['channel', 'latest']).optional().default('channel'),
    ESCALATE_AFTER_MINUTES: z.coerce.number().int().positive().optional().default(240),
    REDIS_URL: z.string().url().optional().default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().min(1).optional().default('pcse'),
    /** Basic auth for /admin/queues; the dashboard is off unless both are set. */
    ADMIN_USER: z.string().optional().default(''),
    ADMIN_PASSWORD: z.string().optional().default(''),
  })
  .superRefine((c, ctx) => {
    if (c.CASE_CARDS_CONVERSATION === 'latest' && !c.BOT_LOCAL_MODE) {
      // Cards carry personal data: in production they go only to the approvals channel, never to whoever opened the bot last.
      ctx.addIssue({ code: 'custom', path: ['CASE_CARDS_CONVERSATION'], message: 'latest is for BOT_LOCAL_MODE only; production posts to the approvals channel' });
    }
    if (!c.MicrosoftAppId && !c.BOT_LOCAL_MODE) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'required (or set BOT_LOCAL_MODE=true for local, unauthenticated development)' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'required with MicrosoftAppId' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required for a SingleTenant app' });
    }
    if (!c.ALLOWED_TENANT_ID && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANT_ID'], message: 'set ALLOWED_TENANT_ID or MicrosoftAppTenantId: whose staff may decide' });
    }
    if (Boolean(c.ADMIN_USER) !== Boolean(c.ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_USER and ADMIN_PASSWORD go together' });
    }
  })
  .transform((c) => ({ ...c, allowedTenantId: (c.ALLOWED_TENANT_ID || c.MicrosoftAppTenantId).toLowerCase() }));

export type BotConfig = z.infer<typeof BotConfigSchema>;

/** Bad configuration: the process must not start. `issues` lists every bad key at once. */
export class BotConfigError extends Error {
  readonly code = 'bad_config';
  constructor(readonly issues: string[]) {
    super(`bad bot configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'BotConfigError';
  }
}

/** Parses the environment into a BotConfig or throws BotConfigError naming every bad key. */
export function parseBotConfig(env: Record<string, string | undefined>): BotConfig {
  const result = BotConfigSchema.safeParse(env);
  if (!result.success) throw new BotConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  return result.data;
}
