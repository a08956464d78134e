import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openDashboardQueues } from '../core/adapters/bullmq-case-queue.js';
import type { BotApp } from './app.js';
import type { BotConfig } from './config.js';

export interface BotServerOptions {
  config: BotConfig;
  bot: BotApp;
  /** Resolves when the database and Redis answer; /readyz reports 503 otherwise. */
  checkReady(): Promise<void>;
  /** Prometheus exposition for GET /metrics (off when absent). */
  metrics?(): Promise<{ contentType: string; body: string }>;
}

export interface RunningBotServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The bot's HTTP server: POST /api/messages (Bot Framework), /healthz (the process is up), /readyz (its
 * dependencies answer), Prometheus /metrics when given, and the BullMQ dashboard at /admin/queues behind basic auth (off when no credentials).
 */
export async function startBotServer(options: BotServerOptions, port = options.config.PORT, host = '0.0.0.0'): Promise<RunningBotServer> {
  const { config, bot } = options;
  const app = express();
  app.disable('x-powered-by');
  app.post('/api/messages', express.json({ limit: '1mb' }), (req, res, next) => {
    bot.process(req, res).catch(next);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    options
      .checkReady()
      .then(() => res.json({ status: 'ready' }))
      .catch((error: Error) => res.status(503).json({ status: 'not_ready', code: (error as { code?: string }).code ?? error.name }));
  });
  const metrics = options.metrics;
  if (metrics) {
    app.get('/metrics', (_req, res) => {
      metrics()
        .then(({ contentType, body }) => res.type(contentType).send(body))
        .catch(() => res.status(500).end());
    });
  }
  const dashboardQueues: ReturnType<typeof openDashboardQueues> = [];
  if (config.ADMIN_USER && config.ADMIN_PASSWORD) {
    dashboardQueues.push(...openDashboardQueues({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX }));
    const board = new ExpressAdapter();
    board.setBasePath('/admin/queues');
    createBullBoard({ queues: dashboardQueues.map((q) => new BullMQAdapter(q)), serverAdapter: board });
    app.use('/admin/queues', basicAuth(config.ADMIN_USER, config.ADMIN_PASSWORD), board.getRouter());
  }
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    async close() {
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled(dashboardQueues.map((q) => q.close()));
    },
  };
}

/** HTTP Basic authentication (RFC 7617) with a constant-time comparison. */
export function basicAuth(user: string, password: string) {
  const expected = Buffer.from(`${user}:${password}`);
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64') : Buffer.alloc(0);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="pcse queues", charset="UTF-8"');
    res.status(401).send('authentication required');
  };
}
