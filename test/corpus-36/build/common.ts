// Shared helpers for the three mailboxes of corpus 36 (writer AF).
import {
  NHS_DISCLAIMER,
  androidOutlook,
  appleMail,
  btMail,
  compose,
  gmail,
  gmailHtml,
  htmlBody,
  iphone,
  outlookCom,
  outlookHtml,
  nhsOutlook,
  yahoo,
  esc,
  type Body,
  type Cte,
  type Msg,
  type OrgType,
  type Part,
} from './lib.js';

export const TO = {
  portal: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  data: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  oe: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export const person = (name: string | null, email: string | null): { name: string | null; email: string | null } => ({ name, email });
export const org = (odsCode: string | null, type: OrgType): { odsCode: string | null; type: OrgType } => ({ odsCode, type });

const ascii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
const cteFor = (s: string): Cte => (ascii(s) ? '7bit' : 'quoted-printable');

interface Opts {
  attachments?: Part[];
  disclaimer?: boolean;
  html?: string; // full HTML instead of HTML made from the text
  htmlOnly?: boolean;
  inline?: Part[];
}

/** NHSmail from Outlook desktop or web: text and HTML, the NHSmail disclaimer. */
export function nhs(m: Msg, text: string, o: Opts = {}): string {
  const full = o.disclaimer === false ? text : `${text}\n\n${NHS_DISCLAIMER}`;
  const html = o.html ?? outlookHtml(htmlBody(full, 'outlook'));
  const b: Body = o.htmlOnly ? { html, attachments: o.attachments, inline: o.inline } : { text: full, html, attachments: o.attachments, inline: o.inline };
  return compose(nhsOutlook, 'outlook', m, b);
}

/** NHSmail from Outlook on a phone (Android or iOS): short, the app's footer, no disclaimer. */
export function nhsMobile(m: Msg, text: string, o: Opts = {}): string {
  return compose(androidOutlook, 'outlook', m, { text, html: outlookHtml(htmlBody(text, 'outlook')), attachments: o.attachments });
}

export function gmailMail(m: Msg, text: string, o: Opts = {}): string {
  return compose(gmail, 'gmail', m, { text, cte: cteFor(text), html: o.html ?? gmailHtml(htmlBody(text, 'gmail')), htmlCte: 'quoted-printable', attachments: o.attachments });
}

export function iphoneMail(m: Msg, text: string, o: Opts = {}): string {
  return compose(iphone, 'apple', m, { text, cte: cteFor(text), attachments: o.attachments });
}

export function macMail(m: Msg, text: string, o: Opts = {}): string {
  const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${htmlBody(text, 'apple')}</body></html>`;
  return compose(appleMail, 'apple', m, { text, cte: cteFor(text), html, htmlCte: 'quoted-printable', attachments: o.attachments });
}

export function yahooMail(m: Msg, text: string, o: Opts = {}): string {
  const html = `<html><head></head><body><div class="ydp2f1c1b5cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">${htmlBody(text, 'plain')}</div></body></html>`;
  return compose(yahoo, 'yahoo', m, { text, html, attachments: o.attachments, charset: 'UTF-8' });
}

export function btMailMsg(m: Msg, text: string, o: Opts = {}): string {
  const html = `<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n${htmlBody(text, 'plain')}\n  </div>\n </body>\n</html>`;
  return compose(btMail, 'bt', m, { text, html, attachments: o.attachments, charset: 'UTF-8' });
}

export function hotmail(m: Msg, text: string, o: Opts = {}): string {
  const html = o.html ?? outlookHtml(htmlBody(text, 'outlook'));
  return compose(outlookCom, 'outlook', m, o.htmlOnly ? { html, attachments: o.attachments } : { text, html, attachments: o.attachments });
}

/** An HTML table whose first row holds the labels. */
export function rowTable(rows: string[][]): string {
  const cell = (tag: string, s: string): string =>
    `<${tag} style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt;text-align:left"><p class="MsoNormal">${tag === 'th' ? `<b>${esc(s)}</b>` : esc(s)}</p></${tag}>`;
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${rows
    .map((r, i) => `<tr>${r.map((c) => cell(i === 0 ? 'th' : 'td', c)).join('')}</tr>`)
    .join('\n')}\n</table>`;
}

/** The plain-text alternative Outlook writes for a table: one row per line, cells separated by tabs. */
export function rowTableText(rows: string[][]): string {
  return rows.map((r) => r.join('\t')).join('\n');
}
