// portalenquiries: the messages as they arrived, with the case a careful PCSE staff member would enter.
import { type Msg, person, withRole } from './lib.js';
import { gppCertAcro, gppCertFlatBelow } from './pdfs.js';

export const NHSMAIL = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

const CORP_FOOTER = (co: string) => `
--
${co} is a company registered in England and Wales. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. ${co} accepts no liability for viruses.`;

export async function portal(): Promise<Msg[]> {
  const mb = 'portalenquiries' as const;
  return [
    {
      mailbox: mb, n: 1, slug: 'gpp-admin-merged-practice-acroform',
      from: ['Brookside Medical Group', 'brookside.medicalgroup@nhs.net'],
      subject: 'GPP Practice User Administrator - Brookside Medical Group (formerly Oakfield Surgery)',
      date: '2026-11-27T10:12:00Z', id: 'LO4P265MB7741A1B2C3D4E5F6A7B8C9D0E1',
      text: `Good morning,

As you may know, Oakfield Surgery (P81022) merged into Brookside Medical Group on 1 October 2026 and the Oakfield code is being closed. All GP Payments and Pensions work is now done under Brookside Medical Group, P81007.

Our previous GPP admin was Siobhán Ní Bhriain at Oakfield. She has moved to a different role and her access was on the old code only.

Please find attached the certification form for Aoife Ní Dhonnchadha, our new Finance Lead, to be set up as our GPP Practice User Administrator. Part 2 has been completed by Dr Adeyemi.

Kind regards

Bartosz Zieliński
Operations Manager
Brookside Medical Group
01772 480 200
${NHSMAIL}`,
      attachments: [{
        filename: 'GPP PUA Certification - Brookside.pdf', contentType: 'application/pdf',
        content: await gppCertAcro({
          practiceName: 'Brookside Medical Group', practiceCode: 'P81007', practiceAddress: 'Brookside Health Centre, 2 Mill Lane, Preston, PR1 4XT',
          nomineeName: 'Aoife Ní Dhonnchadha', nomineeJob: 'Finance Lead', nomineeEmail: 'aoife.nidhonnchadha@nhs.net', nomineePhone: '01772 480 221',
          approverName: 'Dr Kehinde Adeyemi', approverRole: 'Senior Partner', approverEmail: 'kehinde.adeyemi@nhs.net', signature: 'K. Adeyemi', date: '27/11/2026',
        }),
      }],
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'P81007', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: person('Aoife Ní Dhonnchadha', 'aoife.nidhonnchadha@nhs.net'), approver: withRole('Kehinde Adeyemi', 'kehinde.adeyemi@nhs.net', 'Senior Partner') },
        traits: ['pdf_acroform', 'acroform_generic_field_names', 'merged_practice_two_codes', 'non_ascii_name', 'distractor_person', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 2, slug: 'gpp-admin-flat-form-unsigned',
      from: ['Rowan Tree Surgery', 'rowantree.surgery@nhs.net'],
      subject: 'GPP admin form',
      date: '2026-11-30T15:47:00Z', id: 'CWLP265MB52170B9E2F0D1A4C6E8B',
      text: `Hi,

Form attached for our new GPP admin. Dr Bakare has filled in part two.

Thanks
Halina Kowalczyk
Practice Manager, Rowan Tree Surgery
${NHSMAIL}`,
      attachments: [{
        filename: 'scan0042.pdf', contentType: 'application/pdf',
        content: await gppCertFlatBelow({
          practiceName: 'Rowan Tree Surgery', practiceCode: 'L83104', practiceAddress: '41 Rowan Way, Exeter, EX2 7HQ',
          nomineeName: 'Catriona McAleese', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'catriona.mcaleese@nhs.net', nomineePhone: '01392 461 730',
          approverName: 'Dr Olumide Bakare', approverRole: 'GP Partner', approverEmail: 'olumide.bakare@nhs.net', signature: '', date: '30/11/2026',
        }),
      }],
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'L83104', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: person('Catriona McAleese', 'catriona.mcaleese@nhs.net'), approver: withRole('Olumide Bakare', 'olumide.bakare@nhs.net', 'GP Partner') },
        mustRaise: ['missing_signature'],
        traits: ['pdf_text', 'value_below_label', 'unsigned_form', 'terse_body', 'distractor_person'],
      },
    },
    {
      mailbox: mb, n: 3, slug: 'opto-admin-optical-chain-one-store',
      from: ['ClearSight Opticians Compliance', 'compliance@clearsight-optical.co.uk'],
      cc: [['Priya Raghunathan', 'priya.raghunathan@clearsight-optical.co.uk']],
      subject: 'OPTO user admin for our Harrogate store (TPR84)',
      date: '2026-11-18T09:05:00Z', id: 'AM0PR02MB6634.eurprd02.prod.outlook.com.c11p003', domain: 'clearsight-optical.co.uk',
      text: `Dear PCSE,

We are the central compliance team for ClearSight Opticians Ltd (112 stores). We are writing on behalf of one of our stores only:

Store: ClearSight Opticians - Harrogate
Store ODS code: TPR84
Address: 17 Cambridge Street, Harrogate, HG1 1RS

The store has had no Ophthalmic Payments user administrator since the last store manager left. Please set up the new store manager, Wojciech Kamiński (wojciech.kaminski@clearsight-optical.co.uk), with the User Management (Organisation) role.

Our contract holder, Priya Raghunathan (cc'd), approves this nomination.

Please do not use our head office code (TPR01) for this - the role is for Harrogate only. Once set up, Wojciech will add his deputy manager, Hannah Stroud, himself.

Regards

Megan O'Rourke
Compliance Coordinator | ClearSight Opticians Ltd
Head Office, 1 Albion Place, Leeds LS1 6JL
${CORP_FOOTER('ClearSight Opticians Ltd')}`,
      html: `<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear PCSE,</p>
<p>We are the central compliance team for ClearSight Opticians Ltd (112 stores). We are writing on behalf of one of our stores only:</p>
<p><b>Store:</b> ClearSight Opticians - Harrogate<br><b>Store ODS code:</b> TPR84<br><b>Address:</b> 17 Cambridge Street, Harrogate, HG1 1RS</p>
<p>The store has had no Ophthalmic Payments user administrator since the last store manager left. Please set up the new store manager, Wojciech Kamiński (<a href="mailto:wojciech.kaminski@clearsight-optical.co.uk">wojciech.kaminski@clearsight-optical.co.uk</a>), with the User Management (Organisation) role.</p>
<p>Our contract holder, Priya Raghunathan (cc'd), approves this nomination.</p>
<p>Please do not use our head office code (TPR01) for this - the role is for Harrogate only. Once set up, Wojciech will add his deputy manager, Hannah Stroud, himself.</p>
<p>Regards</p>
<p>Megan O'Rourke<br>Compliance Coordinator | ClearSight Opticians Ltd<br>Head Office, 1 Albion Place, Leeds LS1 6JL</p>
<p style="font-size:8pt;color:#777">ClearSight Opticians Ltd is a company registered in England and Wales. This email and any attachments are confidential and intended solely for the addressee.</p>
</body></html>`,
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'TPR84', type: 'ophthalmic_practice' },
        fields: { service: 'OPTO', nominee: person('Wojciech Kamiński', 'wojciech.kaminski@clearsight-optical.co.uk'), approver: withRole('Priya Raghunathan', 'priya.raghunathan@clearsight-optical.co.uk', 'contract holder') },
        traits: ['multi_site_contractor', 'head_office_code_distractor', 'cc_approver_stated', 'non_ascii_name', 'distractor_person', 'multipart_alternative', 'non_nhs_domain'],
      },
    },
    {
      mailbox: mb, n: 4, slug: 'pl-admin-federation-two-people-cc',
      from: ['Tamar Valley GP Federation - Business Support', 'tvgpf.businesssupport@nhs.net'],
      cc: [['Rowe Megan (TAMAR VALLEY GP FEDERATION)', 'megan.rowe7@nhs.net'], ['GALLAGHER, Fiona (Dr)', 'fiona.gallagher2@nhs.net']],
      subject: 'PL Organisation Administrator - Harbour View Surgery L82015',
      date: '2026-11-19T11:31:00Z', id: 'DB9PR02MB7120B1E2D3F4A5B6C7D8E9F0A',
      text: `Hello,

The federation provides business support to Harbour View Surgery (L82015), one of our 14 member practices. The practice has no Performers List organisation administrator at the moment.

Please set up Joanna Pietrzak, Practice Manager, joanna.pietrzak@nhs.net, as PL Organisation Administrator for Harbour View Surgery.

Megan Rowe (Reception Manager, cc'd) will be covering Joanna's leave in December but does not need the role.

Dr Fiona Gallagher, the practice's CQC Registered Manager, is also copied in and has approved this nomination.

Many thanks

Ciarán Doherty
Business Support Officer
Tamar Valley GP Federation
${NHSMAIL}`,
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'L82015', type: 'gp_practice' },
        fields: { service: 'PL', nominee: person('Joanna Pietrzak', 'joanna.pietrzak@nhs.net'), approver: withRole('Fiona Gallagher', 'fiona.gallagher2@nhs.net', 'CQC Registered Manager') },
        traits: ['federation_on_behalf', 'two_people_one_nominee', 'cc_approver_stated', 'cc_non_approver', 'surname_first_display_name', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 5, slug: 'pcn-admin-icb-approver-html-only',
      from: ['OKAFOR, Adaeze (NHS HUMBER AND NORTH YORKSHIRE ICB)', 'adaeze.okafor@nhs.net'],
      subject: 'PCN user admin request - North Wolds PCN (U45127)',
      date: '2026-11-20T14:02:00Z', id: 'LO6P265MB6890F3E2D1C0B9A8F7E6D5C4',
      enc: 'b64',
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial;font-size:10pt">
<p>Good afternoon,</p>
<p>I am an approver for NHS Humber and North Yorkshire ICB on the NHSE Authorised Email List. North Wolds PCN does not currently have a PCN user admin.</p>
<p>Please set up the following as PCN user admin:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>PCN</b></td><td>North Wolds PCN</td></tr>
<tr><td><b>PCN code</b></td><td>U45127</td></tr>
<tr><td><b>Name</b></td><td>O'CONNELL, Liam</td></tr>
<tr><td><b>Role</b></td><td>PCN Digital Transformation Lead</td></tr>
<tr><td><b>Email</b></td><td>liam.oconnell1@nhs.net</td></tr>
</table>
<p>I approve this request.</p>
<p>Kind regards,<br>Adaeze Okafor<br>Senior Primary Care Manager<br>NHS Humber and North Yorkshire ICB</p>
</div></body></html>`,
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'U45127', type: 'pcn' },
        fields: { service: 'PCN', nominee: person("Liam O'Connell", 'liam.oconnell1@nhs.net'), approver: withRole('Adaeze Okafor', 'adaeze.okafor@nhs.net', 'Senior Primary Care Manager') },
        traits: ['html_only', 'base64_body', 'html_table', 'surname_first_allcaps', 'approver_is_sender'],
      },
    },
    {
      mailbox: mb, n: 6, slug: 'pcn-admin-clinical-director-not-icb',
      from: ['Farouk Hamid (Dr)', 'hamid.farouk@nhs.net'],
      subject: 'Lakeside PCN - PCN user admin',
      date: '2026-11-23T08:18:00Z', id: 'PAXP265MB2210C9D8E7F6A5B4C3D2E1F0',
      text: `Dear PCSE,

I'm the Clinical Director of Lakeside PCN (U61842). We have no PCN user admin. Please set up:

Nominee: ADEBAYO, Funmilayo - PCN Manager - funmilayo.adebayo@nhs.net

I approve this myself as Clinical Director. Our ICB contact is on long-term leave so this has not been through the ICB - I hope that is OK.

Dr Hamid Farouk
Clinical Director, Lakeside PCN
${NHSMAIL}`,
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'U61842', type: 'pcn' },
        fields: { service: 'PCN', nominee: person('Funmilayo Adebayo', 'funmilayo.adebayo@nhs.net'), approver: withRole('Hamid Farouk', 'hamid.farouk@nhs.net', 'Clinical Director') },
        mustRaise: ['approver_not_on_ael'],
        traits: ['surname_first_allcaps', 'approver_is_sender', 'approver_not_icb_stated', 'surname_first_display_name'],
      },
    },
    {
      mailbox: mb, n: 7, slug: 'opto-admin-chain-dental-shaped-code',
      from: ['Ruaidhrí Ó Conchúir', 'ruaidhri.oconchuir@vistaeyecare.co.uk'],
      subject: 'Ophthalmic user admin - Vista Eyecare Kettering',
      date: '2026-11-24T16:40:00Z', id: 'VI1PR08MB4431E0F1A2B3C4D5E6F7A8B9', domain: 'vistaeyecare.co.uk',
      text: `Hi PCSE,

I'm the area manager for 19 Vista Eyecare optical practices in Northamptonshire and Leicestershire.

Please give Ngozi Eze (ngozi.eze@vistaeyecare.co.uk), store manager at Vista Eyecare Kettering, the OPTO Organisation User Administration role so she can manage Ophthalmic Payments users for the store.

Optical practice: Vista Eyecare Kettering, 44 Gold Street, Kettering NN16 8JB
ODS code: V023741

Thanks,
Ruaidhrí Ó Conchúir
Area Manager - Midlands East
Vista Eyecare Group
${CORP_FOOTER('Vista Eyecare Group Ltd')}`,
      expected: {
        kind: 'user_admin_nomination', organisation: { odsCode: 'V023741', type: 'dental_practice' },
        fields: { service: 'OPTO', nominee: person('Ngozi Eze', 'ngozi.eze@vistaeyecare.co.uk'), approver: null },
        mustRaise: ['ods_type_mismatch'],
        traits: ['multi_site_contractor', 'area_manager', 'code_shape_disagrees_with_type', 'non_ascii_sender', 'no_approver', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 8, slug: 'main-contact-dental-corporate-crm-html',
      from: ['Brightwell Dental Group Compliance', 'compliance@brightwelldental.co.uk'],
      subject: 'Case 00481736: Main Contact change - Brightwell Dental Cheltenham [ ref:_00D4J1bx3._5008d2K9sQ:ref ]',
      date: '2026-11-17T13:22:00Z', id: 'crm.00481736.1763385720@brightwelldental.co.uk', domain: 'mail.crm.brightwelldental.co.uk',
      enc: 'qp',
      html: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{padding:4px 8px;font-family:Segoe UI,Arial;font-size:13px}</style></head><body>
<table width="600" cellspacing="0" style="border:1px solid #d0d7de"><tr><td style="background:#0b5394;color:#fff" colspan="2"><b>Brightwell Dental Group &ndash; Compliance Request</b></td></tr>
<tr><td colspan="2">Dear Primary Care Support England,<br><br>Please update the Main Contact for the practice below. This request relates to this site only.</td></tr>
<tr><td><b>Practice name</b></td><td>Brightwell Dental &ndash; Cheltenham</td></tr>
<tr><td><b>Practice ODS code</b></td><td>V047218</td></tr>
<tr><td><b>Group head office ODS code</b></td><td>V000514 (for reference only)</td></tr>
<tr><td><b>New Main Contact name</b></td><td>KAVANAGH, Dervla</td></tr>
<tr><td><b>New Main Contact email</b></td><td>dervla.kavanagh@brightwelldental.co.uk</td></tr>
<tr><td><b>Outgoing Main Contact</b></td><td>Mark Threlfall (left 31/10/2026)</td></tr>
<tr><td><b>Requested by</b></td><td>Temitope Afolabi, Compliance Analyst</td></tr>
<tr><td colspan="2" style="color:#888;font-size:11px">Please keep the reference ref:_00D4J1bx3._5008d2K9sQ:ref in the subject line of any reply.</td></tr>
</table></body></html>`,
      expected: {
        kind: 'main_contact_change', organisation: { odsCode: 'V047218', type: 'dental_practice' },
        fields: { newMainContact: person('Dervla Kavanagh', 'dervla.kavanagh@brightwelldental.co.uk') },
        traits: ['html_only', 'quoted_printable', 'crm_template', 'head_office_code_distractor', 'surname_first_allcaps', 'distractor_person', 'html_entities'],
      },
    },
    {
      mailbox: mb, n: 9, slug: 'main-contact-pharmacy-multiple-code-corrected',
      from: ['Dominika Lis', 'dominika.lis@hartwellpharmacy.co.uk'],
      subject: 'Main contact change - Hartwell Pharmacy Ashby Road',
      date: '2026-11-25T10:03:00Z', id: 'DU2PR04MB8891AA01BB02CC03DD04EE05', domain: 'hartwellpharmacy.co.uk',
      enc: 'qp',
      text: `Hi,

Please can you change the main contact for our Ashby Road branch (Hartwell Pharmacy, 88 Ashby Road, Loughborough), ODS FQ421.

The new main contact is our pharmacist manager Nguyễn Văn Minh, email minh.nguyen12@nhs.net.

Sorry - the code is actually FQ412, not FQ421 (FQ421 is our Coalville shop).

Thanks
Dominika Lis
Area Manager - East Midlands
Hartwell Pharmacy Ltd (31 branches)
${CORP_FOOTER('Hartwell Pharmacy Ltd')}`,
      expected: {
        kind: 'main_contact_change', organisation: { odsCode: 'FQ412', type: 'pharmacy' },
        fields: { newMainContact: person('Nguyễn Văn Minh', 'minh.nguyen12@nhs.net') },
        traits: ['pharmacy_multiple', 'area_manager', 'self_correction_code', 'non_ascii_name', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 10, slug: 'main-contact-merged-practice-keeps-code',
      from: ['Castlefields & Elm Tree Medical Practice', 'castlefields.practice@nhs.net'],
      subject: 'New main contact following merger - K83019',
      date: '2026-12-01T09:44:00Z', id: 'LO3P265MB1187D0C1B2A3F4E5D6C7B8A9',
      text: `Dear Portal Enquiries team,

Elm Tree Surgery (K83042) and Castlefields Practice (K83019) merged on 1 December. The merged practice keeps the Castlefields code K83019 and is now called Castlefields & Elm Tree Medical Practice. K83042 will close at the end of the month.

Please make Sinéad Brennan (Operations Manager) the main contact for K83019, email sinead.brennan3@nhs.net. She replaces Dr Paul Whitlock, who was our main contact.

Elm Tree's main contact (Gareth Lyle) does not need moving across.

Best wishes

Sinéad Brennan
Operations Manager
${NHSMAIL}`,
      expected: {
        kind: 'main_contact_change', organisation: { odsCode: 'K83019', type: 'gp_practice' },
        fields: { newMainContact: person('Sinéad Brennan', 'sinead.brennan3@nhs.net') },
        traits: ['merged_practice_two_codes', 'non_ascii_name', 'distractor_person', 'shared_mailbox_sender', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 11, slug: 'verification-link-gp-all-caps',
      from: ['OKONKWO, Chidi (Dr)', 'chidi.okonkwo@nhs.net'],
      subject: 'VERIFICATION LINK NOT RECEIVED',
      date: '2026-11-16T07:55:00Z', id: 'LNXP265MB0042F1E2D3C4B5A6978877665',
      text: `DEAR PCSE

I AM A GP AT WILLOWBROOK SURGERY AND NEVER RECEIVED THE PCSE ONLINE VERIFICATION LINK. MY GMC REGISTERED EMAIL IS CHIDI.OKONKWO@NHS.NET AND MY GMC NUMBER IS 7065432. PLEASE RESEND THE LINK TO ME.

REGARDS

DR C OKONKWO
${NHSMAIL}`,
      expected: {
        kind: 'verification_link_resend', organisation: null,
        fields: { accountEmail: 'chidi.okonkwo@nhs.net', gmcNumber: '7065432' },
        traits: ['all_caps_body', 'surname_first_display_name', 'gp_own_account'],
      },
    },
    {
      mailbox: mb, n: 12, slug: 'verification-link-for-colleague',
      from: ['Saltmarsh Surgery - Practice Manager', 'saltmarsh.pm@nhs.net'],
      subject: 'Verification link for new GP',
      date: '2026-11-19T12:10:00Z', id: 'CWXP265MB3391A0B1C2D3E4F5A6B7C8D9',
      text: `Hello,

Our new salaried GP, Dr Marta Zielińska, started on 9 November and still hasn't received her PCSE Online verification link. Her GMC registered email address is marta.zielinska@nhs.net and her GMC number is 7312288.

Could you please send a new link to her? She is in clinic all week so I am emailing on her behalf.

Thanks,
Rhian Powell
Practice Manager, Saltmarsh Surgery (J82155)
${NHSMAIL}`,
      expected: {
        kind: 'verification_link_resend', organisation: { odsCode: 'J82155', type: 'gp_practice' },
        fields: { accountEmail: 'marta.zielinska@nhs.net', gmcNumber: '7312288' },
        mustRaise: ['not_own_account'],
        traits: ['on_behalf_of_colleague', 'non_ascii_name', 'code_in_signature', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 13, slug: 'account-unlock-polish-base64',
      from: ['Małgorzata Wójcik-Szymańska', 'm.wojcik-szymanska@nhs.net'],
      subject: 'Konto zablokowane / account locked - Meadowbank Surgery',
      date: '2026-11-26T08:31:00Z', id: 'AS8PR09MB6612B2C3D4E5F6A7B8C9D0E1',
      enc: 'b64',
      text: `Dzień dobry / Good morning,

I have locked my PCSE Online account - I typed the wrong password five times this morning. I am the GPP Practice User Administrator at Meadowbank Surgery (N81066).

Username: m.wojcik-szymanska@nhs.net

Could you please unlock it? I have salary changes to submit today.

Many thanks,
Małgorzata Wójcik-Szymańska
Finance Manager, Meadowbank Surgery
${NHSMAIL}`,
      expected: {
        kind: 'account_unlock', organisation: { odsCode: 'N81066', type: 'gp_practice' },
        fields: { username: 'm.wojcik-szymanska@nhs.net' },
        traits: ['base64_body', 'non_ascii_name', 'bilingual_greeting', 'non_ascii_subject'],
      },
    },
    {
      mailbox: mb, n: 14, slug: 'account-unlock-reply-with-username',
      from: ['Ellis Opticians', 'ellisopticians.chester@nhs.net'],
      subject: 'RE: PCSE-2026-004187 Further information required - account locked',
      date: '2026-12-01T16:20:00Z', id: 'LO2P265MB8842C3D4E5F6A7B8C9D0E1F2',
      extraHeaders: ['In-Reply-To: <pcse-2026-004187.2@pcse.nhs.uk>', 'References: <pcse-2026-004187.1@pcse.nhs.uk> <pcse-2026-004187.2@pcse.nhs.uk>'],
      text: `It's jamieblackwood@ellisopticians

Jamie

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 01 December 2026 15:02
To: Ellis Opticians <ellisopticians.chester@nhs.net>
Subject: PCSE-2026-004187 Further information required - account locked

Thank you for your email. To unlock the account we need the PCSE Online user name of the locked account. Please reply to this email with the user name.

Kind regards
Primary Care Support England

-----Original Message-----
From: Ellis Opticians <ellisopticians.chester@nhs.net>
Sent: 01 December 2026 11:40
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: locked out

Hi, one of our dispensing opticians, Jamie Blackwood, is locked out of PCSE Online after too many password attempts. He doesn't have his own email address so our user admin set him up with a user name. Ellis Opticians, 5 Bridge Street Row, Chester, TPE07.

Thanks
${NHSMAIL}`,
      expected: {
        kind: 'account_unlock', organisation: { odsCode: 'TPE07', type: 'ophthalmic_practice' },
        fields: { username: 'jamieblackwood@ellisopticians' },
        traits: ['reply_to_more_info', 'answer_short_request_quoted', 'case_ref_in_subject', 'non_email_username'],
      },
    },
    {
      mailbox: mb, n: 15, slug: 'account-reactivation-dental-site-main-contact',
      from: ['Brightwell Dental Group Compliance', 'compliance@brightwelldental.co.uk'],
      subject: 'Reactivate main contact account - Brightwell Dental Stroud V052906',
      date: '2026-11-20T10:58:00Z', id: 'DB8PR10MB3301E1F2A3B4C5D6E7F8A9B0', domain: 'brightwelldental.co.uk',
      text: `Hello,

Practice: Brightwell Dental - Stroud, ODS V052906 (one of our 48 sites; please don't confuse it with Brightwell Dental - Stroud Road, Gloucester, V052961).

The site's Practice Manager and Main Contact, NOWAK, Elżbieta, has had her PCSE Online account deactivated because it had not been used for a while. Her username is elzbieta.nowak@brightwelldental.co.uk. As she holds the main contact role, please can you reactivate it.

Regards,
Temitope Afolabi
Compliance Analyst, Brightwell Dental Group
${CORP_FOOTER('Brightwell Dental Group Ltd')}`,
      expected: {
        kind: 'account_reactivation', organisation: { odsCode: 'V052906', type: 'dental_practice' },
        fields: { username: 'elzbieta.nowak@brightwelldental.co.uk' },
        traits: ['multi_site_contractor', 'similar_site_distractor', 'surname_first_allcaps', 'non_ascii_name', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 16, slug: 'account-reactivation-phone-html-only',
      from: ['Trần Thị Mai', 'tran.mai@nhs.net'],
      subject: 'Account deactivated',
      date: '2026-11-28T19:26:00Z', id: 'SN6PR06MB4410F2A3B4C5D6E7F8A9B0C1',
      enc: 'b64',
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Hi, my PCSE Online account has been deactivated - it says contact your administrator but I AM the administrator (GPP and PL user admin at Hollybush Surgery, M83077). My login is tran.mai@nhs.net. Can you reactivate please?</div><div dir="auto"><br></div><div dir="auto">Thanks, Mai</div><div dir="auto"><br></div><div dir="auto">Sent from <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>`,
      expected: {
        kind: 'account_reactivation', organisation: { odsCode: 'M83077', type: 'gp_practice' },
        fields: { username: 'tran.mai@nhs.net' },
        traits: ['html_only', 'base64_body', 'phone_mail_app', 'non_ascii_sender'],
      },
    },
    {
      mailbox: mb, n: 17, slug: 'role-removal-optical-chain-leaver',
      from: ["O'Rourke, Megan", 'compliance@clearsight-optical.co.uk'],
      subject: 'Leaver - remove roles - Leeds Kirkgate TPR52',
      date: '2026-11-21T11:11:00Z', id: 'AM0PR02MB6634.eurprd02.prod.outlook.com.c11p017', domain: 'clearsight-optical.co.uk',
      text: `Dear PCSE,

Store: ClearSight Opticians - Leeds Kirkgate (TPR52)

Tomás Ó Briain left this store on 14 November. Please remove his Contractor Signatory and GOS Performer roles from his PCSE Online account (username tomas.obriain@clearsight-optical.co.uk).

He remains a performer at our Wakefield store (TPR60), so please don't deactivate the account completely.

Regards,
Megan O'Rourke
Compliance Coordinator | ClearSight Opticians Ltd
${CORP_FOOTER('ClearSight Opticians Ltd')}`,
      expected: {
        kind: 'role_removal_request', organisation: { odsCode: 'TPR52', type: 'ophthalmic_practice' },
        fields: { username: 'tomas.obriain@clearsight-optical.co.uk', roles: ['Contractor Signatory', 'GOS Performer'] },
        traits: ['multi_site_contractor', 'second_store_distractor', 'non_ascii_name', 'surname_first_display_name', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 18, slug: 'role-removal-pharmacy-no-username',
      from: ['Kwame Asante', 'kwame.asante@nhs.net'],
      subject: 'Remove PCSE role - former relief pharmacist',
      date: '2026-11-24T09:37:00Z', id: 'LO0P265MB5523A4B5C6D7E8F9A0B1C2D3',
      text: `Hi team,

Our former relief pharmacist, Piotr Grabowski, still has the Practice Order Entry Clerk role at Hartwell Pharmacy - Coalville (FQ421). He stopped working for us in September. I don't have his username, sorry.

Please remove the role.

Kwame Asante
Area Manager (Leicestershire)
Hartwell Pharmacy
${NHSMAIL}`,
      expected: {
        kind: 'role_removal_request', organisation: { odsCode: 'FQ421', type: 'pharmacy' },
        fields: { username: null, roles: ['Practice Order Entry Clerk'] },
        traits: ['pharmacy_multiple', 'area_manager', 'username_not_given'],
      },
    },
    {
      mailbox: mb, n: 19, slug: 'chaser-federation-case-ref',
      from: ['Tamar Valley GP Federation - Business Support', 'tvgpf.businesssupport@nhs.net'],
      subject: 'RE: PCSE-2026-003921 PL Organisation Administrator - Harbour View Surgery L82015',
      date: '2026-11-27T15:05:00Z', id: 'DB9PR02MB7120C2D3E4F5A6B7C8D9E0F1A',
      text: `Hi,

Just chasing this one - is there any update? Joanna still can't see the Performers List tab.

Thanks
Ciarán

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 19 November 2026 11:40
Subject: PCSE-2026-003921 PL Organisation Administrator - Harbour View Surgery L82015

Thank you for contacting Primary Care Support England. Your reference is PCSE-2026-003921. We aim to respond within 5 working days.
${NHSMAIL}`,
      expected: {
        kind: 'unclassified', organisation: null, fields: {},
        traits: ['chaser', 'case_ref_in_subject', 'quoted_acknowledgement', 'non_ascii_name'],
      },
    },
    {
      mailbox: mb, n: 20, slug: 'question-one-main-contact-many-sites',
      from: ['Brightwell Dental Group Compliance', 'compliance@brightwelldental.co.uk'],
      subject: 'Query - one main contact for multiple sites?',
      date: '2026-11-30T10:20:00Z', id: 'DB8PR10MB3301F2A3B4C5D6E7F8A9B0C1', domain: 'brightwelldental.co.uk',
      text: `Hello,

A general question before we change anything: can a single person in our head office be the Main Contact for all 48 Brightwell Dental sites, or does each site need its own Main Contact? We are not asking for a change yet, we just want to understand the options.

If it is possible, is there a limit on how many practices one person can be the main contact for?

Regards,
Temitope Afolabi
Compliance Analyst, Brightwell Dental Group
${CORP_FOOTER('Brightwell Dental Group Ltd')}`,
      expected: {
        kind: 'unclassified', organisation: null, fields: {},
        traits: ['genuine_question', 'multi_site_contractor', 'mentions_main_contact'],
      },
    },
    {
      mailbox: mb, n: 21, slug: 'auto-reply-annual-leave',
      from: ['Aoife Ní Dhonnchadha', 'aoife.nidhonnchadha@nhs.net'],
      subject: 'Automatic reply: PCSE-2026-004402 GPP Practice User Administrator - Brookside Medical Group',
      date: '2026-12-02T09:01:00Z', id: 'LO4P265MB7741B2C3D4E5F6A7B8C9D0E1F2',
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: aoife.nidhonnchadha@nhs.net'],
      text: `Thank you for your email. I am on annual leave until Monday 7 December with limited access to email.

For urgent GP Payments and Pensions matters please contact brookside.medicalgroup@nhs.net or call 01772 480 200.

Aoife Ní Dhonnchadha
Finance Lead, Brookside Medical Group`,
      expected: {
        kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
        traits: ['auto_reply', 'auto_submitted_header', 'case_ref_in_subject', 'non_ascii_name'],
      },
    },
    {
      mailbox: mb, n: 22, slug: 'misdirected-practice-email-update',
      from: ['Hollybush Surgery', 'hollybush.surgery@nhs.net'],
      subject: 'Update practice email address',
      date: '2026-11-23T13:45:00Z', id: 'SN6PR06MB4410A3B4C5D6E7F8A9B0C1D2',
      text: `Good afternoon,

Practice name: Hollybush Surgery
Practice code: M83077
Current practice email: hollybush.surgery@nhs.net
New practice email: hollybush.admin@nhs.net (new shared mailbox set up by our IT provider)

Kind regards
Mai
${NHSMAIL}`,
      expected: {
        kind: 'practice_email_update', organisation: { odsCode: 'M83077', type: 'gp_practice' },
        fields: { currentEmail: 'hollybush.surgery@nhs.net', newEmail: 'hollybush.admin@nhs.net' },
        traits: ['misdirected', 'key_value_lines'],
      },
    },
    {
      mailbox: mb, n: 23, slug: 'misdirected-open-exeter-permissions',
      from: ['Dr Rory Mac Giolla Phádraig', 'rory.macgiollaphadraig@nhs.net'],
      subject: 'Open Exeter - extra permission for our operations manager',
      date: '2026-12-03T12:12:00Z', id: 'LO3P265MB1187E1F2A3B4C5D6E7F8A9B0',
      text: `Hello,

I'm a GP Partner at Castlefields & Elm Tree Medical Practice (K83019).

Please could you give our Operations Manager, Sinéad Brennan, the Prior Notification List permission in Open Exeter. She already has an Open Exeter account: username SBRENNAN3, email sinead.brennan3@nhs.net.

Many thanks

Dr Rory Mac Giolla Phádraig
GP Partner
Castlefields & Elm Tree Medical Practice
${NHSMAIL}`,
      expected: {
        kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'K83019', type: 'gp_practice' },
        fields: {
          user: { name: 'Sinéad Brennan', email: 'sinead.brennan3@nhs.net', username: 'SBRENNAN3' },
          permissions: ['Prior Notification List'],
          signatory: withRole('Rory Mac Giolla Phádraig', 'rory.macgiollaphadraig@nhs.net', 'gp_partner'),
        },
        traits: ['misdirected', 'non_ascii_name', 'multi_word_surname', 'quoted_printable'],
      },
    },
  ];
}
