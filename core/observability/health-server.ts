import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface RunningHealthServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * /healthz (the process is up), /readyz (its dependencies answer: 503 with an error code otherwise) and
 * Prometheus /metrics, for processes without an HTTP server of their own (`pcse ingest` on METRICS_PORT 9464,
 * `pcse worker` on 9465). Port 0 picks a free port (tests).
 */
export async function startHealthServer(options: {
  port: number;
  host?: string;
  registry: Registry;
  checkReady(): Promise<void>;
  /** When the port is taken, listen on a free one instead of failing (the default port, not an explicit one). */
  fallbackToFreePort?: boolean;
}): Promise<RunningHealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (path === '/readyz') {
      options.checkReady().then(
        () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}'),
        (error: Error & { code?: string }) =>
          res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'not_ready', code: error.code ?? error.name })),
      );
      return;
    }
    if (path === '/metrics') {
      serveMetrics(options.registry).then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404).end();
  });
  const listen = (port: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listen(options.port);
  } catch (error) {
    // Several replicas on one host share the default port: the later ones take a free port and say which.
    if ((error as { code?: string }).code !== 'EADDRINUSE' || !options.fallbackToFreePort) throw error;
    await listen(0);
  }
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The registry's text exposition, for any HTTP server that serves /metrics. */
export async function serveMetrics(registry: Registry): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
