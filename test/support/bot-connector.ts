import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity id in the URL: replyToId for POST, the updated activity for PUT; null for a new message. */
  activityId: string | null;
  /** The id the connector gave (POST) or the id updated (PUT). */
  id: string;
  body: { type?: string; text?: string; attachments?: { contentType: string; content: unknown }[]; [key: string]: unknown };
}

/** A request that reached the connector, answered or refused. */
export interface ConnectorArrival {
  at: number;
  method: string;
  path: string;
  status: number;
  /** The Retry-After the answer carried (seconds), or null. */
  retryAfterSeconds: number | null;
}

/** An outage of the connector: every request refused with the statuses in turn, 429s saying when to come back. */
export interface ConnectorStorm {
  durationMs: number;
  statuses: number[];
  retryAfterSeconds?: number;
}

export interface BotConnector {
  /** serviceUrl for activities sent to the bot (ends with '/'). */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Every request in arrival order, including the ones a storm refused. */
  arrivals: ConnectorArrival[];
  /** Refuses every request from now for `durationMs` (only accepted requests are recorded in `calls`). */
  storm(storm: ConnectorStorm): void;
  /**
   * Makes the roster look-up (GET …/members/:userId) fail from now: `error` answers 500, `hang` never answers
   * (until stop); null serves the roster again.
   */
  failRoster(mode: 'error' | 'hang' | null): void;
  /** Roster entries returned by GET /v3/conversations/:id/members/:userId (for the own-request check). */
  members: Map<string, { id: string; name: string; aadObjectId: string; email: string; userPrincipalName: string }>;
  /** Resolves with the first call (already made or still to come) that matches, or rejects after timeoutMs. */
  waitFor(pred: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  stop(): Promise<void>;
}

/**
 * A local HTTP server playing the Bot Framework Connector (the service a Teams bot calls back): it records
 * POST /v3/conversations/:id/activities[/:replyToId] and PUT …/activities/:id, answers with fresh ids, and
 * serves member look-ups. It checks nothing about authentication: the bot runs in local mode against it.
 */
export async function startBotConnector(): Promise<BotConnector> {
  const calls: ConnectorCall[] = [];
  const waiters = new Set<() => void>();
  const members = new Map<string, { id: string; name: string; aadObjectId: string; email: string; userPrincipalName: string }>();
  let next = 1;
  const arrivals: ConnectorArrival[] = [];
  let current: (ConnectorStorm & { until: number; answered: number }) | null = null;
  let rosterFault: 'error' | 'hang' | null = null;
  /** The refusal for this request while a storm lasts, else null. */
  const refusal = (): { status: number; retryAfterSeconds: number | null } | null => {
    if (!current || Date.now() >= current.until) return null;
    const status = current.statuses[current.answered++ % current.statuses.length]!;
    return { status, retryAfterSeconds: status === 429 ? (current.retryAfterSeconds ?? 1) : null };
  };
  const read = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      // v3 / conversations / :id / activities [/ :activityId]   or   v3 / conversations / :id / members / :userId
      if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !parts[2]) {
        res.writeHead(404).end();
        return;
      }
      const refused = refusal();
      arrivals.push({ at: Date.now(), method: req.method ?? '', path: url.pathname, status: refused?.status ?? 200, retryAfterSeconds: refused?.retryAfterSeconds ?? null });
      if (refused) {
        req.resume();
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (refused.retryAfterSeconds !== null) headers['retry-after'] = String(refused.retryAfterSeconds);
        res.writeHead(refused.status, headers).end(JSON.stringify({ error: { code: refused.status === 429 ? 'Throttled' : 'ServiceError' } }));
        return;
      }
      const conversationId = parts[2];
      if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
        if (rosterFault === 'hang') return;
        if (rosterFault === 'error') {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'ServiceError' } }));
          return;
        }
        const member = members.get(parts[4]);
        res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(member ?? { error: { code: 'MemberNotFound' } }));
        return;
      }
      if (parts[3] !== 'activities' || (req.method !== 'POST' && req.method !== 'PUT')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse((await read(req)) || '{}') as ConnectorCall['body'];
      const activityId = parts[4] ?? null;
      const id = req.method === 'PUT' ? (activityId ?? '') : `activity-${next++}`;
      calls.push({ method: req.method, conversationId, activityId, id, body });
      for (const wake of waiters) wake();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    arrivals,
    storm(storm) {
      current = { ...storm, until: Date.now() + storm.durationMs, answered: 0 };
    },
    failRoster(mode) {
      rosterFault = mode;
    },
    members,
    waitFor(pred, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hit = calls.find(pred);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
          return Boolean(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching connector call within ${timeoutMs} ms (${calls.length} calls)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
