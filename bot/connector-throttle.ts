/**
 * The Bot Connector throttles a bot as a whole: a 429 (or 503) with Retry-After means "send nothing before then".
 * botbuilder's HTTP pipeline honours it only for the one request it retries, so the other card posts and updates in
 * flight (and the queue's next attempt) would keep knocking and prolong the throttling. This gate holds every
 * connector request of the process until the latest Retry-After has passed.
 *
 * It sits in the connector client's pipeline after the retry policy, so it sees each attempt, retries included,
 * and learns of a 429 when it happens, not after the retries that follow it. How it gets there, and why not by a
 * public botbuilder option (read in botbuilder 4.23.3: botbuilder-stdlib's azureCoreHttpCompat ServiceClientContext,
 * botframework-connector's ConnectorClient, teams-ai's TeamsAdapter, @azure/core-client and core-http-compat):
 * - `ConnectorClientOptions.requestPolicyFactories` (TeamsAdapter's fourth argument) are added to the pipeline
 *   with no phase, which Azure's pipeline orders before the Retry phase: the policy would see one answer per
 *   request, after the retry policy has already waited out the 429, and other requests would keep knocking.
 * - `ConnectorClientOptions.httpClient` does reach every attempt, but it must be a core-http-style client
 *   (`sendRequest(WebResourceLike)`): we would re-implement the request and response conversions that
 *   core-http-compat keeps unexported (toPipelineRequest), streams, agents and proxies included, to wrap the
 *   default transport: more private behaviour to copy than the one field we read.
 * - So the gate is added with Azure's public `Pipeline.addPolicy(policy, { afterPhase: 'Retry' })` to the
 *   pipeline of the Azure ServiceClient that botbuilder's ServiceClientContext holds in the field `client`
 *   (TypeScript-private, a plain property at run time). attach() checks the shape and reports a mismatch, the
 *   card publisher then logs it once and cards still go out (Retry-After honoured per request only), and
 *   test/unit/bot/connector-throttle.test.ts attaches to a real botbuilder client, so an upgrade that moves the
 *   field fails a test instead of silently dropping the gate.
 */
export interface ConnectorThrottle {
  /** Adds the gate to a connector client (idempotent); false when the client does not have the expected shape. */
  attach(connectorClient: unknown): boolean;
  /** When the process may next call the connector (epoch ms; in the past when it is not throttled). */
  notBefore(): number;
}

interface PipelineResponseLike { status: number; headers: { get(name: string): string | undefined } }
interface PipelinePolicyLike {
  name: string;
  sendRequest(request: unknown, next: (request: unknown) => Promise<PipelineResponseLike>): Promise<PipelineResponseLike>;
}
interface PipelineLike {
  addPolicy(policy: PipelinePolicyLike, options: { afterPhase: 'Retry' }): void;
  getOrderedPolicies(): { name: string }[];
}

const POLICY_NAME = 'pcseConnectorRetryAfterGate';
/** A Retry-After beyond this is treated as this: a card must not wait hours on one header. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Retry-After (seconds or an HTTP date) of a 429 or 503, in ms from now; null when there is none. */
export function retryAfterMs(status: number, header: string | undefined, now = Date.now()): number | null {
  if ((status !== 429 && status !== 503) || !header) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : null;
}

export function createConnectorThrottle(): ConnectorThrottle {
  let notBefore = 0;
  const policy: PipelinePolicyLike = {
    name: POLICY_NAME,
    async sendRequest(request, next) {
      // Loop: another request may have pushed the time further while this one waited.
      for (let wait = notBefore - Date.now(); wait > 0; wait = notBefore - Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const response = await next(request);
      const ms = retryAfterMs(response.status, response.headers.get('retry-after'));
      if (ms !== null) notBefore = Math.max(notBefore, Date.now() + ms);
      return response;
    },
  };
  return {
    attach(connectorClient) {
      const pipeline = (connectorClient as { client?: { pipeline?: PipelineLike } } | null)?.client?.pipeline;
      if (!pipeline || typeof pipeline.addPolicy !== 'function' || typeof pipeline.getOrderedPolicies !== 'function') return false;
      if (!pipeline.getOrderedPolicies().some((p) => p.name === POLICY_NAME)) pipeline.addPolicy(policy, { afterPhase: 'Retry' });
      return true;
    },
    notBefore: () => notBefore,
  };
}

/** The process's one gate: every connector client the process creates shares it. */
export const connectorThrottle = createConnectorThrottle();
