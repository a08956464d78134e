import type { RosterEmail } from '../core/domain/decisions.js';
import type { CaseQueue, DirectoryReader } from '../core/ports.js';
import type { BotStore } from './bot-store.js';
import type { BotConfig } from './config.js';

/** Logs ids and codes only: names and emails from cases never reach a log line. */
export interface BotLogger {
  info(data: Record<string, unknown>, message: string): void;
  warn(data: Record<string, unknown>, message: string): void;
  error(data: Record<string, unknown>, message: string): void;
}

/** What the bot needs from the rest of the system; cli/commands/bot.ts wires the real adapters. */
export interface BotDeps {
  config: BotConfig;
  store: BotStore;
  queue: Pick<CaseQueue, 'enqueueExecution'>;
  /** The directory for the card and for re-checking an edited case; null when none is wired. */
  directory: Pick<DirectoryReader, 'findOrganisation' | 'isLoaded' | 'findUserByEmailOrUsername' | 'isOnAuthorisedEmailList'> | null;
  /** Unresolved dead letters, for the status card. */
  deadLetterCount(): Promise<number>;
  log: BotLogger;
  /** Called after a conversation opened the bot (installed, added, Playground connected): posts waiting cards. */
  onConversationStored?: () => void;
}

/** The person who clicked or wrote, as Teams reports them. */
export interface Invoker {
  /** Teams user id (29:…): the id `refresh.userIds` needs. */
  teamsUserId: string;
  aadObjectId: string | null;
  tenantId: string | null;
  name: string | null;
  /** From the Teams roster: an address, none on record, or unconfirmed when the look-up failed or timed out. */
  email: RosterEmail;
}

export const silentLogger: BotLogger = { info() {}, warn() {}, error() {} };
