import type { CaseKind, Mailbox, ParsedCase } from '../../../core/domain/case.js';
import type { DirectoryAccount, DirectoryFacts, DirectoryOrganisation } from '../../../core/domain/directory-facts.js';

/** A draft as the extractor would hand it to finaliseCase. */
export function makeDraft(kind: CaseKind, fields: Record<string, unknown>, overrides: Partial<ParsedCase> = {}): ParsedCase {
  const mailbox: Mailbox = kind.startsWith('open_exeter') ? 'openexeter' : ['practice_email_update', 'main_contact_extension', 'branch_setup'].includes(kind) ? 'datamanager' : 'portalenquiries';
  return {
    mailbox,
    kind,
    ignored: null,
    messageId: '<m1@nhs.net>',
    from: { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
    subject: 'Request',
    caseRef: null,
    receivedAt: '2026-11-21T09:14:00.000Z',
    organisation: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'other' },
    fields,
    missing: [],
    findings: [],
    evidence: {},
    // A genuine NHSmail sender as the boundary authenticates it: the sender-trust policy then has nothing to say.
    authentication: { verdict: 'pass', source: 'topmost Authentication-Results', details: 'dmarc=pass' },
    ...overrides,
  };
}

export const CONTEXT = { caseId: 'case-1', caseRef: 'PCSE-2026-000123', requesterEmail: 'jo.bloggs@nhs.net', decidedBy: ['aad-1', 'aad-2'] };

export function makeOrganisation(overrides: Partial<DirectoryOrganisation> = {}): DirectoryOrganisation {
  return {
    odsCode: 'A81001',
    name: 'Riverside Surgery',
    type: 'gp_practice',
    closed: false,
    parentOdsCode: null,
    email: 'riversidesurgery.a81001@nhs.net',
    mainContact: { name: 'Ann Old', email: 'ann.old@nhs.net' },
    adminCounts: { GPP: 1, PL: 0 },
    ...overrides,
  };
}

export function makeAccount(overrides: Partial<DirectoryAccount> = {}): DirectoryAccount {
  return { id: 'u1', email: 'jo.bloggs@nhs.net', username: 'jo.bloggs@nhs.net', name: 'Jo Bloggs', locked: true, active: false, roles: [], ...overrides };
}

export function makeFacts(overrides: Partial<DirectoryFacts> = {}): DirectoryFacts {
  return { loaded: true, organisations: { A81001: makeOrganisation() }, accounts: {}, authorisedEmails: {}, ...overrides };
}
