// Shared types and snippets for the corpus's emails and expected cases.
import { acroPdf, type Fill, flatPdf, type FlatStyle, type Meta, type Op, scanPdf, type ScanStyle, type Sig } from './forms.js';
import { buildMessage, type MailSpec } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface CaseFile {
  n: number;
  mailbox: Mailbox;
  slug: string;
  eml: string; // CRLF message
  expected: Expected;
}

export type CaseDef = () => Promise<Omit<CaseFile, 'expected'> & { expected: Omit<Expected, 'mailbox'> }>;

export const PCSE = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
  portalBare: 'pcse.portalenquiries@nhs.net',
  dmBare: 'pcse.datamanager@nhs.net',
  oeBare: 'pcse.openexeter@nhs.net',
};

/** An RFC 5322 date in GMT (the corpus is set in November and December 2026). */
export function dt(month: number, day: number, hh: number, mm: number, ss = 0, year = 2026): string {
  const d = new Date(Date.UTC(year, month - 1, day, hh, mm, ss));
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${wd}, ${day} ${mon} ${year} ${p(hh)}:${p(mm)}:${p(ss)} +0000`;
}

export const iso = (month: number, day: number, hh: number, mm: number) => new Date(Date.UTC(2026, month - 1, day, hh, mm, 0)).toISOString();

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const mail = (spec: MailSpec): string => buildMessage(spec);

export const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });

export type OeKey =
  | 'orgName' | 'orgCode' | 'orgType' | 'address' | 'postcode' | 'phone'
  | 'puTitle' | 'puFirst' | 'puSurname' | 'puJob' | 'puEmail' | 'puPhone' | 'puUserId'
  | 'sigName' | 'sigPosition' | 'sigEmail' | 'sigDate';

export function oeFill(values: Partial<Record<OeKey, string>>, caps: string[], sig: Sig | null): Fill {
  return { values: values as Record<string, string>, checks: caps, sigs: { signature: sig } };
}

/** Field names for a layout's value/check/sig slots, in one of several naming habits. */
export function fieldNames(pages: Op[][], style: 'descriptive' | 'acrobat' | 'livecycle' | 'short', descriptive: Record<string, string> = {}): Record<string, string> {
  const names: Record<string, string> = {};
  let t = 0;
  let cb = 0;
  pages.forEach((ops, pi) => {
    for (const op of ops) {
      if (op.t !== 'value' && op.t !== 'check' && op.t !== 'sig') continue;
      const isCheck = op.t === 'check';
      if (isCheck) cb++;
      else t++;
      const key = op.key;
      switch (style) {
        case 'descriptive':
          names[key] = descriptive[key] ?? key;
          break;
        case 'acrobat':
          names[key] = isCheck ? `Check Box${cb}` : `Text${t}`;
          break;
        case 'livecycle': {
          const base = key.charAt(0).toUpperCase() + key.slice(1);
          names[key] = `form1[0].#subform[${pi}].${isCheck ? `CheckBox_${base.replace(/^Cap_/, '')}` : op.t === 'sig' ? 'SignatureField1' : `${base}`}[0]`;
          break;
        }
        case 'short':
          names[key] = isCheck ? `c${pi + 1}_${cb}` : op.t === 'sig' ? `sig${pi + 1}` : `f${pi + 1}_${String(t).padStart(2, '0')}`;
          break;
      }
    }
  });
  return names;
}

export const OE_DESCRIPTIVE: Record<string, string> = {
  orgName: 'Organisation name', orgCode: 'Organisation code', orgType: 'Organisation type', address: 'Address', postcode: 'Postcode', phone: 'Telephone',
  puTitle: 'PU Title', puFirst: 'PU First name', puSurname: 'PU Surname', puJob: 'PU Job title', puEmail: 'PU Email', puPhone: 'PU Telephone', puUserId: 'PU Existing user ID',
  sigName: 'Signatory name', sigPosition: 'Signatory position', sigEmail: 'Signatory email', sigDate: 'Date',
  cap_lead_gp: 'Lead GP', cap_gp_partner: 'GP Partner', cap_caldicott: 'Caldicott Guardian', cap_existing_pc: 'Existing Primary Contact', cap_board: 'Board member', cap_existing_pu: 'Existing Primary User',
  signature: 'Signature',
};
export const OE_DESCRIPTIVE_GP: Record<string, string> = { ...OE_DESCRIPTIVE, orgName: 'Practice name', orgCode: 'Practice code' };

export { acroPdf, flatPdf, scanPdf };
export type { Fill, FlatStyle, Meta, ScanStyle, Sig };

export const person = (name: string | null, email: string | null) => ({ name, email });
export const signatory = (name: string | null, email: string | null, role: string) => ({ name, email, role });
