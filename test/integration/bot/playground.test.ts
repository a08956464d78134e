import { mkdir } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from './bot-harness.js';
import { freePort, launchChromium, PLAYGROUND_TENANT, PLAYGROUND_USER_AAD, startPlayground, stopPlayground } from './playground-support.js';

describe('end to end in the Microsoft 365 Agents Playground (a Teams client, offline)', () => {
  let h: BotHarness;
  let playground: { child: ChildProcess; port: number };
  let browser: Browser;
  beforeAll(async () => {
    h = await startBotHarness('sqlite', { env: { ALLOWED_TENANT_ID: PLAYGROUND_TENANT, STAFF_AAD_IDS: PLAYGROUND_USER_AAD } });
    playground = await startPlayground(`http://127.0.0.1:${h.server.port}/api/messages`, await freePort());
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    stopPlayground(playground);
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
    // Values from the email are TextRuns: shown and copied exactly, and still never a link, mention, image or markup.
    const hostile = '[click](https://evil.example/x) **bold** <at>Sam</at> ![p](http://evil.example/p.png) www.evil.example a.b@evil.example';
    const other = await h.addCase({ kind: 'account_unlock', subject: 'Unlock', fields: { username: hostile } });
    await compose.click();
    await page.keyboard.type(`case ${other.ref}`);
    await page.keyboard.press('Enter');
    const hostileCard = page.locator('.ac-adaptiveCard').filter({ hasText: 'Account unlock' }).last();
    await hostileCard.waitFor({ timeout: 15_000 });
    expect(await hostileCard.locator('a, img, strong, b, h1, h2, ul, ol, code').count()).toBe(0);
    expect(await hostileCard.innerText()).toContain(hostile);
    await hostileCard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/playground-hostile-textrun.png', fullPage: true });
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Approved' }).last().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-results/playground-approve.png', fullPage: true });
    await h.waitForState(c.id, 'replied', 20_000);
    const org = await h.database.prisma.organisation.findUniqueOrThrow({ where: { odsCode: 'A81001' } });
    expect(org.email).toBe('riverside.new@nhs.net');
  });
});
