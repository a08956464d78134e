// HTML templates used by several senders (Outlook/Word HTML, helpdesk and notification layouts).
import { esc } from './lib.js';

/** The head and body Outlook (Word) writes around a message. */
export function outlookHtml(inner: string, opts: { charset?: string; font?: string } = {}): string {
  const font = opts.font ?? 'Arial';
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${opts.charset ?? 'utf-8'}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"${font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"${font}",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

/** Paragraphs as Outlook writes them. */
export const p = (text: string): string => (text === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${text}<o:p></o:p></p>`);

/** Lines of plain text turned into Outlook paragraphs (text is escaped). */
export const paras = (text: string): string => text.split('\n').map((l) => p(esc(l))).join('\n');

/** A two-column label/value table (helpdesk and form layouts). */
export function kvTable(rows: [string, string][], opts: { labelWidth?: number; border?: boolean; font?: string } = {}): string {
  const b = opts.border ? 'border:1px solid #c8c8c8;' : '';
  const font = opts.font ?? 'Segoe UI,Arial,sans-serif';
  return `<table cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-family:${font};font-size:13px;width:100%">
${rows.map(([k, v]) => `<tr><td style="${b}width:${opts.labelWidth ?? 200}px;vertical-align:top;color:#555555;font-weight:bold">${esc(k)}</td><td style="${b}vertical-align:top">${v}</td></tr>`).join('\n')}
</table>`;
}

/** A signature block laid out in a table with a logo (cid) on the left. */
export function sigTable(o: { cid: string; lines: string[]; colour?: string; alt?: string }): string {
  return `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td width="130" valign="top" style="width:97.5pt;padding:0cm 7.5pt 0cm 0cm"><p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" id="Picture_x0020_1" src="cid:${o.cid}" alt="${esc(o.alt ?? 'logo')}"><o:p></o:p></p></td>
<td valign="top" style="border:none;border-left:solid ${o.colour ?? '#005EB8'} 2.25pt;padding:0cm 0cm 0cm 7.5pt">
${o.lines.map((l, i) => `<p class="MsoNormal"><span style="font-size:${i === 0 ? '10.5' : '9.0'}pt;font-family:&quot;Arial&quot;,sans-serif;color:${i === 0 ? (o.colour ?? '#005EB8') : '#425563'}">${i === 0 ? `<b>${l}</b>` : l}</span><o:p></o:p></p>`).join('\n')}
</td>
</tr>
</table>`;
}

export const mailto = (a: string): string => `<a href="mailto:${a}">${a}</a>`;
