import { z } from 'zod';

/**
 * Configuration pieces every process shares. Each process has one config.ts that combines these with
 * its own keys and parses the environment cli/config.ts hands it, once at start-up; only cli/config.ts reads process.env.
 */

/** Configuration is wrong; `issues` lists every bad key at once, so one restart fixes them all. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` with `schema`, throwing a ConfigError naming every bad key (never its value: it may be a secret). */
export function parseConfig<T extends z.ZodTypeAny>(schema: T, env: Record<string, string | undefined>): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`));
}

/** An unset or empty variable counts as absent (a blank line in .env must not mean ""). */
export const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const booleanString = (fallback: boolean) =>
  z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])]))
    .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

export const positiveInt = (fallback: number) => z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.coerce.number().int().positive());

export const urlString = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.join(' or ')}`);

export const DatabaseConfigSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('file:./var/pcse.db')),
});

export const RedisConfigSchema = z.object({
  REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), urlString(['redis:', 'rediss:']).default('redis://127.0.0.1:6379')),
  /** BullMQ key prefix: two deployments may share one Redis. */
  QUEUE_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]+$/).default('pcse')),
});

/** Outgoing mail: SMTP (production) or an outbox folder of .eml files (local mode). */
export const MailConfigSchema = z.object({
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), urlString(['smtp:', 'smtps:']).optional()),
  OUTBOX_DIR: optionalString,
});

/** Microsoft Entra client credentials for XOAUTH2 on IMAP and SMTP (basic auth is off on NHSmail). */
export const OAuthConfigSchema = z.object({
  OAUTH_TENANT_ID: optionalString,
  OAUTH_CLIENT_ID: optionalString,
  OAUTH_CLIENT_SECRET: optionalString,
  OAUTH_TOKEN_URL: z.preprocess((v) => (v === '' ? undefined : v), urlString(['https:', 'http:']).optional()),
  OAUTH_SCOPE: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('https://outlook.office365.com/.default')),
});
export type OAuthConfig = z.infer<typeof OAuthConfigSchema>;

/** The token endpoint: OAUTH_TOKEN_URL, else Entra's v2 endpoint for the tenant; null when OAuth is not configured. */
export function resolveOAuthClient(c: OAuthConfig): { tokenUrl: string; clientId: string; clientSecret: string; scope: string } | null {
  if (!c.OAUTH_CLIENT_ID || !c.OAUTH_CLIENT_SECRET) return null;
  const tokenUrl = c.OAUTH_TOKEN_URL ?? (c.OAUTH_TENANT_ID ? `https://login.microsoftonline.com/${c.OAUTH_TENANT_ID}/oauth2/v2.0/token` : null);
  if (!tokenUrl) return null;
  return { tokenUrl, clientId: c.OAUTH_CLIENT_ID, clientSecret: c.OAUTH_CLIENT_SECRET, scope: c.OAUTH_SCOPE };
}
