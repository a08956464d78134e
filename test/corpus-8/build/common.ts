/** Shared pieces for corpus 8: mailbox addresses, NHSmail boundary headers, expected-file builders. */
import type { MessageSpec } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const TO: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored?: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise?: string[];
  traits: string[];
}

export interface Email {
  mailbox: Mailbox;
  slug: string;
  msg: Omit<MessageSpec, 'messageId' | 'to'> & { messageId?: string; to?: string };
  exp: Expected;
}

/** The NHSmail (Exchange Online) boundary's topmost Authentication-Results, as it writes it (no authserv-id). */
export function nhsAuth(ip = '194.72.6.57', pass = true): string[] {
  const r = pass ? 'pass' : 'fail';
  return [
    pass
      ? `Authentication-Results: spf=pass (sender IP is ${ip}) smtp.mailfrom=nhs.net; dkim=pass (signature was verified) header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass reason=100`
      : `Authentication-Results: spf=${r} (sender IP is ${ip}) smtp.mailfrom=nhs.net; dkim=none (message not signed) header.d=none;dmarc=${r} action=oreject header.from=nhs.net;compauth=${r} reason=000`,
    `Received: from EUR03-VI1-obe.outbound.protection.outlook.com (${ip}) by mail.nhs.net with ESMTPS id 0a1b2c3d; ${'Fri, 20 Nov 2026 08:00:00 +0000'}`,
  ];
}

/** Headers of mail from outside NHSmail (a personal or company mailbox): the boundary still stamps its result. */
export function externalAuth(domain: string, ip = '209.85.128.41'): string[] {
  return [
    `Authentication-Results: spf=pass (sender IP is ${ip}) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`,
  ];
}

export const person = (name: string | null, email: string | null) => ({ name, email: email?.toLowerCase() ?? null });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ ...person(name, email), role });
export const NONE = { name: null, email: null };

export const PHONE_SIG = ['Sent from my iPhone', 'Sent from my Galaxy', 'Sent from Outlook for Android', 'Get Outlook for iOS'];
