import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths pino blanks out before a line is written: anything that could carry a person's name or address, or the
 * text of an email. Processes log ids and codes; this is the net under that rule, for the line that forgets it.
 */
export const REDACTED_PATHS: readonly string[] = [
  'email', '*.email', '*.*.email',
  'name', '*.name', '*.*.name',
  'from', '*.from', 'to', '*.to', 'cc', '*.cc', 'replyTo', '*.replyTo',
  'subject', '*.subject',
  'text', '*.text', 'html', '*.html', 'body', '*.body',
  'raw', '*.raw',
  'address', '*.address', 'addresses', '*.addresses',
  'requesterEmail', '*.requesterEmail',
  'username', '*.username',
  'password', '*.password', 'authorization', '*.authorization', 'accessToken', '*.accessToken',
];

const EMAIL_ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * The structured logger every pcse process uses: JSON lines with `process` on each, personal-data paths
 * redacted (REDACTED_PATHS), and any email address left inside a message string or error message masked.
 */
export function createLogger(options: { process: string; level?: string; destination?: NodeJS.WritableStream }): Logger {
  const config: LoggerOptions = {
    level: options.level ?? 'info',
    base: { process: options.process },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    formatters: {
      log(object) {
        return maskAddresses(object) as Record<string, unknown>;
      },
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? a.replace(EMAIL_ADDRESS, '[address]') : a)) as Parameters<typeof method>);
      },
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

/** Masks email addresses in every string of a log object (error messages quote the address that failed). */
function maskAddresses(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(EMAIL_ADDRESS, '[address]');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: value.message.replace(EMAIL_ADDRESS, '[address]'), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => maskAddresses(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAddresses(v, depth + 1)]));
}
