// The portalenquiries mailbox: nominations, main contacts, links, locks, roles, a misdirected Open Exeter form.
import { P, PCSE, S, exp, mid, org, type Item } from './common.js';
import { gppForm, oeForm } from './forms.js';
import { NHSMAIL_FOOTER, message, pdf, text } from './lib.js';
import { vectorPdf } from './pdfs.js';

const MB = 'portalenquiries' as const;
const TO = [PCSE.pe];

export async function portal(): Promise<Item[]> {
  const items: Item[] = [];
  const add = (slug: string, eml: Buffer, expected: Item['expected'], pdfs?: Item['pdfs']) => items.push({ mailbox: MB, slug, eml, expected, pdfs });

  // 001 ---------------------------------------------------------------- GPP certification form, flat
  {
    const bytes = await vectorPdf(gppForm({
      practiceName: 'Parkside Medical Group', practiceCode: 'N82117', nomName: 'Rhys Llewellyn', nomRole: 'Finance Manager', nomEmail: 'rhys.llewellyn@nhs.net', nomPhone: '0151 496 0877',
      apprName: 'Dr Mei-Ling Chua', apprRole: 'GP Partner', apprEmail: 'meiling.chua@nhs.net', apprDate: '03/11/2026', seed: 301,
    }), { mode: 'flat', meta: { title: 'GPP UA certification', author: 'Mei-Ling Chua', creator: 'Microsoft\u00ae Word for Microsoft 365', producer: 'Microsoft\u00ae Word for Microsoft 365', date: '2026-11-03T09:30:00Z' }, seed: 1301 });
    const body = `Dear PCSE,

Please find attached the completed certification form nominating our finance manager, Rhys Llewellyn, as GPP Practice User Administrator. I have signed Part 2 as a GP Partner.

Regards
Dr Mei-Ling Chua
GP Partner, Parkside Medical Group
${NHSMAIL_FOOTER}`;
    add('001-gpp-certification-flat', message({
      profile: 'outlook', from: { name: 'CHUA, Mei-Ling (Dr) (PARKSIDE MEDICAL GROUP)', email: 'meiling.chua@nhs.net' }, to: TO,
      subject: 'GPP Practice User Administrator certification form - Parkside Medical Group', date: '2026-11-03T09:41:12Z', id: mid('outlook', 301),
      body: { multipart: 'mixed', boundary: '_004_LO2P265MB0301PMG_', parts: [text(body), pdf('GPP UA certification - Parkside.pdf', bytes)] },
    }), exp(MB, 'user_admin_nomination', org('N82117', 'gp_practice'), {
      service: 'GPP', nominee: P('Rhys Llewellyn', 'rhys.llewellyn@nhs.net'), approver: S('Mei-Ling Chua', 'meiling.chua@nhs.net', 'GP Partner'),
    }, [], ['pdf_flat', 'gpp_certification']), [{ name: 'GPP UA certification - Parkside.pdf', kind: 'flat', pages: 1, note: 'GPP certification (writer AE layout), both parts, drawn signature' }]);
  }

  // 002 ---------------------------------------------------------------- PL admin by the CQC Registered Manager
  {
    const body = `Hello,

We have had no PL organisation administrator at Moorfield Practice (A83047) since our last one left. As the practice's CQC Registered Manager I would like to nominate Ayesha Siddiqa, our Assistant Practice Manager, for the PL Organisation Administrator role. Her email is ayesha.siddiqa@nhs.net.

Thanks
Gareth Pugh-Evans
Practice Manager & CQC Registered Manager
Moorfield Practice
0191 496 0032
${NHSMAIL_FOOTER}`;
    add('002-pl-admin-cqc-manager', message({
      profile: 'outlook', from: { name: 'PUGH-EVANS, Gareth (MOORFIELD PRACTICE)', email: 'gareth.pugh-evans@nhs.net' }, to: TO,
      subject: 'PL Organisation Administrator request', date: '2026-11-04T14:22:37Z', id: mid('outlook', 302), body: text(body),
    }), exp(MB, 'user_admin_nomination', org('A83047', 'gp_practice'), {
      service: 'PL', nominee: P('Ayesha Siddiqa', 'ayesha.siddiqa@nhs.net'), approver: S('Gareth Pugh-Evans', 'gareth.pugh-evans@nhs.net', 'CQC Registered Manager'),
    }, [], ['prose', 'hyphenated_name']));
  }

  // 003 ---------------------------------------------------------------- OPTO admin by the contract holder, Portuguese writer, windows-1252
  {
    const body = `Good morning,

I am the contract holder of Vis\u00e3o Clara Opticians (TPK31). I want to nominate my colleague In\u00eas Carvalho for the Opto User Management (Organisation) role, her email is ines.carvalho@nhs.net. She will do the GOS claims from now.

Obrigado,
Jo\u00e3o Gon\u00e7alves
Optometrist & Contract Holder
Vis\u00e3o Clara Opticians
`;
    add('003-opto-admin-contract-holder-cp1252', message({
      profile: 'outlook', from: { name: 'Jo\u00e3o Gon\u00e7alves', email: 'joao.goncalves@nhs.net', charset: 'windows-1252' }, to: TO,
      subject: 'Pedido - user admin for Ophthalmic payments', date: '2026-11-05T10:05:50Z', id: mid('outlook', 303),
      body: text(body + NHSMAIL_FOOTER, 'windows-1252', 'quoted-printable'),
    }), exp(MB, 'user_admin_nomination', org('TPK31', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: P('In\u00eas Carvalho', 'ines.carvalho@nhs.net'), approver: S('Jo\u00e3o Gon\u00e7alves', 'joao.goncalves@nhs.net', 'Contract Holder'),
    }, [], ['second_language_english', 'windows_1252', 'non_ascii_name']));
  }

  // 004 ---------------------------------------------------------------- PCN admin approved by an ICB approver, forwarded
  {
    const body = `Dear PCSE,

I am an approver for NHS Humber and North Yorkshire ICB on the NHSE Authorised Email List. I approve the request below for Riverside Central PCN (U61028) to have a PCN user admin.

Kind regards
Catherine Mbeki-Hartley
Head of Primary Care Contracting
NHS Humber and North Yorkshire ICB

________________________________
From: OKONJO, Emeka (RIVERSIDE CENTRAL PCN) <emeka.okonjo@nhs.net>
Sent: 06 November 2026 11:58
To: MBEKI-HARTLEY, Catherine (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D) <catherine.mbekihartley@nhs.net>
Subject: PCN user admin - Riverside Central PCN

Hi Catherine,

We have no PCN user admin on PCSE Online. Please can Tariq Mahmood (tariq.mahmood1@nhs.net), our PCN Digital Transformation Lead, be given the PCN user admin role for Riverside Central PCN (U61028)? PCSE say this needs to come from an ICB approver.

Thanks
Emeka Okonjo
PCN Manager
${NHSMAIL_FOOTER}`;
    add('004-pcn-admin-icb-approver-forwarded', message({
      profile: 'outlook', from: { name: 'MBEKI-HARTLEY, Catherine (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', email: 'catherine.mbekihartley@nhs.net' }, to: TO,
      subject: 'FW: PCN user admin - Riverside Central PCN', date: '2026-11-06T13:30:21Z', id: mid('outlook', 304), body: text(body),
    }), exp(MB, 'user_admin_nomination', org('U61028', 'pcn'), {
      service: 'PCN', nominee: P('Tariq Mahmood', 'tariq.mahmood1@nhs.net'), approver: S('Catherine Mbeki-Hartley', 'catherine.mbekihartley@nhs.net', 'Head of Primary Care Contracting'),
    }, [], ['forwarded', 'on_behalf_of', 'three_people', 'hyphenated_name']));
  }

  // 005 ---------------------------------------------------------------- main contact change, terse
  {
    add('005-main-contact-change-terse', message({
      profile: 'outlook', from: { name: 'SANDHILL SURGERY (R82045)', email: 'sandhill.surgery@nhs.net' }, to: TO,
      subject: 'main contact change', date: '2026-11-09T12:12:12Z', id: mid('outlook', 305),
      body: text(`New main contact for R82045 please: Lakshmi Narayanan, lakshmi.narayanan2@nhs.net. Ta\n${NHSMAIL_FOOTER}`),
    }), exp(MB, 'main_contact_change', org('R82045', 'gp_practice'), { newMainContact: P('Lakshmi Narayanan', 'lakshmi.narayanan2@nhs.net') }, [], ['terse', 'shared_mailbox_sender']));
  }

  // 006 ---------------------------------------------------------------- main contact change on behalf of the partners, old contact in copy
  {
    const body = `Dear PCSE,

On behalf of the partners at St Hilda's Surgery (K84036), please change our Main Contact from Dr Marcus Fairweather (in copy, who agrees) to myself, Aylin Y\u0131ld\u0131z \u2013 aylin.yildiz@nhs.net.

I started as practice manager on 1 November.

Te\u015fekk\u00fcrler / many thanks,
Aylin Y\u0131ld\u0131z
Practice Manager, St Hilda's Surgery
${NHSMAIL_FOOTER}`;
    add('006-main-contact-change-on-behalf', message({
      profile: 'outlook', from: { name: 'Aylin Y\u0131ld\u0131z', email: 'aylin.yildiz@nhs.net' }, to: TO, cc: [{ name: 'FAIRWEATHER, Marcus (Dr) (ST HILDA\'S SURGERY)', email: 'marcus.fairweather@nhs.net' }],
      subject: "Change of Main Contact - St Hilda's Surgery K84036", date: '2026-11-10T08:58:33Z', id: mid('outlook', 306), body: text(body),
    }), exp(MB, 'main_contact_change', org('K84036', 'gp_practice'), { newMainContact: P('Aylin Y\u0131ld\u0131z', 'aylin.yildiz@nhs.net') }, [], ['on_behalf_of', 'old_contact_in_copy', 'non_ascii_name']));
  }

  // 007 ---------------------------------------------------------------- verification link, GP with GMC number
  {
    const body = `Hello,

I never received the PCSE Online verification link. My GMC registered email is obiageli.nwosu@nhs.net and my GMC number is 7123456. Please could you send a new link?

Thanks
Dr Obiageli Nwosu
Salaried GP, Ferncliffe Surgery
${NHSMAIL_FOOTER}`;
    add('007-verification-link-gmc', message({
      profile: 'outlook', from: { name: 'NWOSU, Obiageli (Dr) (FERNCLIFFE SURGERY)', email: 'obiageli.nwosu@nhs.net' }, to: TO,
      subject: 'New verification link please', date: '2026-11-11T19:22:04Z', id: mid('outlook', 307), body: text(body),
    }), exp(MB, 'verification_link_resend', org(null, 'gp_practice'), { accountEmail: 'obiageli.nwosu@nhs.net', gmcNumber: '7123456' }, [], ['own_account', 'no_code']));
  }

  // 008 ---------------------------------------------------------------- verification link for someone else
  {
    const body = `Hi,

Could you resend the verification link for Dr Luca Bianchi, who joined us last month? He says he never got it. His GMC email is luca.bianchi@nhs.net (GMC 7654321).

Thanks
Beatrice Ampofo
Practice Manager, Ravenscroft Medical Centre (C81017)
${NHSMAIL_FOOTER}`;
    add('008-verification-link-not-own', message({
      profile: 'outlook', from: { name: 'AMPOFO, Beatrice (RAVENSCROFT MEDICAL CENTRE)', email: 'beatrice.ampofo@nhs.net' }, to: TO,
      subject: 'Verification link - Dr Bianchi', date: '2026-11-12T11:35:49Z', id: mid('outlook', 308), body: text(body),
    }), exp(MB, 'verification_link_resend', org('C81017', 'gp_practice'), { accountEmail: 'luca.bianchi@nhs.net', gmcNumber: '7654321' }, ['not_own_account'], ['someone_elses_account']));
  }

  // 009 ---------------------------------------------------------------- unlock, Vietnamese writer
  {
    const body = `Dear Sir/Madam,

I am locked my account of PCSE Online because I put wrong password 5 times. My username is huong.nguyen@nhs.net. I work in Parkgate Pharmacy FP612 as dispenser. Please help to unlock.

Thank you so much.
Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng
`;
    add('009-unlock-second-language', message({
      profile: 'outlook', from: { name: 'Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng', email: 'huong.nguyen@nhs.net' }, to: TO,
      subject: 'Account locked', date: '2026-11-13T07:50:26Z', id: mid('outlook', 309), body: text(body + NHSMAIL_FOOTER),
    }), exp(MB, 'account_unlock', org('FP612', 'pharmacy'), { username: 'huong.nguyen@nhs.net' }, [], ['second_language_english', 'non_ascii_name']));
  }

  // 010 ---------------------------------------------------------------- reactivation for a user administrator
  {
    const body = `Hello,

My PCSE Online account seems to have been deactivated as I had not logged in for a few months. I am one of the GPP Practice User Administrators for Elmfield Practice (M83620). My username is a.mckenzieross@nhs.net.

Please can you reactivate it?

Alasdair McKenzie-Ross
Practice Business Manager
${NHSMAIL_FOOTER}`;
    add('010-reactivation-user-admin', message({
      profile: 'outlook', from: { name: 'McKENZIE-ROSS, Alasdair (ELMFIELD PRACTICE)', email: 'a.mckenzieross@nhs.net' }, to: TO,
      subject: 'Account deactivated - GPP user admin', date: '2026-11-16T10:10:10Z', id: mid('outlook', 310), body: text(body),
    }), exp(MB, 'account_reactivation', org('M83620', 'gp_practice'), { username: 'a.mckenzieross@nhs.net' }, [], ['user_admin']));
  }

  // 011 ---------------------------------------------------------------- role removal
  {
    const body = `Hi,

Please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from Kate Lindstr\u00f6m's account (kate.lindstrom@nhs.net). She has moved to the reception team and no longer needs them.

Practice: Northgate Surgery, D82044

Thanks
Tendai Moyo
${NHSMAIL_FOOTER}`;
    add('011-role-removal', message({
      profile: 'outlook', from: { name: 'MOYO, Tendai (NORTHGATE SURGERY)', email: 'tendai.moyo@nhs.net' }, to: TO,
      subject: 'Remove roles', date: '2026-11-17T13:45:00Z', id: mid('outlook', 311), body: text(body),
    }), exp(MB, 'role_removal_request', org('D82044', 'gp_practice'), { username: 'kate.lindstrom@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, [], ['roles_in_prose', 'non_ascii_name']));
  }

  // 012 ---------------------------------------------------------------- an Open Exeter form sent to the wrong mailbox
  {
    const bytes = await vectorPdf(oeForm({
      form: 'other', seed: 312, fieldNames: 'descriptive',
      orgName: 'Cervical Screening Laboratory, Northern Pathology Partnership', orgType: 'Pathology laboratory', orgCode: null, orgAddress: 'Pathology Centre, Royal Moor Hospital, Moor Road, Gateshead NE9 6SX', orgPhone: '0191 496 0650',
      nomTitle: 'Mr', nomForename: 'Henrik', nomSurname: 'S\u00f8ndergaard', nomRole: 'Senior Biomedical Scientist', nomEmail: 'henrik.sondergaard@nhs.net', nomPhone: '0191 496 0661',
      capacity: 2, sigName: 'Yewande Coker', sigJobTitle: 'Laboratory Office Manager', sigEmail: 'yewande.coker@nhs.net', signed: true, sigDate: '18/11/2026',
    }), { mode: 'acro', meta: { title: 'OE-PU2', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432', date: '2026-11-18T14:00:00Z' }, seed: 1312 });
    const body = `Hello,

Please find attached an application for a second Primary User for the laboratory. I am the existing Primary User and have signed the form.

Regards
Yewande Coker
Laboratory Office Manager
Northern Pathology Partnership
${NHSMAIL_FOOTER}`;
    add('012-misdirected-open-exeter-form', message({
      profile: 'outlook', from: { name: 'COKER, Yewande (NORTHERN PATHOLOGY PARTNERSHIP)', email: 'yewande.coker@nhs.net' }, to: TO,
      subject: 'Open Exeter primary user application', date: '2026-11-18T14:12:58Z', id: mid('outlook', 312),
      body: { multipart: 'mixed', boundary: '_015_LO2P265MB0312NPP_', parts: [text(body), pdf('OE-PU2 Cytology lab.pdf', bytes)] },
    }), exp(MB, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: P('Henrik S\u00f8ndergaard', 'henrik.sondergaard@nhs.net'), signatory: S('Yewande Coker', 'yewande.coker@nhs.net', 'existing_primary_user'),
    }, [], ['misdirected', 'pdf_acroform', 'other_organisation', 'non_ascii_name', 'job_title_differs_from_capacity']), [{ name: 'OE-PU2 Cytology lab.pdf', kind: 'fillable', pages: 2, note: 'Open Exeter other-organisations form, Existing Primary User ticked, no organisation code' }]);
  }

  // 013 ---------------------------------------------------------------- chaser with a reference
  {
    const body = `Hello,

Chasing the below please - we asked on 26 October for two GPP user admins and have our year-end pension forms to do.

Reference PCSE-2026-027744.

Regards
Rebecca Thornton
Finance Lead, Westfield Group Practice
${NHSMAIL_FOOTER}`;
    add('013-chaser-with-reference', message({
      profile: 'outlook', from: { name: 'THORNTON, Rebecca (WESTFIELD GROUP PRACTICE)', email: 'rebecca.thornton@nhs.net' }, to: TO,
      subject: 'Chasing: user admin nomination', date: '2026-11-19T09:09:09Z', id: mid('outlook', 313), body: text(body),
    }), exp(MB, 'unclassified', null, {}, [], ['chaser', 'case_ref', 'reference_in_body_only']));
  }

  // 014 ---------------------------------------------------------------- out of office
  {
    add('014-out-of-office', message({
      profile: 'outlook', from: { name: 'FRASER, Callum (GLENBROOK SURGERY)', email: 'callum.fraser@nhs.net' }, to: TO,
      subject: 'Automatic reply: Your PCSE Online user administrator request [PCSE-2026-031290]', date: '2026-11-20T17:31:02Z', id: mid('outlook', 314),
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
      body: text('I am currently out of the office on paternity leave until 4 January 2027.\n\nFor PCSE Online user admin queries please contact glenbrook.surgery@nhs.net.\n\nCallum\n'),
    }), exp(MB, 'unclassified', null, {}, [], ['auto_reply', 'case_ref'], 'auto_reply'));
  }

  // 015 ---------------------------------------------------------------- the practice corrects the nominee's address
  {
    const body = `Sorry \u2013 I gave the wrong email for Dominic below. It should be dominic.adjei1@nhs.net, not dominic.adjei@nhs.net (that's a different Dominic Adjei in another trust!).

Parisa

From: Parisa Hosseini <parisa.hosseini@nhs.net>
Sent: 23 November 2026 10:02
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: PL user admin - Cedar House Surgery

Hello,

As CQC Registered Manager for Cedar House Surgery (B82061), I nominate Dominic Adjei, our deputy practice manager, as a PL Organisation Administrator.

Email: dominic.adjei@nhs.net

Parisa Hosseini
Practice Manager & CQC Registered Manager
Cedar House Surgery
${NHSMAIL_FOOTER}`;
    add('015-nomination-correction', message({
      profile: 'outlook', from: { name: 'HOSSEINI, Parisa (CEDAR HOUSE SURGERY)', email: 'parisa.hosseini@nhs.net' }, to: TO,
      subject: 'RE: PL user admin - Cedar House Surgery', date: '2026-11-23T10:19:44Z', id: mid('outlook', 315),
      inReplyTo: mid('outlook', 1315), references: [mid('outlook', 1315)], body: text(body),
    }), exp(MB, 'user_admin_nomination', org('B82061', 'gp_practice'), {
      service: 'PL', nominee: P('Dominic Adjei', 'dominic.adjei1@nhs.net'), approver: S('Parisa Hosseini', 'parisa.hosseini@nhs.net', 'CQC Registered Manager'),
    }, [], ['correction', 'stale_value_in_quote']));
  }

  // 016 ---------------------------------------------------------------- unlock from a phone, no practice named
  {
    add('016-unlock-terse-iphone', message({
      profile: 'iphone', from: { name: 'Sunil Wickramasinghe', email: 'sunil.wickramasinghe@nhs.net' }, to: [{ email: 'pcse.portalenquiries@nhs.net' }],
      subject: 'Locked out', date: '2026-11-24T21:03:17Z', id: mid('iphone', 316),
      body: text('Locked out of PCSE online - too many attempts. Username sunil.wickramasinghe@nhs.net. Pls unlock.\n\nSunil\n\nSent from my iPhone', 'us-ascii', '7bit'),
    }), exp(MB, 'account_unlock', null, { username: 'sunil.wickramasinghe@nhs.net' }, [], ['terse', 'iphone', 'no_organisation']));
  }

  // 017 ---------------------------------------------------------------- practice email update sent here
  {
    const body = `Hi,

Please update our practice email.

Practice: Linthorpe Dental Studio, code V052230
Old: linthorpe.dental@nhs.net
New: linthorpedental.studio@nhs.net

Ama Owusu
Practice Manager
${NHSMAIL_FOOTER}`;
    add('017-misdirected-email-update', message({
      profile: 'outlook', from: { name: 'OWUSU, Ama (LINTHORPE DENTAL STUDIO)', email: 'ama.owusu@nhs.net' }, to: TO,
      subject: 'Update practice email address', date: '2026-11-25T11:48:30Z', id: mid('outlook', 317), body: text(body),
    }), exp(MB, 'practice_email_update', org('V052230', 'dental_practice'), { currentEmail: 'linthorpe.dental@nhs.net', newEmail: 'linthorpedental.studio@nhs.net' }, [], ['misdirected', 'old_new_labels']));
  }

  // 018 ---------------------------------------------------------------- thanks with a reference
  {
    add('018-thanks-with-reference', message({
      profile: 'outlook', from: { name: 'CHAUDHRY, Bilal (FOXHOLES SURGERY)', email: 'bilal.chaudhry@nhs.net' }, to: TO,
      subject: 'RE: Main contact updated [PCSE-2026-030301]', date: '2026-11-26T12:00:59Z', id: mid('outlook', 318),
      inReplyTo: 'PCSE-2026-030301.3@pcse.england.nhs.uk', references: ['PCSE-2026-030301.3@pcse.england.nhs.uk'],
      body: text(`Thank you, all working now.\n\nBilal\n${NHSMAIL_FOOTER}`),
    }), exp(MB, 'unclassified', null, {}, [], ['thanks', 'case_ref']));
  }

  return items;
}
