// datamanager: writer AA's emails and their expected cases.
import { alt, NHSMAIL_DISCLAIMER as DISC, org, p, pdf, txt, uncl, withFiles, type Spec } from './common.js';
import { branchForm, emailChangeForm } from './formdefs.js';
import { renderLetter, renderPdf } from './forms.js';
import { htmlPart, multipart, rawPart, textPart } from './lib.js';
import { renderScan } from './scans.js';

const D = (iso: string) => new Date(iso);
const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) => ({ odsCode, name, mainContact: p(mc[0], mc[1]), address, phone });

export async function datamanager(): Promise<Spec[]> {
  const out: Spec[] = [];

  out.push({
    n: 1, slug: 'practice-email-update-plain', from: { name: 'Joanne Steadman', email: 'joanne.steadman@nhs.net' }, subject: 'Update practice email address', date: '2026-11-02T09:20:14Z', client: 'outlook',
    body: alt(`Hi,

Practice name: Linden Grove Surgery
Practice code: E84015
Current practice email: lindengrove.surgery@nhs.net
New practice email: lindengrove.admin@nhs.net

The old shared mailbox is being closed on the 30th.

Thanks
Joanne Steadman
Office Manager, Linden Grove Surgery

${DISC}`, 'd1'),
    exp: {
      kind: 'practice_email_update', organisation: org('E84015', 'gp_practice'),
      fields: { currentEmail: 'lindengrove.surgery@nhs.net', newEmail: 'lindengrove.admin@nhs.net' },
      traits: ['labelled_lines'],
    },
  });

  out.push({
    n: 2, slug: 'practice-email-to-personal-mailbox', from: { name: 'Claire Whitmore', email: 'claire.whitmore@nhs.net' }, subject: 'change of email', date: '2026-11-05T15:47:33Z', client: 'android',
    body: txt(`Hi can you change the practice email for Withy Bank Surgery K82066 from withybank.practice@nhs.net to my email claire.whitmore@nhs.net as nobody checks the shared one. Thanks Claire (practice manager)

Get Outlook for Android`),
    exp: {
      kind: 'practice_email_update', organisation: org('K82066', 'gp_practice'),
      fields: { currentEmail: 'withybank.practice@nhs.net', newEmail: 'claire.whitmore@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['phone', 'one_paragraph'],
    },
  });

  {
    const letter = await renderLetter([
      '1 December 2026', '', 'Dear PCSE Data Manager team,', '',
      'Please find enclosed our change of practice details form. From 1 January our practice email address will change as shown on the form; the current address will stop being monitored on that date.', '',
      'Any questions, please ring the surgery and ask for me.', '', 'Kind regards', '{sig}', 'Moira Halloran', 'Practice Manager',
    ], { title: 'Covering letter', date: D('2026-12-01T09:00:00Z'), head: ['Saltmarsh Medical Practice', 'The Old Chapel, Saltmarsh Road', 'Estuary Point EP3 6JJ'], signed: true, seed: 'd3l' });
    const form = await renderPdf(emailChangeForm({ name: 'Saltmarsh Medical Practice', code: 'Y02871', current: 'saltmarsh.mp@nhs.net', next: 'saltmarsh.enquiries@nhs.net', contact: 'Moira Halloran (PM)', date: '01/12/2026' }),
      { mode: 'flat', title: 'Change of details', date: D('2026-12-01T09:05:00Z'), seed: 'd3f' });
    out.push({
      n: 3, slug: 'practice-email-form-and-letter', from: { name: 'Moira Halloran', email: 'moira.halloran@nhs.net' }, subject: 'Update practice email address', date: '2026-12-01T09:31:27Z', client: 'outlook',
      body: withFiles(alt(`Please see attached\n\nMoira\n\n${DISC}`, 'd3'), [pdf('Covering letter.pdf', letter), pdf('Change of details form.pdf', form)], 'd3'),
      exp: {
        kind: 'practice_email_update', organisation: org('Y02871', 'gp_practice'),
        fields: { currentEmail: 'saltmarsh.mp@nhs.net', newEmail: 'saltmarsh.enquiries@nhs.net' },
        traits: ['two_attachments', 'pdf_flat', 'pdf_letter', 'see_attached', 'placeholder_values'],
      },
    });
  }

  out.push({
    n: 4, slug: 'practice-email-html-1252', from: { name: 'Kingfisher Dental Care', email: 'kingfisherdental@nhs.net' }, subject: 'Update practice email address – Kingfisher Dental', subjectRaw: '=?windows-1252?Q?Update_practice_email_address_=96_Kingfisher_Dental?=',
    date: '2026-11-09T12:03:45Z', client: 'outlook',
    body: htmlPart(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We’d like to update the practice’s email address held on PCSE Online.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Practice:</b> Kingfisher Dental Care<br>
<b>Code:</b> V114238<br>
<b>Current email:</b> kingfisherdental@nhs.net<br>
<b>New email:</b> kingfisher.dentalcare@nhs.net</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Many thanks – Deepa</p>
<p class="MsoNormal"><span style="color:#1F4E79">Deepa Raghunathan | Practice Co-ordinator | Kingfisher Dental Care</span></p>
</div></body></html>
`, { charset: 'windows-1252' }),
    exp: {
      kind: 'practice_email_update', organisation: org('V114238', 'dental_practice'),
      fields: { currentEmail: 'kingfisherdental@nhs.net', newEmail: 'kingfisher.dentalcare@nhs.net' },
      traits: ['html_only', 'windows_1252', 'rfc2047_subject'],
    },
  });

  out.push({
    n: 5, slug: 'extension-pharmacy-multiline', from: { name: 'Joanna Pritchard-Evans', email: 'joanna.pritchard-evans@nhs.net' }, subject: 'Extend main contact to new pharmacy', date: '2026-11-12T10:15:09Z', client: 'outlook',
    body: alt(`Hello

I would like to extend the current main contact to our new pharmacy please.

EXISTING PHARMACY
Redwell Pharmacy
ODS: FH203
Main contact: Joanna Pritchard-Evans
Email: joanna.pritchard-evans@nhs.net
Address:
14 Market Square
Redwell
Northshire
RW1 3AB
Tel: 01632 960 612

NEW PHARMACY
ODS: FQ771
Name: Redwell Pharmacy - Abbey Road
Address:
2 Abbey Road
Redwell
RW2 5DF

Kind regards
Joanna
Superintendent Pharmacist

${DISC}`, 'd5'),
    exp: {
      kind: 'main_contact_extension', organisation: org('FH203', 'pharmacy'),
      fields: {
        existingPractice: practice('FH203', 'Redwell Pharmacy', ['Joanna Pritchard-Evans', 'joanna.pritchard-evans@nhs.net'], '14 Market Square, Redwell, Northshire, RW1 3AB', '01632 960 612'),
        newPractice: { odsCode: 'FQ771', name: 'Redwell Pharmacy - Abbey Road', address: '2 Abbey Road, Redwell, RW2 5DF' },
      },
      traits: ['multiline_address', 'block_headings'],
    },
  });

  {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{font-family:Calibri,sans-serif;font-size:11pt;border:1px solid #999;padding:4px}</style></head>
<body><p>Good afternoon,</p>
<p>We have taken over Edgeley Village Practice and would like our main contact extended to it. Details below.</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td></td><td><b>Existing practice</b></td><td><b>New practice</b></td></tr>
<tr><td>Practice name</td><td>Hollins Park Surgery</td><td>Edgeley Village Practice</td></tr>
<tr><td>ODS code</td><td>K81051</td><td>K81099</td></tr>
<tr><td>Main contact</td><td>Martin Achterberg</td><td></td></tr>
<tr><td>Main contact email</td><td>martin.achterberg@nhs.net</td><td></td></tr>
<tr><td>Address</td><td>Hollins Park Road<br>Edgeley<br>EG3 1PL</td><td>7 Church Walk<br>Edgeley<br>EG3 4TN</td></tr>
<tr><td>Telephone</td><td>01632 960 455</td><td></td></tr>
</table>
<p>Regards,<br>Martin Achterberg<br>Business Manager</p>
</body></html>
`;
    out.push({
      n: 6, slug: 'extension-gp-html-table', from: { name: 'Martin Achterberg', email: 'martin.achterberg@nhs.net' }, subject: 'Main contact extension - K81051 to K81099', date: '2026-11-16T14:40:02Z', client: 'outlook',
      body: htmlPart(html),
      exp: {
        kind: 'main_contact_extension', organisation: org('K81051', 'gp_practice'),
        fields: {
          existingPractice: practice('K81051', 'Hollins Park Surgery', ['Martin Achterberg', 'martin.achterberg@nhs.net'], 'Hollins Park Road, Edgeley, EG3 1PL', '01632 960 455'),
          newPractice: { odsCode: 'K81099', name: 'Edgeley Village Practice', address: '7 Church Walk, Edgeley, EG3 4TN' },
        },
        traits: ['html_only', 'html_table', 'multiline_address'],
      },
    });
  }

  out.push({
    n: 7, slug: 'extension-type-disagrees-with-code', from: { name: 'Sasha Brennan-Oduya', email: 'sasha.brennan-oduya@nhs.net' }, subject: 'extending main contact', date: '2026-11-23T11:11:11Z', client: 'outlook',
    body: alt(`Hi

Please extend me as main contact to our second site.

Organisation type: Opticians
Existing practice: Lumen Eyecare, ODS code V094412
Main contact: Sasha Brennan-Oduya, sasha.brennan-oduya@nhs.net
Address: 3 The Parade,
Millford,
MF2 8HW
Phone 01632 960 127

New practice: Lumen Eyecare Westgate
New ODS code: V094460
Address: 19 Westgate Street,
Millford,
MF1 2BD

Thanks
Sasha

${DISC}`, 'd7'),
    exp: {
      kind: 'main_contact_extension', organisation: org('V094412', 'dental_practice'),
      fields: {
        existingPractice: practice('V094412', 'Lumen Eyecare', ['Sasha Brennan-Oduya', 'sasha.brennan-oduya@nhs.net'], '3 The Parade, Millford, MF2 8HW', '01632 960 127'),
        newPractice: { odsCode: 'V094460', name: 'Lumen Eyecare Westgate', address: '19 Westgate Street, Millford, MF1 2BD' },
      },
      mustRaise: ['ods_type_mismatch'],
      traits: ['stated_type_disagrees_with_code', 'multiline_address'],
    },
  });

  out.push({
    n: 8, slug: 'branch-setup-plain', from: { name: 'Rebecca Lund', email: 'rebecca.lund@nhs.net' }, subject: 'Set up PCSE Online access for branch practice', date: '2026-11-04T08:55:38Z', client: 'outlook',
    body: alt(`Dear Data Manager team,

We would like to set up access to PCSE Online for a branch practice.

Main practice
Name: Saxonbury Medical Practice
Organisation type: GP
ODS code: D82044
Main contact: Rebecca Lund
Main contact email: rebecca.lund@nhs.net
Address:
The Health Centre
Saxon Way
Saxonbury
SB1 4EE
Telephone: 01632 960 201

Branch practice
Main contact: Mrs Wendy Okoro
Email: wendy.okoro@nhs.net
Branch ODS code: D82044001
Branch name: Saxonbury Medical Practice - Fenside Branch
Address:
Fenside Community Centre
Fen Lane
Saxonbury
SB2 9PP
Telephone: 01632 960 202

Kind regards
Rebecca Lund
Practice Manager

${DISC}`, 'd8'),
    exp: {
      kind: 'branch_setup', organisation: org('D82044', 'gp_practice'),
      fields: {
        mainPractice: practice('D82044', 'Saxonbury Medical Practice', ['Rebecca Lund', 'rebecca.lund@nhs.net'], 'The Health Centre, Saxon Way, Saxonbury, SB1 4EE', '01632 960 201'),
        branch: { odsCode: 'D82044001', name: 'Saxonbury Medical Practice - Fenside Branch', address: 'Fenside Community Centre, Fen Lane, Saxonbury, SB2 9PP', phone: '01632 960 202', mainContact: { name: 'Wendy Okoro', email: 'wendy.okoro@nhs.net', title: 'Mrs' } },
      },
      traits: ['multiline_address', 'block_headings'],
    },
  });

  out.push({
    n: 9, slug: 'branch-code-transposed', from: { name: 'Nikhil Varadarajan', email: 'nikhil.varadarajan@nhs.net' }, subject: 'New branch - Ambleside Road Surgery', date: '2026-11-26T13:30:00Z', client: 'outlook',
    body: alt(`Hi there,

Could you set up our new branch on PCSE Online please.

Main practice: Ambleside Road Surgery (GP), G85012
Main contact held: Nikhil Varadarajan - nikhil.varadarajan@nhs.net
Main practice address: 60 Ambleside Road, Thornwick, TW5 3RS
Main practice tel: 01632 960 640

Branch main contact: Dr Callum Reddy (callum.reddy@nhs.net)
Branch ODS code: G85102001
Branch name: Thornwick Green Surgery
Branch address: 2 The Green
Thornwick
TW5 9AA
Branch tel: 01632 960 641

Many thanks
Nikhil Varadarajan
Practice Manager

${DISC}`, 'd9'),
    exp: {
      kind: 'branch_setup', organisation: org('G85012', 'gp_practice'),
      fields: {
        mainPractice: practice('G85012', 'Ambleside Road Surgery', ['Nikhil Varadarajan', 'nikhil.varadarajan@nhs.net'], '60 Ambleside Road, Thornwick, TW5 3RS', '01632 960 640'),
        branch: { odsCode: 'G85102001', name: 'Thornwick Green Surgery', address: '2 The Green, Thornwick, TW5 9AA', phone: '01632 960 641', mainContact: { name: 'Callum Reddy', email: 'callum.reddy@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['branch_code_typo', 'multiline_address'],
    },
  });

  {
    const scan = await renderScan(branchForm({
      mainName: 'Copperfield Health Centre', mainCode: 'N84027', contact: 'Anita Sowerby', contactEmail: 'anita.sowerby@nhs.net', mainAddress: 'Copperfield Way\nNorth Marsh\nNM7 2QQ', mainPhone: '01632 960 388',
      branchTitle: 'Ms', branchContact: 'Deborah Yip', branchEmail: 'deborah.yip@nhs.net', branchCode: 'N84027002', branchName: 'Copperfield at Lowmoor', branchAddress: 'Lowmoor Community Hall\nLowmoor Lane\nNM8 1AD', branchPhone: '01632 960 389',
      date: '30/11/26',
    }), { seed: 'd10', values: 'typed', fax: true, speckle: 900, skew: 0.6, faxHeader: '30/11/2026 16:48  COPPERFIELD HC  01632960388', date: D('2026-11-30T16:50:00Z'), producer: 'Brother MFC-L2710DW' });
    out.push({
      n: 10, slug: 'branch-setup-fax-scan', from: { name: 'Anita Sowerby', email: 'anita.sowerby@nhs.net' }, subject: 'Scanned from MFC', date: '2026-11-30T16:52:40Z', client: 'outlook',
      body: withFiles(alt(`Please see attached, branch set up.\n\nAnita\n\n${DISC}`, 'd10'), [pdf('Scan_20261130_1648.pdf', scan)], 'd10'),
      exp: {
        kind: 'branch_setup', organisation: org('N84027', 'gp_practice'),
        fields: {
          mainPractice: practice('N84027', 'Copperfield Health Centre', ['Anita Sowerby', 'anita.sowerby@nhs.net'], 'Copperfield Way, North Marsh, NM7 2QQ', '01632 960 388'),
          branch: { odsCode: 'N84027002', name: 'Copperfield at Lowmoor', address: 'Lowmoor Community Hall, Lowmoor Lane, NM8 1AD', phone: '01632 960 389', mainContact: { name: 'Deborah Yip', email: 'deborah.yip@nhs.net', title: 'Ms' } },
        },
        traits: ['scan', 'fax_1bit', 'see_attached', 'multiline_address'],
      },
    });
  }

  out.push({
    n: 11, slug: 'role-removal-misdirected', from: { name: 'Wellspring Surgery - Admin', email: 'wellspring.admin@nhs.net' }, subject: 'Staff leaver - remove PCSE roles', date: '2026-11-20T10:02:17Z', client: 'outlook',
    body: alt(`Hello,

Tariq Mahmood-Lees has left Wellspring Surgery (M83110). Please remove the following roles from his account (tariq.mahmoodlees@nhs.net):

Practice Order Entry Clerk
Practice Records Movement Admin
Joiner & Leaver

Thank you
Wellspring Surgery admin team

${DISC}`, 'd11'),
    exp: {
      kind: 'role_removal_request', organisation: org('M83110', 'gp_practice'),
      fields: { username: 'tariq.mahmoodlees@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin', 'Joiner & Leaver'] },
      traits: ['misdirected', 'leaver', 'listed_roles'],
    },
  });

  out.push({
    n: 12, slug: 'thanks-with-reference', from: { name: 'Joanne Steadman', email: 'joanne.steadman@nhs.net' }, subject: 'RE: PCSE-2026-003981 Update practice email address', date: '2026-11-06T08:02:48Z', client: 'outlook',
    body: alt(`Lovely, thank you - confirmation received on the new mailbox.\n\nJo\n\n${DISC}`, 'd12'),
    exp: uncl(['thanks', 'case_reference']),
  });

  {
    const dsn = multipart('report', [
      textPart(`Delivery has failed to these recipients or groups:

m.okereke-practice@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

m.okereke-practice@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`),
      rawPart('message/delivery-status', `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Tue, 24 Nov 2026 14:10:02 +0000

Final-Recipient: rfc822;m.okereke-practice@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`),
      rawPart('text/rfc822-headers', `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: m.okereke-practice@nhs.net
Subject: PCSE-2026-004102 Practice email address updated
Date: Tue, 24 Nov 2026 14:10:01 +0000
`),
    ], 'd13', 'outlook', '; report-type=delivery-status');
    out.push({
      n: 13, slug: 'bounce-ndr', from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' }, subject: 'Undeliverable: PCSE-2026-004102 Practice email address updated', date: '2026-11-24T14:10:04Z', client: 'system',
      extra: [['Auto-Submitted', 'auto-replied']],
      body: dsn,
      exp: uncl(['bounce', 'dsn'], 'bounce'),
    });
  }

  out.push({
    n: 14, slug: 'main-contact-misdirected-auth-fail', from: { name: 'Sunita Khatri', email: 'sunita.khatri2@nhs.net' }, subject: 'New main contact - Brookfield Pharmacy', date: '2026-11-27T06:12:09Z', client: 'gmail',
    auth: { fail: 'nhs.net', ip: '91.198.44.12' },
    body: multipart('alternative', [textPart(`Hello,

Please change the main contact for Brookfield Pharmacy (FWP52) to me:

Ms Sunita Khatri
sunita.khatri2@nhs.net

The previous pharmacist manager left last month.

Sunita`), htmlPart(`<div dir="ltr">Hello,<br><br>Please change the main contact for Brookfield Pharmacy (FWP52) to me:<br><br>Ms Sunita Khatri<br>sunita.khatri2@nhs.net<br><br>The previous pharmacist manager left last month.<br><br>Sunita</div>\n`)], 'd14', 'gmail'),
    exp: {
      kind: 'main_contact_change', organisation: org('FWP52', 'pharmacy'),
      fields: { newMainContact: p('Sunita Khatri', 'sunita.khatri2@nhs.net') },
      mustRaise: ['sender_unauthenticated'],
      traits: ['misdirected', 'auth_fail', 'self_as_new_contact'],
    },
  });

  return out;
}
