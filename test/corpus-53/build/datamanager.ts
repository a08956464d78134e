// datamanager: corpus-53 (writer AW)
import { addr, formPdf, letterPdf, NHS_FOOTER, P, type MailSpec } from './lib.js';

const mb = 'datamanager' as const;

export async function datamanager(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];

  // 101 practice email update, single-handed GP, labelled lines
  m.push({
    mailbox: mb, slug: '101-email-gp-self', at: 400,
    from: addr('Tomasz Wójcik', 'tomasz.wojcik@nhs.net'),
    subject: 'Update practice email address',
    text: `Hello,

Practice name: Brookfield Surgery
Practice code: M85063
Current practice email: brookfield.surgery@nhs.net
New practice email: brookfieldsurgery.m85063@nhs.net

We've had the shared mailbox renamed by our IT. Thanks
Tomasz${NHS_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'M85063', type: 'gp_practice' },
      fields: { currentEmail: 'brookfield.surgery@nhs.net', newEmail: 'brookfieldsurgery.m85063@nhs.net' },
      mustRaise: [], traits: ['labelled_lines', 'non_ascii_name'],
    },
  });

  // 102 practice email update to the owner's personal nhs.net address
  m.push({
    mailbox: mb, slug: '102-email-individual-mailbox', at: 1900,
    from: addr('Raj Bhatt', 'raj.bhatt2@nhs.net'),
    subject: 'change of email',
    text: `Hi

Can you change the email you have for Bhatt's Chemist (FH562) from bhatts.chemist@nhs.net to my own one, raj.bhatt2@nhs.net? I'm the only one who reads it anyway and the shared one keeps filling up.

Raj Bhatt
Pharmacist / owner${NHS_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FH562', type: 'pharmacy' },
      fields: { currentEmail: 'bhatts.chemist@nhs.net', newEmail: 'raj.bhatt2@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['sender_is_new_address', 'prose'],
    },
  });

  // 103 practice email update + the sender's locked account (noted)
  m.push({
    mailbox: mb, slug: '103-email-optician-plus-unlock', at: 3400, client: 'outlookcom',
    from: addr('Loughrigg Eye Care', 'loughrigg.eyecare@outlook.com'),
    subject: 'New nhs.net email + locked account',
    text: `Hello,

We've now got an nhs.net mailbox for the practice. Please update our practice email:

Loughrigg Eye Care, TPD30
from: loughrigg.eyecare@outlook.com
to: loughrigg.eyecare@nhs.net

Also I think I'm locked out of PCSE Online (ingrid.solberg@nhs.net) - not sure if that's you or the other team?

Ingrid Solberg
Optometrist, Loughrigg Eye Care`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'TPD30', type: 'ophthalmic_practice' },
      fields: { currentEmail: 'loughrigg.eyecare@outlook.com', newEmail: 'loughrigg.eyecare@nhs.net' },
      mustRaise: [], traits: ['mixed_requests', 'shared_mailbox', 'personal_address'],
    },
  });

  // 104 practice email update in an AcroForm (the practice's own change-of-details form)
  m.push({
    mailbox: mb, slug: '104-email-dental-acroform', at: 5000,
    from: addr('Marlowe Dental Studio', 'marlowe.dental@nhs.net'),
    subject: 'Update practice email address',
    text: `Please see attached.

Kind regards
Dr Anneliese Marlowe${NHS_FOOTER}`,
    attachments: [{
      filename: 'Change of details - Marlowe Dental.pdf',
      content: await formPdf({
        title: 'Change of practice details', at: 4990,
        intro: ['Marlowe Dental Studio - internal change of details form'],
        rows: [
          { label: 'Practice name', field: 'Text1', value: 'Marlowe Dental Studio' },
          { label: 'Practice code', field: 'Text2', value: 'V041177' },
          { label: 'Current practice email', field: 'Text3', value: 'marlowe.dental@nhs.net' },
          { label: 'New practice email', field: 'Text4', value: 'marlowedentalstudio.reception@nhs.net' },
          { label: 'Requested by', field: 'Text5', value: 'Dr Anneliese Marlowe, Practice Owner' },
        ],
      }),
    }],
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V041177', type: 'dental_practice' },
      fields: { currentEmail: 'marlowe.dental@nhs.net', newEmail: 'marlowedentalstudio.reception@nhs.net' },
      mustRaise: [], traits: ['pdf_acroform', 'see_attached', 'generic_field_names', 'shared_mailbox'],
    },
  });

  // 105 practice email update, code written lower-case with a space, from gmail
  m.push({
    mailbox: mb, slug: '105-email-code-spaced-gmail', at: 6600, client: 'gmail',
    from: addr('Dr Yusuf Demir', 'yusuf.demir.gp@gmail.com'),
    subject: 'practice email',
    text: `Hello - Colindale Lane Surgery, e84 017. Our practice email is changing from colindalelane.surgery@nhs.net to colindalelane.admin@nhs.net from Monday. Please update. Thanks, Yusuf (GP partner - we're a two-doctor practice and I do the admin)`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'E84017', type: 'gp_practice' },
      fields: { currentEmail: 'colindalelane.surgery@nhs.net', newEmail: 'colindalelane.admin@nhs.net' },
      mustRaise: [], traits: ['personal_address', 'ods_lowercase_spaced', 'one_line'],
    },
  });

  // 106 main contact extension, pharmacist owner buys a second pharmacy and extends himself
  m.push({
    mailbox: mb, slug: '106-extension-pharmacy-self', at: 8000,
    from: addr('Seun Adebayo-Smith', 'seun.adebayo-smith@nhs.net'),
    subject: 'Extend main contact to new pharmacy',
    text: `Hi,

I would like to extend a current main contact to a new pharmacy. The main contact is me.

Existing pharmacy
Name: Alderley Pharmacy
ODS code: FD418
Main contact: Oluwaseun Adebayo-Smith
Main contact email: seun.adebayo-smith@nhs.net
Address: 14 Market Street, Alderley Edge, SK9 7AB
Phone: 01625 583 210

New pharmacy
ODS code: FW905
Name: Chorley Road Pharmacy
Address: 221 Chorley Road, Swinton, M27 4AF

Thanks,
Seun${NHS_FOOTER}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FD418', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FD418', name: 'Alderley Pharmacy', mainContact: P('Oluwaseun Adebayo-Smith', 'seun.adebayo-smith@nhs.net'), address: '14 Market Street, Alderley Edge, SK9 7AB', phone: '01625 583 210' },
        newPractice: { odsCode: 'FW905', name: 'Chorley Road Pharmacy', address: '221 Chorley Road, Swinton, M27 4AF' },
      },
      mustRaise: [], traits: ['sender_is_main_contact', 'labelled_lines', 'nickname_vs_full_name'],
    },
  });

  // 107 main contact extension in a flat PDF letter, optician opening a second practice
  m.push({
    mailbox: mb, slug: '107-extension-optician-letter-pdf', at: 9500,
    from: addr('Élodie Beaumont', 'elodie.beaumont@nhs.net'),
    subject: 'Extending main contact - Beaumont Opticians Kirkby',
    text: `Bonjour / Hello,

Letter attached with the details for our second practice. I am the main contact for both.

Élodie${NHS_FOOTER}`,
    attachments: [{
      filename: 'Beaumont - extend main contact.pdf',
      content: await letterPdf('Extend main contact', [
        'Beaumont Opticians, 3 Derby Road, Ormskirk, L39 2BN',
        '',
        'To: PCSE Data Manager',
        '# Request to extend a current main contact to a new practice',
        '',
        'Existing practice: Beaumont Opticians',
        'ODS code: TPH56',
        'Main contact: Élodie Beaumont (elodie.beaumont@nhs.net)',
        'Address: 3 Derby Road, Ormskirk, L39 2BN',
        'Telephone: 01695 570 884',
        '',
        'New practice: Beaumont Opticians Kirkby',
        'ODS code: TPH71',
        'Address: Unit 4, Kirkby Shopping Centre, Kirkby, L32 8US',
        '',
        'Yours sincerely,',
        'Élodie Beaumont, Director',
      ], 9400),
    }],
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPH56', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: { odsCode: 'TPH56', name: 'Beaumont Opticians', mainContact: P('Élodie Beaumont', 'elodie.beaumont@nhs.net'), address: '3 Derby Road, Ormskirk, L39 2BN', phone: '01695 570 884' },
        newPractice: { odsCode: 'TPH71', name: 'Beaumont Opticians Kirkby', address: 'Unit 4, Kirkby Shopping Centre, Kirkby, L32 8US' },
      },
      mustRaise: [], traits: ['pdf_flat', 'see_attached', 'sender_is_main_contact', 'non_ascii_name'],
    },
  });

  // 108 main contact extension, dental owner from a personal address, prose
  m.push({
    mailbox: mb, slug: '108-extension-dental-prose-gmail', at: 11200, client: 'gmail',
    from: addr('Sameer Qureshi', 'sameer.qureshi.dds@gmail.com'),
    subject: 'New practice - extend main contact',
    text: `Hi, I'm the owner of Parkgate Dental (V052390) at 88 Parkgate Road, Chester CH1 4AQ, tel 01244 390 117, and I'm its main contact (s.qureshi@nhs.net - sorry, writing from my personal email). I've just bought Brunswick Dental, 6 Brunswick Terrace, Wrexham LL11 1HT, which has ODS code V118204. Please can you extend my main contact access to the new practice? Thanks, Sameer Qureshi`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V052390', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V052390', name: 'Parkgate Dental', mainContact: P('Sameer Qureshi', 's.qureshi@nhs.net'), address: '88 Parkgate Road, Chester CH1 4AQ', phone: '01244 390 117' },
        newPractice: { odsCode: 'V118204', name: 'Brunswick Dental', address: '6 Brunswick Terrace, Wrexham LL11 1HT' },
      },
      mustRaise: [], traits: ['sender_is_main_contact', 'personal_address', 'prose', 'one_paragraph'],
    },
  });

  // 109 branch set-up, single-handed GP is the main contact for both
  m.push({
    mailbox: mb, slug: '109-branch-gp-self', at: 13000,
    from: addr('PRYCE, Joanna (HEATHFIELD SURGERY)', 'joanna.pryce@nhs.net'),
    subject: 'Set up access for branch practice',
    text: `Hello,

I would like to set up access to PCSE Online for our new branch. I'm the main contact at the main site and would like to be the branch main contact too - please just add it to my account.

Main practice
Heathfield Surgery, N81092
Main contact: Dr Joanna Pryce, joanna.pryce@nhs.net
1 Heath Road, Tarvin, Chester CH3 8LW
01829 740 221

Branch
Branch ODS code: N81092001
Name: Heathfield Surgery - Tarporley
Address: The Old Bank, High Street, Tarporley CW6 0AX
Phone: 01829 733 015
Main contact: Dr Joanna Pryce, joanna.pryce@nhs.net

Thanks
Jo${NHS_FOOTER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'N81092', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'N81092', name: 'Heathfield Surgery', mainContact: P('Joanna Pryce', 'joanna.pryce@nhs.net'), address: '1 Heath Road, Tarvin, Chester CH3 8LW', phone: '01829 740 221' },
        branch: { odsCode: 'N81092001', name: 'Heathfield Surgery - Tarporley', address: 'The Old Bank, High Street, Tarporley CW6 0AX', phone: '01829 733 015', mainContact: { name: 'Joanna Pryce', email: 'joanna.pryce@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['sender_is_main_contact', 'sender_is_nominee', 'nhsmail_display_name', 'labelled_blocks'],
    },
  });

  // 110 branch set-up with a branch code that does not start with the main code
  m.push({
    mailbox: mb, slug: '110-branch-code-mismatch', at: 14800,
    from: addr('Gillian Hartley-Moss', 'gillian.hartley-moss@nhs.net'),
    subject: 'Branch practice set up - Kingfisher Medical Practice',
    text: `Dear Data Manager team,

Please set up our new branch. I'm the practice manager (and the main contact) and I'll be the branch main contact myself.

MAIN PRACTICE: Kingfisher Medical Practice, K83071, 40 Canal Street, Banbury OX16 5PE, tel 01295 250 660. Main contact Gillian Hartley-Moss, gillian.hartley-moss@nhs.net.

BRANCH: Kingfisher at Bodicote, ODS K83017002, 2 Church Lane, Bodicote, Banbury OX15 4DR, tel 01295 271 904. Main contact Mrs Gillian Hartley-Moss, gillian.hartley-moss@nhs.net.

Regards
Gillian${NHS_FOOTER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'K83071', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'K83071', name: 'Kingfisher Medical Practice', mainContact: P('Gillian Hartley-Moss', 'gillian.hartley-moss@nhs.net'), address: '40 Canal Street, Banbury OX16 5PE', phone: '01295 250 660' },
        branch: { odsCode: 'K83017002', name: 'Kingfisher at Bodicote', address: '2 Church Lane, Bodicote, Banbury OX15 4DR', phone: '01295 271 904', mainContact: { name: 'Gillian Hartley-Moss', email: 'gillian.hartley-moss@nhs.net', title: 'Mrs' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['sender_is_main_contact', 'sender_is_nominee', 'transposed_digits', 'inline_blocks'],
    },
  });

  // 111 branch set-up in a flat PDF, GP nominates a colleague for the branch
  m.push({
    mailbox: mb, slug: '111-branch-flat-pdf-colleague', at: 16500,
    from: addr('Saltaire Medical Practice', 'saltaire.medical@nhs.net'),
    subject: 'Branch set up - details attached',
    text: `Hi, branch details attached. Tariq will be the main contact at the branch, I remain main contact for the main site.

Dr Ewa Nowak-Sheridan
GP Principal${NHS_FOOTER}`,
    attachments: [{
      filename: 'branch setup.pdf',
      content: await formPdf({
        title: 'Branch practice set-up request', at: 16400, flat: true,
        intro: ['Details of the main practice and the new branch.'],
        rows: [
          { label: 'Main practice name', value: 'Saltaire Medical Practice' },
          { label: 'Main practice ODS code', value: 'B87012' },
          { label: 'Main contact name', value: 'Dr Ewa Nowak-Sheridan' },
          { label: 'Main contact email', value: 'ewa.nowak-sheridan@nhs.net' },
          { label: 'Main practice address', value: '12 Victoria Road, Saltaire, Shipley BD18 3LA' },
          { label: 'Main practice telephone', value: '01274 585 300' },
          { label: 'Branch ODS code', value: 'B87012002' },
          { label: 'Branch name', value: 'Saltaire Medical Practice at Baildon' },
          { label: 'Branch address', value: '5 Browgate, Baildon, Shipley BD17 6BP' },
          { label: 'Branch telephone', value: '01274 592 418' },
          { label: 'Branch main contact', value: 'Mr Tariq Hussain' },
          { label: 'Branch main contact email', value: 'tariq.hussain12@nhs.net' },
        ],
      }),
    }],
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'B87012', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'B87012', name: 'Saltaire Medical Practice', mainContact: P('Ewa Nowak-Sheridan', 'ewa.nowak-sheridan@nhs.net'), address: '12 Victoria Road, Saltaire, Shipley BD18 3LA', phone: '01274 585 300' },
        branch: { odsCode: 'B87012002', name: 'Saltaire Medical Practice at Baildon', address: '5 Browgate, Baildon, Shipley BD17 6BP', phone: '01274 592 418', mainContact: { name: 'Tariq Hussain', email: 'tariq.hussain12@nhs.net', title: 'Mr' } },
      },
      mustRaise: [], traits: ['pdf_flat', 'see_attached', 'shared_mailbox', 'nominates_colleague', 'sender_is_main_contact'],
    },
  });

  // 112 misdirected main contact change to datamanager
  m.push({
    mailbox: mb, slug: '112-misdirected-main-contact-change', at: 18200,
    from: addr('Old Mill Pharmacy', 'oldmill.pharmacy@nhs.net'),
    subject: 'please set me up as main contact',
    text: `Hi, please set me up as main contact for Old Mill Pharmacy (FR338) - Ngozi Eze-Lawson, ngozi.eze-lawson@nhs.net. Our previous owner retired and I've taken over. Thanks, Ngozi${NHS_FOOTER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FR338', type: 'pharmacy' },
      fields: { newMainContact: P('Ngozi Eze-Lawson', 'ngozi.eze-lawson@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'sender_is_nominee', 'shared_mailbox'],
    },
  });

  // 113 question
  m.push({
    mailbox: mb, slug: '113-question-branch-code', at: 19900,
    from: addr('Joanna Pryce', 'joanna.pryce@nhs.net'),
    subject: 'Branch code?',
    text: `Hi, before I send the branch details - the ODS team haven't issued our branch code yet. Can you set the branch up without it or do I need to wait? Thanks, Jo${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 114 thanks with reference
  m.push({
    mailbox: mb, slug: '114-thanks-with-ref', at: 21700,
    from: addr('Seun Adebayo-Smith', 'seun.adebayo-smith@nhs.net'),
    subject: 'RE: PCSE-2026-005611 - completed',
    text: `Thanks very much, I can see both pharmacies now.

Seun${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_ref'] },
  });

  // 115 bounce
  m.push({
    mailbox: mb, slug: '115-bounce', at: 23300, client: 'system',
    from: addr('Mail Delivery System', 'MAILER-DAEMON@nhs.net'),
    subject: 'Undeliverable: PCSE-2026-005702 Practice email updated',
    text: '',
    report: {
      text: `Delivery has failed to these recipients or groups:

brookfieldsurgery.m85063@nhs.net
The email address you entered couldn't be found.`,
      status: `Reporting-MTA: dns; LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

Final-Recipient: rfc822; brookfieldsurgery.m85063@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`,
      original: `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: brookfieldsurgery.m85063@nhs.net
Subject: PCSE-2026-005702 Practice email updated`,
    },
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report'] },
  });

  // 116 main contact extension, GP practice taking over a neighbouring practice; the practice's only GP writes
  m.push({
    mailbox: mb, slug: '116-extension-gp-merger', at: 25000,
    from: addr('Declan Moriarty', 'declan.moriarty@nhs.net'),
    subject: 'Extending main contact - we have taken on Low Moor Surgery',
    text: `Dear PCSE,

We have taken on the list of Low Moor Surgery next door (the ODS team have issued it code G83102). I'm the single-handed GP at Beckside Surgery and the main contact there, and I'd like to extend my main contact role to the new practice.

Existing practice: Beckside Surgery, G83054
Main contact: Dr Declan Moriarty, declan.moriarty@nhs.net
Address: 7 Beck Lane, Low Moor, Bradford BD12 0LP
Phone: 01274 601 288

New practice: Low Moor Surgery
New practice ODS code: G83102
Address: 19 Huddersfield Road, Low Moor, Bradford BD12 0TJ

Please ring me if you need to check anything.

Declan${NHS_FOOTER}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'G83054', type: 'gp_practice' },
      fields: {
        existingPractice: { odsCode: 'G83054', name: 'Beckside Surgery', mainContact: P('Declan Moriarty', 'declan.moriarty@nhs.net'), address: '7 Beck Lane, Low Moor, Bradford BD12 0LP', phone: '01274 601 288' },
        newPractice: { odsCode: 'G83102', name: 'Low Moor Surgery', address: '19 Huddersfield Road, Low Moor, Bradford BD12 0TJ' },
      },
      mustRaise: [], traits: ['sender_is_main_contact', 'confusing_codes_in_prose', 'labelled_lines'],
    },
  });

  return m;
}
