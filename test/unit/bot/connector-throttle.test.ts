import { describe, expect, it, vi } from 'vitest';
import { parseBotConfig } from '../../../bot/config.js';
import { createConnectorThrottle, retryAfterMs } from '../../../bot/connector-throttle.js';
import { createTeamsAdapter } from '../../../bot/teams-adapter.js';

interface Policy { name: string; sendRequest(request: unknown, next: (request: unknown) => Promise<Response>): Promise<Response> }
interface Response { status: number; headers: { get(name: string): string | undefined } }

/** A connector client shaped like botbuilder's: its pipeline records the policies added to it. */
function fakeConnectorClient() {
  const policies: { policy: Policy; options: unknown }[] = [];
  return {
    policies,
    client: { pipeline: { addPolicy: (policy: Policy, options: unknown) => policies.push({ policy, options }), getOrderedPolicies: () => policies.map((p) => p.policy) } },
  };
}
const answer = (status: number, retryAfter?: string): Response => ({ status, headers: { get: (name) => (name === 'retry-after' ? retryAfter : undefined) } });

describe('connector Retry-After gate', () => {
  it('reads Retry-After in seconds or as a date, only on 429 and 503, capped at five minutes', () => {
    const now = Date.parse('2026-12-04T09:00:00Z');
    expect(retryAfterMs(429, '3', now)).toBe(3000);
    expect(retryAfterMs(503, 'Fri, 04 Dec 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs(500, '3', now)).toBeNull();
    expect(retryAfterMs(429, undefined, now)).toBeNull();
    expect(retryAfterMs(429, '86400', now)).toBe(300_000);
  });

  it('goes after the retry policy, once per client, and holds every later request of the process until the Retry-After', async () => {
    const throttle = createConnectorThrottle();
    const first = fakeConnectorClient();
    const second = fakeConnectorClient();
    expect(throttle.attach(first)).toBe(true);
    expect(throttle.attach(first)).toBe(true);
    expect(throttle.attach(second)).toBe(true);
    expect(throttle.attach({})).toBe(false);
    expect(first.policies).toHaveLength(1);
    expect(first.policies[0]!.options).toEqual({ afterPhase: 'Retry' });

    // Fake timers: the gate's waits are checked by the clock it reads, not by how busy the machine is.
    vi.useFakeTimers();
    try {
      const throttled = await first.policies[0]!.policy.sendRequest({}, async () => answer(429, '1'));
      expect(throttled.status).toBe(429);
      // Another client of the same process (another card's post) waits too, until the Retry-After has passed.
      let sent = false;
      const waiting = second.policies[0]!.policy.sendRequest({}, async () => { sent = true; return answer(200); });
      await vi.advanceTimersByTimeAsync(999);
      expect(sent).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await waiting).status).toBe(200);
      expect(sent).toBe(true);
      // A 5xx says nothing about when to come back: the next request goes at once, with no time passing.
      await second.policies[0]!.policy.sendRequest({}, async () => answer(502));
      let next = false;
      await second.policies[0]!.policy.sendRequest({}, async () => { next = true; return answer(200); });
      expect(next).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  // The gate reaches the pipeline through a field botbuilder declares private (bot/connector-throttle.ts says why
  // there is no public way): this pins it to the botbuilder we ship, so an upgrade that moves it fails here.
  it('attaches to the connector client botbuilder really creates for a proactive turn', async () => {
    const adapter = createTeamsAdapter(parseBotConfig({ BOT_LOCAL_MODE: 'true', ALLOWED_TENANT_ID: 'tenant-1' }));
    const throttle = createConnectorThrottle();
    let attached: boolean | null = null;
    const reference = { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c1', isGroup: true, conversationType: 'channel', name: '' }, bot: { id: '28:bot', name: 'bot' } };
    await adapter.continueConversationAsync('', reference, async (context) => {
      attached = throttle.attach(context.turnState.get(context.adapter.ConnectorClientKey));
    });
    expect(attached).toBe(true);
  });
});
