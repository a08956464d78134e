/** The forms attached to corpus 7's emails: what each practice or service filled in, and how it sent the form. */
import {
  GPP_CERT_INTRO, GPP_CERT_TITLE, OE_GP, OE_INTRO, OE_OTHER, oeGpSignatories, oeOtherSignatories, type FormField, type FormSpec,
} from './pdfs.js';

const f = (label: string, value: string, name?: string, extra: Partial<FormField> = {}): FormField => ({ label, value, ...(name ? { name } : {}), ...extra });
const sig = (label: string, value: string, name?: string): FormField => f(label, value, name, { signature: true });
const tick = (label: string, on: boolean, name?: string): FormField => f(label, on ? 'X' : '', name, { tick: true });

export const FORMS: FormSpec[] = [
  {
    file: 'c7-gpp-brookside-acro.pdf', title: GPP_CERT_TITLE, intro: GPP_CERT_INTRO, layout: 'acro',
    sections: [
      { heading: 'Part 1 - Practice User Administrator to be set up', fields: [
        f('Practice name', 'Brookside Surgery', 'txtPracticeName'),
        f('Practice ODS code', 'L83045', 'txtODSCode'),
        f('Full name', 'Callum Fry', 'txtNomineeName'),
        f('Job title', 'Finance Assistant', 'txtNomineeJobTitle'),
        f('Email address', 'callum.fry2@nhs.net', 'txtNomineeEmail'),
        f('Telephone', '01392 458 700', 'txtNomineePhone'),
      ] },
      { heading: 'Part 2 - Authorisation by an organisation approver', fields: [
        f('Approver name', 'Dr Nadia Rahman', 'txtApproverName'),
        f('Position', 'GP Partner', 'txtApproverPosition'),
        f('Email address', 'nadia.rahman@nhs.net', 'txtApproverEmail'),
        sig('Signature', 'N Rahman', 'txtApproverSignature'),
        f('Date', '01/12/2026', 'txtDate'),
      ] },
    ],
  },
  {
    file: 'c7-gpp-trewithen-scan.pdf', title: GPP_CERT_TITLE, intro: GPP_CERT_INTRO, layout: 'scan',
    scan: { hand: 'HandCaps', caps: true, signature: 'ink', rotate: 1.1, seed: 705 },
    sections: [
      { heading: 'Part 1 - Practice User Administrator to be set up', fields: [
        f('Practice name', 'Trewithen Surgery'),
        f('Practice ODS code', 'L82019'),
        f('Full name', 'Jago Trembath'),
        f('Job title', 'Practice Business Manager'),
        f('Email address', 'jago.trembath@nhs.net'),
      ] },
      { heading: 'Part 2 - Authorisation by an organisation approver', fields: [
        f('Approver name', 'Dr Morwenna Penrose'),
        f('Position', 'Senior Partner'),
        f('Email address', 'morwenna.penrose@nhs.net'),
        sig('Signature', ''),
        f('Date', '30/11/2026'),
      ] },
    ],
  },
  {
    file: 'c7-gpp-canalside-below.pdf', title: GPP_CERT_TITLE, intro: GPP_CERT_INTRO, layout: 'below',
    sections: [
      { heading: 'Part 1 - Practice User Administrator to be set up', fields: [
        f('Practice name', 'Canalside Health Centre'),
        f('Practice ODS code', 'B86097'),
        f('Full name', "Declan O'Rourke"),
        f('Job title', 'Finance Lead'),
        f('Email address', 'declan.orourke@nhs.net'),
        tick('The practice currently has no GPP Practice User Administrator', false),
      ] },
      { heading: 'Part 2 - Authorisation by an organisation approver', fields: [
        f('Approver name', 'Dr Simran Kaur'),
        f('Position', 'Lead GP'),
        f('Email address', 'simran.kaur7@nhs.net'),
        sig('Signature', 'S. Kaur'),
        f('Date', '02/12/2026'),
      ] },
    ],
  },
  {
    file: 'c7-gpp-hazelmere-acrobat.pdf', title: GPP_CERT_TITLE, intro: GPP_CERT_INTRO, layout: 'acro',
    sections: [
      { heading: 'Part 1 - Practice User Administrator to be set up', fields: [
        f('Practice name', 'Hazelmere Surgery', 'Practice name'),
        f('Practice ODS code', 'J82515', 'Practice ODS code'),
        f('Full name', 'Oluwaseun Adeyemi-Clarke', 'Name'),
        f('Job title', 'Practice Administrator', 'Job title'),
        f('Email address', 'seun.adeyemi-clarke@nhs.net', 'Email'),
      ] },
      { heading: 'Part 2 - Authorisation by an organisation approver', fields: [
        f('Approver name', 'Dr Rebecca Thorne', 'Name_2'),
        f('Position', 'Caldicott Guardian', 'Job title_2'),
        f('Email address', 'rebecca.thorne@nhs.net', 'Email_2'),
        sig('Signature', 'R Thorne', 'Signature'),
        f('Date', '10/12/2026', 'Date'),
      ] },
    ],
  },
  {
    file: 'c7-oe-kingfisher-textn.pdf', title: OE_GP, intro: OE_INTRO, layout: 'acro', page2: oeGpSignatories(null),
    sections: [
      { heading: 'Request type', fields: [tick('New Primary User', true, 'Check Box1'), tick('Additional Primary User', false, 'Check Box2')] },
      { heading: 'Section 1 - Practice details', fields: [
        f('Practice name', 'Kingfisher Surgery', 'Text1'),
        f('Practice code', 'B82101', 'Text2'),
        f('Practice address', '9 Riverside Walk, Knaresborough, HG5 8AA', 'Text3'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Lucy Haworth', 'Text4'),
        f('Job title', 'Practice Manager', 'Text5'),
        f('Email address', 'lucy.haworth@nhs.net', 'Text6'),
        f('Telephone', '01423 860 221', 'Text7'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Dr Graham Ellis', 'Text8'),
        f('Position', 'GP Partner', 'Text9'),
        f('Email address', 'graham.ellis@nhs.net', 'Text10'),
        sig('Signature', 'G Ellis', 'Text11'),
        f('Date', '28/11/2026', 'Text12'),
      ] },
    ],
  },
  {
    file: 'c7-oe-sexual-health-cells.pdf', title: OE_OTHER, intro: OE_INTRO, layout: 'cells', page2: oeOtherSignatories('Caldicott Guardian'),
    sections: [
      { heading: 'Section 1 - Organisation details', fields: [
        f('Organisation name', 'Shropshire Community Health NHS Trust - Integrated Sexual Health Service'),
        f('Organisation code', 'R1D'),
        f('Address', 'Mount McKinley Building, Anchorage Avenue, Shrewsbury, SY2 6FG'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Bethan Morgan-Rees'),
        f('Job title', 'Clinic Coordinator'),
        f('Email address', 'bethan.morgan-rees@nhs.net'),
        f('Telephone', '01743 277 681'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Dr Alistair Finch'),
        f('Position', 'Caldicott Guardian'),
        f('Email address', 'alistair.finch@nhs.net'),
        sig('Signature', 'A. Finch'),
        f('Date', '27/11/2026'),
      ] },
    ],
  },
  {
    file: 'c7-oe-ridgeway-scan.pdf', title: OE_GP, intro: OE_INTRO, layout: 'scan', page2: oeGpSignatories('Lead GP'),
    scan: { hand: 'HandSlant', signature: 'ink', rotate: -1.3, seed: 4303 },
    sections: [
      { heading: 'Section 1 - Practice details', fields: [
        f('Practice name', 'Ridgeway Surgery'),
        f('Practice code', 'K84052'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Natalia Wojcik'),
        f('Job title', 'Senior Receptionist'),
        f('Email address', 'natalia.wojcik@nhs.net'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Helen Marsh-Baptiste'),
        f('Position', 'Lead GP'),
        f('Email address', 'helen.marsh-baptiste@nhs.net'),
        sig('Signature', ''),
        f('Date', '1/12/26'),
      ] },
    ],
  },
  {
    file: 'c7-oe-oaktree-photo.pdf', title: OE_GP, intro: OE_INTRO, layout: 'scan', page2: oeGpSignatories(null),
    scan: { hand: 'HandRound', signature: 'blank', rotate: 2.2, seed: 4404, photo: true, ink: '#202020' },
    sections: [
      { heading: 'Section 1 - Practice details', fields: [
        f('Practice name', 'Oak Tree Lane Surgery'),
        f('Practice code', 'M84627'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Priya Venkataraman'),
        f('Job title', 'Practice Manager'),
        f('Email address', 'priya.venkataraman@nhs.net'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Dr Tariq Aziz'),
        f('Position', 'GP Partner'),
        f('Email address', 'tariq.aziz@nhs.net'),
        sig('Signature', ''),
        f('Date', '02/12/2026'),
      ] },
    ],
  },
  {
    file: 'c7-oe-bankside-snake.pdf', title: OE_GP, intro: OE_INTRO, layout: 'acro', page2: oeGpSignatories(null),
    sections: [
      { heading: 'Section 1 - Practice details', fields: [
        f('Practice name', 'Bankside Medical Practice', 'practice_name'),
        f('Practice code', 'J83029', 'practice_ods_code'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Jamal Idris', 'primary_user_full_name'),
        f('Job title', 'Reception Manager', 'primary_user_job_title'),
        f('Email address', 'jamal.idris@nhs.net', 'primary_user_email'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Karen Lowther', 'signatory_full_name'),
        f('Position', 'Practice Manager', 'signatory_role'),
        f('Email address', 'karen.lowther@nhs.net', 'signatory_email'),
        sig('Signature', 'K Lowther', 'signatory_signature'),
        f('Date', '03/12/2026', 'signed_date'),
      ] },
    ],
  },
  {
    file: 'c7-oe-avonmead-photo.pdf', title: OE_OTHER, intro: OE_INTRO, layout: 'scan', page2: oeOtherSignatories('Member of the Board of Directors'),
    scan: { hand: 'HandCaps', caps: true, signature: 'ink', rotate: -2.0, seed: 4606, photo: true },
    sections: [
      { heading: 'Section 1 - Organisation details', fields: [
        f('Organisation name', 'Avonmead Community Health CIC'),
        f('Organisation code', ''),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Sophie Trelawny'),
        f('Job title', 'Clinic Administrator'),
        f('Email address', 'sophie.trelawny@nhs.net'),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Marcus Delaney'),
        f('Position', 'Director of Nursing (Board)'),
        f('Email address', 'marcus.delaney@nhs.net'),
        sig('Signature', ''),
        f('Date', '02/12/2026'),
      ] },
    ],
  },
  {
    file: 'c7-oe-greenhill-grid.pdf', title: OE_GP, intro: OE_INTRO, layout: 'grid', page2: oeGpSignatories('Lead GP'),
    sections: [
      { heading: 'Section 1 - Practice details', fields: [
        f('Practice name', 'Greenhill Health Centre'),
        f('Practice code', 'E82096', undefined, { right: true }),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Surname', "O'Connell"),
        f('Forename(s)', 'Bríd', undefined, { right: true }),
        f('Email', 'brid.oconnell@nhs.net'),
        f('Job title', 'Office Manager', undefined, { right: true }),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Surname', 'Achebe'),
        f('Forename(s)', 'Nkem', undefined, { right: true }),
        f('Email', 'nkem.achebe@nhs.net'),
        f('Position', 'Lead GP', undefined, { right: true }),
        f('Signature', 'N. Achebe'),
        f('Date', '04/12/2026', undefined, { right: true }),
      ] },
    ],
  },
  {
    file: 'c7-oe-colposcopy-colon.pdf', title: OE_OTHER, intro: OE_INTRO, layout: 'colon', page2: oeOtherSignatories('An existing Primary User within the organisation'),
    sections: [
      { heading: 'Section 1 - Organisation details', fields: [
        f('Organisation name', 'Royal Cornwall Hospitals NHS Trust - Colposcopy Clinic'),
        f('Organisation code', 'REF'),
      ] },
      { heading: 'Section 2 - Primary User', fields: [
        f('Full name', 'Tamsin Rowe'),
        f('Job title', 'Colposcopy Clinic Coordinator'),
        f('Email address', 'tamsin.rowe@nhs.net'),
        tick('New Primary User', false),
        tick('Additional Primary User', true),
      ] },
      { heading: 'Section 3 - Authorised signatory', fields: [
        f('Full name', 'Dr Anna Kowalski'),
        f('Position', 'Consultant Gynaecologist, existing Primary User'),
        f('Email address', 'anna.kowalski@nhs.net'),
        sig('Signature', ''),
        f('Date', '09/12/2026'),
      ] },
    ],
  },
];
