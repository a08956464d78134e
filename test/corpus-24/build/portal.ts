// pcse.portalenquiries@nhs.net: user administrators, main contacts, links, locks, deactivations, role removals,
// as practice, pharmacy, dental, optical and PCN staff put them (writer T).
import { mailbox, NHSMAIL_FOOTER, type MailSpec } from './lib.js';
import { gppCertificationAcroform, pcnRequestFlat, scanPdf } from './pdfs.js';
import { scanGppCertification } from './scans.js';
import { org, person, type Email, type Expected } from './types.js';

type Spec = Omit<MailSpec, 'id' | 'mailbox'>;
type Exp = Omit<Expected, 'mailbox'>;
const mk = (slug: string, spec: Spec, expected: Exp): Email => ({
  slug,
  spec: { ...spec, id: `portalenquiries/${slug}`, mailbox: 'portalenquiries' },
  expected: { mailbox: 'portalenquiries', ...expected },
});

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 -------------------------------------------------------------------------------------------------------------
  const gppForm = await gppCertificationAcroform('limes', {
    practiceName: 'The Limes Surgery', odsCode: 'M85063', nomineeName: 'Amanda Clarke-Hughes', nomineeRole: 'Practice Manager',
    nomineeEmail: 'amanda.clarke-hughes@nhs.net', nomineePhone: '0121 496 0738',
    approverName: "Dr Ciarán O'Neill", approverRole: 'GP Partner', approverEmail: 'ciaran.oneill1@nhs.net', date: '09/11/2026',
  });
  out.push(mk('super-user-left-gpp-form', {
    client: 'nhsmail',
    from: { name: 'CLARKE-HUGHES, Amanda (THE LIMES SURGERY)', email: 'amanda.clarke-hughes@nhs.net' },
    subject: 'portal admin form',
    date: 'Mon, 9 Nov 2026 10:42:17 +0000',
    text: `Hello

Hope you are well. Bit of background first, sorry - our previous practice manager (Gill) was the super user for the pensions and payments side of the portal and she retired at the end of August. Since then nobody here has been able to get into the GP payments bit to do the joiners and leavers or the estimates, and our accountants are chasing us for the year end stuff.

I rang the helpline and was told to fill in the certification form and send it to this address, so please find it attached, signed by Dr O'Neill who is one of our partners. I've put myself down as the new admin. Our practice code is M85 063 if you need it.

While I'm writing - we are still waiting for the smartcard for our new salaried GP to come through, but I think that's a different team so please ignore if so!

Many thanks

Amanda

Amanda Clarke-Hughes
Practice Manager
The Limes Surgery
Tel 0121 496 0738 (ext 214)
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'GPP User Admin Cert - Limes.pdf', contentType: 'application/pdf', content: gppForm }],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('M85063', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Amanda Clarke-Hughes', 'amanda.clarke-hughes@nhs.net'), approver: { ...person("Ciarán O'Neill", 'ciaran.oneill1@nhs.net'), role: 'GP Partner' } },
    mustRaise: [],
    traits: ['pdf_acroform', 'generic_field_names', 'loose_role_name', 'background_before_ask', 'second_matter', 'surname_first_display_name', 'apostrophe_name', 'hyphenated_name', 'code_with_space'],
  }));

  // 2 -------------------------------------------------------------------------------------------------------------
  const gppScan = await scanPdf('elmwood', await scanGppCertification('elmwood'), 'RICOH MP C3004ex', new Date('2026-11-10T14:32:07Z'));
  out.push(mk('master-login-gpp-scan', {
    client: 'owa',
    from: { name: 'Elmwood Practice (P84012)', email: 'elmwood.practice@nhs.net' },
    subject: 'gp payments admin - form attached',
    date: 'Tue, 10 Nov 2026 14:51:33 +0000',
    text: `hi

pls find attached the form for the gp payments master login, signed by dr ahmed. Any probs ring me on 0161 496 0412.

thanks
Bev (reception/admin)
`,
    attachments: [{ filename: 'Scan_20261110_143207.pdf', contentType: 'application/pdf', content: gppScan }],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('P84012', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Beverley Nwachukwu', 'b.nwachukwu@nhs.net'), approver: { ...person('Saira Ahmed', 'saira.ahmed@nhs.net'), role: 'GP Partner' } },
    mustRaise: [],
    traits: ['scan_handwritten', 'see_attached', 'shared_mailbox_sender', 'nickname', 'lowercase_informal', 'loose_role_name'],
  }));

  // 3 -------------------------------------------------------------------------------------------------------------
  out.push(mk('admin-rights-new-pm-no-form', {
    client: 'outlook-ios',
    from: { name: 'ADEYEMI, Olufemi (CASTLEGATE HEALTH CENTRE)', email: 'olufemi.adeyemi@nhs.net' },
    subject: 'Admin rights for GP pensions portal',
    date: 'Tue, 10 Nov 2026 19:07:45 +0000',
    text: `Hi there,

Please can you give our new practice manager admin rights on the PCSE portal for the GP payments / pensions side. Her details:

Zoë Ward-Pritchard
zoe.ward-pritchard@nhs.net
07700 900 418

She started on 2.11.26 and is taking over from Mike who has gone to another practice (his access can stay for now as he's still helping us out until Christmas).

I'm the senior partner here and happy to sign whatever form you need, just send it over.

Castlegate Health Centre, practice code K81620

Thanks
Femi

Dr O. Adeyemi
Senior Partner

Get Outlook for iOS
`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('K81620', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Zoë Ward-Pritchard', 'zoe.ward-pritchard@nhs.net'), approver: { ...person('Olufemi Adeyemi', 'olufemi.adeyemi@nhs.net'), role: 'Senior Partner' } },
    mustRaise: [],
    traits: ['loose_role_name', 'no_form', 'non_ascii_name', 'nickname', 'initials_in_signature', 'second_matter', 'mobile_client'],
  }));

  // 4 -------------------------------------------------------------------------------------------------------------
  out.push(mk('pl-admin-cqc-manager-esl', {
    client: 'nhsmail',
    from: { name: 'SZYMAŃSKA, Katarzyna (BROOKFIELD SURGERY)', email: 'katarzyna.szymanska@nhs.net' },
    nameMode: 'Q',
    subject: 'PL admin – Brookfield Surgery',
    date: 'Wed, 11 Nov 2026 08:16:02 +0000',
    text: `Good morning,

I am writing to you because in our surgery nobody is having the access for to approve the changes in performers list since Dr Patel was retire. When the new GP want to join us, the system is asking for the practice to approve and we cannot do it. I was told by the helpdesk that we need "PL admin" and that it must to be requested by the CQC registered manager. This is me, I am the registered manager with CQC for Brookfield Surgery (our practice code D82044).

Please can you set up this admin for my colleague:
Name: Łukasz Wójcik
Position: Assistant Practice Manager
E-mail: lukasz.wojcik@nhs.net

I would like also to ask if I can have the same access also myself later, but for now only Łukasz is fine.

Thank you very much in advance.
Best regards,
Katarzyna Szymańska
Practice Manager
Brookfield Surgery
tel. 01603 496 221
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('D82044', 'gp_practice'),
    fields: { service: 'PL', nominee: person('Łukasz Wójcik', 'lukasz.wojcik@nhs.net'), approver: { ...person('Katarzyna Szymańska', 'katarzyna.szymanska@nhs.net'), role: 'CQC Registered Manager' } },
    mustRaise: [],
    traits: ['esl_writer', 'background_before_ask', 'non_ascii_name', 'rfc2047_q_name', 'rfc2047_subject', 'surname_first_display_name', 'second_matter'],
  }));

  // 5 -------------------------------------------------------------------------------------------------------------
  out.push(mk('pl-admin-fifth-part-timers', {
    client: 'owa',
    from: { name: 'Rhys Pritchard', email: 'rhys.pritchard@nhs.net' },
    subject: 'Additional performers list admin please - Harbourside FP',
    date: 'Wed, 11 Nov 2026 13:28:40 +0000',
    text: `Dear PCSE,

We currently have four people set up as "PL Organisation Administrator" for Harbourside Family Practice (L83107): myself, Julie Penrose, Sam Trebilcock and Dr Anna Hocking. Julie and Sam both work part time and Anna is on maternity leave until June, so most days there is nobody in who can approve the performers list stuff.

Could you please add one more - Nguyễn Thị Mai (she goes by Mai), our new operations manager, email mai.nguyen14@nhs.net. If we can only have four then please let me know and I'll ask Anna to step down for the time being, but I'd rather not.

I am the CQC Registered Manager for the practice and I confirm this nomination.

Regards
Rhys

Dr Rhys Pritchard
Harbourside Family Practice
01326 496330
`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('L83107', 'gp_practice'),
    fields: { service: 'PL', nominee: person('Nguyễn Thị Mai', 'mai.nguyen14@nhs.net'), approver: { ...person('Rhys Pritchard', 'rhys.pritchard@nhs.net'), role: 'CQC Registered Manager' } },
    mustRaise: ['admin_limit_reached'],
    traits: ['fifth_admin', 'non_ascii_name', 'nickname', 'other_names_listed', 'background_before_ask'],
  }));

  // 6 -------------------------------------------------------------------------------------------------------------
  out.push(mk('opto-manager-access-contract-holder', {
    client: 'exchange',
    from: { name: 'Rajiv Menon', email: 'rajiv@clearview-opticians.co.uk' },
    subject: 'portal access for my manager',
    date: 'Thu, 12 Nov 2026 09:03:55 +0000',
    text: `Hi

I am the owner and contract holder at Clearview Opticians (code TPK31). My dispensing manager needs the manager access on the PCSE portal so she can put the GOS claims through and set up the others (we had a locum optom in last month who couldnt get on at all). Can you please set her up as the admin.

Her name is Siobhán Gallagher
email siobhan.gallagher@clearview-opticians.co.uk

Cheers
Raj

Rajiv Menon BSc MCOptom
Contract Holder
Clearview Opticians, 22 Fore Street, Redruth TR15 2AZ
01209 496117
`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('TPK31', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Siobhán Gallagher', 'siobhan.gallagher@clearview-opticians.co.uk'), approver: { ...person('Rajiv Menon', 'rajiv@clearview-opticians.co.uk'), role: 'Contract Holder' } },
    mustRaise: [],
    traits: ['loose_role_name', 'service_implied', 'non_nhs_domain', 'nickname', 'non_ascii_name'],
  }));

  // 7 -------------------------------------------------------------------------------------------------------------
  out.push(mk('opto-admin-pharmacy-code', {
    client: 'nhsmail',
    from: { name: 'Gareth Pugh', email: 'gareth.pugh2@nhs.net' },
    cc: mailbox('Helen Ashworth', 'helen.ashworth@nhs.net'),
    subject: 'Opticians user admin request',
    date: 'Thu, 12 Nov 2026 15:40:12 +0000',
    text: `Good afternoon

I look after the optical side of Pennine Pharmacy & Opticians in Hebden Bridge. We are an opticians (GOS contract) within the pharmacy building and our code is FW371.

We need someone who can create users for the ophthalmic payments part of PCSE Online. Please could you set me up as the OPTO user admin:

Gareth Pugh, Optical Manager, gareth.pugh2@nhs.net

Our contract holder is Mrs Helen Ashworth (helen.ashworth@nhs.net, copied in) who is happy to approve.

Also - do we need a separate login for the pharmacy side? Not urgent.

Thanks
Gareth
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('FW371', 'pharmacy'),
    fields: { service: 'OPTO', nominee: person('Gareth Pugh', 'gareth.pugh2@nhs.net'), approver: { ...person('Helen Ashworth', 'helen.ashworth@nhs.net'), role: 'Contract Holder' } },
    mustRaise: ['ods_type_mismatch'],
    traits: ['stated_type_disagrees_with_code', 'approver_in_cc', 'second_matter', 'self_nomination'],
  }));

  // 8 -------------------------------------------------------------------------------------------------------------
  const pcnForm = await pcnRequestFlat('northwolds', {
    pcnName: 'North Wolds PCN', pcnCode: 'U47210', nomineeName: 'Thomas Ellerby', nomineeRole: 'PCN Manager', nomineeEmail: 'thomas.ellerby@nhs.net', nomineePhone: '01377 496 104',
    approverName: 'Fiona Morrison', approverRole: 'Senior Primary Care Contracts Manager', approverOrg: 'NHS Humber and North Yorkshire ICB', approverEmail: 'fiona.morrison7@nhs.net', date: '11 November 2026',
  });
  out.push(mk('pcn-admin-icb-approver-form', {
    client: 'nhsmail',
    from: { name: 'MORRISON, Fiona (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', email: 'fiona.morrison7@nhs.net' },
    cc: mailbox('ELLERBY, Thomas (NORTH WOLDS PCN)', 'thomas.ellerby@nhs.net'),
    subject: 'PCN user admin request - North Wolds PCN',
    date: 'Fri, 13 Nov 2026 11:12:29 +0000',
    text: `Dear colleagues,

Please find attached a request for a PCN user administrator for North Wolds PCN (U47210). I am listed on the NHSE Authorised Email List as an approver for the ICB and I approve this request.

The PCN have not had a user admin since their previous manager left in the spring and have been unable to set their ARRS staff up on the portal. Tom (cc'd) is their PCN Manager.

Kind regards

Fiona Morrison
Senior Primary Care Contracts Manager
NHS Humber and North Yorkshire Integrated Care Board
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'North Wolds PCN - PCSE user admin request.pdf', contentType: 'application/pdf', content: pcnForm }],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('U47210', 'pcn'),
    fields: { service: 'PCN', nominee: person('Thomas Ellerby', 'thomas.ellerby@nhs.net'), approver: { ...person('Fiona Morrison', 'fiona.morrison7@nhs.net'), role: 'Senior Primary Care Contracts Manager' } },
    mustRaise: [],
    traits: ['pdf_flat', 'word_export', 'icb_approver_sender', 'nickname', 'surname_first_display_name'],
  }));

  // 9 -------------------------------------------------------------------------------------------------------------
  out.push(mk('pcn-lead-user-cd-approves', {
    client: 'owa',
    from: { name: 'Priya Raghunathan', email: 'priya.raghunathan@nhs.net' },
    cc: mailbox('Marcus Fenwick-Hale', 'marcus.fenwick-hale@nhs.net'),
    subject: 'Lead user for our PCN??',
    date: 'Mon, 16 Nov 2026 10:05:18 +0000',
    text: `Hi PCSE team,

We are a fairly new PCN (went live in April) and we've realised nobody has the PCN admin login to add our staff onto PCSE Online. I've been told I need to be the "lead user" for the PCN.

My details: Priya Raghunathan, PCN Business Manager, priya.raghunathan@nhs.net, 01278 496 540
PCN: Riverside & Levels PCN
PCN code U81936

Our Clinical Director Dr Marcus Fenwick-Hale has approved this (he's cc'd). He isn't from the ICB, he is one of the GP partners at Levels Surgery and our CD - I hope that's OK? We don't really have a contact at the ICB for this.

Thanks
Priya
`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('U81936', 'pcn'),
    fields: { service: 'PCN', nominee: person('Priya Raghunathan', 'priya.raghunathan@nhs.net'), approver: { ...person('Marcus Fenwick-Hale', 'marcus.fenwick-hale@nhs.net'), role: 'Clinical Director' } },
    mustRaise: ['approver_not_on_ael'],
    traits: ['loose_role_name', 'self_nomination', 'approver_in_cc', 'approver_not_icb', 'hyphenated_name'],
  }));

  // 10 ------------------------------------------------------------------------------------------------------------
  out.push(mk('add-main-contact-pharmacy-fcode', {
    client: 'outlook-android',
    from: { name: 'Hassan Karimi', email: 'hassan.karimi@nhs.net' },
    subject: 'Add new person PCSE supplies',
    date: 'Mon, 16 Nov 2026 12:47:51 +0000',
    text: `Hi,

Can you please add Ayşe Yılmaz as the main contact on PCSE for Hillcrest Pharmacy. Our F-code is FJ6 21. The main contact at the moment is our old manager Darren who left in September so we can't order anything on the supplies side.

Ayşe's email is ayse.yilmaz2@nhs.net

Many thanks
Hassan Karimi
Superintendent Pharmacist
Hillcrest Pharmacy
07700 900771

Get Outlook for Android
`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('FJ621', 'pharmacy'),
    fields: { newMainContact: person('Ayşe Yılmaz', 'ayse.yilmaz2@nhs.net') },
    mustRaise: [],
    traits: ['misused_verb_add', 'loose_code_name', 'code_with_space', 'non_ascii_name', 'mobile_client'],
  }));

  // 11 ------------------------------------------------------------------------------------------------------------
  out.push(mk('key-holder-dental-uppercase', {
    client: 'nhsmail',
    from: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net' },
    subject: 'RE: SMILE STUDIO DENTAL - CHANGE OF KEY HOLDER',
    date: 'Tue, 17 Nov 2026 08:31:06 +0000',
    text: `Dear Sir/Madam

RE: SMILE STUDIO DENTAL - V-CODE V045871 (contract no. 1048 2263)

We need to change who is the key holder on PCSE for ordering our supplies. I believe you call this the main contact. Our previous receptionist had it and she left some time ago.

Please change this to our practice manager, Mrs Debbie Fairclough, email DEBBIE.FAIRCLOUGH@NHS.NET

Yours faithfully
Dr K. Asante BDS
Principal Dentist
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('V045871', 'dental_practice'),
    fields: { newMainContact: person('Debbie Fairclough', 'debbie.fairclough@nhs.net') },
    mustRaise: [],
    traits: ['loose_role_name', 'uppercase_email', 'contract_number_distractor', 'initials_in_signature', 'honorific'],
  }));

  // 12 ------------------------------------------------------------------------------------------------------------
  out.push(mk('main-contact-short-code', {
    client: 'nhsmail',
    from: { name: 'Natasha Okonkwo-Bell', email: 'n.okonkwo-bell@nhs.net' },
    subject: 'change of main contact',
    date: 'Tue, 17 Nov 2026 09:58:44 +0000',
    text: `Good morning,

Please could you change the main contact for Ashby Road Surgery (practice code C8201) from Dr Lewis to myself, as I've taken over the ordering and the records side.

Natasha Okonkwo-Bell
n.okonkwo-bell@nhs.net
Operations Manager

Thank you!
Tasha
`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('C8201', 'gp_practice'),
    fields: { newMainContact: person('Natasha Okonkwo-Bell', 'n.okonkwo-bell@nhs.net') },
    mustRaise: ['ods_invalid'],
    traits: ['malformed_code', 'self_nomination', 'nickname', 'hyphenated_name'],
  }));

  // 13 ------------------------------------------------------------------------------------------------------------
  out.push(mk('pcse-login-person-optical-html', {
    client: 'nhsmail',
    from: { name: 'Kingfisher Eyecare', email: 'kingfisher.eyecare@nhs.net' },
    subject: 'Our PCSE login person',
    date: 'Tue, 17 Nov 2026 16:22:30 +0000',
    htmlOnly: true,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<div>
<p>Hello,</p>
<p>&nbsp;</p>
<p>Peter Hollis has retired so the PCSE login person for ordering our supplies (the main contact I think) needs to be <b>Joanne Whitlock-Barnes</b> from now on &ndash; her email is <a href="mailto:joanne.whitlockbarnes@nhs.net">joanne.whitlockbarnes@nhs.net</a>.</p>
<p>&nbsp;</p>
<p>Our site code is <b>TP6Q2</b>. Please take Peter off as well.</p>
<p>&nbsp;</p>
<p>Many thanks,</p>
<p>&nbsp;</p>
<table style="border-collapse:collapse"><tr><td style="border-right:2px solid #2a7ab0;padding-right:10px"><p><b>Tom&aacute;s Ruiz</b></p><p>Optical Assistant</p></td>
<td style="padding-left:10px"><p><b>Kingfisher Eyecare</b></p><p>7 Quay Street, Truro TR1 2HE</p><p>T: 01872 496 090</p></td></tr></table>
</div>
</body></html>
`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('TP6Q2', 'ophthalmic_practice'),
    fields: { newMainContact: person('Joanne Whitlock-Barnes', 'joanne.whitlockbarnes@nhs.net') },
    mustRaise: [],
    traits: ['html_only', 'html_entities', 'loose_role_name', 'loose_code_name', 'shared_mailbox_sender', 'signature_table', 'hyphenated_name'],
  }));

  // 14 ------------------------------------------------------------------------------------------------------------
  out.push(mk('unlock-means-new-link-gmc', {
    client: 'gmail',
    from: { name: 'Chidi Okafor', email: 'chidi.okafor@gmail.com' },
    subject: 'Cant access PCSE online',
    date: 'Wed, 18 Nov 2026 21:14:09 +0000',
    text: `Hello,

Please can you unlock my PCSE online account. I have never been able to log in because I never got the activation email that was supposed to come. I am a GP (locum) and I need to update my performers list details.

My GMC no. is 7123456 and the email the GMC have for me is this one (chidi.okafor@gmail.com).

Thanks,
Chidi Okafor
`,
  }, {
    kind: 'verification_link_resend', ignored: null, organisation: null,
    fields: { accountEmail: 'chidi.okafor@gmail.com', gmcNumber: '7123456' },
    mustRaise: [],
    traits: ['misused_verb_unlock', 'gmc_number', 'personal_address', 'no_organisation'],
  }));

  // 15 ------------------------------------------------------------------------------------------------------------
  out.push(mk('portal-admin-link-expired', {
    client: 'owa',
    from: { name: "O'SULLIVAN, Siobhán (MEADOWBANK SURGERY)", email: 'siobhan.osullivan4@nhs.net' },
    nameMode: 'Q',
    subject: 'Link expired',
    date: 'Thu, 19 Nov 2026 08:02:51 +0000',
    text: `Hi

I've been set up as the new portal admin for Meadowbank Surgery (J82155) but the link in the email from PCSE says it has expired when I click on it - I was on leave when it arrived. Could you send me a new one please? It's for this email address.

Kind regards,
Siobhán

Siobhán O'Sullivan | Deputy Practice Manager | Meadowbank Surgery | 023 9249 6180
`,
  }, {
    kind: 'verification_link_resend', ignored: null, organisation: org('J82155', 'gp_practice'),
    fields: { accountEmail: 'siobhan.osullivan4@nhs.net', gmcNumber: null },
    mustRaise: [],
    traits: ['own_account_implied', 'loose_role_name', 'rfc2047_q_name', 'apostrophe_name', 'non_ascii_name', 'pipe_signature'],
  }));

  // 16 ------------------------------------------------------------------------------------------------------------
  out.push(mk('new-gp-no-verification-email', {
    client: 'nhsmail',
    from: { name: 'Hollie Brennan', email: 'hollie.brennan@nhs.net' },
    subject: 'Dr Nowak - PCSE online',
    date: 'Thu, 19 Nov 2026 11:36:14 +0000',
    text: `Hi,

Our new GP Dr Tomasz Nowak (GMC 7234561) joined us on the 1st and still hasn't had his verification email for PCSE Online. Please can you resend it. His email is tomasz.nowak1@nhs.net.

Northgate Medical Group, B86071.

Thanks,
Hollie Brennan
Practice Manager
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'verification_link_resend', ignored: null, organisation: org('B86071', 'gp_practice'),
    fields: { accountEmail: 'tomasz.nowak1@nhs.net', gmcNumber: '7234561' },
    mustRaise: ['not_own_account'],
    traits: ['third_party_request', 'gmc_number'],
  }));

  // 17 ------------------------------------------------------------------------------------------------------------
  out.push(mk('pharmacy-locked-too-many-tries', {
    client: 'owa',
    from: { name: 'Greenway Pharmacy', email: 'greenway.pharmacy@nhs.net' },
    subject: 'Locked out',
    date: 'Thu, 19 Nov 2026 14:09:37 +0000',
    text: `Hi

I've tried my password too many times and now it says my account is locked. Can you unlock it please, my username is j.adebayo@nhs.net. I'm the pharmacy manager at Greenway Pharmacy, pharmacy code FX448.

Thank you
Joseph Adebayo (JA)
`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('FX448', 'pharmacy'),
    fields: { username: 'j.adebayo@nhs.net' },
    mustRaise: [],
    traits: ['shared_mailbox_sender', 'loose_code_name', 'initials'],
  }));

  // 18 ------------------------------------------------------------------------------------------------------------
  out.push(mk('master-login-locked-from-home', {
    client: 'outlookcom',
    from: { name: 'sue t', email: 'suetrelawny62@hotmail.co.uk' },
    subject: 'locked out!!',
    date: 'Fri, 20 Nov 2026 07:12:58 +0000',
    text: `hiya, sorry im emailing from home as i cant get into anything at work today. our master login for pcse (the grange surgery, org code H81090) is locked, it says too many attempts. the login is thegrange.surgery@nhs.net. could you unlock it asap please as I need to do the pensions before friday.

Sue Trelawny
practice manager
`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('H81090', 'gp_practice'),
    fields: { username: 'thegrange.surgery@nhs.net' },
    mustRaise: [],
    traits: ['personal_address', 'lowercase_informal', 'loose_role_name', 'loose_code_name', 'name_only_in_signature'],
  }));

  // 19 ------------------------------------------------------------------------------------------------------------
  out.push(mk('optical-user-no-email-locked', {
    client: 'exchange',
    from: { name: 'Martin Okoro', email: 'martin@brightoptics.co.uk' },
    subject: 'Unlock request - Bright Optics',
    date: 'Fri, 20 Nov 2026 10:44:21 +0000',
    text: `Good morning,

One of our dispensing assistants, Priya Patel, has locked herself out of PCSE Online (too many goes at the password). She doesn't have her own email so her user name is priyapatel@brightoptics (I set it up for her as the admin). The reset password button doesn't work for her either as she has no email to get the link.

Could you unlock her please.

Bright Optics, TP9R4

Many thanks,
Martin Okoro
Practice Manager & OPTO user admin
`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('TP9R4', 'ophthalmic_practice'),
    fields: { username: 'priyapatel@brightoptics' },
    mustRaise: [],
    traits: ['non_email_username', 'third_party_request', 'non_nhs_domain'],
  }));

  // 20 ------------------------------------------------------------------------------------------------------------
  out.push(mk('gpp-admin-deactivated-since-june', {
    client: 'nhsmail',
    from: { name: 'Ferhat Aydın', email: 'ferhat.aydin@nhs.net' },
    subject: 'Account deactivated - St Anne’s MC',
    date: 'Fri, 20 Nov 2026 13:20:03 +0000',
    text: `Hello PCSE,

I tried to log in today to do the salary change for our new nurse and got a message saying my account is deactivated. I think it's because I haven't logged in since about June, we had a long handover with our old PM and she did everything on the portal.

I'm the GPP user admin for St Anne's Medical Centre (N82077) so I understand I have to ask you rather than the practice. My username is ferhat.aydin@nhs.net.

Could you reactivate it please?

Thanks
Ferhat
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_reactivation', ignored: null, organisation: org('N82077', 'gp_practice'),
    fields: { username: 'ferhat.aydin@nhs.net' },
    mustRaise: [],
    traits: ['background_before_ask', 'rfc2047_name', 'rfc2047_subject', 'non_ascii_name'],
  }));

  // 21 ------------------------------------------------------------------------------------------------------------
  out.push(mk('dental-main-contact-not-active', {
    client: 'exchange',
    from: { name: 'Parkside Dental Care', email: 'reception@parksidedentalcare.co.uk' },
    subject: 'account not active',
    date: 'Mon, 23 Nov 2026 09:11:47 +0000',
    textEnc: 'base64',
    text: `Bonjour / Hello,

I am the main contact for Parkside Dental Care, V102938. When I log in to PCSE Online it say my account is not active any more (deactivated). I have not used it for some months because of my leave. Could you please activate it again? The user name is MARGUERITE.DUBOIS@NHS.NET

I write from the reception mailbox because my NHS mail is on the other computer.

Merci, best regards
Marguerite Dubois
Practice Manager
Parkside Dental Care
`,
  }, {
    kind: 'account_reactivation', ignored: null, organisation: org('V102938', 'dental_practice'),
    fields: { username: 'marguerite.dubois@nhs.net' },
    mustRaise: [],
    traits: ['esl_writer', 'uppercase_email', 'shared_mailbox_sender', 'base64_text', 'non_nhs_domain'],
  }));

  // 22 ------------------------------------------------------------------------------------------------------------
  out.push(mk('receptionist-deactivated-iphone', {
    client: 'iphone',
    from: { name: 'Kelly-Ann Morris', email: 'kellyann.morris@nhs.net' },
    subject: 'Pcse',
    date: 'Mon, 23 Nov 2026 12:03:19 +0000',
    textEnc: '7bit',
    text: `Hi my pcse account has been deactivated can u reactivate it pls. Username kellyann.morris@nhs.net, woodlands surgery E84033. I only use it for ordering the smear kits and the records bags

Thanks Kelly-Ann

Sent from my iPhone
`,
  }, {
    kind: 'account_reactivation', ignored: null, organisation: org('E84033', 'gp_practice'),
    fields: { username: 'kellyann.morris@nhs.net' },
    mustRaise: [],
    traits: ['lowercase_informal', 'mobile_client', 'plain_7bit', 'not_an_admin'],
  }));

  // 23 ------------------------------------------------------------------------------------------------------------
  out.push(mk('delete-admin-rights-leaver', {
    client: 'nhsmail',
    from: { name: 'Imogen Hale', email: 'imogen.hale@nhs.net' },
    subject: 'Leaver - please delete access',
    date: 'Mon, 23 Nov 2026 15:48:36 +0000',
    text: `Dear PCSE

Mark Thompson (mark.thompson7@nhs.net) left Millbrook Practice on 31/10/2026. Please could you delete his admin rights on PCSE Online - he has the GPP Practice User Administrator role and Joiner & Leaver for our practice code G82651.

He has moved to another practice in the area so please don't close his whole account, just take our bits off.

Regards
Imogen Hale
GP Partner
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'role_removal_request', ignored: null, organisation: org('G82651', 'gp_practice'),
    fields: { username: 'mark.thompson7@nhs.net', roles: ['GPP Practice User Administrator', 'Joiner & Leaver'] },
    mustRaise: [],
    traits: ['misused_verb_delete', 'leaver', 'date_dd_mm_yyyy'],
  }));

  // 24 ------------------------------------------------------------------------------------------------------------
  out.push(mk('remove-ex-staff-nacs', {
    client: 'owa',
    from: { name: 'Cross Street Pharmacy', email: 'crossstreetpharmacy@nhs.net' },
    subject: 'Remove staff member',
    date: 'Tue, 24 Nov 2026 13:15:00 +0000',
    text: `Good afternoon,

Could you please remove Jane Oduya from our pharmacy's PCSE account, she has not worked with us since October. Her login was jane.oduya@nhs.net. She had the Practice Order Entry Clerk role for ordering.

NACS code: FN275
Cross Street Pharmacy

Kind regards
Dispensary team
`,
  }, {
    kind: 'role_removal_request', ignored: null, organisation: org('FN275', 'pharmacy'),
    fields: { username: 'jane.oduya@nhs.net', roles: ['Practice Order Entry Clerk'] },
    mustRaise: [],
    traits: ['loose_code_name', 'shared_mailbox_sender', 'no_personal_signature', 'leaver'],
  }));

  // 25 ------------------------------------------------------------------------------------------------------------
  out.push(mk('take-off-contractor-signatory', {
    client: 'apple',
    from: { name: 'Ruth Abernethy', email: 'ruth@eyesightopticians.co.uk' },
    subject: 'Change to Imran’s roles',
    date: 'Tue, 24 Nov 2026 18:26:41 +0000',
    text: `Hi,

Could you take the Contractor Signatory role off Mr Imran Ahmed's PCSE account please (imran.ahmed@eyesightopticians.co.uk). He has sold his share of the business to me but is staying on as an optometrist so he should keep GOS Performer.

Our code is TP2L8.

Thanks very much
Ruth Abernethy
Contract Holder, Eyesight Opticians
`,
  }, {
    kind: 'role_removal_request', ignored: null, organisation: org('TP2L8', 'ophthalmic_practice'),
    fields: { username: 'imran.ahmed@eyesightopticians.co.uk', roles: ['Contractor Signatory'] },
    mustRaise: [],
    traits: ['role_to_keep_mentioned', 'non_nhs_domain', 'rfc2047_subject'],
  }));

  // 26 ------------------------------------------------------------------------------------------------------------
  out.push(mk('practice-email-wrong-mailbox', {
    client: 'nhsmail',
    from: { name: 'Becky Lowther', email: 'rebecca.lowther@nhs.net' },
    subject: 'email address change',
    date: 'Wed, 25 Nov 2026 09:30:12 +0000',
    text: `Hello

Not sure if this is the right email but please can you update the email address you have for Orchard Medical Practice (practice code A83614). The old one orchardmp.admin@nhs.net is being closed at the end of the month. The new one is orchard.medicalpractice@nhs.net (generic practice inbox).

Thanks
Becky Lowther
Office Manager
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('A83614', 'gp_practice'),
    fields: { currentEmail: 'orchardmp.admin@nhs.net', newEmail: 'orchard.medicalpractice@nhs.net' },
    mustRaise: [],
    traits: ['misdirected', 'nickname'],
  }));

  // 27 ------------------------------------------------------------------------------------------------------------
  out.push(mk('question-how-many-super-users', {
    client: 'nhsmail',
    from: { name: 'McALLISTER-YOUNG, Claire (PENDLE VIEW SURGERY)', email: 'claire.mcallister-young@nhs.net' },
    subject: 'Quick question re portal',
    date: 'Wed, 25 Nov 2026 11:54:40 +0000',
    text: `Hi,

Quick question - how many "super users" are we allowed for the GP payments part of the portal? And can our accountant (external firm) have their own login to upload the pension forms, or do they have to use one of ours?

Thanks
Claire

Claire McAllister-Young
Business Manager, Pendle View Surgery
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['pure_question', 'loose_role_name'],
  }));

  // 28 ------------------------------------------------------------------------------------------------------------
  out.push(mk('chaser-three-weeks', {
    client: 'nhsmail',
    from: { name: 'Wendy Polglase', email: 'wendy.polglase@nhs.net' },
    subject: 'RE: PCSE-2026-004187 - User administrator nomination received',
    date: 'Wed, 25 Nov 2026 14:02:33 +0000',
    headers: [['In-Reply-To', '<ack.PCSE-2026-004187@pcse.england.nhs.uk>'], ['References', '<ack.PCSE-2026-004187@pcse.england.nhs.uk>']],
    text: `Hi, any news on this? It's been nearly three weeks and we still can't get into the performers list side. We have two GPs waiting to be approved.

Thanks
Wendy

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 04 November 2026 16:10
To: Wendy Polglase <wendy.polglase@nhs.net>
Subject: PCSE-2026-004187 - User administrator nomination received

Thank you for your email. Your request has been logged with reference PCSE-2026-004187. Please quote this reference in any correspondence.

PCSE Online Support
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['chaser', 'case_reference', 'quoted_acknowledgement'],
  }));

  // 29 ------------------------------------------------------------------------------------------------------------
  out.push(mk('thanks-dr-nowak-sorted', {
    client: 'nhsmail',
    from: { name: 'Hollie Brennan', email: 'hollie.brennan@nhs.net' },
    subject: 'RE: Your enquiry PCSE-2026-004533',
    date: 'Thu, 26 Nov 2026 10:17:09 +0000',
    text: `Thank you so much, Dr Nowak has got the email now and is all logged in :)

Hollie

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 25 November 2026 15:58
Subject: Your enquiry PCSE-2026-004533

A new verification link has been sent to the account's registered email address.
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['thanks', 'case_reference'],
  }));

  // 30 ------------------------------------------------------------------------------------------------------------
  out.push(mk('out-of-office-annual-leave', {
    client: 'nhsmail',
    from: { name: 'BAINBRIDGE, Lesley (MOORSIDE MEDICAL PRACTICE)', email: 'lesley.bainbridge@nhs.net' },
    subject: 'Automatic reply: PCSE-2026-004460 - your request has been completed',
    date: 'Thu, 26 Nov 2026 16:40:02 +0000',
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'lesley.bainbridge@nhs.net']],
    text: `Thank you for your email. I am on annual leave until Monday 30th November with no access to my emails.

For anything urgent please contact reception on 0191 496 0277 or moorside.medical@nhs.net.

Lesley Bainbridge
Practice Manager
`,
  }, {
    kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [],
    traits: ['auto_reply', 'case_reference', 'other_address_in_body'],
  }));

  // 31 ------------------------------------------------------------------------------------------------------------
  out.push(mk('dental-nurse-account-question', {
    client: 'gmail',
    from: { name: 'Dr Venkata Ramana Reddy', email: 'vr.reddy.dental@gmail.com' },
    subject: 'Query regarding accounts for staff',
    date: 'Fri, 27 Nov 2026 07:55:26 +0000',
    text: `Respected Sir/Madam,

I am a dentist and recently I have started my own practice (Orchard Lane Dental). Kindly let me know whether my dental nurse also need her own PCSE account or she can use mine for ordering. Also whether she must have NHS email or not, as she is having only personal email.

I will be very thankful for your early reply. For reply you may also contact me at v.reddy at nhs dot net.

Thanking you,
Dr V. R. Reddy
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['pure_question', 'esl_writer', 'obfuscated_address'],
  }));

  return out;
}
