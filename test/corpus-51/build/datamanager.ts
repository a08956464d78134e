// datamanager: 15 emails from central teams.
import { letterPdf } from './docs.js';
import { alt, attachment, html, message, multipart, org, person, text, toHtml, PCSE, type Block, type Email } from './lib.js';
import { BDG_FOOTER, CSCSU_FOOTER, clearviewSig, hpgSig, keystoneSig, nhpSig, prpSig, tamesSig, vcmgSig } from './orgs.js';

const TO = [PCSE.datamanager];
const mb = 'datamanager' as const;

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 029 ---------------------------------------------------------------------------------------------
  {
    const slug = '029-cscsu-practice-email-ticket';
    const rows = [['Practice name', 'Whitstone Surgery'], ['Practice code', 'C82088'], ['Current practice email address', 'reception@whitstonesurgery.co.uk'], ['New practice email address', 'cscsu.whitstonesurgery@nhs.net']];
    const htmlBody = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<div style="background:#005EB8;color:#ffffff;padding:8px 12px;font-size:13pt"><b>Central Shires Commissioning Support Unit – IT Service Desk</b></div>
<p>Request item: <b>RITM0052231</b> &nbsp;|&nbsp; Opened: 01/12/2026 09:10 &nbsp;|&nbsp; Requested for: Whitstone Surgery (C82088)</p>
<p>Dear Data Manager team,</p>
<p><b>Update practice email address</b></p>
<table border="1" style="border-collapse:collapse;font-size:10pt" cellpadding="4">
${rows.map(([k, v]) => `<tr><td style="background:#E8EDEE"><b>${k}</b></td><td>${v!.includes('@') ? `<a href="mailto:${v}">${v}</a>` : v}</td></tr>`).join('\n')}
</table>
<p>Whitstone Surgery is moving off its old website-hosted email. The new address is an NHSmail shared mailbox that the whole reception team can see; please send confirmation to it.</p>
<p>Please reply to this email keeping RITM0052231 in the subject line.</p>
<p>Kind regards,<br>Primary Care Digital – Mailbox Migration</p>
<p style="color:#425563;font-size:8pt">${CSCSU_FOOTER.replace(/\n/g, '<br>')}</p>
</body></html>`;
    const m = message({
      from: { name: 'Central Shires CSU IT Service Desk', email: 'cscsu.servicedesk@nhs.net' }, to: TO,
      subject: 'RITM0052231 Update practice email address - Whitstone Surgery',
      date: '2026-12-01T09:26:44Z', client: 'servicenow', idSeed: slug, root: html(htmlBody),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('C82088', 'gp_practice'),
      fields: { currentEmail: 'reception@whitstonesurgery.co.uk', newEmail: 'cscsu.whitstonesurgery@nhs.net' },
      traits: ['it_service_desk', 'html_only', 'label_value_table', 'non_nhs_current_address'],
    } });
  }

  // 030 ---------------------------------------------------------------------------------------------
  {
    const slug = '030-halewood-practice-email-branch-schedule';
    const blocks: Block[] = [
      'Dear Data Manager team,',
      'Halewood Pharmacy Group is moving all 23 of its branches to new NHSmail shared mailboxes named by ODS code. As your guidance asks for one request per practice, we will send a separate email for each branch. This one is for:',
      'Practice name: Halewood Pharmacy - Bridge Street\nPractice code: FH214\nCurrent practice email address: halewood.bridgestreet@nhs.net\nNew practice email address: pharmacy.fh214@nhs.net',
      'For information only, the schedule for the next branches is below – please do not action these until you receive the individual emails.',
      { table: [
        ['Branch', 'ODS', 'Current mailbox', 'New mailbox', 'Planned'],
        ['Halewood Pharmacy - Kirkby Row', 'FK903', 'halewood.kirkbyrow@nhs.net', 'pharmacy.fk903@nhs.net', 'w/c 7 Dec'],
        ['Crossgates Pharmacy', 'FQ771', 'crossgates.pharmacy@nhs.net', 'pharmacy.fq771@nhs.net', 'after acquisition'],
        ['Halewood Pharmacy - Garston', 'FD552', 'halewood.garston@nhs.net', 'pharmacy.fd552@nhs.net', 'w/c 14 Dec'],
      ], head: true },
      'Kind regards,',
      hpgSig('Joanne Critchley', 'Registration & Contracts Officer', '0151 496 0745', 'registrations@halewoodpharmacy.co.uk'),
    ];
    const m = message({
      from: { name: 'Registrations - Halewood Pharmacy Group', email: 'registrations@halewoodpharmacy.co.uk' }, to: TO,
      subject: 'Update practice email address - Halewood Pharmacy Bridge Street FH214',
      date: '2026-12-01T12:05:39Z', client: 'exchange', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('FH214', 'pharmacy'),
      fields: { currentEmail: 'halewood.bridgestreet@nhs.net', newEmail: 'pharmacy.fh214@nhs.net' },
      traits: ['pharmacy_chain', 'site_table', 'other_sites_mentioned', 'many_addresses'],
    } });
  }

  // 031 ---------------------------------------------------------------------------------------------
  {
    const slug = '031-keystone-practice-email-personal-box';
    const body = `Good morning,

Update practice email address

The shared mailbox for Ashgrove Surgery, ashgrove.surgery@nhs.net, is being closed as part of an NHSmail tidy-up by the practice's IT provider. Until a replacement shared mailbox has been created, the partners would like PCSE correspondence to go to the Practice Manager's own NHSmail account.

Practice name: Ashgrove Surgery
Practice code: K81044
Current practice email address: ashgrove.surgery@nhs.net
New practice email address: lorraine.ebdon@nhs.net

We will let you know once the new shared mailbox is live. Our case reference is KPS-CASE-20502.

Regards

${keystoneSig('Fiona Latchford', 'Client Services Manager', '0118 496 0772')}`;
    const m = message({
      from: { name: 'Fiona Latchford', email: 'fiona.latchford@keystoneps.co.uk' }, to: TO,
      subject: 'Update practice email address – Ashgrove Surgery (K81044)',
      date: '2026-12-02T08:58:12Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('K81044', 'gp_practice'),
      fields: { currentEmail: 'ashgrove.surgery@nhs.net', newEmail: 'lorraine.ebdon@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['management_company', 'personal_mailbox_as_practice', 'non_nhs_sender'],
    } });
  }

  // 032 ---------------------------------------------------------------------------------------------
  {
    const slug = '032-brightside-practice-email-ticket';
    const body = `Hello,

Ticket: BDG-11968
Subject: Update practice email address

Practice name: Brightside Dental Wellingborough
Practice code: V014382
Current practice email address: wellingborough@brightsidedental.co.uk
New practice email address: brightsidedental.wellingborough@nhs.net

The new address is the practice's NHSmail shared mailbox, which was set up last week. Please send the confirmation there.

Thanks,
Priya Mistry
Compliance Coordinator
${BDG_FOOTER}`;
    const m = message({
      from: { name: 'Brightside Dental Compliance', email: 'compliance@brightsidedental.co.uk' }, to: TO,
      subject: '[#BDG-11968] Update practice email address – V014382',
      date: '2026-11-27T14:41:03Z', client: 'freshdesk', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('V014382', 'dental_practice'),
      fields: { currentEmail: 'wellingborough@brightsidedental.co.uk', newEmail: 'brightsidedental.wellingborough@nhs.net' },
      traits: ['dental_group', 'helpdesk_ticket', 'plain_text'],
    } });
  }

  // 033 ---------------------------------------------------------------------------------------------
  {
    const slug = '033-halewood-extension-acquisition-letter';
    const pdf = await letterPdf(
      { org: 'Halewood Pharmacy Group', strap: 'Caring for our communities since 1968', lines: ['Halewood House', '7 Speke Boulevard', 'Liverpool L24 9HZ', 'Tel: 0151 496 0700', 'www.halewoodpharmacy.co.uk'], colour: 0.2 },
      {
        ref: 'HPG-REG-0951', date: '2 December 2026', to: ['Primary Care Support England – Data Manager', 'pcse.datamanager@nhs.net'],
        salutation: 'Dear Sir or Madam,', heading: 'Re: Extending a current main contact to a new pharmacy – Crossgates Pharmacy (FQ771)',
        paras: [
          'Halewood Pharmacy Group completed the purchase of Crossgates Pharmacy on 1 December 2026. We would like the main contact of our Kirkby Row branch to be extended to the new pharmacy so that supplies can be ordered without interruption.',
          { table: [
            ['', 'Existing pharmacy', 'New pharmacy'],
            ['Name', 'Halewood Pharmacy - Kirkby Row', 'Crossgates Pharmacy'],
            ['ODS code', 'FK903', 'FQ771'],
            ['Main contact', 'Stephen Barraclough', ''],
            ['Main contact email', 'stephen.barraclough@nhs.net', ''],
            ['Address', '12 Kirkby Row, Kirkby, Liverpool, L32 8RA', '4 Crossgates Parade, Huyton, Liverpool, L36 9TW'],
            ['Telephone', '0151 496 0218', '0151 496 0882'],
          ], widths: [95, 200, 200] },
          'Stephen is covering both pharmacies this month and will take your verification call at either number.',
        ],
        closing: 'Yours faithfully,', signer: 'Michael Sefton', signerLines: ['Superintendent Pharmacist', 'GPhC 2049183'], signed: true, font: 'serif',
        footer: 'Halewood Pharmacy Group Ltd. Registered in England No. 02275190. Registered Office: Halewood House, 7 Speke Boulevard, Liverpool L24 9HZ.',
      }, slug, { title: 'HPG-REG-0951 Crossgates main contact extension', author: 'jcritchley', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', date: '2026-12-02T10:30:00Z' });
    const body = `Dear Data Manager team,

Halewood Pharmacy Group completed the purchase of Crossgates Pharmacy on 1 December 2026. We would like to extend a current main contact to the new pharmacy. Please see the attached letter from our Superintendent Pharmacist; the details are also set out below.

Existing pharmacy
Name: Halewood Pharmacy - Kirkby Row
ODS code: FK903
Main contact: Stephen Barraclough
Main contact email: stephen.barraclough@nhs.net
Address: 12 Kirkby Row, Kirkby, Liverpool, L32 8RA
Telephone: 0151 496 0218

New pharmacy
ODS code: FQ771
Name: Crossgates Pharmacy
Address: 4 Crossgates Parade, Huyton, Liverpool, L36 9TW

When you call to verify, the new pharmacy's number is 0151 496 0882; please ask for Stephen, who is covering both sites this month.

Kind regards,

${hpgSig('Joanne Critchley', 'Registration & Contracts Officer', '0151 496 0745', 'registrations@halewoodpharmacy.co.uk')}`;
    const m = message({
      from: { name: 'Registrations - Halewood Pharmacy Group', email: 'registrations@halewoodpharmacy.co.uk' }, to: TO,
      cc: [{ name: 'Barraclough Stephen', email: 'stephen.barraclough@nhs.net' }],
      subject: 'Extend main contact to new pharmacy – Crossgates Pharmacy FQ771 (acquired by Halewood Pharmacy Group)',
      date: '2026-12-02T11:18:26Z', client: 'exchange', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('HPG-REG-0951 Crossgates.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_extension', org: org('FK903', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FK903', name: 'Halewood Pharmacy - Kirkby Row', mainContact: person('Stephen Barraclough', 'stephen.barraclough@nhs.net'), address: '12 Kirkby Row, Kirkby, Liverpool, L32 8RA', phone: '0151 496 0218' },
        newPractice: { odsCode: 'FQ771', name: 'Crossgates Pharmacy', address: '4 Crossgates Parade, Huyton, Liverpool, L36 9TW' },
      },
      traits: ['pharmacy_chain', 'acquisition', 'letter_pdf', 'headed_paper', 'two_phone_numbers'],
    } });
  }

  // 034 ---------------------------------------------------------------------------------------------
  {
    const slug = '034-smilecare-extension-table';
    const blocks: Block[] = [
      'Dear PCSE Data Manager,',
      'Smilecare Partners would like to extend a current main contact to a new practice. We completed the acquisition of Castle Street Dental Practice on 20 November and the ODS team have confirmed its code.',
      { table: [
        ['', 'Existing practice', 'New practice'],
        ['Practice name', 'Smilecare Dental Rushden', 'Castle Street Dental Practice'],
        ['ODS code', 'V031226', 'V088410'],
        ['Main contact', 'Kerry-Ann Doyle', '(to be Kerry-Ann Doyle)'],
        ['Main contact email', 'kerryann.doyle@nhs.net', ''],
        ['Address', '27 High Street, Rushden, NN10 0QE', '9 Castle Street, Higham Ferrers, NN10 8BL'],
        ['Telephone', '01632 960 644', '01632 960 690'],
      ], head: true },
      'Kerry-Ann manages both practices and is expecting your call.',
      'Kind regards,\n\nAdaeze Okonkwo\nAcquisitions & Integration Coordinator\nSmilecare Partners – Practice Support\n4th Floor, Alpha House, 100 Borough High Street, London SE1 1LB\nT: 020 7946 0381 | practice.support@smilecarepartners.com\n\nSmilecare Partners Limited (company no. 10288455). This email and its attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it from your system.',
    ];
    const m = message({
      from: { name: 'Practice Support - Smilecare Partners', email: 'practice.support@smilecarepartners.com' }, to: TO,
      subject: 'Extending main contact to a new practice – Castle Street Dental Practice (V088410)',
      date: '2026-11-24T16:22:09Z', client: 'exchange', idSeed: slug, root: alt(blocks, slug, 'Aptos'),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_extension', org: org('V031226', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V031226', name: 'Smilecare Dental Rushden', mainContact: person('Kerry-Ann Doyle', 'kerryann.doyle@nhs.net'), address: '27 High Street, Rushden, NN10 0QE', phone: '01632 960 644' },
        newPractice: { odsCode: 'V088410', name: 'Castle Street Dental Practice', address: '9 Castle Street, Higham Ferrers, NN10 8BL' },
      },
      traits: ['dental_group', 'two_column_table', 'acquisition', 'hyphenated_name'],
    } });
  }

  // 035 ---------------------------------------------------------------------------------------------
  {
    const slug = '035-clearview-extension-no-phone';
    const body = `Dear Data Manager,

Our ref: CV-PS-00803

Request: extend current main contact to new practice

Existing practice
- Practice name: Clearview Opticians – Oakham
- ODS: TPF07
- Main contact: Rajinder Bains (rajinder.bains@clearviewopticians.co.uk)
- Address:
  7 Mill Street
  Oakham
  Rutland
  LE15 6EA

New practice (acquired 23/11/2026)
- ODS: TPM93
- Name: Stamford Eyecare
- Address: 31 Ironmonger Street, Stamford, PE9 1PL

Rajinder is the contract holder for both practices.

Kind regards

${clearviewSig('Ruth Aldous', 'Practice Support Administrator')}`;
    const m = message({
      from: { name: 'Support Office – Clearview Opticians', email: 'support.office@clearviewopticians.co.uk' }, to: TO,
      subject: 'Extend main contact – Stamford Eyecare TPM93 – CV-PS-00803',
      date: '2026-11-25T15:03:55Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Verdana'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_extension', org: org('TPF07', 'ophthalmic_practice'),
      fields: {
        existingPractice: { odsCode: 'TPF07', name: 'Clearview Opticians – Oakham', mainContact: person('Rajinder Bains', 'rajinder.bains@clearviewopticians.co.uk'), address: '7 Mill Street, Oakham, Rutland, LE15 6EA', phone: null },
        newPractice: { odsCode: 'TPM93', name: 'Stamford Eyecare', address: '31 Ironmonger Street, Stamford, PE9 1PL' },
      },
      traits: ['optical_chain', 'multi_line_address', 'missing_phone', 'acquisition'],
    } });
  }

  // 036 ---------------------------------------------------------------------------------------------
  {
    const slug = '036-vcmg-branch-setup-table';
    const blocks: Block[] = [
      'Dear PCSE Data Manager team,',
      'We would like to set up access to PCSE Online for a branch practice of Kingsmere Medical Centre. The branch ODS code has been issued by the ODS team and we can forward their PDF report if you need it.',
      'Our ref: VCMG-OPS-2611-052',
      'Details of the main practice',
      { table: [
        ['Name of main practice', 'Kingsmere Medical Centre'], ['Organisation type', 'GP'], ['ODS code', 'J82113'], ['Main contact', 'Oliver Tremlett'],
        ['Main contact email', 'oliver.tremlett@nhs.net'], ['Address', 'Kingsmere Medical Centre, 2 Kingsmere Road, Poole, BH14 9DJ'], ['Telephone', '01632 960 470'],
      ] },
      'Details of the branch practice',
      { table: [
        ['Main contact for the branch', 'Mrs Gail Prentice'], ['Main contact email', 'gail.prentice@nhs.net'], ['Branch ODS code', 'J82113002'],
        ['Branch name', 'Harbour View Surgery'], ['Address', 'Harbour View Surgery, 61 Sandbanks Road, Poole, BH14 8BT'], ['Telephone', '01632 960 475'],
      ] },
      'Many thanks,\nMarta',
      vcmgSig('Marta Nowicka', 'Group Operations Coordinator', '01632 960 451'),
    ];
    const m = message({
      from: { name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }, to: TO,
      subject: 'Set up PCSE Online access for a branch practice – Kingsmere Medical Centre (J82113) – Harbour View branch',
      date: '2026-11-18T10:47:31Z', client: 'nhsmail', idSeed: slug,
      extra: [['Sender', '"Nowicka Marta (VALE & COAST MEDICAL GROUP)" <marta.nowicka@nhs.net>']],
      root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'branch_setup', org: org('J82113', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'J82113', name: 'Kingsmere Medical Centre', mainContact: person('Oliver Tremlett', 'oliver.tremlett@nhs.net'), address: 'Kingsmere Medical Centre, 2 Kingsmere Road, Poole, BH14 9DJ', phone: '01632 960 470' },
        branch: { odsCode: 'J82113002', name: 'Harbour View Surgery', address: 'Harbour View Surgery, 61 Sandbanks Road, Poole, BH14 8BT', phone: '01632 960 475', mainContact: { ...person('Gail Prentice', 'gail.prentice@nhs.net'), title: 'Mrs' } },
      },
      traits: ['super_partnership', 'label_value_table', 'shared_mailbox', 'send_on_behalf'],
    } });
  }

  // 037 ---------------------------------------------------------------------------------------------
  {
    const slug = '037-nhp-branch-setup-letter-only';
    const pdf = await letterPdf(
      { org: 'Northmoor Health Partnership', strap: 'Fourteen surgeries. One partnership.', lines: ['Partnership Support Office', 'Unit 4 Saltwells Business Park', 'Saltwells Road, Netherton', 'Dudley DY2 0AH', '0121 496 0200'], colour: 0.35 },
      {
        ref: 'NHP-SR-2026-0466', date: '30 November 2026', to: ['PCSE Data Manager', 'Primary Care Support England', 'pcse.datamanager@nhs.net'],
        salutation: 'Dear Data Manager team,', heading: 'Set up of access to PCSE Online for a branch practice – Lye Cross Surgery',
        paras: [
          'Following the merger of the former Lye Cross practice into Wollescote Surgery on 16 November 2026, Lye Cross now operates as a branch of Wollescote. We would like to set up access to PCSE Online for the branch.',
          { table: [
            ['Main practice', ''],
            ['Name', 'Wollescote Surgery'],
            ['Organisation type', 'GP'],
            ['ODS code', 'M85060'],
            ['Main contact (held by PCSE)', 'Anita Bhogal'],
            ['Main contact email', 'anita.bhogal@nhs.net'],
            ['Address', 'Wollescote Surgery, 1 Wollescote Road, Stourbridge, DY9 7JL'],
            ['Telephone', '0121 496 0250'],
          ], widths: [170, 325] },
          { table: [
            ['Branch practice', ''],
            ['Branch main contact', 'Mr Daniel Whitehouse'],
            ['Main contact email', 'daniel.whitehouse2@nhs.net'],
            ['Branch ODS code', 'M85060001'],
            ['Branch name', 'Lye Cross Surgery'],
            ['Address', '14 Cross Walks Road, Lye, Stourbridge, DY9 8AA'],
            ['Telephone', '0121 496 0257'],
          ], widths: [170, 325] },
          'Please call Anita Bhogal at Wollescote Surgery to verify these details.',
        ],
        closing: 'Yours sincerely,', signer: 'Andrew Fairbanks', signerLines: ['Chief Operating Officer', 'Northmoor Health Partnership'], signed: true,
        footer: 'Northmoor Health Partnership. Partners: Dr E Ossai, Dr O Fashola, Dr S Whitcombe and others; a list of partners is available from the Partnership Support Office.',
      }, slug, { title: 'Branch set up - Lye Cross Surgery', author: 'Andrew Fairbanks', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-30T12:00:00Z' });
    const body = `Good afternoon,

Please see the attached letter requesting PCSE Online access for our new branch site at Lye Cross, which became a branch of Wollescote Surgery on 16 November following the merger. All the details you asked for in your guidance are in the letter.

Our ref: NHP-SR-2026-0466

Kind regards,

${nhpSig('Gemma Rowbotham', 'Systems & Access Administrator | Workforce & Systems Team', '0121 496 0214', ['Team mailbox: northmoor.systems@nhs.net'])}`;
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      subject: 'Branch practice set up – Lye Cross Surgery (M85060001) – NHP-SR-2026-0466',
      date: '2026-11-30T14:09:12Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('NHP-SR-2026-0466 Lye Cross branch letter.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'branch_setup', org: org('M85060', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'M85060', name: 'Wollescote Surgery', mainContact: person('Anita Bhogal', 'anita.bhogal@nhs.net'), address: 'Wollescote Surgery, 1 Wollescote Road, Stourbridge, DY9 7JL', phone: '0121 496 0250' },
        branch: { odsCode: 'M85060001', name: 'Lye Cross Surgery', address: '14 Cross Walks Road, Lye, Stourbridge, DY9 8AA', phone: '0121 496 0257', mainContact: { ...person('Daniel Whitehouse', 'daniel.whitehouse2@nhs.net'), title: 'Mr' } },
      },
      traits: ['letter_pdf', 'headed_paper', 'values_only_in_pdf', 'super_partnership', 'merger'],
    } });
  }

  // 038 ---------------------------------------------------------------------------------------------
  {
    const slug = '038-prp-branch-setup-code-typo';
    const body = `Good morning,

Reference: PRP/BS/2026/1240

Please could you set up access to PCSE Online for a branch practice of Moorside Health Centre.

Main practice details
- Name of main practice: Moorside Health Centre
- Organisation type: GP
- ODS code: P87612
- Main contact held by PCSE: Dr Rachel Thwaite – rachel.thwaite@nhs.net
- Address: Moorside Health Centre, Moor End Road, Halifax, HX2 0RE
- Telephone: 0113 496 0610

Branch practice details
- Main contact for the branch (incl. title): Ms Shabnam Akhtar
- Email: shabnam.akhtar@nhs.net
- Branch ODS code: P87621001
- Branch name: Ridge Lane Surgery
- Address: 2 Ridge Lane, Luddenden, Halifax, HX2 6PX
- Telephone: 0113 496 0615

Thanks,
Dan

${prpSig('Daniel Kershaw', 'Business Support Officer', '0113 496 0583')}`;
    const m = message({
      from: { name: 'Kershaw Daniel (PENNINE RISE PARTNERSHIP)', email: 'daniel.kershaw3@nhs.net' }, to: TO,
      subject: 'Branch practice access – Moorside Health Centre – Ridge Lane branch [PRP/BS/2026/1240]',
      date: '2026-11-23T09:58:40Z', client: 'nhsmail', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'branch_setup', org: org('P87612', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'P87612', name: 'Moorside Health Centre', mainContact: person('Rachel Thwaite', 'rachel.thwaite@nhs.net'), address: 'Moorside Health Centre, Moor End Road, Halifax, HX2 0RE', phone: '0113 496 0610' },
        branch: { odsCode: 'P87621001', name: 'Ridge Lane Surgery', address: '2 Ridge Lane, Luddenden, Halifax, HX2 6PX', phone: '0113 496 0615', mainContact: { ...person('Shabnam Akhtar', 'shabnam.akhtar@nhs.net'), title: 'Ms' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['super_partnership', 'bulleted_labels', 'transposed_digits', 'honorific_on_main_contact'],
    } });
  }

  // 039 ---------------------------------------------------------------------------------------------
  {
    const slug = '039-federation-main-contact-misdirected';
    const body = `Hi Data Manager team,

On behalf of our member practice Hartshead Surgery (P89031), please could you change the practice's PCSE Online main contact. Their previous main contact retired at the end of October.

New main contact: Mohammed Iqbal, Practice Business Manager
Email: m.iqbal2@nhs.net

The practice is aware we are sending this for them; the federation manages their back-office admin under a service agreement.

Thanks
Hollie

${tamesSig('Hollie Brereton', 'Federation Administrator')}`;
    const m = message({
      from: { name: 'Tamesbridge GP Federation - Central Admin', email: 'tamesbridge.federation@nhs.net' }, to: TO,
      subject: 'Change of main contact – Hartshead Surgery P89031',
      date: '2026-11-26T10:12:17Z', client: 'nhsmail', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_change', org: org('P89031', 'gp_practice'),
      fields: { newMainContact: person('Mohammed Iqbal', 'm.iqbal2@nhs.net') },
      traits: ['misdirected', 'federation', 'initial_in_address'],
    } });
  }

  // 040 ---------------------------------------------------------------------------------------------
  {
    const slug = '040-halewood-question-acquisitions';
    const body = `Dear Data Manager team,

We expect to acquire a further eleven pharmacies between January and March 2027. Before we start sending requests, could you confirm two things:

1. Do we need to send a separate "extend main contact" email for each pharmacy, or can one email cover several if the same main contact is being extended?
2. Can the main contact be a head office colleague who is not based at the pharmacy?

No action is needed yet – this is for planning only.

Kind regards,

${hpgSig('Joanne Critchley', 'Registration & Contracts Officer', '0151 496 0745', 'registrations@halewoodpharmacy.co.uk')}`;
    const m = message({
      from: { name: 'Registrations - Halewood Pharmacy Group', email: 'registrations@halewoodpharmacy.co.uk' }, to: TO,
      subject: 'Question – acquisitions: one email per pharmacy?',
      date: '2026-12-03T16:40:01Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['question', 'pharmacy_chain', 'no_request'] } });
  }

  // 041 ---------------------------------------------------------------------------------------------
  {
    const slug = '041-vcmg-chaser-branch-call';
    const body = `Good morning,

Following up on the above. Your email of 20 November said PCSE would call Kingsmere Medical Centre to verify the Harbour View branch details, but nobody at the practice has received a call yet. Could you let us know when to expect it, or whether there is anything else you need from us?

Our ref: VCMG-OPS-2611-052

Thanks,
Marta

${vcmgSig('Marta Nowicka', 'Group Operations Coordinator', '01632 960 451')}

________________________________
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 20 November 2026 13:05
To: VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J) <vcmg.groupoperations@nhs.net>
Subject: PCSE-2026-005102 Branch practice set up – Kingsmere Medical Centre (J82113)

