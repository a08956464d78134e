import { StoreUnavailableError } from '../ports.js';

// Prisma's "cannot reach / timed out / closed / pool timeout" codes, and the drivers' network codes.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
// The driver adapters (pg, better-sqlite3) do not always carry a code: these are their words for the same outages.
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|connection.*closed|Can't reach database|SQLITE_BUSY|database is locked/i;

/** True when a database error says the server is away rather than that the query or its data is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return e.cause !== undefined && e.cause !== error ? isDatabaseUnavailable(e.cause) : false;
}

/** The error a store method should throw: StoreUnavailableError for an outage, the error itself otherwise. */
export function toStoreError(error: unknown): unknown {
  return error instanceof StoreUnavailableError || !isDatabaseUnavailable(error) ? error : new StoreUnavailableError({ cause: error });
}

/**
 * Wraps every method of a store so that an outage rejects with StoreUnavailableError. Applied once, where a
 * Prisma store is built, so no method can forget it.
 */
export function withStoreErrors<T extends object>(store: T): T {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(this === receiver ? target : this, args);
        } catch (error) {
          throw toStoreError(error);
        }
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(toStoreError(error))) : result;
      };
    },
  });
}
