// portalenquiries: what writer K's senders (pharmacy multiples, optical chains, dental groups, PCNs) send to
// pcse.portalenquiries@nhs.net, and the case a careful PCSE staff member would enter for each.
import {
  NHSMAIL_DISCLAIMER, alt, appleHtml, build, esc, exp, gmailDivs, html, mixed, org, outlookHtml, pdfPart, person, plain,
  type Built,
} from './lib.js';
import { gppLiveCycle, optoChainForm } from './pdfs.js';
import { gppTypedScan } from './scans.js';

const MB = 'portalenquiries' as const;

/** Outlook's usual pair: text/plain and its Word-HTML rendering. */
const outlook = (text: string) => alt(plain(text), html(outlookHtml(text)));

export async function portal(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 — PCN digital lead sends a member practice's GPP certification form (LiveCycle field names).
  {
    const pdf = await gppLiveCycle({
      practiceName: 'Holmewood Medical Practice', odsCode: 'C84672',
      address: '14 Station Road, Sutton-in-Ashfield, Nottinghamshire, NG17 4AJ',
      title: 'Mrs', firstName: 'Fatima Zahra', surname: 'Benali', jobTitle: 'Interim Practice Manager',
      email: 'fatima.benali2@nhs.net', phone: '01632 960 418',
      approverName: 'Dr Ikechukwu Okafor', approverRole: 'GP Partner', approverEmail: 'ikechukwu.okafor@nhs.net',
      date: '23/11/2026', signed: true,
    }, 'p001');
    const text = `Hi PCSE team,

Please find attached the GP Payments and Pensions Practice User Administrator certification form for Holmewood Medical Practice (C84672), which is one of the five practices in Ashfield Vale PCN.

Their practice manager retired at the end of October and nobody left at the practice holds the GPP admin role, so they can't get into the pensions side at all. The form has been completed by Fatima (interim PM) and Part B is signed by Dr Okafor, one of the partners there.

I'm sending it on their behalf as I'm doing the PCSE Online tidy-up for all our practices this month - please reply to all so the practice gets it too (cc'd). For info, nothing is needed for the PCN's own code (U48102) or for the other practices at the moment.

Thanks very much,
Rhiannon

Rhiannon McAteer
Digital & Transformation Lead
Ashfield Vale Primary Care Network
Kirkby Lane Surgery C84015 | Sutton Road Health Centre C84109 | Holmewood Medical Practice C84672 | Annesley Woodhouse Surgery C84630 | Skegby Road Practice C84118
Mob: 07700 900 614
Working days Mon-Thu

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '001-gpp-pcn-lead-livecycle-form', mailbox: MB, from: ['McATEER, Rhiannon (ASHFIELD VALE PCN)', 'rhiannon.mcateer@nhs.net'],
      cc: [['Holmewood Medical Practice', 'holmewood.medicalpractice@nhs.net']],
      subject: 'GPP user admin form - Holmewood MP (C84672)', date: '2026-11-24 10:41:12', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('GPP UA certification - Holmewood.pdf', pdf)), exp('user_admin_nomination', org('C84672', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Fatima Zahra Benali', 'fatima.benali2@nhs.net'),
      approver: { ...person('Ikechukwu Okafor', 'ikechukwu.okafor@nhs.net'), role: 'GP Partner' },
    }, [], ['pdf_acroform', 'livecycle_field_names', 'pcn_writes_for_practice', 'several_codes', 'nhsmail_display_name', 'multi_part_name'])));
  }

  // 002 — optical chain regional manager (ESL), internal form with plain-English field names, domiciliary team.
  {
    const pdf = await optoChainForm({
      practice: 'ClearSight Opticians Doncaster (incl. ClearSight at Home)', ods: 'TPK58',
      nominee: 'Dominika Wróbel', nomineeRole: 'Store Manager', nomineeEmail: 'dominika.wrobel@nhs.net', opto: true, pl: false,
      holder: 'Rajesh Kumar Venkataraman', holderPosition: 'Contract Holder', holderEmail: 'r.venkataraman@nhs.net', date: '19/11/2026',
    }, 'p002');
    const text = `Dear PCSE Team,

I am writing to request you to please set up the colleague named in the attached form as OPTO Organisation User Administrator for our Doncaster practice ODS code TPK58 which is also the base of our domiciliary team ClearSight at Home who are doing the home visits for the patients in Doncaster and Rotherham area and at present there is no user admin for this practice since Mr HOLT Gary our previous store director has left the company in September therefore the GOS claims for domiciliary and store both are pending and we are not able to submit them.

Please note that our Rotherham practice TPK41 and Barnsley practice TPR03 are not required in this request as they are having their admin already.

The form is signed by our contract holder Mr Venkataraman. Kindly do the needful and please confirm to me once it is done so I can inform to the store.

Thanks and regards

NGUYEN Thi Thu Ha
Regional Operations Manager - North
ClearSight Opticians Ltd
Head Office: 3rd Floor, Wellington House, 41 Park Row, Leeds LS1 5JL
T: 0113 496 0290 | M: 07700 900 382

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. ClearSight Opticians Ltd is registered in England and Wales No. 08815532.`;
    out.push(build({
      slug: '002-opto-optical-chain-domiciliary-form', mailbox: MB, from: ['NGUYEN Thi Thu Ha', 'thuha.nguyen@clearsight-opticians.co.uk'],
      subject: 'Request for OPTO User admin - ClearSight Doncaster TPK58', date: '2026-11-23 16:02:44', client: 'outlook', trace: 'm365', hasAttach: true,
    }, mixed(outlook(text), pdfPart('CSO-PS-017 Doncaster TPK58.pdf', pdf)), exp('user_admin_nomination', org('TPK58', 'ophthalmic_practice'), {
      service: 'OPTO',
      nominee: person('Dominika Wróbel', 'dominika.wrobel@nhs.net'),
      approver: { ...person('Rajesh Kumar Venkataraman', 'r.venkataraman@nhs.net'), role: 'Contract Holder' },
    }, [], ['pdf_acroform', 'plain_english_field_names', 'esl_run_on', 'several_codes', 'surname_first_caps', 'non_ascii_name', 'domiciliary', 'corporate_domain'])));
  }

  // 003 — dental group's central compliance team, HTML-only, <br> label: value lines with bold labels.
  {
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#1f1f1f">
<div>Good morning,</div><div><br></div>
<div>Please could you set up a PL Organisation Administrator for one of our practices. The practice has had no PL admin since the previous practice manager left, and the Registered Manager has approved the nomination (copied in).</div><div><br></div>
<div style="padding:8px 12px;background-color:#f3f6fa;border-left:4px solid #2b7a78">
<b>Practice name:</b> Brightsmile Dental Care &ndash; Wolverhampton Road<br>
<b>ODS code:</b> V021774<br>
<b>Address:</b> 212 Wolverhampton Road, Oldbury, B68 8DT<br>
<b>Role requested:</b> PL Organisation Administrator (Performers List)<br>
<b>Nominee:</b> Ms Ewurabena Mensah-Bonsu, Practice Manager<br>
<b>Nominee email:</b> e.mensah-bonsu@nhs.net<br>
<b>Approved by:</b> Dr Marek Kowalczyk, CQC Registered Manager<br>
<b>Approver email:</b> marek.kowalczyk1@nhs.net<br>
</div><div><br></div>
<div>Please reply to this mailbox rather than to individual team members, quoting our reference BDG-COMP-2211.</div><div><br></div>
<div>Kind regards,</div><div><br></div>
<div><b>Adaeze OKONJO</b><br>Compliance Officer | Central Compliance Team<br>Brightsmile Dental Group<br>Support Centre, 9 Harborne Road, Edgbaston, Birmingham B15 3BU<br>0121 496 0710</div>
<div><br></div>
<div style="font-size:8pt;color:#777777">Brightsmile Dental Group Ltd operates 23 NHS and private dental practices across the West Midlands. This email is intended for the addressee only. If you are not the intended recipient please delete it and notify the sender.</div>
</div>
${NHSMAIL_DISCLAIMER.split('\n').map((l) => (l ? `<p style="font-size:8pt;color:#555">${esc(l)}</p>` : '')).join('\n')}
</body></html>`;
    out.push(build({
      slug: '003-pl-dental-group-compliance-html', mailbox: MB, from: ['Brightsmile Dental Group - Compliance', 'brightsmile.compliance@nhs.net'],
      cc: [['KOWALCZYK, Marek (BRIGHTSMILE DENTAL CARE)', 'marek.kowalczyk1@nhs.net']],
      subject: 'PL Organisation Administrator request - V021774 [BDG-COMP-2211]', date: '2026-11-25 09:22:05', client: 'outlook', trace: 'nhsmail',
    }, html(body), exp('user_admin_nomination', org('V021774', 'dental_practice'), {
      service: 'PL',
      nominee: person('Ewurabena Mensah-Bonsu', 'e.mensah-bonsu@nhs.net'),
      approver: { ...person('Marek Kowalczyk', 'marek.kowalczyk1@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['html_only', 'br_label_value', 'bold_labels', 'shared_mailbox_sender', 'internal_reference', 'cc_approver'])));
  }

  // 004 — PCN clinical director approves his own PCN nomination, from an iPhone.
  {
    const text = `Hi,

Please can Sunita Ramaswamy, our Digital Lead, be set up as PCN user admin for Riverbank PCN (U63214)? Her email is sunita.ramaswamy@nhs.net.

I know the form is supposed to be approved by someone at the ICB on the authorised list but our ICB lead has been off sick for weeks and nobody else has picked it up, so I am approving it myself as Clinical Director. Hope that's OK.

Thanks
Chidi

Dr Chidi Eze-Williams
Clinical Director, Riverbank PCN

Sent from my iPhone`;
    out.push(build({
      slug: '004-pcn-clinical-director-self-approves', mailbox: MB, from: ['Chidi Eze-Williams', 'chidi.eze-williams@nhs.net'],
      subject: 'PCN user admin - Riverbank PCN', date: '2026-11-26 07:48:31', client: 'iphone', trace: 'nhsmail',
    }, plain(text, '7bit', 'us-ascii'), exp('user_admin_nomination', org('U63214', 'pcn'), {
      service: 'PCN',
      nominee: person('Sunita Ramaswamy', 'sunita.ramaswamy@nhs.net'),
      approver: { ...person('Chidi Eze-Williams', 'chidi.eze-williams@nhs.net'), role: 'Clinical Director' },
    }, ['approver_not_on_ael'], ['mobile', 'pcn_clinical_director', 'approver_is_sender', 'hyphenated_name'])));
  }

  // 005 — PCN business manager forwards the ICB approver's email, Apple Mail, HTML only.
  {
    const fwd = `<div>Begin forwarded message:</div><br class="Apple-interchange-newline">
<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>From: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">"Oyelaran, Tunde (NHS SOUTH EAST LONDON ICB - 72Q)" &lt;tunde.oyelaran@nhs.net&gt;<br></span></div>
<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>Subject: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>RE: PCN user admin approval - Kingsmead &amp; Cray PCN</b><br></span></div>
<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>Date: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">26 November 2026 at 17:12:40 GMT<br></span></div>
<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>To: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">"LIM, Hui Min (KINGSMEAD &amp; CRAY PCN)" &lt;huimin.lim@nhs.net&gt;<br></span></div>
<br><div><div class="WordSection1"><p class="MsoNormal">Hi Hui Min,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;m happy to approve Marcus O&#8217;Sullivan-Reid as the PCN user administrator for Kingsmead &amp; Cray PCN (U70915). For PCSE&#8217;s information, I am an approver on the NHSE Authorised Email List for South East London ICB.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards<o:p></o:p></p><p class="MsoNormal">Tunde<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Tunde Oyelaran</b><br>Senior Primary Care Commissioning Manager<br>NHS South East London Integrated Care Board<br>160 Tooley Street, London SE1 2TZ<o:p></o:p></p></div></div>`;
    const inner = `<div>Dear PCSE,</div><div><br></div><div>Please see below the ICB approval for Marcus to be our PCN user admin. His email address is marcus.osullivan-reid@nhs.net, he is our Operations Manager.</div><div><br></div><div>We do not have any PCN user admin at the moment so would be grateful if this can be set up.</div><div><br></div><div>Many thanks</div><div>Hui Min</div><div><br></div><div><span style="color: rgb(0, 94, 184);"><b>LIM Hui Min</b></span><br>PCN Business Manager<br>Kingsmead &amp; Cray Primary Care Network (U70915)</div><div><br><blockquote type="cite">${fwd}</blockquote></div><br>`;
    out.push(build({
      slug: '005-pcn-icb-approval-apple-forward', mailbox: MB, from: ['LIM Hui Min', 'huimin.lim@nhs.net'],
      subject: 'Fwd: PCN user admin approval - Kingsmead & Cray PCN', date: '2026-11-27 14:05:19', client: 'apple', trace: 'nhsmail',
    }, html(appleHtml(inner)), exp('user_admin_nomination', org('U70915', 'pcn'), {
      service: 'PCN',
      nominee: person("Marcus O'Sullivan-Reid", 'marcus.osullivan-reid@nhs.net'),
      approver: { ...person('Tunde Oyelaran', 'tunde.oyelaran@nhs.net'), role: 'Senior Primary Care Commissioning Manager' },
    }, [], ['html_only', 'apple_mail', 'forwarded_approval', 'icb_code_distractor', 'apostrophe_name', 'surname_first_caps', 'html_entities'])));
  }

  // 006 — GP group regional manager, Gmail; the newest message corrects the nominee's address.
  {
    const first = `Dear PCSE team,<br><br>Please can you set up a PL Organisation Administrator for Lowther Street Surgery, practice code M85110 (part of Meridian Primary Care Group).<br><br>Name: Siobhán Ní Bhriain<br>Role at practice: Assistant Practice Manager<br>Email: <a href="mailto:siobhan.nibhriain@nhs.net">siobhan.nibhriain@nhs.net</a><br><br>This is approved by the CQC Registered Manager for the location, Dr Ahmed Raza Chaudhry, who is copied in.<br><br>Kind regards<br><br>Kateryna Bondarenko<br>Regional Manager – North West<br>Meridian Primary Care Group<br>Lowther Street Surgery (M85110) · Crewe Road Medical Centre (N81033) · Levenshulme Medical Practice (P84019)<br>Mobile 07700 900 927`;
    const htmlBody = `<div dir="ltr">Sorry, wrong email address, the right one is <a href="mailto:siobhan.nibhriain1@nhs.net">siobhan.nibhriain1@nhs.net</a> (with the 1 at the end, there is another Siobhan in NHSmail). Everything else below is correct.<div><br></div><div>Apologies,</div><div>Kateryna</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, 30 Nov 2026 at 10:58, Kateryna Bondarenko &lt;<a href="mailto:kateryna.bondarenko@meridianprimarycare.co.uk">kateryna.bondarenko@meridianprimarycare.co.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${first}</div>
</blockquote></div>
`;
    out.push(build({
      slug: '006-pl-gp-group-wrong-email-corrected', mailbox: MB, from: ['Kateryna Bondarenko', 'kateryna.bondarenko@meridianprimarycare.co.uk'],
      cc: [['Dr Ahmed Raza Chaudhry', 'ahmed.chaudhry7@nhs.net']],
      subject: 'Re: PL admin for Lowther Street Surgery M85110', date: '2026-11-30 11:26:50', client: 'gmail', trace: 'google',
      inReplyTo: '<CAH7kB2sQ0uYwq1pM3n5LxVdRrT8e0ZtZk4Fh9o2JqPmC1wA@mail.gmail.com>',
      references: ['<CAH7kB2sQ0uYwq1pM3n5LxVdRrT8e0ZtZk4Fh9o2JqPmC1wA@mail.gmail.com>'],
    }, html(htmlBody), exp('user_admin_nomination', org('M85110', 'gp_practice'), {
      service: 'PL',
      nominee: person('Siobhán Ní Bhriain', 'siobhan.nibhriain1@nhs.net'),
      approver: { ...person('Ahmed Raza Chaudhry', 'ahmed.chaudhry7@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['html_only', 'gmail_blockquote', 'correction_in_followup', 'newest_message_counts', 'non_ascii_name', 'several_codes', 'cc_approver', 'corporate_domain'])));
  }

  // 007 — optical group compliance lead asks for a fifth OPTO admin (four already named), ESL run-on.
  {
    const text = `Good morning,

I am compliance lead for Horizon Eyecare Group and I write regarding our practice Horizon Eyecare Leicester, Gallowtree Gate, ODS TPD90, this practice is also the hub for Horizon HomeVisit East Midlands our domiciliary service so we have many staff on this code. We have already four user admins for OPTO on this practice which are Mr PATEL Kiran, Ms OSEI Abena, Mr FLOREA Ionuţ and myself but as the domiciliary team is growing and the claims are many we need one more admin, so please can you add Mr DE SOUZA Rafael Henrique (domiciliary team leader) email rafael.desouza@nhs.net as OPTO Organisation User Administrator also, our contract holder Mr MISTRY Bhavesh is in copy of this mail and he agree with this nomination.

If it is not possible to have five please let me know what is the alternative.

Best regards,
Ewa Zielińska-Krawczyk
Compliance Lead | Horizon Eyecare Group
Horizon House, 2 Grove Park, Enderby, Leicester LE19 1SA
0116 496 0377

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '007-opto-fifth-admin-run-on', mailbox: MB, from: ['Ewa Zielińska-Krawczyk', 'ewa.zielinska-krawczyk@nhs.net'],
      cc: [['MISTRY, Bhavesh (HORIZON EYECARE)', 'bhavesh.mistry@nhs.net']],
      subject: 'Additional OPTO admin - Horizon Eyecare Leicester TPD90', date: '2026-12-01 09:03:27', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('user_admin_nomination', org('TPD90', 'ophthalmic_practice'), {
      service: 'OPTO',
      nominee: person('Rafael Henrique De Souza', 'rafael.desouza@nhs.net'),
      approver: { ...person('Bhavesh Mistry', 'bhavesh.mistry@nhs.net'), role: 'Contract Holder' },
    }, ['admin_limit_reached'], ['esl_run_on', 'surname_first_caps', 'admin_count_in_prose', 'distractor_people', 'cc_approver', 'domiciliary', 'non_ascii_name'])));
  }

  // 008 — pharmacy multiple's superintendent: main contact change, HTML only, <br> lines in a bordered div.
  {
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head><body>
<div style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear PCSE,</p><p>&nbsp;</p>
<p>Please update the Main Contact for the branch below. The pharmacist manager has changed and I understand the outgoing main contact cannot hand the role over himself.</p><p>&nbsp;</p>
<div style="margin:10px 0;padding:6px 10px;border:1px solid #c8c8c8">
<b>Branch:</b> Kestrel Pharmacy &#8211; Penn Road<br>
<b>ODS code:</b> FRL63<br>
<b>Outgoing main contact:</b> Gareth Pryce-Jones (leaves 4 December)<br>
<b>New main contact:</b> Mrs Jaswinder Kaur Dhillon, Pharmacist Manager<br>
<b>New main contact email:</b> jaswinder.dhillon3@nhs.net<br>
</div>
<p>Our other Wolverhampton branches (FH417 Tettenhall, FQ228 Whitmore Reans, FW551 Bilston) keep their existing main contacts, no change there.</p><p>&nbsp;</p>
<p>Kind regards</p><p>&nbsp;</p>
<p><b>Olumide Adebayo-Cole MRPharmS</b><br>Superintendent Pharmacist<br>Kestrel Pharmacy Ltd | 40 branches across the West Midlands and the North West<br>Support Office: Unit 7, Apex Court, Wolverhampton Business Park, WV10 9QR</p>
</div>
<p style="font-size:8pt;color:#666">${esc(NHSMAIL_DISCLAIMER).replace(/\n/g, '<br>\n')}</p>
</body></html>`;
    out.push(build({
      slug: '008-main-contact-pharmacy-superintendent-html', mailbox: MB, from: ['ADEBAYO-COLE, Olumide (KESTREL PHARMACY LTD)', 'olumide.adebayo-cole@nhs.net'],
      subject: 'Change of Main Contact - Kestrel Pharmacy Penn Road (FRL63)', date: '2026-12-01 13:37:02', client: 'outlook', trace: 'nhsmail',
    }, html(body), exp('main_contact_change', org('FRL63', 'pharmacy'), {
      newMainContact: person('Jaswinder Kaur Dhillon', 'jaswinder.dhillon3@nhs.net'),
    }, [], ['html_only', 'br_label_value', 'bold_labels', 'several_codes', 'distractor_people', 'pharmacy_multiple', 'multi_part_name'])));
  }

  // 009 — dental group compliance: everything in the subject, "kindly do the needful".
  {
    const text = `Hello,

As per subject, kindly do the needful. New MC is in copy.

Thank you
Kateřina

Pearl Dental Partners | Compliance & Governance
Pearl House, 18 Newhall Street, Birmingham B3 3PU`;
    out.push(build({
      slug: '009-main-contact-dental-subject-only', mailbox: MB, from: ['Nováková Kateřina', 'katerina.novakova@nhs.net'],
      cc: [['Oyinkansola Bakare-Smith', 'oyinkansola.bakare-smith@nhs.net']],
      subject: 'Main contact change V018245 - new MC Oyinkansola Bakare-Smith oyinkansola.bakare-smith@nhs.net', date: '2026-12-02 08:12:40', client: 'outlook', trace: 'nhsmail',
    }, plain(text, '8bit'), exp('main_contact_change', org('V018245', 'dental_practice'), {
      newMainContact: person('Oyinkansola Bakare-Smith', 'oyinkansola.bakare-smith@nhs.net'),
    }, [], ['subject_only', 'terse', 'esl_formula', 'non_ascii_sender', 'surname_first_display', 'cc_new_contact'])));
  }

  // 010 — optical area manager: first asks for Callum, then (newest) Priyanka instead.
  {
    const text = `Hi again,

Please ignore my email below about Callum - he has just handed in his notice. Could you make Priyanka Raghunathan the main contact for TPD12 instead? Her email is priyanka.raghunathan@nhs.net, she is the new Store Manager.

Sorry for the confusion.

Gergő

Gergő Szabó
Area Manager – Nottinghamshire & Derbyshire
Horizon Eyecare Group
07700 900 471

From: Szabó Gergő <gergo.szabo@nhs.net>
Sent: 02 December 2026 10:47
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: Main contact change - Horizon Eyecare Nottingham TPD12

Hello,

Please change the main contact for Horizon Eyecare Nottingham, Victoria Centre (ODS TPD12) to Callum MacLeod, callum.macleod2@nhs.net. The previous main contact Joanne Pickering left in November. The domiciliary van team based at this store uses the same code so this covers them too.

Thanks,
Gergő

Gergő Szabó
Area Manager – Nottinghamshire & Derbyshire
Horizon Eyecare Group
07700 900 471`;
    out.push(build({
      slug: '010-main-contact-optical-thread-newest-counts', mailbox: MB, from: ['Szabó Gergő', 'gergo.szabo@nhs.net'],
      subject: 'RE: Main contact change - Horizon Eyecare Nottingham TPD12', date: '2026-12-03 15:20:09', client: 'outlook', trace: 'nhsmail',
      inReplyTo: '<LO4P265MB3318A0B7C2D9E1F24410@LO4P265MB3318.GBRP265.PROD.OUTLOOK.COM>',
      references: ['<LO4P265MB3318A0B7C2D9E1F24410@LO4P265MB3318.GBRP265.PROD.OUTLOOK.COM>'],
    }, outlook(text), exp('main_contact_change', org('TPD12', 'ophthalmic_practice'), {
      newMainContact: person('Priyanka Raghunathan', 'priyanka.raghunathan@nhs.net'),
    }, [], ['superseded_request', 'newest_message_counts', 'outlook_quote', 'mc_prefix_name', 'non_ascii_name', 'domiciliary'])));
  }

  // 011 — salaried GP (ESL) asks for his own verification link, GMC number among other numbers; no practice code.
  {
    const text = `Respected Sir/Madam,

I am writing to inform that I am GP recently joined in the NHS England Performers List from 2nd November 2026 and working as salaried GP in one of the Meridian Primary Care Group practice in Crewe. I have not received the verification link for the PCSE Online account till date, I checked the junk folder also. Kindly send me a new verification link to my GMC registered email address which is vs.konduru@nhs.net (same as this email).

My GMC number is 7654321 for your reference.

Kindly do the needful at the earliest as practice manager is asking me to complete the details.

Thanking you,
With regards,
Dr KONDURU Venkata Subrahmanyam
MBBS, MRCGP
Mob: 07700 900 158`;
    out.push(build({
      slug: '011-verification-gp-gmc-esl', mailbox: MB, from: ['KONDURU Venkata Subrahmanyam', 'vs.konduru@nhs.net'],
      subject: 'Request for new verification link - PCSE Online', date: '2026-11-30 19:52:14', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('verification_link_resend', null, {
      accountEmail: 'vs.konduru@nhs.net',
      gmcNumber: '7654321',
    }, [], ['esl_formula', 'surname_first_caps', 'gmc_number', 'no_practice_code', 'multi_part_name'])));
  }

  // 012 — pharmacy area manager asks for a branch manager's verification link.
  {
    const text = `Hi PCSE,

Can you please resend the PCSE Online verification link to the branch manager at Kestrel Pharmacy Bilston (FW551), Chukwuemeka Nwachukwu - his email is emeka.nwachukwu@nhs.net. He was set up as a user last month but says the link in the original email has expired and he can't find it anyway. He's not great with emails so I said I'd ask on his behalf.

Thanks,
Harpreet

Harpreet Kaur Sandhu
Area Manager – Black Country
Kestrel Pharmacy Ltd
M: 07700 900 605

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '012-verification-for-branch-manager', mailbox: MB, from: ['SANDHU, Harpreet Kaur (KESTREL PHARMACY LTD)', 'harpreet.sandhu@nhs.net'],
      subject: 'Verification link for branch manager - Kestrel Bilston FW551', date: '2026-11-24 12:15:37', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('verification_link_resend', org('FW551', 'pharmacy'), {
      accountEmail: 'emeka.nwachukwu@nhs.net',
      gmcNumber: null,
    }, ['not_own_account'], ['on_behalf', 'area_manager', 'nickname_address'])));
  }

  // 013 — dentist asks for her own link, Apple Mail from an iPad, HTML only.
  {
    const inner = `<div>Hello,</div><div><br></div><div>I was nominated as the PL admin for our practice Brightsmile Dental Care Edgbaston (V009613) by our compliance team about 3 weeks ago but the verification email never arrived (I have checked junk and the quarantine). Could you please send a new link to this address?</div><div><br></div><div>Thank you</div><div>Thandi</div><div><br></div><div>Dr Thandiwe Mokoena-Price BDS<br>Associate Dentist &amp; Practice Lead<br>Brightsmile Dental Care – Edgbaston</div><div><br></div><div>Sent from my iPad</div>`;
    out.push(build({
      slug: '013-verification-dentist-ipad-html', mailbox: MB, from: ['Thandiwe Mokoena-Price', 'thandiwe.mokoena-price@nhs.net'],
      subject: 'Verification email never arrived', date: '2026-11-28 21:14:56', client: 'iphone', trace: 'nhsmail',
    }, html(appleHtml(inner)), exp('verification_link_resend', org('V009613', 'dental_practice'), {
      accountEmail: 'thandiwe.mokoena-price@nhs.net',
      gmcNumber: null,
    }, [], ['html_only', 'apple_mail', 'own_account_implicit', 'nickname_signoff', 'hyphenated_name'])));
  }

  // 014 — pharmacist (ESL) locked out, plain text.
  {
    const text = `Dear Team

My PCSE online account is locked because i put wrong password five times, now it is showing account is locked please contact PCSE. I cannot place order for the supplies and we need the sharps bins urgently.

Username: mitesh.shah5@nhs.net

Please unlock asap.

Regards
SHAH Mitesh
Pharmacist Manager
Allcare Chemists - Belgrave Road
FKM20
0116 496 0815`;
    out.push(build({
      slug: '014-unlock-pharmacist-esl', mailbox: MB, from: ['SHAH Mitesh', 'mitesh.shah5@nhs.net'],
      subject: 'ACCOUNT LOCKED URGENT', date: '2026-11-26 17:58:03', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('account_unlock', org('FKM20', 'pharmacy'), {
      username: 'mitesh.shah5@nhs.net',
    }, [], ['esl', 'surname_first_caps', 'code_in_signature', 'capitals_subject'])));
  }

  // 015 — domiciliary optician without email: non-email user name, all in the subject, from the store's mailbox.
  {
    const text = `Hi please unlock, thank you
Tomasz (tomaszkowalski@clearsighthome)

Get Outlook for Android`;
    out.push(build({
      slug: '015-unlock-domiciliary-username-in-subject', mailbox: MB, from: ['ClearSight Rotherham', 'clearsight.rotherham@nhs.net'],
      subject: 'LOCKED ACCOUNT - username tomaszkowalski@clearsighthome - TPK41', date: '2026-11-27 08:31:22', client: 'android', trace: 'nhsmail',
    }, alt(plain(text), html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Hi please unlock, thank you</div><div dir="auto">Tomasz (tomaszkowalski@clearsighthome)</div><div dir="auto"><br></div><div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>`)), exp('account_unlock', org('TPK41', 'ophthalmic_practice'), {
      username: 'tomaszkowalski@clearsighthome',
    }, [], ['subject_only_code', 'terse', 'non_email_username', 'shared_mailbox_sender', 'mobile', 'domiciliary'])));
  }

  // 016 — PCN digital lead reactivation; the "PCN code" he gives is a practice's code (type mismatch).
  {
    const text = `Hello,

I am the PCN user admin for Trentside PCN (PCN code C84201) and when I try to log in to PCSE Online it says my account has been deactivated. I think it's because I haven't logged in since the summer (I was on paternity leave). My username is bogdan.ionescu@nhs.net.

Could you reactivate it please? I'm the only user admin for the PCN so there is nobody else who can do it.

Many thanks,
Bogdan

Bogdan-Ștefan Ionescu
Digital Lead | Trentside Primary Care Network
Hosted by Bridgegate Surgery, Trent Street, Nottingham NG2 1LT
Tel: 0115 496 0614

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '016-reactivation-pcn-admin-practice-code', mailbox: MB, from: ['Bogdan-Ștefan Ionescu', 'bogdan.ionescu@nhs.net'],
      subject: 'Deactivated account - PCN user admin', date: '2026-11-25 14:44:48', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('account_reactivation', org('C84201', 'gp_practice'), {
      username: 'bogdan.ionescu@nhs.net',
    }, ['ods_type_mismatch'], ['pcn_digital_lead', 'stated_type_differs_from_code', 'non_ascii_name', 'hyphenated_name'])));
  }

  // 017 — dental group compliance asks to reactivate a practice's main contact (copied in), HTML only.
  {
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:10pt;color:#222">
<div>Dear PCSE,</div><div>&nbsp;</div>
<div>Could you please reactivate the PCSE Online account of the Main Contact for Pearl Dental &ndash; Harborne (V024390), Mrs Funmilayo Adeyemi-Okafor.</div>
<div><b>User name:</b> f.adeyemi-okafor@nhs.net</div><div>&nbsp;</div>
<div>Her account was deactivated as she had not logged in for a few months (maternity leave). As she is the Main Contact we understand only PCSE can reactivate it. She is copied in.</div><div>&nbsp;</div>
<div>Kind regards</div>
<div><b>Kateřina Nováková</b><br>Compliance &amp; Governance Officer<br>Pearl Dental Partners<br>Pearl House, 18 Newhall Street, Birmingham B3 3PU</div>
</div></body></html>`;
    out.push(build({
      slug: '017-reactivation-dental-main-contact-on-behalf', mailbox: MB, from: ['Pearl Dental Partners - Compliance', 'pearl.compliance@nhs.net'],
      cc: [['ADEYEMI-OKAFOR, Funmilayo (PEARL DENTAL HARBORNE)', 'f.adeyemi-okafor@nhs.net']],
      subject: 'Reactivation request - Main Contact - Pearl Dental Harborne V024390', date: '2026-12-03 10:06:15', client: 'outlook', trace: 'nhsmail',
    }, html(body), exp('account_reactivation', org('V024390', 'dental_practice'), {
      username: 'f.adeyemi-okafor@nhs.net',
    }, [], ['html_only', 'on_behalf', 'shared_mailbox_sender', 'bold_labels', 'hyphenated_name'])));
  }

  // 018 — pharmacy regional manager (ESL) asks PCSE to remove a transferred pharmacist's role.
  {
    const text = `Dear PCSE Team,

I am writing to request you to please remove the roles of Mr ALI Shahid from our Allcare Chemists Narborough Road branch (FKR37) as he is transferred to our Coventry branch from 16th November and he should not have access for Narborough Road anymore.

User name: shahid.ali12@nhs.net
Role to remove: Practice Order Entry Clerk

Please do not deactivate his account fully as Coventry will add him there.

Kindly do the needful.

Regards,
QURESHI Mohammed Irfan
Regional Manager (Leicestershire & Warwickshire)
Allcare Chemists Ltd
0116 496 0900`;
    out.push(build({
      slug: '018-role-removal-pharmacy-transfer', mailbox: MB, from: ['QURESHI Mohammed Irfan', 'irfan.qureshi@nhs.net'],
      subject: 'Remove user roles - Allcare Chemists Narborough Road FKR37', date: '2026-11-23 11:10:58', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('role_removal_request', org('FKR37', 'pharmacy'), {
      username: 'shahid.ali12@nhs.net',
      roles: ['Practice Order Entry Clerk'],
    }, [], ['esl_formula', 'surname_first_caps', 'label_value', 'regional_manager'])));
  }

  // 019 — dental group compliance asks to remove two roles from a leaver; Gmail (Workspace).
  {
    const text = `Hi there,

Lucy O'Brien has left our Bulwell practice (V030118) and joined another company. Please could you remove these roles from her PCSE Online account for Bulwell:

- PL Practice Manager
- Practice Order Entry Clerk

Her user name is lucy.obrien4@nhs.net.

Our practice user admin is on leave at the moment which is why I'm emailing you directly.

Thanks
Yuki

--
Yuki Tanaka-Hughes
Central Compliance Team · Smileworks Dental Group
Central Support Office, 5 Castle Boulevard, Nottingham NG7 1FT`;
    out.push(build({
      slug: '019-role-removal-dental-leaver-two-roles', mailbox: MB, from: ['Yuki Tanaka-Hughes', 'yuki.tanaka-hughes@smileworksdental.co.uk'],
      subject: 'Remove roles from leaver - Smileworks Bulwell V030118', date: '2026-11-24 15:33:09', client: 'gmail', trace: 'google',
    }, alt(plain(text), html(`<div dir="ltr">${gmailDivs(text.split('\n--\n')[0]!)}<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr"><b>Yuki Tanaka-Hughes</b><div>Central Compliance Team · Smileworks Dental Group</div><div>Central Support Office, 5 Castle Boulevard, Nottingham NG7 1FT</div></div></div></div>\n`)), exp('role_removal_request', org('V030118', 'dental_practice'), {
      username: 'lucy.obrien4@nhs.net',
      roles: ['PL Practice Manager', 'Practice Order Entry Clerk'],
    }, [], ['bulleted_roles', 'apostrophe_name', 'corporate_domain', 'dental_group'])));
  }

  // 020 — pharmacist (ESL) sends a practice email update to the wrong mailbox.
  {
    const text = `Hello,

Please update our pharmacy email address as below.

Pharmacy name: Valley Health Pharmacy, Hebden Bridge
ODS code: FT902
Current email: hebdenbridge.pharmacy@valleyhealthpharmacies.co.uk
New email: valleyhealth.hebdenbridge@nhs.net

The new one is our shared NHSmail box, all pharmacists in the branch can access it.

Thank you
ZHANG Wei
Responsible Pharmacist
Valley Health Pharmacy
12 Market Street, Hebden Bridge, HX7 6AA
01632 960 771`;
    out.push(build({
      slug: '020-practice-email-pharmacy-misdirected', mailbox: MB, from: ['ZHANG Wei', 'wei.zhang31@nhs.net'],
      subject: 'Update practice email address', date: '2026-12-02 12:40:33', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('practice_email_update', org('FT902', 'pharmacy'), {
      currentEmail: 'hebdenbridge.pharmacy@valleyhealthpharmacies.co.uk',
      newEmail: 'valleyhealth.hebdenbridge@nhs.net',
    }, [], ['misdirected', 'label_value', 'surname_first_caps', 'east_asian_name'])));
  }

  // 021 — domiciliary operations lead asks a planning question; nothing to do yet.
  {
    const text = `Hi,

Quick question. ClearSight at Home (our domiciliary service) currently works under the GOS contract of our Rotherham store, TPK41. From April we will have a separate mobile contract for the domiciliary unit. Will the mobile unit get its own ODS code, and do we need to do anything with PCSE before then so the domiciliary optometrists can keep submitting GOS claims through PCSE Online? Or can the store's existing user admins just add them to the new code once it exists?

Not asking for any change yet - just want to plan ahead.

Cheers
Ruairí

Ruairí MacGiolla
Domiciliary Operations Lead
ClearSight at Home (ClearSight Opticians Ltd)
07700 900 540`;
    out.push(build({
      slug: '021-question-domiciliary-contract', mailbox: MB, from: ['Ruairí MacGiolla', 'ruairi.macgiolla@nhs.net'],
      subject: 'Domiciliary optometrists - PCSE Online access question', date: '2026-11-26 11:55:41', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('unclassified', null, {}, [], ['question', 'domiciliary', 'mentions_admins', 'non_ascii_name'])));
  }

  // 022 — chaser (ESL) on a PCSE reference, quoting PCSE's acknowledgement.
  {
    const text = `Dear Team,

Kindly update on the above request which we have sent on 23rd November, still the nominee Ms Wróbel has not received any email from PCSE and the claims are pending. Waiting for your kind response.

Thanks and regards
NGUYEN Thi Thu Ha
Regional Operations Manager - North
ClearSight Opticians Ltd

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 23 November 2026 16:05
To: NGUYEN Thi Thu Ha <thuha.nguyen@clearsight-opticians.co.uk>
Subject: Your enquiry [PCSE-2026-118734] has been received - Request for OPTO User admin - ClearSight Doncaster TPK58

Thank you for contacting Primary Care Support England. Your enquiry has been logged with the reference PCSE-2026-118734. Please quote this reference in any further correspondence about this enquiry.

We aim to respond within 5 working days.

Primary Care Support England`;
    out.push(build({
      slug: '022-chaser-optical-pcse-ref', mailbox: MB, from: ['NGUYEN Thi Thu Ha', 'thuha.nguyen@clearsight-opticians.co.uk'],
      subject: 'RE: Your enquiry [PCSE-2026-118734] has been received - Request for OPTO User admin - ClearSight Doncaster TPK58', date: '2026-12-04 09:15:26', client: 'outlook', trace: 'm365',
    }, outlook(text), exp('unclassified', null, {}, [], ['chaser', 'pcse_reference', 'esl_formula', 'quoted_acknowledgement'])));
  }

  // 023 — area manager's out-of-office in reply to PCSE's acknowledgement.
  {
    const text = `Thank you for your email. I am on annual leave from Wednesday 25th November, returning Monday 7th December, with no access to emails.

For urgent branch matters please contact the Black Country support line on 0121 496 0999 or email kestrel.areasupport@nhs.net.

Harpreet Kaur Sandhu
Area Manager – Black Country, Kestrel Pharmacy Ltd`;
    out.push(build({
      slug: '023-auto-reply-area-manager-leave', mailbox: MB, from: ['SANDHU, Harpreet Kaur (KESTREL PHARMACY LTD)', 'harpreet.sandhu@nhs.net'],
      subject: 'Automatic reply: Your enquiry [PCSE-2026-119020] has been received - Verification link for branch manager - Kestrel Bilston FW551',
      date: '2026-11-25 09:31:04', client: 'outlook', trace: 'nhsmail',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'harpreet.sandhu@nhs.net']],
    }, outlook(text), exp('unclassified', null, {}, [], ['auto_reply', 'pcse_reference', 'alternative_address'], 'auto_reply')));
  }

  // 024 — GP partner's Open Exeter permissions request sent to portalenquiries.
  {
    const text = `Hello,

I am one of the GP partners at Greenhill Surgery (B86047). Could our practice nurse Agata Kamińska please be given access to the Prior Notification List in Open Exeter? She already has an Open Exeter account, user ID AKAMINSKA01, email agata.kaminska@nhs.net, but at the moment she can only see cytology results and she is taking over the PNL work from next week.

Many thanks
Nkechi

Dr Nkechi Obi-Nwosu
GP Partner
Greenhill Surgery, 4 Greenhill Road, Leeds LS12 3QE
0113 496 0505

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '024-oe-permissions-misdirected', mailbox: MB, from: ['OBI-NWOSU, Nkechi (GREENHILL SURGERY)', 'nkechi.obi-nwosu@nhs.net'],
      subject: 'Open Exeter access for our practice nurse', date: '2026-11-30 13:22:18', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('open_exeter_additional_permissions', org('B86047', 'gp_practice'), {
      user: { ...person('Agata Kamińska', 'agata.kaminska@nhs.net'), username: 'AKAMINSKA01' },
      permissions: ['Prior Notification List'],
      signatory: { ...person('Nkechi Obi-Nwosu', 'nkechi.obi-nwosu@nhs.net'), role: 'gp_partner' },
    }, [], ['misdirected', 'nhsmail_display_name', 'non_ascii_name', 'abbreviation_pnl'])));
  }

  // 025 — PCN digital champion: a scanned GPP form, details only in the subject and the scan.
  {
    const pdf = await gppTypedScan('p025', {
      practice: 'Sutton Road Health Centre', code: 'C84109', address: '2 Sutton Road, Kirkby-in-Ashfield, NG17 8GY',
      title: 'Mrs', firstName: 'Joanne', surname: 'Whitworth-Hale', jobTitle: 'Practice Manager', email: 'joanne.whitworth-hale@nhs.net', phone: '0115 496 0312',
      approverName: 'Dr Oluwaseun Ajayi', approverRole: 'GP Partner', approverEmail: 'oluwaseun.ajayi@nhs.net', date: '27/11/2026',
    });
    const text = `Hi, form attached. Thanks

Sanjay Bhattacharya | PCN Digital Champion | Ashfield Vale PCN`;
    out.push(build({
      slug: '025-gpp-scanned-form-terse', mailbox: MB, from: ['Sanjay Bhattacharya', 'sanjay.bhattacharya2@nhs.net'],
      subject: 'GPP admin form - Sutton Road HC C84109', date: '2026-11-30 09:12:47', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('Scan_20261130_090533.pdf', pdf)), exp('user_admin_nomination', org('C84109', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Joanne Whitworth-Hale', 'joanne.whitworth-hale@nhs.net'),
      approver: { ...person('Oluwaseun Ajayi', 'oluwaseun.ajayi@nhs.net'), role: 'GP Partner' },
    }, [], ['scan_image_only', 'terse', 'details_only_in_attachment', 'pcn_writes_for_practice', 'hyphenated_name'])));
  }

  return out;
}
