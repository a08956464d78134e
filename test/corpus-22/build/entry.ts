// One corpus email: the message as sent and the case a careful PCSE staff member would enter from it.
import type { Spec } from './mail.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Entry {
  mailbox: Mailbox;
  slug: string;
  /** the message as a spec for buildMail, or a finished message (bounces) */
  spec?: Spec;
  raw?: string;
  expected: Expected;
  /** what the attached PDFs are, for the README's counts */
  pdfs?: ('acroform' | 'flat' | 'scan')[];
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export const unclassified = (traits: string[], ignored: Expected['ignored'] = null): Expected => ({
  kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits,
});

export const PCSE = {
  portal: { name: 'PCSE Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  portalBare: { email: 'pcse.portalenquiries@nhs.net' },
  portalNhsmail: { name: 'PCSE, Portal Enquiries (NHS ENGLAND - X24)', email: 'pcse.portalenquiries@nhs.net' },
  dm: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  dmBare: { email: 'pcse.datamanager@nhs.net' },
  oe: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
  oeBare: { email: 'pcse.openexeter@nhs.net' },
};

export const PCSE_SIGN = `Kind regards

PCSE Online Support
Primary Care Support England
pcse.england.nhs.uk`;
