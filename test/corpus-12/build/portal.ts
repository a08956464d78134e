// portalenquiries: writer H's mobile and webmail senders.
import { gppCert } from './forms.js';
import {
  alt, attachment, ew, ewq, html, htmlOf, LEGAL_FOOTER, message, multi, NHSMAIL_FOOTER, org, P, PCSE_PORTAL, text, unclassified,
  type Email,
} from './lib.js';
import { acroForm, flatForm, logo, scanForm } from './pdfs.js';

const MB = 'portalenquiries' as const;

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ mailbox: MB, slug, eml, expected });

  // 1. Dispensing practice, iPhone, Word/LibreOffice-exported AcroForm (Text1, fill_3 ...); code only in the subject, lower case.
  {
    const pdf = await acroForm(gppCert({
      practice: 'Hartwell & Fenby Surgery (Dispensing)', code: 'M83612', address: 'The Green, Hartwell, Lincs LN4 2QT',
      nominee: 'Joanne McAllister-Reid', nomineeEmail: 'joanne.mcallister-reid@nhs.net', nomineePhone: '01522 860412 ext 4',
      approver: 'Dr Tobias van der Berg', approverRole: 'GP Partner', approverEmail: 't.vanderberg@nhs.net',
      signed: true, date: '03/11/2026',
      names: ['Text1', 'Text2', 'Text3', 'fill_4', 'fill_5', 'fill_6', 'Text7', 'fill_8', 'Text9', 'Signature10', 'Date11'],
    }));
    const body = `Hi there,

Form attached for our new GPP user admin. Jo runs our dispensary and will be doing the practice side of the pensions stuff from now on. Dr van der Berg has signed it.

Could you let me know once done as we've got joiner forms waiting.

Thanks
Bernie

Bernadette O'Shea (she/her)
Practice Manager
Hartwell & Fenby Surgery - a dispensing practice
T: 01522 860 412 | Dispensary: 01522 860 419 | M: 07700 900 318
GPhC premises no. 1129876

Sent from my iPhone
${NHSMAIL_FOOTER}`;
    add('gpp-dispensing-iphone-acroform', message({
      from: "Bernadette O'Shea <Bernadette.OShea@nhs.net>", to: PCSE_PORTAL, subject: 'GPP admin form - m83612',
      date: 'Tue, 3 Nov 2026 07:48:19 +0000', id: 'A1F3C2D4-77B1-4E0B-9C11-5D0E1B7A9F02@nhs.net',
      headers: ['X-Mailer: iPhone Mail (22B91)'],
      body: multi('mixed', [text(body, { cte: 'quoted-printable' }), attachment('application/pdf', 'GPP UA cert form.pdf', pdf)]),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('M83612', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: P('Joanne McAllister-Reid', 'joanne.mcallister-reid@nhs.net'),
        approver: { name: 'Tobias van der Berg', email: 't.vanderberg@nhs.net', role: 'GP Partner' },
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'export_field_names', 'code_in_subject_and_form_only', 'lowercase_code', 'particle_name', 'hyphenated_name', 'gphc_number_nearby', 'sent_from_iphone', 'pronouns', 'dispensing_practice'],
    });
  }

  // 2. Prison healthcare practice, Outlook for Android, signed scan (JPEG, rotated), Datix ticket number beside the code.
  {
    const pdf = await scanForm(gppCert({
      practice: 'HMP Ashcombe Healthcare Centre', code: 'Y04512', address: 'HMP Ashcombe, Moor Road, Ashcombe, Devon EX7 9PL',
      nominee: 'Ngozi Adeyemi-Clarke', nomineeEmail: 'ngozi.adeyemi-clarke1@nhs.net', nomineePhone: '01626 555 201',
      approver: 'Dr Sian Llewellyn', approverRole: 'Lead GP', approverEmail: 'sian.llewellyn2@nhs.net',
      signed: true, date: '6 Nov 2026',
    }), { angle: 1.1, seed: 4242, jpeg: true });
    const body = `Morning

Please see attached signed GPP user admin certification for HMP Ashcombe healthcare (we are registered as a GP practice, code Y04512). Ngozi is our new healthcare administrator and will be taking over the GPP side for the prison practice.

Our internal ref for this is Datix W118723 if you need to quote anything back, but please reply to me on this address as the prison network blocks some external mail.

Many thanks
Gareth Pryce-Whitmore
Healthcare Business Manager
HMP Ashcombe Healthcare | Practice Plus Group
Office 01626 555 200 | Mob 07700 900 644 | Secure ext 3341

Get Outlook for Android
${NHSMAIL_FOOTER}`;
    add('gpp-prison-healthcare-scan-signed', message({
      from: 'Pryce-Whitmore Gareth <gareth.pryce-whitmore@nhs.net>', to: PCSE_PORTAL, subject: 'GPP User Admin - HMP Ashcombe Healthcare',
      date: 'Fri, 6 Nov 2026 08:02:51 +0000', id: 'AM9PR06MB7710C2B41D9AE36E5F1A88D1C43A2@AM9PR06MB7710.eurprd06.prod.outlook.com',
      body: multi('mixed', [alt(body), attachment('application/pdf', 'scan_20261106_075512.pdf', pdf)]),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('Y04512', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: P('Ngozi Adeyemi-Clarke', 'ngozi.adeyemi-clarke1@nhs.net'),
        approver: { name: 'Sian Llewellyn', email: 'sian.llewellyn2@nhs.net', role: 'Lead GP' },
      },
      mustRaise: [],
      traits: ['pdf_scan', 'scan_signed', 'prison_healthcare', 'ticket_number_nearby', 'surname_first_display_name', 'outlook_android', 'hyphenated_name'],
    });
  }

  // 3. PL admin by the CQC Registered Manager, Apple Mail, "Elizabeth (Liz)", capitals in the address, code with a space.
  {
    const body = `Dear PCSE,

We currently have no PL Organisation Administrator at Saltmarsh Lane Medical Practice (c82 019) since our previous one retired.

As the CQC Registered Manager for the practice I would like to nominate:

Kwame Asante-Boateng, Assistant Practice Manager
k.asante-boateng@nhs.net

Kwame will then be able to set up the PL practice manager role for the rest of the admin team.

With thanks,

Elizabeth (Liz) Fairweather-Dunn
Practice Manager & CQC Registered Manager
Saltmarsh Lane Medical Practice, 14 Saltmarsh Lane, Skegby NG17 3DD
Direct: 01623 555 870 | Reception: 01623 555 800 | Fax: 01623 555 801
CQC location ID 1-101234567
Pronouns: she/her

Sent from my iPad
${NHSMAIL_FOOTER}`;
    add('pl-admin-cqc-manager-apple-mail', message({
      from: '"Fairweather-Dunn, Elizabeth (Liz)" <LIZ.FAIRWEATHER-DUNN@NHS.NET>', to: PCSE_PORTAL,
      subject: 'Performers List admin nomination', date: 'Mon, 9 Nov 2026 13:21:07 +0000', id: '9E4B7B1C-1D2A-4F7E-8E2B-0C1A5D3F6A11@NHS.NET',
      headers: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'],
      body: alt(body),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('C82019', 'gp_practice'),
      fields: {
        service: 'PL',
        nominee: P('Kwame Asante-Boateng', 'k.asante-boateng@nhs.net'),
        approver: { name: 'Elizabeth Fairweather-Dunn', email: 'liz.fairweather-dunn@nhs.net', role: 'CQC Registered Manager' },
      },
      mustRaise: [],
      traits: ['known_as_name', 'uppercase_address', 'code_with_space', 'lowercase_code', 'self_approver', 'cqc_id_nearby', 'apple_mail', 'surname_first_display_name'],
    });
  }

  // 4. Domiciliary optician, contract holder, two asks (the second is a claims question), GOC number near a lower-case code.
  {
    const body = `Hello,

Two things if I may:

1) We need a second OPTO user admin at Homesight Domiciliary Eyecare (tpq41). As contract holder I'm nominating Priya O'Donnell, our visits coordinator - Priya.ODonnell@nhs.net. Our other admin (me) is out on the road most days so Priya needs to be able to set people up.

2) Separately, a few of our GOS 6 claims for care-home visits from October are showing as "pending" on the portal. Is there a backlog or do we need to resubmit?

Cheers,
Rhodri ap Gwilym MCOptom
Optometrist & Contract Holder (he/him)
GOC 01-27719
Homesight Domiciliary Eyecare Ltd
Office 0117 496 0712 | Mob 07700 900 812 | Bookings 0800 046 1234
${LEGAL_FOOTER('Homesight Domiciliary Eyecare Ltd')}`;
    add('opto-admin-domiciliary-two-asks', message({
      from: 'Rhodri ap Gwilym <rhodri.apgwilym@nhs.net>', to: PCSE_PORTAL, subject: 'OPTO admin + claims query',
      date: 'Tue, 10 Nov 2026 18:40:33 +0000', id: 'CAK7vT9qp0Lr2=Y4xg1oE5mB8mQfZq3rUu1G@mail.gmail.com',
      body: alt(body),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPQ41', 'ophthalmic_practice'),
      fields: {
        service: 'OPTO',
        nominee: P("Priya O'Donnell", 'priya.odonnell@nhs.net'),
        approver: { name: 'Rhodri ap Gwilym', email: 'rhodri.apgwilym@nhs.net', role: 'Contract Holder' },
      },
      mustRaise: [],
      traits: ['domiciliary_optician', 'two_asks', 'numbered_paragraphs', 'apostrophe_name', 'particle_name', 'goc_number_nearby', 'lowercase_code', 'gmail_app', 'legal_footer', 'pronouns'],
    });
  }

  // 5. PCN nomination forwarded by the PCN manager; the approver is the Clinical Director, who says he is not the ICB.
  {
    const fwd = `Hi PCSE team,

See below from our CD - can you action please? Thanks

Ciaran Mac Giolla Phadraig
PCN Business Manager, Weald Edge PCN
07700 900 117 / 01892 555 040

________________________________
From: O'Neill-Hayes Marcus (Dr) <marcus.oneill-hayes@nhs.net>
Sent: 11 November 2026 21:14
To: MAC GIOLLA PHADRAIG, Ciaran <c.macgiollaphadraig@nhs.net>
Subject: PCSE - PCN user admin

Ciaran,

We still don't have a PCN user admin on PCSE Online for Weald Edge PCN (U38214). Please can you get Hannah set up - Hannah de la Cruz, hannah.delacruz@nhs.net, our digital transformation lead.

I know the guidance says it needs an ICB approver from the authorised email list - I'm not at the ICB and I'm not on that list, but our ICB contact is on long-term leave so as Clinical Director I'm approving this. Hopefully that's enough.

Marcus

Dr Marcus O'Neill-Hayes
Clinical Director, Weald Edge PCN
GMC 6143387
${NHSMAIL_FOOTER}`;
    add('pcn-admin-forwarded-cd-not-ael', message({
      from: '"Mac Giolla Phadraig, Ciaran" <c.macgiollaphadraig@nhs.net>', to: PCSE_PORTAL, subject: 'FW: PCSE - PCN user admin',
      date: 'Thu, 12 Nov 2026 09:05:44 +0000', id: 'LO6P123MB6619E9D1F0E7A5B1C4C2A0F3B8D92@LO6P123MB6619.GBRP123.PROD.OUTLOOK.COM',
      body: alt(fwd),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U38214', 'pcn'),
      fields: {
        service: 'PCN',
        nominee: P('Hannah de la Cruz', 'hannah.delacruz@nhs.net'),
        approver: { name: "Marcus O'Neill-Hayes", email: 'marcus.oneill-hayes@nhs.net', role: 'Clinical Director' },
      },
      mustRaise: ['approver_not_on_ael'],
      traits: ['forwarded_by_colleague', 'forwarder_not_party', 'particle_name', 'apostrophe_name', 'gmc_number_nearby', 'see_below_can_you_action'],
    });
  }

  // 6. PCN nomination from an ICB approver on Outlook for Android; nominee by initials; code spaced out.
  {
    const body = `Hi both,

Three Rivers North PCN - U 61027. I'm on the AEL for the ICB and I approve the below.

Please set up D J Whitlock (dj.whitlock@nhs.net), PCN Operations Manager, as PCN user admin. They have no PCN admin at present.

Any q's give me a shout on the mobile.

Seun

Oluwaseun (Seun) Bakare (they/them)
Senior Primary Care Contracts Manager
NHS Hertfordshire and West Essex ICB
M: 07700 900 552 | T: 01707 685 000 | Teams: seun.bakare@nhs.net

Get Outlook for Android
${NHSMAIL_FOOTER}`;
    add('pcn-admin-icb-approver-android', message({
      from: 'Seun Bakare <seun.bakare@nhs.net>', to: PCSE_PORTAL, cc: 'DJ Whitlock <dj.whitlock@nhs.net>',
      subject: 'PCN User Admin - Three Rivers North', date: 'Fri, 13 Nov 2026 16:55:02 +0000',
      id: 'DB7PR02MB3950F1B3B6A55D3C9E4E2E41A3D02@DB7PR02MB3950.eurprd02.prod.outlook.com',
      body: alt(body),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U61027', 'pcn'),
      fields: {
        service: 'PCN',
        nominee: P('D J Whitlock', 'dj.whitlock@nhs.net'),
        approver: { name: 'Oluwaseun Bakare', email: 'seun.bakare@nhs.net', role: 'Senior Primary Care Contracts Manager' },
      },
      mustRaise: [],
      traits: ['initials_only_name', 'known_as_name', 'code_with_space', 'outlook_android', 'pronouns', 'cc_nominee'],
    });
  }

  // 7. Community dental service: main contact change, then "actually, please make it X instead"; plus-tag sender.
  {
    const body = `Hi

Could you please update the main contact for Wyvern Community Dental Service - Salisbury clinic (V281476) to Gemma Tattersall, gemma.tattersall@nhs.net. Our current main contact Angus left in October.

EDIT - sorry, just spoken to the clinical lead. Gemma is going on maternity leave in January so please make it Rosalind Achterberg-Kaye instead: rosalind.achterberg-kaye@nhs.net. Ignore Gemma.

Thanks so much
Sal clinic admin team (Wendy)

Wyvern Community Dental Service | Salisbury Clinic
Tel 01722 555 309 (option 2) | Out of hours dental 111
${LEGAL_FOOTER('Wyvern Community Health NHS Trust')}`;
    add('main-contact-community-dental-changed-mind', message({
      from: 'Salisbury CDS Admin <Wyvern.CDS+Salisbury@nhs.net>', to: PCSE_PORTAL,
      subject: 'Main contact change', date: 'Mon, 16 Nov 2026 10:12:40 +0000', id: '20261116101240.7c1e@wyvern-cds.nhs.net',
      body: text(body, { cte: '7bit' }),
    }), {
      kind: 'main_contact_change', ignored: null, organisation: org('V281476', 'dental_practice'),
      fields: { newMainContact: P('Rosalind Achterberg-Kaye', 'rosalind.achterberg-kaye@nhs.net') },
      mustRaise: [],
      traits: ['community_dental', 'self_correction', 'plus_tag_sender', 'shared_mailbox_sender', 'hyphenated_name', 'legal_footer'],
    });
  }

  // 8. Distance-selling pharmacy: main contact in a pipe table; the code only in the signature, beside the GPhC number.
  {
    const body = `Good afternoon,

Please can the PCSE Online main contact for our pharmacy be changed as below. Our superintendent has changed.

| Item              | Detail                                   |
|-------------------|------------------------------------------|
| Pharmacy          | MedsDirect2U (distance selling pharmacy) |
| Current contact   | Imran Lakhani (left 30/10)               |
| New main contact  | Declan MacAuley                          |
| New contact email | Declan.MacAuley@medsdirect2u.co.uk       |
| Phone             | 0161 555 7720                            |

Kind regards

Declan MacAuley MPharm
Superintendent Pharmacist | MedsDirect2U Ltd
ODS: fh4k7 | GPhC reg. 2087311 | Premises 9011742
Unit 4, Trafford Park Logistics Centre, Manchester M17 1SN
Customer line 0161 555 7700 | Direct 0161 555 7720
${LEGAL_FOOTER('MedsDirect2U Ltd')}`;
    add('main-contact-internet-pharmacy-pipe-table', message({
      from: 'Declan MacAuley <Declan.MacAuley@medsdirect2u.co.uk>', to: 'pcse.portalenquiries@nhs.net',
      subject: 'Change of main contact', date: 'Mon, 16 Nov 2026 14:33:09 +0000', id: 'em0a1b2c3d-4e5f@medsdirect2u.co.uk',
      headers: ['User-Agent: Microsoft-MacOutlook/16.91.24111020'],
      body: alt(body),
    }), {
      kind: 'main_contact_change', ignored: null, organisation: org('FH4K7', 'pharmacy'),
      fields: { newMainContact: P('Declan MacAuley', 'declan.macauley@medsdirect2u.co.uk') },
      mustRaise: [],
      traits: ['distance_selling_pharmacy', 'pipe_table', 'code_in_signature_only', 'gphc_number_nearby', 'mc_mac_name', 'self_nomination', 'non_nhs_sender'],
    });
  }

  // 9. A GP at an urgent treatment centre asks for their own verification link; GMC number among phone and bleep numbers.
  {
    const body = `Hello

I never received the PCSE Online verification link. My GMC registered email is this one (Farah.Siddiqui-Jones@nhs.net) and my GMC no. is 7123456.

I work sessions at Riverside UTC and two practices so I'm hard to catch - mobile 07700 900 451, or bleep 2231 via switchboard 0300 555 0100.

Thanks
Dr Farah Siddiqui-Jones (she/her)
Salaried GP / UTC sessional

Sent from Outlook for iOS`;
    add('verification-link-gp-gmc-among-numbers', message({
      from: 'Dr Farah Siddiqui-Jones <Farah.Siddiqui-Jones@nhs.net>', to: PCSE_PORTAL, subject: 'Verification link not received',
      date: 'Tue, 17 Nov 2026 22:47:12 +0000', id: 'PAXPR08MB7086A2C3F31C7BB07C3A6C41E2B1A@PAXPR08MB7086.eurprd08.prod.outlook.com',
      body: alt(body),
    }), {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'farah.siddiqui-jones@nhs.net', gmcNumber: '7123456' },
      mustRaise: [],
      traits: ['gmc_number_among_phone_numbers', 'outlook_ios', 'hyphenated_name', 'capitals_in_address', 'pronouns', 'out_of_hours_provider'],
    });
  }

  // 10. Practice manager asks for a GP's verification link (not her own account), Outlook for iOS, top-posted.
  {
    const body = `Hi, could you resend Dr de Vries' verification link please? He says it never arrived. His GMC email is H.deVries@nhs.net. We're Kingfisher Health Centre, B86 042.

Thank you!
Yasmin

Get Outlook for iOS

________________________________
From: Henk de Vries <H.deVries@nhs.net>
Sent: Wednesday, November 18, 2026 8:02 AM
To: Yasmin Haddad-Lowe <yasmin.haddad-lowe@nhs.net>
Subject: PCSE

Yasmin - I still don't have a login for PCSE Online for my performers list stuff, can you chase them? H`;
    add('verification-link-for-colleague', message({
      from: 'Yasmin Haddad-Lowe <yasmin.haddad-lowe@nhs.net>', to: PCSE_PORTAL, subject: 'FW: PCSE',
      date: 'Wed, 18 Nov 2026 08:15:37 +0000', id: 'VI1PR09MB4128DAA0E7C6D9B2F6C3A1B4C2F05@VI1PR09MB4128.eurprd09.prod.outlook.com',
      body: alt(body),
    }), {
      kind: 'verification_link_resend', ignored: null, organisation: org('B86042', 'gp_practice'),
      fields: { accountEmail: 'h.devries@nhs.net', gmcNumber: null },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf_of', 'particle_name', 'code_with_space', 'top_posted', 'outlook_ios'],
    });
  }

  // 11. A user admin locked out, Outlook for iOS, pronouns and three phone numbers; code inside the signature.
  {
    const body = `Hiya

I've managed to lock myself out of PCSE Online (too many wrong passwords on the new laptop, sorry!). Username is my email aoife.nibhriain@nhs.net. Could you unlock please? I'm one of the user admins so can't ask anyone internally.

Thanks a million

Aoife Ní Bhriain (she/her)
Operations Manager
Larkfield Medical Group | Practice code N81093
T 01270 555 612 | M 07700 900 903 | Sec line 01270 555 699
NHS number for the practice test patient: 999 000 0001 - not for this query!

Get Outlook for iOS
${NHSMAIL_FOOTER}`;
    add('unlock-admin-outlook-ios', message({
      from: `${ew('Aoife Ní Bhriain')} <Aoife.NiBhriain@nhs.net>`, to: PCSE_PORTAL, subject: 'Locked out',
      date: 'Wed, 18 Nov 2026 11:29:55 +0000', id: 'AS8PR03MB6834C4A1DE3E35B07AA9F2C1D8E3B@AS8PR03MB6834.eurprd03.prod.outlook.com',
      body: alt(body),
    }), {
      kind: 'account_unlock', ignored: null, organisation: org('N81093', 'gp_practice'),
      fields: { username: 'aoife.nibhriain@nhs.net' },
      mustRaise: [],
      traits: ['code_in_signature_only', 'nhs_number_nearby', 'pronouns', 'several_phone_numbers', 'non_ascii_name', 'rfc2047_display_name', 'outlook_ios'],
    });
  }

  // 12. Small dental practice in windows-1252, username without an email address; subject in RFC 2047 (Q, windows-1252).
  {
    const body = `Dear PCSE,

Our receptionist Chloé D’Aubigny has been locked out of PCSE Online after five attempts – she doesn’t have an email address so her user name is chloedaubigny@smileworks (set up by me as user admin). Could you unlock it please? She can’t do our FP17 queries without it.

Practice: Smileworks Dental Care, 2 Market Street, Bakewell DE45 1HG – V019 382
Tel 01629 555 118

Kind regards,
Mrs Hélène Marchetti
Practice Owner / User Administrator
GDC 81234
`;
    add('unlock-nonemail-username-cp1252', message({
      from: `${ewq('Hélène Marchetti', 'windows-1252')} <smileworks.bakewell@nhs.net>`, to: PCSE_PORTAL,
      subject: ewq('Receptionist’s account locked – Smileworks', 'windows-1252'),
      date: 'Thu, 19 Nov 2026 09:41:18 +0000', id: '000001db3a2f$4c1e5d70$e45b1850$@nhs.net',
      headers: ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtTofGm9M2Bq1r8QmWjvKSz4XfE2Q=='],
      body: text(body, { charset: 'windows-1252', cte: '8bit' }),
    }), {
      kind: 'account_unlock', ignored: null, organisation: org('V019382', 'dental_practice'),
      fields: { username: 'chloedaubigny@smileworks' },
      mustRaise: [],
      traits: ['windows_1252', 'rfc2047_subject', 'non_email_username', 'apostrophe_name', 'code_with_space', 'gdc_number_nearby', 'on_behalf_of'],
    });
  }

  // 13. Optician's OPTO user admin, deactivated; base64 HTML with no text part.
  {
    const h = `<html><head><meta charset="utf-8"></head><body><div style="font-family: -apple-system, Helvetica; font-size: 14px">
<p>Hello PCSE,</p>
<p>My PCSE Online account has been <b>deactivated</b> (I hadn't logged in since the summer). I'm the Opto User Management (Organisation) admin for Clearview Opticians, Ashby - ODS <span style="color:#005eb8">TPH19</span>, so I understand I have to ask you rather than a colleague.</p>
<p>User name: <a href="mailto:marguerite.lefevre@nhs.net">marguerite.lefevre@nhs.net</a></p>
<p>Merci / thank you,</p>
<p>Marguerite Le F&egrave;vre<br>Dispensing Optician &amp; Practice Manager<br>Clearview Opticians<br>01530 555 141 &middot; 07700 900 271<br>GOC 02-31874</p>
<p><img src="cid:clearview-logo@sig" width="180" height="48"></p>
</div></body></html>`;
    const png = await logo('Clearview');
    add('reactivation-opto-admin-html-only', message({
      from: 'Marguerite Le Fevre <Marguerite.LeFevre@nhs.net>', to: PCSE_PORTAL, subject: ew('Compte désactivé / account deactivated'),
      date: 'Thu, 19 Nov 2026 15:02:26 +0000', id: 'C5D1A0E2-9F8B-4A4C-B0C3-7E1D2F3A4B5C@nhs.net',
      headers: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'],
      body: multi('related', [html(h, { cte: 'base64' }), attachment('image/png', 'clearview.png', png, { inline: 'clearview-logo@sig' })]),
    }), {
      kind: 'account_reactivation', ignored: null, organisation: org('TPH19', 'ophthalmic_practice'),
      fields: { username: 'marguerite.lefevre@nhs.net' },
      mustRaise: [],
      traits: ['html_only', 'base64_html', 'cid_image', 'rfc2047_subject', 'particle_name', 'goc_number_nearby', 'apple_mail'],
    });
  }

  // 14. Main contact's deactivated account, forwarded by the practice's IT lead: "see below, can you action".
  {
    const body = `PCSE - see below, can you action? Rashida's off today so I said I'd send it on.

Pete

Peter Van Acker | IT & Estates Lead | Oakhurst Family Practice
01473 555 320 | ext 204

-----Original Message-----
From: Mahmood Rashida <rashida.mahmood2@nhs.net>
Sent: 19 November 2026 17:48
To: Van Acker Peter <peter.vanacker@nhs.net>
Subject: PCSE login

Pete, when I log into PCSE Online it says my account has been deactivated. I'm the practice's Main Contact (supplies/records) so I can't ask our user admin to do it - can you ask PCSE to reactivate it? Username rashida.mahmood2@nhs.net.

Oakhurst Family Practice - J82155

Thanks, R
${NHSMAIL_FOOTER}`;
    add('reactivation-main-contact-forwarded-it', message({
      from: 'Van Acker Peter <peter.vanacker@nhs.net>', to: PCSE_PORTAL, subject: 'FW: PCSE login',
      date: 'Fri, 20 Nov 2026 08:31:00 +0000', id: 'CWLP265MB4402B2E0A1F2C3D4E5F60718293A4@CWLP265MB4402.GBRP265.PROD.OUTLOOK.COM',
      body: text(body, { cte: 'quoted-printable' }),
    }), {
      kind: 'account_reactivation', ignored: null, organisation: org('J82155', 'gp_practice'),
      fields: { username: 'rashida.mahmood2@nhs.net' },
      mustRaise: [],
      traits: ['forwarded_by_colleague', 'forwarder_not_party', 'see_below_can_you_action', 'particle_name', 'surname_first_display_name'],
    });
  }

  // 15. Role removal for a leaver, bullet list, plus an unrelated question about pension deadlines.
  {
    const body = `Hello,

Dr Callum McKinnon-Ruiz left the practice on 31 October. Please could you remove the following roles from his account (username c.mckinnon-ruiz@nhs.net):

  • Joiner & Leaver
  • Practice Estimate and Salary Change

Also - unrelated - when is the deadline for the Type 1 certificate this year? I've had conflicting answers.

Many thanks,
Tess

Teresa (Tess) Ó Conaill
Business Manager, Millbrook Surgery (E84006)
020 7946 0331 / 07700 900 118
${NHSMAIL_FOOTER}`;
    add('role-removal-leaver-and-question', message({
      from: `${ew('Tess Ó Conaill')} <teresa.oconaill@nhs.net>`, to: PCSE_PORTAL, subject: 'Remove roles - leaver',
      date: 'Mon, 23 Nov 2026 10:05:51 +0000', id: 'CAJ8mY2p_Qw1R6n=T7wZ0fDk4Vb@mail.gmail.com',
      body: alt(body),
    }), {
      kind: 'role_removal_request', ignored: null, organisation: org('E84006', 'gp_practice'),
      fields: { username: 'c.mckinnon-ruiz@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['bullet_list', 'two_asks', 'mc_mac_name', 'hyphenated_name', 'known_as_name', 'code_in_signature_only'],
    });
  }

  // 16. Role removal in a pipe table from the Gmail app.
  {
    const body = `Hi PCSE

Please remove these roles, she's moved to our other site which has its own admin:

| Name                 | Username              | Roles to remove                                     |
| Saoirse O'Callaghan  | SOCallaghan@nhs.net   | PL Practice Manager, Practice Records Movement Admin |

Practice: Beacon View Surgery, e 84 011

Thanks, Jim

--
Jim Van der Merwe-Olsen
Deputy PM
Beacon View Surgery
Main: 020 7946 0770 | Direct: 020 7946 0775`;
    add('role-removal-pipe-table-gmail', message({
      from: 'Jim Van der Merwe-Olsen <jim.vdmo@nhs.net>', to: PCSE_PORTAL, subject: 'Role removal please',
      date: 'Mon, 23 Nov 2026 16:18:22 +0000', id: 'CAO4=pL9xM2vN8cQ1rT5yU3wZ7bE0dF6gH@mail.gmail.com',
      body: alt(body),
    }), {
      kind: 'role_removal_request', ignored: null, organisation: org('E84011', 'gp_practice'),
      fields: { username: 'socallaghan@nhs.net', roles: ['PL Practice Manager', 'Practice Records Movement Admin'] },
      mustRaise: [],
      traits: ['pipe_table', 'apostrophe_name', 'particle_name', 'code_with_space', 'lowercase_code', 'gmail_app'],
    });
  }

  // 17. Misdirected practice email change (dispensing practice), tab-separated; dashed code in the subject.
  {
    const body = `Hello

We'd like to change the practice email address PCSE holds for us please.

Practice name\tStoneleigh Dispensing Surgery
Practice code\tM85019
Current email\tgp.m85019@nhs.net
New email\tstoneleigh.surgery@nhs.net

The new one is our shared practice inbox.

Regards
Harriet Ogunleye-Smythe
Office Manager
Sent from my Galaxy`;
    add('practice-email-misdirected-tabs', message({
      from: 'Harriet Ogunleye-Smythe <h.ogunleye-smythe@nhs.net>', to: PCSE_PORTAL, subject: 'Practice email change M85-019',
      date: 'Tue, 24 Nov 2026 12:44:03 +0000', id: 'b0f3c9a2-6d1e-4f2a-9a83-1e7c5d4b2a90@email.android.com',
      body: text(body, { cte: 'quoted-printable' }),
    }), {
      kind: 'practice_email_update', ignored: null, organisation: org('M85019', 'gp_practice'),
      fields: { currentEmail: 'gp.m85019@nhs.net', newEmail: 'stoneleigh.surgery@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'tab_separated', 'dashed_code_in_subject', 'dispensing_practice', 'code_inside_address', 'android_mail'],
    });
  }

  // 18. Chaser with a case reference from an iPhone.
  add('chaser-with-reference-iphone', message({
    from: 'Bernadette O\'Shea <Bernadette.OShea@nhs.net>', to: PCSE_PORTAL, subject: 'Re: PCSE-2026-004117 GPP admin',
    date: 'Wed, 25 Nov 2026 07:12:40 +0000', id: 'F0E9D8C7-B6A5-4321-8F9E-1A2B3C4D5E6F@nhs.net',
    headers: ['In-Reply-To: <ack-PCSE-2026-004117@pcse.england.nhs.uk>', 'References: <ack-PCSE-2026-004117@pcse.england.nhs.uk>'],
    body: text(`Morning - any update on this one? Jo still can't see the user management tab.

Thanks
Bernie

Sent from my iPhone

> On 3 Nov 2026, at 08:01, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:
>
> Thank you for your email. Your reference is PCSE-2026-004117. We aim to respond within 5 working days.
`, { cte: '7bit' }),
  }), unclassified(['chaser', 'case_reference', 'sent_from_iphone', 'quoted_acknowledgement']));
  out[out.length - 1]!.expected.traits.push('no_new_request');

  // 19. Genuine question (two questions, numbers that are not codes).
  add('question-admin-limit-and-form', message({
    from: 'Nkechi Obi-Thornton <nkechi.obi-thornton@nhs.net>', to: PCSE_PORTAL, subject: 'Quick question about user admins',
    date: 'Wed, 25 Nov 2026 13:30:12 +0000', id: 'DU0PR01MB9420A1B2C3D4E5F6A7B8C9D0E1F2@DU0PR01MB9420.eurprd01.prod.outlook.com',
    body: alt(`Hi,

Two quick questions before I fill anything in:

1. How many GPP user admins can a practice have? We already have 3.
2. If our senior partner is on sabbatical, can the salaried GP sign the certification form instead, or does it have to be a partner?

We're a dispensing practice with about 9,400 patients if that makes any difference.

Thanks
Nkechi
Practice Manager, Fenwold Surgery
01205 555 260 | 07700 900 402

Sent from Outlook for Android`),
  }), unclassified(['genuine_question', 'numbered_questions', 'numbers_not_codes', 'outlook_android']));

  // 20. Out-of-office auto-reply.
  add('auto-reply-out-of-office', message({
    from: 'Rhodri ap Gwilym <rhodri.apgwilym@nhs.net>', to: PCSE_PORTAL, subject: 'Automatic reply: PCSE-2026-004362 - your request',
    date: 'Thu, 26 Nov 2026 09:00:03 +0000', id: 'AM0PR10MB2177autoreply0c8e@AM0PR10MB2177.eurprd10.prod.outlook.com',
    headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: rhodri.apgwilym@nhs.net'],
    body: alt(`Thank you for your email. I am out on domiciliary visits until Monday 30 November with limited access to email.

For urgent appointment queries please call the office on 0117 496 0712 or email homesight.bookings@nhs.net.

Rhodri`),
  }), unclassified(['auto_reply', 'case_reference', 'phone_numbers'], 'auto_reply'));

  // 21. GPP certification as a flat PDF, two-column table with [X] tick boxes for the approver's role; cid logo in the HTML.
  {
    const pdf = await flatForm(gppCert({
      practice: 'Pennine Moor Practice', code: 'P82604', address: 'Moor Lane, Todmorden OL14 6AA',
      nominee: 'Mohammed Al-Rashid', nomineeEmail: 'mohammed.al-rashid@nhs.net', nomineePhone: '01706 555 902',
      approver: 'Dr Ewa Kowalczyk-Byrne',
      approverRole: { label: 'Approver role', ticks: [
        { label: 'GP Partner', on: true }, { label: 'Practice Manager', on: false }, { label: 'Other (state)', on: false },
      ] },
      approverEmail: 'ewa.kowalczyk-byrne@nhs.net', signed: true, date: '26.11.26',
    }), 'table');
    const body = `Hello,

Please find our GPP user administrator form attached, signed by Dr Kowalczyk-Byrne. Mo is our finance lead.

Best wishes,
Alannah

Alannah Fitzgerald-Hughes
Reception & Admin Supervisor
Pennine Moor Practice
Tel 01706 555 900 | Prescriptions 01706 555 909
`;
    const png = await logo('Pennine Moor');
    add('gpp-flat-table-ticks-cid-logo', message({
      from: 'Alannah Fitzgerald-Hughes <ALANNAH.FITZGERALD-HUGHES@nhs.net>', to: PCSE_PORTAL, subject: 'GPP user admin',
      date: 'Thu, 26 Nov 2026 11:47:35 +0000', id: '6A5B4C3D-2E1F-4A0B-9C8D-7E6F5A4B3C2D@nhs.net',
      headers: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'],
      body: multi('mixed', [
        multi('alternative', [
          text(body),
          multi('related', [html(htmlOf(body, { cidImage: 'pm-logo.png@01DB3F' })), attachment('image/png', 'pm-logo.png', png, { inline: 'pm-logo.png@01DB3F' })]),
        ]),
        attachment('application/pdf', 'GPP UA form - signed.pdf', pdf),
      ]),
    }), {
      kind: 'user_admin_nomination', ignored: null, organisation: org('P82604', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: P('Mohammed Al-Rashid', 'mohammed.al-rashid@nhs.net'),
        approver: { name: 'Ewa Kowalczyk-Byrne', email: 'ewa.kowalczyk-byrne@nhs.net', role: 'GP Partner' },
      },
      mustRaise: [],
      traits: ['pdf_flat', 'pdf_table', 'tick_boxes_text', 'cid_image', 'hyphenated_name', 'known_as_name', 'apple_mail', 'sender_not_party'],
    });
  }

  // 22. Misdirected Open Exeter additional permissions from a Lead GP, inside a longer note; the user's username given.
  {
    const body = `Dear colleagues

I'm not sure if this is the right inbox - apologies if not.

Our practice nurse Bronwen Ap-Rhys (bronwen.ap-rhys@nhs.net, Open Exeter user ID BAPRHYS1) needs the "Prior notification list" and "Cervical screening result enquiry" permissions adding on Open Exeter. She already has a login for the GP practice.

I am the Lead GP at Glan-y-Mor Surgery (ODS K83 047) and I approve this.

Best wishes
Dr Iestyn Morgan-Price
Lead GP | Caldicott Guardian
Glan-y-Mor Surgery
GMC 4567123 | 01234 555 700
${NHSMAIL_FOOTER}`;
    add('oe-permissions-misdirected-lead-gp', message({
      from: 'Morgan-Price Iestyn (Dr) <iestyn.morgan-price@nhs.net>', to: PCSE_PORTAL, subject: 'Open Exeter permissions for practice nurse',
      date: 'Fri, 27 Nov 2026 12:02:48 +0000', id: 'LO2P265MB2891AA7C3D22E1F0B9C8D7E6F5A4B@LO2P265MB2891.GBRP265.PROD.OUTLOOK.COM',
      body: alt(body),
    }), {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('K83047', 'gp_practice'),
      fields: {
        user: { name: 'Bronwen Ap-Rhys', email: 'bronwen.ap-rhys@nhs.net', username: 'BAPRHYS1' },
        permissions: ['Prior notification list', 'Cervical screening result enquiry'],
        signatory: { name: 'Iestyn Morgan-Price', email: 'iestyn.morgan-price@nhs.net', role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['misdirected', 'gmc_number_nearby', 'code_with_space', 'hyphenated_name', 'two_roles_in_signature', 'surname_first_display_name'],
    });
  }

  // 23. Main contact change, HTML-only quoted-printable from Outlook mobile; the new contact known by another first name; ticket number beside the code.
  {
    const h = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="ltr" style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt">Hi PCSE,</div>
<div dir="ltr"><br></div>
<div dir="ltr">Our main contact for supplies &amp; records has left. Please set up the new main contact for Kilnworth Dispensing Practice (code k 8 1 0 4 4 &ndash; our IT ticket for this is INC0048812, don&#39;t confuse the two!):</div>
<div dir="ltr"><br></div>
<div dir="ltr"><b>Name:</b> Margaret (Peggy) O&#39;Driscoll-Byrne<br><b>Email:</b> <a href="mailto:Peggy.ODriscoll-Byrne@nhs.net">Peggy.ODriscoll-Byrne@nhs.net</a></div>
<div dir="ltr"><br></div>
<div dir="ltr">Thanks,<br>Owen</div>
<div dir="ltr"><br></div>
<div dir="ltr">Owen Llewelyn-Jones | Deputy Practice Manager | he/him<br>Kilnworth Dispensing Practice<br>T 01948 555 610 &middot; M 07700 900 505 &middot; Dispensary 01948 555 619</div>
<div id="ms-outlook-mobile-signature"><br>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>
</body></html>`;
    add('main-contact-html-qp-known-as', message({
      from: 'Owen Llewelyn-Jones <owen.llewelyn-jones@nhs.net>', to: PCSE_PORTAL, subject: ew('New main contact – Kilnworth'),
      date: 'Mon, 30 Nov 2026 08:44:10 +0000', id: 'AS2PR09MB6301B8A7C6D5E4F3A2B1C0D9E8F7A@AS2PR09MB6301.eurprd09.prod.outlook.com',
      body: html(h, { cte: 'quoted-printable' }),
    }), {
      kind: 'main_contact_change', ignored: null, organisation: org('K81044', 'gp_practice'),
      fields: { newMainContact: P("Margaret O'Driscoll-Byrne", 'peggy.odriscoll-byrne@nhs.net') },
      mustRaise: [],
      traits: ['html_only', 'quoted_printable', 'known_as_name', 'apostrophe_name', 'hyphenated_name', 'code_spaced_letters', 'ticket_number_nearby', 'rfc2047_subject', 'outlook_android', 'dispensing_practice'],
    });
  }

  // 24. OPTO nomination whose second paragraph replaces the nominee; contract holder approves; code with a space.
  add('opto-admin-nominee-replaced', message({
    from: 'Anjali Venkataraman-Shaw <anjali.venkataraman-shaw@nhs.net>', to: PCSE_PORTAL, subject: 'Ophthalmic user admin request',
    date: 'Tue, 1 Dec 2026 19:03:37 +0000', id: 'CAB1cD2=eF3gH4iJ5kL6mN7oP8qR9sT0uV1@mail.gmail.com',
    body: alt(`Hello,

I'm the contract holder at Venkataraman-Shaw Eyecare (TP R72) and I'd like Tariq Haddad (tariq.haddad@nhs.net) set up as an OPTO user administrator please.

Actually, please make it Fenella Ross-Mackintosh instead (fenella.ross-mackintosh@nhs.net) - I've just found out Tariq is leaving us at Christmas. Sorry for the muddle.

Best,
Anjali Venkataraman-Shaw BSc(Hons) MCOptom
Contract Holder
GOC 01-19283 | 0116 555 4410 | 07700 900 842

Sent from my iPhone`),
  }), {
    kind: 'user_admin_nomination', ignored: null, organisation: org('TPR72', 'ophthalmic_practice'),
    fields: {
      service: 'OPTO',
      nominee: P('Fenella Ross-Mackintosh', 'fenella.ross-mackintosh@nhs.net'),
      approver: { name: 'Anjali Venkataraman-Shaw', email: 'anjali.venkataraman-shaw@nhs.net', role: 'Contract Holder' },
    },
    mustRaise: [],
    traits: ['self_correction', 'nominee_replaced', 'code_with_space', 'goc_number_nearby', 'hyphenated_name', 'sent_from_iphone', 'gmail_app'],
  });

  return out;
}

