import type { Person } from './case.js';

/**
 * What the directory knows, as plain data, for the directory checks of a case. The bot or the
 * ingest worker fills it from the DirectoryReader port (core/ports.ts) before calling reviewCase;
 * the domain never reads the directory itself. The port's OrganisationFacts is an alias of
 * DirectoryOrganisation, and DirectoryUser has DirectoryAccount's shape, so their values can be passed straight in.
 *
 * Every map distinguishes "not looked up" (key absent: the check is not made) from "looked up and
 * not found" (value null: the check fails), so a missing lookup never reads as a failure.
 */
export interface DirectoryFacts {
  /** False until organisations have been imported: checks then say so instead of guessing. */
  loaded: boolean;
  /** By upper-case ODS code. */
  organisations: Record<string, DirectoryOrganisation | null>;
  /** By lower-cased email or username, whichever the case names. */
  accounts: Record<string, DirectoryAccount | null>;
  /** Authorised Email List answers, by lower-cased email. */
  authorisedEmails: Record<string, boolean>;
}

/** One organisation as the directory holds it (core/ports.ts OrganisationFacts is this type). */
export interface DirectoryOrganisation {
  odsCode: string;
  name: string | null;
  type: string;
  closed: boolean;
  parentOdsCode: string | null;
  email: string | null;
  mainContact: Person | null;
  /** User-administrator counts by service (GPP, PL, OPTO, PCN). */
  adminCounts: Record<string, number>;
}

export interface DirectoryAccount {
  id: string;
  email: string | null;
  username: string;
  name: string | null;
  locked: boolean;
  active: boolean;
  roles: { odsCode: string; service: string; role: string }[];
}

/** The lookups a case needs, so the caller fetches exactly these and nothing more. */
export interface DirectoryLookups {
  odsCodes: string[];
  accounts: string[];
  authorisedEmails: string[];
}

/** Facts for an unloaded directory: every directory check becomes one `directory_not_loaded` finding. */
export const DIRECTORY_NOT_LOADED: DirectoryFacts = Object.freeze({
  loaded: false,
  organisations: {},
  accounts: {},
  authorisedEmails: {},
});