Thank you for your request. Your reference is PCSE-2026-005102. A member of the team will call the practice to verify the information provided before the branch is set up.`;
    const m = message({
      from: { name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }, to: TO,
      subject: 'RE: PCSE-2026-005102 Branch practice set up – Kingsmere Medical Centre (J82113)',
      date: '2026-12-02T09:34:27Z', client: 'nhsmail', idSeed: slug,
      extra: [['Sender', '"Nowicka Marta (VALE & COAST MEDICAL GROUP)" <marta.nowicka@nhs.net>']],
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['chaser', 'pcse_reference', 'own_reference', 'quoted_pcse_reply'] } });
  }

  // 042 ---------------------------------------------------------------------------------------------
  {
    const slug = '042-bounce-old-practice-mailbox';
    const human = `Delivery has failed to these recipients or groups:

halewood.garston@halewoodpharmacy.co.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

halewood.garston@halewoodpharmacy.co.uk
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: halewood.garston@halewoodpharmacy.co.uk
Subject: PCSE-2026-004871 Your practice email address has been updated
Date: Thu, 3 Dec 2026 10:14:52 +0000
Message-ID: <LO2P265MB5432PCSE004871@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 3 Dec 2026 10:14:53 +0000

Final-Recipient: rfc822;halewood.garston@halewoodpharmacy.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`;
    const headers = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: halewood.garston@halewoodpharmacy.co.uk
Subject: PCSE-2026-004871 Your practice email address has been updated
Date: Thu, 3 Dec 2026 10:14:52 +0000
Message-ID: <LO2P265MB5432PCSE004871@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"`;
    const root = multipart('report', [
      text(human),
      { headers: [['Content-Type', 'message/delivery-status']], body: status.replace(/\n/g, '\r\n') },
      { headers: [['Content-Type', 'text/rfc822-headers']], body: headers.replace(/\n/g, '\r\n') },
    ], slug, '; report-type=delivery-status');
    const m = message({
      from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' }, to: TO,
      subject: 'Undeliverable: PCSE-2026-004871 Your practice email address has been updated',
      date: '2026-12-03T10:14:55Z', client: 'postmaster', idSeed: slug,
      extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']], root,
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', ignored: 'bounce', org: null, fields: {}, traits: ['bounce', 'ndr', 'pcse_reference'] } });
  }

  // 043 ---------------------------------------------------------------------------------------------
  {
    const slug = '043-nhp-digital-practice-email-table';
    const blocks: Block[] = [
      'Hello,',
      'Update practice email address – Cradley Lane Surgery',
      { table: [['Practice name', 'Cradley Lane Surgery'], ['Practice code', 'M85021'], ['Current practice email address', 'cradleylane.surgery@nhs.net'], ['New practice email address', 'northmoor.cradleylane@nhs.net']] },
      'The new address is a shared NHSmail mailbox created under the Partnership\'s naming standard (northmoor.<site>@nhs.net). The old mailbox will stay open until the end of January to catch stragglers.',
      'Internal ticket: NHP-IT-7731',
      'Thanks,\nAaron',
      nhpSig('Aaron Webb', 'Digital Services Lead | Digital Team', '0121 496 0260', ['Digital Team mailbox: northmoor.digital@nhs.net']),
    ];
    const m = message({
      from: { name: 'Northmoor Health Partnership - Digital Team', email: 'northmoor.digital@nhs.net' }, to: TO,
      subject: 'Update practice email address',
      date: '2026-12-04T11:51:08Z', client: 'nhsmail', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('M85021', 'gp_practice'),
      fields: { currentEmail: 'cradleylane.surgery@nhs.net', newEmail: 'northmoor.cradleylane@nhs.net' },
      traits: ['it_team', 'label_value_table', 'generic_subject', 'shared_mailbox'],
    } });
  }

  return out;
}
