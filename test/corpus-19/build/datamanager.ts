// datamanager: the emails of corpus 19 (writer O) and the case a careful PCSE staff member would enter.
import { expected, mid, org, PCSE_DM, PCSE_SIGNOFF, person, unclassified } from './common.js';
import {
  alternative, type Addr, type Email, emit, esc, html, msoParas, MULTILINGUAL_DISCLAIMER, multipart, NHSMAIL_DISCLAIMER,
  outlookHtml, outlookQuoteHeader, plain, rawPart, rfcDate, TEAMS_INVITE_TEXT,
} from './lib.js';

const M = 'datamanager' as const;
const TO = [PCSE_DM];

const SANA: Addr = { name: 'Sana Qureshi', email: 'sana.qureshi@nhs.net' };
const BEN: Addr = { name: 'Ben Hollis', email: 'ben.hollis@nhs.net' };
const IMOGEN: Addr = { name: 'Imogen Tate', email: 'imogen.tate@nhs.net' };
const HARRIET: Addr = { name: 'Harriet Osborne', email: 'harriet.osborne@nhs.net' };
const NADIA: Addr = { name: 'FAROUK, Nadia (NHS COASTAL AND DOWNS ICB - 70F)', email: 'nadia.farouk@nhs.net' };
const OLIVIA: Addr = { name: 'Olivia Brandt', email: 'olivia.brandt@nhs.net' };

const practice = (odsCode: string | null, name: string | null, contact: { name: string | null; email: string | null }, address: string | null, phone: string | null) => ({ odsCode, name, mainContact: contact, address, phone });

