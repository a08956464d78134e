// openexeter: writer AA's emails and their expected cases.
import { alt, NHSMAIL_DISCLAIMER as DISC, org, outlookHtml, p, pdf, txt, uncl, withFiles, withRole, type Spec } from './common.js';
import { oeGpForm, oeOtherForm } from './formdefs.js';
import { renderPdf } from './forms.js';
import { filePart, htmlPart, multipart, textPart } from './lib.js';
import { renderScan } from './scans.js';

const D = (iso: string) => new Date(iso);
const sig = (name: string | null, email: string | null, role: string) => withRole(name, email, role);

function notification(o: { code: string; orgName: string; user: string; userId: string; email: string; creator: string; when: string }): string {
  return `This is an automated message from Open Exeter. Please do not reply.

A new user account has been created and requires authorisation by PCSE.

Organisation:      ${o.code}  ${o.orgName}
New user:          ${o.user}
User ID:           ${o.userId}
Email address:     ${o.email}
Created by:        ${o.creator} (Primary User)
Date created:      ${o.when}

Please authorise the account and issue a temporary password.
`;
}

export async function openexeter(): Promise<Spec[]> {
  const out: Spec[] = [];

  {
    const form = await renderPdf(oeGpForm({
      practice: 'Wyvern House Surgery', code: 'L84021', address: '9 Wyvern Street\nCaldersby CB7 1NN', title: 'Mrs', forename: 'Beatrix', surname: 'Hollins', jobTitle: 'Practice Manager',
      email: 'beatrix.hollins@nhs.net', phone: '01632 960 050', signatory: 'Dr Rupert Akintola', capacity: ['Lead GP'], mark: 'X', sigEmail: 'rupert.akintola@nhs.net', signed: true, date: '02/11/2026',
    }), { mode: 'acro', title: 'Open Exeter Primary User request - GP', date: D('2026-11-02T11:00:00Z'), seed: 'o1' });
    out.push({
      n: 1, slug: 'primary-user-acroform-lead-gp', from: { name: 'Beatrix Hollins', email: 'beatrix.hollins@nhs.net' }, subject: 'Open Exeter primary user', date: '2026-11-02T11:21:07Z', client: 'outlook',
      body: withFiles(alt(`Please see attached.\n\nBeatrix Hollins\nPractice Manager\nWyvern House Surgery\n\n${DISC}`, 'o1'), [pdf('OE Primary User form.pdf', form)], 'o1'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('L84021', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Beatrix Hollins', 'beatrix.hollins@nhs.net'), signatory: sig('Rupert Akintola', 'rupert.akintola@nhs.net', 'lead_gp') },
        traits: ['pdf_acroform', 'see_attached', 'nominee_is_sender'],
      },
    });
  }

  {
    const scan = await renderScan(oeGpForm({
      practice: 'Tregarrow Surgery', code: 'Y04417', address: 'Chapel Street\nTregarrow TG4 2LW', title: 'Mrs', forename: 'Eleanor', surname: 'Marsh', jobTitle: 'Reception Manager',
      email: 'eleanor.marsh4@nhs.net', struckEmail: 'ellie.marsh@nhs.net', phone: '01632 960 222', signatory: 'Dr Ifeoma Treloar', capacity: ['GP Partner'], mark: 'X',
      sigEmail: 'i.treloar@nhs.net', signed: true, date: '4/11/26',
    }), { seed: 'o2', values: 'hand', skew: -0.9, speckle: 350, stamp: { page: 0, x: 330, y: 660, lines: ['TREGARROW SURGERY', 'Chapel Street, Tregarrow', 'Practice code Y04417'], color: '#2a3f9a', angle: -6 }, date: D('2026-11-04T13:00:00Z') });
    out.push({
      n: 2, slug: 'primary-user-handwritten-scan-stamp', from: { name: 'Tregarrow Surgery', email: 'tregarrow.surgery@nhs.net' }, subject: 'Scan', date: '2026-11-04T13:07:22Z', client: 'outlook',
      body: withFiles(alt(`\n\n--\nTregarrow Surgery | Chapel Street | Tregarrow\nReception: 01632 960 220\n\n${DISC}`, 'o2'), [pdf('20261104130455.pdf', scan)], 'o2'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('Y04417', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Eleanor Marsh', 'eleanor.marsh4@nhs.net'), signatory: sig('Ifeoma Treloar', 'i.treloar@nhs.net', 'gp_partner') },
        traits: ['scan', 'handwritten', 'stamp', 'struck_out_correction', 'empty_body_signature_only', 'shared_mailbox_sender'],
      },
    });
  }

  {
    const scan = await renderScan(oeGpForm({
      practice: 'Ravensholme Medical Centre', code: 'B82063', address: 'Ravensholme Lane\nHightown HT9 3CC', title: 'Mr', forename: 'Callum', surname: 'Ferreira-Doyle', jobTitle: 'Practice Manager',
      email: 'callum.ferreira-doyle@nhs.net', phone: '01632 960 913', signatory: 'Dr Sunniva Halvorsen', capacity: ['Caldicott Guardian'], mark: 'check', sigEmail: 'sunniva.halvorsen@nhs.net', signed: true, date: '10 Nov 2026',
    }), { seed: 'o3', values: 'typed', skew: 0.5, speckle: 200, stain: { page: 0, x: 300, y: 188, r: 44 }, fold: { page: 0, y: 366 }, date: D('2026-11-10T10:00:00Z'), producer: 'Canon iR-ADV C5535' });
    out.push({
      n: 3, slug: 'primary-user-scan-coffee-fold', from: { name: 'Callum Ferreira-Doyle', email: 'callum.ferreira-doyle@nhs.net' }, subject: 'RE: Open Exeter - Primary User form required', date: '2026-11-10T10:18:30Z', client: 'outlook',
      body: withFiles(alt(`Form attached as requested.\n\nCallum\n\n${DISC}`, 'o3'), [pdf('OE PU form signed.pdf', scan)], 'o3'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('B82063', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Callum Ferreira-Doyle', 'callum.ferreira-doyle@nhs.net'), signatory: sig('Sunniva Halvorsen', 'sunniva.halvorsen@nhs.net', 'caldicott_guardian') },
        traits: ['scan', 'coffee_stain', 'fold_line', 'check_mark', 'body_says_little'],
      },
    });
  }

  {
    const form = await renderPdf(oeOtherForm({
      orgType: ['Pharmacy'], orgName: 'Goldhill Pharmacy', code: 'FM318', address: '27 Goldhill Parade\nAshcombe AC2 5YU', nominee: 'Aleksander Nowicki', jobTitle: 'Pharmacy Technician',
      email: 'aleksander.nowicki@nhs.net', phone: '01632 960 678', signatory: 'Priyanka Sethuraman', capacity: ['Member of the Board of Directors'], mark: 'circle', sigEmail: 'priyanka.sethuraman@nhs.net',
      sigPosition: 'Director', signed: true, date: '2026/11/13',
    }), { mode: 'flat', font: 'helv', title: 'OE Primary User - other organisations', date: D('2026-11-13T09:00:00Z'), seed: 'o4' });
    out.push({
      n: 4, slug: 'primary-user-pharmacy-flat-circled', from: { name: 'Priyanka Sethuraman', email: 'priyanka.sethuraman@nhs.net' }, subject: 'Primary User request - Goldhill Pharmacy FM318', date: '2026-11-13T09:40:51Z', client: 'outlook',
      body: withFiles(alt(`Good morning,\n\nPlease find attached our request for Aleksander to be set up as Primary User for Open Exeter.\n\nRegards\nPriyanka Sethuraman\nDirector, Goldhill Pharmacy Ltd\n\n${DISC}`, 'o4'), [pdf('Open Exeter PU Goldhill.pdf', form)], 'o4'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('FM318', 'pharmacy'),
        fields: { organisationKind: 'other', nominee: p('Aleksander Nowicki', 'aleksander.nowicki@nhs.net'), signatory: sig('Priyanka Sethuraman', 'priyanka.sethuraman@nhs.net', 'board_member') },
        traits: ['pdf_flat', 'circled_tick', 'other_organisation', 'mixed_date_format'],
      },
    });
  }

  {
    const form = await renderPdf(oeGpForm({
      practice: 'Pennant Street Surgery', code: 'N82117', address: '1 Pennant Street\nLlanfair Cross LC1 1PS', title: 'Ms', forename: 'Rhiannon', surname: 'Gethin', jobTitle: 'Practice Manager',
      email: 'N/A', phone: 'rhiannon.gethin@nhs.net', signatory: 'Rhiannon Gethin', capacity: [], mark: 'X', sigPosition: 'Practice Manager', sigEmail: '-', signed: true, date: '16/11/2026',
    }), { mode: 'acro', title: 'Open Exeter Primary User request - GP', date: D('2026-11-16T12:00:00Z'), seed: 'o5' });
    out.push({
      n: 5, slug: 'primary-user-pm-signs-for-herself', from: { name: 'Rhiannon Gethin', email: 'rhiannon.gethin@nhs.net' }, subject: 'OE form', date: '2026-11-16T12:09:45Z', client: 'outlook',
      body: withFiles(alt(`Hi, form attached for me to be our primary user, the last one left in the summer.\n\nRhiannon\nPractice Manager, Pennant Street Surgery\n\n${DISC}`, 'o5'), [pdf('OE_PU_Pennant.pdf', form)], 'o5'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('N82117', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Rhiannon Gethin', 'rhiannon.gethin@nhs.net'), signatory: sig('Rhiannon Gethin', 'rhiannon.gethin@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['pdf_acroform', 'value_in_wrong_box', 'placeholder_values', 'signatory_is_nominee', 'no_capacity_ticked'],
      },
    });
  }

  {
    const scan = await renderScan(oeGpForm({
      practice: 'Kingsmead Family Practice', code: 'C86019', address: '200 Kingsmead Road\nOrchard Vale OV3 7KM', title: 'Mrs', forename: 'Oona', surname: 'Castellanos-Reid', jobTitle: 'Deputy Practice Manager',
      email: 'oona.castellanos-reid@nhs.net', phone: '01632 960 760', signatory: 'Marjorie Pembleton', capacity: ['Existing Primary Contact'], mark: 'check', sigEmail: 'm.pembleton@nhs.net', signed: true, date: '19.11.2026',
      notesPage: true, blankCopy: true,
    }), { seed: 'o6', values: 'capitals', skew: 1.1, speckle: 250, date: D('2026-11-19T15:30:00Z'), producer: 'Xerox WorkCentre 6515', jpegQuality: 65 });
    out.push({
      n: 6, slug: 'primary-user-three-page-scan', from: { name: 'Marjorie Pembleton', email: 'm.pembleton@nhs.net' }, subject: 'Additional Primary User - Kingsmead C86019', date: '2026-11-19T15:41:12Z', client: 'outlook',
      body: withFiles(alt(`Dear Open Exeter team,

I am currently the Primary Contact for Kingsmead Family Practice and would like Oona to be set up as a second Primary User so we have cover. Form attached (I scanned the whole pack, only the first page is filled in).

Regards
Marjorie Pembleton
Practice Manager

${DISC}`, 'o6'), [pdf('Kingsmead OE form.pdf', scan)], 'o6'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('C86019', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Oona Castellanos-Reid', 'oona.castellanos-reid@nhs.net'), signatory: sig('Marjorie Pembleton', 'm.pembleton@nhs.net', 'existing_primary_contact') },
        traits: ['scan', 'multi_page_scan', 'capitals', 'one_page_filled', 'mixed_date_format'],
      },
    });
  }

  {
    const form = await renderPdf(oeOtherForm({
      old: true, orgType: ['Dental practice'], orgName: 'Harbourside Dental Studio', code: 'V330982', address: 'Unit 5, The Wharf\nPort Kellan PK1 2WH', nominee: 'Keeley Armitage', jobTitle: 'Practice Manager',
      email: 'keeley.armitage@nhs.net', phone: '01632 960 333', signatory: 'Dr Tomasz Wierzbicki', capacity: ['Caldicott Guardian'], mark: 'X', sigEmail: 'tomasz.wierzbicki@nhs.net',
      sigPosition: 'Principal Dentist', signed: false, date: '20/11/26',
    }), { mode: 'flat', font: 'times', title: 'OE Primary Contact form', creator: 'Microsoft® Word 2013', date: D('2026-11-20T10:00:00Z'), seed: 'o7' });
    out.push({
      n: 7, slug: 'primary-user-dental-old-form-unsigned', from: { name: 'Keeley Armitage', email: 'keeley.armitage@nhs.net' }, subject: 'Open Exeter form', date: '2026-11-20T10:25:00Z', client: 'outlook',
      body: withFiles(alt(`Form attached.\n\nKeeley Armitage\nPractice Manager\nHarbourside Dental Studio\n\n${DISC}`, 'o7'), [pdf('OE form Harbourside.pdf', form)], 'o7'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('V330982', 'dental_practice'),
        fields: { organisationKind: 'other', nominee: p('Keeley Armitage', 'keeley.armitage@nhs.net'), signatory: sig('Tomasz Wierzbicki', 'tomasz.wierzbicki@nhs.net', 'caldicott_guardian') },
        mustRaise: ['missing_signature'],
        traits: ['pdf_flat', 'old_form_version', 'unsigned_form', 'other_organisation'],
      },
    });
  }

  {
    const form = await renderPdf(oeOtherForm({
      orgType: ['Pharmacy'], orgName: 'Haverleigh Vision Centre', code: 'TPR52', address: '6 Bridge Street\nHaverleigh HV1 1BS', nominee: 'Paula Yeboah', jobTitle: 'Optical Assistant',
      email: 'paula.yeboah@nhs.net', phone: '01632 960 585', signatory: 'Gideon Farrant', capacity: ['Existing Primary User'], mark: 'X', sigEmail: 'gideon.farrant@nhs.net',
      sigPosition: 'Practice Manager', signed: true, date: '24-11-26',
    }), { mode: 'flat', font: 'helv', valueFont: 'courier', title: 'OE PU', date: D('2026-11-24T09:00:00Z'), seed: 'o8' });
    out.push({
      n: 8, slug: 'primary-user-optician-pharmacy-ticked', from: { name: 'Gideon Farrant', email: 'gideon.farrant@nhs.net' }, subject: 'Primary user form', date: '2026-11-24T09:14:37Z', client: 'outlook',
      body: withFiles(alt(`Hello, I'm our existing Primary User and would like Paula added as a second one. Form attached.\n\nGideon Farrant\nHaverleigh Vision Centre\n\n${DISC}`, 'o8'), [pdf('PU form.pdf', form)], 'o8'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('TPR52', 'ophthalmic_practice'),
        fields: { organisationKind: 'other', nominee: p('Paula Yeboah', 'paula.yeboah@nhs.net'), signatory: sig('Gideon Farrant', 'gideon.farrant@nhs.net', 'existing_primary_user') },
        mustRaise: ['ods_type_mismatch'],
        traits: ['pdf_flat', 'tick_box_type_disagrees_with_code', 'other_organisation'],
      },
    });
  }

  out.push({
    n: 9, slug: 'permissions-gp-partner', from: { name: 'Dr Miriam Osei-Kufuor', email: 'miriam.osei-kufuor@nhs.net' }, subject: 'Additional Open Exeter permissions - Thistledown Surgery A84033', date: '2026-11-06T12:30:44Z', client: 'outlook',
    body: alt(`Dear PCSE,

As a GP Partner at Thistledown Surgery (A84033) I would like to request the following additional permissions for our existing Open Exeter user Mehreen Dastgir (user ID MDASTGIR, mehreen.dastgir@nhs.net):

1. Prior Notification List
2. Cytology Results Enquiry
3. Non-Responder Reports

She has taken over the cervical screening admin from our nurse lead.

Kind regards,
Dr Miriam Osei-Kufuor
GP Partner

${DISC}`, 'o9'),
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: org('A84033', 'gp_practice'),
      fields: {
        user: { name: 'Mehreen Dastgir', email: 'mehreen.dastgir@nhs.net', username: 'MDASTGIR' },
        permissions: ['Prior Notification List', 'Cytology Results Enquiry', 'Non-Responder Reports'],
        signatory: sig('Miriam Osei-Kufuor', 'miriam.osei-kufuor@nhs.net', 'gp_partner'),
      },
      traits: ['numbered_list', 'several_permissions'],
    },
  });

  {
    const text = `Hi OE team,

Could our receptionist Ben Achebe please have these added to his Open Exeter account:

  * Call and Recall - Ceased Patients
  * Cytology Results Enquiry

His user ID is BACHEBE01 and email ben.achebe@nhs.net.

Thanks
Glenys

Glenys Parry-Whitcombe
Practice Manager
Nantmawr Surgery (W00416)
`;
    out.push({
      n: 10, slug: 'permissions-from-practice-manager', from: { name: 'Glenys Parry-Whitcombe', email: 'glenys.parry-whitcombe@nhs.net' }, subject: 'Extra permissions please', date: '2026-11-17T15:05:55Z', client: 'outlook',
      body: htmlPart(outlookHtml(`${text}\n${DISC}`)),
      exp: {
        kind: 'open_exeter_additional_permissions', organisation: org('W00416', 'gp_practice'),
        fields: {
          user: { name: 'Ben Achebe', email: 'ben.achebe@nhs.net', username: 'BACHEBE01' },
          permissions: ['Call and Recall - Ceased Patients', 'Cytology Results Enquiry'],
          signatory: sig('Glenys Parry-Whitcombe', 'glenys.parry-whitcombe@nhs.net', 'other'),
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['html_only', 'role_in_signature', 'several_permissions'],
      },
    });
  }

  out.push({
    n: 11, slug: 'permissions-from-practice-domain', from: { name: 'Dr Rowan Thistlewood', email: 'rowan.thistlewood@marshfieldhealth.co.uk' }, subject: 'Open Exeter permissions for Ilse', date: '2026-11-25T08:22:16Z', client: 'outlook',
    auth: { pass: 'marshfieldhealth.co.uk' },
    body: alt(`Hello

I'm the Caldicott Guardian for Marshfield Health Centre, H82090. Please add the following permissions for Ilse Vandermeer (username IVANDERMEER, ilse.vandermeer@nhs.net):
- Prior Notification List
- Patient Demographics Enquiry
- GP Links Reports

Thanks,
Rowan

Dr Rowan Thistlewood
GP and Caldicott Guardian
Marshfield Health Centre | www.marshfieldhealth.co.uk`, 'o11'),
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: org('H82090', 'gp_practice'),
      fields: {
        user: { name: 'Ilse Vandermeer', email: 'ilse.vandermeer@nhs.net', username: 'IVANDERMEER' },
        permissions: ['Prior Notification List', 'Patient Demographics Enquiry', 'GP Links Reports'],
        signatory: sig('Rowan Thistlewood', 'rowan.thistlewood@marshfieldhealth.co.uk', 'caldicott_guardian'),
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['practice_domain_sender', 'several_permissions'],
    },
  });

  out.push({
    n: 12, slug: 'new-user-notification-raw', from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' }, subject: 'Open Exeter: new user requires authorisation - L84021', date: '2026-12-02T10:14:33Z', client: 'system',
    body: txt(notification({ code: 'L84021', orgName: 'WYVERN HOUSE SURGERY', user: 'PRENDERGAST, CIARA', userId: 'CPRENDERGAST', email: 'ciara.prendergast@nhs.net', creator: 'HOLLINS, BEATRIX', when: '02/12/2026 10:14' })),
    exp: {
      kind: 'open_exeter_new_user_authorisation', organisation: org('L84021', 'gp_practice'),
      fields: { user: { name: 'Ciara Prendergast', email: 'ciara.prendergast@nhs.net', username: 'CPRENDERGAST' }, createdBy: p('Beatrix Hollins', null) },
      traits: ['system_notification', 'surname_first_capitals'],
    },
  });

  out.push({
    n: 13, slug: 'new-user-forwarded-by-creator', from: { name: 'Marjorie Pembleton', email: 'm.pembleton@nhs.net' }, subject: 'FW: Open Exeter: new user requires authorisation - C86019', date: '2026-12-03T08:47:02Z', client: 'outlook',
    body: alt(`Hi, please can you authorise Jodie asap - she starts on the screening admin on Monday. Thanks, Marjorie

Marjorie Pembleton
Practice Manager, Kingsmead Family Practice

-----Original Message-----
From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 02 December 2026 16:31
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Cc: m.pembleton@nhs.net
Subject: Open Exeter: new user requires authorisation - C86019

${notification({ code: 'C86019', orgName: 'KINGSMEAD FAMILY PRACTICE', user: 'ASPINALL, JODIE', userId: 'JASPINALL', email: 'jodie.aspinall@nhs.net', creator: 'PEMBLETON, MARJORIE', when: '02/12/2026 16:30' })}
${DISC}`, 'o13'),
    exp: {
      kind: 'open_exeter_new_user_authorisation', organisation: org('C86019', 'gp_practice'),
      fields: { user: { name: 'Jodie Aspinall', email: 'jodie.aspinall@nhs.net', username: 'JASPINALL' }, createdBy: p('Marjorie Pembleton', 'm.pembleton@nhs.net') },
      traits: ['forwarded', 'comment_above_forward', 'creator_forwards'],
    },
  });

  {
    const inner = [
      'From: Open Exeter <openexeter.notifications@nhs.net>',
      'To: PCSE Open Exeter <pcse.openexeter@nhs.net>',
      'Cc: thistledown.surgery@nhs.net',
      'Subject: Open Exeter: new user requires authorisation - A84033',
      'Date: Mon, 30 Nov 2026 17:02:10 +0000',
      'Message-ID: <oe-notify-a84033-20261130170210@openexeter.nhs.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="us-ascii"',
      'Content-Transfer-Encoding: 7bit',
      '',
      ...notification({ code: 'A84033', orgName: 'THISTLEDOWN SURGERY', user: 'FAIRWEATHER, TOBY', userId: 'TFAIRWEATHER', email: '(not supplied)', creator: 'LIM, WEI-JIE', when: '30/11/2026 17:02' }).split('\n'),
    ].join('\r\n');
    out.push({
      n: 14, slug: 'new-user-forwarded-as-attachment', from: { name: 'Thistledown Surgery', email: 'thistledown.surgery@nhs.net' }, subject: 'FW: new user Toby', date: '2026-12-01T09:03:19Z', client: 'outlook',
      body: multipart('mixed', [
        multipart('alternative', [textPart(`Morning - Dr Lim set Toby up yesterday as our new HCA, he hasn't had a password through yet. Notification attached. Thank you!\n\nThistledown Surgery reception\n\n${DISC}`), htmlPart(outlookHtml(`Morning - Dr Lim set Toby up yesterday as our new HCA, he hasn't had a password through yet. Notification attached. Thank you!\n\nThistledown Surgery reception\n\n${DISC}`))], 'o14a', 'outlook'),
        filePart('Open Exeter new user requires authorisation - A84033.eml', 'message/rfc822', Buffer.from(inner), { outlook: true }),
      ], 'o14', 'outlook'),
      exp: {
        kind: 'open_exeter_new_user_authorisation', organisation: org('A84033', 'gp_practice'),
        fields: { user: { name: 'Toby Fairweather', email: null, username: 'TFAIRWEATHER' }, createdBy: p('Wei-Jie Lim', null) },
        traits: ['forward_as_attachment', 'message_rfc822', 'no_user_email'],
      },
    });
  }

  out.push({
    n: 15, slug: 'chaser-reference-in-subject', from: { name: 'Callum Ferreira-Doyle', email: 'callum.ferreira-doyle@nhs.net' }, subject: 'RE: PCSE-2026-005123 Open Exeter Primary User', date: '2026-11-24T14:20:31Z', client: 'android',
    body: txt(`Any update on this? Still can't see Organisation Maintenance.\n\nGet Outlook for Android`),
    exp: uncl(['chaser', 'case_reference', 'phone']),
  });

  out.push({
    n: 16, slug: 'out-of-office', from: { name: 'Dr Miriam Osei-Kufuor', email: 'miriam.osei-kufuor@nhs.net' }, subject: 'Automatic reply: PCSE-2026-004551 Additional Open Exeter permissions', date: '2026-11-07T09:00:12Z', client: 'outlook',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    body: alt(`Thank you for your email. I am on leave returning 16/11/2026. For clinical matters please call the surgery; for admin please email thistledown.surgery@nhs.net.`, 'o16'),
    exp: uncl(['auto_reply'], 'auto_reply'),
  });

  out.push({
    n: 17, slug: 'question-primary-user-clinician', from: { name: 'Yasmin Delahaye', email: 'yasmin.delahaye@nhs.net' }, subject: 'Query re Primary User', date: '2026-11-28T13:13:13Z', client: 'outlook',
    body: alt(`Hello

Does the Open Exeter Primary User have to be a clinician, or can it be one of our admin team? And if our Caldicott Guardian is also the Lead GP, can they sign the form in either capacity?

Many thanks
Yasmin Delahaye
Assistant Practice Manager

${DISC}`, 'o17'),
    exp: uncl(['question']),
  });

  {
    const form = await renderPdf(oeGpForm({
      practice: 'Brampton Vale Surgery', code: 'P84066', address: 'Vale Road\nBrampton BV2 6TT', title: 'Miss', forename: 'Jaswinder', surname: 'Kaur-Bedi', jobTitle: 'Administrator',
      email: 'jas.kaurbedi@nhs.net', phone: '01632 960 066', signatory: 'Dr Leonie Fairclough', capacity: ['GP Partner'], mark: 'check', sigEmail: 'leonie.fairclough@nhs.net', signed: true, date: '2nd Dec 2026',
    }), { mode: 'acro', title: 'Open Exeter Primary User request - GP', date: D('2026-12-02T12:00:00Z'), seed: 'o18', fieldPrefix: 'topmostSubform[0].Page1[0].' });
    out.push({
      n: 18, slug: 'primary-user-email-corrects-form', from: { name: 'Dr Leonie Fairclough', email: 'leonie.fairclough@nhs.net' }, subject: 'Primary User request - Brampton Vale P84066', date: '2026-12-02T12:26:40Z', client: 'outlook',
      body: withFiles(alt(`Hello,

Signed form attached for Jas to become our Primary User. NB the email address on the form has a typo - it should be jas.kaur-bedi@nhs.net (with the hyphen), not what's on the form.

Thanks
Leonie Fairclough
GP Partner, Brampton Vale Surgery

${DISC}`, 'o18'), [pdf('Brampton Vale OE PU.pdf', form)], 'o18'),
      exp: {
        kind: 'open_exeter_primary_user_request', organisation: org('P84066', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: p('Jaswinder Kaur-Bedi', 'jas.kaur-bedi@nhs.net'), signatory: sig('Leonie Fairclough', 'leonie.fairclough@nhs.net', 'gp_partner') },
        traits: ['pdf_acroform', 'form_disagrees_with_email', 'email_counts', 'mixed_date_format'],
      },
    });
  }

  return out;
}
