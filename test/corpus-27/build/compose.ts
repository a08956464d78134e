// Assembles one email from its parts and its expected case.
import { attachment, headers, htmlPart, message, multipart, textPart, type Cte, type Email, type Expected, type Hdr, type Part } from './lib.js';

export interface Att { filename: string; data: Uint8Array; type?: string }

export interface Spec {
  file: string;
  hdr: Omit<Hdr, 'slug'>;
  text?: string;
  html?: string;
  textCte?: Cte;
  htmlCte?: Cte;
  attachments?: Att[];
  style?: 'outlook' | 'gmail' | 'apple' | 'plain';
  expected: Omit<Expected, 'mailbox'>;
}

export function compose(mailbox: string, s: Spec): Email {
  const slug = `${mailbox}/${s.file}`;
  const style = s.style ?? (s.hdr.client === 'gmail' ? 'gmail' : s.hdr.client === 'apple' ? 'apple' : s.hdr.client === 'webmail' || s.hdr.client === 'system' ? 'plain' : 'outlook');
  const parts: Part[] = [];
  if (s.text !== undefined) parts.push(textPart(s.text, s.textCte ?? 'qp'));
  if (s.html !== undefined) parts.push(htmlPart(s.html, s.htmlCte ?? 'qp'));
  let body: Part = parts.length === 2 ? multipart('alternative', parts, slug, style) : parts[0]!;
  if (s.attachments?.length) {
    const att = s.attachments.map((a) => attachment(a.filename, a.type ?? 'application/pdf', a.data, style === 'gmail' ? 'gmail' : style === 'outlook' ? 'outlook' : 'plain'));
    body = multipart('mixed', [body, ...att], slug, style);
  }
  return { file: s.file, eml: message(headers({ ...s.hdr, slug }), body), expected: s.expected };
}

export const nom = (service: 'GPP' | 'PL' | 'OPTO' | 'PCN', nominee: [string | null, string | null], approver: [string | null, string | null, string | null] | null) => ({
  service,
  nominee: { name: nominee[0], email: nominee[1] },
  approver: approver ? { name: approver[0], email: approver[1], role: approver[2] } : null,
});

export const who = (name: string | null, email: string | null) => ({ name, email });
