import { z } from 'zod';

export interface ClientCredentialsOptions {
  /** e.g. https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** e.g. https://outlook.office365.com/.default */
  scope: string;
  /** Refresh this long before the token expires (default 5 minutes). */
  refreshMarginMs?: number;
}

/** The token endpoint refused us or could not be reached. */
export class TokenRequestError extends Error {
  readonly code = 'oauth_token_failed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenRequestError';
  }
}

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().default(3600),
});

/**
 * Access tokens by the OAuth 2.0 client-credentials grant (RFC 6749 §4.4), as Exchange Online wants
 * for XOAUTH2 to shared mailboxes. A token is reused until shortly before it expires, so each new IMAP
 * or SMTP connection gets a token that is fresh but not fetched anew every time.
 */
export function createClientCredentialsTokenSource(options: ClientCredentialsOptions): { getAccessToken(): Promise<string> } {
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;
  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: options.scope,
    });
    let response: Response;
    try {
      response = await fetch(options.tokenUrl, { method: 'POST', body, headers: { accept: 'application/json' } });
    } catch (error) {
      throw new TokenRequestError(`token endpoint unreachable: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok) throw new TokenRequestError(`token endpoint answered ${response.status}`);
    const parsed = TokenResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new TokenRequestError('token endpoint answered without an access_token');
    cached = { token: parsed.data.access_token, expiresAt: Date.now() + parsed.data.expires_in * 1000 };
    return cached.token;
  };
  return {
    async getAccessToken() {
      if (cached && Date.now() < cached.expiresAt - margin) return cached.token;
      pending ??= fetchToken().finally(() => { pending = null; });
      return pending;
    },
  };
}
