import type { ParsedCase } from './domain/case.js';
import { listDirectoryLookups } from './domain/cases/index.js';
import type { DirectoryFacts } from './domain/directory-facts.js';
import type { DirectoryReader } from './ports.js';

/**
 * Fetches exactly the directory facts reviewCase needs for this case through the DirectoryReader
 * port, so the pure domain can check the case without reading the directory itself. An unloaded
 * directory gives `loaded: false` and no lookups at all.
 */
export async function loadDirectoryFacts(reader: DirectoryReader, parsed: ParsedCase): Promise<DirectoryFacts> {
  const facts: DirectoryFacts = { loaded: await reader.isLoaded(), organisations: {}, accounts: {}, authorisedEmails: {} };
  if (!facts.loaded) return facts;
  const wanted = listDirectoryLookups(parsed);
  await Promise.all([
    ...wanted.odsCodes.map(async (code) => {
      facts.organisations[code] = await reader.findOrganisation(code);
    }),
    ...wanted.accounts.map(async (key) => {
      facts.accounts[key] = await reader.findUserByEmailOrUsername(key);
    }),
    ...wanted.authorisedEmails.map(async (email) => {
      facts.authorisedEmails[email] = await reader.isOnAuthorisedEmailList(email);
    }),
  ]);
  return facts;
}
