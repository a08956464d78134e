/** Held-out emails to pcse.datamanager. */
import { DATAMGR, FOOTER_SHORT, IPHONE, NHS_AUTH, gmailForward, gmailQuote, outlookHtml, outlookQuote, p, practiceFooter } from './common.js';
import { addr, type Mail } from './mime.js';

const to = `PCSE Data Manager <${DATAMGR}>`;
const mid = (n: string): string => `<${n}@LO0P265MB4410.GBRP265.PROD.OUTLOOK.COM>`;

const td = (s: string, bold = false): string => `<td style="padding:2pt 6pt"><p class="MsoNormal">${bold ? `<b>${s}</b>` : s}</p></td>`;

export const DATAMANAGER_MAILS: Mail[] = [
  {
    name: '001-practice-email-formal-values-next-line',
    from: addr('Cressida Vance-Oduya', 'cressida.vance-oduya@nhs.net'),
    to, subject: 'Request to amend practice email address', date: 'Mon, 7 Dec 2026 09:30:00 +0000', messageId: mid('h-d001'), auth: NHS_AUTH,
    text: `Dear Data Manager,\n\nI should be grateful if you would amend the practice email address held for us on PCSE Online, as set out below.\n\nPractice name:\nThe Beeches Medical Practice\n\nPractice code:\nE85041\n\nCurrent practice email:\nbeeches.mp@nhs.net\n\nNew practice email:\nbeeches.medicalpractice@nhs.net\n\nWith thanks and kind regards,\n\nCressida Vance-Oduya\nPractice Business Manager\n${practiceFooter('The Beeches Medical Practice', 'Dr H Osei, Dr R Lindgren, Dr M Tait', '020 8361 4400')}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'E85041', type: 'gp_practice' },
      fields: { currentEmail: 'beeches.mp@nhs.net', newEmail: 'beeches.medicalpractice@nhs.net' },
      mustRaise: [], traits: ['formal', 'values_after_label', 'distractor_names'],
    },
  },
  {
    name: '002-practice-email-pharmacist-bold-html',
    from: addr('Barnaby Okoro', 'barnaby.okoro@nhs.net'),
    to, subject: 'Pharmacy email change', date: 'Tue, 8 Dec 2026 10:10:00 +0000', messageId: mid('h-d002'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Hello Data Manager team,')}${p('We have a new shared NHSmail box. Please update our record:')}${p('&nbsp;')}
${p('<strong>Pharmacy</strong><br>Quayside Pharmacy')}${p('<strong>ODS code</strong><br>FM036')}${p('<strong>Old email</strong><br>quayside.pharmacy@nhs.net')}${p('<strong>New email</strong><br>pharmacy.fm036@nhs.net')}${p('&nbsp;')}
${p('Thank you,')}${p('Barnaby Okoro MRPharmS')}${p('Superintendent Pharmacist &#8211; 0191 257 0330')}`),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FM036', type: 'pharmacy' },
      fields: { currentEmail: 'quayside.pharmacy@nhs.net', newEmail: 'pharmacy.fm036@nhs.net' },
      mustRaise: [], traits: ['html_only', 'bold_labels', 'values_after_label', 'pharmacist'],
    },
  },
  {
    name: '003-practice-email-personal-address-iphone',
    from: addr('Danielle Cropper', 'danielle.cropper@nhs.net'),
    to: DATAMGR, subject: 'practice email', date: 'Tue, 8 Dec 2026 20:05:40 +0000', messageId: '<7F6E5D4C-D003-4B2A-91C0-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `Hi can you change the practice email for Millbrook Surgery (D82051) to mine, danielle.cropper@nhs.net - the old shared one millbrook.surgery@nhs.net isn't monitored any more. Thanks Danielle (PM)\n${IPHONE}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'D82051', type: 'gp_practice' },
      fields: { currentEmail: 'millbrook.surgery@nhs.net', newEmail: 'danielle.cropper@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['mobile', 'individual_mailbox', 'one_paragraph'],
    },
  },
  {
    name: '004-practice-email-malformed-code',
    from: addr('Owain Treharne', 'owain.treharne@nhs.net'),
    to, subject: 'Change of practice email - Coldharbour GP surgery', date: 'Wed, 9 Dec 2026 11:55:00 +0000', messageId: mid('h-d004'), auth: NHS_AUTH,
    text: `Good morning\n\nOur GP surgery (Coldharbour Surgery, practice code P8I033) is moving to a new practice mailbox.\n\nPlease change coldharbour.surgery@nhs.net to coldharbour.practice@nhs.net.\n\nRegards\nOwain Treharne\nIT & Data Lead\n${FOOTER_SHORT}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'P8I033', type: 'gp_practice' },
      fields: { currentEmail: 'coldharbour.surgery@nhs.net', newEmail: 'coldharbour.practice@nhs.net' },
      mustRaise: ['ods_invalid'], traits: ['ods_invalid', 'letter_for_digit', 'prose'],
    },
  },
  {
    name: '005-practice-email-reply-older-branch-quoted',
    from: addr('Fenella Marchbank', 'fenella.marchbank@nhs.net'),
    to, subject: 'RE: Branch set up - Kirkstall Lane', date: 'Thu, 10 Dec 2026 14:00:00 +0000', messageId: mid('h-d005'), auth: NHS_AUTH,
    text: `Hi,\n\nThanks for sorting the branch. One more thing - our practice email is changing from kirkstall.lane@nhs.net to kirkstalllane.mp@nhs.net from Monday. Could you update that too please? Practice code B86017.\n\nFenella${outlookQuote('Fenella Marchbank <fenella.marchbank@nhs.net>', '02 December 2026 09:14', 'PCSE Data Manager', 'Branch set up - Kirkstall Lane', 'Main practice: Kirkstall Lane Medical Practice, B86017\nBranch: Kirkstall Lane at Bramley, B86017001\nBranch address: 9 Town Street, Bramley, Leeds, LS13 2EN\nBranch main contact: Dr Fergus McAllister, fergus.mcallister@nhs.net\nBranch phone: 0113 255 0190')}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'B86017', type: 'gp_practice' },
      fields: { currentEmail: 'kirkstall.lane@nhs.net', newEmail: 'kirkstalllane.mp@nhs.net' },
      mustRaise: [], traits: ['outlook_quote', 'older_request_quoted', 'other_kind_in_quote'],
    },
  },
  {
    name: '006-practice-email-no-current',
    from: addr('Fernlea Clinic', 'fernlea.clinic@nhs.net'),
    to: DATAMGR, subject: 'New shared mailbox', date: 'Fri, 11 Dec 2026 16:16:00 +0000', messageId: mid('h-d006'), auth: NHS_AUTH,
    text: `Hello, our new shared mailbox is fernlea.clinic@nhs.net - please update it on PCSE as the practice email for Fernlea Clinic (H85102). Thank you, Admin`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'H85102', type: 'gp_practice' },
      fields: { currentEmail: null, newEmail: 'fernlea.clinic@nhs.net' },
      mustRaise: [], traits: ['omits_current', 'shared_mailbox_sender', 'one_liner'],
    },
  },
  {
    name: '007-main-contact-extension-outlook-nested-table',
    from: addr('Oluwaseun Bakare', 'oluwaseun.bakare@nhs.net'),
    to, subject: 'Extend main contact to new pharmacy - Beacon Pharmacy Horncastle', date: 'Mon, 14 Dec 2026 09:20:00 +0000', messageId: mid('h-d007'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Good morning,')}${p('We have opened a second pharmacy. Please extend my main contact access to it.')}
<table border="0" cellspacing="0"><tr><td valign="top">
<table border="1" cellspacing="0" style="border-collapse:collapse"><tr><td colspan="2" style="background:#DEEAF6"><p class="MsoNormal"><b>EXISTING PHARMACY</b></p></td></tr>
<tr>${td('Name', true)}${td('Beacon Pharmacy Louth')}</tr><tr>${td('ODS', true)}${td('FT880')}</tr>
<tr>${td('Main contact', true)}${td('Oluwaseun Bakare')}</tr><tr>${td('Main contact email', true)}${td('oluwaseun.bakare@nhs.net')}</tr>
<tr>${td('Address', true)}${td('12 Mercer Row<br>Louth<br>LN11 9JG')}</tr><tr>${td('Phone', true)}${td('01507 600 112')}</tr></table>
</td><td width="20"></td><td valign="top">
<table border="1" cellspacing="0" style="border-collapse:collapse"><tr><td colspan="2" style="background:#E2EFD9"><p class="MsoNormal"><b>NEW PHARMACY</b></p></td></tr>
<tr>${td('Name', true)}${td('Beacon Pharmacy Horncastle')}</tr><tr>${td('ODS', true)}${td('FQ907')}</tr>
<tr>${td('Address', true)}${td('3 Bull Ring<br>Horncastle<br>LN9 5HU')}</tr></table>
</td></tr></table>
${p('Many thanks')}${p('Seun Bakare')}${p('Director, Beacon Pharmacy Group | head office 01507 600 100 | accounts: beacon.accounts@nhs.net')}`),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FT880', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FT880', name: 'Beacon Pharmacy Louth', mainContact: { name: 'Oluwaseun Bakare', email: 'oluwaseun.bakare@nhs.net' }, address: '12 Mercer Row, Louth, LN11 9JG', phone: '01507 600 112' },
        newPractice: { odsCode: 'FQ907', name: 'Beacon Pharmacy Horncastle', address: '3 Bull Ring, Horncastle, LN9 5HU' },
      },
      mustRaise: [], traits: ['html_only', 'outlook_nested_tables', 'side_by_side_tables', 'address_with_br'],
    },
  },
  {
    name: '008-main-contact-extension-dental-prose',
    from: addr('Lavinia Carrow', 'lavinia.carrow@nhs.net'),
    to, subject: 'Whitby Smiles', date: 'Mon, 14 Dec 2026 15:31:00 +0000', messageId: mid('h-d008'), auth: NHS_AUTH,
    text: `Dear Data Manager,\n\nI'm the main contact for Ravenscar Dental Care (V114470) and we have now completed the purchase of Whitby Smiles, code V114498, at 22 Flowergate, Whitby, YO21 3BA. Please would you add it to my account (lavinia.carrow@nhs.net) so that I am main contact there too.\n\nYours sincerely\nLavinia Carrow\n${FOOTER_SHORT}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V114470', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V114470', name: 'Ravenscar Dental Care', mainContact: { name: 'Lavinia Carrow', email: 'lavinia.carrow@nhs.net' }, address: null, phone: null },
        newPractice: { odsCode: 'V114498', name: 'Whitby Smiles', address: '22 Flowergate, Whitby, YO21 3BA' },
      },
      mustRaise: [], traits: ['prose', 'dentist', 'omits_address', 'omits_phone'],
    },
  },
  {
    name: '009-main-contact-extension-forwarded-by-area-manager',
    from: addr('Tremaine Goodluck', 'tremaine.goodluck@nhs.net'),
    to: DATAMGR, subject: 'Fwd: Main contact for Anlaby Road', date: 'Tue, 15 Dec 2026 08:45:00 +0000', messageId: '<CAGoodluckFwd09@mail.gmail.com>', auth: NHS_AUTH,
    text: `Forwarding on behalf of our pharmacist - please see below.\n\nTremaine Goodluck\nArea Manager (Humber), Kestrel Pharmacy Ltd\n07700 900 877\n${gmailForward('Zainab Al-Khalili <zainab.al-khalili@nhs.net>', 'Mon, 14 Dec 2026 at 18:02', 'Main contact for Anlaby Road', 'Tremaine Goodluck <tremaine.goodluck@nhs.net>', 'Hi Tremaine,\n\nCan you get PCSE to extend my main contact role to the new branch please? Details:\n\nCurrent pharmacy: Kestrel Pharmacy Hessle Road (FV214)\nMain contact: Zainab Al-Khalili, zainab.al-khalili@nhs.net\nAddress: 301 Hessle Road, Hull, HU3 4BH\nTel: 01482 212 640\n\nNew pharmacy: Kestrel Pharmacy Anlaby Road (FV377)\nAddress: 88 Anlaby Road, Hull, HU1 2PW\n\nThanks\nZainab')}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FV214', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FV214', name: 'Kestrel Pharmacy Hessle Road', mainContact: { name: 'Zainab Al-Khalili', email: 'zainab.al-khalili@nhs.net' }, address: '301 Hessle Road, Hull, HU3 4BH', phone: '01482 212 640' },
        newPractice: { odsCode: 'FV377', name: 'Kestrel Pharmacy Anlaby Road', address: '88 Anlaby Road, Hull, HU1 2PW' },
      },
      mustRaise: [], traits: ['forwarded', 'gmail_forward', 'request_inside_forward', 'forwarder_not_contact'],
    },
  },
  {
    name: '010-main-contact-extension-opticians-pharmacy-code',
    from: addr('Eleri Vaughan-Pryce', 'eleri.vaughan-pryce@nhs.net'),
    to, subject: 'Add new optician branch to my main contact', date: 'Wed, 16 Dec 2026 10:00:00 +0000', messageId: mid('h-d010'), auth: NHS_AUTH,
    text: `Hello\n\nI am main contact for Marsh Lane Opticians (TPR22), 14 Marsh Lane, Preston, PR1 8UQ, tel 01772 254 410. We have opened a second optician practice and I'd like it added to my account:\n\n  Name - Marsh Lane Opticians Longridge\n  ODS - FR318\n  Address - 7 Berry Lane, Longridge, PR3 3JA\n\nMy email: eleri.vaughan-pryce@nhs.net\n\nThanks, Eleri Vaughan-Pryce (Optometrist)`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPR22', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: { odsCode: 'TPR22', name: 'Marsh Lane Opticians', mainContact: { name: 'Eleri Vaughan-Pryce', email: 'eleri.vaughan-pryce@nhs.net' }, address: '14 Marsh Lane, Preston, PR1 8UQ', phone: '01772 254 410' },
        newPractice: { odsCode: 'FR318', name: 'Marsh Lane Opticians Longridge', address: '7 Berry Lane, Longridge, PR3 3JA' },
      },
      mustRaise: ['ods_type_mismatch'], traits: ['ods_type_mismatch', 'dash_labels', 'inline_address', 'optometrist'],
    },
  },
  {
    name: '011-branch-setup-values-next-line',
    from: addr('Hester Mabbutt', 'hester.mabbutt@nhs.net'),
    to, subject: 'New branch surgery - PCSE Online set up', date: 'Thu, 17 Dec 2026 09:09:00 +0000', messageId: mid('h-d011'), auth: NHS_AUTH,
    text: `Dear Data Manager\n\nNHS England has issued an ODS code for our new branch. Please set it up on PCSE Online.\n\nMAIN PRACTICE\nName\nStaithes Road Surgery\nODS code\nL81207\nMain contact\nHester Mabbutt\nMain contact email\nhester.mabbutt@nhs.net\nAddress\nStaithes Road\nRedcar\nTS10 2LD\nTelephone\n01642 470 300\n\nBRANCH\nName\nStaithes Road Surgery - Marske\nODS code\nL81207002\nAddress\n40 High Street\nMarske-by-the-Sea\nTS11 6JQ\nTelephone\n01642 470 350\nMain contact\nDr Ishbel Cunningham-Reid\nMain contact email\nishbel.cunningham-reid@nhs.net\n\nKind regards\nHester Mabbutt, Practice Manager\n${FOOTER_SHORT}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'L81207', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'L81207', name: 'Staithes Road Surgery', mainContact: { name: 'Hester Mabbutt', email: 'hester.mabbutt@nhs.net' }, address: 'Staithes Road, Redcar, TS10 2LD', phone: '01642 470 300' },
        branch: { odsCode: 'L81207002', name: 'Staithes Road Surgery - Marske', address: '40 High Street, Marske-by-the-Sea, TS11 6JQ', phone: '01642 470 350', mainContact: { name: 'Ishbel Cunningham-Reid', email: 'ishbel.cunningham-reid@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['values_after_label', 'upper_case_headings', 'multi_line_address'],
    },
  },
  {
    name: '012-branch-setup-bold-html-paragraphs',
    from: addr('Ravi Chaudhry-Ellis', 'ravi.chaudhry-ellis@nhs.net'),
    to, subject: 'Branch practice set up request', date: 'Fri, 18 Dec 2026 12:12:00 +0000', messageId: mid('h-d012'), auth: NHS_AUTH,
    text: `Hello,\n\nPlease set up our new branch on PCSE Online.\n\nMain practice: Orchard Vale Medical Centre\nMain practice ODS: C81094\nMain contact: Ravi Chaudhry-Ellis (ravi.chaudhry-ellis@nhs.net)\nMain practice address: 1 Orchard Way, Ripley, DE5 3TT\nMain practice phone: 01773 743 200\n\nBranch name: Orchard Vale at Codnor\nBranch ODS: C81094001\nBranch address: Codnor Community Centre, Mill Lane, Codnor, DE5 9QF\nBranch phone: 01773 743 260\nBranch main contact: Ms Precious Nyathi, precious.nyathi@nhs.net\n\nThank you\nRavi`,
    html: outlookHtml(`${p('Hello,')}${p('Please set up our new branch on PCSE Online.')}${p('&nbsp;')}
${p('<b>Main practice:</b> Orchard Vale Medical Centre')}${p('<b>Main practice ODS:</b> C81094')}${p('<b>Main contact:</b> Ravi Chaudhry-Ellis (ravi.chaudhry-ellis@nhs.net)')}${p('<b>Main practice address:</b> 1 Orchard Way, Ripley, DE5 3TT')}${p('<b>Main practice phone:</b> 01773 743 200')}${p('&nbsp;')}
${p('<b>Branch name:</b> Orchard Vale at Codnor')}${p('<b>Branch ODS:</b> C81094001')}${p('<b>Branch address:</b> Codnor Community Centre, Mill Lane, Codnor, DE5 9QF')}${p('<b>Branch phone:</b> 01773 743 260')}${p('<b>Branch main contact:</b> Ms Precious Nyathi, <a href="mailto:precious.nyathi@nhs.net">precious.nyathi@nhs.net</a>')}${p('&nbsp;')}${p('Thank you')}${p('Ravi')}`),
    encoding: 'base64',
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'C81094', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'C81094', name: 'Orchard Vale Medical Centre', mainContact: { name: 'Ravi Chaudhry-Ellis', email: 'ravi.chaudhry-ellis@nhs.net' }, address: '1 Orchard Way, Ripley, DE5 3TT', phone: '01773 743 200' },
        branch: { odsCode: 'C81094001', name: 'Orchard Vale at Codnor', address: 'Codnor Community Centre, Mill Lane, Codnor, DE5 9QF', phone: '01773 743 260', mainContact: { name: 'Precious Nyathi', email: 'precious.nyathi@nhs.net', title: 'Ms' } },
      },
      mustRaise: [], traits: ['multipart_alternative', 'base64', 'bold_labels', 'prefixed_labels'],
    },
  },
  {
    name: '013-branch-setup-transposed-branch-code',
    from: addr('Abimbola Fashola', 'abimbola.fashola@nhs.net'),
    to, subject: 'branch', date: 'Mon, 21 Dec 2026 10:30:00 +0000', messageId: mid('h-d013'), auth: NHS_AUTH,
    text: `Hi,\n\nPlease set up the branch for Wharfedale Park Surgery.\n\nMain site - Wharfedale Park Surgery, B82118, Park Road, Otley, LS21 1HQ, 01943 466 120. Main contact is me, Abimbola Fashola, abimbola.fashola@nhs.net.\n\nBranch - Wharfedale Park Surgery (Pool), B81218001, Main Street, Pool-in-Wharfedale, LS21 1LH, 01943 466 150. Branch contact Dr Lachlan Prendergast, lachlan.prendergast@nhs.net.\n\nThanks\nBimbo\n${FOOTER_SHORT}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'B82118', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'B82118', name: 'Wharfedale Park Surgery', mainContact: { name: 'Abimbola Fashola', email: 'abimbola.fashola@nhs.net' }, address: 'Park Road, Otley, LS21 1HQ', phone: '01943 466 120' },
        branch: { odsCode: 'B81218001', name: 'Wharfedale Park Surgery (Pool)', address: 'Main Street, Pool-in-Wharfedale, LS21 1LH', phone: '01943 466 150', mainContact: { name: 'Lachlan Prendergast', email: 'lachlan.prendergast@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['branch_code_mismatch', 'comma_run_on', 'terse_subject'],
    },
  },
  {
    name: '014-branch-setup-omits-phone-title-address',
    from: addr('Cosmo Threlfall', 'cosmo.threlfall@nhs.net'),
    to: DATAMGR, subject: 'New branch ODS code - Fellside Group Practice', date: 'Tue, 22 Dec 2026 13:40:00 +0000', messageId: mid('h-d014'), auth: NHS_AUTH,
    text: `Hello\n\nWe've been given code A82066003 for our new branch at Threlkeld and need it on PCSE Online.\n\nMain practice: Fellside Group Practice (A82066)\nMain contact: Cosmo Threlfall - cosmo.threlfall@nhs.net\nPhone: 017687 72 400\n\nBranch: Fellside Group Practice - Threlkeld\nAddress: Village Hall, Threlkeld, Keswick, CA12 4SQ\nBranch main contact: Juniper Atherton, juniper.atherton@nhs.net\n\nThe branch doesn't have its own phone line yet.\n\nCosmo\n${FOOTER_SHORT}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'A82066', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'A82066', name: 'Fellside Group Practice', mainContact: { name: 'Cosmo Threlfall', email: 'cosmo.threlfall@nhs.net' }, address: null, phone: '017687 72 400' },
        branch: { odsCode: 'A82066003', name: 'Fellside Group Practice - Threlkeld', address: 'Village Hall, Threlkeld, Keswick, CA12 4SQ', phone: null, mainContact: { name: 'Juniper Atherton', email: 'juniper.atherton@nhs.net', title: null } },
      },
      mustRaise: [], traits: ['omits_phone', 'omits_address', 'omits_title', 'code_in_prose'],
    },
  },
  {
    name: '015-misdirected-account-unlock',
    from: addr('Ishbel Cunningham-Reid', 'ishbel.cunningham-reid@nhs.net'),
    to: DATAMGR, subject: 'Locked out of PCSE', date: 'Wed, 23 Dec 2026 08:08:08 +0000', messageId: mid('h-d015'), auth: NHS_AUTH,
    text: `Hi, sorry if this is the wrong address. I've locked my PCSE Online account (5 wrong passwords). Username ishbel.cunningham-reid@nhs.net. Could you unlock it please?\n\nDr Ishbel Cunningham-Reid\nStaithes Road Surgery - Marske`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'ishbel.cunningham-reid@nhs.net' },
      mustRaise: [], traits: ['misdirected'],
    },
  },
  {
    name: '016-chaser-gmail-quoted-case-ref',
    from: addr('Hester Mabbutt', 'hester.mabbutt@nhs.net'),
    to: DATAMGR, subject: 'Re: Your request has been received', date: 'Mon, 4 Jan 2027 09:45:00 +0000', messageId: '<CAMabbuttChase16@mail.gmail.com>', auth: NHS_AUTH,
    text: `Hi, just checking where we are with this - the branch opens next week.\n\nHester\n${gmailQuote('On Thu, 17 Dec 2026 at 09:12, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:', 'Thank you for your email. Your reference is PCSE-2026-003981. We will be in touch.')}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_in_quote', 'gmail_quote'] },
  },
  {
    name: '017-unclassifiable-premises-move',
    from: addr('Danielle Cropper', 'danielle.cropper@nhs.net'),
    to, subject: 'Change of address', date: 'Tue, 5 Jan 2027 11:00:00 +0000', messageId: mid('h-d017'), auth: NHS_AUTH,
    text: `Hello,\n\nMillbrook Surgery (D82051) has moved premises. From 1 February our address will be Unit 4, Millbrook Health Park, Ashford, TN24 0GP. Our phone number and email stay the same.\n\nPlease update your records.\n\nDanielle Cropper\nPractice Manager`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['unclassifiable', 'looks_like_update'] },
  },
  {
    name: '018-auto-reply-out-of-office',
    from: addr('Owain Treharne', 'owain.treharne@nhs.net'),
    to: DATAMGR, subject: 'Out of Office: Change of practice email - Coldharbour GP surgery', date: 'Wed, 6 Jan 2027 07:30:00 +0000', messageId: mid('h-d018'), auth: NHS_AUTH,
    headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thank you for your email. I am out of the office until 11/01/2027. For data queries please email coldharbour.practice@nhs.net.`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'email_in_body'] },
  },
];
