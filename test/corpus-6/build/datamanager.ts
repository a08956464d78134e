/** Mail that reached pcse.datamanager@nhs.net (some of it meant for another mailbox). */
import { nhsAuth, person, withRole, type Email } from './common.js';

const M = 'datamanager' as const;

const practice = (odsCode: string | null, name: string | null, contact: { name: string | null; email: string | null }, address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: contact, address, phone });

export const datamanager: Email[] = [
  {
    mailbox: M, slug: 'dental-email-update-terse',
    msg: {
      from: 'Redland Dental <redland.dental@nhs.net>', subject: 'email change', date: 'Mon, 23 Nov 2026 09:30:10 +0000', topHeaders: nhsAuth(),
      text: `Practice: Redland Dental Practice\nCode: V009315\nold email - redlanddentalpractice@nhs.net\nnew email - redland.dental@nhs.net\n\nthanks\n`,
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'V009315', type: 'dental_practice' },
      fields: { currentEmail: 'redlanddentalpractice@nhs.net', newEmail: 'redland.dental@nhs.net' },
      traits: ['plain_text', 'terse', 'dental', 'no_greeting'],
    },
  },
  {
    mailbox: M, slug: 'gp-email-update-individual-mailbox',
    msg: {
      from: 'Dr Owen Treloar <owen.treloar@nhs.net>', subject: 'Practice email address', date: 'Mon, 23 Nov 2026 17:48:29 +0000', topHeaders: nhsAuth(),
      text: `Hi\n\nPlease update the practice email for Mullion Surgery (L82613) from mullion.surgery@nhs.net to my own address owen.treloar@nhs.net - I'm single handed and nobody reads the shared box.\n\nOwen Treloar\n`,
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'L82613', type: 'gp_practice' },
      fields: { currentEmail: 'mullion.surgery@nhs.net', newEmail: 'owen.treloar@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['plain_text', 'individual_mailbox', 'single_handed_gp'],
    },
  },
  {
    mailbox: M, slug: 'pharmacy-email-update-outlook-table',
    msg: {
      from: 'Łucja Zielińska <lucja.zielinska@nhs.net>', subject: 'Update practice email – Kentish Town Pharmacy', date: 'Tue, 24 Nov 2026 10:02:51 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      html: `<html><body><p>Dear Data Manager team,</p><p>Please update our email address as below.</p>
<table border="1" cellspacing="0" cellpadding="5"><tr><th>Pharmacy name</th><th>ODS code</th><th>Current email</th><th>New email</th></tr>
<tr><td>Kentish Town Pharmacy</td><td>fv 318</td><td>kentishtownpharmacy@nhs.net</td><td>pharmacy.fv318@nhs.net</td></tr></table>
<p>Kind regards,</p><p>Łucja Zielińska<br>Pharmacy Manager<br>Kentish Town Pharmacy · 02075550147</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender.</p></body></html>`,
      text: `Dear Data Manager team,\n\nPlease update our email address as below.\n\nPharmacy name | ODS code | Current email | New email\nKentish Town Pharmacy | fv 318 | kentishtownpharmacy@nhs.net | pharmacy.fv318@nhs.net\n\nKind regards,\n\nŁucja Zielińska\nPharmacy Manager\nKentish Town Pharmacy · 02075550147\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender.\n`,
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'FV318', type: 'pharmacy' },
      fields: { currentEmail: 'kentishtownpharmacy@nhs.net', newEmail: 'pharmacy.fv318@nhs.net' },
      traits: ['outlook_html', 'html_table_horizontal', 'non_ascii_name', 'encoded_word_from', 'ods_with_space_lowercase', 'pharmacy', 'disclaimer'],
    },
  },
  {
    mailbox: M, slug: 'pharmacy-extension-prose',
    msg: {
      from: 'Raj Mistry <raj.mistry2@nhs.net>', subject: 'taking over second pharmacy', date: 'Tue, 24 Nov 2026 14:19:33 +0000', topHeaders: nhsAuth(),
      text: `Hello, I'm already main contact on PCSE for Mistry Pharmacy in Exmouth (FK207, 14 Rolle St, Exmouth EX8 1HE, tel 01395 555 214) and from 1st December we have bought Lympstone Village Pharmacy, The Strand, Lympstone EX8 5JW, code FM550. Could my account be extended to cover the new one as well. My email is raj.mistry2@nhs.net. Many thanks Raj Mistry\n`,
    },
    exp: {
      kind: 'main_contact_extension', organisation: { odsCode: 'FK207', type: 'pharmacy' },
      fields: {
        existingPractice: practice('FK207', 'Mistry Pharmacy', person('Raj Mistry', 'raj.mistry2@nhs.net'), '14 Rolle St, Exmouth EX8 1HE', '01395 555 214'),
        newPractice: { odsCode: 'FM550', name: 'Lympstone Village Pharmacy', address: 'The Strand, Lympstone EX8 5JW' },
      },
      traits: ['free_prose_no_labels', 'pharmacy', 'one_paragraph'],
    },
  },
  {
    mailbox: M, slug: 'optician-extension-labelled',
    msg: {
      from: 'Sofia Ferreira <sofia.ferreira@nhs.net>', subject: 'Main contact extension request', date: 'Wed, 25 Nov 2026 08:55:00 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      text: `Hello,\n\nPlease extend my main contact access to our new branch.\n\nEXISTING PRACTICE\nName: Ferreira & Hart Opticians\nODS code: TPR08\nMain contact: Sofia Ferreira\nEmail: sofia.ferreira@nhs.net\nAddress: 3 Cheap Street\nSherborne\nDT9 3PT\nPhone: 01935 555 330\n\nNEW PRACTICE\nODS code: TPR61\nName: Ferreira & Hart Opticians Yeovil\nAddress: 40 Middle Street, Yeovil BA20 1LY\n\nThanks\nSofia\n`,
    },
    exp: {
      kind: 'main_contact_extension', organisation: { odsCode: 'TPR08', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: practice('TPR08', 'Ferreira & Hart Opticians', person('Sofia Ferreira', 'sofia.ferreira@nhs.net'), '3 Cheap Street, Sherborne, DT9 3PT', '01935 555 330'),
        newPractice: { odsCode: 'TPR61', name: 'Ferreira & Hart Opticians Yeovil', address: '40 Middle Street, Yeovil BA20 1LY' },
      },
      traits: ['labelled_sections', 'repeated_labels', 'multi_line_address', 'capitals_headings'],
    },
  },
  {
    mailbox: M, slug: 'branch-setup-repeated-labels',
    msg: {
      from: 'Claire Hocking <claire.hocking@nhs.net>', subject: 'New branch site - Helston Medical Centre', date: 'Wed, 25 Nov 2026 11:12:40 +0000', topHeaders: nhsAuth(),
      html: `<html><body><p>Hi,</p><p>We are opening a branch surgery in Porthleven from January. Details below.</p>
<p><b>Main practice</b><br>Name: Helston Medical Centre<br>ODS code: L82021<br>Main contact: Claire Hocking<br>Email: claire.hocking@nhs.net<br>Address: Trelawney Road, Helston TR13 8AU<br>Phone: 01326 555 900</p>
<p><b>Branch</b><br>Name: Porthleven Surgery<br>ODS code: L82021001<br>Main contact: Mrs Tamsin Eddy<br>Email: tamsin.eddy@nhs.net<br>Address: Peverell Road, Porthleven TR13 9DH<br>Phone: 01326 555 911</p>
<p>Thanks<br>Claire Hocking<br>Practice Manager</p></body></html>`,
      encoding: 'quoted-printable',
    },
    exp: {
      kind: 'branch_setup', organisation: { odsCode: 'L82021', type: 'gp_practice' },
      fields: {
        mainPractice: practice('L82021', 'Helston Medical Centre', person('Claire Hocking', 'claire.hocking@nhs.net'), 'Trelawney Road, Helston TR13 8AU', '01326 555 900'),
        branch: { odsCode: 'L82021001', name: 'Porthleven Surgery', address: 'Peverell Road, Porthleven TR13 9DH', phone: '01326 555 911', mainContact: { ...person('Tamsin Eddy', 'tamsin.eddy@nhs.net'), title: 'Mrs' } },
      },
      traits: ['html_only', 'main_and_branch_repeat_labels', 'honorific_title'],
    },
  },
  {
    mailbox: M, slug: 'branch-code-mismatch',
    msg: {
      from: 'Dr Imran Siddiqui <imran.siddiqui@nhs.net>', subject: 'branch set up', date: 'Thu, 26 Nov 2026 16:30:02 +0000', topHeaders: nhsAuth(),
      text: `Main site: Barking Road Practice, F82044, 512 Barking Road, London E13 8QE, 020 7555 6121. Main contact me, Imran Siddiqui, imran.siddiqui@nhs.net\n\nBranch: Plaistow Health Centre branch, code F82051002, 9 Greengate St, London E13 0AS, 020 7555 6188. Branch contact Dr Nasreen Akhtar nasreen.akhtar@nhs.net\n\nPlease set up, thanks\n`,
    },
    exp: {
      kind: 'branch_setup', organisation: { odsCode: 'F82044', type: 'gp_practice' },
      fields: {
        mainPractice: practice('F82044', 'Barking Road Practice', person('Imran Siddiqui', 'imran.siddiqui@nhs.net'), '512 Barking Road, London E13 8QE', '020 7555 6121'),
        branch: { odsCode: 'F82051002', name: 'Plaistow Health Centre branch', address: '9 Greengate St, London E13 0AS', phone: '020 7555 6188', mainContact: { ...person('Nasreen Akhtar', 'nasreen.akhtar@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['plain_text', 'terse', 'branch_code_mismatch', 'gp_code_starts_with_f'],
    },
  },
  {
    mailbox: M, slug: 'branch-setup-phone-prose',
    msg: {
      from: 'Dr Kate Polglase <kate.polglase@nhs.net>', subject: 'Branch', date: 'Fri, 27 Nov 2026 20:41:15 +0000', topHeaders: nhsAuth(),
      text: `Hi we need our new branch at st agnes set up on pcse. main practice is perranporth surgery L82077, ponsmere valley perranporth TR6 0DB 01872 555 400, im the main contact (kate.polglase@nhs.net). branch is st agnes surgery, vicarage rd st agnes TR5 0TF, 01872 555 417, code L82077001, contact will be Mr Jory Nance jory.nance@nhs.net\n\nKate\n\nSent from my iPhone\n`,
    },
    exp: {
      kind: 'branch_setup', organisation: { odsCode: 'L82077', type: 'gp_practice' },
      fields: {
        mainPractice: practice('L82077', 'perranporth surgery', person('Kate Polglase', 'kate.polglase@nhs.net'), 'ponsmere valley perranporth TR6 0DB', '01872 555 400'),
        branch: { odsCode: 'L82077001', name: 'st agnes surgery', address: 'vicarage rd st agnes TR5 0TF', phone: '01872 555 417', mainContact: { ...person('Jory Nance', 'jory.nance@nhs.net'), title: 'Mr' } },
      },
      traits: ['free_prose_no_labels', 'lowercase_only', 'phone_written'],
    },
  },
  {
    mailbox: M, slug: 'question-change-address',
    msg: {
      from: 'Pinhoe Pharmacy <pinhoe.pharmacy@nhs.net>', subject: 'change of address?', date: 'Mon, 30 Nov 2026 09:09:09 +0000', topHeaders: nhsAuth(),
      text: `Hello we are moving 3 doors down the road in the new year, do we need to tell you or is it just the ICB? Do our user admins need to do anything on PCSE online? thanks\n`,
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['question_only', 'mentions_permissions_no_request'],
    },
  },
  {
    mailbox: M, slug: 'misdirected-oe-permissions',
    msg: {
      from: 'Dr Hannah Jago <hannah.jago@nhs.net>', subject: 'Open Exeter - extra access for Beth', date: 'Mon, 30 Nov 2026 12:26:38 +0000', topHeaders: nhsAuth(),
      text: `Hi,\n\nI'm a GP partner at Probus Surgery (L82058). Could our nurse Beth Angove (username BANGOVE, beth.angove@nhs.net) have the cervical screening prior notification list and result enquiry permissions added on Open Exeter please.\n\nThanks\nHannah Jago\nGP Partner\n`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'L82058', type: 'gp_practice' },
      fields: {
        user: { ...person('Beth Angove', 'beth.angove@nhs.net'), username: 'BANGOVE' },
        permissions: ['prior notification list', 'result enquiry'],
        signatory: withRole('Hannah Jago', 'hannah.jago@nhs.net', 'gp_partner'),
      },
      traits: ['misdirected', 'plain_text'],
    },
  },
  {
    mailbox: M, slug: 'auto-reply-annual-leave',
    msg: {
      from: 'Raj Mistry <raj.mistry2@nhs.net>', subject: 'Out of Office: taking over second pharmacy', date: 'Tue, 1 Dec 2026 08:00:04 +0000', topHeaders: nhsAuth(),
      headers: ['Auto-Submitted: auto-replied'],
      text: `I am on annual leave until 7th December with limited access to email. For anything urgent please call the pharmacy on 01395 555 214.\n`,
    },
    exp: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      traits: ['auto_reply'],
    },
  },
  {
    mailbox: M, slug: 'misdirected-main-contact-plus-email',
    msg: {
      from: 'Dr Olu Bankole <olu.bankole@nhs.net>', subject: 'main contact + email', date: 'Tue, 1 Dec 2026 13:13:13 +0000', topHeaders: nhsAuth(),
      text: `hello\nplease change our main contact to Ifeoma Obi (ifeoma.obi@nhs.net), she is our new manager. Practice Brockley Rise Surgery G85098.\nalso we will send our new shared email in a separate mail once IT have set it up\nDr Bankole\n`,
    },
    exp: {
      kind: 'main_contact_change', organisation: { odsCode: 'G85098', type: 'gp_practice' },
      fields: { newMainContact: person('Ifeoma Obi', 'ifeoma.obi@nhs.net') },
      traits: ['misdirected', 'plain_text', 'second_request_announced_only'],
    },
  },
  {
    mailbox: M, slug: 'email-update-forwarded-attachment',
    msg: {
      from: 'Morwenna Hicks <morwenna.hicks@nhs.net>', subject: 'Fw: practice email', date: 'Wed, 2 Dec 2026 10:45:00 +0000', topHeaders: nhsAuth(),
      text: `Forwarding from our partner as requested. Morwenna\n`,
      attachments: [{
        filename: 'practice email.eml',
        eml: `From: Dr Jon Curnow <jon.curnow@nhs.net>\nTo: Morwenna Hicks <morwenna.hicks@nhs.net>\nSubject: practice email\nDate: Tue, 1 Dec 2026 18:02:11 +0000\nMessage-ID: <fw-inner-1@nhs.net>\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\nMorwenna can you send this to PCSE data manager:\nSt Keverne Health Centre L82039\ncurrent practice email stkeverne.hc@nhs.net\nnew practice email stkeverne.healthcentre@nhs.net\nJon\n`,
      }],
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'L82039', type: 'gp_practice' },
      fields: { currentEmail: 'stkeverne.hc@nhs.net', newEmail: 'stkeverne.healthcentre@nhs.net' },
      traits: ['forwarded_as_attachment', 'message_rfc822', 'values_only_in_attachment'],
    },
  },
  {
    mailbox: M, slug: 'optician-new-email-no-old',
    msg: {
      from: 'Ben Okonkwo <ben.okonkwo@nhs.net>', subject: 'Re: practice email', date: 'Thu, 3 Dec 2026 15:06:27 +0000', topHeaders: nhsAuth(),
      text: `Sorry forgot to say in my last email - the new practice email for Okonkwo Opticians Streatham (TPC33) is okonkwo.opticians@nhs.net, please use that one from now on\n\nBen\n\nSent from Outlook for Android\n`,
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'TPC33', type: 'ophthalmic_practice' },
      fields: { currentEmail: null, newEmail: 'okonkwo.opticians@nhs.net' },
      traits: ['no_current_email', 'phone_written', 'reply_subject_without_ref'],
    },
  },
  {
    mailbox: M, slug: 'dental-extension-two-column-table',
    msg: {
      from: 'Dr Niamh Gallagher <niamh.gallagher@nhs.net>', subject: 'Add second practice to my main contact account', date: 'Fri, 4 Dec 2026 08:15:40 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      html: `<html><head><style>td{font-family:Calibri;font-size:11pt}</style></head><body><p>Hello,</p><p>I have bought a second practice and would like it added to my PCSE account, I am already main contact for the first one.</p>
<table border="1" cellspacing="0" cellpadding="4"><tr><td></td><td><b>Current practice</b></td><td><b>New practice</b></td></tr>
<tr><td>Name</td><td>Gallagher Dental Care</td><td>Wimbledon Park Dental</td></tr>
<tr><td>ODS code</td><td>V104466</td><td>V110238</td></tr>
<tr><td>Address</td><td>56 Merton High Street, London SW19 1DH</td><td>2 Arthur Road, London SW19 7DN</td></tr>
<tr><td>Phone</td><td>020 8555 7702</td><td></td></tr>
<tr><td>Main contact</td><td>Niamh Gallagher (niamh.gallagher@nhs.net)</td><td></td></tr></table>
<p>Thanks,<br>Niamh</p></body></html>`,
    },
    exp: {
      kind: 'main_contact_extension', organisation: { odsCode: 'V104466', type: 'dental_practice' },
      fields: {
        existingPractice: practice('V104466', 'Gallagher Dental Care', person('Niamh Gallagher', 'niamh.gallagher@nhs.net'), '56 Merton High Street, London SW19 1DH', '020 8555 7702'),
        newPractice: { odsCode: 'V110238', name: 'Wimbledon Park Dental', address: '2 Arthur Road, London SW19 7DN' },
      },
      traits: ['html_only', 'html_table_two_columns', 'repeated_labels', 'dental'],
    },
  },
];
