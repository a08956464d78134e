// HTML helpers for corpus 39 (writer AI): Outlook, Gmail and Apple Mail markup.

import { escapeHtml } from './lib.js';

export const esc = escapeHtml;

/** Outlook desktop HTML: WordSection1 with MsoNormal paragraphs. `inner` is trusted markup. */
export function outlookHtml(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#467886; text-decoration:underline;}
span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>`;
}

/** Paragraphs from lines: a blank line is an empty paragraph; lines are escaped unless `raw`. */
export function mso(lines: string[], raw = false): string {
  return lines.map((l) => (l === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${raw ? l : esc(l)}<o:p></o:p></p>`)).join('\n');
}

/** Outlook's quoted-message separator and header block. */
export function outlookQuoteHtml(h: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> ${esc(h.from)}<br>
<b>Sent:</b> ${esc(h.sent)}<br>
<b>To:</b> ${esc(h.to)}<br>${h.cc ? `\n<b>Cc:</b> ${esc(h.cc)}<br>` : ''}
<b>Subject:</b> ${esc(h.subject)}<o:p></o:p></span></p>
</div>`;
}

export function outlookQuoteText(h: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return [`From: ${h.from}`, `Sent: ${h.sent}`, `To: ${h.to}`, ...(h.cc ? [`Cc: ${h.cc}`] : []), `Subject: ${h.subject}`].join('\n');
}

/** Gmail's HTML: a ltr div, <br>s for blank lines. */
export function gmailHtml(lines: string[], quote?: { attribution: string; html: string }): string {
  const body = lines.map((l) => (l === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`)).join('');
  const q = quote
    ? `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${esc(quote.attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quote.html}</blockquote></div>`
    : '';
  return `<div dir="ltr">${body}</div>${q}\n`;
}

/** Apple Mail's HTML. */
export function appleHtml(lines: string[]): string {
  const body = lines.map((l) => (l === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`)).join('\n');
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${body}</body></html>`;
}
