import type { BotConnector } from './bot-connector.js';

/** Staff members of the test tenant, as Teams identifies them (Entra object ids are what STAFF_AAD_IDS lists). */
export interface TestStaffMember { id: string; aadObjectId: string; name: string }
export const TEST_STAFF: readonly TestStaffMember[] = [
  { id: '29:ann', aadObjectId: 'aad-ann', name: 'Ann Approver' },
  { id: '29:ben', aadObjectId: 'aad-ben', name: 'Ben Approver' },
];
export const TEST_TENANT = 'tenant-e2e';
export const TEST_CHANNEL = '19:casework-e2e@thread.tacv2';

/**
 * Teams-shaped activities from a staff member in the casework channel, posted over HTTP to a running bot's
 * /api/messages, as the Bot Connector delivers them: what a person's clicks in Teams become.
 */
export function teamsChannel(botUrl: string, connector: BotConnector) {
  let seq = 0;
  const base = (user: TestStaffMember, tenantId: string, conversationId: string) => ({
    id: `e2e-${++seq}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    conversation: { id: conversationId, conversationType: 'channel', tenantId, isGroup: true },
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:pcse-bot', name: 'PCSE casework' },
    channelData: { tenant: { id: tenantId }, team: { id: '19:team-e2e@thread.tacv2' }, channel: { id: conversationId } },
  });
  const post = async (activity: Record<string, unknown>): Promise<{ status: number; body: string }> => {
    const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  };
  return {
    addBotToChannel: (tenantId = TEST_TENANT, conversationId = TEST_CHANNEL) =>
      post({ ...base(TEST_STAFF[0]!, tenantId, conversationId), type: 'conversationUpdate', membersAdded: [{ id: '28:pcse-bot' }] }),
    /** The card's Approve button; `data` is what the card's action carries (plus any inputs, e.g. phoneVerified). */
    approve: (user: TestStaffMember, data: { caseId: string; cardVersion: number; [input: string]: unknown }, replyToId: string, tenantId = TEST_TENANT, conversationId = TEST_CHANNEL) =>
      post({
        ...base(user, tenantId, conversationId),
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId,
        value: { action: { type: 'Action.Execute', verb: 'approve', data }, trigger: 'manual' },
      }),
  };
}

/** The case id an approval card carries in its actions' data. */
export function cardCaseId(content: unknown): string | null {
  const m = /"caseId":"([^"]+)"/.exec(JSON.stringify(content));
  return m?.[1] ?? null;
}