function d001(): Email {
  const id = mid('outlook', 'd001');
  const text = `Dear Data Manager team,

On behalf of Linden Hall Surgery, one of our member practices:

Practice name: Linden Hall Surgery
Practice code: J81064
Current practice email: lindenhall.reception@nhs.net
New practice email: wvgpf.lindenhall@nhs.net

The practice is moving to the federation's managed shared mailboxes, and the old reception mailbox will be closed at the end of the month. Please send the confirmation to the new address.

Kind regards

Ben Hollis
Digital Services Manager
Wessex Vale GP Federation

${NHSMAIL_DISCLAIMER}`;
  const raw = emit({ client: 'outlook', from: BEN, to: TO, subject: 'Update practice email address', date: '2026-11-03T09:20:14Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'email-update-federation-label-value', raw,
    expected: expected(M, 'practice_email_update', org('J81064', 'gp_practice'), { currentEmail: 'lindenhall.reception@nhs.net', newEmail: 'wvgpf.lindenhall@nhs.net' }, [], ['label_value', 'writer_not_practice']),
  };
}

function d002(): Email {
  const id = mid('outlook', 'd002');
  const text = `Hi,

Please can you update the practice email for Ashby Road Surgery, practice code M85090.

Current practice email: ashbyroad.surgery@nhs.net
New practice email: reception.ashbyroad@nhs.net

Actually - sorry, I have just had a message from the practice while writing this. The partners don’t want the reception mailbox used for PCSE, they want the admin one. So the new practice email should be ashbyroad.admin@nhs.net instead, not the reception one.

Thanks,
Sana

Sana Qureshi
PCN Manager | Riverside & Docks PCN
07700 900 614`;
  const raw = emit({ client: 'outlook', from: SANA, to: TO, subject: 'Update practice email address - Ashby Road Surgery', date: '2026-11-04T11:02:37Z', id }, plain(text, { charset: 'windows-1252', cte: 'quoted-printable' }));
  return {
    slug: 'email-update-changed-halfway', raw,
    expected: expected(M, 'practice_email_update', org('M85090', 'gp_practice'), { currentEmail: 'ashbyroad.surgery@nhs.net', newEmail: 'ashbyroad.admin@nhs.net' }, [], ['request_changes_halfway', 'two_candidates', 'windows_1252']),
  };
}

function d003(): Email {
  const id = mid('helpdesk', 'd003', 'kineticprimary.co.uk');
  const text = `*** This is a service request raised on behalf of a customer. Please do not remove the reference from the subject. ***

Request type:                    Update practice email address
Practice name:                   Moorgate Health Centre
Practice code:                   C86017
Current practice email address:  moorgate.hc@nhs.net
New practice email address:      j.kowalczyk@nhs.net
Reason:                          The practice shared mailbox is being decommissioned. The practice manager (Joanna Kowalczyk) has asked that PCSE emails go to her own NHSmail account from now on.

Regards

Daniel Ng
Service Desk Team Leader
Kinetic Primary IT
servicedesk@kineticprimary.co.uk | 0330 123 9987

${MULTILINGUAL_DISCLAIMER('Kinetic Primary IT Ltd')}`;
  const raw = emit({ client: 'helpdesk', from: { name: 'Kinetic Primary IT Service Desk', email: 'servicedesk@kineticprimary.co.uk' }, to: TO, subject: '[KPI-REF 2026-118902] Update practice email address - Moorgate Health Centre', date: '2026-11-05T14:40:00Z', id }, plain(text, { charset: 'utf-8', cte: 'quoted-printable' }));
  return {
    slug: 'email-update-individual-mailbox-provider', raw,
    expected: expected(M, 'practice_email_update', org('C86017', 'gp_practice'), { currentEmail: 'moorgate.hc@nhs.net', newEmail: 'j.kowalczyk@nhs.net' }, ['individual_mailbox', 'sender_not_nhs'], ['helpdesk_ticket_number', 'outsourced_provider', 'multilingual_disclaimer']),
  };
}

function d004(): Email {
  const id = mid('outlook', 'd004');
  const PM: Addr = { name: 'Joyce Amankwaa', email: 'joyce.amankwaa@nhs.net' };
  const rows = [['Practice name', 'Seaview Medical Group'], ['Practice code', 'G85077'], ['Current practice email address', 'seaview.mg@nhs.net'], ['New practice email address', 'lighthousepcn.seaview@nhs.net']];
  const table = `<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
${rows.map(([k, v]) => `<tr><td width="220" style="border:solid #BFBFBF 1.0pt;background:#DEEAF6;padding:3pt 6pt"><p class="MsoNormal"><b>${esc(k!)}</b></p></td><td width="300" style="border:solid #BFBFBF 1.0pt;padding:3pt 6pt"><p class="MsoNormal">${v!.includes('@') ? `<a href="mailto:${v}">${esc(v!)}</a>` : esc(v!)}</p></td></tr>`).join('\n')}
</table>`;
  const body = outlookHtml(`<p class="MsoNormal">Hi,<o:p></o:p></p>
<p class="MsoNormal">Please see below from Seaview &#8211; could you update their practice email address?<o:p></o:p></p>
<p class="MsoNormal">Thanks<br>Imogen<o:p></o:p></p>
<p class="MsoNormal">Imogen Tate<br>PCN Manager, Lighthouse PCN<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Joyce Amankwaa &lt;joyce.amankwaa@nhs.net&gt;<br><b>Sent:</b> Friday, 6 November 2026 12:40<br><b>To:</b> Imogen Tate &lt;imogen.tate@nhs.net&gt;<br><b>Subject:</b> Practice email change for PCSE<o:p></o:p></p>
</div>
<p class="MsoNormal">Hi Imogen,<o:p></o:p></p>
<p class="MsoNormal">As discussed at the PCN meeting, here are our details for the PCSE practice email change:<o:p></o:p></p>
${table}
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Many thanks<br>Joyce<br>Practice Manager, Seaview Medical Group<o:p></o:p></p>
${msoParas(NHSMAIL_DISCLAIMER)}`);
  const raw = emit({ client: 'outlook', from: IMOGEN, to: TO, cc: [PM], subject: 'FW: Practice email change for PCSE', date: '2026-11-06T15:18:09Z', id }, html(body, { charset: 'utf-8', cte: 'base64' }));
  return {
    slug: 'email-update-html-only-two-column-forward', raw,
    expected: expected(M, 'practice_email_update', org('G85077', 'gp_practice'), { currentEmail: 'seaview.mg@nhs.net', newEmail: 'lighthousepcn.seaview@nhs.net' }, [], ['html_only', 'two_column_table', 'forwarded', 'base64_body']),
  };
}

function d005(): Email {
  const id = mid('outlook', 'd005');
  const ref = 'PCSE-2026-030877';
  const text = `Hello,

Please find the missing information below.

Existing practice address: 14 Cherry Tree Lane, Burgess Hill, RH15 8QL
Existing practice telephone: 01444 232 118
New practice address: Orchard Way, Haywards Heath, RH16 1XT

Thanks
Harriet

Harriet Osborne
PCN Manager | Downsview PCN

${outlookQuoteHeader({ from: PCSE_DM, sent: '2026-11-09T13:30:00Z', to: [HARRIET], subject: `RE: Extend main contact to new practice [${ref}]` })}

Dear Harriet,

Thank you for your email. Your reference number is ${ref}.

Before we can extend the main contact to the new practice we need the following:
- the existing practice's address
- the existing practice's telephone number
- the new practice's address

Please reply to this email with the information above, keeping the reference in the subject line.

${PCSE_SIGNOFF}

${outlookQuoteHeader({ from: HARRIET, sent: '2026-11-06T10:05:00Z', to: [PCSE_DM], subject: 'Extend main contact to new practice' })}

Hi,

We would like to extend a current main contact to a new practice. Cherry Tree Surgery (H82033) has taken over Orchard Way Surgery (new ODS code H82099) and the practice would like their existing main contact, Paul Gresham (paul.gresham@nhs.net), to be the main contact for Orchard Way as well.

Thanks
Harriet`;
  const raw = emit({ client: 'outlook', from: HARRIET, to: TO, subject: `RE: Extend main contact to new practice [${ref}]`, date: '2026-11-10T08:52:30Z', id, inReplyTo: mid('pcse', 'd005-pcse'), references: [mid('outlook', 'd005-orig'), mid('pcse', 'd005-pcse')] }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'extension-reply-supplies-missing', raw,
    expected: expected(M, 'main_contact_extension', org('H82033', 'gp_practice'), {
      existingPractice: practice('H82033', 'Cherry Tree Surgery', person('Paul Gresham', 'paul.gresham@nhs.net'), '14 Cherry Tree Lane, Burgess Hill, RH15 8QL', '01444 232 118'),
      newPractice: { odsCode: 'H82099', name: 'Orchard Way Surgery', address: 'Orchard Way, Haywards Heath, RH16 1XT' },
    }, [], ['reply_to_pcse_more_info', 'values_split_across_thread', 'case_ref_in_subject']),
  };
}

function d006(): Email {
  const id = mid('outlook', 'd006');
  const rows: [string, string, string][] = [
    ['ODS code', 'L81042', 'L81118'],
    ['Practice name', 'Quayside Medical Practice', 'Adur Bridge Surgery'],
    ['Address', 'Harbour Road<br>Shoreham-by-Sea<br>BN43 5HZ', '2 Bridge Street<br>Lancing<br>BN15 8AL'],
    ['Telephone', '01273 440 512', 'n/a - to be verified with the practice'],
    ['Main contact PCSE holds', 'Fiona Treloar', '(extend existing)'],
    ['Main contact email', 'fiona.treloar@nhs.net', ''],
  ];
  const intro = `Dear PCSE Data Manager team,

Following the contract merger approved at our Primary Care Commissioning Committee, Quayside Medical Practice has taken on Adur Bridge Surgery from 1 December. Please extend the current main contact of Quayside to the new practice. Details below (existing practice on the left, new practice on the right).`;
  const outro = `Please call the practice on the Quayside number to verify.

Kind regards,

Nadia Farouk
Primary Care Contracts Manager
NHS Coastal and Downs Integrated Care Board`;
  const cell = (s: string) => s.replace(/<br>/g, ', ');
  const text = `${intro}

${''.padEnd(26)}${'Existing practice'.padEnd(42)}New practice
${rows.map(([k, a, b]) => `${k.padEnd(26)}${cell(a).padEnd(42)}${cell(b)}`).join('\n')}

${outro}

${NHSMAIL_DISCLAIMER}`;
  const table = `<table border="1" cellpadding="5" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><th></th><th>Existing practice</th><th>New practice</th></tr>
${rows.map(([k, a, b]) => `<tr><td><b>${esc(k)}</b></td><td>${a.split('<br>').map(esc).join('<br>')}</td><td>${b.split('<br>').map(esc).join('<br>')}</td></tr>`).join('\n')}
</table>`;
  const raw = emit(
    { client: 'outlook', from: NADIA, to: TO, subject: 'Extend main contact to new practice - Quayside Medical Practice / Adur Bridge Surgery', date: '2026-11-11T10:11:45Z', id, importance: true },
    alternative([plain(text), html(outlookHtml(`${msoParas(intro)}\n${table}\n${msoParas(outro)}`))], 'outlook'),
  );
  return {
    slug: 'extension-icb-merger-table', raw,
    expected: expected(M, 'main_contact_extension', org('L81042', 'gp_practice'), {
      existingPractice: practice('L81042', 'Quayside Medical Practice', person('Fiona Treloar', 'fiona.treloar@nhs.net'), 'Harbour Road, Shoreham-by-Sea, BN43 5HZ', '01273 440 512'),
      newPractice: { odsCode: 'L81118', name: 'Adur Bridge Surgery', address: '2 Bridge Street, Lancing, BN15 8AL' },
    }, [], ['three_column_table', 'multi_line_address', 'icb_writer', 'high_importance']),
  };
}

function d007(): Email {
  const id = mid('outlook', 'd007', 'pharmalinkdata.co.uk');
  const SOPHIE: Addr = { name: 'Sophie Brennan', email: 'sophie.brennan@pharmalinkdata.co.uk' };
  const text = `Hello Data Manager team,

We manage PCSE Online onboarding for Greenway Pharmacy, which has acquired a second pharmacy. The pharmacy would like to extend its current main contact to the new pharmacy. Details as exported from our onboarding tracker:

field,existing pharmacy,new pharmacy
ODS code,FK3J1,FH8N4
Name,Greenway Pharmacy,Stopsley Pharmacy
Address,"22 Greenway Parade, Luton, LU2 7PJ","118 Hitchin Road, Luton, LU2 7UE"
Main contact,Ravi Patel,
Main contact email,ravi.patel8@nhs.net,
Telephone,01582 730 441,

Ravi is copied in and can confirm.

Kind regards

Sophie Brennan
Onboarding Coordinator
Pharmalink Data Services Ltd
Ticket ref: PLD-77120`;
  const raw = emit({ client: 'outlook', from: SOPHIE, to: TO, cc: [{ name: 'Ravi Patel', email: 'ravi.patel8@nhs.net' }], subject: 'PLD-77120 Extend main contact to new pharmacy FH8N4', date: '2026-11-12T12:00:05Z', id }, plain(text, { charset: 'us-ascii', cte: '7bit' }));
  return {
    slug: 'extension-pharmacy-provider-csv', raw,
    expected: expected(M, 'main_contact_extension', org('FK3J1', 'pharmacy'), {
      existingPractice: practice('FK3J1', 'Greenway Pharmacy', person('Ravi Patel', 'ravi.patel8@nhs.net'), '22 Greenway Parade, Luton, LU2 7PJ', '01582 730 441'),
      newPractice: { odsCode: 'FH8N4', name: 'Stopsley Pharmacy', address: '118 Hitchin Road, Luton, LU2 7UE' },
    }, ['sender_not_nhs'], ['csv_lines', 'quoted_csv_fields', 'outsourced_provider', 'sender_own_ticket_number']),
  };
}

function d008(): Email {
  const id = mid('outlook', 'd008');
  const LEWIS: Addr = { name: 'Lewis Dalton', email: 'lewis.dalton@nhs.net' };
  const text = `Good morning,

We would like to set up access to PCSE Online for a branch practice of one of our PCN practices.

Details of the main practice
Main practice name: Fernside Medical Practice
Organisation type: GP
Main practice ODS code: B86049
Main contact PCSE holds: Gillian Shaw
Main contact email: gillian.shaw@nhs.net
Main practice address: Fernside Road, Leeds, LS12 4QT
Main practice telephone: 0113 263 7710

Details of the branch practice
Branch main contact (with title): Mr Farhan Iqbal
Branch main contact email: farhan.iqbal@nhs.net
Branch ODS code: B86049001
Branch name: Armley Moor Surgery
Branch address: 3 Armley Moor Parade, Leeds, LS12 3DQ
Branch telephone: 0113 263 7720

Gillian is aware and happy for Farhan to be the branch main contact.

Thanks
Lewis Dalton
PCN Manager, Oakridge PCN
0113 496 0321`;
  const raw = emit({ client: 'outlook', from: LEWIS, to: TO, subject: 'Set up PCSE Online access for a branch practice - Armley Moor Surgery', date: '2026-11-13T09:33:08Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'branch-pcn-label-value', raw,
    expected: expected(M, 'branch_setup', org('B86049', 'gp_practice'), {
      mainPractice: practice('B86049', 'Fernside Medical Practice', person('Gillian Shaw', 'gillian.shaw@nhs.net'), 'Fernside Road, Leeds, LS12 4QT', '0113 263 7710'),
      branch: { odsCode: 'B86049001', name: 'Armley Moor Surgery', address: '3 Armley Moor Parade, Leeds, LS12 3DQ', phone: '0113 263 7720', mainContact: { ...person('Farhan Iqbal', 'farhan.iqbal@nhs.net'), title: 'Mr' } },
    }, [], ['label_value', 'writer_not_practice']),
  };
}

function d009(): Email {
  const id = mid('outlook', 'd009');
  const text = `Dear PCSE,

Kingfisher Surgery would like PCSE Online access set up for their new branch. Going through your list:

1. Main practice name - Kingfisher Surgery
2. Organisation type - GP
3. Main practice ODS code - C83019
4. Main contact PCSE holds - Natalie Booth
5. Main contact's email - natalie.booth@nhs.net
6. Main practice address - 1 Mill Lane, Andover, SP10 2QA
7. Main practice telephone - 01264 350 270
8. Branch main contact including title - Dr Amelia Hart
9. Branch main contact's email - amelia.hart@nhs.net
10. Branch ODS code - C83091001
11. Branch name - Weyhill Branch Surgery
12. Branch address - Weyhill Road, Andover, SP11 8DE
13. Branch telephone - 01264 350 271

Kind regards

Ben Hollis
Digital Services Manager
Wessex Vale GP Federation`;
  const raw = emit({ client: 'outlook', from: BEN, to: TO, subject: 'Branch set up - Kingfisher Surgery (Weyhill)', date: '2026-11-16T11:45:52Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'branch-code-mismatch-numbered', raw,
    expected: expected(M, 'branch_setup', org('C83019', 'gp_practice'), {
      mainPractice: practice('C83019', 'Kingfisher Surgery', person('Natalie Booth', 'natalie.booth@nhs.net'), '1 Mill Lane, Andover, SP10 2QA', '01264 350 270'),
      branch: { odsCode: 'C83091001', name: 'Weyhill Branch Surgery', address: 'Weyhill Road, Andover, SP11 8DE', phone: '01264 350 271', mainContact: { ...person('Amelia Hart', 'amelia.hart@nhs.net'), title: 'Dr' } },
    }, ['branch_code_mismatch'], ['numbered_list', 'transposed_digits']),
  };
}

function d010(): Email {
  const id = mid('outlook', 'd010');
  const KATE: Addr = { name: 'Kate Sumner', email: 'kate.sumner@nhs.net' };
  const ODS: Addr = { name: 'Exeter Helpdesk (NHS ENGLAND)', email: 'exeter.helpdesk@nhs.net' };
  const text = `PCSE - see the practice's request below; my note is at the bottom.

${outlookQuoteHeader({ from: KATE, sent: '2026-11-16T15:20:00Z', to: [OLIVIA], subject: 'FW: New ODS code - Quay Street branch' })}

Hi Olivia,

The ODS code for our new branch has come through (see below). Could you ask PCSE to set it up on PCSE Online for us?

Main practice: Harbour Lights Surgery, C82061
Main contact PCSE holds: me, Kate Sumner, kate.sumner@nhs.net
Main practice address: 4 Harbour Road, Bridlington, YO15 2NP
Main practice phone: 01262 672 114

Branch main contact: Miss Holly Dawson, holly.dawson@nhs.net
Branch phone: 01262 672 195

Thanks
Kate
Practice Manager, Harbour Lights Surgery

${outlookQuoteHeader({ from: ODS, sent: '2026-11-16T09:02:00Z', to: [KATE], subject: 'New ODS code - Quay Street branch' })}

Dear Kate,

A new ODS code has been created for your branch site:

C82061002  HARBOUR LIGHTS SURGERY - QUAY STREET BRANCH
12 QUAY STREET, BRIDLINGTON, YO15 3AR

The PDF report is attached for your records.

Kind regards
ODS Team, NHS England

________________________________

PCSE - please set up the branch as above. One correction: the practice rang me this morning, the branch telephone number is 01262 672 196, not 672 195 as in Kate's email.

Thanks
Olivia Brandt
Digital Lead
North Quay Health Federation`;
  const raw = emit({ client: 'owa', from: OLIVIA, to: TO, cc: [KATE], subject: 'FW: FW: New ODS code - Quay Street branch', date: '2026-11-17T08:49:13Z', id }, plain(text, { charset: 'utf-8', cte: 'quoted-printable' }));
  return {
    slug: 'branch-two-forwards-bottom-correction', raw,
    expected: expected(M, 'branch_setup', org('C82061', 'gp_practice'), {
      mainPractice: practice('C82061', 'Harbour Lights Surgery', person('Kate Sumner', 'kate.sumner@nhs.net'), '4 Harbour Road, Bridlington, YO15 2NP', '01262 672 114'),
      branch: { odsCode: 'C82061002', name: 'Harbour Lights Surgery - Quay Street Branch', address: '12 Quay Street, Bridlington, YO15 3AR', phone: '01262 672 196', mainContact: { ...person('Holly Dawson', 'holly.dawson@nhs.net'), title: 'Miss' } },
    }, [], ['forward_two_deep', 'bottom_posted', 'correction_supersedes_quoted', 'branch_details_in_ods_notice', 'upper_case_address']),
  };
}

function d011(): Email {
  const id = mid('outlook', 'd011');
  const ANDREW: Addr = { name: 'Andrew Whitlock', email: 'andrew.whitlock@nhs.net' };
  const text = `Dear PCSE,

Please update the Main Contact for the practice below. The current main contact retired at the end of October.

ODS code,Practice,New main contact,Email
F82015,Riverbank Surgery,Samira Haq,samira.haq@nhs.net

Regards

Andrew Whitlock
Primary Care Digital Lead
NHS Norfolk Fens ICB`;
  const raw = emit({ client: 'outlook', from: ANDREW, to: TO, subject: 'Main contact change - F82015', date: '2026-11-18T16:02:27Z', id }, plain(text, { charset: 'windows-1252' }));
  return {
    slug: 'misdirected-main-contact-csv', raw,
    expected: expected(M, 'main_contact_change', org('F82015', 'gp_practice'), { newMainContact: person('Samira Haq', 'samira.haq@nhs.net') }, [], ['misdirected', 'csv_lines', 'icb_writer']),
  };
}

function d012(): Email {
  const id = mid('outlook', 'd012');
  const PRIYANKA: Addr = { name: 'Priyanka Desai', email: 'priyanka.desai@nhs.net' };
  const text = `Hi,

Dr Imran Siddiqui, one of the PL Organisation Administrators at Priory Lane Surgery (P86019), has had his PCSE Online account deactivated because he had not logged in for several months. As he is a user admin the practice cannot reactivate him themselves.

Username: imran.siddiqui@nhs.net

Please could you reactivate his account?

Thanks
Priyanka

Priyanka Desai
Digital Support Officer
Kernow Bay GP Federation`;
  const raw = emit({ client: 'outlook', from: PRIYANKA, to: TO, subject: 'Reactivate PL admin account - Priory Lane Surgery', date: '2026-11-19T09:30:44Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'misdirected-reactivation', raw,
    expected: expected(M, 'account_reactivation', org('P86019', 'gp_practice'), { username: 'imran.siddiqui@nhs.net' }, [], ['misdirected', 'writer_not_account_holder']),
  };
}

function d013(): Email {
  const id = mid('outlook', 'd013');
  const ref = 'PCSE-2026-030877';
  const text = `Thank you - Paul can now see Orchard Way in his drop-down. Much appreciated.

Harriet

${outlookQuoteHeader({ from: PCSE_DM, sent: '2026-11-19T15:00:00Z', to: [HARRIET], subject: `Main contact extended [${ref}]` })}

Dear Harriet,

The main contact for Cherry Tree Surgery has been extended to Orchard Way Surgery.

${PCSE_SIGNOFF}`;
  const raw = emit({ client: 'outlook', from: HARRIET, to: TO, subject: `RE: Main contact extended [${ref}]`, date: '2026-11-20T08:15:02Z', id, inReplyTo: mid('pcse', 'd013-done') }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return { slug: 'thanks-with-reference', raw, expected: unclassified(M, ['thanks', 'case_ref_in_subject']) };
}

function d014(): Email {
  const id = mid('outlook', 'd014');
  const text = `Hi both,

Putting some time in for our quarterly catch-up on practice data quality (branch codes, practice mailboxes and main contacts). No actions needed from PCSE before the meeting.

Nadia

${TEAMS_INVITE_TEXT('NmQ3ZTk1YTEtODU0')}`;
  const ics = `BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="FAROUK, Nadia (NHS COASTAL AND DOWNS ICB - 70F)":mailto:nadia.farouk@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PCSE Data Manager:mailto:pcse.datamanager@nhs.net
DESCRIPTION;LANGUAGE=en-GB:Quarterly catch-up on practice data quality.
UID:040000008200E00074C5B7101A82E0080000000030A1B2C3D4E5F6000000000000000010000000${id.slice(0, 12)}
SUMMARY;LANGUAGE=en-GB:PCSE / ICB primary care data catch-up
DTSTART;TZID=GMT Standard Time:20261203T140000
DTEND;TZID=GMT Standard Time:20261203T143000
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR`;
  const raw = emit(
    { client: 'outlook', from: NADIA, to: TO, subject: 'PCSE / ICB primary care data catch-up', date: '2026-11-20T10:01:00Z', id },
    alternative([plain(text), rawPart('text/calendar; charset="utf-8"; method=REQUEST', ics, [['Content-Transfer-Encoding', '7bit']])], 'outlook'),
  );
  return { slug: 'meeting-invite', raw, expected: unclassified(M, ['meeting_invite', 'text_calendar', 'no_request']) };
}

function d015(): Email {
  const id = mid('system', 'd015', 'nhs.net');
  const origSubj = 'Practice email address updated [PCSE-2026-031002]';
  const human = `Delivery has failed to these recipients or groups:

lindenhall.reception@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

lindenhall.reception@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:`;
  const dsn = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse.england.nhs.uk
Arrival-Date: ${rfcDate('2026-11-20T16:00:00Z')}

Final-Recipient: rfc822;lindenhall.reception@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`;
  const headers = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: <lindenhall.reception@nhs.net>
Subject: ${origSubj}
Date: ${rfcDate('2026-11-20T16:00:00Z')}
Message-ID: <${mid('pcse', 'd015-orig')}>`;
  const report = multipart('report', [
    plain(human, { charset: 'us-ascii', cte: '7bit' }),
    rawPart('message/delivery-status', dsn),
    rawPart('text/rfc822-headers', headers),
  ], 'exchange', 'report-type=delivery-status');
  const raw = emit(
    { client: 'system', from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' }, to: TO, subject: `Undeliverable: ${origSubj}`, date: '2026-11-20T16:00:03Z', id, extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']] },
    report,
  );
  return { slug: 'bounce-ndr', raw, expected: unclassified(M, ['bounce', 'multipart_report', 'case_ref_in_subject'], 'bounce') };
}

export const datamanager: Array<() => Email | Promise<Email>> = [d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012, d013, d014, d015];
