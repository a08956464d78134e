// pcse.portalenquiries@nhs.net: 001–014.
import { type CaseDef, dt, flatPdf, acroPdf, iso, mail, NHSMAIL_FOOTER, PCSE, pdf, person, signatory, fieldNames } from './common.js';
import { mbox } from './mime.js';
import { gppCertForm, oeForm, pcnForm } from './layouts.js';

const TO = PCSE.portalenquiries;

export const portal: CaseDef[] = [
  // 001 OPTO admin nominated by the contract holder, from the practice's own domain
  async () => ({
    n: 1, mailbox: 'portalenquiries', slug: 'opto-admin-contract-holder',
    eml: mail({
      id: 'c49-001', client: 'm365', date: dt(11, 3, 10, 12, 41),
      from: mbox('Harpreet Sandhu', 'h.sandhu@sandhuandwebb.co.uk'), to: TO,
      subject: 'User Management (Organisation) role - Sandhu & Webb Opticians TPH42',
      text: `Hello,

I am the contract holder for Sandhu & Webb Opticians (ODS TPH42), 14 Market Street, Loughborough LE11 3EP.

We don't currently have anyone with the User Management (Organisation) role for Ophthalmic Payments since our previous manager left in the summer. Please could you set this up for our practice manager:

Name: Olivia Kerr
Email: olivia.kerr@sandhuandwebb.co.uk

Olivia will be our only OPTO admin for now. I'm happy to be contacted on 01509 212 774 if you need to verify anything.

Many thanks,
Harpreet

Harpreet Sandhu BSc(Hons) MCOptom
Contract Holder
Sandhu & Webb Opticians Ltd
14 Market Street | Loughborough | LE11 3EP
`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null,
      organisation: { odsCode: 'TPH42', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Olivia Kerr', 'olivia.kerr@sandhuandwebb.co.uk'), approver: signatory('Harpreet Sandhu', 'h.sandhu@sandhuandwebb.co.uk', 'Contract Holder') },
      mustRaise: [], traits: ['optical', 'non_nhs_sender', 'sender_is_approver', 'labelled_lines', 'signature_block'],
    },
  }),

  // 002 PCN user admin, approved by an ICB approver; the request form attached (flat)
  async () => {
    const form = await flatPdf(pcnForm(), {
      values: {
        pcnName: 'Wyre Estuary PCN', pcnCode: 'U71624', icbName: 'NHS Lancashire and South Cumbria ICB',
        nomName: 'Amira Haddad', nomRole: 'PCN Business Manager', nomEmail: 'amira.haddad@nhs.net', nomPhone: '01253 956 410',
        apName: 'Fiona McAllister', apJob: 'Primary Care Contracts Manager', apEmail: 'fiona.mcallister1@nhs.net', apDate: '04/11/2026',
      },
      checks: ['ael'], sigs: { apSignature: { kind: 'scribble', seed: 2002 } },
    }, { title: 'PCN UA request', author: 'McAllister Fiona', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: iso(11, 4, 15, 2) }, { valueFont: 'sans', valueSize: 9.5, interleave: true });
    return {
      n: 2, mailbox: 'portalenquiries', slug: 'pcn-admin-icb-approver',
      eml: mail({
        id: 'c49-002', client: 'nhsmail', date: dt(11, 4, 15, 31, 7),
        from: mbox('MCALLISTER, Fiona (NHS LANCASHIRE AND SOUTH CUMBRIA ICB - QE1)', 'fiona.mcallister1@nhs.net'), to: TO,
        cc: mbox('HADDAD, Amira (WYRE ESTUARY PCN)', 'amira.haddad@nhs.net'),
        subject: 'PCN User Admin request – Wyre Estuary PCN (U71624) – ICB approval',
        text: `Good afternoon,

Please find attached a request for a PCN user administrator for Wyre Estuary PCN (U71624). The PCN doesn't currently have anyone with the PCN user admin role as their previous business manager left in September.

I have approved the request on behalf of the ICB - I'm listed as an approver on the NHSE Authorised Email List.

The nominee is Amira Haddad, PCN Business Manager (amira.haddad@nhs.net), who is copied in.

Kind regards

Fiona

Fiona McAllister
Primary Care Contracts Manager
NHS Lancashire and South Cumbria Integrated Care Board
Tel: 01772 214 300 | Mob: 07700 900 412
${NHSMAIL_FOOTER}`,
        attachments: [pdf('Wyre Estuary PCN - PCN UA request - ICB approved.pdf', form)],
      }),
      expected: {
        kind: 'user_admin_nomination', ignored: null,
        organisation: { odsCode: 'U71624', type: 'pcn' },
        fields: { service: 'PCN', nominee: person('Amira Haddad', 'amira.haddad@nhs.net'), approver: signatory('Fiona McAllister', 'fiona.mcallister1@nhs.net', 'Primary Care Contracts Manager') },
        mustRaise: [], traits: ['pcn', 'icb_approver', 'pdf_flat', 'nhsmail_display_name', 'cc_nominee', 'en_dash_subject'],
      },
    };
  },

  // 003 GPP certification form (fillable), sent by the practice manager: nominee and approver are two other people
  async () => {
    const pages = gppCertForm();
    const names = fieldNames(pages, 'descriptive', {
      practiceName: 'Practice Name', practiceCode: 'Practice Code', nomName: 'Full Name', nomJob: 'Job Title', nomEmail: 'Email', nomPhone: 'Telephone',
      apName: 'Approver Name', apRole: 'Approver Role', apEmail: 'Approver Email', apDate: 'Date', apSignature: 'Signature',
    });
    const form = await acroPdf(pages, {
      values: {
        practiceName: 'Ashbourne Road Surgery', practiceCode: 'C82614', nomName: 'Tomasz Wisniewski', nomJob: 'Finance and HR Lead', nomEmail: 'tomasz.wisniewski@nhs.net', nomPhone: '0116 289 4410',
        apName: 'Dr Eleanor Fitzgerald', apRole: 'GP Partner', apEmail: 'eleanor.fitzgerald@nhs.net', apDate: '05/11/2026',
      },
      checks: [], sigs: { apSignature: { kind: 'scribble', seed: 2003 } },
    }, { title: 'GPP Practice User Administrator Certification', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20220', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20220', date: iso(11, 5, 11, 40) }, { names });
    return {
      n: 3, mailbox: 'portalenquiries', slug: 'gpp-cert-fillable-pm-sends',
      eml: mail({
        id: 'c49-003', client: 'nhsmail', date: dt(11, 5, 12, 2, 55),
        from: mbox('Denise Pratt', 'denise.pratt@nhs.net'), to: TO,
        subject: 'GPP user admin form - Ashbourne Road Surgery C82614',
        text: `Hi,

Please see attached our GPP Practice User Administrator certification form. Part B has been signed by Dr Fitzgerald (one of our partners).

Tomasz is our finance lead and will be looking after the pensions side going forward.

Thanks
Denise

Denise Pratt
Practice Manager
Ashbourne Road Surgery
Tel 0116 289 4400
`,
        attachments: [pdf('GPP UA certification - Ashbourne Road.pdf', form)],
      }),
      expected: {
        kind: 'user_admin_nomination', ignored: null,
        organisation: { odsCode: 'C82614', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: person('Tomasz Wisniewski', 'tomasz.wisniewski@nhs.net'), approver: signatory('Eleanor Fitzgerald', 'eleanor.fitzgerald@nhs.net', 'GP Partner') },
        mustRaise: [], traits: ['pdf_acroform', 'sender_is_neither', 'see_attached', 'honorific_in_form'],
      },
    };
  },

  // 004 PL admin nominated by the CQC Registered Manager, in the body
  async () => ({
    n: 4, mailbox: 'portalenquiries', slug: 'pl-admin-cqc-registered-manager',
    eml: mail({
      id: 'c49-004', client: 'nhsmail', date: dt(11, 6, 9, 18, 30),
      from: mbox('Gareth Lloyd-Jones', 'gareth.lloyd-jones@nhs.net'), to: TO,
      subject: 'PL Organisation Administrator - Kingsmead Medical Practice',
      text: `Dear PCSE,

We currently have no PL Organisation Administrator at Kingsmead Medical Practice (P84037). As the CQC Registered Manager for the practice I would like to nominate the following person for the role:

Priya Raman – Assistant Practice Manager – priya.raman2@nhs.net

Practice address: Kingsmead Medical Practice, 41 Kingsmead Avenue, Oldham, OL8 2DN
Practice phone: 0161 652 7730

Regards,

Gareth Lloyd-Jones
Practice Business Manager & CQC Registered Manager
Kingsmead Medical Practice
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null,
      organisation: { odsCode: 'P84037', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Priya Raman', 'priya.raman2@nhs.net'), approver: signatory('Gareth Lloyd-Jones', 'gareth.lloyd-jones@nhs.net', 'CQC Registered Manager') },
      mustRaise: [], traits: ['prose', 'sender_is_approver', 'one_line_nominee', 'hyphenated_name'],
    },
  }),

  // 005 dental practice main contact change, from an iPhone
  async () => ({
    n: 5, mailbox: 'portalenquiries', slug: 'dental-main-contact-iphone',
    eml: mail({
      id: 'c49-005', client: 'iphone', date: dt(11, 6, 19, 47, 12),
      from: mbox('Kwame Asante', 'kwame.asante@nhs.net'), to: PCSE.portalBare,
      subject: 'Change of main contact V108844',
      text: `Hi

Please can you change the main contact for Brook Lane Dental Practice (V108844) to Joanne Birch, our practice manager. Her email is joanne.birch1@nhs.net. Sharon Keel who was main contact has retired.

Thanks
Kwame

Dr Kwame Asante BDS
Principal Dentist

Sent from my iPhone`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null,
      organisation: { odsCode: 'V108844', type: 'dental_practice' },
      fields: { newMainContact: person('Joanne Birch', 'joanne.birch1@nhs.net') },
      mustRaise: [], traits: ['dental', 'mobile_client', 'prose', 'old_contact_named'],
    },
  }),

  // 006 pharmacy main contact change, HTML table naming the old and the new contact
  async () => {
    const text = `Hello PCSE team,

Could you please update the main contact for our pharmacy as below. Lucy has left the company.

Organisation: Greenfield Pharmacy
ODS code: FQ741
Current main contact: Lucy Fenwick (lucy.fenwick@nhs.net)
New main contact: Mohammed Iqbal, Pharmacy Manager
New main contact email: mohammed.iqbal14@nhs.net

Thank you,
Nisha Chauhan
Superintendent Pharmacist
Greenfield Healthcare Ltd
`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} td{font-family:"Calibri",sans-serif;font-size:11.0pt;}</style></head>
<body lang="EN-GB" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Hello PCSE team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Could you please update the main contact for our pharmacy as below. Lucy has left the company.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="200" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Organisation<o:p></o:p></b></p></td><td width="330" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Greenfield Pharmacy<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>ODS code<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">FQ741<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Current main contact<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Lucy Fenwick (<a href="mailto:lucy.fenwick@nhs.net">lucy.fenwick@nhs.net</a>)<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>New main contact<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Mohammed Iqbal, Pharmacy Manager<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>New main contact email<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:mohammed.iqbal14@nhs.net">mohammed.iqbal14@nhs.net</a><o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you,<o:p></o:p></p>
<p class="MsoNormal"><b>Nisha Chauhan</b><o:p></o:p></p>
<p class="MsoNormal">Superintendent Pharmacist<o:p></o:p></p>
<p class="MsoNormal">Greenfield Healthcare Ltd<o:p></o:p></p>
</div></body></html>`;
    return {
      n: 6, mailbox: 'portalenquiries', slug: 'pharmacy-main-contact-table',
      eml: mail({
        id: 'c49-006', client: 'nhsmail', date: dt(11, 9, 11, 5, 3),
        from: mbox('CHAUHAN, Nisha (GREENFIELD HEALTHCARE LTD)', 'nisha.chauhan3@nhs.net'), to: TO,
        subject: 'Main contact change - Greenfield Pharmacy FQ741', text, html,
      }),
      expected: {
        kind: 'main_contact_change', ignored: null,
        organisation: { odsCode: 'FQ741', type: 'pharmacy' },
        fields: { newMainContact: person('Mohammed Iqbal', 'mohammed.iqbal14@nhs.net') },
        mustRaise: [], traits: ['pharmacy', 'html_table', 'old_contact_named', 'nhsmail_display_name'],
      },
    };
  },

  // 007 verification link for the sender's own account (a sessional GP, no practice code)
  async () => ({
    n: 7, mailbox: 'portalenquiries', slug: 'verification-link-sessional-gp',
    eml: mail({
      id: 'c49-007', client: 'nhsmail', date: dt(11, 10, 8, 2, 44),
      from: mbox('Sinéad Ní Mhurchú', 'sinead.nimhurchu@nhs.net'), to: TO,
      subject: 'Verification link not received',
      text: `Hello,

I'm a GP working sessions for Bridgewater Out of Hours and I've never received the verification link for PCSE Online. Please could you send a new link to this address, which is the email registered with the GMC.

GMC number: 7093518

Many thanks,
Sinéad

Dr Sinéad Ní Mhurchú
Sessional GP
`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null,
      organisation: null,
      fields: { accountEmail: 'sinead.nimhurchu@nhs.net', gmcNumber: '7093518' },
      mustRaise: [], traits: ['non_ascii_name', 'rfc2047', 'own_account', 'ooh_provider', 'no_org_code'],
    },
  }),

  // 008 pharmacist locked out, from Outlook for Android
  async () => ({
    n: 8, mailbox: 'portalenquiries', slug: 'pharmacy-unlock-android',
    eml: mail({
      id: 'c49-008', client: 'android', date: dt(11, 11, 7, 51, 9),
      from: mbox('Daniel Obi', 'daniel.obi@nhs.net'), to: PCSE.portalBare,
      subject: 'Locked out PCSE online',
      text: `Hi, I have locked my PCSE Online account after putting the wrong password in too many times. Username is daniel.obi@nhs.net. I'm the pharmacist at Rowan Pharmacy FLP22. Can you unlock it please, need to place a supplies order today.

Thanks
Daniel

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null,
      organisation: { odsCode: 'FLP22', type: 'pharmacy' },
      fields: { username: 'daniel.obi@nhs.net' },
      mustRaise: [], traits: ['pharmacy', 'mobile_client', 'one_paragraph'],
    },
  }),

  // 009 dental main contact's own account deactivated
  async () => ({
    n: 9, mailbox: 'portalenquiries', slug: 'dental-main-contact-reactivation',
    eml: mail({
      id: 'c49-009', client: 'nhsmail', date: dt(11, 12, 9, 26, 0),
      from: mbox('Claire Dunmore', 'claire.dunmore@nhs.net'), to: TO,
      subject: 'Account deactivated – main contact',
      text: `Good morning,

I'm the main contact for Harbourside Dental Care (V341208). When I tried to log in to PCSE Online this morning to order forms it says my account has been deactivated - I think because I hadn't logged in for a while.

Could you please reactivate it? My username is claire.dunmore@nhs.net.

Kind regards
Claire Dunmore
Practice Manager
Harbourside Dental Care
01202 661 902
`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null,
      organisation: { odsCode: 'V341208', type: 'dental_practice' },
      fields: { username: 'claire.dunmore@nhs.net' },
      mustRaise: [], traits: ['dental', 'prose', 'main_contact_own_account'],
    },
  }),

  // 010 optical practice asks PCSE to remove roles from a leaver
  async () => ({
    n: 10, mailbox: 'portalenquiries', slug: 'optical-role-removal-leaver',
    eml: mail({
      id: 'c49-010', client: 'm365', date: dt(11, 12, 14, 40, 18),
      from: mbox('Raj Mistry', 'raj@clearsightopticians.co.uk'), to: TO,
      subject: 'Remove roles - Ben Thorpe',
      text: `Hello,

Ben Thorpe left Clearsight Opticians (TPM17) on 31 October. Please remove the GOS Performer and Contractor Signatory roles from his PCSE Online account. His username is ben.thorpe@nhs.net.

Thank you
Raj Mistry
Practice Owner
Clearsight Opticians, 7 High Street, Hitchin SG5 1BH
`,
    }),
    expected: {
      kind: 'role_removal_request', ignored: null,
      organisation: { odsCode: 'TPM17', type: 'ophthalmic_practice' },
      fields: { username: 'ben.thorpe@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
      mustRaise: [], traits: ['optical', 'non_nhs_sender', 'two_roles_in_prose'],
    },
  }),

  // 011 Open Exeter primary user form from a hospice, sent to the wrong mailbox by its IT lead (neither nominee nor signatory)
  async () => {
    const pages = oeForm('other', 'v3.0');
    const form = await flatPdf(pages, {
      values: {
        orgName: "St Aldhelm's Hospice", orgCode: 'NJX', orgType: 'Independent hospice (registered charity)', address: 'Bellfield Lane, Sherborne, Dorset', postcode: 'DT9 4RQ', phone: '01935 811 200',
        puTitle: 'Mrs', puFirst: 'Rebecca', puSurname: 'Allsop', puJob: 'Clinical Administrator', puEmail: 'rebecca.allsop@nhs.net', puPhone: '01935 811 234',
        sigName: 'Dr Jonathan Pryce', sigPosition: 'Medical Director and Caldicott Guardian', sigEmail: 'jonathan.pryce@staldhelmshospice.org.uk', sigDate: '09/11/2026',
      },
      checks: ['cap_caldicott'], sigs: { signature: { kind: 'scribble', seed: 2011 } },
    }, { title: 'Open Exeter Primary User Request - Other Organisations', author: 'thadfield', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', date: iso(11, 9, 16, 20) }, { valueFont: 'serif', valueSize: 10.5, interleave: true, checkMark: 'X' });
    return {
      n: 11, mailbox: 'portalenquiries', slug: 'oe-hospice-form-misdirected',
      eml: mail({
        id: 'c49-011', client: 'm365', date: dt(11, 10, 13, 15, 22),
        from: mbox('Tom Hadfield', 'tom.hadfield@staldhelmshospice.org.uk'), to: TO,
        subject: "Open Exeter primary user form - St Aldhelm's Hospice",
        text: `Hi,

Please find attached our completed Open Exeter Primary User form for St Aldhelm's Hospice, signed by our Caldicott Guardian.

Apologies if this should have gone to a different inbox – the link on your website brought me here.

Best wishes
Tom

Tom Hadfield
IT & Information Governance Lead
St Aldhelm's Hospice
Registered charity no. 1012345

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. St Aldhelm's Hospice is a company limited by guarantee registered in England and Wales no. 02713340.
`,
        attachments: [pdf('OE primary user form St Aldhelms.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'NJX', type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: person('Rebecca Allsop', 'rebecca.allsop@nhs.net'),
          signatory: signatory('Jonathan Pryce', 'jonathan.pryce@staldhelmshospice.org.uk', 'caldicott_guardian'),
        },
        mustRaise: [], traits: ['misdirected', 'hospice', 'pdf_flat', 'word_export', 'sender_is_neither', 'it_lead_sender', 'non_nhs_sender'],
      },
    };
  },

  // 012 Open Exeter additional permission asked of the wrong mailbox by a GP partner
  async () => ({
    n: 12, mailbox: 'portalenquiries', slug: 'oe-permissions-partner-misdirected',
    eml: mail({
      id: 'c49-012', client: 'nhsmail', date: dt(11, 13, 12, 48, 51),
      from: mbox('BELLO, Yusuf (CASTLEFIELD HEALTH CENTRE)', 'yusuf.bello@nhs.net'), to: TO,
      subject: 'Open Exeter access for practice nurse',
      text: `Dear Sir/Madam,

Please could our practice nurse Hannah Whitworth be given access to the Prior Notification List on Open Exeter. She already has an Open Exeter account (user ID HWHITWORTH1) for cytology results.

I am a GP Partner at Castlefield Health Centre, N81077.

Many thanks
Dr Yusuf Bello
GP Partner
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'N81077', type: 'gp_practice' },
      fields: {
        user: { name: 'Hannah Whitworth', email: null, username: 'HWHITWORTH1' },
        permissions: ['Prior Notification List'],
        signatory: signatory('Yusuf Bello', 'yusuf.bello@nhs.net', 'gp_partner'),
      },
      mustRaise: [], traits: ['misdirected', 'prose', 'nhsmail_display_name', 'existing_permission_mentioned'],
    },
  }),

  // 013 a question from a community trust's dental service
  async () => ({
    n: 13, mailbox: 'portalenquiries', slug: 'question-community-dental-service',
    eml: mail({
      id: 'c49-013', client: 'nhsmail', date: dt(11, 16, 10, 33, 4),
      from: mbox('BRENNAN, Aoife (WEALDMOOR COMMUNITY HEALTHCARE NHS TRUST)', 'aoife.brennan2@nhs.net'), to: TO,
      subject: 'PCSE Online access for community dental service?',
      text: `Hello,

I manage the administration team for the Community Dental Service at Wealdmoor Community Healthcare NHS Trust. We've been told our salaried dentists might need PCSE Online accounts for performers list changes. Do we need a user administrator as an organisation, or do the dentists register themselves? We don't have a V code as far as I know, only the trust code RXY.

Thanks for any guidance,
Aoife Brennan
Service Administration Manager
Community Dental Service
`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['question', 'community_trust'],
    },
  }),

  // 014 thanks, quoting PCSE's completion email with its reference
  async () => ({
    n: 14, mailbox: 'portalenquiries', slug: 'thanks-with-reference',
    eml: mail({
      id: 'c49-014', client: 'm365', date: dt(11, 10, 15, 9, 37),
      from: mbox('Olivia Kerr', 'olivia.kerr@sandhuandwebb.co.uk'), to: TO,
      subject: 'RE: Your PCSE Online request [PCSE-2026-118342]',
      inReplyTo: '<PCSE-2026-118342.1@pcse.england.nhs.uk>', references: '<PCSE-2026-118342.1@pcse.england.nhs.uk>',
      text: `Thank you, I've verified my account and can see the User Management tab now.

Olivia

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 10 November 2026 14:02
To: Olivia Kerr <olivia.kerr@sandhuandwebb.co.uk>
Subject: Your PCSE Online request [PCSE-2026-118342]

Dear Olivia,

You have been set up as User Management (Organisation) for Sandhu & Webb Opticians (TPH42). You will receive a separate email with a link to verify your account.

Kind regards
PCSE
`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['thanks', 'case_ref_subject', 'outlook_quote'],
    },
  }),
];
