// portalenquiries: the emails of corpus 36 (writer AF) and the cases a careful person would enter.
import { TO, btMailMsg, gmailMail, hotmail, iphoneMail, macMail, nhs, nhsMobile, org, person, rowTable, yahooMail } from './common.js';
import { addr, gmailQuote, imageAttachment, outlookHtml, outlookQuote, pcseAck, pdfAttachment, esc, type CorpusEmail } from './lib.js';
import type { Pdfs } from './build.js';
import { signatureImage } from './scans.js';

export function portal(pdf: Pdfs): CorpusEmail[] {
  const out: CorpusEmail[] = [];

  // 1 ------------------------------------------------------------------
  out.push({
    slug: 'gpp-acroform-same-surname',
    eml: nhs(
      { id: 'af36-p01', from: addr('THWAITE, Joanne (FELLSIDE SURGERY)', 'joanne.thwaite@nhs.net'), to: TO.portal, subject: 'GPP user admin form - Fellside Surgery A82619', iso: '2026-11-03T10:12:41Z' },
      `Hi,

Please find attached a GPP Practice User Administrator certification form for Ciara, who is taking over the pensions and payments side from me in the new year.

Part B has been signed by Dr Thwaite - Michael, our GP partner, not me (no relation, we get asked that a lot!). I'm not asking for anything on my own account.

Many thanks

Jo

Joanne Thwaite
Practice Manager
Fellside Surgery
Market Place, Garrigill, Alston CA9 3DS
01434 381 220`,
      { attachments: [pdfAttachment(pdf.gppFillable, 'GPP cert Fellside.pdf')] },
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('A82619', 'gp_practice'),
      fields: { service: 'GPP', nominee: person("Ciara O'Donoghue", 'ciara.odonoghue@nhs.net'), approver: { ...person('Michael Thwaite', 'michael.thwaite1@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'see_attached', 'same_surname', 'apostrophe_name', 'nhsmail_display_name'],
    },
  });

  // 2 ------------------------------------------------------------------
  out.push({
    slug: 'gpp-photo-scan-gmail-phone',
    eml: gmailMail(
      { id: 'af36-p02', from: addr('tash b', 'tashbrierley86@gmail.com'), to: 'pcse.portalenquiries@nhs.net', subject: 'gpp form', iso: '2026-11-04T18:47:09Z' },
      `hi

sorry the scanner in the office is broken so ive took a photo of the form on my phone and made it a pdf, hope thats ok. dr pargeter has signed it. its to make bethan our gpp admin

corvedale surgery M82608

thanks
natasha (reception)`,
      { attachments: [pdfAttachment(pdf.scanPhotoGpp, 'Scanned Document.pdf', 'gmail')] },
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('M82608', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Bethan Lloyd-Hughes', 'bethan.lloyd-hughes@nhs.net'), approver: { ...person('Richard Pargeter', 'r.pargeter@nhs.net'), role: 'Senior Partner' } },
      mustRaise: ['sender_not_nhs'],
      traits: ['scan_photo_on_desk', 'handwritten_values', 'webmail_sender', 'phone', 'lower_case', 'typos', 'hyphen_name'],
    },
  });

  // 3 ------------------------------------------------------------------
  out.push({
    slug: 'pl-admin-wife-same-surname',
    eml: nhs(
      {
        id: 'af36-p03',
        from: addr('MISTRY, Anand (BROOKSIDE SURGERY)', 'anand.mistry@nhs.net'),
        to: TO.portal,
        cc: addr('MISTRY, Priya (BROOKSIDE SURGERY)', 'priya.mistry4@nhs.net'),
        subject: 'PL Organisation Administrator - Brookside Surgery (D82655)',
        iso: '2026-11-05T08:31:02Z',
      },
      `Dear PCSE,

I am the CQC Registered Manager for Brookside Surgery, Ludham (practice code D82655). We have no PL Organisation Administrator at present and I would like to nominate our practice manager, Mrs Priya Mistry, for the role.

To avoid any confusion: Priya is my wife and she runs the practice. The role is for her, on her own NHSmail address priya.mistry4@nhs.net (copied in), and not for me - I do not need an admin role on my account (anand.mistry@nhs.net).

Kind regards

Dr Anand Mistry
GP Principal and CQC Registered Manager
Brookside Surgery
The Street, Ludham, Great Yarmouth NR29 5QT`,
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('D82655', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Priya Mistry', 'priya.mistry4@nhs.net'), approver: { ...person('Anand Mistry', 'anand.mistry@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['same_surname', 'sender_is_approver', 'nominee_in_cc', 'honorific'],
    },
  });

  // 4 ------------------------------------------------------------------
  out.push({
    slug: 'pl-self-nomination-split-sentence',
    eml: nhs(
      {
        id: 'af36-p04',
        from: addr('TONKIN, Kerenza (TREGONY SURGERY)', 'kerenza.tonkin@nhs.net'),
        to: TO.portal,
        cc: addr('PENGELLY, Alan (Dr) (TREGONY SURGERY)', 'alan.pengelly@nhs.net'),
        subject: 'PL admin for Tregony Surgery',
        iso: '2026-11-05T13:05:55Z',
      },
      `Hello,

I'm the practice manager at Tregony Surgery (Org code: l82077) and I would like to be set up as the PL Organisation Administrator for the practice. To be clear, the person to set up is me - Kerenza Tonkin, on this email address, kerenza.tonkin@nhs.net. Our previous administrator left in July and nobody at the practice has the role now.

Our CQC Registered Manager, who is copied in and has agreed to this,

is Dr Alan Pengelly.

Thank you,
Kerenza

Kerenza Tonkin
Practice Manager, Tregony Surgery
Fore Street, Tregony, Truro TR2 5RN`,
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('L82077', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Kerenza Tonkin', 'kerenza.tonkin@nhs.net'), approver: { ...person('Alan Pengelly', 'alan.pengelly@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['nominee_is_sender', 'split_across_paragraphs', 'code_lower_case', 'code_prefix', 'approver_in_cc'],
    },
  });

  // 5 ------------------------------------------------------------------
  out.push({
    slug: 'pl-fifth-admin-numbered',
    eml: nhs(
      { id: 'af36-p05', from: addr('HOSEGOOD, Ruth (WITHYPOOL & EXFORD SURGERY)', 'ruth.hosegood@nhs.net'), to: TO.portal, subject: 'Additional PL admin - Withypool & Exford Surgery', iso: '2026-11-06T09:40:18Z' },
      `Good morning,

Our current PL Organisation Administrators are:

1. Ruth Hosegood (me)
2. Dr Sam Ferris
3. Linda Vowles
4. Gemma Chidgey - on maternity leave until May

Could Daniel Le Marquand, our new deputy practice manager, be added as a PL Organisation Administrator while Gemma is away? His email is daniel.lemarquand@nhs.net. We would rather not remove Gemma as she is coming back to us.

Dr Ferris is our CQC Registered Manager and is happy with this.

Practice code L85633.

Kind regards,
Ruth Hosegood
Practice Manager
Withypool & Exford Surgery`,
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('L85633', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Daniel Le Marquand', 'daniel.lemarquand@nhs.net'), approver: { ...person('Sam Ferris', null), role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'],
      traits: ['numbered_list', 'fifth_admin', 'particle_name', 'approver_without_email'],
    },
  });

  // 6 ------------------------------------------------------------------
  out.push({
    slug: 'opto-letter-btinternet',
    eml: btMailMsg(
      { id: 'af36-p06', from: addr('Van der Veen Opticians', 'vanderveen.opticians@btinternet.com'), to: 'pcse.portalenquiries@nhs.net', subject: 'Ophthalmic user admin nomination - Van der Veen Opticians TPV04', iso: '2026-11-25T14:22:37Z' },
      `Good afternoon,

Please find attached a letter from our contract holder, Mr Pieter van der Veen, nominating a user administrator for Ophthalmic Payments in PCSE Online.

Many thanks,
Marijke
Van der Veen Opticians
14 Sheep Street, Bicester OX26 6JW
01869 252 117`,
      { attachments: [pdfAttachment(pdf.optoLetter, 'PCSE letter.pdf', 'plain')] },
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPV04', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Esmé van der Veen', 'esme@vanderveenopticians.co.uk'), approver: { ...person('Pieter van der Veen', 'pieter@vanderveenopticians.co.uk'), role: 'Contract Holder' } },
      mustRaise: ['sender_not_nhs'],
      traits: ['pdf_flat_letter', 'webmail_sender', 'particle_name', 'non_ascii_name', 'same_surname', 'see_attached'],
    },
  });

  // 7 ------------------------------------------------------------------
  out.push({
    slug: 'opto-locum-on-behalf-numbered',
    eml: hotmail(
      {
        id: 'af36-p07',
        from: addr('Tomasz Wróblewski', 't.wroblewski.optom@outlook.com'),
        to: TO.portal,
        cc: addr('Alan Penrose', 'alan@penrose-eyecare.co.uk'),
        subject: 'Penrose Eyecare - OPTO user admin (on behalf of Alan Penrose)',
        iso: '2026-11-24T08:15:03Z',
      },
      `Hi PCSE team,

I'm the locum optometrist covering at Penrose Eyecare this fortnight. I'm writing on behalf of the owner, Alan Penrose, who is the contract holder (copied in). He is abroad and can't easily get onto his emails, so he asked me to send this - his confirmation is below.

1. Practice: Penrose Eyecare, 3 Fore Street, Bodmin PL31 2HQ
2. ODS: tpr 82
3. Role needed: Opto User Management (Organisation)
4. Person: Lowenna Hicks, dispensing optician and practice manager
5. Her email: lowenna.hicks@penrose-eyecare.co.uk

I don't need anything set up for myself.

Thanks,
Tomasz Wróblewski MCOptom
Locum Optometrist

${outlookQuote({ fromName: 'Alan Penrose', fromEmail: 'alan@penrose-eyecare.co.uk', to: 't.wroblewski.optom@outlook.com', iso: '2026-11-23T19:41:00Z', subject: 'user admin', text: 'Tomasz - yes please email PCSE and ask them to set Lowenna up as the admin for the opto payments side. I confirm that as the contract holder.\nThanks, Alan\n\nSent from my iPad' })}`,
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPR82', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Lowenna Hicks', 'lowenna.hicks@penrose-eyecare.co.uk'), approver: { ...person('Alan Penrose', 'alan@penrose-eyecare.co.uk'), role: 'Contract Holder' } },
      mustRaise: ['sender_not_nhs'],
      traits: ['locum_on_behalf', 'numbered_list', 'code_with_spaces', 'code_lower_case', 'code_prefix', 'webmail_sender', 'rfc2047', 'quoted_confirmation'],
    },
  });

  // 8 ------------------------------------------------------------------
  out.push({
    slug: 'pcn-icb-approver-single-name',
    eml: nhs(
      { id: 'af36-p08', from: addr('ASKEW-BATTERSBY, Gwen (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', 'gwen.askew-battersby@nhs.net'), to: TO.portal, subject: 'PCN user admin request - Wensleydale & Swaledale PCN (U48213)', iso: '2026-11-09T11:02:44Z' },
      `Dear colleagues,

I am writing as an ICB approver listed on the NHSE Authorised Email List to approve a PCN user administrator for Wensleydale & Swaledale PCN, PCN code U48213. The PCN has no user admin at present.

Nominee: Suharti (PCN Business Manager)
Email: suharti1@nhs.net

Please note that Suharti has a single name and no surname, which is why her NHSmail address is as above - please don't add a surname when setting her up.

Kind regards

Gwen Askew-Battersby
Primary Care Contracts Manager
NHS Humber and North Yorkshire ICB`,
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('U48213', 'pcn'),
      fields: { service: 'PCN', nominee: person('Suharti', 'suharti1@nhs.net'), approver: { ...person('Gwen Askew-Battersby', 'gwen.askew-battersby@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [],
      traits: ['single_word_name', 'hyphen_name', 'icb_approver', 'nhsmail_display_name'],
    },
  });

  // 9 ------------------------------------------------------------------
  {
    const rows = [
      ['PCN', 'PCN code', 'Nominee', 'Nominee email', 'Approved by', "Approver's role"],
      ['Teme Valley PCN', 'U61820', 'Jean-Luc Ferrand', 'jeanluc.ferrand@nhs.net', 'Dr Rhiannon Pryce-Jones', 'Clinical Director'],
    ];
    const html = outlookHtml(`<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please can the person below be set up as user admin for our PCN on PCSE Online.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${rowTable(rows)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Our ICB primary care lead left in October and the post hasn't been filled, so Dr Pryce-Jones has approved this herself as our Clinical Director. She is not from the ICB and isn't on the authorised email list, but we are hoping this will be ok in the meantime. She is copied in.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<o:p></o:p></p>
<p class="MsoNormal">Beth<o:p></o:p></p>
<p class="MsoNormal">PCN Manager, Teme Valley PCN<o:p></o:p></p>`);
    out.push({
      slug: 'pcn-table-labels-in-first-row-cd-approves',
      eml: nhs(
        { id: 'af36-p09', from: addr('Teme Valley PCN', 'temevalley.pcn@nhs.net'), to: TO.portal, cc: addr('PRYCE-JONES, Rhiannon (Dr) (TEME VALLEY PCN)', 'rhiannon.pryce-jones@nhs.net'), subject: 'New PCN user admin request', iso: '2026-11-10T15:33:20Z' },
        '',
        { html, htmlOnly: true, disclaimer: false },
      ),
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: org('U61820', 'pcn'),
        fields: { service: 'PCN', nominee: person('Jean-Luc Ferrand', 'jeanluc.ferrand@nhs.net'), approver: { ...person('Rhiannon Pryce-Jones', 'rhiannon.pryce-jones@nhs.net'), role: 'Clinical Director' } },
        mustRaise: ['approver_not_on_ael'],
        traits: ['html_only', 'table_labels_first_row', 'shared_mailbox_sender', 'hyphen_name', 'honorific'],
      },
    });
  }

  // 10 -----------------------------------------------------------------
  out.push({
    slug: 'gpp-word-form-outgoing-admin-yahoo',
    eml: yahooMail(
      { id: 'af36-p10', from: addr('Maureen Speight', 'maureen.speight@yahoo.co.uk'), to: 'pcse.portalenquiries@nhs.net', subject: 'GPP user admin - my replacement', iso: '2026-11-27T19:12:51Z' },
      `Dear PCSE,

I am the GPP Practice User Administrator at Kettlewell & Upper Wharfedale Medical Practice (ODS: b82 041) and I retire on Friday 4 December. I'm emailing from my own account as I'm working from home this week.

Attached is the certification form for my successor, Oluwaseun Adeyemi-Clarke, signed by Dr Rudd (GP Partner). Please could Oluwaseun be set up as GPP Practice User Administrator in my place.

Thank you for all your help over the years!

Maureen Speight

Sent from Yahoo Mail for iPhone`,
      { attachments: [pdfAttachment(pdf.gppWordExport, 'GPP cert form - O Adeyemi-Clarke.pdf', 'plain')] },
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('B82041', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Oluwaseun Adeyemi-Clarke', 'oluwaseun.adeyemi-clarke@nhs.net'), approver: { ...person('Helen Rudd', 'helen.rudd@nhs.net'), role: 'GP Partner' } },
      mustRaise: ['sender_not_nhs'],
      traits: ['pdf_flat_values_under_labels', 'outgoing_nominates_successor', 'webmail_sender', 'code_with_spaces', 'code_lower_case', 'code_prefix', 'hyphen_name'],
    },
  });

  // 11 -----------------------------------------------------------------
  out.push({
    slug: 'pl-dental-nurse-vcard-signature',
    eml: nhs(
      { id: 'af36-p11', from: addr('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), to: 'pcse.portalenquiries@nhs.net', cc: addr('Dr Kwame Okonkwo', 'kwame.okonkwo@nhs.net'), subject: 'pl admin', iso: '2026-11-11T12:48:06Z' },
      `hi,

could i please be set up as the PL organisation admin for our practice, its just me that does the admin here alongside nursing. my details are in my signature below. dr okonkwo (practice owner) is cc'd and is happy for me to have it.

thank you

--
BEGIN:VCARD
VERSION:3.0
N:Nwosu;Adaeze;;;
FN:Adaeze Nwosu
ORG:Okonkwo Dental Care;V018334
TITLE:Dental Nurse / Practice Administrator
EMAIL;TYPE=INTERNET,WORK:adaeze.nwosu@nhs.net
TEL;TYPE=WORK,VOICE:01452 730 118
ADR;TYPE=WORK:;;7 Church Street;Newent;Gloucestershire;GL18 1AA;UK
END:VCARD`,
      { disclaimer: false },
    ),
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('V018334', 'dental_practice'),
      fields: { service: 'PL', nominee: person('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), approver: { ...person('Kwame Okonkwo', 'kwame.okonkwo@nhs.net'), role: 'Practice Owner' } },
      mustRaise: [],
      traits: ['vcard_signature', 'nominee_is_sender', 'lower_case', 'approver_in_cc', 'dental_nurse_admin'],
    },
  });

  // 12 -----------------------------------------------------------------
  {
    const alt = 'Sunita Rai MRPharmS | Pharmacist Manager | Castle Chemist, F-code FQ238 | sunita.rai@nhs.net | 01600 712 384';
    const img = signatureImage(['Sunita Rai MRPharmS', 'Pharmacist Manager  ·  Castle Chemist', 'sunita.rai@nhs.net  ·  01600 712 384']);
    const html = outlookHtml(`<p class="MsoNormal">Hi,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please could you change the main contact for our pharmacy to me. Our current main contact was the previous owner, who has retired and sold the business to us. My details are in my signature.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><img width="420" height="90" style="width:4.375in;height:.9375in" id="Picture_x0020_1" src="cid:image001.png@01DB4A2E.5C2E1B70" alt="${esc(alt)}"><o:p></o:p></p>`);
    out.push({
      slug: 'main-contact-details-in-signature-alt-text',
      eml: nhs(
        { id: 'af36-p12', from: addr('Castle Chemist', 'castle.chemist@nhs.net'), to: TO.portal, subject: 'Main contact', iso: '2026-11-12T09:05:47Z' },
        '',
        { html, htmlOnly: true, disclaimer: false, inline: [imageAttachment(img, 'image001.png', 'image001.png@01DB4A2E.5C2E1B70')] },
      ),
      expected: {
        kind: 'main_contact_change',
        ignored: null,
        organisation: org('FQ238', 'pharmacy'),
        fields: { newMainContact: person('Sunita Rai', 'sunita.rai@nhs.net') },
        mustRaise: [],
        traits: ['html_only', 'signature_image_alt_text', 'new_contact_is_sender', 'shared_mailbox_sender', 'code_prefix', 'post_nominals'],
      },
    });
  }

  // 13 -----------------------------------------------------------------
  out.push({
    slug: 'main-contact-subject-only-iphone',
    eml: iphoneMail(
      { id: 'af36-p13', from: addr('Sami Hassan', 'samihassan.dds@gmail.com'), to: 'pcse.portalenquiries@nhs.net', cc: 'gemma.oneill5@nhs.net', subject: "Main contact change V067219 to Gemma O'Neill gemma.oneill5@nhs.net", iso: '2026-11-13T21:18:30Z' },
      `As per subject please. Thanks

Sami

Sent from my iPhone`,
    ),
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('V067219', 'dental_practice'),
      fields: { newMainContact: person("Gemma O'Neill", 'gemma.oneill5@nhs.net') },
      mustRaise: ['sender_not_nhs'],
      traits: ['subject_only', 'phone', 'webmail_sender', 'apostrophe_name', 'new_contact_in_cc'],
    },
  });

  // 14 -----------------------------------------------------------------
  {
    const earlier = `Hi, I've locked myself out of PCSE Online - too many wrong passwords. My username is pat.grimshaw@nhs.net. Please can you unlock it.
Thanks
Pat Grimshaw
Marsh Lane Dental Practice`;
    out.push({
      slug: 'main-contact-outgoing-successor-old-thread',
      eml: nhs(
        {
          id: 'af36-p14',
          from: addr('GRIMSHAW, Patricia (MARSH LANE DENTAL PRACTICE)', 'pat.grimshaw@nhs.net'),
          to: TO.portal,
          subject: 'RE: PCSE-2026-088412 - Your enquiry has been received',
          iso: '2026-11-16T10:26:13Z',
          inReplyTo: '<PCSE-2026-088412.ack@pcse.england.nhs.uk>',
          references: '<LO2P265MB5512A1@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM> <PCSE-2026-088412.ack@pcse.england.nhs.uk>',
        },
        `Hello again,

Something different this time. I'm the main contact for the practice on PCSE Online and I retire at the end of December. I understand I can't hand the role over myself, so please could you change the main contact to my successor:

Siân de la Mare
sian.delamare@nhs.net

Practice code V 029 915 (Marsh Lane Dental Practice).

Many thanks,
Pat

Pat Grimshaw
Receptionist
Marsh Lane Dental Practice

${outlookQuote({ fromName: 'PCSE Portal Enquiries', fromEmail: 'pcse.portalenquiries@nhs.net', to: 'GRIMSHAW, Patricia (MARSH LANE DENTAL PRACTICE) <pat.grimshaw@nhs.net>', iso: '2026-10-14T10:02:00Z', subject: 'PCSE-2026-088412 - Your enquiry has been received', text: pcseAck('Portal Enquiries', 'PCSE-2026-088412') })}

${outlookQuote({ fromName: 'GRIMSHAW, Patricia (MARSH LANE DENTAL PRACTICE)', fromEmail: 'pat.grimshaw@nhs.net', to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', iso: '2026-10-14T09:58:00Z', subject: 'Locked out', text: earlier })}`,
      ),
      expected: {
        kind: 'main_contact_change',
        ignored: null,
        organisation: org('V029915', 'dental_practice'),
        fields: { newMainContact: person('Siân de la Mare', 'sian.delamare@nhs.net') },
        mustRaise: [],
        traits: ['top_posted_on_old_thread', 'pcse_ack_in_thread', 'earlier_request_other_kind', 'outgoing_nominates_successor', 'code_with_spaces', 'particle_name', 'non_ascii_name'],
      },
    });
  }

  // 15 -----------------------------------------------------------------
  {
    const earlier = `Hello,

I've moved house and need to update my address on the performers list. Is that something I do on PCSE Online myself or do you need a form?

Thanks
Callum MacRae`;
    out.push({
      slug: 'verification-link-locum-gmc-old-thread',
      eml: nhs(
        {
          id: 'af36-p15',
          from: addr('MACRAE, Callum', 'callum.macrae@nhs.net'),
          to: TO.portal,
          subject: 'RE: PCSE-2026-097730 - Your enquiry has been received',
          iso: '2026-11-17T07:52:38Z',
          inReplyTo: '<PCSE-2026-097730.ack@pcse.england.nhs.uk>',
        },
        `Hi,

Separate issue from my performers list query below (which has now been sorted, thanks).

I've never received the verification link for PCSE Online. Could you please send me a new one? My GMC-registered email address is this one - callum.macrae@nhs.net - and my GMC number is 7245319. I work as a locum so I don't have a practice code.

Thanks,
Callum

Dr Callum MacRae
Locum GP

${outlookQuote({ fromName: 'PCSE Portal Enquiries', fromEmail: 'pcse.portalenquiries@nhs.net', to: 'MACRAE, Callum <callum.macrae@nhs.net>', iso: '2026-10-29T16:40:00Z', subject: 'PCSE-2026-097730 - Your enquiry has been received', text: pcseAck('Portal Enquiries', 'PCSE-2026-097730') })}

${outlookQuote({ fromName: 'MACRAE, Callum', fromEmail: 'callum.macrae@nhs.net', to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', iso: '2026-10-29T16:38:00Z', subject: 'Change of address - performers list', text: earlier })}`,
      ),
      expected: {
        kind: 'verification_link_resend',
        ignored: null,
        organisation: null,
        fields: { accountEmail: 'callum.macrae@nhs.net', gmcNumber: '7245319' },
        mustRaise: [],
        traits: ['top_posted_on_old_thread', 'pcse_ack_in_thread', 'earlier_request_other_kind', 'locum', 'no_practice'],
      },
    });
  }

  // 16 -----------------------------------------------------------------
  out.push({
    slug: 'verification-link-optician-outlookcom',
    eml: hotmail(
      { id: 'af36-p16', from: addr('Ros Hollis', 'ros.hollis@outlook.com'), to: 'pcse.portalenquiries@nhs.net', subject: 'verification link', iso: '2026-11-18T20:03:11Z' },
      `Hello, I'm the user admin for Hollis & Daughter Opticians (TPH36) and I never received the link to verify my account. Could you resend it please to ros.hollis@outlook.com - that's the address my account is under.

Thanks
Ros

Get Outlook for Android`,
    ),
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('TPH36', 'ophthalmic_practice'),
      fields: { accountEmail: 'ros.hollis@outlook.com', gmcNumber: null },
      mustRaise: [],
      traits: ['webmail_sender', 'phone', 'one_paragraph'],
    },
  });

  // 17 -----------------------------------------------------------------
  out.push({
    slug: 'verification-link-for-gp-split-gmc',
    eml: nhs(
      { id: 'af36-p17', from: addr('CARRUTHERS, Donna (BEWCASTLE & ROADHEAD SURGERY)', 'donna.carruthers@nhs.net'), to: TO.portal, subject: 'New verification link please - Dr Al-Rashid', iso: '2026-11-19T10:44:29Z' },
      `Hi there,

Dr Yusuf Al-Rashid, one of our salaried GPs, has asked me to email as he is in clinic all day. He never got his PCSE Online verification link and the old one has expired. Please could you send him a new one.

His GMC registered email is yusuf.al-rashid@nhs.net and his GMC number is

6093318.

Bewcastle & Roadhead Surgery, A82650.

Thanks,
Donna Carruthers
Senior Receptionist`,
    ),
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('A82650', 'gp_practice'),
      fields: { accountEmail: 'yusuf.al-rashid@nhs.net', gmcNumber: '6093318' },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf_of', 'split_across_paragraphs', 'hyphen_name'],
    },
  });

  // 18 -----------------------------------------------------------------
  out.push({
    slug: 'unlock-phone-emoji-lower-case',
    eml: iphoneMail(
      { id: 'af36-p18', from: addr('kev bramley', 'k.bramley@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'locked out', iso: '2026-11-20T07:12:05Z' },
      `hi locked myself out of pcse online again 🙈 put the wrong password in 5 times. username is k.bramley@nhs.net can u unlock pls ta

kev
bramley pharmacy fw614

Sent from my iPhone`,
    ),
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('FW614', 'pharmacy'),
      fields: { username: 'k.bramley@nhs.net' },
      mustRaise: [],
      traits: ['phone', 'emoji', 'lower_case', 'text_speak', 'code_lower_case'],
    },
  });

  // 19 -----------------------------------------------------------------
  out.push({
    slug: 'unlock-non-email-username-dental',
    eml: nhs(
      { id: 'af36-p19', from: addr('Bridge Street Dental Practice', 'bridgestreet.dental@nhs.net'), to: TO.portal, subject: 'Locked account - Lacey Turnbull', iso: '2026-11-20T14:27:52Z' },
      `Hello,

My PCSE Online account is locked after too many password attempts. I don't have my own email address so my user name is laceyturnbull@bridgestreetdental (it was set up by our user admin). Please could you unlock it.

Thank you,
Lacey Turnbull
Dental Nurse
Bridge Street Dental Practice
V045672`,
    ),
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('V045672', 'dental_practice'),
      fields: { username: 'laceyturnbull@bridgestreetdental' },
      mustRaise: [],
      traits: ['non_email_username', 'shared_mailbox_sender', 'dental_nurse_admin'],
    },
  });

  // 20 -----------------------------------------------------------------
  out.push({
    slug: 'reactivation-main-contact-yahoo',
    eml: yahooMail(
      { id: 'af36-p20', from: addr('Harj Sandhu', 'harj.sandhu@yahoo.com'), to: 'pcse.portalenquiries@nhs.net', subject: 'account deactivated', iso: '2026-12-01T12:36:40Z' },
      `Hi,

My PCSE Online account has been deactivated - I get an error when I log in. I'm the main contact for Sandhu's Pharmacy, F code fh471, so I understand I need to ask you to reactivate it.

My username is harj.sandhu@nhs.net (I'm emailing from my personal address as I'm at the other shop today).

Thanks
Harj Sandhu

Sent from Yahoo Mail on Android`,
    ),
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('FH471', 'pharmacy'),
      fields: { username: 'harj.sandhu@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['webmail_sender', 'phone', 'code_prefix', 'code_lower_case', 'username_differs_from_sender'],
    },
  });

  // 21 -----------------------------------------------------------------
  {
    const html = outlookHtml(`<p class="MsoNormal">Good afternoon,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">My PCSE Online account has been deactivated as I hadn&#8217;t logged in for a few months. I am one of the two <b>GPP Practice User Administrators</b> at Hartside Surgery (A82633), so I understand only PCSE can reactivate it.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Username:</b> <a href="mailto:elspeth.gow@nhs.net">elspeth.gow@nhs.net</a><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Elspeth Gow<br>Business Manager<br>Hartside Surgery<o:p></o:p></p>`);
    out.push({
      slug: 'reactivation-gpp-admin-html-only',
      eml: nhs({ id: 'af36-p21', from: addr('GOW, Elspeth (HARTSIDE SURGERY)', 'elspeth.gow@nhs.net'), to: TO.portal, subject: 'Deactivated account - user admin', iso: '2026-11-23T13:58:27Z' }, '', { html, htmlOnly: true, disclaimer: false }),
      expected: {
        kind: 'account_reactivation',
        ignored: null,
        organisation: org('A82633', 'gp_practice'),
        fields: { username: 'elspeth.gow@nhs.net' },
        mustRaise: [],
        traits: ['html_only', 'html_entities'],
      },
    });
  }

  // 22 -----------------------------------------------------------------
  out.push({
    slug: 'role-removal-optometrist-left',
    eml: macMail(
      { id: 'af36-p22', from: addr('Isabel de la Cruz', 'isabel@delacruzoptometrists.co.uk'), to: 'pcse.portalenquiries@nhs.net', subject: 'Remove roles - Rhys Pritchard', iso: '2026-11-24T16:09:14Z' },
      `Hello,

Rhys Pritchard sold his share of the practice and left on 31 October. Please could you remove the GOS Performer and Contractor Signatory roles from his PCSE Online account (rhys.pritchard@nhs.net) for our practice, J. de la Cruz Optometrists (TPD19).

Kind regards,
Isabel de la Cruz
Optometrist & Director
J. de la Cruz Optometrists`,
    ),
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('TPD19', 'ophthalmic_practice'),
      fields: { username: 'rhys.pritchard@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
      mustRaise: [],
      traits: ['particle_name', 'two_roles'],
    },
  });

  // 23 -----------------------------------------------------------------
  out.push({
    slug: 'role-removal-pharmacy-text-speak',
    eml: nhsMobile(
      { id: 'af36-p23', from: addr('Pennine Pharmacy', 'pennine.pharmacy@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'amy fox', iso: '2026-11-25T08:02:48Z' },
      `hiya can u take the practice order entry clerk role off amy fox she left last wk. her user name is amyfox@penninepharmacy (she didnt have an email). pennine pharmacy FK203

thanks jade

Get Outlook for Android`,
    ),
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('FK203', 'pharmacy'),
      fields: { username: 'amyfox@penninepharmacy', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [],
      traits: ['phone', 'lower_case', 'text_speak', 'no_punctuation', 'non_email_username'],
    },
  });

  // 24 -----------------------------------------------------------------
  out.push({
    slug: 'practice-email-update-misdirected',
    eml: nhs(
      { id: 'af36-p24', from: addr('BIRKETT, Joan (LONG MARTON SURGERY)', 'joan.birkett@nhs.net'), to: TO.portal, subject: 'Update practice email address', iso: '2026-11-26T11:21:33Z' },
      `Dear PCSE,

Please could you update our practice email address.

Practice name: Long Marton Surgery
Org code: A82 641
Current practice email: longmarton.surgery@nhs.net
New practice email: cumbria.longmartonsurgery@nhs.net

The current one is being closed down when we move over to the new shared mailbox next month.

Kind regards,
Joan Birkett
Practice Manager`,
    ),
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('A82641', 'gp_practice'),
      fields: { currentEmail: 'longmarton.surgery@nhs.net', newEmail: 'cumbria.longmartonsurgery@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'code_with_spaces', 'code_prefix'],
    },
  });

  // 25 -----------------------------------------------------------------
  out.push({
    slug: 'question-global-sum-payment',
    eml: nhs(
      { id: 'af36-p25', from: addr('LLOYD-HUGHES, Bethan (CORVEDALE SURGERY)', 'bethan.lloyd-hughes@nhs.net'), to: TO.portal, subject: 'November payment query', iso: '2026-11-30T10:15:09Z' },
      `Hello,

Our global sum payment for November looks about £1,200 short compared with October and there is a deduction on the statement that we don't recognise ("adj - prior period"). Who should I speak to about this? Is it you, or should it go to the GP payments team?

Thanks,
Bethan Lloyd-Hughes
Practice Administrator
Corvedale Surgery`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'wrong_mailbox', 'payments'] },
  });

  // 26 -----------------------------------------------------------------
  out.push({
    slug: 'chaser-any-update-ref',
    eml: gmailMail(
      { id: 'af36-p26', from: addr('tash b', 'tashbrierley86@gmail.com'), to: 'pcse.portalenquiries@nhs.net', subject: 'Re: PCSE-2026-104871 - Your enquiry has been received', iso: '2026-11-30T17:58:22Z', inReplyTo: '<PCSE-2026-104871.ack@pcse.england.nhs.uk>' },
      `any update on this? its been nearly 4 weeks and bethan still cant get in

${gmailQuote({ fromName: 'PCSE Portal Enquiries', fromEmail: 'pcse.portalenquiries@nhs.net', to: 'tashbrierley86@gmail.com', iso: '2026-11-04T18:49:00Z', subject: 'PCSE-2026-104871 - Your enquiry has been received', text: pcseAck('Portal Enquiries', 'PCSE-2026-104871') })}`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'lower_case', 'webmail_sender', 'pcse_ack_in_thread'] },
  });

  // 27 -----------------------------------------------------------------
  out.push({
    slug: 'out-of-office-gp',
    eml: nhs(
      {
        id: 'af36-p27',
        from: addr('PARGETER, Richard (Dr) (CORVEDALE SURGERY)', 'r.pargeter@nhs.net'),
        to: TO.portal,
        subject: 'Automatic reply: PCSE-2026-104871 - Your request has been completed',
        iso: '2026-12-02T09:30:04Z',
        extra: [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Auto-Response-Suppress', 'All'],
          ['X-MS-Exchange-Inbox-Rules-Loop', 'r.pargeter@nhs.net'],
        ],
      },
      `Thank you for your email. I am on annual leave until Monday 7 December with limited access to email.

For anything urgent please contact the practice on 01584 841 207 or corvedale.surgery@nhs.net.

Richard Pargeter`,
      { disclaimer: false },
    ),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'out_of_office', 'case_ref'] },
  });

  return out;
}
