// Emails that arrived in pcse.datamanager@nhs.net.
import { NHSMAIL_FOOTER as F, type Mail } from './lib.js';
import { renderPdf, tableLayout } from './pdfs.js';

const gp = (odsCode: string | null) => ({ odsCode, type: 'gp_practice' });

export async function datamanagerMails(): Promise<Mail[]> {
  const branchPdf = await renderPdf(
    tableLayout(
      'PCSE Online - new branch practice set up',
      'Chilworth & Nursling Medical Partnership would like to set up access to PCSE Online for our branch practice. ODS have issued the branch code (report attached separately to ODS correspondence).',
      [
        'Main practice',
        ['Practice name', 'Chilworth & Nursling Medical Partnership'],
        ['Organisation type', 'GP'],
        ['ODS code', 'J82174'],
        ['Main contact held by PCSE', 'Ms Bethany Ashdown'],
        ['Main contact email', 'bethany.ashdown@nhs.net'],
        ['Address', 'Chilworth Surgery\nOld Chilworth Road\nSouthampton\nSO16 7JQ'],
        ['Telephone', '023 8076 5120'],
        'Branch practice',
        ['Branch main contact (incl. title)', 'Mr Oluwaseun Adeyemi'],
        ['Branch main contact email', 'oluwaseun.adeyemi@nhs.net'],
        ['Branch ODS code', 'J82174002'],
        ['Branch name', 'Nursling Village Surgery'],
        ['Branch address', '2 Horns Drove\nRownhams\nSouthampton\nSO16 8AH'],
        ['Branch telephone', '023 8073 9004'],
      ],
      'Please call the practice on 023 8076 5120 (option 4) to verify. Completed by B Ashdown, Practice Business Manager, 12/01/2027.',
    ),
    'flat',
    { title: 'Branch set up form', author: 'Ashdown, Bethany' },
  );

  const pharmPdf = await renderPdf(
    tableLayout(
      'Extend current Main Contact to a new pharmacy',
      'Teign Valley Pharmacies Ltd has completed the purchase of the pharmacy below. Please extend our existing Main Contact to the new pharmacy.',
      [
        'Existing pharmacy',
        ['Name', 'Coombe Pharmacy'],
        ['ODS code', 'FJ482'],
        ['Main contact', 'Anil Chaudhry'],
        ['Main contact email', 'anil.chaudhry@nhs.net'],
        ['Address', '31 Coombe Valley Road\nTeignmouth\nTQ14 9EX'],
        ['Telephone', '01626 772 410'],
        'New pharmacy',
        ['ODS code', 'FW317'],
        ['Name', 'Kingsteignton Pharmacy'],
        ['Address', '4 Fore Street\nKingsteignton\nNewton Abbot\nTQ12 3AU'],
      ],
      'Change of ownership date 04/01/2027. Contact for verification at the new pharmacy: Sophie Lang, pharmacy manager, 01626 361 288.',
    ),
    'flat',
    { title: 'Main contact extension', author: 'Anil Chaudhry' },
  );

  return [
    {
      slug: 'merger-email-update-two-codes',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Hayley Trewin', email: 'hayley.trewin@nhs.net' },
      subject: 'Update practice email address - following merger',
      date: 'Mon, 11 Jan 2027 13:42:10 +0000',
      html: true,
      text: `Good afternoon,

Following the merger of Castle Street Surgery and Blackdown Medical Practice on 1st January, the merged practice is now Castle Blackdown Medical Group and carries on under the Castle Street code L83612. Blackdown's old code (L83655) has been closed by ODS so please ignore it.

Could you please update the practice email address you hold for L83612. At the moment PCSE has castlestreet.surgery@nhs.net, which will be switched off at the end of the month. The new shared mailbox for the merged practice is castleblackdown.admin@nhs.net.

Many thanks

Hayley Trewin
Operations Manager
Castle Blackdown Medical Group
01884 32 5500
${F}`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: gp('L83612'),
        fields: { currentEmail: 'castlestreet.surgery@nhs.net', newEmail: 'castleblackdown.admin@nhs.net' },
        mustRaise: [],
        traits: ['merger', 'two_codes', 'prose'],
      },
    },
    {
      slug: 'dental-new-nhsmail-account',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Stoke Fleming Dental Care (Reception)', email: 'stokefleming.dental@nhs.net' },
      subject: 'Update practice email address',
      date: 'Mon, 11 Jan 2027 15:05:51 +0000',
      text: `Hello,

We have finally been given an NHSmail shared mailbox, so this is us writing from it! Could you please change the practice email address PCSE holds for Stoke Fleming Dental Care (practice code V048213) from reception@stokeflemingdental.co.uk to this one, stokefleming.dental@nhs.net.

The old address will stay live for a few weeks while we tell everyone.

Kind regards,
Tamsin
Reception team
Stoke Fleming Dental Care
${F}`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'V048213', type: 'dental_practice' },
        fields: { currentEmail: 'reception@stokeflemingdental.co.uk', newEmail: 'stokefleming.dental@nhs.net' },
        mustRaise: [],
        traits: ['new_nhsmail_account', 'prose', 'sender_is_new_address'],
      },
    },
    {
      slug: 'email-update-personal-mailbox-code-in-signature',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Sarah Jolliffe', email: 'sarah.jolliffe2@nhs.net' },
      subject: 'Change of practice email',
      date: 'Tue, 12 Jan 2027 08:31:07 +0000',
      html: true,
      text: `Hi there,

Please can you change our practice email address on PCSE Online. The one you have is otteryroad.surgery@nhs.net but nobody really checks that inbox any more and things are getting missed.

Can you use my email instead please: sarah.jolliffe2@nhs.net - I'm the one who deals with everything PCSE so it makes sense for it all to come to me.

Thanks very much

Sarah Jolliffe
Assistant Practice Manager
Ottery Road Surgery | ODS L83704
Ottery Road, Honiton EX14 1DG
${F}`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: gp('L83704'),
        fields: { currentEmail: 'otteryroad.surgery@nhs.net', newEmail: 'sarah.jolliffe2@nhs.net' },
        mustRaise: ['individual_mailbox'],
        traits: ['ods_in_signature_only', 'individual_mailbox'],
      },
    },
    {
      slug: 'email-update-code-in-subject-only',
      mailbox: 'datamanager',
      client: 'outlook-mobile',
      from: { name: 'Kerenza Nancarrow', email: 'kerenza.nancarrow@nhs.net' },
      subject: 'L82039 Trelowarren Surgery - update practice email address',
      date: 'Tue, 12 Jan 2027 19:12:44 +0000',
      text: `Hi, sorry to email so late. The practice email address you hold for us was set up years ago by a partner who has since retired and we cannot get into it at all (trelowarren.surgery@nhs.net). IT have now made us a proper shared one, trelowarren.admin@nhs.net, please could you swap it over?

Thanks
Kerenza

Get Outlook for Android`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: gp('L82039'),
        fields: { currentEmail: 'trelowarren.surgery@nhs.net', newEmail: 'trelowarren.admin@nhs.net' },
        mustRaise: [],
        traits: ['ods_in_subject_only', 'mobile', 'prose'],
      },
    },
    {
      slug: 'email-update-malformed-code',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Daniel Okonkwo', email: 'daniel.okonkwo@nhs.net' },
      subject: 'Update practice email address',
      date: 'Wed, 13 Jan 2027 10:20:35 +0000',
      text: `Dear Data Manager,

Please update our practice email address as follows.

Practice name: Bishops Lydeard Surgery
Practice code: L8361
Current practice email: bishopslydeard.surgery@nhs.net
New practice email: bishopslydeard.reception@nhs.net

Regards
Daniel Okonkwo
IT and Data Lead
${F}`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'L8361', type: 'gp_practice' },
        fields: { currentEmail: 'bishopslydeard.surgery@nhs.net', newEmail: 'bishopslydeard.reception@nhs.net' },
        mustRaise: ['ods_invalid'],
        traits: ['malformed_code', 'labelled'],
      },
    },
    {
      slug: 'name-change-and-email-update',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Rhiannon Pryce', email: 'rhiannon.pryce@nhs.net' },
      subject: 'Practice name change and new email address',
      date: 'Wed, 13 Jan 2027 14:48:02 +0000',
      html: true,
      text: `Good afternoon,

From 1 February 2027 Exe Vale Surgery will be known as Exe Vale Health Centre. As part of the change we have a new shared mailbox and would be grateful if you could update the practice email address on PCSE Online from exevale.surgery@nhs.net to exevale.healthcentre@nhs.net. Please also update the practice name if that is something you can do at the same time.

With thanks,

Rhiannon Pryce
Practice Manager
Exe Vale Surgery (soon to be Exe Vale Health Centre)
ODS: L83118
Tel 01392 811 406
${F}`,
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: gp('L83118'),
        fields: { currentEmail: 'exevale.surgery@nhs.net', newEmail: 'exevale.healthcentre@nhs.net' },
        mustRaise: [],
        traits: ['name_change', 'ods_in_signature_only', 'prose'],
      },
    },
    {
      slug: 'practice-name-change-only',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Quantock Vale Surgery', email: 'quantockvale.surgery@nhs.net' },
      subject: 'Practice name change - L85033',
      date: 'Thu, 14 Jan 2027 09:03:19 +0000',
      text: `Dear PCSE,

Please note that from 1st February our practice name changes from Quantock Vale Surgery to Quantock Vale Medical Practice. Our ODS code (L85033), address, telephone number and email address all stay the same.

Could you update the name on PCSE Online please, or let us know who we should tell if this is not the right team.

Kind regards
Lorraine Giddings
Practice Manager
${F}`,
      expected: {
        kind: 'unclassified',
        ignored: null,
        organisation: null,
        fields: {},
        mustRaise: [],
        traits: ['name_change', 'no_kind_fits'],
      },
    },
    {
      slug: 'branch-setup-prose',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Lowenna Pascoe', email: 'lowenna.pascoe@nhs.net' },
      subject: 'Setting up PCSE Online for our branch practice',
      date: 'Thu, 14 Jan 2027 11:26:40 +0000',
      html: true,
      text: `Dear Data Manager team,

We would like to set up access to PCSE Online for a branch practice.

Our main practice is Tamar Bridge Medical Practice, which is a GP practice with the ODS code L82046. The main contact you hold for us is me, Mrs Lowenna Pascoe, and my email address is lowenna.pascoe@nhs.net. The main practice is at 14 Fore Street, Saltash, Cornwall PL12 6JL and our telephone number is 01752 842716.

The branch is called Landrake Surgery and ODS have given it the code L82046001. It is at The Old Chapel, Pound Hill, Landrake, Saltash PL12 5AB, and the telephone number there is 01752 851390. We would like Dr Morwenna Tonkin, our branch lead GP, to be the main contact for the branch. Her email address is morwenna.tonkin@nhs.net.

You are welcome to ring either site to verify.

Kind regards

Lowenna Pascoe
Practice Manager
Tamar Bridge Medical Practice
${F}`,
      expected: {
        kind: 'branch_setup',
        ignored: null,
        organisation: gp('L82046'),
        fields: {
          mainPractice: {
            odsCode: 'L82046',
            name: 'Tamar Bridge Medical Practice',
            mainContact: { name: 'Lowenna Pascoe', email: 'lowenna.pascoe@nhs.net' },
            address: '14 Fore Street, Saltash, Cornwall PL12 6JL',
            phone: '01752 842716',
          },
          branch: {
            odsCode: 'L82046001',
            name: 'Landrake Surgery',
            address: 'The Old Chapel, Pound Hill, Landrake, Saltash PL12 5AB',
            phone: '01752 851390',
            mainContact: { name: 'Morwenna Tonkin', email: 'morwenna.tonkin@nhs.net', title: 'Dr' },
          },
        },
        mustRaise: [],
        traits: ['prose_no_labels', 'two_codes', 'branch'],
      },
    },
    {
      slug: 'branch-setup-code-mismatch-html-table',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Graham Fairweather', email: 'graham.fairweather@nhs.net' },
      subject: 'Branch set up request - Blagdon Surgery',
      date: 'Fri, 15 Jan 2027 10:02:13 +0000',
      text: `Hello,

We would like to set up access to PCSE Online for a branch practice. Details below.

MAIN PRACTICE
Name: Mendip Lakes Medical Centre
Organisation type: GP
ODS code: L81521
Main contact: Graham Fairweather
Main contact email: graham.fairweather@nhs.net
Address: Station Road, Wrington, Bristol BS40 5LQ
Telephone: 01934 862 555

BRANCH
Main contact for branch: Mr Callum Reddaway
Email: callum.reddaway@nhs.net
Branch ODS code: L81512002
Branch name: Blagdon Surgery
Address: Bath Road, Blagdon, Bristol BS40 7TE
Telephone: 01761 462 290

Regards,
Graham Fairweather
Business Manager
${F}`,
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like to set up access to PCSE Online for a branch practice. Details below.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td colspan="2" style="background:#D9E2F3"><p class="MsoNormal"><b>MAIN PRACTICE</b></p></td></tr>
<tr><td><p class="MsoNormal">Name</p></td><td><p class="MsoNormal">Mendip Lakes Medical Centre</p></td></tr>
<tr><td><p class="MsoNormal">Organisation type</p></td><td><p class="MsoNormal">GP</p></td></tr>
<tr><td><p class="MsoNormal">ODS code</p></td><td><p class="MsoNormal">L81521</p></td></tr>
<tr><td><p class="MsoNormal">Main contact</p></td><td><p class="MsoNormal">Graham Fairweather</p></td></tr>
<tr><td><p class="MsoNormal">Main contact email</p></td><td><p class="MsoNormal"><a href="mailto:graham.fairweather@nhs.net">graham.fairweather@nhs.net</a></p></td></tr>
<tr><td><p class="MsoNormal">Address</p></td><td><p class="MsoNormal">Station Road, Wrington, Bristol BS40 5LQ</p></td></tr>
<tr><td><p class="MsoNormal">Telephone</p></td><td><p class="MsoNormal">01934 862 555</p></td></tr>
<tr><td colspan="2" style="background:#D9E2F3"><p class="MsoNormal"><b>BRANCH</b></p></td></tr>
<tr><td><p class="MsoNormal">Main contact for branch</p></td><td><p class="MsoNormal">Mr Callum Reddaway</p></td></tr>
<tr><td><p class="MsoNormal">Email</p></td><td><p class="MsoNormal"><a href="mailto:callum.reddaway@nhs.net">callum.reddaway@nhs.net</a></p></td></tr>
<tr><td><p class="MsoNormal">Branch ODS code</p></td><td><p class="MsoNormal">L81512002</p></td></tr>
<tr><td><p class="MsoNormal">Branch name</p></td><td><p class="MsoNormal">Blagdon Surgery</p></td></tr>
<tr><td><p class="MsoNormal">Address</p></td><td><p class="MsoNormal">Bath Road, Blagdon, Bristol BS40 7TE</p></td></tr>
<tr><td><p class="MsoNormal">Telephone</p></td><td><p class="MsoNormal">01761 462 290</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Regards,</p><p class="MsoNormal">Graham Fairweather<br>Business Manager</p>
</div></body></html>`,
      expected: {
        kind: 'branch_setup',
        ignored: null,
        organisation: gp('L81521'),
        fields: {
          mainPractice: {
            odsCode: 'L81521',
            name: 'Mendip Lakes Medical Centre',
            mainContact: { name: 'Graham Fairweather', email: 'graham.fairweather@nhs.net' },
            address: 'Station Road, Wrington, Bristol BS40 5LQ',
            phone: '01934 862 555',
          },
          branch: {
            odsCode: 'L81512002',
            name: 'Blagdon Surgery',
            address: 'Bath Road, Blagdon, Bristol BS40 7TE',
            phone: '01761 462 290',
            mainContact: { name: 'Callum Reddaway', email: 'callum.reddaway@nhs.net', title: 'Mr' },
          },
        },
        mustRaise: ['branch_code_mismatch'],
        traits: ['html_table', 'branch_code_mismatch', 'two_codes'],
      },
    },
    {
      slug: 'branch-setup-pdf-table',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Bethany Ashdown', email: 'bethany.ashdown@nhs.net' },
      subject: 'Branch practice - J82174 / J82174002',
      date: 'Fri, 15 Jan 2027 12:40:29 +0000',
      text: `Hi,

Please see the attached form with the details for setting up our branch practice on PCSE Online.

Many thanks,
Bethany
${F}`,
      attachments: [{ filename: 'Branch setup - Nursling Village Surgery.pdf', contentType: 'application/pdf', content: branchPdf }],
      expected: {
        kind: 'branch_setup',
        ignored: null,
        organisation: gp('J82174'),
        fields: {
          mainPractice: {
            odsCode: 'J82174',
            name: 'Chilworth & Nursling Medical Partnership',
            mainContact: { name: 'Bethany Ashdown', email: 'bethany.ashdown@nhs.net' },
            address: 'Chilworth Surgery, Old Chilworth Road, Southampton, SO16 7JQ',
            phone: '023 8076 5120',
          },
          branch: {
            odsCode: 'J82174002',
            name: 'Nursling Village Surgery',
            address: '2 Horns Drove, Rownhams, Southampton, SO16 8AH',
            phone: '023 8073 9004',
            mainContact: { name: 'Oluwaseun Adeyemi', email: 'oluwaseun.adeyemi@nhs.net', title: 'Mr' },
          },
        },
        mustRaise: [],
        traits: ['pdf_text_table', 'see_attached', 'two_codes', 'codes_in_subject'],
      },
    },
    {
      slug: 'extension-after-merger-prose',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Dr Imogen Castell', email: 'imogen.castell@nhs.net' },
      subject: 'Extend main contact to new practice',
      date: 'Mon, 18 Jan 2027 09:15:55 +0000',
      html: true,
      text: `Dear colleagues,

I would like to extend a current main contact to a new practice. Priory Fields Surgery has taken over Brislington Health Centre under a merger that completed this month, and I am the main contact PCSE holds for Priory Fields.

Priory Fields Surgery's ODS code is L81027. PCSE holds me, Dr Imogen Castell, as the main contact, at imogen.castell@nhs.net. We are at 88 Priory Road, Knowle, Bristol BS4 2NL, and can be reached on 0117 977 2190.

The new practice is Brislington Health Centre, ODS code L81090, at 250 Bath Road, Brislington, Bristol BS4 3EG.

Please call Brislington on 0117 971 0041 if you need to check anything with them.

Best wishes,
Imogen

Dr Imogen Castell
Managing Partner
${F}`,
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: gp('L81027'),
        fields: {
          existingPractice: {
            odsCode: 'L81027',
            name: 'Priory Fields Surgery',
            mainContact: { name: 'Imogen Castell', email: 'imogen.castell@nhs.net' },
            address: '88 Priory Road, Knowle, Bristol BS4 2NL',
            phone: '0117 977 2190',
          },
          newPractice: { odsCode: 'L81090', name: 'Brislington Health Centre', address: '250 Bath Road, Brislington, Bristol BS4 3EG' },
        },
        mustRaise: [],
        traits: ['merger', 'prose_no_labels', 'two_codes', 'second_phone_not_asked'],
      },
    },
    {
      slug: 'pharmacy-extension-pdf-table',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Anil Chaudhry', email: 'anil.chaudhry@nhs.net' },
      subject: 'Extend main contact - new pharmacy FW317',
      date: 'Mon, 18 Jan 2027 16:33:08 +0000',
      text: `Dear Sir/Madam,

Please find attached the details to extend our current main contact to our newly acquired pharmacy.

Regards
Anil Chaudhry MRPharmS
Superintendent Pharmacist, Teign Valley Pharmacies Ltd
${F}`,
      attachments: [{ filename: 'Main contact extension FW317.pdf', contentType: 'application/pdf', content: pharmPdf }],
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: { odsCode: 'FJ482', type: 'pharmacy' },
        fields: {
          existingPractice: {
            odsCode: 'FJ482',
            name: 'Coombe Pharmacy',
            mainContact: { name: 'Anil Chaudhry', email: 'anil.chaudhry@nhs.net' },
            address: '31 Coombe Valley Road, Teignmouth, TQ14 9EX',
            phone: '01626 772 410',
          },
          newPractice: { odsCode: 'FW317', name: 'Kingsteignton Pharmacy', address: '4 Fore Street, Kingsteignton, Newton Abbot, TQ12 3AU' },
        },
        mustRaise: [],
        traits: ['pdf_text_table', 'see_attached', 'pharmacy', 'new_code_in_subject'],
      },
    },
    {
      slug: 'federation-extension',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Marcus Penhaligon', email: 'marcus.penhaligon@nhs.net' },
      subject: 'Extend main contact to Crediton practice (Mid Devon Health Federation)',
      date: 'Tue, 19 Jan 2027 11:11:47 +0000',
      html: true,
      text: `Good morning,

I'm the Operations Manager for Mid Devon Health Federation. The federation already runs Tiverton Road Surgery, where I am the PCSE main contact, and from 1 January we have also taken on the APMS contract for Crediton Town Surgery. We would like to extend the current main contact to the new practice please.

Existing practice - Tiverton Road Surgery, ODS L83066, main contact Marcus Penhaligon (marcus.penhaligon@nhs.net), Tiverton Road, Cullompton EX15 1HQ, tel 01884 33 2001.

New practice - Crediton Town Surgery, ODS L83098, 7 Union Road, Crediton EX17 3AW. The code has stayed the same after the contract transfer.

The federation's own office is not a practice and does not need setting up.

Thanks,
Marcus Penhaligon
Operations Manager | Mid Devon Health Federation
${F}`,
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: gp('L83066'),
        fields: {
          existingPractice: {
            odsCode: 'L83066',
            name: 'Tiverton Road Surgery',
            mainContact: { name: 'Marcus Penhaligon', email: 'marcus.penhaligon@nhs.net' },
            address: 'Tiverton Road, Cullompton EX15 1HQ',
            phone: '01884 33 2001',
          },
          newPractice: { odsCode: 'L83098', name: 'Crediton Town Surgery', address: '7 Union Road, Crediton EX17 3AW' },
        },
        mustRaise: [],
        traits: ['federation', 'two_codes', 'inline_labels'],
      },
    },
    {
      slug: 'dental-extension-missing-phone',
      mailbox: 'datamanager',
      client: 'gmail',
      from: { name: 'Priya Raman', email: 'priya.raman@nhs.net' },
      subject: 'Extending main contact to a new practice',
      date: 'Tue, 19 Jan 2027 20:04:30 +0000',
      text: `Hello,

I would like to extend a current main contact to a new practice.

Existing practice: Alphington Dental Studio
Existing practice code: V012984
Main contact: Priya Raman, priya.raman@nhs.net
Address: 19 Church Road, Alphington, Exeter EX2 8SD

New practice: Heavitree Smiles
New practice code: V094417
Address: 112 Fore Street, Heavitree, Exeter EX1 2RS

Thank you
Priya Raman
Principal Dentist`,
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: { odsCode: 'V012984', type: 'dental_practice' },
        fields: {
          existingPractice: {
            odsCode: 'V012984',
            name: 'Alphington Dental Studio',
            mainContact: { name: 'Priya Raman', email: 'priya.raman@nhs.net' },
            address: '19 Church Road, Alphington, Exeter EX2 8SD',
            phone: null,
          },
          newPractice: { odsCode: 'V094417', name: 'Heavitree Smiles', address: '112 Fore Street, Heavitree, Exeter EX1 2RS' },
        },
        mustRaise: [],
        traits: ['dental', 'missing_field', 'two_codes'],
      },
    },
    {
      slug: 'pcn-admin-nomination-misdirected',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Fiona Blackmore', email: 'fiona.blackmore1@nhs.net' },
      cc: ['Ravi Subramanian <ravi.subramanian@nhs.net>'],
      subject: 'PCN user administrator - Exe Estuary PCN U47261',
      date: 'Wed, 20 Jan 2027 10:44:12 +0000',
      html: true,
      text: `Dear PCSE,

Exe Estuary PCN (U47261) does not currently have a PCN user administrator. The PCN has asked for their digital transformation lead, Ravi Subramanian (ravi.subramanian@nhs.net, copied in), to be given the PCN user admin role.

I approve this request on behalf of NHS Devon ICB and I am listed as an approver on the NHSE Authorised Email List.

Apologies if this should have gone to a different PCSE mailbox - please forward as needed.

Kind regards

Fiona Blackmore
Senior Primary Care Contracts Manager
NHS Devon Integrated Care Board
${F}`,
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'U47261', type: 'pcn' },
        fields: {
          service: 'PCN',
          nominee: { name: 'Ravi Subramanian', email: 'ravi.subramanian@nhs.net' },
          approver: { name: 'Fiona Blackmore', email: 'fiona.blackmore1@nhs.net', role: 'Senior Primary Care Contracts Manager' },
        },
        mustRaise: [],
        traits: ['misdirected', 'pcn', 'icb_approver', 'nominee_in_cc'],
      },
    },
    {
      slug: 'staff-left-remove-access',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Nicola Brimacombe', email: 'nicola.brimacombe@nhs.net' },
      subject: 'Leaver - please remove PCSE access (L83029)',
      date: 'Wed, 20 Jan 2027 14:17:39 +0000',
      text: `Hi,

Our former practice manager Janet Hocking left the practice on 31 December. Could you please remove her access to PCSE Online. Her login is janet.hocking@nhs.net and as far as I know she had the GPP Practice User Administrator and PL Practice Manager roles.

I've taken over her duties in the meantime.

Thanks
Nicola Brimacombe
Deputy Practice Manager
Woodbury Surgery
${F}`,
      expected: {
        kind: 'role_removal_request',
        ignored: null,
        organisation: gp('L83029'),
        fields: { username: 'janet.hocking@nhs.net', roles: ['GPP Practice User Administrator', 'PL Practice Manager'] },
        mustRaise: [],
        traits: ['misdirected', 'staff_left', 'ods_in_subject_only'],
      },
    },
    {
      slug: 'unlock-by-email-only',
      mailbox: 'datamanager',
      client: 'iphone',
      from: { name: 'Julie Peverell', email: 'julie.peverell@nhs.net' },
      subject: 'Locked out',
      date: 'Thu, 21 Jan 2027 07:52:03 +0000',
      text: `Morning, can you unlock p.rowe@nhs.net please. Locked out of PCSE Online after too many goes at the password and it says to contact PCSE. Needs it for the pension forms today.

Thanks, Julie

Sent from my iPhone`,
      expected: {
        kind: 'account_unlock',
        ignored: null,
        organisation: null,
        fields: { username: 'p.rowe@nhs.net' },
        mustRaise: [],
        traits: ['misdirected', 'username_is_email_only', 'mobile', 'third_party'],
      },
    },
    {
      slug: 'auto-reply-mailbox-not-monitored',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Castle Street Surgery', email: 'castlestreet.surgery@nhs.net' },
      subject: 'Automatic reply: Your practice email address has been updated [PCSE-2027-000412]',
      date: 'Thu, 21 Jan 2027 12:00:31 +0000',
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
        ['X-MS-Exchange-Inbox-Rules-Loop', 'castlestreet.surgery@nhs.net'],
      ],
      text: `This mailbox is no longer monitored.

Castle Street Surgery has merged with Blackdown Medical Practice to form Castle Blackdown Medical Group. Please send all correspondence to castleblackdown.admin@nhs.net.

Thank you.`,
      expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'mailbox_not_monitored', 'case_ref_in_subject'] },
    },
    {
      slug: 'bounce-confirmation-undeliverable',
      mailbox: 'datamanager',
      client: 'system',
      from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
      subject: 'Undeliverable: Practice email address updated - Exe Vale Surgery',
      date: 'Thu, 21 Jan 2027 15:21:09 +0000',
      headers: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
      text: '',
      rawBody: {
        contentType: 'multipart/report; report-type=delivery-status; boundary="_ndr_7a1c0e_"',
        body: `--_ndr_7a1c0e_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

exevale.healthcentre@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to send your message again. If the problem continues, please contact your email admin.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

exevale.healthcentre@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_ndr_7a1c0e_
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 21 Jan 2027 15:21:07 +0000

Final-Recipient: rfc822;exevale.healthcentre@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_ndr_7a1c0e_
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: exevale.healthcentre@nhs.net
Subject: Practice email address updated - Exe Vale Surgery
Date: Thu, 21 Jan 2027 15:21:05 +0000
Message-ID: <pcse-dm-20270121152105-8841@nhs.net>

--_ndr_7a1c0e_--`,
      },
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report'] },
    },
    {
      slug: 'chaser-branch-with-ref',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Lowenna Pascoe', email: 'lowenna.pascoe@nhs.net' },
      subject: 'RE: Setting up PCSE Online for our branch practice [PCSE-2027-000871]',
      date: 'Tue, 26 Jan 2027 09:38:14 +0000',
      text: `Good morning,

Just chasing this one - we haven't had a call to verify yet and Dr Tonkin hasn't received anything. Is there anything else you need from us? Reference PCSE-2027-000871.

Kind regards
Lowenna
${F}
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 14 January 2027 11:31
To: Lowenna Pascoe <lowenna.pascoe@nhs.net>
Subject: Setting up PCSE Online for our branch practice [PCSE-2027-000871]

Thank you for your email. Your request has been logged under reference PCSE-2027-000871.`,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'quoted_thread'] },
    },
    {
      slug: 'question-about-roles',
      mailbox: 'datamanager',
      client: 'outlook',
      from: { name: 'Ewan MacLeod', email: 'ewan.macleod@nhs.net' },
      subject: 'Question - main contact and branch access',
      date: 'Wed, 27 Jan 2027 13:06:55 +0000',
      text: `Hello,

A couple of questions before we send anything over, as I don't want to ask for the wrong thing.

1. If I'm the main contact for our main practice and we set up a branch, will the branch just appear in my account, or does somebody at the branch have to be the main contact?
2. Can the main contact give the Practice Records Movement Admin role to our records clerk, or is that something only a GPP user administrator can do?

We're not asking for any changes yet, just trying to understand the roles and permissions.

Thanks
Ewan MacLeod
Practice Manager, Newton Poppleford Surgery
${F}`,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_roles'] },
    },
  ];
}
