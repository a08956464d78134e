// openexeter: Primary User forms, extra permissions, new-user notifications, plus a misdirected unlock, a question,
// a chaser and an automatic reply.
import { type MailSpec, compose, outOfOffice, outlookId, uuid } from './clients.js';
import { oeForm } from './forms.js';
import { appleQuoteDate } from './lib.js';
import { formPdf, scanPdf } from './pdfs.js';
import { type Email, expected, org, person, unclassified, withRole } from './types.js';

const M = 'openexeter' as const;

function mail(spec: Omit<MailSpec, 'mailbox'>, exp: Email['expected']): Email {
  return { slug: spec.slug, mailbox: M, eml: compose({ ...spec, mailbox: M }), expected: exp };
}

const oeUser = (name: string | null, email: string | null, username: string | null) => ({ name, email, username });

function notification(v: { code: string; orgName: string; userId: string; userName: string; userEmail: string; createdBy: string; created: string }): string {
  return `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by a Primary User and is awaiting
authorisation by PCSE.

Organisation Code : ${v.code}
Organisation Name : ${v.orgName}
User ID           : ${v.userId}
User Name         : ${v.userName}
User Email        : ${v.userEmail}
Created By        : ${v.createdBy}
Date Created      : ${v.created}

Please authorise the account and issue a temporary password to the user.

Open Exeter - Cervical Screening Administration Service
`;
}

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 043: GP Primary User form filled by hand, photographed with a scanner app.
  {
    const pages = oeForm('gp', {
      orgName: 'BROOKFIELD SURGERY', code: 'M85063', address: '2 BROOKFIELD RD, BIRMINGHAM B23 6QT',
      nomineeName: 'SHAZIA AKHTAR', jobTitle: 'PRACTICE MANAGER', email: 'shazia.akhtar@nhs.net', phone: '0121 373 0510',
      capacity: 'lead_gp', sigName: 'DR HANNAH WHITLOCK', sigPosition: 'LEAD GP', sigEmail: 'hannah.whitlock@nhs.net',
      signed: true, date: '30/11/2026',
    });
    const scan = await scanPdf([pages[0]!], { kind: 'photo', hand: true, rotate: 1.6 }, {
      seed: '043-oe-pu-photo',
      meta: { title: 'CamScanner 01-12-2026 09.47', creator: 'CamScanner', producer: 'intsig.com pdf producer', date: '2026-12-01T09:47:00Z' },
    });
    out.push(mail({
      slug: '043-oe-pu-photo', client: 'iphone', date: '2026-12-01T09:51:37Z',
      from: ['Shazia Akhtar', 'shazia.akhtar@nhs.net'], to: 'bare',
      subject: 'primary user form',
      attachments: [{ filename: 'CamScanner 01-12-2026 09.47.pdf', contentType: 'application/pdf', data: scan.pdf }],
      text: `hi form attached for primary user access for brookfield surgery, signed by dr whitlock. thanks shazia

Sent from my iPhone`,
    }, expected(M, 'open_exeter_primary_user_request', org('M85063', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Shazia Akhtar', 'shazia.akhtar@nhs.net'),
      signatory: withRole('Hannah Whitlock', 'hannah.whitlock@nhs.net', 'lead_gp'),
    }, { traits: ['from_phone', 'pdf_scan', 'scan_photo', 'handwriting', 'lower_case', 'block_capitals'] })));
  }

  // 044: GP Primary User form filled on a phone (fillable PDF), typed e-signature.
  {
    const pages = oeForm('gp', {
      orgName: 'The Grange Surgery', code: 'K82033', address: 'Grange Road, Bicester OX26 6HD',
      nomineeName: 'MARIA DOS SANTOS', jobTitle: 'Reception Manager', email: 'maria.dossantos@nhs.net', phone: '01869 249 333',
      capacity: 'gp_partner', sigName: 'Dr Ifeoma Chukwu', sigPosition: 'GP partner', sigEmail: 'ifeoma.chukwu@nhs.net',
      signed: false, sigTyped: 'I.Chukwu', date: '01/12/2026',
    });
    const pdf = await formPdf(pages, {
      mode: 'acro', seed: '044-oe-pu-acroform',
      meta: { title: 'Open Exeter Primary User Request - GP Practices', author: 'PCSE', creator: 'Adobe InDesign 19.0', producer: 'Adobe PDF Library 17.0; modified using Xodo for Android', date: '2026-12-01T13:10:00Z' },
    });
    out.push(mail({
      slug: '044-oe-pu-acroform-phone', client: 'outlook_android', date: '2026-12-01T13:14:48Z',
      from: ['Maria Dos Santos', 'maria.dossantos@nhs.net'],
      subject: 'Open Exeter primary user - The Grange Surgery',
      attachments: [{ filename: 'OE_Primary_User_Form_GP.pdf', contentType: 'application/pdf', data: pdf }],
      text: `Hello, form attached for me to be 2nd primary user at The Grange. Dr Chukwu signed it. Regards Maria

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
    }, expected(M, 'open_exeter_primary_user_request', org('K82033', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Maria Dos Santos', 'maria.dossantos@nhs.net'),
      signatory: withRole('Ifeoma Chukwu', 'ifeoma.chukwu@nhs.net', 'gp_partner'),
    }, { traits: ['from_phone', 'pdf_acroform', 'typed_signature', 'block_capitals', 'name_particle'] })));
  }

  // 045: Primary User for a colposcopy unit (other organisation), flat PDF signed by the Caldicott Guardian.
  {
    const pages = oeForm('other', {
      orgName: 'Colposcopy Unit, St Aldhelm\'s Hospital', code: '', address: 'Wyke Road, Weymouth DT4 9QX',
      nomineeName: 'Agnieszka Wrona', jobTitle: 'Colposcopy Admin Coordinator', email: 'agnieszka.wrona@nhs.net', phone: '01305 762 540',
      capacity: 'caldicott_guardian', sigName: 'Dr Martin Ellery', sigPosition: 'Caldicott Guardian / Medical Director', sigEmail: 'martin.ellery@nhs.net',
      signed: true, date: '27/11/2026',
    });
    const pdf = await formPdf(pages, {
      mode: 'flat', seed: '045-oe-pu-other',
      meta: { title: 'Open Exeter Primary User Request - Other Organisations', author: 'Agnieszka Wrona', creator: 'Microsoft Word for Microsoft 365', producer: 'Microsoft Word for Microsoft 365', date: '2026-11-27T14:02:00Z' },
    });
    out.push(mail({
      slug: '045-oe-pu-other-org', client: 'outlook', date: '2026-11-27T14:19:26Z',
      from: ['Agnieszka Wrona', 'agnieszka.wrona@nhs.net'],
      subject: 'Open Exeter primary user form - colposcopy',
      disclaimer: true,
      attachments: [{ filename: 'OE Primary User - Colposcopy signed.pdf', contentType: 'application/pdf', data: pdf }],
      text: `Hi,

Please find attached the Open Exeter primary user form for our colposcopy unit, signed by our Caldicott Guardian. We have no primary user since our coordinator retired in the summer.

Thanks
Agnieszka Wrona
Colposcopy Admin Coordinator
Women's Health Unit, St Aldhelm's Hospital`,
    }, expected(M, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other',
      nominee: person('Agnieszka Wrona', 'agnieszka.wrona@nhs.net'),
      signatory: withRole('Martin Ellery', 'martin.ellery@nhs.net', 'caldicott_guardian'),
    }, { traits: ['pdf_flat', 'other_organisation', 'no_code', 'nominee_is_sender'] })));
  }

  // 046: GP Primary User form signed by the practice manager (word-processor export, Times).
  {
    const pages = oeForm('gp', {
      orgName: 'Westgate Surgery', code: 'H81077', address: '31 Westgate, Guildford GU1 4AB',
      nomineeName: 'Ewa Lewandowska', jobTitle: 'Senior Receptionist', email: 'ewa.lewandowska@nhs.net', phone: '01483 563 990',
      capacity: null, sigName: 'Lina Haddad', sigPosition: 'Practice Manager', sigEmail: 'lina.haddad@nhs.net',
      signed: false, sigTyped: 'L. Haddad', date: '02/12/2026',
    });
    const pdf = await formPdf(pages, {
      mode: 'flat', family: 'times', seed: '046-oe-pu-pm',
      meta: { title: 'Primary User Form', author: 'Lina Haddad', creator: 'Writer', producer: 'LibreOffice 7.6', date: '2026-12-02T10:40:00Z' },
    });
    out.push(mail({
      slug: '046-oe-pu-signed-by-pm', client: 'outlook', date: '2026-12-02T10:52:11Z',
      from: ['Lina Haddad', 'lina.haddad@nhs.net'],
      subject: 'Primary User Form - Westgate Surgery H81077',
      disclaimer: true,
      attachments: [{ filename: 'Primary User Form Westgate.pdf', contentType: 'application/pdf', data: pdf }],
      text: `Hello,

Please find the form for new primary user for Westgate Surgery. I have signed it myself as practice manager because the doctors are very busy this weeks, I hope this is ok.

The new primary user is our senior receptionist Ewa Lewandowska.

Kind regards,
Lina Haddad
Practice Manager
Westgate Surgery`,
    }, expected(M, 'open_exeter_primary_user_request', org('H81077', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Ewa Lewandowska', 'ewa.lewandowska@nhs.net'),
      signatory: withRole('Lina Haddad', 'lina.haddad@nhs.net', 'other'),
    }, { mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'esl', 'no_capacity_ticked', 'typed_signature'] })));
  }

  // 047: fillable GP Primary User form sent before the partner signed it.
  {
    const pages = oeForm('gp', {
      orgName: 'Meadowbank Surgery', code: 'N82054', address: '7 Meadow Lane, Warrington WA2 8JE',
      nomineeName: 'Stacey Cole', jobTitle: 'Practice Administrator', email: 'stacey.cole@nhs.net', phone: '01925 414 260',
      capacity: 'gp_partner', sigName: 'Dr Paul Adams', sigPosition: 'GP Partner', sigEmail: 'paul.adams4@nhs.net',
      signed: false, date: '',
    });
    const pdf = await formPdf(pages, {
      mode: 'acro', seed: '047-oe-pu-unsigned',
      meta: { title: 'Open Exeter Primary User Request - GP Practices', author: 'PCSE', creator: 'Adobe InDesign 19.0', producer: 'Adobe PDF Library 17.0; modified using iOS PDFKit', date: '2026-12-03T08:20:00Z' },
    });
    out.push(mail({
      slug: '047-oe-pu-unsigned', client: 'iphone', date: '2026-12-03T08:26:45Z',
      from: ['Stacey Cole', 'stacey.cole@nhs.net'], to: 'bare',
      subject: 'OE form',
      attachments: [{ filename: 'OE_Primary_User_Form_GP.pdf', contentType: 'application/pdf', data: pdf }],
      text: `Hi, primary user form attached. Dr Adams hasnt signed it yet as hes on holiday till the 14th, can you start it anyway and he'll sign when back? thanks Stacey, Meadowbank Surgery

Sent from my iPhone`,
    }, expected(M, 'open_exeter_primary_user_request', org('N82054', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Stacey Cole', 'stacey.cole@nhs.net'),
      signatory: withRole('Paul Adams', 'paul.adams4@nhs.net', 'gp_partner'),
    }, { mustRaise: ['missing_signature'], traits: ['from_phone', 'pdf_acroform', 'unsigned', 'nominee_is_sender'] })));
  }

  // 048: extra permissions asked by a GP partner.
  out.push(mail({
    slug: '048-oe-perm-partner', client: 'outlook', date: '2026-11-25T12:44:03Z',
    from: ['Amir Rahman', 'amir.rahman@nhs.net'],
    subject: 'Open Exeter permissions for practice nurse',
    disclaimer: true,
    text: `Hi

Please can you add the Prior Notification List and result enquiry permissions to Claire Dunn's Open Exeter account. She's our new practice nurse and does the smear recalls. Her username is DUNNC04, email claire.dunn8@nhs.net

Dr Amir Rahman
GP Partner
Priory Medical Group Y02419`,
  }, expected(M, 'open_exeter_additional_permissions', org('Y02419', 'gp_practice'), {
    user: oeUser('Claire Dunn', 'claire.dunn8@nhs.net', 'DUNNC04'),
    permissions: ['Prior Notification List', 'result enquiry'],
    signatory: withRole('Amir Rahman', 'amir.rahman@nhs.net', 'gp_partner'),
  }, { traits: ['two_permissions_one_line', 'signature_block'] })));

  // 049: a practice manager asks for a permission for herself.
  out.push(mail({
    slug: '049-oe-perm-pm', client: 'outlook_android', date: '2026-11-30T17:32:19Z',
    from: ['Julie Brennan', 'julie.brennan@nhs.net'],
    subject: 'open exeter access',
    text: `hi can you add the PNL permission on my open exeter account please username BRENNANJ im the PM at st lukes surgery P82016 and need to sign off the prior notification lists when the gps are off thanks julie

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'open_exeter_additional_permissions', org('P82016', 'gp_practice'), {
    user: oeUser('Julie Brennan', 'julie.brennan@nhs.net', 'BRENNANJ'),
    permissions: ['PNL'],
    signatory: withRole('Julie Brennan', 'julie.brennan@nhs.net', 'other'),
  }, { mustRaise: ['signatory_role_not_allowed'], traits: ['from_phone', 'lower_case', 'no_punctuation', 'abbreviations', 'self_request'] })));

  // 050: a GP partner asks from his personal Gmail.
  out.push(mail({
    slug: '050-oe-perm-gmail', client: 'gmail_app', date: '2026-12-04T07:41:55Z',
    from: ['Sunil Varma', 'drsunilvarma@gmail.com'],
    subject: 'Open Exeter',
    text: `Hi sorry sending from personal email as nhsmail not working on my phone. Can you please give Bethany Ward (username WARDB2) access to cytology results on Open Exeter. I'm a GP partner at Hollins Park Surgery, N84025.
Thanks
Sunil`,
  }, expected(M, 'open_exeter_additional_permissions', org('N84025', 'gp_practice'), {
    user: oeUser('Bethany Ward', null, 'WARDB2'),
    permissions: ['cytology results'],
    signatory: withRole('Sunil Varma', 'drsunilvarma@gmail.com', 'gp_partner'),
  }, { mustRaise: ['sender_not_nhs'], traits: ['from_phone', 'non_nhs_sender', 'name_from_header'] })));

  // 051: Open Exeter's own new-user notification.
  out.push(mail({
    slug: '051-oe-newuser-notification', client: 'system', date: '2026-12-02T10:14:37Z',
    from: ['Open Exeter', 'noreply.openexeter@nhs.net'], to: 'bare',
    subject: 'Open Exeter - New User Notification - M85063',
    text: notification({ code: 'M85063', orgName: 'BROOKFIELD SURGERY', userId: 'BAILEYS2', userName: 'BAILEY, SHARON', userEmail: 'sharon.bailey7@nhs.net', createdBy: 'AKHTAR, SHAZIA (AKHTARS1)', created: '02/12/2026 10:14' }),
  }, expected(M, 'open_exeter_new_user_authorisation', org('M85063', 'gp_practice'), {
    user: oeUser('Sharon Bailey', 'sharon.bailey7@nhs.net', 'BAILEYS2'),
    createdBy: person('Shazia Akhtar', null),
  }, { traits: ['system_notification', 'surname_first', 'upper_case'] })));

  // 052: a primary user writes in herself after creating a new user.
  out.push(mail({
    slug: '052-oe-newuser-by-email', client: 'iphone', date: '2026-12-03T16:58:22Z',
    from: ['Lisa Montgomery', 'lisa.montgomery@nhs.net'], to: 'bare',
    subject: 'new user on open exeter',
    text: `hi ive just set up a new user on open exeter for our new nurse Rebecca O'Neill, user id ONEILLR, email rebecca.oneill3@nhs.net. can u authorise asap pls she starts monday and needs to do smears. im the primary user for Hawthorn Surgery C86014. thx Lisa Montgomery

Sent from my iPhone`,
  }, expected(M, 'open_exeter_new_user_authorisation', org('C86014', 'gp_practice'), {
    user: oeUser("Rebecca O'Neill", 'rebecca.oneill3@nhs.net', 'ONEILLR'),
    createdBy: person('Lisa Montgomery', 'lisa.montgomery@nhs.net'),
  }, { traits: ['from_phone', 'run_on', 'apostrophe_name', 'creator_is_sender'] })));

  // 053: notification for a user without an email address.
  out.push(mail({
    slug: '053-oe-newuser-no-email', client: 'system', date: '2026-11-26T14:03:50Z',
    from: ['Open Exeter', 'noreply.openexeter@nhs.net'], to: 'bare',
    subject: 'Open Exeter - New User Notification - Y02419',
    text: notification({ code: 'Y02419', orgName: 'PRIORY MEDICAL GROUP', userId: 'CHENW1', userName: 'CHEN, WEI', userEmail: '(not supplied)', createdBy: 'HOLT, DIANE (HOLTD)', created: '26/11/2026 14:03' }),
  }, expected(M, 'open_exeter_new_user_authorisation', org('Y02419', 'gp_practice'), {
    user: oeUser('Wei Chen', null, 'CHENW1'),
    createdBy: person('Diane Holt', null),
  }, { traits: ['system_notification', 'surname_first', 'upper_case', 'missing_value'] })));

  // 054: a PCSE Online unlock sent to the Open Exeter mailbox.
  out.push(mail({
    slug: '054-unlock-misdirected', client: 'iphone', date: '2026-11-28T09:37:04Z',
    from: ['Kelly Barnes', 'kelly.barnes5@nhs.net'], to: 'bare',
    subject: 'locked out',
    text: `hi im locked out of pcse online (not open exeter sorry if wrong email) username kelly.barnes5@nhs.net pls can you unlock it. bramley pharmacy FK221. thanks kelly

Sent from my iPhone`,
  }, expected(M, 'account_unlock', org('FK221', 'pharmacy'), {
    username: 'kelly.barnes5@nhs.net',
  }, { traits: ['misdirected', 'from_phone', 'lower_case', 'weekend'] })));

  // 055: a question.
  out.push(mail({
    slug: '055-question-primary-users', client: 'owa', date: '2026-11-30T11:09:48Z',
    from: ['Diane Holt', 'diane.holt@nhs.net'],
    subject: 'Open Exeter question',
    disclaimer: true,
    text: `Hi, how many primary users are we allowed to have on Open Exeter? Our practice manager is leaving at christmas and I dont want us to be left with nobody. Thanks Diane Holt, Priory Medical Group`,
  }, unclassified(M, ['question'])));

  // 056: chaser with the reference, iPhone reply.
  out.push(mail({
    slug: '056-chaser-ref', client: 'iphone', date: '2026-12-02T13:26:33Z',
    from: ['Kirsty Hale', 'kirsty.hale@nhs.net'],
    subject: 'Re: PCSE-2026-004701 Open Exeter primary user request received',
    inReplyTo: `<${uuid('056-pcse-ack')}@nhs.net>`,
    text: `hi just chasing this, form was sent 2 weeks ago now, can you let me know if anything else is needed? thanks kirsty

Sent from my iPhone

> On ${appleQuoteDate('2026-11-18T09:03:00Z')}, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:
> 
> Thank you for your email. Your request has been logged with reference PCSE-2026-004701.
> PCSE Open Exeter team`,
  }, unclassified(M, ['chaser', 'case_ref_subject', 'quoted_reply', 'from_phone', 'lower_case'])));

  // 057: automatic reply to PCSE's confirmation.
  out.push({
    slug: '057-auto-reply', mailbox: M,
    eml: outOfOffice({
      slug: '057-auto-reply', mailbox: M, date: '2026-11-26T16:20:44Z',
      from: ['Amir Rahman', 'amir.rahman@nhs.net'],
      subject: 'Automatic reply: PCSE-2026-005311 Open Exeter permissions for practice nurse',
      inReplyTo: outlookId('057-pcse-done'),
      text: `I am on annual leave returning 14/12/2026. For urgent matters please contact the practice on 01472 250 800.

Amir`,
    }),
    expected: unclassified(M, ['auto_reply', 'case_ref_subject'], 'auto_reply'),
  });

  return out;
}
