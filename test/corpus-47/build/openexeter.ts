// openexeter mail of corpus 47.
import { NHS_FOOTER, type Mail } from './lib.js';
import { oeFormFillable, oeFormFlat } from './pdfs.js';
import { oeHandScan } from './scans.js';

const P = (name: string | null, email: string | null) => ({ name, email });

export async function openExeterMails(): Promise<Mail[]> {
  const mails: Mail[] = [];
  const oe = (m: Omit<Mail, 'mailbox'>): void => { mails.push({ ...m, mailbox: 'openexeter' }); };

  // 1 primary user, GP, fillable form signed by a GP partner
  {
    const pdf = await oeFormFillable({
      orgKind: 'gp', orgName: "St Luke's Surgery", orgCode: 'G82113', address: '5 Cheriton Road, Folkestone, Kent CT20 1DB',
      nomineeName: 'Abena Mensah', nomineeJob: 'Site Manager (Hythe)', nomineeEmail: 'abena.mensah2@nhs.net', nomineePhone: '01303 266 410',
      signatoryName: 'Dr Paul Ferris', signatoryCapacity: 'GP Partner', signatoryEmail: 'paul.ferris@nhs.net', signed: true, date: '09/11/2026',
    });
    oe({
      slug: 'primary-user-st-lukes-acroform', from: 'Paul Ferris <paul.ferris@nhs.net>',
      subject: 'Open Exeter primary user form', date: 'Mon, 9 Nov 2026 08:48:31 +0000',
      text: `Hello,

Please find attached a Primary User request for Abena Mensah, who will manage Open Exeter access for our new Hythe site as well as the main surgery.

Regards
Dr Paul Ferris
GP Partner, St Luke's Surgery
${NHS_FOOTER}`,
      attachments: [{ filename: 'OE Primary User - A Mensah.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'G82113', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Abena Mensah', 'abena.mensah2@nhs.net'), signatory: { name: 'Paul Ferris', email: 'paul.ferris@nhs.net', role: 'gp_partner' } },
        mustRaise: [], traits: ['pdf_acroform', 'two_page_form', 'apostrophe_name', 'see_attached'],
      },
    });
  }

  // 2 primary user, GP, handwritten form scanned, Lead GP
  {
    const pdf = await oeHandScan();
    oe({
      slug: 'primary-user-canal-side-hand-scan', from: 'Gemma Fairweather <gemma.fairweather@nhs.net>',
      subject: 'OE form', date: 'Fri, 13 Nov 2026 15:31:02 +0000',
      text: `Hi, signed form attached for me as Primary User - our previous primary user stayed with the old practice when we split. Thanks, Gemma
`,
      attachments: [{ filename: 'Scan 13 Nov 2026.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'E85617', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Gemma Louise Fairweather', 'gemma.fairweather@nhs.net'), signatory: { name: 'Tariq Mahmood', email: 'tariq.mahmood@nhs.net', role: 'lead_gp' } },
        mustRaise: [], traits: ['pdf_scan', 'handwriting', 'two_page_form', 'terse', 'self_nomination'],
      },
    });
  }

  // 3 primary user, other organisation, flat PDF signed by the Caldicott Guardian, no code
  {
    const pdf = await oeFormFlat({
      orgKind: 'other', orgName: 'Tameside Sexual Health Service (Ashton hub)', orgCode: 'n/a - new service', address: 'Ashton Primary Care Centre, 193 Old Street, Ashton-under-Lyne OL6 7SR',
      nomineeName: 'Nadia Hussain', nomineeJob: 'Clinical Administration Lead', nomineeEmail: 'nadia.hussain9@nhs.net', nomineePhone: '0161 342 7000 ext 4410',
      signatoryName: 'Dr Jonathan Whitfield', signatoryCapacity: 'Caldicott Guardian', signatoryEmail: 'jonathan.whitfield@nhs.net', signed: true, date: '17 November 2026',
    });
    oe({
      slug: 'primary-user-other-org-flat', from: 'Nadia Hussain <nadia.hussain9@nhs.net>',
      subject: 'Primary User request - non GP organisation', date: 'Tue, 17 Nov 2026 14:00:26 +0000',
      text: `Dear Open Exeter team,

Our sexual health service has moved to the new Ashton hub and we need a Primary User for cervical screening results. The form is attached, signed by our Caldicott Guardian. We have not yet been given an organisation code for the hub.

Kind regards
Nadia Hussain
Clinical Administration Lead
`,
      attachments: [{ filename: 'Open Exeter PU form signed.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: P('Nadia Hussain', 'nadia.hussain9@nhs.net'), signatory: { name: 'Jonathan Whitfield', email: 'jonathan.whitfield@nhs.net', role: 'caldicott_guardian' } },
        mustRaise: [], traits: ['pdf_flat', 'non_gp_organisation', 'no_code', 'relocation'],
      },
    });
  }

  // 4 primary user signed by the practice manager
  {
    const pdf = await oeFormFillable({
      orgKind: 'gp', orgName: 'Brookside Health Centre', orgCode: 'C83019', address: '22 Brook Street, Boston PE21 8RZ',
      nomineeName: 'Tom Whitlock', nomineeJob: 'Site Manager, Kirton Surgery', nomineeEmail: 'tom.whitlock@nhs.net', nomineePhone: '01205 722300',
      signatoryName: 'Janet Cole', signatoryCapacity: 'Practice Manager', signatoryEmail: 'janet.cole@nhs.net', signed: true, date: '24/11/2026',
    });
    oe({
      slug: 'primary-user-brookside-pm-signed', from: 'Janet Cole <janet.cole@nhs.net>',
      subject: 'Open Exeter - additional primary user for Kirton site', date: 'Tue, 24 Nov 2026 11:19:40 +0000',
      text: `Hello,

Attached is the form for Tom Whitlock to become a second Primary User now we have the Kirton branch. I have signed it as practice manager as the partners are all on leave this week.

Janet Cole
Practice Manager
Brookside Health Centre
`,
      attachments: [{ filename: 'OpenExeter_PU_TWhitlock.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'C83019', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Tom Whitlock', 'tom.whitlock@nhs.net'), signatory: { name: 'Janet Cole', email: 'janet.cole@nhs.net', role: 'other' } },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_acroform', 'practice_manager_signatory', 'branch'],
      },
    });
  }

  // 5 primary user for a GP branch, form unsigned
  {
    const pdf = await oeFormFillable({
      orgKind: 'gp', orgName: 'Willows at Druids Heath', orgCode: 'M85042001', address: 'Druids Heath Health Centre, 2 Pound Road, Birmingham, B14 5SB',
      nomineeName: 'Sandra Okafor', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'sandra.okafor@nhs.net', nomineePhone: '0121 496 0990',
      signatoryName: 'Dr Michael Brennan', signatoryCapacity: 'Caldicott Guardian', signatoryEmail: 'michael.brennan@nhs.net', signed: false, date: '',
    });
    oe({
      slug: 'primary-user-branch-unsigned', from: 'Sandra Okafor <sandra.okafor@nhs.net>',
      subject: 'Primary user form - Druids Heath branch', date: 'Wed, 2 Dec 2026 16:37:29 +0000',
      text: `Hi,

Please find the primary user form for our branch attached. Dr Brennan is our Caldicott Guardian.

Thanks
Sandra Okafor
Assistant Practice Manager
Willows at Druids Heath (branch of The Willows Medical Practice)
`,
      attachments: [{ filename: 'PU form Druids Heath.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'M85042001', type: 'gp_branch' },
        fields: { organisationKind: 'gp_practice', nominee: P('Sandra Okafor', 'sandra.okafor@nhs.net'), signatory: { name: 'Michael Brennan', email: 'michael.brennan@nhs.net', role: 'caldicott_guardian' } },
        mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'unsigned_form', 'branch_code'],
      },
    });
  }

  // 6 additional permissions from a GP partner
  oe({
    slug: 'permissions-partner', from: 'Dr Imran Qureshi <imran.qureshi1@nhs.net>',
    subject: 'Additional permissions - Open Exeter', date: 'Thu, 26 Nov 2026 09:58:14 +0000',
    text: `Dear PCSE,

As a GP Partner at Ashworth & Partners (P87621) I'd like to request additional Open Exeter permissions for Lauren Heywood, who now supervises our Norden branch.

User: Lauren Heywood
Open Exeter user ID: P87621LH
Email: lauren.heywood@nhs.net
Permissions needed: Cervical Screening Prior Notification List, Cervical Screening Non-Responder List

Thank you

Dr Imran Qureshi
Senior Partner
${NHS_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'P87621', type: 'gp_practice' },
      fields: {
        user: { name: 'Lauren Heywood', email: 'lauren.heywood@nhs.net', username: 'P87621LH' },
        permissions: ['Cervical Screening Prior Notification List', 'Cervical Screening Non-Responder List'],
        signatory: { name: 'Imran Qureshi', email: 'imran.qureshi1@nhs.net', role: 'gp_partner' },
      },
      mustRaise: [], traits: ['labelled_lines', 'ampersand_name', 'two_permissions'],
    },
  });

  // 7 additional permissions from a personal (non-NHS) address
  oe({
    slug: 'permissions-lead-gp-gmail', from: 'Fiona McTavish <fiona.mctavish.ely@gmail.com>', client: 'gmail',
    subject: 'Open Exeter access for Parkside staff', date: 'Sat, 28 Nov 2026 20:14:09 +0000',
    text: `Hi,

Sorry to send from my home account - I can't get into NHSmail from here. I'm Lead GP at Abbey Lane Surgery (D81021), which has just taken over Parkside Surgery.

Please could you add the Prior Notification List (PNL) permission to our receptionist Chloe Barnard's Open Exeter account (username D81021CB, email chloe.barnard@nhs.net) so she can cover Parkside's lists.

Many thanks
Dr Fiona McTavish
Lead GP, Abbey Lane Surgery
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'D81021', type: 'gp_practice' },
      fields: {
        user: { name: 'Chloe Barnard', email: 'chloe.barnard@nhs.net', username: 'D81021CB' },
        permissions: ['Prior Notification List (PNL)'],
        signatory: { name: 'Fiona McTavish', email: 'fiona.mctavish.ely@gmail.com', role: 'lead_gp' },
      },
      mustRaise: ['sender_not_nhs'], traits: ['personal_address', 'prose', 'takeover'],
    },
  });

  // 8 new user notification from Open Exeter
  oe({
    slug: 'new-user-notification-system', from: 'Open Exeter <open.exeter@nhs.net>', client: 'notify',
    subject: 'Open Exeter: new user created - authorisation required', date: 'Mon, 30 Nov 2026 06:02:11 +0000',
    text: `OPEN EXETER - ORGANISATION MAINTENANCE NOTIFICATION

A new user account has been created and requires authorisation by PCSE.

Organisation:      G82113  ST LUKES SURGERY
New user name:     HOLLOWAY, REBECCA
User ID:           G82113RH
Email:             rebecca.holloway5@nhs.net
Created by:        MENSAH, ABENA (G82113AM)
Created on:        29/11/2026 17:44

This is an automatically generated message. Please do not reply.
`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'G82113', type: 'gp_practice' },
      fields: { user: { name: 'Rebecca Holloway', email: 'rebecca.holloway5@nhs.net', username: 'G82113RH' }, createdBy: P('Abena Mensah', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_capitals'],
    },
  });

  // 9 new user notification forwarded by the primary user
  oe({
    slug: 'new-user-notification-forwarded', from: 'Gemma Fairweather <gemma.fairweather@nhs.net>',
    subject: 'FW: Open Exeter: new user created - authorisation required', date: 'Tue, 1 Dec 2026 10:26:58 +0000',
    text: `Hi, I set this user up yesterday for our new receptionist but she hasn't had a password yet - could you authorise please? Thanks Gemma

-----Original Message-----
From: Open Exeter <open.exeter@nhs.net>
Sent: 30 November 2026 16:12
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Cc: Gemma Fairweather <gemma.fairweather@nhs.net>
Subject: Open Exeter: new user created - authorisation required

OPEN EXETER - ORGANISATION MAINTENANCE NOTIFICATION

A new user account has been created and requires authorisation by PCSE.

Organisation:      E85617  CANAL SIDE MEDICAL PRACTICE
New user name:     DA SILVA, BEATRIZ
User ID:           E85617BD
Email:             beatriz.dasilva@nhs.net
Created by:        FAIRWEATHER, GEMMA (E85617GF)
Created on:        30/11/2026 16:10

This is an automatically generated message. Please do not reply.
`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'E85617', type: 'gp_practice' },
      fields: { user: { name: 'Beatriz Da Silva', email: 'beatriz.dasilva@nhs.net', username: 'E85617BD' }, createdBy: P('Gemma Fairweather', 'gemma.fairweather@nhs.net') },
      mustRaise: [], traits: ['forwarded_notification', 'surname_first_capitals', 'name_particle'],
    },
  });

  // 10 main contact extension sent to openexeter
  oe({
    slug: 'extension-misdirected-optical', from: 'Kieran Doyle <kieran.doyle2@nhs.net>',
    subject: 'Extend main contact to new store', date: 'Thu, 3 Dec 2026 13:03:33 +0000',
    text: `Hi,

We'd like our current main contact extended to our new store please.

Existing:
The Eye Studio, TPM44
Main contact - Mrs Yasmin Choudhury, yasmin.choudhury@nhs.net
22 Queen's Road, Clifton, Bristol BS8 1QE
0117 929 4410

New:
The Eye Studio Southville, TPN18
140 North Street, Southville, Bristol BS3 1HP

Thanks,
Kieran Doyle
Area Manager
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPM44', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: { odsCode: 'TPM44', name: 'The Eye Studio', mainContact: P('Yasmin Choudhury', 'yasmin.choudhury@nhs.net'), address: "22 Queen's Road, Clifton, Bristol BS8 1QE", phone: '0117 929 4410' },
        newPractice: { odsCode: 'TPN18', name: 'The Eye Studio Southville', address: '140 North Street, Southville, Bristol BS3 1HP' },
      },
      mustRaise: [], traits: ['misdirected', 'unlabelled_lines', 'name_code_same_line', 'sender_not_subject'],
    },
  });

  // 11 genuine question
  oe({
    slug: 'question-branch-oe', from: 'Sandra Okafor <sandra.okafor@nhs.net>',
    subject: 'Does our branch need its own Open Exeter organisation?', date: 'Fri, 4 Dec 2026 09:40:00 +0000',
    text: `Hello,

Our branch now has its own ODS code (M85042001). Do we need separate Open Exeter primary users for the branch, or can the main practice's primary users see the branch's patients too? We don't want to duplicate forms if we don't need to.

Thanks
Sandra
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'branch'],
    },
  });

  // 12 auto-reply
  oe({
    slug: 'auto-reply-out-of-office', from: 'Dr Tariq Mahmood <tariq.mahmood@nhs.net>',
    subject: 'Automatic reply: Open Exeter primary user request [PCSE-2026-031988]', date: 'Mon, 7 Dec 2026 08:00:02 +0000',
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I am away from the practice until 4 January 2027. For urgent clinical matters please contact the duty doctor via reception on 020 8568 7200.

Dr T Mahmood
`,
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: [], traits: ['auto_reply', 'case_reference'],
    },
  });

  return mails;
}
