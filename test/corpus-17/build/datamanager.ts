// datamanager: practice email addresses, branches, main contacts after mergers, and changes that are no case kind.
import { compose, email, exp, NHSMAIL_FOOTER, org, PRACTICE_CONFIDENTIALITY, TRUST_DISCLAIMER } from './compose.js';
import { attachment, type CorpusEmail, hardWrap, p, PCSE } from './lib.js';
import { type FormSpec, formPdf } from './pdfs.js';

const DM = [PCSE.dm];
const MB = 'datamanager' as const;

function branchForm(v: {
  main: { name: string; code: string; contact: string; contactEmail: string; address: string; phone: string };
  branch: { contact: string; contactEmail: string; code: string; name: string; address: string; phone: string };
}): FormSpec {
  const f = (label: string, value: string) => ({ t: 'field' as const, label, value });
  return {
    header: ['Hollins Park Medical Centre'],
    title: 'Request to set up a GP branch on PCSE Online',
    subtitle: 'To: PCSE Data Management (pcse.datamanager@nhs.net)',
    intro: ['We would like to set up access to PCSE Online for our new branch practice. Our branch ODS code has been issued by the ODS team (report attached to our covering email on request).'],
    sections: [
      {
        heading: 'Details of main practice',
        rows: [
          f('Name of main practice', v.main.name), f('Organisation type', 'GP'), f('ODS code of main practice', v.main.code),
          f('Main contact held by PCSE', v.main.contact), f('Main contact email', v.main.contactEmail), f('Main practice address', v.main.address), f('Main practice telephone', v.main.phone),
        ],
      },
      {
        heading: 'Details of branch practice',
        rows: [
          f('Main contact for branch (incl. title)', v.branch.contact), f('Email of branch main contact', v.branch.contactEmail), f('Branch ODS code', v.branch.code),
          f('Name of branch', v.branch.name), f('Branch address', v.branch.address), f('Branch telephone', v.branch.phone),
        ],
      },
    ],
    footer: 'Completed by: Stephen Ackroyd, Practice Business Manager, 18 November 2026',
  };
}

