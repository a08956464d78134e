import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  /** Every message received, parsed, in arrival order. */
  messages: ParsedMail[];
  /** When the sink accepted each message (same order as `messages`): the moment its 250 reply was sent. */
  acceptedAt: Date[];
  /** An outage: stops listening and refuses connections (after letting a message in flight finish). */
  goDown(): Promise<void>;
  /** Ends the outage: listens again on the same port, keeping what was received. */
  comeBack(): Promise<void>;
  /** Resolves with the first message (already received or still to come) that matches, or rejects after timeoutMs. */
  waitFor(pred: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * A local SMTP server that accepts everything and keeps the parsed messages in memory, so tests can
 * assert on the replies the system sends (headers and all). Plain SMTP on loopback, no auth. `port`
 * starts it where a system under test already points (an SMTP server that comes back); default: any free port.
 */
export async function startSmtpSink(options: { port?: number } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const acceptedAt: Date[] = [];
  const waiters = new Set<() => void>();
  const listen = async (port: number): Promise<{ server: SMTPServer; port: number }> => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A message in flight when the outage starts finishes quickly, or is cut off (unaccepted) at once.
      closeTimeout: 1000,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            messages.push(mail);
            acceptedAt.push(new Date());
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    const bound = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    return { server, port: bound };
  };
  let current: SMTPServer | null;
  const first = await listen(options.port ?? 0);
  current = first.server;
  const port = first.port;
  const close = async (): Promise<void> => {
    const server = current;
    current = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    port,
    messages,
    acceptedAt,
    goDown: close,
    async comeBack() {
      if (!current) current = (await listen(port)).server;
    },
    waitFor(pred, timeoutMs = 10_000) {
      return new Promise<ParsedMail>((resolve, reject) => {
        const check = (): boolean => {
          const found = messages.find(pred);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no matching email within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    stop: close,
  };
}
