// datamanager emails for corpus 54 (writer AX).
import { renderForm, renderLetter, scanForm, scanLetter, text, note, type FormSpec } from './pdfs.js';
import { NHS_FOOTER, org, person, unclassified, type Email } from './types.js';

const pdf = (filename: string, data: Uint8Array) => ({ filename, data });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];
  const M = 'datamanager' as const;

  // 1. practice email update in a headed letter; body "see attached"
  out.push({
    mailbox: M, slug: 'email-update-letter',
    msg: { from: { name: 'Fernhill Medical Centre', email: 'fernhill.surgery@nhs.net' }, subject: 'Update practice email address',
      body: `Please see attached.\n\nFernhill Medical Centre\n${NHS_FOOTER}` },
    attachments: [pdf('Fernhill - email change.pdf', await renderLetter({
      head: ['Fernhill Medical Centre', 'Fernhill Road, Farnborough, GU14 9EP', 'Tel: 01252 541 700', 'Practice code: G85022'],
      to: ['PCSE Data Manager'], date: '28 October 2026', subject: 'Update practice email address',
      paragraphs: ['Please update the practice email address held by PCSE for Fernhill Medical Centre (G85022).'],
      table: [['Current practice email', 'fernhill.surgery@nhs.net'], ['New practice email', 'fernhill.admin@nhs.net']],
      signoff: ['Kind regards', 'Tessa Rowley', 'Practice Manager'], signed: true,
    }, 301))],
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('G85022', 'gp_practice'),
      fields: { currentEmail: 'fernhill.surgery@nhs.net', newEmail: 'fernhill.admin@nhs.net' }, mustRaise: [], traits: ['pdf_letter', 'headed_paper', 'see_attached', 'letter_table'] },
  });

  // 2. new address is a person's mailbox
  out.push({
    mailbox: M, slug: 'email-update-individual',
    msg: { from: { name: 'Sandra Kelly', email: 'sandra.kelly8@nhs.net' }, subject: 'Update practice email address',
      body: `Hi,\n\nPractice name: Oak Lodge Surgery\nPractice code: Y02718\nCurrent practice email: oaklodge.reception@nhs.net\nNew practice email: sandra.kelly8@nhs.net\n\nThe reception inbox is being closed so please send everything to me instead.\n\nSandra Kelly\nPractice Manager` },
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('Y02718', 'gp_practice'),
      fields: { currentEmail: 'oaklodge.reception@nhs.net', newEmail: 'sandra.kelly8@nhs.net' }, mustRaise: ['individual_mailbox'], traits: ['no_attachment', 'labelled_lines', 'individual_mailbox'] },
  });

  // 3. scan of a hand-filled change of details form
  const f3: FormSpec = {
    title: 'Change of Practice Details', subtitle: 'St Brigid\'s Practice - internal form',
    pages: [[
      { heading: 'Practice', rows: [text('Practice name', "St Brigid's Practice"), text('Practice code', 'D81047')] },
      { heading: 'Practice email address', rows: [text('Current address', 'stbrigids.practice@nhs.net'), text('New address', 'stbrigids.d81047@nhs.net'),
        note('The new address is the practice shared mailbox. Please send confirmation to the new address.')] },
      { heading: 'Requested by', rows: [text('Name', 'Maeve Doyle'), text('Role', 'Office Manager'), text('Date', '29/10/26')] },
    ]],
  };
  out.push({
    mailbox: M, slug: 'email-update-scan',
    msg: { from: { name: 'Maeve Doyle', email: 'maeve.doyle2@nhs.net' }, subject: 'Practice email change',
      body: `Maeve Doyle\nOffice Manager\nSt Brigid's Practice\n${NHS_FOOTER}` },
    attachments: [pdf('IMG_20261029_0001.pdf', await scanForm(f3, { seed: 33, angle: 1.6, hand: 'hand2', specks: 260 }))],
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('D81047', 'gp_practice'),
      fields: { currentEmail: 'stbrigids.practice@nhs.net', newEmail: 'stbrigids.d81047@nhs.net' }, mustRaise: [], traits: ['scan_image_only', 'handwriting', 'rotated', 'specks', 'signature_only_body'] },
  });

  // 4. letter with a typo in the new address; the email corrects it
  out.push({
    mailbox: M, slug: 'email-update-body-corrects-letter',
    msg: { from: { name: 'Canalside Medical Practice', email: 'canalside.mp@nhs.net' }, subject: 'Update practice email address - M91604',
      body: `Good morning,\n\nLetter attached. Please note the new address in the letter has a typo - the correct new practice email is canalside.gp-admin@nhs.net (with a hyphen), not canalside.gpadmin@nhs.net.\n\nThank you\nCanalside Medical Practice` },
    attachments: [pdf('email update letter.pdf', await renderLetter({
      head: ['Canalside Medical Practice', 'Wharf Street, Stoke-on-Trent, ST4 1HJ', 'M91604'],
      date: '30 October 2026', subject: 'Update practice email address',
      paragraphs: ['Practice name: Canalside Medical Practice. Practice code: M91604.', 'Our current practice email address is canalside.mp@nhs.net. Please change it to canalside.gpadmin@nhs.net.'],
      signoff: ['Regards', 'Owen Price', 'Practice Manager'], signed: false,
    }, 304, true))],
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('M91604', 'gp_practice'),
      fields: { currentEmail: 'canalside.mp@nhs.net', newEmail: 'canalside.gp-admin@nhs.net' }, mustRaise: [], traits: ['pdf_letter', 'body_corrects_form', 'serif'] },
  });

  // 5. main contact extension in a letter with a table
  out.push({
    mailbox: M, slug: 'extension-dental-letter-table',
    msg: { from: { name: 'Ewa Nowak', email: 'ewa.nowak@nhs.net' }, subject: 'Extend main contact to new practice',
      body: `Hello, please see the attached letter.\n\nEwa Nowak\nPriory Dental Studio` },
    attachments: [pdf('Extension request.pdf', await renderLetter({
      head: ['Priory Dental Studio', '14 Priory Walk, Stamford, PE9 2AZ', '01780 764 219'],
      to: ['PCSE Data Manager'], date: '31 October 2026', subject: 'Extending a current main contact to a new practice',
      paragraphs: ['We would like to extend our current main contact to our new practice. Details below.'],
      table: [['Existing practice', 'Priory Dental Studio'], ['Existing ODS code', 'V061284'], ['Main contact', 'Ewa Nowak'], ['Main contact email', 'ewa.nowak@nhs.net'],
        ['Existing address', '14 Priory Walk, Stamford, PE9 2AZ'], ['Existing telephone', '01780 764 219'],
        ['New practice ODS code', 'V092455'], ['New practice name', 'Priory Dental Studio Oakham'], ['New practice address', '3 Mill Street, Oakham, LE15 6EA']],
      signoff: ['Yours sincerely', 'Ewa Nowak', 'Practice Owner'], signed: true,
    }, 305))],
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('V061284', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V061284', name: 'Priory Dental Studio', mainContact: person('Ewa Nowak', 'ewa.nowak@nhs.net'), address: '14 Priory Walk, Stamford, PE9 2AZ', phone: '01780 764 219' },
        newPractice: { odsCode: 'V092455', name: 'Priory Dental Studio Oakham', address: '3 Mill Street, Oakham, LE15 6EA' },
      }, mustRaise: [], traits: ['pdf_letter', 'letter_table', 'see_attached'] },
  });

  // 6. pharmacy extension, body only
  out.push({
    mailbox: M, slug: 'extension-pharmacy-body',
    msg: { from: { name: 'Rajinder Gill', email: 'rajinder.gill@nhs.net' }, subject: 'Extend main contact - new pharmacy',
      body: `Hi team,\n\nI would like to extend a current main contact to a new pharmacy.\n\nExisting pharmacy\nName: Greenway Pharmacy\nODS: FH228\nMain contact: Rajinder Gill (rajinder.gill@nhs.net)\nAddress: 88 Greenway Road, Swindon, SN2 1PQ\nTel: 01793 612 455\n\nNew pharmacy\nODS: FX461\nName: Greenway Pharmacy Hightown\nAddress: 2 Hightown Parade, Swindon, SN3 4GE\n\nThanks,\nRaj` },
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('FH228', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FH228', name: 'Greenway Pharmacy', mainContact: person('Rajinder Gill', 'rajinder.gill@nhs.net'), address: '88 Greenway Road, Swindon, SN2 1PQ', phone: '01793 612 455' },
        newPractice: { odsCode: 'FX461', name: 'Greenway Pharmacy Hightown', address: '2 Hightown Parade, Swindon, SN3 4GE' },
      }, mustRaise: [], traits: ['no_attachment', 'labelled_lines', 'two_blocks'] },
  });

  // 7. ophthalmic extension as a scanned letter
  out.push({
    mailbox: M, slug: 'extension-opto-scanned-letter',
    msg: { from: { name: 'Mairéad Byrne', email: 'mairead.byrne@nhs.net' }, subject: 'New practice',
      body: `Mairéad Byrne\nClearview Eyecare\n01584 872 310` },
    attachments: [pdf('Doc1.pdf', await scanLetter({
      head: ['Clearview Eyecare', '7 Market Square, Ludlow, SY8 1AP', 'Tel 01584 872 310'],
      to: ['PCSE Data Manager'], date: '30 October 2026', subject: 'Extend main contact to our new practice',
      paragraphs: ['Please extend our current main contact to our new practice:'],
      table: [['Existing practice', 'Clearview Eyecare (TPC21)'], ['Main contact', 'Mairéad Byrne'], ['Email', 'mairead.byrne@nhs.net'],
        ['Address', '7 Market Square, Ludlow, SY8 1AP'], ['Telephone', '01584 872 310'],
        ['New practice', 'Clearview Eyecare Church Stretton'], ['New ODS code', 'TPD64'], ['New address', '22 High Street, Church Stretton, SY6 6BX']],
      signoff: ['Many thanks', 'Mairéad Byrne', 'Director'], signed: true,
    }, { seed: 37, angle: -1.1, hand: 'typed', specks: 200 }))],
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('TPC21', 'ophthalmic_practice'),
      fields: {
        existingPractice: { odsCode: 'TPC21', name: 'Clearview Eyecare', mainContact: person('Mairéad Byrne', 'mairead.byrne@nhs.net'), address: '7 Market Square, Ludlow, SY8 1AP', phone: '01584 872 310' },
        newPractice: { odsCode: 'TPD64', name: 'Clearview Eyecare Church Stretton', address: '22 High Street, Church Stretton, SY6 6BX' },
      }, mustRaise: [], traits: ['scan_image_only', 'rotated', 'specks', 'signature_only_body', 'non_ascii_name', 'letter_table'] },
  });

  // 8. branch set-up: covering letter + branch details table
  const branchForm: FormSpec = {
    title: 'PCSE Online - New GP Branch', subtitle: 'Wyvern Health Partnership',
    pages: [[
      { heading: 'Main practice', rows: [text('Practice name', 'Wyvern Health Partnership'), text('Organisation type', 'GP'), text('ODS code', 'L84015'),
        text('Main contact', 'Gillian Parr'), text('Main contact email', 'gillian.parr@nhs.net'), text('Address', 'Wyvern House, 2 Station Road, Taunton, TA1 1LB'), text('Telephone', '01823 412 600')] },
      { heading: 'Branch', rows: [text('Branch main contact (incl. title)', 'Mr Declan Hughes'), text('Branch main contact email', 'declan.hughes2@nhs.net'), text('Branch ODS code', 'L84015002'),
        text('Branch name', 'Wyvern Health - Norton Fitzwarren Surgery'), text('Branch address', 'The Green, Norton Fitzwarren, Taunton, TA2 6RQ'), text('Branch telephone', '01823 412 650')] },
    ]],
  };
  out.push({
    mailbox: M, slug: 'branch-letter-and-table',
    msg: { from: { name: 'Gillian Parr', email: 'gillian.parr@nhs.net' }, subject: 'Set up access for branch practice',
      body: `Dear Data Manager,\n\nPlease find attached a covering letter and the branch details.\n\nRegards\nGillian Parr\nMain Contact, Wyvern Health Partnership\n${NHS_FOOTER}` },
    attachments: [
      pdf('Covering letter - branch.pdf', await renderLetter({
        head: ['Wyvern Health Partnership', 'Wyvern House, 2 Station Road, Taunton, TA1 1LB', '01823 412 600'],
        to: ['PCSE Data Manager'], date: '2 November 2026', subject: 'New branch - Norton Fitzwarren',
        paragraphs: ['We would like to set up access to PCSE Online for our new branch practice at Norton Fitzwarren. The ODS report has been received and the branch details are on the enclosed sheet.'],
        signoff: ['Yours sincerely', 'Gillian Parr', 'Main Contact'], signed: true,
      }, 308)),
      pdf('Branch details.pdf', await renderForm(branchForm, { layout: 'table', seed: 408 })),
    ],
    expected: { kind: 'branch_setup', ignored: null, organisation: org('L84015', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'L84015', name: 'Wyvern Health Partnership', mainContact: person('Gillian Parr', 'gillian.parr@nhs.net'), address: 'Wyvern House, 2 Station Road, Taunton, TA1 1LB', phone: '01823 412 600' },
        branch: { odsCode: 'L84015002', name: 'Wyvern Health - Norton Fitzwarren Surgery', address: 'The Green, Norton Fitzwarren, Taunton, TA2 6RQ', phone: '01823 412 650', mainContact: { name: 'Declan Hughes', email: 'declan.hughes2@nhs.net', title: 'Mr' } },
      }, mustRaise: [], traits: ['two_attachments', 'covering_letter', 'table_cells', 'pdf_flat'] },
  });

  // 9. branch code that is not main code + 3 digits, body only
  out.push({
    mailbox: M, slug: 'branch-code-mismatch',
    msg: { from: { name: 'Sunil Varma', email: 'sunil.varma@nhs.net' }, subject: 'Branch practice set up',
      body: `Hello,\n\nWe would like to set up access to PCSE Online for a branch practice.\n\nMain practice: Hillcrest Surgery\nOrganisation type: GP\nODS code: P82021\nMain contact: Dr Sunil Varma, sunil.varma@nhs.net\nAddress: 14 Hillcrest Road, Bolton, BL1 5DE\nPhone: 01204 462 900\n\nBranch main contact: Mrs Joanne Fairclough, joanne.fairclough@nhs.net\nBranch ODS code: P8202101\nBranch name: Hillcrest Surgery - Westhoughton\nBranch address: 3 Market Street, Westhoughton, BL5 3AN\nBranch phone: 01942 811 320\n\nThanks\nSunil` },
    expected: { kind: 'branch_setup', ignored: null, organisation: org('P82021', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'P82021', name: 'Hillcrest Surgery', mainContact: person('Sunil Varma', 'sunil.varma@nhs.net'), address: '14 Hillcrest Road, Bolton, BL1 5DE', phone: '01204 462 900' },
        branch: { odsCode: 'P8202101', name: 'Hillcrest Surgery - Westhoughton', address: '3 Market Street, Westhoughton, BL5 3AN', phone: '01942 811 320', mainContact: { name: 'Joanne Fairclough', email: 'joanne.fairclough@nhs.net', title: 'Mrs' } },
      }, mustRaise: ['branch_code_mismatch'], traits: ['no_attachment', 'labelled_lines', 'malformed_branch_code'] },
  });

  // 10. branch on a practice's own form, values below labels; signature-only body
  const f10: FormSpec = {
    title: 'Branch set-up request for PCSE Online', subtitle: 'Abbeydale Medical Centre',
    pages: [[
      { heading: 'Details of main practice', rows: [text('Name of main practice', 'Abbeydale Medical Centre'), text('Organisation type', 'GP practice'), text('ODS code', 'J83011'),
        text('Main contact held by PCSE', 'Farah Qureshi'), text('Main contact email', 'farah.qureshi@nhs.net'), text('Address', '45 Abbey Foregate, Shrewsbury, SY2 6BH'), text('Telephone', '01743 231 550')] },
      { heading: 'Details of branch practice', rows: [text('Branch main contact (with title)', 'Dr Oluwaseun Adebayo'), text('Email', 'oluwaseun.adebayo@nhs.net'), text('Branch ODS code', 'J83011001'),
        text('Branch name', 'Abbeydale Medical Centre - Bayston Hill'), text('Branch address', 'Lyth Hill Road, Bayston Hill, Shrewsbury, SY3 0EW'), text('Branch telephone', '01743 872 411')] },
    ]],
  };
  out.push({
    mailbox: M, slug: 'branch-form-below-labels',
    msg: { from: { name: 'Farah Qureshi', email: 'farah.qureshi@nhs.net' }, subject: 'Bayston Hill branch',
      body: `Farah Qureshi\nPractice Manager - Abbeydale Medical Centre\n${NHS_FOOTER}` },
    attachments: [pdf('Branch request Bayston Hill.pdf', await renderForm(f10, { layout: 'below', seed: 310 }))],
    expected: { kind: 'branch_setup', ignored: null, organisation: org('J83011', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'J83011', name: 'Abbeydale Medical Centre', mainContact: person('Farah Qureshi', 'farah.qureshi@nhs.net'), address: '45 Abbey Foregate, Shrewsbury, SY2 6BH', phone: '01743 231 550' },
        branch: { odsCode: 'J83011001', name: 'Abbeydale Medical Centre - Bayston Hill', address: 'Lyth Hill Road, Bayston Hill, Shrewsbury, SY3 0EW', phone: '01743 872 411', mainContact: { name: 'Oluwaseun Adebayo', email: 'oluwaseun.adebayo@nhs.net', title: 'Dr' } },
      }, mustRaise: [], traits: ['pdf_flat', 'values_below_labels', 'signature_only_body'] },
  });

  // 11. thank-you with a case reference
  out.push({
    mailbox: M, slug: 'thank-you-case-ref',
    msg: { from: { name: 'Tessa Rowley', email: 'tessa.rowley@nhs.net' }, subject: 'RE: PCSE-2026-004502 Update practice email address',
      body: `Thank you, all working now.\n\nTessa\n\n> Your practice email address has been updated. Ref PCSE-2026-004502` },
    expected: unclassified(['thank_you', 'case_ref']),
  });

  // 12. delivery failure report
  out.push({
    mailbox: M, slug: 'bounce',
    msg: { headers: ['Auto-Submitted: auto-replied'], from: { name: 'Mail Delivery System', email: 'mailer-daemon@nhs.net' }, subject: 'Undeliverable: Your practice email address has been updated',
      body: `Delivery has failed to these recipients or groups:\n\nfernhill.admin@nhs.net\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'` },
    expected: unclassified(['bounce', 'ndr'], 'bounce'),
  });

  // 13. genuine question
  out.push({
    mailbox: M, slug: 'question-ods-code',
    msg: { from: { name: 'Kofi Mensah', email: 'kofi.mensah@nhs.net' }, subject: 'Branch ODS code?',
      body: `Hi,\n\nWe are opening a branch surgery in the spring. How do we get an ODS code for it, and do we need one before we contact you?\n\nKofi Mensah\nBusiness Manager` },
    expected: unclassified(['question']),
  });

  return out;
}
