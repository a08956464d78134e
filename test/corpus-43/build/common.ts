// Shared bits of mail text: NHSmail footers, forwarded-message headers, people in expected cases.
export const NHSMAIL_FOOTER = `

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const person = (name: string | null, email: string | null): { name: string | null; email: string | null } => ({ name, email: email?.toLowerCase() ?? null });
export const withRole = (name: string | null, email: string | null, role: string | null): { name: string | null; email: string | null; role: string | null } => ({
  ...person(name, email),
  role,
});

/** An Outlook (desktop or web) forwarded/replied header block. */
export function outlookQuote(h: { from: string; sent: string; to: string; cc?: string; subject: string }, body: string): string {
  return [
    '',
    '________________________________',
    `From: ${h.from}`,
    `Sent: ${h.sent}`,
    `To: ${h.to}`,
    ...(h.cc ? [`Cc: ${h.cc}`] : []),
    `Subject: ${h.subject}`,
    '',
    body,
  ].join('\n');
}

export function gmailQuote(intro: string, body: string): string {
  return `\n${intro}\n\n${body
    .split('\n')
    .map((l) => `> ${l}`.trimEnd())
    .join('\n')}`;
}
