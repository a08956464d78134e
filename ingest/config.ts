import { z } from 'zod';
import {
  booleanString, DatabaseConfigSchema, MailConfigSchema, OAuthConfigSchema, optionalString, parseConfig, positiveInt, RedisConfigSchema,
  resolveOAuthClient,
} from '../core/config.js';
import { MAILBOXES, type Mailbox } from '../core/domain/case.js';

const mailboxKeys = Object.fromEntries(
  MAILBOXES.flatMap((m) => {
    const name = m.toUpperCase();
    return [
      [`MAILBOX_${name}_USER`, optionalString],
      [`MAILBOX_${name}_PASSWORD`, optionalString],
      [`MAILBOX_${name}_FOLDER`, optionalString],
      [`MAILBOX_${name}_ADDRESS`, optionalString],
    ];
  }),
) as Record<string, typeof optionalString>;

const IngestEnvSchema = DatabaseConfigSchema.merge(RedisConfigSchema)
  .merge(MailConfigSchema)
  .merge(OAuthConfigSchema)
  .extend({
    IMAP_HOST: optionalString,
    IMAP_PORT: positiveInt(993),
    IMAP_TLS: booleanString(true),
    PROCESSED_FOLDER: optionalString,
    TRUSTED_AUTHSERV_ID: optionalString,
    MAX_MESSAGE_BYTES: positiveInt(25 * 1024 * 1024),
    RETENTION_DAYS: positiveInt(365),
    ACK_HOURLY_CAP: positiveInt(5),
    POLL_INTERVAL_SECONDS: positiveInt(30),
    DROP_DIR: optionalString,
    LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    ...mailboxKeys,
  })
  .superRefine((env, ctx) => {
    const e = env as Record<string, unknown>;
    const oauth = resolveOAuthClient(env);
    if (!env.DROP_DIR && !env.IMAP_HOST) {
      ctx.addIssue({ code: 'custom', path: ['IMAP_HOST'], message: 'set IMAP_HOST (IMAP mode) or DROP_DIR (Maildir mode)' });
    }
    if (env.IMAP_HOST && !env.DROP_DIR) {
      const configured = MAILBOXES.filter((m) => e[`MAILBOX_${m.toUpperCase()}_USER`]);
      if (configured.length === 0) ctx.addIssue({ code: 'custom', path: ['MAILBOX_PORTALENQUIRIES_USER'], message: 'no mailbox configured: set MAILBOX_<NAME>_USER' });
      for (const m of configured) {
        const key = `MAILBOX_${m.toUpperCase()}_PASSWORD`;
        if (!e[key] && !oauth) ctx.addIssue({ code: 'custom', path: [key], message: 'set a password or the OAuth2 client credentials (OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_TENANT_ID or OAUTH_TOKEN_URL)' });
      }
    }
    if ((env.OAUTH_CLIENT_ID || env.OAUTH_CLIENT_SECRET) && !oauth) {
      ctx.addIssue({ code: 'custom', path: ['OAUTH_TENANT_ID'], message: 'OAuth2 needs OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET and OAUTH_TENANT_ID or OAUTH_TOKEN_URL' });
    }
    if (!env.SMTP_URL && !env.OUTBOX_DIR) ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'set SMTP_URL, or OUTBOX_DIR to write replies to a folder' });
  });

export interface MailboxConfig {
  mailbox: Mailbox;
  user: string;
  password: string | null;
  folder: string;
  /** The address our replies come from. */
  address: string;
}

/** The ingest worker's configuration, parsed once at start-up. */
export interface IngestConfig {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  mode: 'imap' | 'maildir';
  imap: { host: string; port: number; secure: boolean } | null;
  mailboxes: MailboxConfig[];
  oauth: ReturnType<typeof resolveOAuthClient>;
  processedFolder: string | null;
  trustedAuthServId: string | null;
  maxMessageBytes: number;
  retentionDays: number;
  ackHourlyCap: number;
  pollIntervalMs: number;
  dropDir: string | null;
  smtpUrl: string | null;
  outboxDir: string | null;
  logLevel: string;
}

/**
 * Reads the ingest configuration from `env` (default process.env), listing every bad key at once
 * (ConfigError). DROP_DIR selects Maildir mode (local, or a server that delivers to disk); otherwise
 * each mailbox with MAILBOX_<NAME>_USER is read over IMAP with its password or XOAUTH2.
 */
export function loadIngestConfig(env: Record<string, string | undefined> = process.env): IngestConfig {
  const c = parseConfig(IngestEnvSchema, env);
  const e = c as Record<string, unknown>;
  const str = (key: string): string | undefined => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const mode = c.DROP_DIR ? 'maildir' : 'imap';
  const mailboxes: MailboxConfig[] = MAILBOXES.flatMap((m) => {
    const name = m.toUpperCase();
    const user = str(`MAILBOX_${name}_USER`);
    if (mode === 'imap' && !user) return [];
    const fallbackAddress = user?.includes('@') ? user : `${m}@nhs.net`;
    return [{
      mailbox: m,
      user: user ?? m,
      password: str(`MAILBOX_${name}_PASSWORD`) ?? null,
      folder: str(`MAILBOX_${name}_FOLDER`) ?? 'INBOX',
      address: str(`MAILBOX_${name}_ADDRESS`) ?? fallbackAddress,
    }];
  });
  return {
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    queuePrefix: c.QUEUE_PREFIX,
    mode,
    imap: c.IMAP_HOST ? { host: c.IMAP_HOST, port: c.IMAP_PORT, secure: c.IMAP_TLS } : null,
    mailboxes,
    oauth: resolveOAuthClient(c),
    processedFolder: c.PROCESSED_FOLDER ?? null,
    trustedAuthServId: c.TRUSTED_AUTHSERV_ID ?? null,
    maxMessageBytes: c.MAX_MESSAGE_BYTES,
    retentionDays: c.RETENTION_DAYS,
    ackHourlyCap: c.ACK_HOURLY_CAP,
    pollIntervalMs: c.POLL_INTERVAL_SECONDS * 1000,
    dropDir: c.DROP_DIR ?? null,
    smtpUrl: c.SMTP_URL ?? null,
    outboxDir: c.OUTBOX_DIR ?? null,
    logLevel: c.LOG_LEVEL,
  };
}
