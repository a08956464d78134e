// portalenquiries: user-admin nominations, main contacts, links, locks, reactivations, role removals, and the rest.
import { compose, nom, who, type Spec } from './compose.js';
import { gppCert, pcnForm, oeOther } from './forms.js';
import { addr, esc, msoParas, msoTable, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, outlookHtml, type Email } from './lib.js';
import { formPdf, scanPdf } from './pdfs.js';

const TO = addr('PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net');
const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' as const });

export async function portal(): Promise<Email[]> {
  const specs: Spec[] = [];

  // 001 — a medical secretary sends the GPP certification form her GP partner signed; fillable form
  {
    const text = `Good morning,

Dr Adebayo-Clarke has asked me to send this on her behalf as she is in clinic all day today.

Our practice manager left in the summer and since then nobody here has been able to do anything on the pensions side of the PCSE website. When I rang the helpline they said it is because we have nobody set up to manage the users any more. We would like Zoë to be able to do that from now on - she has been doing most of the practice manager's admin since August.

The form is attached and Dr Adebayo-Clarke has signed it. Zoë's email address is on the form.

If there is anything else you need please ring me on the number below and I will pass it on.

Many thanks,
Maureen

Maureen Tolley
Medical Secretary to Dr I. Adebayo-Clarke
Larkspur Lane Surgery (M84012)
Tel: 01632 960418
${NHSMAIL_FOOTER}`;
    const body = text.split(NHSMAIL_FOOTER)[0]!;
    const pdf = await formPdf(gppCert('p001', {
      practiceName: 'Larkspur Lane Surgery', practiceCode: 'M84012', address: '41 Larkspur Lane\nHexley HX3 7DL',
      nomineeName: 'Zoë Hartley-Booth', nomineeTitle: 'Senior Administrator', nomineeEmail: 'zoe.hartley-booth@nhs.net', nomineePhone: '01632 960418',
      approverName: 'Dr Ifeoma Adebayo-Clarke', approverPosition: 'GP Partner', approverEmail: 'ifeoma.adebayo-clarke@nhs.net', signed: true, typedName: 'I. Adebayo-Clarke', date: '29/10/2026',
    }), 'fillable');
    specs.push({
      file: '001-gpp-admin-secretary-sends-partners-form',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('TOLLEY, Maureen (LARKSPUR LANE SURGERY)', 'maureen.tolley@nhs.net'), to: TO, subject: 'Form from Dr Adebayo-Clarke', date: '2026-11-02T08:47:10Z' },
      text,
      html: outlookHtml(`${msoParas(body)}\n${NHSMAIL_FOOTER_HTML}`),
      attachments: [{ filename: 'GPP UA form - Larkspur Lane.pdf', data: pdf }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: gp('M84012'),
        fields: nom('GPP', ['Zoë Hartley-Booth', 'zoe.hartley-booth@nhs.net'], ['Ifeoma Adebayo-Clarke', 'ifeoma.adebayo-clarke@nhs.net', 'GP Partner']),
        mustRaise: [], traits: ['pdf_acroform', 'secretary_for_partner', 'no_labels', 'non_ascii_name', 'hyphenated_name', 'see_attached', 'signature_only_code', 'surname_first_display_name'],
      },
    });
  }

  // 002 — retiring CQC registered manager hands the PL admin role to "Priya"; plain prose, code only in the signature
  specs.push({
    file: '002-pl-admin-retiring-manager-hands-over',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ASHWORTH, Gwendolyn (HOLLOWAY FOLD MEDICAL PRACTICE)', 'gwendolyn.ashworth@nhs.net'), to: TO, subject: 'Handing over before I retire', date: '2026-11-02T13:05:44Z' },
    text: `Hello,

I'm retiring at Christmas after 31 years here, and for the last few years I have been the one who approves things on the performers list side of your website when our GPs join or leave or change their hours.

I'd like Priya to take over from me as the person who manages users for that, so that there is someone in place before I go. Her proper name is Priyanka Raghunathan but everyone here calls her Priya. Her email is priyanka.raghunathan1@nhs.net (with the 1, there is another Priyanka Raghunathan somewhere in the NHS apparently!).

I'm the registered manager with the CQC for the practice, so I hope my say-so is enough. I will be here until 18 December if you need to check anything with me.

Thanks ever so much,

Gwen

Gwendolyn Ashworth
Practice Manager and CQC Registered Manager
Holloway Fold Medical Practice | P87033
${NHSMAIL_FOOTER}`,
    textCte: 'qp',
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('P87033'),
      fields: nom('PL', ['Priyanka Raghunathan', 'priyanka.raghunathan1@nhs.net'], ['Gwendolyn Ashworth', 'gwendolyn.ashworth@nhs.net', 'CQC Registered Manager']),
      mustRaise: [], traits: ['no_labels', 'prose_story', 'nickname', 'signature_only_code', 'surname_first_display_name', 'service_in_prose'],
    },
  });

  // 003 — optical practice manager, contract holder in copy, Outlook HTML table; the text alternative lost the table's values
  {
    const intro = `Hi there,

We would like to add a second person to look after who can do what on the ophthalmic payments part of PCSE Online, as I'm going on maternity leave in January and at the moment I'm the only one. Details are below.

Declan (our contract holder) is copied in and has told me he is happy for this to go ahead.`;
    const sig = `Thanks so much,

Keeley Marsh
Practice Manager
Hartigan & Low Opticians
ODS: TPK41  |  01632 960287`;
    const rows: [string, string][] = [
      ['Name', 'Łukasz Wiśniewski'],
      ['Email', 'lukasz.wisniewski@hartiganlow.co.uk'],
      ['Job at the practice', 'Dispensing Optician and Branch Supervisor'],
      ['Access needed', 'Ophthalmic payments - managing users'],
    ];
    specs.push({
      file: '003-opto-admin-contract-holder-copied',
      hdr: { client: 'outlook-ext', domain: 'hartiganlow.co.uk', from: addr('Keeley Marsh', 'keeley.marsh@hartiganlow.co.uk'), to: TO, cc: addr('Declan Hartigan', 'declan.hartigan@hartiganlow.co.uk'), subject: 'Extra person for ophthalmic payments', date: '2026-11-03T10:22:31Z' },
      text: `${intro}\n\nName\nEmail\nJob at the practice\nAccess needed\n\n${sig}\n`,
      html: outlookHtml(`${msoParas(intro)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoTable(rows)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(sig)}`),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
        fields: nom('OPTO', ['Łukasz Wiśniewski', 'lukasz.wisniewski@hartiganlow.co.uk'], ['Declan Hartigan', 'declan.hartigan@hartiganlow.co.uk', 'Contract Holder']),
        mustRaise: [], traits: ['html_table', 'poor_plain_text', 'contract_holder_cc', 'non_ascii_name', 'signature_only_code', 'non_nhs_domain'],
      },
    });
  }

  // 004 — ICB approver forwards the PCN's request (PCN manager → clinical director → ICB); flat form attached
  {
    const pdf = await formPdf(pcnForm('p004', {
      pcnName: 'Riverlands PCN', pcnCode: 'U48213', leadPractice: 'Weir House Surgery',
      nomineeName: 'Halina Nowak-Fairley', nomineeRole: 'PCN Business Manager', nomineeEmail: 'halina.nowak-fairley@nhs.net',
      icb: 'NHS Fenmoor and Broads ICB', approverName: 'Rosalind Achterberg', approverTitle: 'Senior Primary Care Commissioning Manager', approverEmail: 'rosalind.achterberg@nhs.net', signed: true, date: '04/11/2026',
    }), 'flat');
    const top = `Hello PCSE team,

Please see below and attached for Riverlands PCN. I am one of the ICB's approvers on the Authorised Email List and I'm happy to approve Halina as the user admin for the PCN - I've completed section 3 of the form.

Kind regards
Ros

Rosalind Achterberg
Senior Primary Care Commissioning Manager
NHS Fenmoor and Broads ICB`;
    const fwd1 = `From: ASANTE-BOATENG, Kwame (RIVERLANDS PCN) <kwame.asante-boateng@nhs.net>
Sent: 03 November 2026 17:40
To: ACHTERBERG, Rosalind (NHS FENMOOR AND BROADS ICB) <rosalind.achterberg@nhs.net>
Subject: FW: PCN user admin

Ros - could you approve this and send it on to PCSE please? We've had nobody able to add users for the PCN since Jon left. Halina has my full support.

Thanks
Kwame

Dr Kwame Asante-Boateng
Clinical Director, Riverlands PCN`;
    const fwd2 = `From: NOWAK-FAIRLEY, Halina (RIVERLANDS PCN) <halina.nowak-fairley@nhs.net>
Sent: 03 November 2026 11:02
To: ASANTE-BOATENG, Kwame (RIVERLANDS PCN) <kwame.asante-boateng@nhs.net>
Subject: PCN user admin

Hi Kwame,

I've filled in the form so I can be the PCN's user admin on PCSE Online. Apparently it has to go to PCSE from the ICB, not from us. Can you send it to Ros?

Halina`;
    const text = `${top}\n\n________________________________\n${fwd1}\n\n________________________________\n${fwd2}\n${NHSMAIL_FOOTER}`;
    const hr = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">';
    const hdrBlock = (s: string) => { const [h, ...rest] = s.split('\n\n'); return `${hr}<p class="MsoNormal">${h!.split('\n').map((l) => { const i = l.indexOf(':'); return `<b>${esc(l.slice(0, i + 1))}</b>${esc(l.slice(i + 1))}`; }).join('<br>\n')}</p></div>\n${msoParas(`\n${rest.join('\n\n')}`)}`; };
    specs.push({
      file: '004-pcn-admin-icb-forwards-chain',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ACHTERBERG, Rosalind (NHS FENMOOR AND BROADS ICB)', 'rosalind.achterberg@nhs.net'), to: TO, subject: 'FW: PCN user admin', date: '2026-11-04T09:12:05Z' },
      text,
      html: outlookHtml(`${msoParas(top)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${hdrBlock(fwd1)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${hdrBlock(fwd2)}\n${NHSMAIL_FOOTER_HTML}`),
      attachments: [{ filename: 'PCN UA request Riverlands.pdf', data: pdf }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U48213', type: 'pcn' },
        fields: nom('PCN', ['Halina Nowak-Fairley', 'halina.nowak-fairley@nhs.net'], ['Rosalind Achterberg', 'rosalind.achterberg@nhs.net', 'Senior Primary Care Commissioning Manager']),
        mustRaise: [], traits: ['forwarded_chain', 'pcn_clinical_director_in_chain', 'pdf_flat', 'hyphenated_name', 'surname_first_display_name'],
      },
    });
  }

  // 005 — PCN clinical director approves himself, says he is not the ICB
  {
    const top = `Dear PCSE,

I'm forwarding Beatriz's request below. I know your form says the approval should come from the ICB, but we have been waiting since September for our ICB contact to reply and our pharmacists and paramedics still can't be given access. So as Clinical Director of the PCN I'm approving this myself - I'm not from the ICB and I'm not on any list, but I hope you can make an exception.

Best wishes,
Sébastien

Dr Sébastien Marchetti-Lowe
Clinical Director
Saltmarsh and Dunes PCN (U71906)`;
    const fwd = `From: Beatriz Núñez <beatriz.nunez@nhs.net>
Sent: 05 November 2026 08:55
To: Sébastien Marchetti-Lowe <sebastien.marchetti-lowe@nhs.net>
Subject: PCSE access for the ARRS team

Morning Seb,

As discussed, could you ask PCSE to make me the person who sets up users for the PCN on their portal? I'd then add the ARRS staff myself. My email is this one.

Thanks, Bea

Beatriz Núñez
PCN Operations Manager`;
    specs.push({
      file: '005-pcn-admin-clinical-director-self-approves',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Sébastien Marchetti-Lowe', 'sebastien.marchetti-lowe@nhs.net'), to: TO, subject: 'FW: PCSE access for the ARRS team', date: '2026-11-05T12:31:48Z' },
      html: outlookHtml(`${msoParas(top)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Beatriz Núñez &lt;beatriz.nunez@nhs.net&gt;<br><b>Sent:</b> 05 November 2026 08:55<br><b>To:</b> Sébastien Marchetti-Lowe &lt;sebastien.marchetti-lowe@nhs.net&gt;<br><b>Subject:</b> PCSE access for the ARRS team</p></div>\n${msoParas(`\n${fwd.split('\n\n').slice(1).join('\n\n')}`)}\n${NHSMAIL_FOOTER_HTML}`),
      text: `${top}\n\n-----Original Message-----\n${fwd}\n${NHSMAIL_FOOTER}`,
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U71906', type: 'pcn' },
        fields: nom('PCN', ['Beatriz Núñez', 'beatriz.nunez@nhs.net'], ['Sébastien Marchetti-Lowe', 'sebastien.marchetti-lowe@nhs.net', 'Clinical Director']),
        mustRaise: ['approver_not_on_ael'], traits: ['forwarded_chain', 'pcn_clinical_director', 'non_ascii_name', 'nickname', 'nominee_address_in_forward_header'],
      },
    });
  }

  // 006 — reception sends a scanned, hand-filled GPP certification form
  {
    const pdf = await scanPdf(gppCert('p006', {
      practiceName: 'Greystones Health Centre', practiceCode: 'J83019', address: 'Greystones Road\nMarlowe MW2 4RT',
      nomineeLabel: 'Full name (SURNAME, Forename)', nomineeName: "O'DONNELL-REYES, Siân", nomineeTitle: 'Finance Officer', nomineeEmail: 'sian.odonnell-reyes@nhs.net', nomineePhone: '01632 960733',
      approverName: 'Dr Henrik Lindqvist', approverPosition: 'GP Partner', approverEmail: 'henrik.lindqvist@nhs.net', signed: true, date: '04/11/26',
    }), { hand: 'HandB', skewDeg: -1.1, noise: 22, shadow: 'left' });
    specs.push({
      file: '006-gpp-admin-scan-from-reception',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Greystones Reception', 'greystones.reception@nhs.net'), to: TO, subject: 'Scanned from MFD', date: '2026-11-05T15:48:02Z' },
      text: `Hi

Please see attached from Dr Lindqvist.

Thanks
Reception Team
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'SKM_C300i26110515470.pdf', data: pdf }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: gp('J83019'),
        fields: nom('GPP', ["Siân O'Donnell-Reyes", 'sian.odonnell-reyes@nhs.net'], ['Henrik Lindqvist', 'henrik.lindqvist@nhs.net', 'GP Partner']),
        mustRaise: [], traits: ['pdf_scan', 'handwriting', 'see_attached', 'surname_first', 'non_ascii_name', 'hyphenated_name', 'shared_mailbox_sender'],
      },
    });
  }

  // 007 — contract holder lists four existing OPTO admins (surname first) and asks for a fifth
  {
    const intro = `Good afternoon,

I own Brightwell Eyecare and hold the GOS contract. Tadhg joined us from Cork in October as our new practice manager and I'd like him to be able to manage our team's access to the ophthalmic payments on PCSE Online, the same as the others below already can.

These are the people who already do it:`;
    const rows: [string, string][] = [['PATEL Hemal', 'Optometrist'], ['OKAFOR Chidi', 'Optical Assistant'], ['BRENNAN Aoife', 'Dispensing Optician'], ['MÜLLER Jonas', 'Optometrist']];
    const after = `Tadhg's details: Tadhg Ó Súilleabháin, tadhg.osuilleabhain@brightwelleyecare.co.uk.

Kind regards,
Ngozi

Ngozi Chukwuemeka-Hardy FBDO
Director and Contract Holder
Brightwell Eyecare Ltd, TPR07`;
    const table = `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt"><tr style="background:#DDEBF7"><td><b>Name</b></td><td><b>Role</b></td></tr>${rows.map(([a, b]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>`;
    specs.push({
      file: '007-opto-admin-fifth-admin-requested',
      hdr: { client: 'outlook-ext', domain: 'brightwelleyecare.co.uk', from: addr('Ngozi Chukwuemeka-Hardy', 'ngozi@brightwelleyecare.co.uk'), to: TO, subject: 'Another user manager for ophthalmic payments', date: '2026-11-06T14:02:19Z' },
      text: `${intro}\n\n${rows.map(([a, b]) => `${a}\t${b}`).join('\n')}\n\n${after}\n`,
      html: outlookHtml(`${msoParas(intro)}\n${table}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(after)}`),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPR07', type: 'ophthalmic_practice' },
        fields: nom('OPTO', ['Tadhg Ó Súilleabháin', 'tadhg.osuilleabhain@brightwelleyecare.co.uk'], ['Ngozi Chukwuemeka-Hardy', 'ngozi@brightwelleyecare.co.uk', 'Contract Holder']),
        mustRaise: ['admin_limit_reached'], traits: ['html_table', 'surname_first', 'non_ascii_name', 'existing_admins_listed', 'signature_only_code', 'non_nhs_domain'],
      },
    });
  }

  // 008 — dental practice manager asks to be PL admin herself, from the practice's shared mailbox; no approver
  specs.push({
    file: '008-pl-admin-dental-manager-asks-for-herself',
    hdr: { client: 'webmail', domain: 'nhs.net', from: addr('Marisco Dental Care', 'marisco.dental@nhs.net'), to: TO, subject: 'performers list', date: '2026-11-09T09:30:00Z' },
    text: `Hello

We don't seem to have anyone at the practice who can do the performers list bits for our dentists any more (our old manager had it and she left in the spring). Could I be set up to do that please? I'm the practice manager now.

My own email is dawn.featherstonehaugh@nhs.net - this one is the practice inbox which everyone reads so please don't use it for my login.

Thank you
Dawn Featherstonehaugh
Practice Manager
Marisco Dental Care
V047281
`,
    textCte: '7bit',
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'V047281', type: 'dental_practice' },
      fields: nom('PL', ['Dawn Featherstonehaugh', 'dawn.featherstonehaugh@nhs.net'], null),
      mustRaise: [], traits: ['self_nomination', 'shared_mailbox_sender', 'no_labels', 'signature_only_code', 'service_in_prose'],
    },
  });

  // 009 — pharmacy: new main contact, code and name in the subject, address in the body
  specs.push({
    file: '009-main-contact-pharmacy-subject-details',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('RAO, Vikram (GREENHOW PHARMACY)', 'vikram.rao2@nhs.net'), to: TO, subject: 'New main contact FX712 – Amara Osei-Bonsu', date: '2026-11-09T11:14:37Z' },
    text: `Hi,

Dorothy Kaye, who has been our main contact for years, retired last Friday and our supplies orders have been getting stuck since. Amara has taken over all the ordering now and will be our new main contact - her email is amara.osei-bonsu@nhs.net.

Dorothy's login can go.

Thanks,
Vikram Rao
Pharmacist Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FX712', type: 'pharmacy' },
      fields: { newMainContact: who('Amara Osei-Bonsu', 'amara.osei-bonsu@nhs.net') },
      mustRaise: [], traits: ['subject_details', 'prose_story', 'hyphenated_name', 'old_contact_named'],
    },
  });

  // 010 — dental: HTML-only Outlook mail, table with surname-first names
  {
    const rows: [string, string][] = [
      ['Practice', 'Smile Street Dental'],
      ['Practice code', 'V091534'],
      ['New main contact', 'NÚÑEZ GARCÍA, Inés'],
      ['Email', 'ines.nunezgarcia@nhs.net'],
      ['Replacing', 'TOWNSEND, Gary (left 31/10/2026)'],
    ];
    specs.push({
      file: '010-main-contact-dental-html-only-table',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('TOWNSEND, Lucy (SMILE STREET DENTAL)', 'lucy.townsend8@nhs.net'), to: TO, subject: 'Change of main contact', date: '2026-11-10T08:03:55Z' },
      html: outlookHtml(`${msoParas('Good morning,\n\nPlease could you update our main contact as below. Gary (no relation to me!) has left the practice.\n')}\n${msoTable(rows)}\n${msoParas('\nMany thanks\nLucy Townsend\nReception Manager')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'V091534', type: 'dental_practice' },
        fields: { newMainContact: who('Inés Núñez García', 'ines.nunezgarcia@nhs.net') },
        mustRaise: [], traits: ['html_only', 'html_table', 'surname_first', 'non_ascii_name', 'double_barrelled', 'same_surname'],
      },
    });
  }

  // 011 — "we are a dental practice, our code is FN418" (a pharmacy-shaped code)
  specs.push({
    file: '011-main-contact-dental-says-pharmacy-code',
    hdr: { client: 'outlook-ext', domain: 'pennantdental.co.uk', from: addr('Carys Vaughan-Thomas', 'reception@pennantdental.co.uk'), to: TO, subject: 'main contact', date: '2026-11-10T16:41:12Z' },
    text: `Hi there,

We are a dental practice (Pennant Dental Studio, our code is FN418) and we have just been told by our supplier that we need a "main contact" on your system to order anything. I'm not sure we ever had one.

Could our practice owner Mr Rhodri ap Gwilym be the main contact please? His email is rhodri.apgwilym@nhs.net.

Diolch / thank you,
Carys Vaughan-Thomas
Reception
Pennant Dental Studio
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FN418', type: 'pharmacy' },
      fields: { newMainContact: who('Rhodri ap Gwilym', 'rhodri.apgwilym@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['type_code_mismatch', 'no_labels', 'name_particle', 'non_nhs_domain', 'honorific'],
    },
  });

  // 012 — GP asks for his own verification link from his iPhone
  specs.push({
    file: '012-verification-gp-own-iphone',
    hdr: { client: 'apple', domain: 'nhs.net', from: addr('Björn Halvorsen', 'b.halvorsen@nhs.net'), to: TO, subject: 'Never got my link', date: '2026-11-11T07:12:40Z' },
    text: `Hello, the other partners all got an email from you last month to set up their PCSE Online accounts but I never got mine. It's not in junk either. This is the email the GMC has for me. GMC no 7412093.

Could you send it again?

Björn

Dr Björn Halvorsen
GP Partner, Cotton Exchange Medical Centre N81066

Sent from my iPhone`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: gp('N81066'),
      fields: { accountEmail: 'b.halvorsen@nhs.net', gmcNumber: '7412093' },
      mustRaise: [], traits: ['mobile_client', 'non_ascii_name', 'own_account', 'signature_only_code'],
    },
  });

  // 013 — a medical secretary chases a verification link for a GP partner (not her own account)
  specs.push({
    file: '013-verification-secretary-for-gp-partner',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('THORNBURY, Jasmine (ASHBY WHARF SURGERY)', 'jasmine.thornbury@nhs.net'), to: TO, cc: addr('FITZGERALD-OBI, Aoife (ASHBY WHARF SURGERY)', 'aoife.fitzgerald-obi@nhs.net'), subject: 'Link for Dr Fitzgerald-Obi', date: '2026-11-11T10:58:21Z' },
    text: `Dear Sir/Madam,

I'm writing on behalf of Dr Fitzgerald-Obi, one of our partners, who has asked me to chase this for her as she is on home visits most of the week. She still hasn't had the link to set up her account on PCSE Online even though everyone else here has had theirs since October.

Her GMC email is aoife.fitzgerald-obi@nhs.net (I have copied her in) and her GMC number is 6093318.

Could you please resend it to her?

Kind regards

Jasmine Thornbury
Medical Secretary
Ashby Wharf Surgery - K81052
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: gp('K81052'),
      fields: { accountEmail: 'aoife.fitzgerald-obi@nhs.net', gmcNumber: '6093318' },
      mustRaise: ['not_own_account'], traits: ['secretary_for_partner', 'account_holder_cc', 'hyphenated_name', 'signature_only_code'],
    },
  });

  // 014 — a locum asks PCSE to unlock the practice manager's account
  specs.push({
    file: '014-unlock-locum-writes-for-practice-manager',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Jonas Åberg', 'jonas.aberg@nhs.net'), to: TO, subject: 'Practice manager locked out', date: '2026-11-12T13:26:09Z' },
    text: `Hi,

I'm a locum GP at the Quayside Practice this week. The practice manager, Gráinne, has locked herself out of PCSE Online - she got her password wrong too many times this morning trying to submit the pensions forms - and she has asked me to email you because she is stuck in a safeguarding meeting all afternoon.

Her username is grainne.macsuibhne@nhs.net.

She'd be very grateful if it could be unlocked today. You can ring the practice on 01632 960 114 and ask for her.

Thanks
Jonas Åberg (locum)
The Quayside Practice, L83107
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: gp('L83107'),
      fields: { username: 'grainne.macsuibhne@nhs.net' },
      mustRaise: [], traits: ['locum', 'about_someone_else', 'non_ascii_name', 'prose_story', 'signature_only_code'],
    },
  });

  // 015 — username in the subject only, a one-line body
  specs.push({
    file: '015-unlock-username-in-subject',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('NGUYEN-TRAN, Anh (MOORGATE PHARMACY)', 'anh.nguyen-tran@nhs.net'), to: TO, subject: 'Locked out - anh.nguyen-tran@nhs.net', date: '2026-11-12T17:55:44Z' },
    text: `As above, I typed my password in wrong too many times. Can you unlock it please?

Anh
Moorgate Pharmacy FH330
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'FH330', type: 'pharmacy' },
      fields: { username: 'anh.nguyen-tran@nhs.net' },
      mustRaise: [], traits: ['subject_details', 'terse', 'surname_first_display_name', 'signature_only_code'],
    },
  });

  // 016 — pharmacy main contact's account deactivated; a story
  specs.push({
    file: '016-reactivation-pharmacy-main-contact',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Mohammed Al-Rashidi', 'm.alrashidi@nhs.net'), to: TO, subject: 'Account deactivated?', date: '2026-11-13T09:40:27Z' },
    text: `Good morning

I haven't logged into PCSE Online for a long time, since we changed how we order our stationery, and today when I tried it told me my account has been deactivated. I am the main contact for Canal Street Chemist so I believe it has to be you who switches it back on rather than someone here. I log in with m.alrashidi@nhs.net.

Best regards

Mohammed Al-Rashidi MRPharmS
Superintendent Pharmacist
Canal Street Chemist (FQ205)
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'FQ205', type: 'pharmacy' },
      fields: { username: 'm.alrashidi@nhs.net' },
      mustRaise: [], traits: ['prose_story', 'no_labels', 'signature_only_code', 'hyphenated_name'],
    },
  });

  // 017 — HTML-only webmail with inline styles, GPP admin deactivated
  specs.push({
    file: '017-reactivation-gpp-admin-html-inline-styles',
    hdr: { client: 'webmail', domain: 'nhs.net', from: addr('Chloé Dubois-Mitchell', 'chloe.dubois-mitchell@nhs.net'), to: TO, subject: 'Please reactivate my account', date: '2026-11-13T14:15:50Z' },
    html: `<div style="font-family: Verdana, Geneva, sans-serif; font-size: 10pt; color: #222222;">
<p style="margin: 0 0 12px 0;">Hello,</p>
<p style="margin: 0 0 12px 0;">I am one of the GPP user administrators for <span style="font-weight: bold;">Fernlea Surgery</span>. I was off on long-term sick leave for most of this year and now that I am back my PCSE Online account says it has been <span style="color: #c00000;">deactivated</span>.</p>
<p style="margin: 0 0 12px 0;">I understand that because I am an administrator I have to ask you rather than one of my colleagues. My username is <a href="mailto:chloe.dubois-mitchell@nhs.net" style="color: #1155cc;">chloe.dubois-mitchell@nhs.net</a>.</p>
<p style="margin: 0 0 12px 0;">Many thanks in advance,</p>
<p style="margin: 0;"><span style="font-size: 11pt; font-weight: bold; color: #1f3864;">Chloé Dubois-Mitchell</span><br><span style="font-size: 9pt; color: #666666;">Practice Manager &middot; Fernlea Surgery &middot; Y02817</span></p>
</div>`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: gp('Y02817'),
      fields: { username: 'chloe.dubois-mitchell@nhs.net' },
      mustRaise: [], traits: ['html_only', 'inline_styles', 'non_ascii_name', 'hyphenated_name', 'signature_only_code'],
    },
  });

  // 018 — remove two GPP roles from Rhys Evans, not from Dr Megan Evans
  {
    const body = `Hi,

Please could you take the Joiner & Leaver and the Practice Estimate and Salary Change roles off Rhys Evans's account? He has moved from our finance team to reception and shouldn't be seeing pensions any more.

NOT Dr Megan Evans please - she is one of our partners and needs to keep hers!

His login is rhys.evans7@nhs.net.

Thanks,
Oksana

Oksana Havryliuk
Business Manager
Meadowbank Surgery | C88046`;
    specs.push({
      file: '018-role-removal-two-people-same-surname',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('HAVRYLIUK, Oksana (MEADOWBANK SURGERY)', 'oksana.havryliuk@nhs.net'), to: TO, subject: 'Remove roles', date: '2026-11-16T10:07:33Z' },
      text: `${body}\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`${msoParas(body)}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'role_removal_request', ignored: null, organisation: gp('C88046'),
        fields: { username: 'rhys.evans7@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
        mustRaise: [], traits: ['same_surname', 'no_labels', 'signature_only_code', 'surname_first_display_name'],
      },
    });
  }

  // 019 — a user asks for her own PL role to be taken away
  specs.push({
    file: '019-role-removal-own-pl-role',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('FONTAINE-HUGHES, Marguerite (ABBEYDALE GROUP PRACTICE)', 'marguerite.fontaine-hughes@nhs.net'), to: TO, subject: 'Please stop', date: '2026-11-16T15:21:06Z' },
    text: `Hello

I keep getting your emails about performers list changes. I moved over to the finance side of the practice in the summer and I don't need the PL Practice Manager role any more, so please could you remove it from my account. My login is this email address.

Regards
Marguerite Fontaine-Hughes
Abbeydale Group Practice B86071
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: gp('B86071'),
      fields: { username: 'marguerite.fontaine-hughes@nhs.net', roles: ['PL Practice Manager'] },
      mustRaise: [], traits: ['own_account', 'username_is_sender', 'hyphenated_name', 'signature_only_code'],
    },
  });

  // 020 — practice email update sent to portalenquiries; HTML table, text alternative run together on one line
  {
    const rows: [string, string][] = [['Practice name', 'Thornfield Surgery'], ['Practice code', 'D82063'], ['Current practice email', 'thornfield.surgery@nhs.net'], ['New practice email', 'thornfield.admin@nhs.net']];
    specs.push({
      file: '020-practice-email-update-misdirected-table',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Wiktoria Kamińska', 'wiktoria.kaminska@nhs.net'), to: TO, subject: 'Update practice email address', date: '2026-11-17T11:48:15Z' },
      text: `Hello, please update our practice email as below. Practice nameThornfield SurgeryPractice codeD82063Current practice emailthornfield.surgery@nhs.netNew practice emailthornfield.admin@nhs.net Thank you Wiktoria Kamińska, Assistant Practice Manager\n`,
      html: outlookHtml(`${msoParas('Hello,\n\nPlease update our practice email as below.\n')}\n${msoTable(rows)}\n${msoParas('\nThank you\nWiktoria Kamińska\nAssistant Practice Manager')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: gp('D82063'),
        fields: { currentEmail: 'thornfield.surgery@nhs.net', newEmail: 'thornfield.admin@nhs.net' },
        mustRaise: [], traits: ['misdirected', 'html_table', 'poor_plain_text', 'non_ascii_name'],
      },
    });
  }

  // 021 — Open Exeter primary user form from a PCN hub sent to portalenquiries; flat form
  {
    const pdf = await formPdf(oeOther('p021', {
      orgName: 'Kingfisher Valley PCN - Enhanced Access Hub', orgTypeLine: 'Primary Care Network (extended hours hub)', orgCode: 'U30518', address: 'c/o Kingfisher Medical Centre\n7 Mill Lane, Kessford KF1 2AB',
      nomineeName: 'Olamide Fashola-Grant', nomineeTitle: 'Hub Coordinator', nomineeEmail: 'olamide.fashola-grant@nhs.net', nomineePhone: '01632 960 902',
      signatoryName: 'Dr Rebecca Thorne-Castillo', signatoryEmail: 'rebecca.thorne-castillo@nhs.net', ticks: [true, false, false], signed: true, date: '16/11/2026',
    }), 'flat');
    specs.push({
      file: '021-open-exeter-primary-user-pcn-hub-misdirected',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('FASHOLA-GRANT, Olamide (KINGFISHER VALLEY PCN)', 'olamide.fashola-grant@nhs.net'), to: TO, subject: 'Open Exeter form', date: '2026-11-17T14:33:29Z' },
      text: `Hello,

Our hub nurses have started doing smears in the evenings and at weekends and we need to be able to check patients' screening history, so I was told to send this form for Open Exeter access. Dr Thorne-Castillo is our PCN's Caldicott Guardian and has signed it.

I hope I've sent it to the right place.

Olamide Fashola-Grant
Hub Coordinator
Kingfisher Valley PCN
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Open Exeter Primary User - KV hub.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'U30518', type: 'pcn' },
        fields: { organisationKind: 'other', nominee: who('Olamide Fashola-Grant', 'olamide.fashola-grant@nhs.net'), signatory: { name: 'Rebecca Thorne-Castillo', email: 'rebecca.thorne-castillo@nhs.net', role: 'caldicott_guardian' } },
        mustRaise: [], traits: ['misdirected', 'pdf_flat', 'pcn', 'hyphenated_name', 'surname_first_display_name'],
      },
    });
  }

  // 022 — a question, nothing to do
  specs.push({
    file: '022-question-branch-site-admins',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Rosa Delgado-Pike', 'rosa.delgado-pike@nhs.net'), to: TO, subject: 'Quick question', date: '2026-11-18T09:02:47Z' },
    text: `Hi,

We have a main surgery and two branch sites. Do the branches need their own user administrators on PCSE Online, or does having them at the main site cover everyone? We don't want to go over the limit by accident.

Thanks
Rosa
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 023 — a chaser with a case reference in the body (HTML)
  specs.push({
    file: '023-chaser-reference-in-body',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('IQBAL, Sana (WINDMILL HILL PRACTICE)', 'sana.iqbal@nhs.net'), to: TO, subject: 'Still waiting', date: '2026-11-19T10:45:18Z' },
    text: `Hello,

I emailed two weeks ago about our new user administrator and was given the reference PCSE-2026-004817. We still haven't heard anything. Is there any update please?

Sana Iqbal
Windmill Hill Practice
${NHSMAIL_FOOTER}`,
    html: outlookHtml(`${msoParas('Hello,\n\nI emailed two weeks ago about our new user administrator and was given the reference PCSE-2026-004817. We still haven\'t heard anything. Is there any update please?\n\nSana Iqbal\nWindmill Hill Practice')}\n${NHSMAIL_FOOTER_HTML}`),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'caseref_in_body', 'html_first'] },
  });

  // 024 — a thank-you with the reference in the subject
  specs.push({
    file: '024-thanks-reference-in-subject',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('TOLLEY, Maureen (LARKSPUR LANE SURGERY)', 'maureen.tolley@nhs.net'), to: TO, subject: 'RE: PCSE-2026-005102 User administrator request - Larkspur Lane Surgery', date: '2026-11-20T12:10:00Z', inReplyTo: '<ack-PCSE-2026-005102@pcse.england.nhs.uk>' },
    text: `Thank you so much, Zoë has had her email and is all set up now.

Maureen

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 19 November 2026 16:02
Subject: PCSE-2026-005102 User administrator request - Larkspur Lane Surgery

Your request has been completed.
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'caseref_in_subject', 'non_ascii_name'] },
  });

  // 025 — an out-of-office reply
  specs.push({
    file: '025-auto-reply-out-of-office',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ASHWORTH, Gwendolyn (HOLLOWAY FOLD MEDICAL PRACTICE)', 'gwendolyn.ashworth@nhs.net'), to: TO, subject: 'Automatic reply: PCSE-2026-004955 Your request has been received', date: '2026-11-20T15:30:02Z',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'gwendolyn.ashworth@nhs.net']] },
    text: `Thank you for your email. I am on annual leave until Monday 30 November with no access to email. For anything urgent please contact Priya Raghunathan on priyanka.raghunathan1@nhs.net or ring the practice on 01632 960 551.

Gwen Ashworth
`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'caseref_in_subject'] },
  });

  // 026 — GP partner asks for Kavita Sharma (no relation) as GPP admin, no form
  specs.push({
    file: '026-gpp-admin-partner-same-surname-no-form',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('SHARMA, Rohan (Dr) (WINDMILL HILL PRACTICE)', 'rohan.sharma@nhs.net'), to: TO, subject: 'Pensions user admin', date: '2026-11-23T08:20:36Z' },
    text: `Dear PCSE

Please could Kavita Sharma (no relation, before anyone asks!) be set up as a user administrator for the GP payments and pensions part of PCSE Online for our practice. She is our new finance lead and took over from Dennis last month. Her email is kavita.sharma12@nhs.net.

I am one of the partners here and I approve this. Let me know if you need a form filling in as well.

Kind regards

Dr Rohan Sharma
GP Partner
Windmill Hill Practice, E85021
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('E85021'),
      fields: nom('GPP', ['Kavita Sharma', 'kavita.sharma12@nhs.net'], ['Rohan Sharma', 'rohan.sharma@nhs.net', 'GP Partner']),
      mustRaise: [], traits: ['same_surname', 'no_form', 'no_labels', 'surname_first_display_name', 'signature_only_code'],
    },
  });

  return specs.map((s) => compose('portalenquiries', s));
}
