// datamanager: practice email changes, main-contact extensions and GP branches, as letters, PDFs and two-section bodies.
import { letter, META } from './docs.js';
import { alt, type Email, type Leaf, mixed, NHSMAIL_FOOTER, outlookDoc, P, pdf, render, rfcDate, text } from './lib.js';
import { date, DM, email, expected, gmailBlock, org, outlookBlock, toOutlookHtml, unclassified } from './mail.js';

const MB = 'datamanager' as const;

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ------------------------------------------------------------------ practice email, a letter on letterhead is the request
  {
    const buf = await letter({
      org: 'Northgate Medical Centre', colour: [0.05, 0.35, 0.25],
      headLines: ['Northgate, Pontefract WF8 1NF', 'Tel: 01977 703 635   Practice code: E84055'],
      date: '16th November 2026', salutation: 'Dear PCSE Data Manager team,', re: 'Update practice email address',
      body: [
        'We are retiring our reception mailbox and would like our practice email address on PCSE Online to be changed as follows.',
        { table: [['Practice name', 'Northgate Medical Centre'], ['Practice code', 'E84055'], ['Current email', 'northgatemc.reception@nhs.net'], ['New email', 'northgatemc.enquiries@nhs.net']] },
        'The new address is our shared practice mailbox, monitored by the admin team.',
      ],
      closing: 'Yours sincerely', signed: true, signName: 'Olumide Bankole', signLines: ['Practice Business Manager'],
    }, 'd001', META.word('Olumide Bankole', '2026-11-16T09:30:00Z', 'PCSE email change'));
    const body = `Good morning,

Please see attached letter re our practice email address.

Kind regards,
Olumide

${NHSMAIL_FOOTER}`;
    out.push(email('001-email-update-letterhead', {
      client: 'outlook', seed: 'd001', from: ['Bankole Olumide', 'olumide.bankole@nhs.net'], to: [DM],
      subject: 'Update practice email address', date: date('2026-11-16T09:41:12Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Practice email change letter.pdf', buf)),
    }, expected(MB, 'practice_email_update', org('E84055', 'gp_practice'), {
      currentEmail: 'northgatemc.reception@nhs.net', newEmail: 'northgatemc.enquiries@nhs.net',
    }, { traits: ['letterhead_pdf', 'table_in_letter', 'see_attached'] }), 1));
  }

  // 002 ------------------------------------------------------------------ practice email, dental, from the old non-NHS address
  {
    const body = `Hello,

Update practice email address

Practice name: Portland Dental Care
Practice code: V427713
Current practice email: portlanddental@btconnect.com
New practice email: portland.dental@nhs.net

We now have an NHSmail shared mailbox so please use this from now on.

Regards
Katie Moss
Practice Manager
`;
    out.push(email('002-email-update-dental-labelled', {
      client: 'thunderbird', seed: 'd002', from: ['Portland Dental Care', 'portlanddental@btconnect.com'], to: [DM],
      subject: 'Update practice email address', date: date('2026-11-16T12:14:00Z'),
      body: text(body, '7bit', 'us-ascii'),
    }, expected(MB, 'practice_email_update', org('V427713', 'dental_practice'), {
      currentEmail: 'portlanddental@btconnect.com', newEmail: 'portland.dental@nhs.net',
    }, { traits: ['labelled_lines', 'non_nhs_sender'] })));
  }

  // 003 ------------------------------------------------------------------ practice email, the new address is a person's
  {
    const body = `Hi there,

Can you update our practice email on PCSE please? The current one is riverside.hc@nhs.net which nobody checks any more. Please change it to my email sarah.jennings5@nhs.net as I'm the practice manager and deal with everything anyway.

Riverside Health Centre - D82017

Thanks
Sarah Jennings
`;
    out.push(email('003-email-update-individual-mailbox', {
      client: 'owa', seed: 'd003', from: ['Sarah Jennings', 'sarah.jennings5@nhs.net'], to: [DM],
      subject: 'practice email', date: date('2026-11-17T08:51:37Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'practice_email_update', org('D82017', 'gp_practice'), {
      currentEmail: 'riverside.hc@nhs.net', newEmail: 'sarah.jennings5@nhs.net',
    }, { mustRaise: ['individual_mailbox'], traits: ['individual_mailbox', 'prose'] })));
  }

  // 004 ------------------------------------------------------------------ practice email, forwarded by the partner who approves it and corrects it
  {
    const body = `Approved, please action - but note the new address should be stmarks.admin@nhs.net, not stmarks.admin1@nhs.net as Paula typed below.

Dr Ben Ashdown
GP Partner, St Mark's Surgery

${outlookBlock(['Kerr Paula', 'paula.kerr@nhs.net'], '2026-11-17T10:10:00Z', [['Ashdown Ben', 'ben.ashdown@nhs.net']], 'PCSE practice email')}
Ben - can you send this to PCSE data manager when you get a sec? They want it from a partner.

Practice name: St Mark's Surgery
Practice code: F81203
Current practice email: stmarkssurgery@nhs.net
New practice email: stmarks.admin1@nhs.net

Thanks, Paula
`;
    out.push(email('004-email-update-forward-approved-corrects', {
      client: 'outlook', seed: 'd004', from: ['Ashdown Ben', 'ben.ashdown@nhs.net'], to: [DM], cc: [['Kerr Paula', 'paula.kerr@nhs.net']],
      subject: 'FW: PCSE practice email', date: date('2026-11-17T13:02:29Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'practice_email_update', org('F81203', 'gp_practice'), {
      currentEmail: 'stmarkssurgery@nhs.net', newEmail: 'stmarks.admin@nhs.net',
    }, { traits: ['forwarded', 'approved_please_action', 'forwarder_corrects_value', 'code_starts_with_f_but_gp_shape'] })));
  }

  // 005 ------------------------------------------------------------------ extension, pharmacy, two sections with the same labels
  {
    const body = `Dear Data Manager,

I would like to extend our current main contact to a new pharmacy we have taken over.

EXISTING PHARMACY
Name: Bridge Street Pharmacy
ODS code: FK412
Main contact: Anjali Mistry
Main contact email: anjali.mistry@nhs.net
Address: 23 Bridge Street, Walsall WS1 1JQ
Telephone: 01922 622 018
Email: bridgestreet.pharmacy@nhs.net

NEW PHARMACY
Name: Caldmore Pharmacy
ODS code: FW7K2
Address: 88 Caldmore Road, Walsall WS1 3NQ
Telephone: 01922 631 440
Email: caldmore.pharmacy@nhs.net

Many thanks
Anjali Mistry
Superintendent Pharmacist
`;
    out.push(email('005-extension-pharmacy-two-sections', {
      client: 'outlook', seed: 'd005', from: ['Mistry Anjali', 'anjali.mistry@nhs.net'], to: [DM],
      subject: 'Extend main contact to new pharmacy - FW7K2', date: date('2026-11-18T10:20:41Z'),
      body: alt(body, toOutlookHtml(body), 'base64'),
    }, expected(MB, 'main_contact_extension', org('FK412', 'pharmacy'), {
      existingPractice: { odsCode: 'FK412', name: 'Bridge Street Pharmacy', mainContact: P('Anjali Mistry', 'anjali.mistry@nhs.net'), address: '23 Bridge Street, Walsall WS1 1JQ', phone: '01922 622 018' },
      newPractice: { odsCode: 'FW7K2', name: 'Caldmore Pharmacy', address: '88 Caldmore Road, Walsall WS1 3NQ' },
    }, { traits: ['two_sections_repeated_labels', 'practice_email_besides_contact_email'] })));
  }

  // 006 ------------------------------------------------------------------ extension, dental, a Word document with two tables
  {
    const buf = await letter({
      org: 'Fairfield Dental Surgery', colour: [0.2, 0.2, 0.5],
      headLines: ['5 Fairfield Road, Bury BL9 7SL', 'Tel 0161 764 3321'],
      date: '18 November 2026', salutation: 'Dear PCSE,', re: 'Request to extend current main contact to a new practice',
      body: [
        'Details of our existing practice:',
        { table: [['Practice name', 'Fairfield Dental Surgery'], ['ODS code', 'V219034'], ['Main contact', 'Marek Nowak'], ['Email', 'marek.nowak@nhs.net'], ['Address', '5 Fairfield Road, Bury BL9 7SL'], ['Telephone', '0161 764 3321']] },
        'Details of our new practice:',
        { table: [['Practice name', 'Heywood Road Dental'], ['ODS code', 'V301877'], ['Address', '214 Heywood Road, Prestwich M25 1LB'], ['Telephone', '0161 773 9010']] },
        'You can reach the new practice on the number above to verify these details.',
      ],
      closing: 'Kind regards', signed: false, signName: 'Marek Nowak', signLines: ['Practice Owner'],
    }, 'd006', META.word('Marek Nowak', '2026-11-18T15:10:00Z'));
    const body = `Please see attached - request to extend our main contact to our new practice.

Marek

Sent from Outlook for iOS`;
    out.push(email('006-extension-dental-pdf-two-tables', {
      client: 'outlook', seed: 'd006', from: ['Marek Nowak', 'marek.nowak@nhs.net'], to: [DM],
      subject: 'Main contact extension', date: date('2026-11-18T15:22:03Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('PCSE main contact extension.pdf', buf)),
    }, expected(MB, 'main_contact_extension', org('V219034', 'dental_practice'), {
      existingPractice: { odsCode: 'V219034', name: 'Fairfield Dental Surgery', mainContact: P('Marek Nowak', 'marek.nowak@nhs.net'), address: '5 Fairfield Road, Bury BL9 7SL', phone: '0161 764 3321' },
      newPractice: { odsCode: 'V301877', name: 'Heywood Road Dental', address: '214 Heywood Road, Prestwich M25 1LB' },
    }, { traits: ['pdf_flat_word', 'two_tables_repeated_labels', 'see_attached'] }), 1));
  }

  // 007 ------------------------------------------------------------------ branch, plain text, two sections repeating Address/Telephone/Email
  {
    const body = `Hello,

We would like to set up access to PCSE Online for a branch practice.

Main practice
Practice name: Oakwood Surgery
Organisation type: GP
ODS code: C83019
Main contact: Dr Hannah Rigby
Email: hannah.rigby@nhs.net
Address: 1 Oakwood Lane, Lincoln LN2 4PF
Telephone: 01522 540 210

Branch practice
Main contact: Mr Simon Fenwick
Email: simon.fenwick@nhs.net
ODS code: C83019001
Branch name: Nettleham Road Surgery
Address: 47 Nettleham Road, Lincoln LN2 1RE
Telephone: 01522 528 807

Kind regards
Simon Fenwick
Practice Manager, Oakwood Surgery
`;
    out.push(email('007-branch-two-sections-plain', {
      client: 'outlook', seed: 'd007', from: ['Fenwick Simon', 'simon.fenwick@nhs.net'], to: [DM],
      subject: 'New branch practice - PCSE Online access', date: date('2026-11-19T09:05:15Z'),
      body: text(body),
    }, expected(MB, 'branch_setup', org('C83019', 'gp_practice'), {
      mainPractice: { odsCode: 'C83019', name: 'Oakwood Surgery', mainContact: P('Hannah Rigby', 'hannah.rigby@nhs.net'), address: '1 Oakwood Lane, Lincoln LN2 4PF', phone: '01522 540 210' },
      branch: { odsCode: 'C83019001', name: 'Nettleham Road Surgery', address: '47 Nettleham Road, Lincoln LN2 1RE', phone: '01522 528 807', mainContact: { ...P('Simon Fenwick', 'simon.fenwick@nhs.net'), title: 'Mr' } },
    }, { traits: ['two_sections_repeated_labels', 'honorifics', 'sender_is_branch_contact'] })));
  }

  // 008 ------------------------------------------------------------------ branch, HTML with two tables (Outlook)
  {
    const row = (k: string, v: string) => `<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt;background:#F2F2F2"><p class="MsoNormal"><b>${k}</b></p></td><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">${v}</p></td></tr>`;
    const table = (rows: [string, string][]) => `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${rows.map(([k, v]) => row(k, v)).join('\n')}\n</table>`;
    const main: [string, string][] = [['Practice name', 'Castle Mead Medical Centre'], ['Organisation type', 'GP'], ['ODS code', 'L81044'], ['Main contact', 'Karen Whitfield'], ['Email', 'karen.whitfield@nhs.net'], ['Address', 'Hill Street, Trowbridge BA14 8QJ'], ['Telephone', '01225 752 752']];
    const branch: [string, string][] = [['Main contact', 'Mrs Deborah Hale'], ['Email', 'deborah.hale1@nhs.net'], ['ODS code', 'L81044002'], ['Branch name', 'Castle Mead - Hilperton Branch'], ['Address', '1 The Knap, Hilperton, Trowbridge BA14 7RJ'], ['Telephone', '01225 769 441']];
    const inner = `<p class="MsoNormal">Dear PCSE,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please could you set up our second branch practice on PCSE Online. Details below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>Main practice details</u></b><o:p></o:p></p>
${table(main)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>Branch details</u></b><o:p></o:p></p>
${table(branch)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal">Karen Whitfield<br>Practice Manager<br>Castle Mead Medical Centre<o:p></o:p></p>`;
    const plain = `Dear PCSE,

Please could you set up our second branch practice on PCSE Online. Details below.

Main practice details
${main.map(([k, v]) => `${k}\n${v}`).join('\n')}

Branch details
${branch.map(([k, v]) => `${k}\n${v}`).join('\n')}

Many thanks,
Karen Whitfield
Practice Manager
Castle Mead Medical Centre
`;
    out.push(email('008-branch-html-two-tables', {
      client: 'outlook', seed: 'd008', from: ['Whitfield Karen', 'karen.whitfield@nhs.net'], to: [DM],
      subject: 'Branch set up - L81044002', date: date('2026-11-19T14:47:26Z'),
      body: alt(plain, outlookDoc(inner)),
    }, expected(MB, 'branch_setup', org('L81044', 'gp_practice'), {
      mainPractice: { odsCode: 'L81044', name: 'Castle Mead Medical Centre', mainContact: P('Karen Whitfield', 'karen.whitfield@nhs.net'), address: 'Hill Street, Trowbridge BA14 8QJ', phone: '01225 752 752' },
      branch: { odsCode: 'L81044002', name: 'Castle Mead - Hilperton Branch', address: '1 The Knap, Hilperton, Trowbridge BA14 7RJ', phone: '01225 769 441', mainContact: { ...P('Deborah Hale', 'deborah.hale1@nhs.net'), title: 'Mrs' } },
    }, { traits: ['html_tables', 'two_sections_repeated_labels', 'plain_part_labels_and_values_on_separate_lines'] })));
  }

  // 009 ------------------------------------------------------------------ branch, letter PDF, transposed digits in the branch code
  {
    const buf = await letter({
      org: 'Abbey Lane Practice', family: 'serif', colour: [0.45, 0.15, 0.1],
      headLines: ['Abbey Lane, Stretton, Burton upon Trent DE13 0DU', 'Telephone 01283 565 200   |   abbeylane.practice@nhs.net'],
      date: '19 November 2026', salutation: 'Dear PCSE Data Manager,', re: 'Set up of new branch practice on PCSE Online',
      body: [
        'We would like to set up access to PCSE Online for our new branch. Our details are as follows.',
        'Main practice',
        { table: [['Practice name', 'Abbey Lane Practice'], ['Organisation type', 'GP'], ['ODS code', 'M83172'], ['Main contact', 'Paul Entwistle'], ['Email', 'paul.entwistle@nhs.net'], ['Address', 'Abbey Lane, Stretton, Burton upon Trent DE13 0DU'], ['Telephone', '01283 565 200']] },
        'Branch practice',
        { table: [['Main contact', 'Dr Fiona Gallagher'], ['Email', 'fiona.gallagher@nhs.net'], ['ODS code', 'M83127002'], ['Branch name', 'Abbey Lane Practice - Rolleston Branch'], ['Address', '12 Station Road, Rolleston on Dove DE13 9AA'], ['Telephone', '01283 812 330']] },
        'We are happy for you to call the branch to verify these details.',
      ],
      closing: 'Yours faithfully', signed: true, signName: 'Paul Entwistle', signLines: ['Practice Manager'],
    }, 'd009', META.word('Paul Entwistle', '2026-11-19T16:00:00Z', 'Branch setup'));
    const body = `Dear PCSE,

Please find attached our request to set up our new branch on PCSE Online.

Kind regards
Paul Entwistle
Practice Manager
Abbey Lane Practice
`;
    out.push(email('009-branch-letter-code-mismatch', {
      client: 'outlook', seed: 'd009', from: ['Entwistle Paul', 'paul.entwistle@nhs.net'], to: [DM],
      subject: 'Branch practice set up', date: date('2026-11-20T08:36:48Z'),
      body: mixed(text(body), pdf('Branch setup request.pdf', buf)),
    }, expected(MB, 'branch_setup', org('M83172', 'gp_practice'), {
      mainPractice: { odsCode: 'M83172', name: 'Abbey Lane Practice', mainContact: P('Paul Entwistle', 'paul.entwistle@nhs.net'), address: 'Abbey Lane, Stretton, Burton upon Trent DE13 0DU', phone: '01283 565 200' },
      branch: { odsCode: 'M83127002', name: 'Abbey Lane Practice - Rolleston Branch', address: '12 Station Road, Rolleston on Dove DE13 9AA', phone: '01283 812 330', mainContact: { ...P('Fiona Gallagher', 'fiona.gallagher@nhs.net'), title: 'Dr' } },
    }, { mustRaise: ['branch_code_mismatch'], traits: ['letterhead_pdf', 'two_tables_repeated_labels', 'transposed_digits'] }), 1));
  }

  // 010 ------------------------------------------------------------------ main contact change sent to datamanager (misdirected)
  {
    const body = `Dzień dobry / Good afternoon,

Please change the main contact for Brightsee Opticians (TPB44) to me, Agnieszka Zielińska - agnieszka.zielinska@nhs.net. Our previous main contact Mr Hughes has left the business.

Kind regards
Agnieszka Zielińska
Practice Manager, Brightsee Opticians
`;
    out.push(email('010-main-contact-change-misdirected', {
      client: 'outlook', seed: 'd010', from: ['Agnieszka Zielińska', 'agnieszka.zielinska@nhs.net'], to: [DM],
      subject: 'Change main contact – TPB44', date: date('2026-11-20T13:18:02Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'main_contact_change', org('TPB44', 'ophthalmic_practice'), {
      newMainContact: P('Agnieszka Zielińska', 'agnieszka.zielinska@nhs.net'),
    }, { traits: ['misdirected', 'non_ascii_name', 'rfc2047_display_name', 'self_nomination'] })));
  }

  // 011 ------------------------------------------------------------------ bounce of PCSE's confirmation
  {
    const orig = render({
      client: 'system', seed: 'd011orig', from: DM, to: [[null, 'northgatemc.enquries@nhs.net']],
      subject: 'Update practice email address [PCSE-2026-030876]', date: rfcDate('2026-11-20T15:00:00Z'),
      body: text('Dear Northgate Medical Centre,\n\nYour practice email address has been updated on PCSE Online.\n\nKind regards\nPCSE Data Manager\n', '7bit', 'us-ascii'),
    });
    const headersOnly = orig.split('\r\n\r\n')[0]!;
    const human = `Your message to northgatemc.enquries@nhs.net couldn't be delivered.

northgatemc.enquries wasn't found at nhs.net.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.
`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse-mailer.nhs.net
Arrival-Date: Fri, 20 Nov 2026 15:00:02 +0000

Final-Recipient: rfc822;northgatemc.enquries@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const report = {
      kind: 'multi' as const, sub: 'report; report-type=delivery-status' as const,
      parts: [
        alt(human, `<html><body><p><b>Your message to northgatemc.enquries@nhs.net couldn't be delivered.</b></p><p>northgatemc.enquries wasn't found at nhs.net.</p></body></html>`),
        { kind: 'leaf', type: 'message/delivery-status', cte: '7bit', content: status } as Leaf,
        { kind: 'leaf', type: 'text/rfc822-headers', cte: '7bit', content: headersOnly } as Leaf,
      ],
    };
    out.push(email('011-bounce-confirmation', {
      client: 'system', seed: 'd011', from: ['Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'], to: [DM],
      subject: 'Undeliverable: Update practice email address [PCSE-2026-030876]', date: date('2026-11-20T15:00:04Z'),
      extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
      body: report,
    }, unclassified(MB, ['bounce', 'multipart_report'], 'bounce')));
  }

  // 012 ------------------------------------------------------------------ thanks with reference
  {
    const body = `Thank you for setting up our Hilperton branch so quickly - Deborah has her login now.

Karen

${outlookBlock(DM, '2026-11-24T10:00:00Z', [['Whitfield Karen', 'karen.whitfield@nhs.net']], 'Branch set up - L81044002 [PCSE-2026-031377]')}
Dear Karen,

The branch Castle Mead - Hilperton Branch (L81044002) has been set up on PCSE Online and Deborah Hale has been sent her access details.

PCSE Data Manager
`;
    out.push(email('012-thanks-with-reference', {
      client: 'outlook', seed: 'd012', from: ['Whitfield Karen', 'karen.whitfield@nhs.net'], to: [DM],
      subject: 'RE: Branch set up - L81044002 [PCSE-2026-031377]', date: date('2026-11-24T11:31:02Z'),
      body: alt(body, toOutlookHtml(body)),
    }, unclassified(MB, ['thanks', 'case_ref_in_subject', 'quoted_request_details'])));
  }

  // 013 ------------------------------------------------------------------ question, forwarded from Gmail
  {
    const body = `Hi, forwarding the question below from our new partner - can you advise?

Thanks
Mo

${gmailBlock(['Dr Amir Haddad', 'amir.haddad.gp@gmail.com'], '2026-11-23T21:14:00Z', [['Mohammed Iqbal', 'mo.iqbal.pm@gmail.com']], 'branch surgery')}
Mo - before we open the Westfield branch, do we need to get an ODS code for it before PCSE can give us access, or can PCSE create one?

Amir
`;
    const h = `<div dir="ltr">Hi, forwarding the question below from our new partner - can you advise?<div><br></div><div>Thanks</div><div>Mo</div><div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Dr Amir Haddad</strong> <span dir="auto">&lt;amir.haddad.gp@gmail.com&gt;</span><br>Date: Mon, 23 Nov 2026 at 21:14<br>Subject: branch surgery<br>To: Mohammed Iqbal &lt;mo.iqbal.pm@gmail.com&gt;<br></div><br><br><div dir="ltr">Mo - before we open the Westfield branch, do we need to get an ODS code for it before PCSE can give us access, or can PCSE create one?<div><br></div><div>Amir</div></div></div></div></div>
`;
    out.push(email('013-question-ods-code-forwarded', {
      client: 'gmail', seed: 'd013', from: ['Mohammed Iqbal', 'mo.iqbal.pm@gmail.com'], to: [DM],
      subject: 'Fwd: branch surgery', date: date('2026-11-24T08:03:55Z'),
      body: alt(body, h),
    }, unclassified(MB, ['question', 'forwarded', 'gmail_quote'])));
  }

  return out;
}
