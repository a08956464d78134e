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
/** Text a message quotes ('…', "…", `…`, “…”): error messages quote the value that failed, often from the email. */
const QUOTED_TEXT = /(['"`\u2018\u201C])[^'"`\u2019\u201D\n]{1,200}?['"`\u2019\u201D]/g;
/** A capitalised word after the first (a name: "no user Kiran Patel"); codes with digits and acronyms stay. */
const CAPITALISED_WORD = /(?<=[\s(,;:/])\p{Lu}\p{Ll}+(?:['\u2019-]\p{L}+)*/gu;
/** Keys whose string values are free-text error messages or reasons, not codes chosen by us. */
const FREE_TEXT_KEYS: ReadonlySet<string> = new Set(['message', 'reason', 'detail', 'details', 'stack']);
const MAX_FREE_TEXT = 300;

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

/**
 * Masks email addresses in every string of a log object (error messages quote the address that failed), and in
 * free-text error messages and reasons also quoted text and capitalised words, which may be a person's name taken
 * from an email ("User 'Kiran Patel' not found"); the error's type and code stay as they are for diagnosis.
 */
function maskAddresses(value: unknown, depth = 0, key = ''): unknown {
  if (typeof value === 'string') return FREE_TEXT_KEYS.has(key) ? maskFreeText(value) : value.replace(EMAIL_ADDRESS, '[address]');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskFreeText(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => maskAddresses(v, depth + 1, key));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAddresses(v, depth + 1, k)]));
}

/** An error message or reason as it may be logged: addresses, quoted text and capitalised words masked, bounded. */
export function maskFreeText(text: string): string {
  const bounded = text.length > MAX_FREE_TEXT ? `${text.slice(0, MAX_FREE_TEXT)}…` : text;
  return bounded.replace(EMAIL_ADDRESS, '[address]').replace(QUOTED_TEXT, '[text]').replace(CAPITALISED_WORD, '[word]');
}
