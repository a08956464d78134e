// portalenquiries emails for corpus 54 (writer AX).
import { gppForm, oeForm, renderForm, renderLetter, scanForm, type GppValues } from './pdfs.js';
import { NHS_FOOTER, org, person, unclassified, type Email } from './types.js';

const pdf = (filename: string, data: Uint8Array) => ({ filename, data });

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];
  const M = 'portalenquiries' as const;

  // 1. GPP form, fillable, meaningless field names; body "see attached"
  const g1: GppValues = {
    practiceName: 'Hollins Park Surgery', practiceCode: 'P84027', practiceAddress: '212 Hollins Lane, Bury, BL9 8DQ',
    nomineeName: 'Bronwen Ellis-Pryce', nomineeJob: 'Practice Manager', nomineeEmail: 'bronwen.ellis-pryce@nhs.net', nomineePhone: '0161 764 2290',
    approverName: 'Dr Aoife Ní Bhriain', approverRole: 'GP Partner', approverEmail: 'aoife.nibhriain@nhs.net', date: '28/10/2026', signed: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-acroform-odd-names',
    msg: { from: { name: 'ELLIS-PRYCE, Bronwen (HOLLINS PARK SURGERY)', email: 'bronwen.ellis-pryce@nhs.net' }, subject: 'GPP certification form',
      body: `Hello,\n\nPlease see attached.\n\nThanks\nBronwen\n${NHS_FOOTER}` },
    attachments: [pdf('GPP_UA_Cert_Form_HollinsPark.pdf', await renderForm(gppForm(g1, (i) => `Text${i + 6}`), { layout: 'beside', acro: true, seed: 101 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('P84027', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Bronwen Ellis-Pryce', 'bronwen.ellis-pryce@nhs.net'), approver: { name: 'Aoife Ní Bhriain', email: 'aoife.nibhriain@nhs.net', role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'odd_field_names', 'see_attached', 'non_ascii_name', 'honorific_in_form'] },
  });

  // 2. flat form, values beside labels, body nothing but a signature
  const g2: GppValues = {
    practiceName: 'Marsh Lane Medical Practice', practiceCode: 'M85631', practiceAddress: '3 Marsh Lane, Walsall, WS2 9PL',
    nomineeName: 'Karen Whitlock', nomineeJob: 'Practice Manager', nomineeEmail: 'karen.whitlock@nhs.net', nomineePhone: '01922 605 118',
    approverName: 'Dr Femi Adeyemi-Jones', approverRole: 'Senior Partner', approverEmail: 'femi.adeyemi-jones@nhs.net', date: '29 October 2026', signed: true, existingUser: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-flat-beside-signature-only',
    msg: { from: { name: 'Karen Whitlock', email: 'karen.whitlock@nhs.net' }, subject: 'GPP Practice User Administrator',
      body: `Karen Whitlock\nPractice Manager\nMarsh Lane Medical Practice\n01922 605 118\n${NHS_FOOTER}` },
    attachments: [pdf('scan0042.pdf', await renderForm(gppForm(g2), { layout: 'beside', seed: 102 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('M85631', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Karen Whitlock', 'karen.whitlock@nhs.net'), approver: { name: 'Femi Adeyemi-Jones', email: 'femi.adeyemi-jones@nhs.net', role: 'Senior Partner' } },
      mustRaise: [], traits: ['pdf_flat', 'values_beside_labels', 'signature_only_body', 'sender_is_nominee', 'checkbox_x'] },
  });

  // 3. flat form, Times, values in table cells, lower-case code; "form attached as requested"
  const g3: GppValues = {
    practiceName: 'Tollgate Health Centre', practiceCode: 'e85716', practiceAddress: 'Tollgate Road, Enfield, EN3 4QT',
    nomineeName: 'Dimitra Papadopoulou', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'dimitra.papadopoulou1@nhs.net', nomineePhone: '020 8363 4471',
    approverName: 'Dr Rohan Mehta', approverRole: 'Lead GP / Partner', approverEmail: 'rohan.mehta2@nhs.net', date: '30.10.26', signed: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-table-cells-as-requested',
    msg: { from: { name: 'Tollgate Health Centre Admin', email: 'tollgate.admin@nhs.net' }, subject: 'RE: GPP user administrator - Tollgate HC',
      body: `Form attached as requested.\n\nTollgate Health Centre\n${NHS_FOOTER}` },
    attachments: [pdf('GPP Practice User Administrator Certification Form (completed).pdf', await renderForm(gppForm(g3), { layout: 'table', serif: true, seed: 103, checkStyle: 'yes' }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('E85716', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Dimitra Papadopoulou', 'dimitra.papadopoulou1@nhs.net'), approver: { name: 'Rohan Mehta', email: 'rohan.mehta2@nhs.net', role: 'Lead GP / Partner' } },
      mustRaise: [], traits: ['pdf_flat', 'table_cells', 'see_attached', 'lowercase_ods', 'shared_mailbox_sender'] },
  });

  // 4. scan of a hand-filled GPP form, signed
  const g4: GppValues = {
    practiceName: 'Bramblefield Surgery', practiceCode: 'J82144', practiceAddress: '9 Orchard Way, Andover, SP10 3LT',
    nomineeName: 'Łucja Zielińska', nomineeJob: 'Reception Manager', nomineeEmail: 'lucja.zielinska@nhs.net', nomineePhone: '01264 351 907',
    approverName: 'Dr Peter Okonkwo', approverRole: 'GP Partner', approverEmail: 'peter.okonkwo@nhs.net', date: '27/10/2026', signed: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-scan-handwritten-signed',
    msg: { from: { name: 'Bramblefield Surgery Reception', email: 'bramblefield.reception@nhs.net' }, subject: 'Scanned document',
      body: `Reception Team\nBramblefield Surgery\nTel 01264 351 907\n${NHS_FOOTER}` },
    attachments: [pdf('Scanned_20261030_0915.pdf', await scanForm(gppForm(g4), { seed: 4, angle: 1.2, hand: 'hand', specks: 220 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('J82144', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Łucja Zielińska', 'lucja.zielinska@nhs.net'), approver: { name: 'Peter Okonkwo', email: 'peter.okonkwo@nhs.net', role: 'GP Partner' } },
      mustRaise: [], traits: ['scan_image_only', 'handwriting', 'rotated', 'specks', 'signature_only_body', 'non_ascii_name', 'checkbox_box'] },
  });

  // 5. scan of a typed GPP form, signature box empty
  const g5: GppValues = {
    practiceName: 'Castle Mead Practice', practiceCode: 'L83102', practiceAddress: '1 Castle Mead, Launceston, PL15 8AX',
    nomineeName: 'Gareth Pugh', nomineeJob: 'Business Manager', nomineeEmail: 'gareth.pugh@nhs.net', nomineePhone: '01566 772 031',
    approverName: 'Dr Helen Marsh', approverRole: 'Managing Partner', approverEmail: 'helen.marsh4@nhs.net', date: '02/11/2026', signed: false, existingUser: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-scan-unsigned',
    msg: { from: { name: 'Gareth Pugh', email: 'gareth.pugh@nhs.net' }, subject: 'GPP admin form',
      body: `see attached thanks\n\nGareth\n\nSent from Outlook for iOS` },
    attachments: [pdf('GPP form.pdf', await scanForm(gppForm(g5), { seed: 5, angle: -0.8, hand: 'typed', specks: 140 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('L83102', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Gareth Pugh', 'gareth.pugh@nhs.net'), approver: { name: 'Helen Marsh', email: 'helen.marsh4@nhs.net', role: 'Managing Partner' } },
      mustRaise: ['missing_signature'], traits: ['scan_image_only', 'rotated', 'specks', 'empty_signature_box', 'see_attached', 'sender_is_nominee'] },
  });

  // 6. GPP form + covering letter; the email corrects the nominee's address on the form
  const g6: GppValues = {
    practiceName: 'Westgate Family Practice', practiceCode: 'N81077', practiceAddress: '40 Westgate Street, Chester, CH1 2HW',
    nomineeName: "Jamie O'Connell", nomineeJob: 'Finance Administrator', nomineeEmail: 'jamie.oconnel@nhs.net', nomineePhone: '01244 310 552',
    approverName: 'Dr Ingrid Solberg', approverRole: 'GP Partner', approverEmail: 'ingrid.solberg@nhs.net', date: '30/10/2026', signed: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-form-and-letter-email-corrected',
    msg: { from: { name: 'Dr Ingrid Solberg', email: 'ingrid.solberg@nhs.net' }, subject: 'GPP User Admin - Westgate Family Practice N81077',
      body: `Dear PCSE,\n\nPlease find attached our certification form and a covering letter.\n\nOne correction: the nominee's email address on the form is missing an "l" - it should read jamie.oconnell@nhs.net (not jamie.oconnel@nhs.net as typed on the form).\n\nKind regards\nIngrid Solberg\nGP Partner, Westgate Family Practice\n${NHS_FOOTER}` },
    attachments: [
      pdf('GPP cert - Westgate.pdf', await renderForm(gppForm(g6, (i) => `form1[0].Page${i < 10 ? 1 : 2}[0].TextField${i}[0]`), { layout: 'beside', acro: true, seed: 106 })),
      pdf('Covering letter.pdf', await renderLetter({
        head: ['Westgate Family Practice', '40 Westgate Street, Chester, CH1 2HW', 'Tel: 01244 310 550', 'westgate.familypractice@nhs.net'],
        to: ['Primary Care Support England', 'PCSE Online - Portal Enquiries'], date: '30 October 2026', subject: 'GPP Practice User Administrator - N81077',
        paragraphs: ["Please find enclosed the GP Payments and Pensions Practice User Administrator Certification Form for Jamie O'Connell, our Finance Administrator, who will manage GPP access for the practice from 1 December.", 'Please contact me if you require anything further.'],
        signoff: ['Yours faithfully', 'Dr Ingrid Solberg', 'GP Partner'], signed: true,
      }, 206)),
    ],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('N81077', 'gp_practice'),
      fields: { service: 'GPP', nominee: person("Jamie O'Connell", 'jamie.oconnell@nhs.net'), approver: { name: 'Ingrid Solberg', email: 'ingrid.solberg@nhs.net', role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'livecycle_field_names', 'two_attachments', 'covering_letter', 'body_corrects_form', 'apostrophe_name'] },
  });

  // 7. flat form, values below labels; body says this would be a fifth admin
  const g7: GppValues = {
    practiceName: 'Northgate Medical Group', practiceCode: 'B86011', practiceAddress: 'Northgate House, 5 Northgate, Wakefield, WF1 3BJ',
    nomineeName: 'Priya Raman', nomineeJob: 'Payroll Lead', nomineeEmail: 'priya.raman7@nhs.net', nomineePhone: '01924 327 140',
    approverName: 'Dr Marcus Hale', approverRole: 'Partner', approverEmail: 'marcus.hale@nhs.net', date: '31/10/2026', signed: true,
  };
  out.push({
    mailbox: M, slug: 'gpp-below-labels-fifth-admin',
    msg: { from: { name: 'Marcus Hale', email: 'marcus.hale@nhs.net' }, subject: 'Additional GPP user admin',
      body: `Hi,\n\nForm attached for Priya. We already have four GPP practice user administrators but would like Priya added as well (a fifth) as she is taking over payroll.\n\nMarcus\n\nDr Marcus Hale\nNorthgate Medical Group\n${NHS_FOOTER}` },
    attachments: [pdf('GPP-UA-Priya.pdf', await renderForm(gppForm(g7), { layout: 'below', seed: 107 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('B86011', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Priya Raman', 'priya.raman7@nhs.net'), approver: { name: 'Marcus Hale', email: 'marcus.hale@nhs.net', role: 'Partner' } },
      mustRaise: ['admin_limit_reached'], traits: ['pdf_flat', 'values_below_labels', 'admin_limit_in_body'] },
  });

  // 8. PL admin: letter on headed paper from the CQC Registered Manager
  out.push({
    mailbox: M, slug: 'pl-admin-headed-letter',
    msg: { from: { name: 'Sarah Jennings', email: 'sarah.jennings12@nhs.net' }, subject: 'PL Organisation Administrator request',
      body: `Please see attached letter.\n\nSarah Jennings\nCQC Registered Manager | Kingsmead Surgery\n${NHS_FOOTER}` },
    attachments: [pdf('PL admin letter.pdf', await renderLetter({
      head: ['Kingsmead Surgery', 'Kingsmead Road, Hertford, SG14 1PB', 'Tel: 01992 503 881', 'ODS code: H81093'],
      to: ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'], date: '29th October 2026', subject: 'Request: PL Organisation Administrator',
      paragraphs: ['We currently have no PL Organisation Administrator. As the CQC Registered Manager for the practice I would like the following colleague to be given the role:'],
      table: [['Practice', 'Kingsmead Surgery (H81093)'], ['Nominee', 'Olumide Bankole'], ['Nominee email', 'olumide.bankole@nhs.net'], ['Role requested', 'PL Organisation Administrator']],
      signoff: ['Yours sincerely', 'Sarah Jennings', 'CQC Registered Manager', 'sarah.jennings12@nhs.net'], signed: true,
    }, 208))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('H81093', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Olumide Bankole', 'olumide.bankole@nhs.net'), approver: { name: 'Sarah Jennings', email: 'sarah.jennings12@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['pdf_letter', 'headed_paper', 'see_attached', 'letter_table'] },
  });

  // 9. OPTO admin: contract holder's letter (Times) from a non-NHS address
  out.push({
    mailbox: M, slug: 'opto-admin-contract-holder-letter',
    msg: { from: { name: 'Niamh Gallagher', email: 'niamh.gallagher@harbourside-opticians.co.uk' }, subject: 'User Management (Organisation) - Harbourside Opticians',
      body: `Niamh Gallagher BSc MCOptom\nDirector & Contract Holder\nHarbourside Opticians\n01752 668 204` },
    attachments: [pdf('Harbourside - OPTO user admin.pdf', await renderLetter({
      head: ['Harbourside Opticians', '12 The Barbican, Plymouth, PL1 2LS', 'Tel 01752 668 204', 'GOS contract TPH38'],
      to: ['Primary Care Support England'], date: '2 November 2026', subject: 'Nomination for Opto User Management (Organisation)',
      paragraphs: ['As contract holder for Harbourside Opticians (TPH38) I nominate our practice manager, Kemal Aydin (kemal.aydin@harbourside-opticians.co.uk), for the Opto User Management (Organisation) role in PCSE Online, so that he can set up our performers and contractor signatory.', 'Thank you for your help.'],
      signoff: ['Yours sincerely', 'Niamh Gallagher', 'Contract Holder'], signed: true,
    }, 209, true))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('TPH38', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Kemal Aydin', 'kemal.aydin@harbourside-opticians.co.uk'), approver: { name: 'Niamh Gallagher', email: 'niamh.gallagher@harbourside-opticians.co.uk', role: 'Contract Holder' } },
      mustRaise: [], traits: ['pdf_letter', 'serif', 'signature_only_body', 'non_nhs_sender', 'details_in_prose'] },
  });

  // 10. PCN admin, ICB approver on the AEL, no attachment
  out.push({
    mailbox: M, slug: 'pcn-admin-icb-approver',
    msg: { from: { name: 'MBEKI, Colin (NHS MID SHIRES ICB)', email: 'colin.mbeki@nhs.net' }, subject: 'PCN user admin - Riverside Central PCN (U48213)',
      body: `Good afternoon,\n\nRiverside Central PCN (U48213) has no PCN user admin. As an approver on the NHSE Authorised Email List for NHS Mid Shires ICB I approve the following:\n\nNominee: Hannah Lockwood\nEmail: hannah.lockwood3@nhs.net\nRole: PCN user admin\n\nApproved by: Colin Mbeki\nRole: ICB Primary Care Contracts Manager\n\nMany thanks\nColin\n${NHS_FOOTER}` },
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('U48213', 'pcn'),
      fields: { service: 'PCN', nominee: person('Hannah Lockwood', 'hannah.lockwood3@nhs.net'), approver: { name: 'Colin Mbeki', email: 'colin.mbeki@nhs.net', role: 'ICB Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['no_attachment', 'labelled_lines', 'nhsmail_display_name'] },
  });

  // 11. PCN admin approved by the PCN's own clinical director (not an ICB approver)
  out.push({
    mailbox: M, slug: 'pcn-admin-not-icb',
    msg: { from: { name: 'Dr Ruth Abernethy', email: 'ruth.abernethy@nhs.net' }, subject: 'PCN admin access',
      body: `Hi,\n\nWe don't have anyone at the ICB who can sign this off at the moment so as Clinical Director of Dunmore & Leigh PCN (U61540) I am approving it myself - I'm not on the ICB's authorised list but hope that is OK.\n\nPlease set up Mohammed Al-Sayed (m.al-sayed@nhs.net) as our PCN user admin.\n\nThanks,\nRuth\nDr Ruth Abernethy, Clinical Director` },
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('U61540', 'pcn'),
      fields: { service: 'PCN', nominee: person('Mohammed Al-Sayed', 'm.al-sayed@nhs.net'), approver: { name: 'Ruth Abernethy', email: 'ruth.abernethy@nhs.net', role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['no_attachment', 'details_in_prose', 'not_on_ael'] },
  });

  // 12. main contact change: headed letter, body "see attached"
  out.push({
    mailbox: M, slug: 'main-contact-pharmacy-letter',
    msg: { from: { name: 'Lark Rise Pharmacy', email: 'larkrise.pharmacy@nhs.net' }, subject: 'Change of main contact',
      body: `Hi, see attached letter re main contact. Thanks\n\nLark Rise Pharmacy` },
    attachments: [pdf('main contact.pdf', await renderLetter({
      head: ['Lark Rise Pharmacy', '6 Lark Rise Parade, Banbury, OX16 1XE', '01295 270 644', 'larkrise.pharmacy@nhs.net'],
      date: '30/10/2026', subject: 'Change of Main Contact - FQ713',
      paragraphs: ['Our current main contact has left the company. Please change the Main Contact for Lark Rise Pharmacy, ODS code FQ713, to:'],
      table: [['Name', 'Chiamaka Obi'], ['Email', 'chiamaka.obi@nhs.net'], ['Position', 'Responsible Pharmacist']],
      signoff: ['Kind regards', 'Chiamaka Obi', 'Responsible Pharmacist'], signed: true,
    }, 212))],
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('FQ713', 'pharmacy'),
      fields: { newMainContact: person('Chiamaka Obi', 'chiamaka.obi@nhs.net') },
      mustRaise: [], traits: ['pdf_letter', 'headed_paper', 'see_attached', 'letter_table'] },
  });

  // 13. main contact change, dental, no attachment
  out.push({
    mailbox: M, slug: 'main-contact-dental-body',
    msg: { from: { name: 'Brookvale Dental Care', email: 'brookvale.dental@nhs.net' }, subject: 'New main contact V107733',
      body: `Hello\n\nPlease update the main contact for Brookvale Dental Care, organisation code V107733.\n\nNew main contact: Renée Duval\nEmail: renee.duval@nhs.net\n\nThe previous main contact retired last month.\n\nMany thanks\nBrookvale Dental Care reception` },
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('V107733', 'dental_practice'),
      fields: { newMainContact: person('Renée Duval', 'renee.duval@nhs.net') },
      mustRaise: [], traits: ['no_attachment', 'labelled_lines', 'non_ascii_name'] },
  });

  // 14. main contact change: stated dental practice, ophthalmic code
  out.push({
    mailbox: M, slug: 'main-contact-type-mismatch',
    msg: { from: { name: 'Ahmed Siddiqui', email: 'ahmed.siddiqui@nhs.net' }, subject: 'Main contact',
      body: `Dear Sir/Madam,\n\nI am the new manager at our dental practice, code TPN05 (Vision Street Practice). Please make me the main contact - Ahmed Siddiqui, ahmed.siddiqui@nhs.net.\n\nRegards\nAhmed` },
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('TPN05', 'ophthalmic_practice'),
      fields: { newMainContact: person('Ahmed Siddiqui', 'ahmed.siddiqui@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['no_attachment', 'ods_type_mismatch', 'sender_is_subject'] },
  });

  // 15. verification link, own account, GMC number
  out.push({
    mailbox: M, slug: 'verification-link-gp',
    msg: { from: { name: 'Anjali Krishnan', email: 'anjali.krishnan@nhs.net' }, subject: 'Verification link not received',
      body: `Hello,\n\nI never received the PCSE Online verification link. My GMC registered email is anjali.krishnan@nhs.net and my GMC number is 7034512. Could you send a new link please?\n\nDr Anjali Krishnan` },
    expected: { kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'anjali.krishnan@nhs.net', gmcNumber: '7034512' },
      mustRaise: [], traits: ['no_attachment', 'details_in_prose'] },
  });

  // 16. verification link asked by a practice manager for a GP
  out.push({
    mailbox: M, slug: 'verification-link-for-colleague',
    msg: { from: { name: 'Lorraine Doherty', email: 'lorraine.doherty@nhs.net' }, subject: 'New verification link for Dr Baptiste',
      body: `Hi,\n\nCould you please resend the verification link for one of our salaried GPs, Dr Jean-Luc Baptiste - GMC 6159034, email jeanluc.baptiste@nhs.net. He joined us at Ashfield Surgery (C84613) last month.\n\nThanks\nLorraine Doherty\nPractice Manager` },
    expected: { kind: 'verification_link_resend', ignored: null, organisation: org('C84613', 'gp_practice'),
      fields: { accountEmail: 'jeanluc.baptiste@nhs.net', gmcNumber: '6159034' },
      mustRaise: ['not_own_account'], traits: ['no_attachment', 'third_party_request'] },
  });

  // 17. account unlock, phone-style
  out.push({
    mailbox: M, slug: 'account-unlock',
    msg: { client: 'iphone', from: { name: 'Lisa Tran', email: 'lisa.tran@nhs.net' }, subject: 'Locked out',
      body: `Hi I've put my password in wrong too many times and now my PCSE Online account is locked. Username lisa.tran@nhs.net. Ashby Road Surgery C82040\n\nSent from my iPhone` },
    expected: { kind: 'account_unlock', ignored: null, organisation: org('C82040', 'gp_practice'),
      fields: { username: 'lisa.tran@nhs.net' }, mustRaise: [], traits: ['no_attachment', 'mobile', 'one_line'] },
  });

  // 18. reactivation of a main contact
  out.push({
    mailbox: M, slug: 'account-reactivation-main-contact',
    msg: { from: { name: 'Daniel Okafor', email: 'd.okafor@nhs.net' }, subject: 'Account deactivated',
      body: `Hello,\n\nMy PCSE Online account has been deactivated as I had not logged in for a while. I am the Main Contact for Seaview Pharmacy (FM842). Username: d.okafor@nhs.net\n\nPlease reactivate.\n\nDaniel Okafor\nPharmacist Manager` },
    expected: { kind: 'account_reactivation', ignored: null, organisation: org('FM842', 'pharmacy'),
      fields: { username: 'd.okafor@nhs.net' }, mustRaise: [], traits: ['no_attachment', 'labelled_lines'] },
  });

  // 19. role removal in a letter; body is a signature
  out.push({
    mailbox: M, slug: 'role-removal-letter',
    msg: { from: { name: 'Elmtree Surgery', email: 'elmtree.surgery@nhs.net' }, subject: 'Remove roles',
      body: `Joanna Kerr | Operations Manager | Elmtree Surgery | 01536 412 009\n${NHS_FOOTER}` },
    attachments: [pdf('Role removal request.pdf', await renderLetter({
      head: ['Elmtree Surgery', 'Elm Street, Kettering, NN16 0AY', 'Practice code K81055'],
      to: ['PCSE Online'], date: '1 November 2026', subject: 'Removal of PCSE Online roles - Tom Briggs',
      paragraphs: ['Tom Briggs (tom.briggs@nhs.net) has moved to a clinical role and no longer needs the following PCSE Online roles at our practice:'],
      table: [['Role 1', 'Joiner & Leaver'], ['Role 2', 'Practice Estimate and Salary Change']],
      signoff: ['Yours sincerely', 'Joanna Kerr', 'Operations Manager'], signed: true,
    }, 219))],
    expected: { kind: 'role_removal_request', ignored: null, organisation: org('K81055', 'gp_practice'),
      fields: { username: 'tom.briggs@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [], traits: ['pdf_letter', 'signature_only_body', 'letter_table'] },
  });

  // 20. chaser with a case reference
  out.push({
    mailbox: M, slug: 'chaser-case-ref',
    msg: { from: { name: 'Priya Raman', email: 'priya.raman7@nhs.net' }, subject: 'RE: Your request PCSE-2026-004417',
      body: `Hi, just chasing this one - has the form been processed yet? Thanks Priya\n\n-----Original Message-----\nFrom: PCSE Portal Enquiries\nSubject: Your request PCSE-2026-004417\n\nThank you for your email. Your reference is PCSE-2026-004417.` },
    expected: { ...unclassified(['chaser', 'case_ref', 'quoted_thread']) },
  });

  // 21. out of office
  out.push({
    mailbox: M, slug: 'out-of-office',
    msg: { headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], from: { name: 'Helen Marsh', email: 'helen.marsh4@nhs.net' }, subject: 'Automatic reply: GPP admin form',
      body: `I am out of the office until Monday 9 November with no access to email. For urgent practice matters please contact Castle Mead Practice on 01566 772 031.` },
    expected: { ...unclassified(['auto_reply'], 'auto_reply') },
  });

  // 22. Open Exeter GP form sent to the wrong mailbox
  out.push({
    mailbox: M, slug: 'oe-form-misdirected',
    msg: { from: { name: 'Yusuf Demir', email: 'yusuf.demir@nhs.net' }, subject: 'Primary user form',
      body: `Please find attached form.\n\nYusuf Demir\nPractice Manager, Lowther Street Surgery\n${NHS_FOOTER}` },
    attachments: [pdf('Open Exeter Primary User Form - GP.pdf', await renderForm(oeForm('gp', {
      orgName: 'Lowther Street Surgery', orgCode: 'A82066', orgAddress: '18 Lowther Street, Carlisle, CA3 8DA',
      title: 'Mr', forename: 'Yusuf', surname: 'Demir', job: 'Practice Manager', email: 'yusuf.demir@nhs.net', phone: '01228 527 300',
      sigName: 'Dr Eleanor Brightwell', sigEmail: 'eleanor.brightwell@nhs.net', capacity: 1, signed: true, date: '29/10/2026',
    }, (i) => `Feld${i}`), { layout: 'beside', acro: true, seed: 122 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A82066', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Yusuf Demir', 'yusuf.demir@nhs.net'), signatory: { name: 'Eleanor Brightwell', email: 'eleanor.brightwell@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['misdirected', 'pdf_acroform', 'odd_field_names', 'see_attached', 'sender_is_nominee'] },
  });

  // 23. GPP form used for a PL admin request (form for the wrong kind)
  const g23: GppValues = {
    practiceName: 'Redwood Practice', practiceCode: 'R82015', practiceAddress: '77 Redwood Avenue, Reading, RG30 4HD',
    nomineeName: 'Samira Haddad', nomineeJob: 'Deputy Practice Manager', nomineeEmail: 'samira.haddad@nhs.net', nomineePhone: '0118 945 2230',
    approverName: 'Philippa Crane', approverRole: 'CQC Registered Manager', approverEmail: 'philippa.crane@nhs.net', date: '02/11/2026', signed: true,
  };
  out.push({
    mailbox: M, slug: 'pl-request-on-gpp-form',
    msg: { from: { name: 'Philippa Crane', email: 'philippa.crane@nhs.net' }, subject: 'Performers List admin',
      body: `Hello,\n\nWe need a PL Organisation Administrator (Performers List), not GPP - I couldn't find a PL form so I've filled in the GPP one, attached. Samira's details are on it.\n\nPhilippa Crane\nCQC Registered Manager, Redwood Practice` },
    attachments: [pdf('UA form.pdf', await renderForm(gppForm(g23), { layout: 'table', seed: 123 }))],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('R82015', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Samira Haddad', 'samira.haddad@nhs.net'), approver: { name: 'Philippa Crane', email: 'philippa.crane@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['wrong_form', 'pdf_flat', 'table_cells', 'body_overrides_form'] },
  });

  return out;
}
