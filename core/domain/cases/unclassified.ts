import { z } from 'zod';
import { makeFinding } from '../findings.js';
import type { CaseModule } from './case-module.js';

export const UnclassifiedFieldsSchema = z.object({});
export type UnclassifiedFields = z.infer<typeof UnclassifiedFieldsSchema>;

/** Anything else: a person classifies it; approving an unclassified case does nothing. */
export const unclassified: CaseModule<UnclassifiedFields> = {
  kind: 'unclassified',
  label: 'unclassified email',
  title: 'Unclassified email',
  mailboxes: ['portalenquiries', 'datamanager', 'openexeter'],
  fieldsSchema: UnclassifiedFieldsSchema,
  requiredFields: [],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent(parsed) {
    if (parsed.ignored || parsed.caseRef) return [];
    return [makeFinding('unclassified', 'The email was not recognised as a request: classify it or reject it.')];
  },
  checkDirectory() {
    return [];
  },
  lookups() {
    return { odsCodes: [], accounts: [], authorisedEmails: [] };
  },
  approve() {
    return [];
  },
};
