// portalenquiries mail of corpus-55 (writer AY): requests sent by ICB teams, federations, CSU desks, agencies and
// management companies for practices, and the bulletins, invitations, phishing, complaints and automatic mail around them.
import { dt, exp, gmailHtml, org, outlook, p, unclassified } from './common.js';
import { addr, build, calendar, external, mixed, nhsmail, pdf, report, text, html, alt, toHtml, type Built } from './lib.js';
import { flatForm, scanForm } from './pdfs.js';

const M = 'portalenquiries' as const;

export async function portal(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 GPP nomination sent by an ICB primary care team for a practice, fillable certification form
  const gppPdf = await flatForm({
    title: 'GP Payments and Pensions (GPP) Practice User Administrator Certification Form',
    intro: 'Complete this form when a practice needs a GPP Practice User Administrator. A practice may have up to four. Return it to pcse.portalenquiries@nhs.net.',
    sections: [
      { heading: 'Section 1: Practice', rows: [['Practice name', 'Brookhouse Medical Practice'], ['Practice ODS code', 'P81044'], ['Address', '2 Brookhouse Lane, Garstang, Preston, PR3 1QE']] },
      { heading: 'Section 2: Nominated user administrator', rows: [['Full name', 'Yetunde Adebayo-Clarke'], ['Job title', 'Practice Business Manager'], ['Email address', 'yetunde.adebayo-clarke@nhs.net'], ['Telephone', '01995 604 218']] },
      { heading: 'Section 3: Organisation approver', rows: [['Approver name', 'Dr Ciarán Mac Giolla'], ['Position', 'GP Partner'], ['Approver email', 'c.macgiolla@nhs.net']] },
    ],
    signature: { label: 'Signature of approver', seed: 'macgiolla', date: '24/11/2026' },
    footer: 'PCSE GPP UA Certification v2.4',
  }, true);
  out.push(build({
    mailbox: M, slug: '001-icb-gpp-cert-on-behalf', extra: nhsmail('10.4.1.2'),
    from: addr('QUAYLE, Harriet (NHS LANCASHIRE AND SOUTH CUMBRIA ICB - 00R)', 'harriet.quayle@nhs.net'),
    cc: addr('Yetunde Adebayo-Clarke', 'yetunde.adebayo-clarke@nhs.net'),
    subject: 'GPP user administrator - Brookhouse Medical Practice P81044', date: dt(1, '09:12'), id: 'LO2P265MB0011A1@LO2P265MB0011.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Dear PCSE colleagues,

I am writing on behalf of Brookhouse Medical Practice (P81044), one of the practices in our Fylde & Wyre locality, who currently have no GPP Practice User Administrator since their previous manager retired.

Please find attached the completed certification form. The nominee is their new Practice Business Manager, Yetunde Adebayo-Clarke (copied in). The form has been signed by Dr Ciarán Mac Giolla, GP Partner.

Any queries about the form please come back to me rather than the practice, as they are short-staffed this week.

Many thanks,
Harriet

Harriet Quayle
Primary Care Contracts Officer
NHS Lancashire and South Cumbria ICB
`), pdf('Brookhouse GPP UA cert.pdf', gppPdf)),
    expected: exp('user_admin_nomination', org('P81044', 'gp_practice'), {
      service: 'GPP', nominee: p('Yetunde Adebayo-Clarke', 'yetunde.adebayo-clarke@nhs.net'), approver: { ...p('Ciarán Mac Giolla', 'c.macgiolla@nhs.net'), role: 'GP Partner' },
    }, ['on_behalf_icb', 'pdf_acroform', 'non_ascii_name', 'nhsmail_display_name']),
  }));

  // 002 PL nomination from a GP federation, CQC Registered Manager copied in and approving in prose
  out.push(build({
    mailbox: M, slug: '002-federation-pl-cqc-cc', extra: nhsmail('10.4.1.3'),
    from: addr('Marcus Fairbairn', 'marcus.fairbairn@nhs.net'),
    cc: `${addr('Dr Anjali Raghunathan', 'anjali.raghunathan@nhs.net')}, ${addr('Harewood Surgery Admin', 'harewood.surgery@nhs.net')}`,
    subject: 'PL Organisation Administrator request – Harewood Surgery', date: dt(1, '10:47'), id: 'CWLP265MB2002@CWLP265MB2002.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi PCSE team,

Harewood Surgery (L83027) is one of our member practices and has asked the Federation to send this in for them.

They would like Bartosz Wiśniewski, their Operations Lead, set up as a PL Organisation Administrator so he can manage Performers List access for the practice. His NHSmail is bartosz.wisniewski@nhs.net.

Dr Anjali Raghunathan, the practice's CQC Registered Manager, is copied into this email and has confirmed she approves the nomination.

Thanks in advance

Marcus Fairbairn
Operations Manager
Exe Valley GP Federation
07700 900 412
`),
    expected: exp('user_admin_nomination', org('L83027', 'gp_practice'), {
      service: 'PL', nominee: p('Bartosz Wiśniewski', 'bartosz.wisniewski@nhs.net'), approver: { ...p('Anjali Raghunathan', 'anjali.raghunathan@nhs.net'), role: 'CQC Registered Manager' },
    }, ['on_behalf_federation', 'approver_in_cc', 'non_ascii_name']),
  }));

  // 003 PCN nomination by a PCN manager with a flat form, ICB approver in a table
  const pcnPdf = await flatForm({
    title: 'PCN User Administrator Nomination',
    intro: 'For a Primary Care Network with no user administrator. Must be approved by an ICB approver on the NHSE Authorised Email List.',
    sections: [
      { heading: 'PCN', rows: [['PCN name', 'Wyre Forest South PCN'], ['PCN code', 'U47219']] },
      { heading: 'Nominee', rows: [['Name', 'Kerry-Ann Ferguson'], ['Role', 'PCN Operations Manager'], ['Email', 'kerryann.ferguson1@nhs.net']] },
      { heading: 'ICB approver', rows: [['Name', 'Mohammed Rafiq Chaudhry'], ['Job title', 'Primary Care Contracts Manager'], ['Organisation', 'NHS Herefordshire and Worcestershire ICB'], ['Email', 'm.chaudhry4@nhs.net']] },
    ],
    signature: { label: 'ICB approver signature', seed: 'chaudhry', date: '27 November 2026' },
    footer: 'PCN UA nomination',
  });
  out.push(build({
    mailbox: M, slug: '003-pcn-manager-ael-table', extra: nhsmail('10.4.1.4'),
    from: addr('Kerry-Ann Ferguson', 'kerryann.ferguson1@nhs.net'),
    cc: addr('Chaudhry Mohammed Rafiq', 'm.chaudhry4@nhs.net'),
    subject: 'PCN user admin nomination - Wyre Forest South PCN (U47219)', date: dt(1, '14:05'), id: 'AM9P265MB3003@AM9P265MB3003.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Good afternoon,

Our PCN does not have a user administrator on PCSE Online. Please find the nomination form attached, approved by our ICB.

| PCN | Wyre Forest South PCN |
| PCN code | U47219 |
| Nominee | Kerry-Ann Ferguson, PCN Operations Manager |
| Nominee email | kerryann.ferguson1@nhs.net |
| ICB approver | Mohammed Rafiq Chaudhry, Primary Care Contracts Manager |
| Approver email | m.chaudhry4@nhs.net |

Mohammed is on the Authorised Email List for the ICB and is copied in.

Kind regards
Kerry-Ann
`), pdf('WFS PCN UA nomination.pdf', pcnPdf)),
    expected: exp('user_admin_nomination', org('U47219', 'pcn'), {
      service: 'PCN', nominee: p('Kerry-Ann Ferguson', 'kerryann.ferguson1@nhs.net'), approver: { ...p('Mohammed Rafiq Chaudhry', 'm.chaudhry4@nhs.net'), role: 'Primary Care Contracts Manager' },
    }, ['table', 'pdf_flat', 'nominee_is_sender', 'approver_in_cc']),
  }));

  // 004 OPTO nomination from an optical practice-management company, scanned form signed by the contract holder
  const optoScan = await scanForm({
    title: 'Ophthalmic Payments - OPTO User Administrator Nomination',
    intro: 'To be completed and signed by the contract holder of the ophthalmic practice.',
    sections: [
      { heading: 'Practice', rows: [['Practice name', 'Fenwick & Daughters Opticians'], ['ODS code', 'TPK41']] },
      { heading: 'Nominee', rows: [['Name', 'Aoife Brennan'], ['Email', 'aoife.brennan@fenwickopticians.co.uk']] },
      { heading: 'Contract holder', rows: [['Name', 'Gwilym Pritchard'], ['Email', 'g.pritchard@fenwickopticians.co.uk']] },
    ],
    signature: { label: 'Signature of contract holder', seed: 'pritchard', date: '25/11/26' },
    footer: 'OPTO UA nomination form',
  }, 'opto-fenwick', 1.4);
  out.push(build({
    mailbox: M, slug: '004-opto-mgmt-company-scan', extra: external('clearsightps.co.uk'),
    from: addr('ClearSight Practice Services - Support', 'support@clearsightps.co.uk'),
    cc: addr('Gwilym Pritchard', 'g.pritchard@fenwickopticians.co.uk'),
    subject: 'OPTO admin nomination for client TPK41', date: dt(2, '08:31'), id: '20261202083112.4f1a@clearsightps.co.uk',
    body: mixed(text(`Hello,

We provide practice administration for Fenwick & Daughters Opticians (TPK41). Please see the attached scanned nomination form making Aoife Brennan (aoife.brennan@fenwickopticians.co.uk) an OPTO user administrator for the practice.

The form is signed by the practice's contract holder, Gwilym Pritchard, who is copied in.

Regards,
Nadia Brightwell
Client Support Team
ClearSight Practice Services Ltd | Unit 4, Mill Yard, Hexham NE46 3AP
`), pdf('scan_20261202_0829.pdf', optoScan)),
    expected: exp('user_admin_nomination', org('TPK41', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: p('Aoife Brennan', 'aoife.brennan@fenwickopticians.co.uk'), approver: { ...p('Gwilym Pritchard', 'g.pritchard@fenwickopticians.co.uk'), role: 'Contract Holder' },
    }, ['on_behalf_company', 'pdf_scan', 'non_nhs_sender', 'approver_in_cc']),
  }));

  // 005 PCN nomination approved by the clinical director himself, not the ICB
  out.push(build({
    mailbox: M, slug: '005-pcn-cd-self-approves', extra: nhsmail('10.4.1.5'),
    from: addr('OKONKWO-BARNES, Efosa (DR)', 'efosa.okonkwo-barnes@nhs.net'),
    cc: addr('Lucy Tremayne', 'lucy.tremayne@nhs.net'),
    subject: 'Riverside Central PCN - user admin', date: dt(2, '12:19'), id: 'LO6P265MB5005@LO6P265MB5005.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear Sir/Madam

Riverside Central PCN (U82310) needs a PCN user administrator. Please set up Lucy Tremayne, our PCN Business Manager, lucy.tremayne@nhs.net.

Our ICB approver left in October and the post has not been filled, so as Clinical Director I am approving this myself. I am not on the ICB's authorised email list but I hope this is acceptable in the circumstances.

Regards
Dr Efosa Okonkwo-Barnes
Clinical Director, Riverside Central PCN
`),
    expected: exp('user_admin_nomination', org('U82310', 'pcn'), {
      service: 'PCN', nominee: p('Lucy Tremayne', 'lucy.tremayne@nhs.net'), approver: { ...p('Efosa Okonkwo-Barnes', 'efosa.okonkwo-barnes@nhs.net'), role: 'Clinical Director' },
    }, ['approver_is_sender', 'nhsmail_display_name'], ['approver_not_on_ael']),
  }));

  // 006 Main contact change logged by a CSU IT service desk ticket
  out.push(build({
    mailbox: M, slug: '006-csu-ticket-main-contact', extra: nhsmail('10.4.1.6'),
    from: addr('MLCSU IT Service Desk', 'mlcsu.servicedesk@nhs.net'),
    cc: addr('Sandra Olumide', 'sandra.olumide@nhs.net'),
    subject: '[INC0482213] Request for PCSE - change of main contact - M85063', date: dt(2, '15:40'), id: 'INC0482213.77@mlcsu-servicenow.nhs.net',
    body: outlook(`*** This is a message from the MLCSU IT Service Desk. Please keep the reference [INC0482213] in the subject when replying. ***

Incident: INC0482213
Caller: Sandra Olumide (Practice Manager)
Site: Castle Mead Surgery
ODS: M85063
Category: Third party - PCSE

Description:
Caller asks us to pass this to PCSE. Castle Mead Surgery's main contact for Supplies and Medical Records needs changing from Sandra Olumide (leaving 18/12) to:

New main contact: Thomas Ashdown-Reyes (Deputy Practice Manager)
Email: thomas.ashdownreyes@nhs.net

Sandra is copied in and has authorised the change.

Assigned to: Service Desk Tier 1 - Kelly Marsh
`, false),
    expected: exp('main_contact_change', org('M85063', 'gp_practice'), {
      newMainContact: p('Thomas Ashdown-Reyes', 'thomas.ashdownreyes@nhs.net'),
    }, ['on_behalf_csu', 'ticket_format', 'foreign_reference']),
  }));

  // 007 Main contact change for a dental practice sent by a local dental committee secretary
  out.push(build({
    mailbox: M, slug: '007-ldc-dental-main-contact', extra: nhsmail('10.4.1.7'),
    from: addr('Secretary, Avon Local Dental Committee', 'avonldc.secretary@nhs.net'),
    subject: 'Main contact - Smile Studio Dental Care', date: dt(3, '09:02'), id: 'DB9P265MB7007@DB9P265MB7007.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear PCSE,

I'm contacting you on behalf of one of our practices, Smile Studio Dental Care (V029384), whose owner is unable to get through on the phone.

Their main contact has left. The practice wants the new main contact to be Ngozi Eze-Whitfield, their Practice Manager, email ngozi.eze-whitfield@nhs.net.

The practice owner, Dr Pieter van der Berg, has asked me to confirm that he agrees.

Best wishes
Rosalind Achterberg
Secretary, Avon LDC
`),
    expected: exp('main_contact_change', org('V029384', 'dental_practice'), {
      newMainContact: p('Ngozi Eze-Whitfield', 'ngozi.eze-whitfield@nhs.net'),
    }, ['on_behalf_ldc', 'third_party_names']),
  }));

  // 008 Locum agency asks for a verification link for its locum GP: not their own account
  out.push(build({
    mailbox: M, slug: '008-locum-agency-verification', extra: external('kestrelmedlocums.co.uk'),
    from: addr('Kestrel Medical Locums - Compliance', 'compliance@kestrelmedlocums.co.uk'),
    subject: 'Verification link not received - Dr Begum-Hossain', date: dt(3, '11:26'), id: 'CAK2x9@kestrelmedlocums.co.uk',
    body: gmailHtml(`Hi there,

One of our locum GPs, Dr Rashida Begum-Hossain (GMC 7145632), registered on PCSE Online last week but the verification link never arrived, and it has now expired.

Could you please send a new verification link to her GMC-registered email address, rashida.begum-hossain@nhs.net? She is on placement without internet access most days so we are chasing it for her.

Many thanks
Callum Whyte
Compliance Coordinator | Kestrel Medical Locums
0117 496 0731
`),
    expected: exp('verification_link_resend', null, { accountEmail: 'rashida.begum-hossain@nhs.net', gmcNumber: '7145632' }, ['on_behalf_agency', 'html_only', 'non_nhs_sender'], ['not_own_account']),
  }));

  // 009 A GP asks for his own verification link from his phone
  out.push(build({
    mailbox: M, slug: '009-gp-own-verification-iphone', extra: nhsmail('10.4.1.9'),
    from: addr('Tomasz Zieliński', 'tomasz.zielinski2@nhs.net'),
    subject: 'Verification link', date: dt(3, '19:55'), id: '7F3C2E1A-9D0B-4F3E-8F1A-00A9009@nhs.net',
    body: text(`Hi, my link has expired - please can you resend the verification link for PCSE Online to this email. GMC no. 6098214.

Thanks
Tomasz

Sent from my iPhone`),
    expected: exp('verification_link_resend', null, { accountEmail: 'tomasz.zielinski2@nhs.net', gmcNumber: '6098214' }, ['terse', 'mobile', 'non_ascii_name']),
  }));

  // 010 CSU service desk asks for an unlock on behalf of a practice manager
  out.push(build({
    mailbox: M, slug: '010-csu-unlock-on-behalf', extra: nhsmail('10.4.1.10'),
    from: addr('NECS IT Service Desk', 'necsu.itservicedesk@nhs.net'),
    subject: 'RE: Call ref 1182045 - PCSE Online account locked', date: dt(4, '08:14'), id: 'necs-1182045-2@nhs.net',
    body: outlook(`Hello PCSE,

We have had a call from Millbrook Health Centre (J82155). Their practice manager, Priya Venkataraman, has locked her PCSE Online account after entering the wrong password five times. We understand only PCSE can unlock it.

Username: priya.venkataraman@nhs.net

Please can you unlock the account and reply to the practice directly.

Regards
Dean Hollis
IT Service Desk Analyst
North of England Commissioning Support
`),
    expected: exp('account_unlock', org('J82155', 'gp_practice'), { username: 'priya.venkataraman@nhs.net' }, ['on_behalf_csu', 'reply_prefix_without_case']),
  }));

  // 011 Practice-management company asks to reactivate a user admin; the code is mistyped
  out.push(build({
    mailbox: M, slug: '011-mgmt-company-reactivate-bad-code', extra: nhsmail('10.4.1.11'),
    from: addr('Apex Primary Care Management', 'apex.pcm@nhs.net'),
    subject: 'Reactivation of deactivated user administrator account', date: dt(4, '10:03'), id: 'LO4P265MB1011@LO4P265MB1011.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear PCSE Online team

We manage the back office for Linden Grove Surgery (practice code N810921).

Their GPP Practice User Administrator, Mrs Deborah Fairweather, has had her account deactivated because it had not been used for some months. As she is a user administrator we understand she must ask PCSE to reactivate it. She has asked us to send this for her.

Username: deborah.fairweather@nhs.net

Kind regards
Oluwaseun Adeyemi-Grant
Apex Primary Care Management
`),
    expected: exp('account_reactivation', org('N810921', 'gp_practice'), { username: 'deborah.fairweather@nhs.net' }, ['on_behalf_company', 'malformed_ods'], ['ods_invalid']),
  }));

  // 012 Federation HR asks PCSE to remove a leaver's roles
  out.push(build({
    mailbox: M, slug: '012-federation-hr-remove-roles', extra: nhsmail('10.4.1.12'),
    from: addr('Grange Valley Health Partnership HR', 'gvhp.hr@nhs.net'),
    subject: 'Leaver - please remove PCSE roles', date: dt(4, '13:37'), id: 'AS8P265MB2012@AS8P265MB2012.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi

Jasmine Oyelaran left Grange Park Surgery (E84033) on 30 November. Could you please remove her Joiner & Leaver and Practice Estimate and Salary Change roles from her PCSE Online account, username jasmine.oyelaran@nhs.net.

The practice's user administrator is on long-term sick leave, hence HR sending this.

Thanks
Ingrid Solberg
HR Advisor, Grange Valley Health Partnership
`),
    expected: exp('role_removal_request', org('E84033', 'gp_practice'), { username: 'jasmine.oyelaran@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, ['on_behalf_hr', 'roles_in_prose']),
  }));

  // 013 Practice email update sent to the wrong mailbox by an ICB team
  out.push(build({
    mailbox: M, slug: '013-icb-practice-email-misdirected', extra: nhsmail('10.4.1.13'),
    from: addr('NHS Leicester, Leicestershire and Rutland ICB - Primary Care', 'llricb-llr.primarycare@nhs.net'),
    subject: 'Update practice email address', date: dt(7, '09:20'), id: 'LO3P265MB4013@LO3P265MB4013.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Good morning,

On behalf of Ashby Fields Surgery, please update the practice email address held by PCSE:

Practice name: Ashby Fields Surgery
Practice code: C82611
Current practice email: ashbyfields.surgery@nhs.net
New practice email: ashbyfields.admin@nhs.net

The practice has moved to a new shared mailbox as part of the ICB's NHSmail tidy-up.

Regards
Primary Care Team, LLR ICB
`),
    expected: exp('practice_email_update', org('C82611', 'gp_practice'), { currentEmail: 'ashbyfields.surgery@nhs.net', newEmail: 'ashbyfields.admin@nhs.net' }, ['misdirected', 'on_behalf_icb', 'labelled_lines']),
  }));

  // 014 GPP nomination from a PCN manager naming four existing admins: a fifth
  out.push(build({
    mailbox: M, slug: '014-pcn-manager-fifth-gpp-admin', extra: nhsmail('10.4.1.14'),
    from: addr('Siân Pritchard-Owusu', 'sian.pritchard-owusu@nhs.net'),
    cc: addr('Dr Helen Ó Murchú', 'helen.omurchu@nhs.net'),
    subject: 'Additional GPP user admin - Kingsmead Practice D81077', date: dt(7, '11:48'), id: 'LO2P265MB9014@LO2P265MB9014.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear PCSE

I am the PCN manager for Cam Valley PCN and am writing for Kingsmead Practice (D81077).

The practice would like Rhys Llewellyn-Jones (rhys.llewellyn-jones@nhs.net), Finance Lead, added as a GPP Practice User Administrator. Their current GPP user administrators are:
- Maureen Tattersall
- Dr Oliver Strand
- Dr Helen Ó Murchú
- Farida Rahimi

None of them are leaving. Dr Helen Ó Murchú, Senior Partner, is copied in and approves Rhys's nomination.

Many thanks
Siân Pritchard-Owusu
PCN Manager, Cam Valley PCN
`),
    expected: exp('user_admin_nomination', org('D81077', 'gp_practice'), {
      service: 'GPP', nominee: p('Rhys Llewellyn-Jones', 'rhys.llewellyn-jones@nhs.net'), approver: { ...p('Helen Ó Murchú', 'helen.omurchu@nhs.net'), role: 'Senior Partner' },
    }, ['on_behalf_pcn', 'list_of_existing_admins', 'non_ascii_name', 'approver_in_cc'], ['admin_limit_reached']),
  }));

  // 015 Main contact change for a pharmacy described as a dental practice
  out.push(build({
    mailbox: M, slug: '015-mgmt-company-type-mismatch', extra: nhsmail('10.4.1.15'),
    from: addr('Harbourside Healthcare Group - Compliance', 'harbourside.compliance@nhs.net'),
    subject: 'New main contact', date: dt(7, '15:02'), id: 'DU0P265MB6015@DU0P265MB6015.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hello

Please change the main contact for our dental practice, Harbourside Quay (ODS FW227), to Mateus Carvalho, Site Manager, mateus.carvalho@nhs.net, with immediate effect.

Thanks
Eleanor Vasquez-Hart
Group Compliance Officer
Harbourside Healthcare Group (dental, pharmacy and optical services)
`),
    expected: exp('main_contact_change', org('FW227', 'pharmacy'), { newMainContact: p('Mateus Carvalho', 'mateus.carvalho@nhs.net') }, ['on_behalf_company', 'stated_type_disagrees'], ['ods_type_mismatch']),
  }));

  // ---------------- not requests ----------------

  // 016 ICB bulletin mentioning PCSE Online, with the bulletin as a PDF
  const bulletin = await flatForm({
    title: 'Primary Care Bulletin - December 2026',
    sections: [
      { heading: 'In this issue', rows: [['PCSE Online', 'Reminder: keep your user administrators up to date. PCSE Online allows up to four GPP user administrators per practice.'], ['Flu', 'Vaccine uptake dashboard now live'], ['Estates', 'Improvement grant bids close 15 January']] },
    ],
    footer: 'NHS Somerset ICB',
  });
  out.push(build({
    mailbox: M, slug: '016-icb-bulletin-pdf', extra: [...nhsmail('10.4.1.16'), ['List-Unsubscribe', '<mailto:somicb.primarycarecomms@nhs.net?subject=unsubscribe>'], ['Precedence', 'bulk']],
    from: addr('NHS Somerset ICB Primary Care Comms', 'somicb.primarycarecomms@nhs.net'),
    to: 'Undisclosed recipients:;',
    subject: 'Primary Care Bulletin – December 2026 (PCSE Online user admins, flu, estates)', date: dt(1, '07:00'), id: 'bulletin-2026-12@somicb.nhs.net',
    body: mixed(outlook(`Primary Care Bulletin – December 2026

PCSE Online: is your user administrator list up to date? If your only GPP user administrator has left, email pcse.portalenquiries@nhs.net with a certification form. Main contact changes go to the same address.

Flu: the vaccine uptake dashboard is now live.

Estates: improvement grant bids close on 15 January.

You are receiving this because you are on the Somerset primary care distribution list.
`, false), pdf('Primary Care Bulletin Dec 2026.pdf', bulletin)),
    expected: unclassified(['newsletter', 'mentions_pcse_online', 'pdf_not_a_form']),
  }));

  // 017 LMC meeting invitation
  out.push(build({
    mailbox: M, slug: '017-lmc-meeting-invite', extra: nhsmail('10.4.1.17'),
    from: addr('Wessex LMCs Events', 'wessexlmcs.events@nhs.net'),
    subject: 'Invitation: PCSE Online user admin drop-in @ Thu 10 Dec 2026 12:30 - 13:30', date: dt(2, '16:00'), id: 'invite-17@wessexlmcs.nhs.net',
    body: mixed(alt(text(`You have been invited to a drop-in session for practice managers on PCSE Online user administration, nominations and main contacts.

When: Thursday 10 December 2026 12:30-13:30
Where: Microsoft Teams meeting

Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Wessex

Please accept or decline so we know numbers.`), calendar(`BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Wessex LMCs Events:mailto:wessexlmcs.events@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pcse.portalenquiries@nhs.net
SUMMARY:PCSE Online user admin drop-in
DTSTART:20261210T123000Z
DTEND:20261210T133000Z
UID:040000008200E00074C5B7101A82E008000000004B
LOCATION:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR`))),
    expected: unclassified(['meeting_invitation', 'calendar_part']),
  }));

  // 018 Phishing-looking mail
  out.push(build({
    mailbox: M, slug: '018-phishing-password-expiry', extra: external('pcse-online-verify.com', false),
    from: addr('PCSE Online Support', 'no-reply@pcse-online-verify.com'),
    subject: 'ACTION REQUIRED: Your PCSE Online password expires today', date: dt(3, '03:14'), id: '8812731.2281@pcse-online-verify.com',
    body: alt(text(`Dear User,

Your PCSE Online password expires today. To avoid your account being locked, verify your login immediately:

http://pcse-online-verify.com/login?u=portalenquiries

Failure to do so within 24 hours will result in account suspension.

PCSE Online Security Team`), html(`<html><body><p>Dear User,</p><p>Your <b>PCSE Online</b> password expires today. To avoid your account being locked, <a href="http://pcse-online-verify.com/login?u=portalenquiries">verify your login immediately</a>.</p><p>Failure to do so within 24 hours will result in account suspension.</p><p>PCSE Online Security Team</p></body></html>`)),
    expected: unclassified(['phishing', 'unlock_words']),
  }));

  // 019 Formal complaint from a federation
  out.push(build({
    mailbox: M, slug: '019-federation-complaint', extra: nhsmail('10.4.1.19'),
    from: addr('Dr Gareth Llewelyn', 'gareth.llewelyn@nhs.net'),
    subject: 'Complaint - delays processing user administrator nominations', date: dt(4, '17:21'), id: 'LO2P265MB0019@LO2P265MB0019.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`To whom it may concern,

I am writing as Chair of Taff Ely GP Federation to complain about the time it is taking PCSE to process user administrator nominations for our practices. Three practices have been without a GPP user administrator for over six weeks (your references PCSE-2026-004417 and PCSE-2026-004502 among them), which means they cannot process joiners and leavers.

I would like to know what your service standard is and how you intend to meet it. I have copied this to our ICB.

Yours faithfully
Dr Gareth Llewelyn
Chair, Taff Ely GP Federation
`),
    expected: unclassified(['complaint', 'references_in_body', 'request_words']),
  }));

  // 020 Exchange out-of-office reply to a PCSE closure email
  out.push(build({
    mailbox: M, slug: '020-exchange-ooo-to-closure',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'jo.pennington@nhs.net']],
    from: addr('Jo Pennington', 'jo.pennington@nhs.net'),
    subject: 'Automatic reply: PCSE-2026-006102 Your request has been completed', date: dt(7, '08:02'), id: 'auto-020@LO2P265MB0020.GBRP265.PROD.OUTLOOK.COM',
    body: alt(text(`Thank you for your email. I am on annual leave until Monday 4 January 2027 with no access to email.

For urgent PCSE Online matters (user admin, main contact) please contact Hollybush Surgery reception on 01632 960 441 or hollybush.surgery@nhs.net.

Jo Pennington, Practice Manager`), html(toHtml('Thank you for your email. I am on annual leave until Monday 4 January 2027 with no access to email.\n\nFor urgent PCSE Online matters (user admin, main contact) please contact Hollybush Surgery reception on 01632 960 441 or hollybush.surgery@nhs.net.\n\nJo Pennington, Practice Manager'))),
    expected: unclassified(['auto_reply', 'exchange', 'reference_in_subject'], 'auto_reply'),
  }));

  // 021 NHSmail non-delivery report
  out.push(build({
    mailbox: M, slug: '021-nhsmail-ndr',
    from: addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'),
    subject: 'Undeliverable: PCSE-2026-006144 User administrator nomination - further information required', date: dt(7, '10:11'), id: 'ndr-021@LO0P265MB0021.GBRP265.PROD.OUTLOOK.COM',
    body: report(`Your message to r.okafor-lane@nhs.net couldn't be delivered.

r.okafor-lane wasn't found at nhs.net.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Diagnostic information for administrators:
Generating server: LO0P265MB0021.GBRP265.PROD.OUTLOOK.COM
r.okafor-lane@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'`,
    `Reporting-MTA: dns;LO0P265MB0021.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB9999.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Mon, 7 Dec 2026 10:11:00 +0000

Final-Recipient: rfc822;r.okafor-lane@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`,
    `From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
To: r.okafor-lane@nhs.net
Subject: PCSE-2026-006144 User administrator nomination - further information required
Date: Mon, 7 Dec 2026 10:10:40 +0000
Message-ID: <pcse-6144-fi@nhs.net>`),
    expected: unclassified(['bounce', 'nhsmail_ndr', 'reference_in_subject'], 'bounce'),
  }));

  // 022 Thank-you reply to a closure email
  out.push(build({
    mailbox: M, slug: '022-thanks-reply-to-closure', extra: nhsmail('10.4.1.22'),
    from: addr('Lucy Tremayne', 'lucy.tremayne@nhs.net'),
    subject: 'RE: PCSE-2026-005873 Case closed - User administrator nomination', date: dt(8, '09:30'), id: 'LO6P265MB0022@LO6P265MB0022.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Thank you - all working now, I've logged in and can see the user management page.

Lucy

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 07 December 2026 16:44
To: Lucy Tremayne <lucy.tremayne@nhs.net>
Subject: PCSE-2026-005873 Case closed - User administrator nomination

Dear Lucy,

Your nomination as PCN user administrator for Riverside Central PCN has been completed and this case is now closed. A verification link has been sent to you.

Kind regards
PCSE Online Support
`),
    expected: unclassified(['thanks', 'reply_to_closure', 'quoted_request_words']),
  }));

  // 023 CSU desk chaser with both references
  out.push(build({
    mailbox: M, slug: '023-csu-chaser-two-refs', extra: nhsmail('10.4.1.23'),
    from: addr('NECS IT Service Desk', 'necsu.itservicedesk@nhs.net'),
    subject: 'Chasing - Call ref 1179920 / PCSE-2026-005511', date: dt(8, '11:05'), id: 'necs-1179920-5@nhs.net',
    body: outlook(`Hello,

Following up our email of 30 November about a locked account for one of our practices (your reference PCSE-2026-005511). The user still cannot log in. Could you let us know when this will be done?

Regards
Dean Hollis
IT Service Desk Analyst
`),
    expected: unclassified(['chaser', 'reference_in_subject', 'foreign_reference', 'unlock_words']),
  }));

  // 024 Policy question from a locum agency
  out.push(build({
    mailbox: M, slug: '024-agency-policy-question', extra: external('medbridgelocums.co.uk'),
    from: addr('Priyanka Deshpande', 'priyanka@medbridgelocums.co.uk'),
    subject: 'Question - can a locum practice manager be user admin at several practices?', date: dt(8, '14:12'), id: 'CAH9f2q@mail.gmail.com',
    body: gmailHtml(`Hello,

We place interim practice managers with several practices at once. Is it possible for one person to be GPP user administrator at more than one practice using the same NHSmail address, and if so do they need a separate certification form for each practice?

We are not asking for anything to be set up yet, just trying to understand the policy before advising our clients.

Kind regards
Priyanka Deshpande
Medbridge Locums
`),
    expected: unclassified(['policy_question', 'html_only', 'request_words']),
  }));

  // 025 Meeting response (Accepted) from an invitation
  out.push(build({
    mailbox: M, slug: '025-meeting-accepted',
    extra: [['X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAABLAAAA'], ['Content-Class', 'urn:content-classes:calendarmessage']],
    from: addr('Farida Rahimi', 'farida.rahimi@nhs.net'),
    subject: 'Accepted: PCSE Online user admin drop-in', date: dt(8, '16:40'), id: 'accept-025@LO2P265MB0025.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(text('Farida Rahimi has accepted this meeting.'), calendar(`BEGIN:VCALENDAR
METHOD:REPLY
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED:mailto:farida.rahimi@nhs.net
SUMMARY:Accepted: PCSE Online user admin drop-in
UID:040000008200E00074C5B7101A82E008000000004B
DTSTART:20261210T123000Z
END:VEVENT
END:VCALENDAR`, 'REPLY')),
    expected: unclassified(['meeting_response', 'calendar_part']),
  }));

  return out;
}
