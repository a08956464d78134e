import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotConfigError, parseBotConfig } from '../../../bot/config.js';
import { startBotServer, type RunningBotServer } from '../../../bot/server.js';
import type { BotApp } from '../../../bot/app.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';

describe('bot configuration', () => {
  it('refuses to start without an app id unless BOT_LOCAL_MODE=true, listing every bad key', () => {
    let error: unknown;
    try {
      parseBotConfig({ PORT: 'x', ADMIN_USER: 'a', MicrosoftAppType: 'Nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BotConfigError);
    const keys = (error as BotConfigError).issues.map((i) => i.split(':')[0]);
    expect(keys).toEqual(expect.arrayContaining(['PORT', 'MicrosoftAppType']));
    expect(() => parseBotConfig({ BOT_LOCAL_MODE: 'true' })).toThrow(/ALLOWED_TENANT_ID/);
    expect(() => parseBotConfig({ MicrosoftAppId: 'app', MicrosoftAppTenantId: 't' })).toThrow(/MicrosoftAppPassword/);
    // Cards hold personal data: outside local mode they never follow whoever opened the bot last.
    expect(() => parseBotConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 't', CASE_CARDS_CONVERSATION: 'latest' })).toThrow(/CASE_CARDS_CONVERSATION/);
    const ok = parseBotConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', MicrosoftAppTenantId: 'T1', STAFF_AAD_IDS: 'A, b ,' });
    expect(ok.allowedTenantId).toBe('t1');
    expect(ok.STAFF_AAD_IDS).toEqual(['a', 'b']);
    expect(ok.PORT).toBe(3978);
  });
});

describe('bot server', () => {
  let server: RunningBotServer;
  let ready = true;
  beforeAll(async () => {
    const config = parseBotConfig({ BOT_LOCAL_MODE: 'true', ALLOWED_TENANT_ID: 't', ADMIN_USER: 'admin', ADMIN_PASSWORD: 'secret', REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: uniqueRedisPrefix('botsrv') });
    const bot: BotApp = { publisher: {} as BotApp['publisher'], process: async (_req, res) => void res.status(200).end() };
    server = await startBotServer({ config, bot, checkReady: async () => { if (!ready) throw Object.assign(new Error('down'), { code: 'db_down' }); } }, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /healthz, and /readyz by its dependencies', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    ready = false;
    const r = await fetch(`${server.url}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ status: 'not_ready', code: 'db_down' });
  });

  it('puts the queue dashboard behind basic auth', async () => {
    expect((await fetch(`${server.url}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${server.url}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}` } })).status).toBe(401);
    const ok = await fetch(`${server.url}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` } });
    expect(ok.status).toBe(200);
  });
});