export async function datamanager(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ---------------------------------------------------------------- old and new address, Thunderbird hard wrap
  {
    const slug = '001-practice-email-update-thunderbird-wrapped';
    const text = hardWrap(`Dear Data Manager,

Please update the practice email address PCSE holds for Lindley Moor Surgery, practice code B85033. Our current practice email address is lindleymoorsurgery@nhs.net and the new practice email address is wyicb-kir.lindleymooradmin@nhs.net

The old mailbox will be closed at the end of the month when we move over to the ICB's naming scheme, so please send confirmation to the new address.

Regards

Trevor Haigh
IT and Facilities Lead
Lindley Moor Surgery, 6 Lindley Moor Road, Huddersfield HD3 3RT
01484 652 100
`, 72);
    const { eml } = compose({
      client: 'thunderbird', text, textOpts: { flowed: false, charset: 'utf-8', cte: '7bit' },
      env: { seed: slug, from: { name: 'Trevor Haigh', email: 'trevor.haigh@nhs.net' }, to: DM, subject: 'Update practice email address', date: '2026-11-09T11:37:00Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('practice_email_update', org('B85033', 'gp_practice'), { currentEmail: 'lindleymoorsurgery@nhs.net', newEmail: 'wyicb-kir.lindleymooradmin@nhs.net' }, [], ['thunderbird', 'hard_wrapped', 'address_on_wrapped_line', 'subject_as_guidance']), []));
  }

  // 002 ---------------------------------------------------------------- only the new address
  {
    const slug = '002-practice-email-update-new-only';
    const text = `Good morning,

Update practice email address - Hollybush Lane Surgery (N85027)

Our practice email address is changing to hollybushlane.surgery@nhs.net as the old shared mailbox is being decommissioned by our IT provider next week. Please update your records.

Kind regards

Margaret Ellwood
Practice Manager
Hollybush Lane Surgery, Hollybush Lane, Wallasey CH44 5XB
Tel: 0151 630 2211

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Margaret Ellwood', email: 'margaret.ellwood@nhs.net' }, to: DM, subject: 'Update practice email address - N85027', date: '2026-11-10T09:15:22Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('practice_email_update', org('N85027', 'gp_practice'), { currentEmail: null, newEmail: 'hollybushlane.surgery@nhs.net' }, [], ['new_address_only', 'old_address_unnamed']), []));
  }

  // 003 ---------------------------------------------------------------- new address is the practice manager's own mailbox
  {
    const slug = '003-practice-email-update-individual-mailbox';
    const text = `Hi,

Please change our practice email from kirkgate.surgery@nhs.net to my address, samantha.greenhalgh@nhs.net - nobody really monitors the shared inbox and we keep missing things from PCSE.

Practice: Kirkgate Surgery, B87041

Thanks
Sam Greenhalgh
Practice Manager`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Samantha Greenhalgh', email: 'samantha.greenhalgh@nhs.net' }, to: DM, subject: 'practice email', date: '2026-11-11T15:48:05Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('practice_email_update', org('B87041', 'gp_practice'), { currentEmail: 'kirkgate.surgery@nhs.net', newEmail: 'samantha.greenhalgh@nhs.net' }, ['individual_mailbox'], ['individual_mailbox', 'short_name_in_signature']), []));
  }

  // 004 ---------------------------------------------------------------- practice renamed; new address with it; iso-8859-1
  {
    const slug = '004-practice-email-update-renamed-practice-latin1';
    const text = `Dear PCSE Data Management,

Following the partners' decision to rename the practice, Church Street Surgery is now Minster Vale Medical Practice. Our practice code (H85044) has not changed.

As part of the change our practice email address has changed from churchstreet.surgery@nhs.net to minstervale.practice@nhs.net. Please update the practice email address on PCSE Online.

Many thanks

Renée Lacroix
Operations Manager
Minster Vale Medical Practice
(formerly Church Street Surgery)
Church Street, Beverley HU17 9AP`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text, textOpts: { charset: 'iso-8859-1', cte: 'quoted-printable', quoteCharset: true },
      htmlOpts: { charset: 'utf-8', cte: 'quoted-printable', quoteCharset: true },
      env: { seed: slug, from: { name: 'Renée Lacroix', email: 'renee.lacroix@nhs.net', enc: { mode: 'Q', charset: 'iso-8859-1' } }, to: DM, subject: 'Change of practice name and email address - H85044', date: '2026-11-12T10:20:49Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('practice_email_update', org('H85044', 'gp_practice'), { currentEmail: 'churchstreet.surgery@nhs.net', newEmail: 'minstervale.practice@nhs.net' }, [], ['practice_renamed', 'iso_8859_1', 'rfc2047_name_latin1', 'two_practice_names']), []));
  }

  // 005 ---------------------------------------------------------------- branch set-up, Word-exported form with label and value columns
  {
    const slug = '005-branch-setup-word-table-pdf';
    const pdf = await formPdf(branchForm({
      main: { name: 'Hollins Park Medical Centre', code: 'P82011', contact: 'Mr Stephen Ackroyd', contactEmail: 'stephen.ackroyd@nhs.net', address: 'Hollins Lane, Atherton, Manchester M46 0AY', phone: '01942 671 200' },
      branch: { contact: 'Mrs Anita Chaudhry', contactEmail: 'anita.chaudhry@nhs.net', code: 'P82011002', name: 'Hollins Park Medical Centre - Westleigh Branch', address: 'Westleigh Lane, Leigh WN7 5JE', phone: '01942 671 300' },
    }), 'columns', { date: '2026-11-18T12:00:00Z', title: 'Branch set up request', author: 'Stephen Ackroyd' });
    const text = `Dear Data Management team,

Please see the attached document with the details of our new branch for setting up on PCSE Online.

We are available to take your verification call on the main practice number any weekday morning.

Kind regards

Stephen Ackroyd
Practice Business Manager
Hollins Park Medical Centre

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Stephen Ackroyd', email: 'stephen.ackroyd@nhs.net' }, to: DM, subject: 'New branch set up - Hollins Park Medical Centre', date: '2026-11-18T12:16:30Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'Branch set up request - Westleigh.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('branch_setup', org('P82011', 'gp_practice'), {
      mainPractice: { odsCode: 'P82011', name: 'Hollins Park Medical Centre', mainContact: p('Stephen Ackroyd', 'stephen.ackroyd@nhs.net'), address: 'Hollins Lane, Atherton, Manchester M46 0AY', phone: '01942 671 200' },
      branch: { odsCode: 'P82011002', name: 'Hollins Park Medical Centre - Westleigh Branch', address: 'Westleigh Lane, Leigh WN7 5JE', phone: '01942 671 300', mainContact: { ...p('Anita Chaudhry', 'anita.chaudhry@nhs.net'), title: 'Mrs' } },
    }, [], ['pdf_word_columns', 'see_attached', 'everything_in_pdf']), [{ file: slug, what: 'Branch set-up request exported from Word: label column written before value column' }]));
  }

  // 006 ---------------------------------------------------------------- branch set-up in a formal letter; the branch code is not the main code + 3 digits
  {
    const slug = '006-branch-setup-letter-code-mismatch';
    const text = `Our ref: AM/PCSE/112
Your ref:
Date: 19 November 2026

Dear PCSE Data Manager

Set up of branch practice on PCSE Online - Thornhill Medical Practice

We would like to set up access to PCSE Online for our new branch practice, which opens on 1 December. The details are as follows.

Main practice
Name: Thornhill Medical Practice
Organisation type: GP
ODS code: K84055
Main contact: Dr Alistair Munro
Main contact email: alistair.munro@nhs.net
Address: Thornhill Road, Banbury OX16 9DF
Telephone: 01295 270 100

Branch practice
Main contact: Dr Fraser Quigley
Main contact email: fraser.quigley@nhs.net
Branch ODS code: K84505001
Branch name: Thornhill at Bodicote
Address: 2 High Street, Bodicote, Banbury OX15 4BN
Telephone: 01295 270 190

Yours sincerely

Dr Alistair Munro
Senior Partner, Thornhill Medical Practice

${TRUST_DISCLAIMER('Thornhill Medical Practice')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Munro Alistair (Dr)', email: 'alistair.munro@nhs.net' }, to: DM, subject: 'Branch practice set up - K84055 - Our ref AM/PCSE/112', date: '2026-11-19T16:30:12Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('branch_setup', org('K84055', 'gp_practice'), {
      mainPractice: { odsCode: 'K84055', name: 'Thornhill Medical Practice', mainContact: p('Alistair Munro', 'alistair.munro@nhs.net'), address: 'Thornhill Road, Banbury OX16 9DF', phone: '01295 270 100' },
      branch: { odsCode: 'K84505001', name: 'Thornhill at Bodicote', address: '2 High Street, Bodicote, Banbury OX15 4BN', phone: '01295 270 190', mainContact: { ...p('Fraser Quigley', 'fraser.quigley@nhs.net'), title: 'Dr' } },
    }, ['branch_code_mismatch'], ['our_ref_your_ref', 'formal_letter', 'label_value', 'transposed_branch_code']), []));
  }

  // 007 ---------------------------------------------------------------- merger: extend the existing main contact to the merged-in practice
  {
    const slug = '007-main-contact-extension-merger';
    const text = `Dear colleagues,

Extension of Main Contact to a new practice

Eastfield Medical Practice merged with Northcroft Surgery on 1 November. Northcroft keeps its own ODS code for now, and we would like to extend our current Main Contact to it so that one person manages supplies and records for both sites.

Existing practice
- Practice name: Eastfield Medical Practice
- ODS code: C84033
- Main contact: Ms Deborah Okoro (deborah.okoro@nhs.net)
- Address: Eastfield Road, Mansfield NG18 2QT
- Telephone: 01623 651 000

New practice
- ODS code: C84617
- Practice name: Northcroft Surgery
- Address: 14 Northcroft Road, Mansfield Woodhouse NG19 9HQ

Northcroft's reception can take your verification call on 01623 651 500.

Kind regards

Deborah Okoro
Practice Manager (Eastfield and Northcroft)

${PRACTICE_CONFIDENTIALITY}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Deborah Okoro', email: 'deborah.okoro@nhs.net' }, to: DM, subject: 'Extend main contact to new practice following merger - C84033 / C84617', date: '2026-11-20T10:48:36Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_extension', org('C84033', 'gp_practice'), {
      existingPractice: { odsCode: 'C84033', name: 'Eastfield Medical Practice', mainContact: p('Deborah Okoro', 'deborah.okoro@nhs.net'), address: 'Eastfield Road, Mansfield NG18 2QT', phone: '01623 651 000' },
      newPractice: { odsCode: 'C84617', name: 'Northcroft Surgery', address: '14 Northcroft Road, Mansfield Woodhouse NG19 9HQ' },
    }, [], ['merger', 'bulleted_blocks', 'two_codes', 'distractor_phone']), []));
  }

  // 008 ---------------------------------------------------------------- misdirected: main contact change for a pharmacy, third-person introduction
  {
    const slug = '008-misdirected-main-contact-change-pharmacy';
    const text = `Dear Data Manager,

I am pleased to introduce Mr Idris Bakare, who joined Valley Road Pharmacy (FK731) this month as Operations Manager. Idris will be responsible for our PCSE supplies orders and should replace me as the pharmacy's Main Contact on PCSE Online. His email address is idris.bakare@nhs.net.

With thanks

Sunita Mehra MRPharmS
Superintendent Pharmacist
Valley Road Pharmacy, 88 Valley Road, Sheffield S8 9FT

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Sunita Mehra', email: 'sunita.mehra@nhs.net' }, to: DM, subject: 'Main contact - Valley Road Pharmacy', date: '2026-11-20T13:05:19Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('FK731', 'pharmacy'), { newMainContact: p('Idris Bakare', 'idris.bakare@nhs.net') }, [], ['misdirected', 'third_person_introduction', 'pharmacy', 'sender_is_outgoing_contact']), []));
  }

  // 009 ---------------------------------------------------------------- a branch closes: no case kind
  {
    const slug = '009-unclassified-branch-closure';
    const text = `Hello,

Our branch surgery at Low Moor (B85033001) will close permanently on 31 December 2026 and all patients will be seen at the main site. Please remove the branch from PCSE Online from that date and let us know if you need anything further.

Regards

Trevor Haigh
IT and Facilities Lead
Lindley Moor Surgery`;
    const { eml } = compose({
      client: 'thunderbird', text: hardWrap(text, 72, true), textOpts: { flowed: true, charset: 'utf-8', cte: '7bit' },
      env: { seed: slug, from: { name: 'Trevor Haigh', email: 'trevor.haigh@nhs.net' }, to: DM, subject: 'Branch closure - Low Moor', date: '2026-11-23T11:02:00Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['branch_closure', 'not_a_kind', 'thunderbird', 'format_flowed']), []));
  }

  // 010 ---------------------------------------------------------------- practice renamed only: no case kind
  {
    const slug = '010-unclassified-practice-name-change';
    const text = `Dear PCSE,

Please note that with effect from 1 December 2026 Abbeydale Surgery (C86019) will be known as Abbeydale & Millhouses Health Centre. The practice code, address, telephone number and email address are all unchanged.

Please could you update the practice name on your systems.

Kind regards

Helen Rushworth
Practice Manager

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Helen Rushworth', email: 'helen.rushworth@nhs.net' }, to: DM, subject: 'Change of practice name - C86019', date: '2026-11-24T09:41:27Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['practice_renamed', 'not_a_kind']), []));
  }

  // 011 ---------------------------------------------------------------- a question about branch codes
  {
    const slug = '011-unclassified-question-branch-code';
    const text = `Hi there,

We are opening a second site in the spring. How do we get an ODS code for the branch, and do we need one before we can ask you to set it up on PCSE Online? Is there a form we should complete?

Thanks in advance,
Yusuf Adebayo
Deputy Practice Manager, Parkgate Health Centre`;
    const { eml } = compose({
      client: 'apple', text: hardWrap(text, 72), textOpts: { charset: 'us-ascii', cte: '7bit' },
      env: { seed: slug, from: { name: 'Yusuf Adebayo', email: 'yusuf.adebayo@nhs.net' }, to: DM, subject: 'Question - new branch', date: '2026-11-25T14:55:03Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['question', 'not_a_kind']), []));
  }

  return out;
}
