import { randomUUID } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Mailer, OutgoingEmail } from '../ports.js';

/** Header that marks mail we sent ourselves, so when it comes back (a loop, a forward) ingest ignores it. */
export const PCSE_AUTO_HEADER = 'X-PCSE-Auto';

export interface SmtpMailerOptions {
  /** smtp://[user:pass@]host:port or smtps://… */
  smtpUrl: string;
  /** The From address, e.g. the shared mailbox the request came to. */
  from: string;
  /**
   * XOAUTH2 for Exchange Online (basic SMTP auth is off on NHSmail since 2025): the mailbox user and
   * a function that returns a current access token (e.g. from createClientCredentialsTokenSource).
   */
  oauth2?: { user: string; getAccessToken: () => Promise<string> };
}

/** Infrastructure failure sending mail. */
export class MailSendError extends Error {
  readonly code = 'mail_send_failed';
  /**
   * The server refused this message's recipients for good (nodemailer's EENVELOPE with an SMTP 5xx, e.g. an address
   * it cannot accept): sending it again cannot help. Not a 5xx on login (535): that is our configuration, and every
   * message waits for it to be fixed.
   */
  readonly permanent: boolean;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailSendError';
    const cause = options?.cause as { code?: unknown; responseCode?: unknown } | undefined;
    this.permanent = cause?.code === 'EENVELOPE' && typeof cause.responseCode === 'number' && cause.responseCode >= 500 && cause.responseCode < 600;
  }
}

/**
 * The headers every message gets. Automatic replies carry `Auto-Submitted: auto-replied` (RFC 3834 §5)
 * and `X-Auto-Response-Suppress: All` (Exchange's own loop guard) so out-of-office robots do not
 * answer them, plus our own marker so ingest recognises them if they come back.
 */
export function buildReplyHeaders(email: OutgoingEmail): Record<string, string> {
  const headers: Record<string, string> = {};
  if (email.autoReply) {
    headers['Auto-Submitted'] = 'auto-replied';
    headers['X-Auto-Response-Suppress'] = 'All';
    headers[PCSE_AUTO_HEADER] = 'reply';
  }
  return { ...headers, ...email.headers };
}

/** Builds a Message-ID we know before sending (the reply log stores it), on the sender's domain (RFC 5322 §3.6.4). */
export function createMessageId(from: string): string {
  const domain = from.includes('@') ? from.slice(from.lastIndexOf('@') + 1).replace(/>$/, '') : 'pcse.invalid';
  return `<${randomUUID()}@${domain}>`;
}

/** Turns an OutgoingEmail into nodemailer message options (shared with the outbox mailer). */
export function toNodemailerMessage(email: OutgoingEmail, from: string): SendMailOptions & { messageId: string } {
  const references = email.references ?? (email.inReplyTo ? [email.inReplyTo] : []);
  return {
    from,
    to: email.to,
    ...(email.cc?.length ? { cc: email.cc } : {}),
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    messageId: createMessageId(from),
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    ...(references.length ? { references } : {}),
    headers: buildReplyHeaders(email),
  };
}

/** The Mailer port over SMTP with nodemailer (password in the URL, or XOAUTH2). */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer & { close(): void } {
  const url = new URL(options.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = Number(url.port || (secure ? 465 : 587));
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port,
    secure,
    // A loopback relay or test sink speaks plain SMTP; anything else must use STARTTLS.
    ...(local ? { ignoreTLS: !secure } : { requireTLS: !secure }),
    ...(options.oauth2
      ? { auth: { type: 'OAuth2' as const, user: options.oauth2.user } }
      : url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
  });
  if (options.oauth2) {
    const { getAccessToken } = options.oauth2;
    // nodemailer asks for a token whenever it needs one (and again with renew=true after a 535).
    transport.set('oauth2_provision_cb', (_user: string, _renew: boolean, callback: (err: Error | null, token?: string) => void) => {
      getAccessToken().then((token) => callback(null, token), (error: Error) => callback(error));
    });
  }
  return {
    async send(email) {
      const message = toNodemailerMessage(email, options.from);
      try {
        await transport.sendMail(message);
      } catch (error) {
        throw new MailSendError(`SMTP send failed: ${(error as Error).message}`, { cause: error });
      }
      return { messageId: message.messageId };
    },
    close() {
      transport.close();
    },
  };
}
