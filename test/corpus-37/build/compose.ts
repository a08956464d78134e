// One email from its parts: envelope, body (blocks or explicit text/html), attachments, expected case.
import {
  type Block, type Email, type Envelope, type Expected, type Mailbox, type Part, type Who,
  PCSE, attachment, envelopeHeaders, hex, htmlPart, message, multipart, outlookMessageId, renderOutlookHtml, renderText, textPart,
} from './lib.js';

export interface Att {
  filename: string;
  data: Buffer;
  contentType?: string;
  scan?: boolean;
}

export interface ComposeInput {
  mailbox: Mailbox;
  slug: string;
  env: Omit<Envelope, 'id' | 'to'> & { to?: Who[] };
  blocks?: Block[];
  text?: string;
  html?: string;
  format: 'alt' | 'text' | 'html';
  textCte?: 'qp' | '7bit' | '8bit' | 'base64';
  htmlCte?: 'qp' | '7bit' | '8bit' | 'base64';
  charset?: 'utf-8' | 'windows-1252' | 'us-ascii';
  tableStyle?: 'tabs' | 'pad' | 'outlook';
  htmlFont?: string;
  attachments?: Att[];
  root?: Part; // a hand-built body (reports, calendar invitations)
  messageId?: string;
  expected: Omit<Expected, 'mailbox'>;
}

export function compose(c: ComposeInput): Email {
  const id = `${c.mailbox}/${c.slug}`;
  const env: Envelope = { ...c.env, id, to: c.env.to ?? [PCSE[c.mailbox]] };
  const client = env.client ?? 'outlook';
  const mid = c.messageId ?? (client === 'gmail'
    ? `<CA+${hex(`g:${id}`, 10)}${Buffer.from(hex(`gg:${id}`, 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`
    : client === 'system' ? `<${hex(`s:${id}`, 16)}.${hex(`t:${id}`, 8)}@openexeter.nhs.uk>` : outlookMessageId(id));
  let root: Part;
  if (c.root) root = c.root;
  else {
    const text = c.text ?? (c.blocks ? renderText(c.blocks, { tableStyle: c.tableStyle }) : '');
    const html = c.html ?? (c.blocks ? renderOutlookHtml(c.blocks, { font: c.htmlFont }) : '');
    const charset = c.charset ?? 'utf-8';
    let body: Part;
    if (c.format === 'text') body = textPart(text, { cte: c.textCte ?? 'qp', charset });
    else if (c.format === 'html') body = htmlPart(html, { cte: c.htmlCte ?? 'qp', charset });
    else body = multipart('alternative', client === 'gmail' ? `0000000000${hex(`b0:${id}`, 16)}` : `_000_${hex(`b0:${id}`, 24).toUpperCase()}_`, [textPart(text, { cte: c.textCte ?? 'qp', charset }), htmlPart(html, { cte: c.htmlCte ?? 'qp', charset })]);
    if (c.attachments?.length) {
      root = multipart('mixed', `_004_${hex(`b4:${id}`, 24).toUpperCase()}_`, [
        body,
        ...c.attachments.map((a) => attachment(a.filename, a.contentType ?? 'application/pdf', a.data, { outlook: client !== 'gmail' && client !== 'iphone', date: env.date })),
      ]);
    } else root = body;
  }
  const headers = envelopeHeaders(env, mid).map((h) => (h === 'X-MS-Has-Attach: ' && c.attachments?.length ? 'X-MS-Has-Attach: yes' : h));
  const pdfs = (c.attachments ?? []).filter((a) => (a.contentType ?? 'application/pdf') === 'application/pdf');
  return {
    mailbox: c.mailbox,
    slug: c.slug,
    eml: message(headers, root),
    expected: { mailbox: c.mailbox, ...c.expected },
    pdfs: pdfs.length,
    scans: pdfs.filter((a) => a.scan).length,
  };
}

export const org = (odsCode: string | null, type: NonNullable<Expected['organisation']>['type']) => ({ odsCode, type });
