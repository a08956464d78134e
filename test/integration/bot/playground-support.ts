import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

// The Microsoft 365 Agents Playground's mock tenant and signed-in user (GET /_internal/v1/config).
export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER_AAD = '00000000-0000-0000-0000-0000000000020';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the Playground against the bot and resolves with the port it really listens on (it silently moves when taken). */
/** `cwd` may hold a `.m365agentsplayground.yml` (another signed-in user, e.g. samples/playground/second-approver). */
export function startPlayground(botUrl: string, port: number, cwd?: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['agentsplayground', 'start', '-e', botUrl, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      ...(cwd ? { cwd } : {}),
    });
    let out = '';
    let announced = false;
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${out.slice(-500)}`)), 45_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Listening on (\d+)/.exec(out);
      if (m && !announced) {
        announced = true;
        const port = Number(m[1]);
        // It prints the port a moment before it accepts connections on it.
        void (async () => {
          for (;;) {
            const up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
            if (up) break;
            await new Promise((r) => setTimeout(r, 200));
          }
          clearTimeout(timer);
          resolve({ child, port });
        })();
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`playground exited ${code}: ${out.slice(-500)}`)));
  });
}

/** Stops a Playground started by startPlayground (its whole process group: npx starts it as a child). */
export function stopPlayground(playground: { child: ChildProcess } | undefined): void {
  if (playground?.child.pid) {
    try {
      process.kill(-playground.child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Debian's Chromium, headless, with nothing that reaches the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
