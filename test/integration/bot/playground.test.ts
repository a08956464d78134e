import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from './bot-harness.js';

// The Microsoft 365 Agents Playground's mock tenant and signed-in user (GET /_internal/v1/config).
const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
const PLAYGROUND_USER_AAD = '00000000-0000-0000-0000-0000000000020';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the Playground against the bot and resolves with the port it really listens on (it silently moves when taken). */
function startPlayground(botUrl: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['agentsplayground', 'start', '-e', botUrl, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${out.slice(-500)}`)), 45_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Listening on (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`playground exited ${code}: ${out.slice(-500)}`)));
  });
}

describe('end to end in the Microsoft 365 Agents Playground (a Teams client, offline)', () => {
  let h: BotHarness;
  let playground: { child: ChildProcess; port: number };
  let browser: Browser;
  beforeAll(async () => {
    h = await startBotHarness('sqlite', { env: { ALLOWED_TENANT_ID: PLAYGROUND_TENANT, STAFF_AAD_IDS: PLAYGROUND_USER_AAD } });
    playground = await startPlayground(`http://127.0.0.1:${h.server.port}/api/messages`, await freePort());
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (playground?.child.pid) process.kill(-playground.child.pid, 'SIGTERM');
    await h?.stop();
  });

  it('staff ask for a case, see its card and approve it by clicking; the case is executed', { timeout: 90_000 }, async () => {
    const c = await h.addCase({
      mailbox: 'datamanager',
      kind: 'practice_email_update',
      subject: 'Change of practice email [see](https://evil.example)',
      fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.new@nhs.net' },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    await page.goto(`http://127.0.0.1:${playground.port}/`);
    const compose = page.locator('div[role="textbox"][contenteditable="true"]');
    await compose.waitFor({ timeout: 30_000 });
    await compose.click();
    await page.keyboard.type(`case ${c.ref}`);
    await page.keyboard.press('Enter');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Practice email update' }).last();
    await card.waitFor({ timeout: 15_000 });
    // The hostile subject renders as text: no link inside the card.
    expect(await card.locator('a[href*="evil"]').count()).toBe(0);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/playground-case-card.png', fullPage: true });
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Approved' }).last().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-results/playground-approve.png', fullPage: true });
    await h.waitForState(c.id, 'replied', 20_000);
    const org = await h.database.prisma.organisation.findUniqueOrThrow({ where: { odsCode: 'A81001' } });
    expect(org.email).toBe('riverside.new@nhs.net');
  });
});
