import { z } from 'zod';
import {
  booleanString, ConfigError, DatabaseConfigSchema, MailConfigSchema, OAuthConfigSchema, optionalString, parseConfig, positiveInt, RedisConfigSchema,
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
    // deferred: scanned forms are read by `pcse ocr` after the case is stored; inline: by ingest's own OCR child.
    SCAN_READING: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['deferred', 'inline']).default('deferred')),
    DROP_DIR: optionalString,
    LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    ...mailboxKeys,
  });

/**
 * Rules across keys, checked on the raw environment so they are reported together with the
 * per-key errors (zod skips a refinement when any key already failed).
 */
function listCrossKeyIssues(env: Record<string, string | undefined>): string[] {
  const issues: string[] = [];
  const set = (key: string): boolean => Boolean(env[key]);
  const oauth = resolveOAuthClient({
    OAUTH_TENANT_ID: env.OAUTH_TENANT_ID || undefined,
    OAUTH_CLIENT_ID: env.OAUTH_CLIENT_ID || undefined,
    OAUTH_CLIENT_SECRET: env.OAUTH_CLIENT_SECRET || undefined,
    OAUTH_TOKEN_URL: env.OAUTH_TOKEN_URL || undefined,
    OAUTH_SCOPE: env.OAUTH_SCOPE || 'https://outlook.office365.com/.default',
  });
  if (!set('DROP_DIR') && !set('IMAP_HOST')) issues.push('IMAP_HOST: set IMAP_HOST (IMAP mode) or DROP_DIR (Maildir mode)');
  if (set('IMAP_HOST') && !set('DROP_DIR')) {
    const configured = MAILBOXES.filter((m) => set(`MAILBOX_${m.toUpperCase()}_USER`));
    if (configured.length === 0) issues.push('MAILBOX_PORTALENQUIRIES_USER: no mailbox configured: set MAILBOX_<NAME>_USER');
    for (const m of configured) {
      const key = `MAILBOX_${m.toUpperCase()}_PASSWORD`;
      if (!set(key) && !oauth) issues.push(`${key}: set a password or the OAuth2 client credentials (OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_TENANT_ID or OAUTH_TOKEN_URL)`);
    }
  }
  if ((set('OAUTH_CLIENT_ID') || set('OAUTH_CLIENT_SECRET')) && !oauth) {
    issues.push('OAUTH_TENANT_ID: OAuth2 needs OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET and OAUTH_TENANT_ID or OAUTH_TOKEN_URL');
  }
  if (!set('SMTP_URL') && !set('OUTBOX_DIR')) issues.push('SMTP_URL: set SMTP_URL, or OUTBOX_DIR to write replies to a folder');
  return issues;
}

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
  /** Who reads scanned forms: `deferred` (`pcse ocr`, the default) or `inline` (ingest itself, within the message's budget). */
  scanReading: 'deferred' | 'inline';
  dropDir: string | null;
  smtpUrl: string | null;
  outboxDir: string | null;
  logLevel: string;
}

/**
 * Reads the ingest configuration from `env` (cli/config.ts hands it the environment), listing every bad key at once
 * (ConfigError). DROP_DIR selects Maildir mode (local, or a server that delivers to disk); otherwise
 * each mailbox with MAILBOX_<NAME>_USER is read over IMAP with its password or XOAUTH2.
 */
export function loadIngestConfig(env: Record<string, string | undefined>): IngestConfig {
  const crossKey = listCrossKeyIssues(env);
  let c: z.output<typeof IngestEnvSchema>;
  try {
    c = parseConfig(IngestEnvSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError([...error.issues, ...crossKey]);
    throw error;
  }
  if (crossKey.length > 0) throw new ConfigError(crossKey);
  const e = c as Record<string, unknown>;
  const str = (key: string): string | undefined => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const mode = c.DROP_DIR ? 'maildir' : 'imap';
  const mailboxes: MailboxConfig[] = MAILBOXES.flatMap((m) => {
    const name = m.toUpperCase();
    const user = str(`MAILBOX_${name}_USER`);
    if (mode === 'imap' && !user) return [];
    // The shared mailboxes are pcse.<name>@nhs.net (docs/domain.md, seeds); replies come from them.
    const fallbackAddress = user?.includes('@') ? user : `pcse.${m}@nhs.net`;
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
    scanReading: c.SCAN_READING,
    dropDir: c.DROP_DIR ?? null,
    smtpUrl: c.SMTP_URL ?? null,
    outboxDir: c.OUTBOX_DIR ?? null,
    logLevel: c.LOG_LEVEL,
  };
}
