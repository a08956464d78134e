// openexeter: primary users, permissions, new-user notifications, leavers, lock-outs, and what is not a request.
import { CAPTIVE, compose, EXTERNAL_BANNER, email, exp, NHSMAIL_FOOTER, org, outlookQuote, PRACTICE_CONFIDENTIALITY, TRUST_DISCLAIMER } from './compose.js';
import { oeGpForm, oeOtherForm } from './forms.js';
import { attachment, type CorpusEmail, hardWrap, longDate, p, PCSE } from './lib.js';
import { formPdf, scanPdf } from './pdfs.js';

const OE = [PCSE.oe];
const MB = 'openexeter' as const;

export async function openexeter(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ---------------------------------------------------------------- fillable form, meaningless field names
  {
    const slug = '001-primary-user-fillable-text-field-names';
    const pdf = await formPdf(oeGpForm({
      practice: 'Brookfield Lane Surgery', code: 'M85719', address: '12 Brookfield Lane, Stockport, SK4 2QT',
      nominee: { name: 'Natasha Okafor', job: 'Assistant Practice Manager', email: 'natasha.okafor2@nhs.net', phone: '0161 496 0732' },
      capacity: [0], signatory: { name: 'Dr Rhys Llewellyn', position: 'Lead GP', email: 'rhys.llewellyn@nhs.net' }, mark: 'scribble', date: '06/11/2026',
      names: { practice: 'Text Field 12', code: 'Text Field 13', address: 'Text Field 14', nName: 'Text Field 15', nJob: 'Text Field 16', nEmail: 'undefined', nPhone: 'undefined_2', sName: 'Text Field 21', sPosition: 'Text Field 22', sEmail: 'undefined_3', date: 'Text Field 24' },
      tickNames: ['Check Box 1', 'Check Box 2', 'Check Box 3', 'Check Box 4', 'Check Box 5'],
    }), 'fill', { date: '2026-11-06T16:20:00Z', title: 'OE Primary User Request GP', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272' });
    const text = `Good morning,

Please find attached a completed Open Exeter Primary User request for Brookfield Lane Surgery, signed by our Lead GP.

Our previous Primary User retired at the end of October, so at the moment nobody at the practice can reset passwords for the nursing team. I would be grateful if this could be picked up as soon as possible.

Many thanks

Gail Pennington
Practice Manager
Brookfield Lane Surgery
12 Brookfield Lane | Stockport | SK4 2QT
Tel 0161 496 0730

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Gail Pennington', email: 'gail.pennington@nhs.net' }, to: OE, subject: 'Open Exeter Primary User request - Brookfield Lane Surgery M85719', date: '2026-11-09T09:12:41Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'OE Primary User form - Brookfield Lane.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('M85719', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Natasha Okafor', 'natasha.okafor2@nhs.net'),
      signatory: { ...p('Rhys Llewellyn', 'rhys.llewellyn@nhs.net'), role: 'lead_gp' },
    }, [], ['pdf_acroform', 'meaningless_field_names', 'see_attached', 'nhsmail_footer']), [{ file: slug, what: 'Open Exeter GP form, fillable, field names `Text Field 12…24`, `undefined`, `undefined_2`, `undefined_3`, `Check Box 1…5`' }]));
  }

  // 002 ---------------------------------------------------------------- other organisations, scanned upside down
  {
    const slug = '002-primary-user-trust-scan-upside-down';
    const pdf = await scanPdf(oeOtherForm({
      organisation: 'Calder Vale Community Services NHS Trust', orgType: 'NHS community services trust', code: 'RCV', address: 'Wakefield Road, Brighouse HD6 4LQ',
      nominee: { name: 'Bethan Morgan-Price', job: 'Cervical Screening Failsafe Lead', email: 'bethan.morgan-price@nhs.net' },
      capacity: [0], signatory: { name: 'Dr Anjali Deshmukh', job: 'Caldicott Guardian', email: 'anjali.deshmukh@nhs.net' }, mark: 'scribble', date: '5 Nov 2026',
    }), { date: '2026-11-09T13:02:00Z' }, { seed: slug, rotate: 180, skew: [0.7], paper: [236], shadow: 'right', valueFont: 'C17Mono', speckles: 500, scanner: 'Canon iR-ADV C5840' });
    const text = `Dear PCSE Open Exeter team,

On behalf of our Caldicott Guardian, Dr Deshmukh, please find attached a signed request to set up a Primary User for the Trust's community cervical screening failsafe team. The person named on the form will take over from a colleague who has moved to another trust.

If you have any queries please reply to this mailbox, which is monitored daily.

Kind regards

Mark Lythgoe
Information Governance Officer
Information Governance Team
Calder Vale Community Services NHS Trust
Trust HQ, Wakefield Road, Brighouse HD6 4LQ

Our ref: IG/2026/1187

${TRUST_DISCLAIMER('Calder Vale Community Services NHS Trust')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: {
        seed: slug, from: { name: 'CVCS Information Governance (CALDER VALE COMMUNITY SERVICES NHS TRUST)', email: 'cvcs.infogovernance@nhs.net' },
        sender: { name: 'LYTHGOE, Mark (CALDER VALE COMMUNITY SERVICES NHS TRUST)', email: 'mark.lythgoe@nhs.net' },
        to: OE, subject: 'Open Exeter - Primary User form (Calder Vale Community Services)', date: '2026-11-09T13:40:05Z', auth: 'pass',
      },
      attachments: [attachment(pdf, { filename: 'SCAN_20261109_1302.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('RCV', 'other'), {
      organisationKind: 'other',
      nominee: p('Bethan Morgan-Price', 'bethan.morgan-price@nhs.net'),
      signatory: { ...p('Anjali Deshmukh', 'anjali.deshmukh@nhs.net'), role: 'caldicott_guardian' },
    }, [], ['pdf_scan', 'scan_upside_down', 'sent_on_behalf_of', 'shared_mailbox', 'trust_disclaimer', 'our_ref', 'other_organisation']), [{ file: slug, what: 'Open Exeter other-organisations form, image-only scan rotated 180°', scan: true }]));
  }

  // 003 ---------------------------------------------------------------- receptionist signs
  {
    const slug = '003-primary-user-receptionist-signed';
    const pdf = await formPdf(oeGpForm({
      practice: 'Kingsmead Health Centre', code: 'P84021', address: 'Kingsmead Road, Middleton, Manchester M24 6QF',
      nominee: { name: 'Chloe Brannigan', job: 'Administrator', email: 'chloe.brannigan@nhs.net', phone: '0161 498 2210' },
      capacity: [], signatory: { name: 'Tracey Ashworth', position: 'Senior Receptionist' }, mark: 'scribble', date: '10/11/26',
    }), 'flat', { date: '2026-11-10T11:05:00Z', title: 'Open Exeter PU form' });
    const text = `Hi,

Attached is the form for Chloe to be our Open Exeter primary user as our practice manager has left. I've signed it myself as the doctors are all out on visits today, hope that's ok.

Thanks
Tracey

Tracey Ashworth
Senior Receptionist
Kingsmead Health Centre

${PRACTICE_CONFIDENTIALITY}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Tracey Ashworth', email: 'tracey.ashworth@nhs.net' }, to: OE, subject: 'open exeter form', date: '2026-11-10T11:17:33Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'Doc1.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('P84021', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Chloe Brannigan', 'chloe.brannigan@nhs.net'),
      signatory: { ...p('Tracey Ashworth', 'tracey.ashworth@nhs.net'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['pdf_flat', 'signatory_not_allowed', 'no_capacity_ticked', 'terse_subject']), [{ file: slug, what: 'Open Exeter GP form, flat text, no capacity ticked, signed by a receptionist' }]));
  }

  // 004 ---------------------------------------------------------------- IT contractor signs, scan, from a company domain
  {
    const slug = '004-primary-user-it-contractor-scan';
    const pdf = await scanPdf(oeGpForm({
      practice: 'Tamar View Surgery', code: 'L83117', address: 'Fore Street, Saltash, Cornwall PL12 6JR',
      nominee: { name: 'Demelza Hocking', job: 'Practice Manager', email: 'demelza.hocking@nhs.net', phone: '01752 844 120' },
      capacity: [], signatory: { name: 'Owen Trelawny', position: 'IT contractor, Kernow Digital Ltd', email: 'owen.trelawny@kernowdigital.co.uk' }, mark: 'scribble', date: '10/11/2026',
    }), { date: '2026-11-10T15:31:00Z' }, { seed: slug, skew: [-1.3], paper: [222], shadow: 'left', valueFont: 'C17Mono', speckles: 700, scanner: 'HP LaserJet MFP M480f' });
    const text = `${EXTERNAL_BANNER}

Hello,

We provide IT support to Tamar View Surgery under contract. The practice manager, Demelza Hocking, needs setting up as the Open Exeter primary user as the previous one has retired and the practice can't add new staff.

I have completed and signed the attached form on the surgery's behalf as their IT provider. Any problems give me a shout.

Cheers,
Owen

--
Owen Trelawny
IT Support Engineer
Kernow Digital Ltd | Unit 4, Treleigh Industrial Estate, Redruth TR16 4AX
01209 310 455 | www.kernowdigital.co.uk

${CAPTIVE('Kernow Digital Ltd', '09876214')}`;
    const { eml } = compose({
      client: 'gmail', html: 'alt', text,
      env: { seed: slug, from: { name: 'Owen Trelawny', email: 'owen.trelawny@kernowdigital.co.uk' }, to: OE, subject: '[EXTERNAL] OE primary user form - Tamar View Surgery (L83117)', date: '2026-11-10T15:44:12Z', auth: 'external-pass' },
      attachments: [attachment(pdf, { filename: 'TamarView_OE_PU.pdf' })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('L83117', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Demelza Hocking', 'demelza.hocking@nhs.net'),
      signatory: { ...p('Owen Trelawny', 'owen.trelawny@kernowdigital.co.uk'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['pdf_scan', 'external_banner', 'external_tag', 'signatory_not_allowed', 'non_nhs_sender', 'company_disclaimer']), [{ file: slug, what: 'Open Exeter GP form, image-only scan (grey paper, skew, shadow), signed by an IT contractor', scan: true }]));
  }

  // 005 ---------------------------------------------------------------- deputy signs "for" the partner
  {
    const slug = '005-primary-user-signed-pp-partner';
    const pdf = await formPdf(oeGpForm({
      practice: 'Ashgrove Family Practice', code: 'C82045', address: '41 Ashgrove Road, Loughborough LE11 3BT',
      nominee: { name: 'Kirsty Vaughan', job: 'Data Quality Lead', email: 'kirsty.vaughan4@nhs.net', phone: '01509 260 118' },
      capacity: [1], signatory: { name: 'Lorraine Harding pp Dr Imran Qureshi', position: 'Practice Manager, signing for Dr Qureshi (GP Partner)', email: 'lorraine.harding@nhs.net' }, mark: 'scribble', date: '11/11/2026',
    }), 'flat', { date: '2026-11-11T08:50:00Z', title: 'Primary User Request - Ashgrove', author: 'lharding' });
    const text = `Good morning

Please see attached Open Exeter primary user request for Kirsty Vaughan.

Dr Qureshi is on leave until 30 November so I have signed the form on his behalf; he agreed this with me by phone yesterday. I'd be grateful if it could be processed as soon as possible as our only current primary user is off on long-term sick leave.

Kind regards

Lorraine Harding
Practice Manager | Ashgrove Family Practice
41 Ashgrove Road, Loughborough, LE11 3BT
T: 01509 260 100

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'HARDING, Lorraine (ASHGROVE FAMILY PRACTICE)', email: 'lorraine.harding@nhs.net' }, to: OE, subject: 'Open Exeter Primary User - Ashgrove Family Practice C82045', date: '2026-11-11T09:03:57Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'Primary User Request - Ashgrove.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('C82045', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Kirsty Vaughan', 'kirsty.vaughan4@nhs.net'),
      signatory: { ...p('Lorraine Harding', 'lorraine.harding@nhs.net'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['pdf_flat', 'signed_pp', 'capacity_ticked_but_not_signatory', 'nhsmail_display_name']), [{ file: slug, what: 'Open Exeter GP form, flat text, "GP Partner" ticked but signed p.p. by the practice manager' }]));
  }

  // 006 ---------------------------------------------------------------- e-signature "/s/", Word export with label and value columns, Apple Mail 72 columns
  {
    const slug = '006-primary-user-e-signature-word-columns';
    const pdf = await formPdf(oeGpForm({
      practice: "St Aldhelm's Surgery", code: 'J81633', address: 'Church Lane, Sherborne, Dorset DT9 3BU',
      nominee: { name: 'Priya Raghunathan', job: 'Practice Manager', email: 'priya.raghunathan@nhs.net', phone: '01935 812 440' },
      capacity: [0], signatory: { name: 'Dr Eleanor Whitcombe', position: 'Lead GP', email: 'eleanor.whitcombe@nhs.net' }, mark: { typed: '/s/ Eleanor Whitcombe' }, date: '12 November 2026',
    }), 'columns', { date: '2026-11-12T19:40:00Z', title: 'Open Exeter PU request', author: 'Eleanor Whitcombe' }, { serif: true });
    const text = hardWrap(`Dear colleagues,

I attach a Primary User request for St Aldhelm’s Surgery (J81633). As Lead GP I have authorised it with an electronic signature as I am working remotely this week; I hope that is acceptable. The person to be set up is our new practice manager, who started with us on 2 November.

Many thanks,
Eleanor

Dr Eleanor Whitcombe MBBS MRCGP DRCOG
Lead GP, St Aldhelm’s Surgery, Church Lane, Sherborne, Dorset DT9 3BU
01935 812 400
`, 72);
    const { eml } = compose({
      client: 'apple', text, textOpts: { charset: 'utf-8', cte: 'quoted-printable' },
      env: { seed: slug, from: { name: 'Dr Eleanor Whitcombe', email: 'eleanor.whitcombe@nhs.net' }, to: OE, subject: "Primary User request – St Aldhelm’s Surgery", date: '2026-11-12T19:52:18Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'OE_PrimaryUser_StAldhelms.pdf', contentType: 'application/pdf' })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('J81633', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Priya Raghunathan', 'priya.raghunathan@nhs.net'),
      signatory: { ...p('Eleanor Whitcombe', 'eleanor.whitcombe@nhs.net'), role: 'lead_gp' },
    }, [], ['pdf_word_columns', 'e_signature', 'apple_mail', 'hard_wrapped', 'rfc2047_subject', 'curly_quotes']), [{ file: slug, what: 'Open Exeter GP form exported from Word (Times), label column written before value column, typed "/s/" signature' }]));
  }

  // 007 ---------------------------------------------------------------- GP practice on the other-organisations form, signed but undated
  {
    const slug = '007-primary-user-university-practice-other-form-undated';
    const pdf = await formPdf(oeOtherForm({
      organisation: 'Northgate University Health Centre', orgType: 'University health service (NHS GP practice)', code: 'B86654', address: 'Student Centre, Northgate Campus, Bradford BD7 1DP',
      nominee: { name: 'Sade Akinola', job: 'Patient Services Supervisor', email: 'sade.akinola@nhs.net' },
      capacity: [1], signatory: { name: 'Professor Gareth Pryce', job: 'Director of Student Health Services', email: 'g.pryce@northgate.ac.uk' }, mark: 'scribble', date: '',
      names: { org: 'OrganisationName', orgType: 'OrganisationType', code: 'ODSCode', address: 'OrgAddress', nName: 'PU_Name', nJob: 'PU_JobTitle', nEmail: 'PU_Email', sName: 'Auth_Name', sJob: 'Auth_JobTitle', sEmail: 'Auth_Email', date: 'Auth_Date' },
      tickNames: ['Auth_CG', 'Auth_Board', 'Auth_ExistingPU'],
    }), 'fill', { date: '2026-11-12T10:10:00Z', title: 'OE Primary User - Other Organisations', producer: 'Microsoft: Print To PDF', creator: 'Adobe Acrobat Reader (64-bit)' });
    const text = `Dear Sir / Madam,

We are the NHS GP practice on the Northgate University campus (practice code B86654). Because the service is run by the University rather than a partnership, I wasn't sure which form applied, so I have used the "other organisations" version - please let me know if you need the GP practice form instead.

Professor Pryce has signed the form; he sits on the University Health Services Board. Sade will be our Primary User once set up.

Best wishes

Fiona MacLeod
Operations Manager
Northgate University Health Centre
Student Centre, Northgate Campus, Bradford BD7 1DP
Tel: 01274 236 900 (ext 4410)

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Fiona MacLeod', email: 'fiona.macleod7@nhs.net' }, to: OE, subject: 'Open Exeter - new Primary User (Northgate University Health Centre)', date: '2026-11-12T10:26:44Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'OE primary user - other orgs - Northgate.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('B86654', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Sade Akinola', 'sade.akinola@nhs.net'),
      signatory: { ...p('Gareth Pryce', 'g.pryce@northgate.ac.uk'), role: 'board_member' },
    }, [], ['pdf_acroform', 'wrong_form_for_org_type', 'undated_signature', 'academic_title', 'non_nhs_signatory_email']), [{ file: slug, what: 'Open Exeter other-organisations form, fillable (plain field names), used by a GP practice; signed, date empty' }]));
  }

  // 008 ---------------------------------------------------------------- hospice: the signatory is also the nominee; scan with shadow
  {
    const slug = '008-primary-user-hospice-self-nominated-scan';
    const pdf = await scanPdf(oeOtherForm({
      organisation: "St Cuthbert's Hospice", orgType: 'Independent hospice (charity)', code: '', address: 'Brancepeth Road, Durham DH1 4TY',
      nominee: { name: 'Dr Miriam Achterberg', job: 'Medical Director', email: 'miriam.achterberg@nhs.net' },
      capacity: [0], signatory: { name: 'Dr Miriam Achterberg', job: 'Medical Director & Caldicott Guardian', email: 'miriam.achterberg@nhs.net' }, mark: 'scribble', date: '13/11/2026',
    }), { date: '2026-11-13T14:20:00Z' }, { seed: slug, skew: [2.1], paper: [240], shadow: 'top', valueFont: 'C17Hand', speckles: 300, quality: 68, scanner: 'Brother MFC-L2750DW' });
    const text = `Hello,

Please find attached our form. I am the Caldicott Guardian for the hospice and have put myself forward as Primary User for now, until we recruit a new data manager in the new year.

Miriam

Sent from my iPhone`;
    const { eml } = compose({
      client: 'iphone', text, textOpts: { charset: 'us-ascii', cte: '7bit' },
      env: { seed: slug, from: { name: 'Miriam Achterberg', email: 'miriam.achterberg@nhs.net' }, to: OE, subject: 'Open Exeter form', date: '2026-11-13T14:27:09Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'Scanned Document.pdf' })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other',
      nominee: p('Miriam Achterberg', 'miriam.achterberg@nhs.net'),
      signatory: { ...p('Miriam Achterberg', 'miriam.achterberg@nhs.net'), role: 'caldicott_guardian' },
    }, [], ['pdf_scan', 'handwriting_font', 'signatory_is_nominee', 'iphone', 'no_ods_code', 'terse']), [{ file: slug, what: 'Open Exeter other-organisations form, image-only scan (skew 2°, shadowed top edge, handwriting-style values), signatory = nominee', scan: true }]));
  }

  // 009 ---------------------------------------------------------------- prison healthcare with a code of GP shape
  {
    const slug = '009-primary-user-prison-healthcare-y-code';
    const pdf = await formPdf(oeOtherForm({
      organisation: 'HMP Ashbourne - Healthcare Department', orgType: 'Prison healthcare (secure estate)', code: 'Y05631', address: 'HMP Ashbourne, Station Road, Ashbourne DE6 1AW',
      nominee: { name: 'Daniel Osei', job: 'Healthcare Administrator', email: 'daniel.osei3@nhs.net' },
      capacity: [0], signatory: { name: 'Janine Corrigan', job: 'Head of Healthcare and Caldicott Guardian', email: 'janine.corrigan@nhs.net' }, mark: 'scribble', date: '13/11/2026',
    }), 'flat', { date: '2026-11-13T09:00:00Z', title: 'OE PU HMP Ashbourne' });
    const text = `Dear Open Exeter Team,

Please find attached a signed Primary User request for the healthcare department at HMP Ashbourne.

For clarity, we are not a GP surgery: we are the prison healthcare team, although our ODS code (Y05631) looks like a practice code. Women in custody here are offered cervical screening by our nursing team and we need a Primary User to manage their Open Exeter access.

I have signed the form as Head of Healthcare and Caldicott Guardian for the establishment.

Kind regards,

Janine Corrigan
Head of Healthcare
HMP Ashbourne | Corvus Custodial Health Ltd
Station Road, Ashbourne DE6 1AW

This e-mail and any attachment is intended only for the addressee and may contain information that is confidential, legally privileged or subject to the Official Secrets Act. If you are not the intended recipient, please notify the sender and delete the message. Corvus Custodial Health Ltd accepts no liability for any loss arising from the use of this e-mail.`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'CORRIGAN, Janine (CORVUS CUSTODIAL HEALTH LTD)', email: 'janine.corrigan@nhs.net' }, to: OE, subject: 'Primary User request - HMP Ashbourne Healthcare (Y05631)', date: '2026-11-13T09:31:50Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'HMP Ashbourne OE Primary User request.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('Y05631', 'gp_practice'), {
      organisationKind: 'other',
      nominee: p('Daniel Osei', 'daniel.osei3@nhs.net'),
      signatory: { ...p('Janine Corrigan', 'janine.corrigan@nhs.net'), role: 'caldicott_guardian' },
    }, ['ods_type_mismatch'], ['pdf_flat', 'other_organisation', 'code_shape_vs_stated_type', 'two_roles_one_person']), [{ file: slug, what: 'Open Exeter other-organisations form, flat text, prison healthcare with a practice-shaped code' }]));
  }

  // 010 ---------------------------------------------------------------- private provider sends the GP practice form
  {
    const slug = '010-primary-user-private-provider-gp-form';
    const pdf = await formPdf(oeGpForm({
      practice: "Meridian Women's Health Clinics Ltd - Leeds clinic", code: 'NPX21', address: '3 Park Square East, Leeds LS1 2NE',
      nominee: { name: 'Rosie Quinlan', job: 'Clinical Services Manager', email: 'rosie.quinlan@meridianwomenshealth.co.uk', phone: '0113 496 0815' },
      capacity: [4], signatory: { name: 'Dr Helena Sokolova', position: 'Medical Director (Board member)', email: 'helena.sokolova@meridianwomenshealth.co.uk' }, mark: 'scribble', date: '12.11.2026',
    }), 'flat', { date: '2026-11-12T17:00:00Z', title: 'OE form (adapted)' });
    const text = `${EXTERNAL_BANNER}

Dear PCSE,

We are an independent provider delivering NHS-commissioned cervical screening clinics in West Yorkshire (organisation code NPX21). The only Primary User form we could find was the GP practice version, so we have completed that one - I hope this is acceptable. Our Medical Director, who is a member of our Board, has signed it.

The form asks for an NHSmail address; our clinical staff are still waiting for NHSmail accounts, so I have given my company address for now.

Kind regards

Rosie Quinlan
Clinical Services Manager
Meridian Women's Health Clinics Ltd
3 Park Square East, Leeds LS1 2NE | 0113 496 0815

${CAPTIVE("Meridian Women's Health Clinics Ltd", '11402957')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', banner: EXTERNAL_BANNER, text,
      env: { seed: slug, from: { name: 'Rosie Quinlan', email: 'rosie.quinlan@meridianwomenshealth.co.uk' }, to: OE, subject: '[EXTERNAL] Open Exeter Primary User - Meridian Women\'s Health Clinics (NPX21)', date: '2026-11-13T08:14:27Z', auth: 'external-pass' },
      attachments: [attachment(pdf, { filename: 'Meridian - OE Primary User.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('NPX21', 'other'), {
      organisationKind: 'other',
      nominee: p('Rosie Quinlan', 'rosie.quinlan@meridianwomenshealth.co.uk'),
      signatory: { ...p('Helena Sokolova', 'helena.sokolova@meridianwomenshealth.co.uk'), role: 'board_member' },
    }, [], ['pdf_flat', 'wrong_form_for_org_type', 'external_tag', 'external_banner', 'non_nhs_sender', 'independent_provider', 'sender_is_nominee']), [{ file: slug, what: 'Open Exeter GP form, flat text, filled by an independent provider' }]));
  }

  // 011 ---------------------------------------------------------------- ICB team, Our ref / Your ref
  {
    const slug = '011-primary-user-icb-commissioning-team';
    const pdf = await formPdf(oeOtherForm({
      organisation: 'NHS Lune and Wyre Integrated Care Board', orgType: 'Integrated Care Board (commissioner)', code: 'QL7', address: 'Lune House, Caton Road, Lancaster LA1 3PE',
      nominee: { name: 'Matthew Crossley', job: 'Screening Commissioning Officer', email: 'matthew.crossley1@nhs.net' },
      capacity: [1], signatory: { name: 'Dr Nadia Farouk', job: 'Chief Medical Officer (Executive Board member)', email: 'nadia.farouk@nhs.net' }, mark: 'scribble', date: '16/11/2026',
    }), 'flat', { date: '2026-11-16T10:00:00Z', title: 'OE Primary User - LWICB', producer: 'Microsoft® Word for Microsoft 365' }, { serif: true });
    const text = `Our ref: LW/PCC/2026/0441
Your ref: n/a

Dear PCSE Open Exeter Team

Open Exeter Primary User - NHS Lune and Wyre ICB (QL7)

Please find attached a signed request for a Primary User for the ICB's Primary Care Commissioning Team. The Primary User will manage access for the team members who monitor cervical screening coverage and prior notification list completion across our practices.

The form has been signed by our Chief Medical Officer, who is an Executive member of the ICB Board.

Yours sincerely

Joanna Whitfield
Senior Commissioning Manager - Primary Care
NHS Lune and Wyre Integrated Care Board
Lune House | Caton Road | Lancaster | LA1 3PE

Working days: Monday to Thursday

${TRUST_DISCLAIMER('NHS Lune and Wyre Integrated Care Board')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'WHITFIELD, Joanna (NHS LUNE AND WYRE ICB - QL7)', email: 'joanna.whitfield@nhs.net' }, to: OE, cc: [{ name: 'FAROUK, Nadia (NHS LUNE AND WYRE ICB - QL7)', email: 'nadia.farouk@nhs.net' }], subject: 'Open Exeter Primary User - NHS Lune and Wyre ICB - Our ref LW/PCC/2026/0441', date: '2026-11-16T11:48:02Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'LW-PCC-2026-0441 OE Primary User.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('QL7', 'other'), {
      organisationKind: 'other',
      nominee: p('Matthew Crossley', 'matthew.crossley1@nhs.net'),
      signatory: { ...p('Nadia Farouk', 'nadia.farouk@nhs.net'), role: 'board_member' },
    }, [], ['pdf_flat', 'our_ref_your_ref', 'icb', 'signatory_cc', 'nhsmail_display_name', 'trust_disclaimer']), [{ file: slug, what: 'Open Exeter other-organisations form, flat text (Times), ICB' }]));
  }

  // 012 ---------------------------------------------------------------- federation back office, form unsigned
  {
    const slug = '012-primary-user-federation-unsigned';
    const pdf = await formPdf(oeGpForm({
      practice: 'Orchard House Surgery', code: 'N82093', address: '2 Orchard Lane, Ellesmere Port CH65 0AF',
      nominee: { name: 'Lucy Fairbrother', job: 'Practice Manager', email: 'lucy.fairbrother@nhs.net', phone: '0151 355 2040' },
      capacity: [1], signatory: { name: 'Dr Sunil Varghese', position: 'GP Partner', email: 'sunil.varghese@nhs.net' }, mark: 'blank', date: '',
      names: { practice: 'PracticeName', code: 'PracticeCode', address: 'PracticeAddress', nName: 'StaffFullName', nJob: 'StaffJobTitle', nEmail: 'StaffNHSmail', nPhone: 'StaffPhone', sName: 'SignatoryName', sPosition: 'SignatoryPosition', sEmail: 'SignatoryEmail', date: 'DateSigned' },
      tickNames: ['Cap_LeadGP', 'Cap_Partner', 'Cap_Caldicott', 'Cap_PrimaryContact', 'Cap_Board'],
    }), 'fill', { date: '2026-11-16T14:00:00Z', title: 'OE-GP Primary User Request', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272' });
    const text = `Good afternoon,

Please find attached an Open Exeter Primary User request for one of our member practices, Orchard House Surgery (N82093). The federation's business support team completes these on behalf of our practices.

Dr Varghese has reviewed and approved the request but was unable to add a signature to the PDF; he is copied into this email for confirmation.

Kind regards

Federation Business Support Team
Tri-Valley GP Federation
Unit 7, Wirral Business Park, Ellesmere Port CH65 3AU
Ticket ref: TVF-BS-20419

Tri-Valley GP Federation Ltd - registered in England and Wales, company no. 10347781. This message and any attachments are confidential and intended only for the addressee. If you have received it in error please notify the sender and delete it. Any views expressed are those of the individual sender unless otherwise stated.`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: {
        seed: slug, from: { name: 'Business Support (TRI-VALLEY GP FEDERATION)', email: 'trivalley.businesssupport@nhs.net' },
        sender: { name: 'PARRY, Sian (TRI-VALLEY GP FEDERATION)', email: 'sian.parry2@nhs.net' },
        to: OE, cc: [{ name: 'VARGHESE, Sunil (ORCHARD HOUSE SURGERY)', email: 'sunil.varghese@nhs.net' }],
        subject: 'TVF-BS-20419 Open Exeter Primary User - Orchard House Surgery N82093', date: '2026-11-16T14:22:31Z', auth: 'pass',
      },
      attachments: [attachment(pdf, { filename: 'Orchard House - OE Primary User.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('open_exeter_primary_user_request', org('N82093', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: p('Lucy Fairbrother', 'lucy.fairbrother@nhs.net'),
      signatory: { ...p('Sunil Varghese', 'sunil.varghese@nhs.net'), role: 'gp_partner' },
    }, ['missing_signature'], ['pdf_acroform', 'unsigned_form', 'federation', 'sent_on_behalf_of', 'shared_mailbox', 'ticket_ref', 'signatory_cc']), [{ file: slug, what: 'Open Exeter GP form, fillable (plain field names), signature box and date empty' }]));
  }

  // 013 ---------------------------------------------------------------- additional permissions, GP partner, windows-1252 plain text
  {
    const slug = '013-permissions-partner-windows-1252';
    const text = `Dear Open Exeter team,

I’m writing as a GP Partner at Wellesley Road Surgery (G81042) to ask for additional permissions for one of our existing Open Exeter users:

    Name:      Shona Baird
    User ID:   BAIRDS01
    Email:     shona.baird@nhs.net

Please add:
    – Prior Notification List
    – Cytology Enquiry

Shona has taken over the cervical screening failsafe from our nurse manager, who left in October. We’d be grateful if this could be done before the next PNL is due on 1 December.

Kind regards

Dr Marcus Fenwick
GP Partner
Wellesley Road Surgery
Wellesley Road, Croydon CR0 2AD
Tel: 020 8686 4410

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', text, textOpts: { charset: 'windows-1252', declare: 'Windows-1252', cte: 'quoted-printable', quoteCharset: true },
      env: { seed: slug, from: { name: 'Fenwick Marcus (Dr)', email: 'marcus.fenwick@nhs.net' }, to: OE, subject: 'Additional Open Exeter permissions – Shona Baird', subjectCharset: 'windows-1252', date: '2026-11-16T16:05:12Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_additional_permissions', org('G81042', 'gp_practice'), {
      user: { ...p('Shona Baird', 'shona.baird@nhs.net'), username: 'BAIRDS01' },
      permissions: ['Prior Notification List', 'Cytology Enquiry'],
      signatory: { ...p('Marcus Fenwick', 'marcus.fenwick@nhs.net'), role: 'gp_partner' },
    }, [], ['windows_1252', 'curly_quotes', 'rfc2047_subject', 'surname_first_display_name', 'plain_text_only']), []));
  }

  // 014 ---------------------------------------------------------------- additional permissions asked by a practice manager, Thunderbird hard wrap
  {
    const slug = '014-permissions-practice-manager-thunderbird';
    const text = hardWrap(`Hello,

Could you please give our senior administrator Amrit Sandhu (Open Exeter user name SANDHUA) access to Call/Recall Enquiry in addition to what she already has? She is covering the screening recall work while our nurse lead is on maternity leave.

I am the practice manager at Riverbank Medical Practice (E84612). None of the partners are in today, but I can get one of them to confirm if needed.

Regards,

Colin Ashby
Practice Manager
Riverbank Medical Practice
117 Riverbank Road, Edmonton, London N9 0QE
020 8807 3155
`, 72);
    const { eml } = compose({
      client: 'thunderbird', text, textOpts: { flowed: false, charset: 'utf-8', cte: '7bit' },
      env: { seed: slug, from: { name: 'Colin Ashby', email: 'colin.ashby@nhs.net' }, to: OE, subject: 'Open Exeter - extra access for Amrit Sandhu', date: '2026-11-17T08:41:00Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_additional_permissions', org('E84612', 'gp_practice'), {
      user: { ...p('Amrit Sandhu', null), username: 'SANDHUA' },
      permissions: ['Call/Recall Enquiry'],
      signatory: { ...p('Colin Ashby', 'colin.ashby@nhs.net'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['thunderbird', 'hard_wrapped', 'requester_not_allowed', 'no_user_email']), []));
  }

  // 015 ---------------------------------------------------------------- additional permissions from a personal Gmail address
  {
    const slug = '015-permissions-caldicott-from-gmail';
    const text = `Hello PCSE,

Apologies for writing from my personal address - my NHSmail is locked on this laptop and IT can't see me until Thursday.

As Caldicott Guardian for Marsh Lane Practice (H81066) I'd like to request an additional Open Exeter permission for Megan Tully (user ID TULLYM2, megan.tully@nhs.net):

Sample Taker search

Megan is our new healthcare assistant and will be taking samples from next month.

Thanks,
Paul

Dr Paul Ingleby
GP and Caldicott Guardian, Marsh Lane Practice`;
    const { eml } = compose({
      client: 'gmail', html: 'alt', text,
      env: { seed: slug, from: { name: 'Paul Ingleby', email: 'paul.ingleby.gp@gmail.com' }, to: OE, subject: 'Open Exeter permissions request - Marsh Lane Practice', date: '2026-11-17T21:12:48Z', auth: 'external-pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_additional_permissions', org('H81066', 'gp_practice'), {
      user: { ...p('Megan Tully', 'megan.tully@nhs.net'), username: 'TULLYM2' },
      permissions: ['Sample Taker search'],
      signatory: { ...p('Paul Ingleby', 'paul.ingleby.gp@gmail.com'), role: 'caldicott_guardian' },
    }, ['sender_not_nhs'], ['gmail', 'personal_address', 'signature_block_role']), []));
  }

  // 016 ---------------------------------------------------------------- additional permissions, trust board member, delegated mailbox, [EXTERNAL]
  {
    const slug = '016-permissions-trust-board-delegate';
    const text = `${EXTERNAL_BANNER}

Dear PCSE Open Exeter Team,

I am writing to request additional permissions on Open Exeter for a member of our Sexual Health Service:

Name: Thomas Kearsley
Job title: Sexual Health Services Data Analyst
Open Exeter user name: KEARSLEYT
Email: thomas.kearsley@nhs.net
Organisation: Pennine Fells Community NHS Trust (RFZ)

Thomas currently has view-only access and now needs:
• Prior Notification List
• Ceased Patients Report

As Director of Nursing and an Executive Director on the Trust Board, I authorise this request.

Yours sincerely

Catherine Oyelaran-Smith
Director of Nursing, Quality and Safeguarding
Pennine Fells Community NHS Trust
Moorside House, Burnley Road, Todmorden OL14 5LH

Sent on behalf of Catherine Oyelaran-Smith by Joanne Birtwistle, Executive PA

${TRUST_DISCLAIMER('Pennine Fells Community NHS Trust')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', banner: EXTERNAL_BANNER, text,
      env: {
        seed: slug, from: { name: 'Catherine Oyelaran-Smith', email: 'catherine.oyelaran-smith@pennine-fells.nhs.uk' },
        sender: { name: 'Joanne Birtwistle', email: 'joanne.birtwistle@pennine-fells.nhs.uk' },
        to: OE, subject: '[EXTERNAL] Open Exeter access – Thomas Kearsley (Pennine Fells Community NHS Trust)', date: '2026-11-18T10:02:39Z', auth: 'external-pass',
      },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_additional_permissions', org('RFZ', 'other'), {
      user: { ...p('Thomas Kearsley', 'thomas.kearsley@nhs.net'), username: 'KEARSLEYT' },
      permissions: ['Prior Notification List', 'Ceased Patients Report'],
      signatory: { ...p('Catherine Oyelaran-Smith', 'catherine.oyelaran-smith@pennine-fells.nhs.uk'), role: 'board_member' },
    }, [], ['delegated_mailbox', 'sent_on_behalf_of', 'external_tag', 'external_banner', 'trust_domain', 'bullets', 'hyphenated_name']), []));
  }

  // 017 ---------------------------------------------------------------- Open Exeter's own new-user notification
  {
    const slug = '017-new-user-notification-system';
    const text = `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A new user account has been created by a Primary User and is awaiting
authorisation by PCSE.

Organisation      : E85032  CLARENDON SURGERY
User ID           : HOLLISJ
Surname           : HOLLIS
Forename(s)       : JOANNE
E-mail            : joanne.hollis@nhs.net
Applications      : CYTOLOGY - PNL; CYTOLOGY - ENQUIRY
Created by        : WHITMORE, ANGELA (WHITMOREA)
Date created      : 17/11/2026 10:41

Please authorise the account and issue a temporary password to the user.

This is an automatically generated message. Please do not reply.
`;
    const { eml } = compose({
      client: 'system', text, mailer: 'OpenExeter Notification Service 4.2',
      env: { seed: slug, from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' }, to: OE, subject: 'Open Exeter: new user awaiting authorisation (E85032)', date: '2026-11-17T10:41:07Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_new_user_authorisation', org('E85032', 'gp_practice'), {
      user: { ...p('Joanne Hollis', 'joanne.hollis@nhs.net'), username: 'HOLLISJ' },
      createdBy: p('Angela Whitmore', null),
    }, [], ['system_notification', 'capitals', 'surname_comma_forename']), []));
  }

  // 018 ---------------------------------------------------------------- the same notification forwarded by its creator
  {
    const slug = '018-new-user-notification-forwarded';
    const inner = `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A new user account has been created by a Primary User and is awaiting
authorisation by PCSE.

Organisation      : F81627  HILLCREST MEDICAL CENTRE
User ID           : ASANTEMK
Surname           : ASANTE-MENSAH
Forename(s)       : KWABENA
E-mail            : kwabena.asante-mensah@nhs.net
Applications      : CYTOLOGY - PNL
Created by        : THORNE, REBECCA (THORNER)
Date created      : 18/11/2026 09:12

Please authorise the account and issue a temporary password to the user.

This is an automatically generated message. Please do not reply.`;
    const text = `Hi,

I've just set up our new nurse Kwabena on Open Exeter. The notification below came to me rather than to you for some reason, so I'm forwarding it so you can authorise him.

Thanks
Becky

Rebecca Thorne
Practice Manager / Open Exeter Primary User
Hillcrest Medical Centre

${outlookQuote({ from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' }, sent: longDate('2026-11-18T09:12:00Z'), to: [{ name: 'THORNE, Rebecca (HILLCREST MEDICAL CENTRE)', email: 'rebecca.thorne1@nhs.net' }], subject: 'Open Exeter: new user awaiting authorisation (F81627)' })}
${inner}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'THORNE, Rebecca (HILLCREST MEDICAL CENTRE)', email: 'rebecca.thorne1@nhs.net' }, to: OE, subject: 'FW: Open Exeter: new user awaiting authorisation (F81627)', date: '2026-11-18T09:20:44Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_new_user_authorisation', org('F81627', 'gp_practice'), {
      user: { ...p('Kwabena Asante-Mensah', 'kwabena.asante-mensah@nhs.net'), username: 'ASANTEMK' },
      createdBy: p('Rebecca Thorne', 'rebecca.thorne1@nhs.net'),
    }, [], ['forwarded_notification', 'creator_forwards', 'gp_code_starting_f', 'hyphenated_name']), []));
  }

  // 019 ---------------------------------------------------------------- Open Exeter lock-out from Outlook mobile
  {
    const slug = '019-open-exeter-unlock-mobile';
    const text = `Hi - I'm locked out of Open Exeter after getting my password wrong too many times. User ID PATELR7. Can you unlock it please? I need to run the PNL today.

Thanks
Rakesh Patel
Practice Nurse, Harbour View Surgery (D82611)

Get Outlook for iOS`;
    const { eml } = compose({
      client: 'outlook-mobile', html: 'alt', text,
      env: { seed: slug, from: { name: 'Rakesh Patel', email: 'rakesh.patel17@nhs.net' }, to: OE, subject: 'Locked out', date: '2026-11-18T07:58:21Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('account_unlock', org('D82611', 'gp_practice'), { username: 'PATELR7' }, [], ['outlook_mobile', 'open_exeter_account', 'terse']), []));
  }

  // 020 ---------------------------------------------------------------- leaver: remove Open Exeter access
  {
    const slug = '020-open-exeter-leaver-removal';
    const text = `Good afternoon,

Karen Doyle (Open Exeter user ID DOYLEK) left Beechwood Surgery on Friday 13 November. Please could you remove her access to:

Prior Notification List
Cytology Enquiry

Our Primary User is on maternity leave, so I'm unable to do this locally.

Many thanks

Samira Haddad
Assistant Practice Manager
Beechwood Surgery (M87023)
Tel 0121 544 3020

${PRACTICE_CONFIDENTIALITY}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Samira Haddad', email: 'samira.haddad@nhs.net' }, to: OE, subject: 'Leaver - Open Exeter access to be removed', date: '2026-11-18T13:35:16Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('role_removal_request', org('M87023', 'gp_practice'), { username: 'DOYLEK', roles: ['Prior Notification List', 'Cytology Enquiry'] }, [], ['leaver', 'open_exeter_account', 'list_without_bullets']), []));
  }

  // 021 ---------------------------------------------------------------- forgotten password (not locked): not a case kind
  {
    const slug = '021-unclassified-password-reset';
    const text = `Hi, I've forgotten my Open Exeter password and the reset link isn't coming through. Can you reset it for me please? Username BRENNANH

Thanks Hollie

Sent from my iPhone`;
    const { eml } = compose({
      client: 'iphone', text, textOpts: { charset: 'us-ascii', cte: '7bit' },
      env: { seed: slug, from: { name: 'Hollie Brennan', email: 'hollie.brennan@nhs.net' }, to: OE, subject: 'Password', date: '2026-11-19T08:06:55Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['password_reset', 'not_a_kind', 'iphone', 'terse']), []));
  }

  // 022 ---------------------------------------------------------------- asks PCSE to create an ordinary user: the Primary User's job
  {
    const slug = '022-unclassified-add-ordinary-user';
    const text = `Dear PCSE

Please can you set up Open Exeter access for our new practice nurse, Hannah Clegg (hannah.clegg@nhs.net), who starts on Monday? She will need to look up screening histories before taking samples.

Thank you

Denise Fairweather
Reception Manager
Oakwood Park Surgery
Tel 01902 441 870

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Denise Fairweather', email: 'denise.fairweather@nhs.net' }, to: OE, subject: 'New starter - Open Exeter', date: '2026-11-19T11:44:30Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['new_ordinary_user', 'primary_user_task', 'not_a_kind']), []));
  }

  // 023 ---------------------------------------------------------------- out-of-office on a PCSE reply
  {
    const slug = '023-auto-reply-out-of-office';
    const text = `Thank you for your email. I am out of the office until Monday 30 November with limited access to email.

For urgent practice matters please contact reception on 0151 355 2040 or email orchardhouse.admin@nhs.net.

Lucy Fairbrother
Practice Manager, Orchard House Surgery`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: {
        seed: slug, from: { name: 'Lucy Fairbrother', email: 'lucy.fairbrother@nhs.net' }, to: OE, subject: 'Automatic reply: Open Exeter Primary User - Orchard House Surgery N82093 [PCSE-2026-004512]', date: '2026-11-20T12:01:03Z', auth: 'pass',
        extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'lucy.fairbrother@nhs.net']],
      },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['auto_reply', 'case_ref_in_subject'], 'auto_reply'), []));
  }

  // 024 ---------------------------------------------------------------- chaser with a case reference
  {
    const slug = '024-chaser-with-case-ref';
    const text = `Hello,

Could you let me know where this has got to? We sent the signed form on 13 November and our administrator still cannot log in as Primary User.

Thank you
Janine Corrigan
Head of Healthcare, HMP Ashbourne

${outlookQuote({ from: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' }, sent: longDate('2026-11-13T10:15:00Z'), to: [{ name: 'CORRIGAN, Janine (CORVUS CUSTODIAL HEALTH LTD)', email: 'janine.corrigan@nhs.net' }], subject: 'RE: Primary User request - HMP Ashbourne Healthcare (Y05631) [PCSE-2026-004187]' })}
Thank you for your email. Your request has been logged under reference PCSE-2026-004187. Please quote this reference in any correspondence.

PCSE Open Exeter Team`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'CORRIGAN, Janine (CORVUS CUSTODIAL HEALTH LTD)', email: 'janine.corrigan@nhs.net' }, to: OE, subject: 'RE: Primary User request - HMP Ashbourne Healthcare (Y05631) [PCSE-2026-004187]', date: '2026-11-23T09:15:48Z', auth: 'pass', inReplyTo: '<PCSEOE4187@LO2P265MB5511.GBRP265.PROD.OUTLOOK.COM>', references: ['<PCSEOE4187@LO2P265MB5511.GBRP265.PROD.OUTLOOK.COM>'] },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['chaser', 'case_ref', 'quoted_pcse_reply']), []));
  }

  // 025 ---------------------------------------------------------------- misdirected: PCSE Online main contact change, new contact introduced in the third person
  {
    const slug = '025-misdirected-main-contact-change';
    const text = `Dear Sir/Madam,

I would like to introduce Mrs Gwen Roberts-Ellis, who joined Penrhyn Road Surgery as Practice Manager on 9 November. Gwen will be taking over as the practice's Main Contact on PCSE Online from Mr Alun Price, who has now retired. Her email address is gwen.roberts-ellis@nhs.net.

Our practice code is K84033.

Apologies if this should have gone to a different team - please pass it on if so.

Yours faithfully

Dr Ffion Bevan
Senior Partner
Penrhyn Road Surgery

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Bevan Ffion (Dr)', email: 'ffion.bevan@nhs.net' }, to: OE, subject: 'Change of Main Contact - Penrhyn Road Surgery', date: '2026-11-24T14:10:05Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('K84033', 'gp_practice'), { newMainContact: p('Gwen Roberts-Ellis', 'gwen.roberts-ellis@nhs.net') }, [], ['misdirected', 'third_person_introduction', 'previous_contact_named', 'hyphenated_name']), []));
  }

  return out;
}
