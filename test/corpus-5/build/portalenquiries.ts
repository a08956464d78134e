/** portalenquiries: user-administrator and main-contact nominations, verification links, locked and deactivated accounts. */
import { GPP_INTRO, GPP_TITLE, writePdf } from './pdfs.js';
import { buildMessage } from './mime.js';
import {
  MAILBOX_ADDR, htmlToText, mid, nhsAuth, outlook, outlookHeaders, p, person, quoted, signature, table, textQuote, withRole, type CorpusEmail,
} from './common.js';

const TO = MAILBOX_ADDR.portalenquiries;
const ORG = (odsCode: string | null, type = 'gp_practice') => ({ odsCode, type });

export async function portalenquiries(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];
  const add = (slug: string, msg: Parameters<typeof buildMessage>[0], expected: CorpusEmail['expected']) =>
    out.push({ mailbox: 'portalenquiries', slug, msg, expected });

  // 1. GPP form as the whole request: AcroForm with Text1..TextN names, body says little
  await writePdf({
    file: 'c5-gpp-aire-valley-acro.pdf', title: GPP_TITLE, intro: GPP_INTRO, style: 'acro',
    sections: [
      { heading: 'Part A - Practice User Administrator', fields: [
        { label: 'Practice name', name: 'Text1', value: 'Aire Valley Medical Practice' },
        { label: 'Practice ODS code', name: 'Text2', value: 'B83041' },
        { label: 'Full name', name: 'Text3', value: 'Rebecca Haigh' },
        { label: 'Job title', name: 'Text4', value: 'Assistant Practice Manager' },
        { label: 'NHSmail address', name: 'Text5', value: 'rebecca.haigh2@nhs.net' },
        { label: 'Telephone', name: 'Text6', value: '01274 553 210' },
      ] },
      { heading: 'Part B - Authorisation by an organisation approver', fields: [
        { label: 'Approver name', name: 'Text7', value: 'Dr Imran Qureshi' },
        { label: 'Approver role', name: 'Text8', value: 'Senior GP Partner' },
        { label: 'Approver email', name: 'Text9', value: 'imran.qureshi@nhs.net' },
        { label: 'Signature', name: 'Text10', value: 'I Qureshi' },
        { label: 'Date', name: 'Text11', value: '12/11/2026' },
      ] },
    ],
  });
  {
    const html = outlook(p('Good morning,', '', 'Please see attached.', '', 'Kind regards,') + signature(['Rebecca Haigh', 'Assistant Practice Manager', 'Aire Valley Medical Practice', 'Bingley Health Centre, Myrtle Place, Bingley BD16 2TL', 'Tel: 01274 553 210']));
    add('001-gpp-form-only-acro-text-n', {
      topHeaders: nhsAuth(1), from: 'HAIGH, Rebecca (AIRE VALLEY MEDICAL PRACTICE) <rebecca.haigh2@nhs.net>', to: TO,
      subject: 'GPP certification form', date: 'Mon, 16 Nov 2026 08:14:22 +0000', messageId: mid(1), headers: outlookHeaders(1, 'GPP certification form'),
      html, text: htmlToText(html), encoding: 'quoted-printable', attachments: [{ pdf: 'c5-gpp-aire-valley-acro.pdf', filename: 'GPP User Admin Certification - Aire Valley.pdf' }],
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('B83041'),
      fields: { service: 'GPP', nominee: person('Rebecca Haigh', 'rebecca.haigh2@nhs.net'), approver: withRole('Imran Qureshi', 'imran.qureshi@nhs.net', 'Senior GP Partner') },
      mustRaise: [], traits: ['form-only', 'acroform-text-n', 'outlook-html', 'surname-comma-display-name'] });
  }

  // 2. On behalf of: a PA sends for the practice manager; the scanned form names the nominee and a GP partner approver
  await writePdf({
    file: 'c5-gpp-kirkgate-scan.pdf', title: GPP_TITLE, intro: GPP_INTRO, style: 'scan', signature: 'scribble', rotate: 1.1, seed: 21,
    sections: [
      { heading: 'Part A - Practice User Administrator', fields: [
        { label: 'Practice name', name: '', value: 'Kirkgate Surgery' },
        { label: 'Practice ODS code', name: '', value: 'B86044' },
        { label: 'Full name', name: '', value: 'Gareth Lumb' },
        { label: 'NHSmail address', name: '', value: 'gareth.lumb@nhs.net' },
      ] },
      { heading: 'Part B - Organisation approver', fields: [
        { label: 'Approver name', name: '', value: 'Dr Helen Ackroyd' },
        { label: 'Approver role', name: '', value: 'GP Partner' },
        { label: 'Approver email', name: '', value: 'helen.ackroyd@nhs.net' },
        { label: 'Signature', name: '', value: '' },
        { label: 'Date', name: '', value: '10/11/2026' },
      ] },
    ],
  });
  {
    const html = outlook(p('Dear PCSE,', '', 'I am emailing on behalf of our Practice Manager, Mrs Sandra Whitworth, who is on leave this week.',
      'Sandra has asked me to send the attached certification form so that Gareth can be set up as a GPP Practice User Administrator for Kirkgate Surgery (B86044). The form has been signed by Dr Ackroyd.',
      '', 'If you need anything further please reply to Sandra (sandra.whitworth@nhs.net) as well as me.', '', 'Many thanks,')
      + signature(['Chloe Brook', 'Medical Secretary / PA to the Practice Manager', 'Kirkgate Surgery | 14 Kirkgate | Otley | LS21 3HW', 'T: 01943 461 700 | chloe.brook3@nhs.net']));
    add('002-gpp-on-behalf-scanned-form', {
      topHeaders: nhsAuth(2), from: 'Chloe Brook <chloe.brook3@nhs.net>', to: TO, cc: 'Sandra Whitworth <sandra.whitworth@nhs.net>',
      subject: 'FW: New GPP user admin - Kirkgate Surgery B86044 (on behalf of S Whitworth)', date: 'Mon, 16 Nov 2026 10:02:51 +0000', messageId: mid(2),
      headers: outlookHeaders(2), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-gpp-kirkgate-scan.pdf', filename: 'SKM_C55826111610010.pdf' }],
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('B86044'),
      fields: { service: 'GPP', nominee: person('Gareth Lumb', 'gareth.lumb@nhs.net'), approver: withRole('Helen Ackroyd', 'helen.ackroyd@nhs.net', 'GP Partner') },
      mustRaise: [], traits: ['on-behalf-of', 'scanned-form', 'three-people'] });
  }

  // 3. PL admin approved in the body by the CQC registered manager, details in an HTML table
  {
    const html = outlook(p('Dear Sir/Madam,', '', 'As the CQC Registered Manager for Moorside Medical Centre I would like to nominate the following member of staff as a PL Organisation Administrator for our practice. We currently have no Performers List administrator since our previous manager retired.', '')
      + table([['Practice', 'Moorside Medical Centre'], ['ODS code', 'P84622'], ['Nominee', 'Joanne Fairclough'], ['Nominee email', 'joanne.fairclough@nhs.net'], ['Role requested', 'PL Organisation Administrator']])
      + p('', 'I confirm I approve this nomination.', '', 'Yours faithfully,')
      + signature(['Dr Samuel Okafor MBChB MRCGP', 'GP Partner and CQC Registered Manager', 'Moorside Medical Centre', '2 Moor Lane, Salford, M7 3PN', 'Tel 0161 792 4410', 'samuel.okafor@nhs.net']));
    add('003-pl-nomination-cqc-manager-table', {
      topHeaders: nhsAuth(3), from: 'OKAFOR, Samuel (MOORSIDE MEDICAL CENTRE) <samuel.okafor@nhs.net>', to: TO,
      subject: 'Performers List - Organisation Administrator nomination - P84622', date: 'Mon, 16 Nov 2026 11:40:09 +0000', messageId: mid(3),
      headers: outlookHeaders(3), html, text: htmlToText(html), encoding: 'base64',
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('P84622'),
      fields: { service: 'PL', nominee: person('Joanne Fairclough', 'joanne.fairclough@nhs.net'), approver: withRole('Samuel Okafor', 'samuel.okafor@nhs.net', 'GP Partner and CQC Registered Manager') },
      mustRaise: [], traits: ['outlook-html', 'html-table', 'approver-is-sender', 'base64-body'] });
  }

  // 4. Ophthalmic practice: the optometrist asks, the contract holder forwards with approval and the request quoted
  {
    const inner = p('Hi Margaret,', '', 'Could you approve me becoming an Opto User Management admin on PCSE Online for the practice? I need it to add our new locum.', '',
      'Name: Priya Chauhan', 'Email: priya.chauhan@nhs.net', 'Practice: Hebden Eyecare Ltd, TPK31', '', 'Thanks, Priya');
    const html = outlook(p('Dear PCSE,', '', 'As contract holder for Hebden Eyecare I approve Priya\u2019s request below. Please set her up as a user administrator for Ophthalmic Payments.', '', 'Regards,', 'Margaret Sutcliffe')
      + signature(['Margaret Sutcliffe FCOptom', 'Director and GOS Contract Holder', 'Hebden Eyecare Ltd', '3 Market Street, Hebden Bridge HX7 6AA'], false)
      + quoted('Priya Chauhan <priya.chauhan@nhs.net>', '13 November 2026 16:22', 'Margaret Sutcliffe <m.sutcliffe@nhs.net>', 'Opto admin', inner));
    add('004-opto-forwarded-contract-holder-approves', {
      topHeaders: nhsAuth(4), from: 'Margaret Sutcliffe <m.sutcliffe@nhs.net>', to: TO, cc: 'Priya Chauhan <priya.chauhan@nhs.net>',
      subject: 'FW: Opto admin', date: 'Mon, 16 Nov 2026 13:05:44 +0000', messageId: mid(4), headers: outlookHeaders(4, 'Opto admin'),
      html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('TPK31', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Priya Chauhan', 'priya.chauhan@nhs.net'), approver: withRole('Margaret Sutcliffe', 'm.sutcliffe@nhs.net', 'Director and GOS Contract Holder') },
      mustRaise: [], traits: ['forwarded-inline', 'forwarder-approves', 'contract-holder', 'ophthalmic'] });
  }

  // 5. PCN nomination sent by the ICB approver, PCN manager cc'd, flat form with values below the labels
  await writePdf({
    file: 'c5-pcn-calder-below.pdf', title: 'PCN User Administrator Request', style: 'below',
    intro: ['For Primary Care Networks with no PCN user admin. To be approved and submitted to PCSE by an ICB approver on the NHSE Authorised Email List.'],
    sections: [
      { heading: 'Section 1 - PCN', fields: [{ label: 'PCN name', name: '', value: 'Lower Calder PCN' }, { label: 'PCN code', name: '', value: 'U47381' }] },
      { heading: 'Section 2 - Nominated PCN user admin', fields: [{ label: 'Name', name: '', value: 'Nadia Hussain' }, { label: 'Email', name: '', value: 'nadia.hussain7@nhs.net' }, { label: 'Job title', name: '', value: 'PCN Operations Manager' }] },
      { heading: 'Section 3 - ICB approval', fields: [{ label: 'Approver name', name: '', value: 'Andrew Crowther' }, { label: 'Approver email', name: '', value: 'andrew.crowther@nhs.net' }, { label: 'Position', name: '', value: 'Primary Care Contracts Manager, West Yorkshire ICB' }] },
    ],
  });
  {
    const html = outlook(p('Hello,', '', 'Please find attached a PCN user admin request for Lower Calder PCN, which I have approved on behalf of West Yorkshire ICB. I am listed on the Authorised Email List.', '', 'Best wishes,')
      + signature(['Andrew Crowther', 'Primary Care Contracts Manager', 'NHS West Yorkshire Integrated Care Board', 'White Rose House, West Parade, Wakefield WF1 1LT']));
    add('005-pcn-icb-approver-submits', {
      topHeaders: nhsAuth(5), from: 'Andrew Crowther <andrew.crowther@nhs.net>', to: TO, cc: 'Nadia Hussain <nadia.hussain7@nhs.net>',
      subject: 'PCN user admin request - Lower Calder PCN', date: 'Tue, 17 Nov 2026 09:12:00 +0000', messageId: mid(5), headers: outlookHeaders(5),
      html, text: htmlToText(html), encoding: 'quoted-printable', attachments: [{ pdf: 'c5-pcn-calder-below.pdf', filename: 'Lower Calder PCN user admin form.pdf' }],
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('U47381', 'pcn'),
      fields: { service: 'PCN', nominee: person('Nadia Hussain', 'nadia.hussain7@nhs.net'), approver: withRole('Andrew Crowther', 'andrew.crowther@nhs.net', 'Primary Care Contracts Manager, West Yorkshire ICB') },
      mustRaise: [], traits: ['pcn', 'flat-pdf-value-below', 'icb-approver', 'cc-nominee'] });
  }

  // 6. PCN nomination approved by the clinical director, who says plainly they are not from the ICB
  {
    const text = `Dear PCSE team,

We are a new PCN and do not have a PCN user admin yet. I would like our digital transformation lead to be set up:

Name: Tomasz Nowak
Email: tomasz.nowak@nhs.net
PCN: Tyne Riverside PCN (U63120)

I approve this as Clinical Director of the PCN. We don't have an ICB contact to send this through I'm afraid, so I hope this is okay coming from me.

Thanks
Dr Lucy Armstrong
Clinical Director, Tyne Riverside PCN
lucy.armstrong5@nhs.net
`;
    add('006-pcn-approver-not-icb', {
      topHeaders: nhsAuth(6), from: 'Lucy Armstrong <lucy.armstrong5@nhs.net>', to: TO, subject: 'PCN user admin for Tyne Riverside PCN',
      date: 'Tue, 17 Nov 2026 10:31:17 +0000', messageId: mid(6), text, encoding: '7bit',
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('U63120', 'pcn'),
      fields: { service: 'PCN', nominee: person('Tomasz Nowak', 'tomasz.nowak@nhs.net'), approver: withRole('Lucy Armstrong', 'lucy.armstrong5@nhs.net', 'Clinical Director') },
      mustRaise: ['approver_not_on_ael'], traits: ['pcn', 'approver-not-icb', 'plain-text'] });
  }

  // 7. Scanned GPP form with the signature box left empty, as the whole request
  await writePdf({
    file: 'c5-gpp-shieldfield-scan-unsigned.pdf', title: GPP_TITLE, intro: GPP_INTRO, style: 'scan', signature: 'empty', rotate: -1.4, seed: 33,
    sections: [
      { heading: 'Part A - Practice User Administrator', fields: [
        { label: 'Practice name', name: '', value: 'Shieldfield Health Centre' },
        { label: 'Practice ODS code', name: '', value: 'A87015' },
        { label: 'Full name', name: '', value: 'Kirsty Dodds' },
        { label: 'NHSmail address', name: '', value: 'kirsty.dodds@nhs.net' },
      ] },
      { heading: 'Part B - Organisation approver', fields: [
        { label: 'Approver name', name: '', value: 'Dr Peter Lowes' },
        { label: 'Approver role', name: '', value: 'Lead GP' },
        { label: 'Approver email', name: '', value: 'peter.lowes@nhs.net' },
        { label: 'Signature', name: '', value: '' },
        { label: 'Date', name: '', value: '16/11/2026' },
      ] },
    ],
  });
  add('007-gpp-scan-unsigned', {
    topHeaders: nhsAuth(7), from: 'Kirsty Dodds <kirsty.dodds@nhs.net>', to: TO, subject: 'Scanned from a Xerox Multifunction Printer',
    date: 'Tue, 17 Nov 2026 12:48:03 +0000', messageId: mid(7), text: 'Please open the attached document. It was scanned and sent to you using a Xerox multifunction printer.\n\nAttachment File Type: PDF\n',
    attachments: [{ pdf: 'c5-gpp-shieldfield-scan-unsigned.pdf', filename: 'Scan_20261117_124801.pdf' }],
  }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('A87015'),
    fields: { service: 'GPP', nominee: person('Kirsty Dodds', 'kirsty.dodds@nhs.net'), approver: withRole('Peter Lowes', 'peter.lowes@nhs.net', 'Lead GP') },
    mustRaise: ['missing_signature'], traits: ['scanned-form', 'form-only', 'empty-signature-box', 'scanner-boilerplate-body'] });

  // 8. GPP nomination forwarded as an attached message (message/rfc822) with a flat form in a table
  await writePdf({
    file: 'c5-gpp-pennine-table.pdf', title: GPP_TITLE, intro: GPP_INTRO, style: 'table',
    sections: [
      { heading: 'Part A', fields: [
        { label: 'Practice name', name: '', value: 'Pennine Way Surgery' }, { label: 'ODS code', name: '', value: 'P82037' },
        { label: 'Nominee name', name: '', value: 'Declan O\'Hare' }, { label: 'Nominee email', name: '', value: 'declan.ohare@nhs.net' },
      ] },
      { heading: 'Part B', fields: [
        { label: 'Approver name', name: '', value: 'Dr Ruth Entwistle' }, { label: 'Approver role', name: '', value: 'Caldicott Guardian / GP Partner' },
        { label: 'Approver email', name: '', value: 'ruth.entwistle@nhs.net' }, { label: 'Signed', name: '', value: 'R. Entwistle (e-signed)' }, { label: 'Date', name: '', value: '09/11/2026' },
      ] },
    ],
  });
  {
    const innerHtml = outlook(p('Hi Ruth,', '', 'Form attached with your e-signature as agreed. Can you forward this to PCSE from your account please?', '', 'Declan'));
    const inner = buildMessage({
      from: "Declan O'Hare <declan.ohare@nhs.net>", to: 'Ruth Entwistle <ruth.entwistle@nhs.net>', subject: 'GPP admin form for PCSE',
      date: 'Mon, 9 Nov 2026 15:10:00 +0000', messageId: mid(108), html: innerHtml, text: htmlToText(innerHtml), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-gpp-pennine-table.pdf', filename: 'GPP certification Pennine Way.pdf' }],
    });
    const html = outlook(p('Dear colleagues,', '', 'Please see the attached email from Declan with our completed GPP certification form. I am happy to approve.', '', 'Regards', 'Ruth')
      + signature(['Dr Ruth Entwistle', 'GP Partner | Caldicott Guardian', 'Pennine Way Surgery, Rochdale Road, Todmorden OL14 7LA']));
    add('008-gpp-forward-as-attachment-table-pdf', {
      topHeaders: nhsAuth(8), from: 'Ruth Entwistle <ruth.entwistle@nhs.net>', to: TO, subject: 'FW: GPP admin form for PCSE',
      date: 'Tue, 17 Nov 2026 14:22:31 +0000', messageId: mid(8), headers: outlookHeaders(8), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ contentType: 'message/rfc822', content: inner, filename: 'GPP admin form for PCSE.eml' }],
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('P82037'),
      fields: { service: 'GPP', nominee: person("Declan O'Hare", 'declan.ohare@nhs.net'), approver: withRole('Ruth Entwistle', 'ruth.entwistle@nhs.net', 'Caldicott Guardian / GP Partner') },
      mustRaise: [], traits: ['forwarded-rfc822', 'flat-pdf-table', 'pdf-inside-forwarded-message', 'apostrophe-name'] });
  }

  // 9. Main contact change in free prose, non-ASCII names, no labels
  {
    const html = outlook(p('Dear PCSE,', '', 'I\u2019m writing to let you know that our main contact for supplies and medical records at Ashbrook Family Practice, code C86012, has left the practice. From now on this should be me, Siobhán Ní Bhriain, and my email is siobhan.nibhriain@nhs.net. Our previous main contact was Graham Pickles.', '', 'Go raibh maith agat,', 'Siobhán')
      + signature(['Siobhán Ní Bhriain', 'Practice Manager', 'Ashbrook Family Practice, 41 Ashbrook Road, Sunderland SR2 7HQ']));
    add('009-main-contact-change-prose-non-ascii', {
      topHeaders: nhsAuth(9), from: 'Siobhán Ní Bhriain <siobhan.nibhriain@nhs.net>', to: TO, subject: 'Change of main contact – Ashbrook Family Practice',
      date: 'Wed, 18 Nov 2026 08:44:10 +0000', messageId: mid(9), headers: outlookHeaders(9), html, text: htmlToText(html), encoding: '8bit',
    }, { kind: 'main_contact_change', ignored: null, organisation: ORG('C86012'),
      fields: { newMainContact: person('Siobhán Ní Bhriain', 'siobhan.nibhriain@nhs.net') },
      mustRaise: [], traits: ['free-prose', 'non-ascii-name', 'encoded-word-subject', 'old-contact-named', 'utf8-8bit-body'] });
  }

  // 10. Main contact change as a reply to PCSE asking for details, quoted history with PCSE's request
  {
    const pcse = p('Dear Practice Manager,', '', 'Thank you for your email. An existing Main Contact cannot transfer the role. To change the Main Contact please reply with the organisation code and the new Main Contact\u2019s full name and email address.', '', 'Kind regards', 'PCSE Online Support');
    const html = outlook(p('Hi,', '', 'Details as requested:', '')
      + table([['Organisation code', 'N81033'], ['New Main Contact', 'Mrs Deborah Kenyon'], ['Email', 'deborah.kenyon@nhs.net']])
      + p('', 'Thanks', 'Debbie') + signature(['Deborah Kenyon', 'Business Manager', 'Wirral Peninsula Medical Group', 'Main site: 88 Church Road, Birkenhead CH42 0LQ', 'Branches: Rock Ferry and Tranmere'])
      + quoted('PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', '17 November 2026 12:01', 'Deborah Kenyon <deborah.kenyon@nhs.net>', 'RE: Main contact', pcse));
    add('010-main-contact-reply-to-pcse', {
      topHeaders: nhsAuth(10), from: 'KENYON, Deborah (WIRRAL PENINSULA MEDICAL GROUP) <deborah.kenyon@nhs.net>', to: TO, subject: 'RE: Main contact',
      date: 'Wed, 18 Nov 2026 09:30:00 +0000', messageId: mid(10), headers: [...outlookHeaders(10, 'Main contact'), `In-Reply-To: <PCSE-REQ-10@pcse.england.nhs.uk>`],
      html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'main_contact_change', ignored: null, organisation: ORG('N81033'),
      fields: { newMainContact: person('Deborah Kenyon', 'deborah.kenyon@nhs.net') },
      mustRaise: [], traits: ['reply-to-pcse-request', 'quoted-history', 'html-table', 'honorific-in-value'] });
  }

  // 11. Verification link for the GP's own account, GMC number given
  {
    const text = `Hello

I never received the verification link for PCSE Online. My GMC number is 7043912 and my GMC registered email is this one (m.ibrahim@nhs.net).

Could you send a new link please?

Dr Mohammed Ibrahim
Salaried GP, Castleton Health Centre, Rochdale
`;
    add('011-verification-link-own-gmc', {
      topHeaders: nhsAuth(11), from: 'Mohammed Ibrahim <m.ibrahim@nhs.net>', to: TO, subject: 'PCSE online verification link not received',
      date: 'Wed, 18 Nov 2026 12:15:00 +0000', messageId: mid(11), text,
    }, { kind: 'verification_link_resend', ignored: null, organisation: ORG(null),
      fields: { accountEmail: 'm.ibrahim@nhs.net', gmcNumber: '7043912' }, mustRaise: [], traits: ['plain-text', 'gp-own-account'] });
  }

  // 12. Practice manager asks for a GP's verification link (not own account)
  {
    const html = outlook(p('Good afternoon,', '', 'One of our new partners, Dr Eleanor Brigg, has not received her PCSE Online verification email. Could you resend it to her please? Her GMC number is 6159320 and her email address is eleanor.brigg@nhs.net.', '', 'Thank you')
      + signature(['Janet Holroyd', 'Practice Manager', 'Dewsbury Road Surgery', 'janet.holroyd@nhs.net']));
    add('012-verification-link-for-colleague', {
      topHeaders: nhsAuth(12), from: 'Janet Holroyd <janet.holroyd@nhs.net>', to: TO, subject: 'Verification email for Dr Brigg',
      date: 'Wed, 18 Nov 2026 14:02:40 +0000', messageId: mid(12), headers: outlookHeaders(12), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'verification_link_resend', ignored: null, organisation: ORG(null),
      fields: { accountEmail: 'eleanor.brigg@nhs.net', gmcNumber: '6159320' }, mustRaise: ['not_own_account'], traits: ['on-behalf-of', 'not-own-account'] });
  }

  // 13. Account unlock, username is the email
  {
    const html = outlook(p('Hi', '', 'I have locked myself out of PCSE Online after too many password attempts. My username is <a href="mailto:craig.metcalfe@nhs.net">craig.metcalfe@nhs.net</a>. I am one of the GPP user admins at Tadcaster Medical Centre (B82099) so I need this quite urgently for month end.', '', 'Cheers', 'Craig')
      + signature(['Craig Metcalfe', 'Finance and Operations Lead', 'Tadcaster Medical Centre', 'Crab Garth, Tadcaster LS24 8HD']));
    add('013-account-unlock-email-username', {
      topHeaders: nhsAuth(13), from: 'Craig Metcalfe <craig.metcalfe@nhs.net>', to: TO, subject: 'Locked out of PCSE Online - urgent',
      date: 'Thu, 19 Nov 2026 08:05:12 +0000', messageId: mid(13), headers: [...outlookHeaders(13), 'Importance: high', 'X-Priority: 1'], html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'account_unlock', ignored: null, organisation: ORG('B82099'), fields: { username: 'craig.metcalfe@nhs.net' }, mustRaise: [], traits: ['outlook-html', 'high-importance'] });
  }

  // 14. Account unlock for a non-email username, sent on behalf of the locked user
  {
    const text = `Morning PCSE,

Our receptionist Janet Smith (no nhs.net account) is locked out of PCSE Online.
Her user name is janetsmith@oakleaves - she tried her password too many times on Friday.

Please can you unlock it? I am her user administrator.

Many thanks
Wendy Clegg
Practice Manager
Oak Leaves Medical Practice, Burnley
wendy.clegg@nhs.net
`;
    add('014-account-unlock-non-email-username', {
      topHeaders: nhsAuth(14), from: 'Wendy Clegg <wendy.clegg@nhs.net>', to: TO, subject: 'Account locked - Janet Smith',
      date: 'Thu, 19 Nov 2026 09:20:45 +0000', messageId: mid(14), text,
    }, { kind: 'account_unlock', ignored: null, organisation: ORG(null), fields: { username: 'janetsmith@oakleaves' }, mustRaise: [], traits: ['non-email-username', 'on-behalf-of', 'plain-text'] });
  }

  // 15. Reactivation of a deactivated user admin
  {
    const html = outlook(p('Dear PCSE Online team,', '', 'My account has been deactivated because I had not logged in for a while (I was on maternity leave). I am the PL Organisation Administrator for Hollins Park Surgery, P88015, so I understand I need to ask you to reactivate it.', '', 'Username: amy.greenhalgh@nhs.net', '', 'Kind regards')
      + signature(['Amy Greenhalgh', 'Practice Manager', 'Hollins Park Surgery, Hollins Lane, Warrington WA2 8WA', 'Direct dial 01925 664 021']));
    add('015-reactivation-user-admin', {
      topHeaders: nhsAuth(15), from: 'Amy Greenhalgh <amy.greenhalgh@nhs.net>', to: TO, subject: 'Reactivate PCSE Online account',
      date: 'Thu, 19 Nov 2026 11:11:11 +0000', messageId: mid(15), headers: outlookHeaders(15), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'account_reactivation', ignored: null, organisation: ORG('P88015'), fields: { username: 'amy.greenhalgh@nhs.net' }, mustRaise: [], traits: ['outlook-html'] });
  }

  // 16. Role removal for a leaver, GPP roles in a bulleted list
  {
    const html = outlook(p('Hello,', '', 'Our former receptionist Lisa Marsden left the practice on 31 October. Please remove the following roles from her account (lisa.marsden@nhs.net):')
      + '<ul style="margin-top:0cm" type="disc"><li class="MsoListParagraph">Joiner &amp; Leaver</li><li class="MsoListParagraph">Practice Estimate and Salary Change</li></ul>'
      + p('', 'Thanks in advance') + signature(['Paul Dobson', 'Deputy Practice Manager', 'Northallerton Health Centre', 'paul.dobson@nhs.net']));
    add('016-role-removal-leaver-list', {
      topHeaders: nhsAuth(16), from: 'Paul Dobson <paul.dobson@nhs.net>', to: TO, subject: 'Remove roles - leaver',
      date: 'Thu, 19 Nov 2026 13:40:00 +0000', messageId: mid(16), headers: outlookHeaders(16), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'role_removal_request', ignored: null, organisation: ORG(null),
      fields: { username: 'lisa.marsden@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, mustRaise: [], traits: ['html-list', 'leaver'] });
  }

  // 17. Role removal at an optician's, two roles in prose, ignored CET roles mentioned
  {
    const text = `Hi there,

Could you please take the Contractor Signatory and GOS Performer roles off Daniel Whitaker's PCSE account? His username is daniel.whitaker1@nhs.net. He has moved to our Harrogate branch and is no longer a signatory here. He can keep his CET PRT Supervisor access.

Kind regards,
Fiona Raistrick
Practice Manager, Ripon Eye Centre (TPR08)
`;
    add('017-role-removal-opto-prose', {
      topHeaders: nhsAuth(17), from: 'Fiona Raistrick <fiona.raistrick@nhs.net>', to: TO, subject: 'Roles to remove please',
      date: 'Fri, 20 Nov 2026 09:02:00 +0000', messageId: mid(17), text, encoding: '7bit',
    }, { kind: 'role_removal_request', ignored: null, organisation: ORG('TPR08', 'ophthalmic_practice'),
      fields: { username: 'daniel.whitaker1@nhs.net', roles: ['Contractor Signatory', 'GOS Performer'] }, mustRaise: [], traits: ['free-prose', 'ophthalmic', 'distractor-role'] });
  }

  // 18. A question that mentions permissions and admins but asks for nothing
  {
    const html = outlook(p('Hello,', '', 'Quick question. We already have four GPP Practice User Administrators at Bridge Street Surgery (B85022). If one of them goes on long-term sick leave, can another admin give themselves the Practice Estimate and Salary Change permission, or does that need to come through you? We don\u2019t want to change anything yet, just understand the process.', '', 'Thanks')
      + signature(['Lorraine Shaw', 'Practice Manager', 'Bridge Street Surgery, Huddersfield']));
    add('018-question-permissions-no-request', {
      topHeaders: nhsAuth(18), from: 'Lorraine Shaw <lorraine.shaw@nhs.net>', to: TO, subject: 'Query re user admin permissions',
      date: 'Fri, 20 Nov 2026 10:15:30 +0000', messageId: mid(18), headers: outlookHeaders(18), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'unclassified', ignored: null, organisation: ORG('B85022'), fields: {}, mustRaise: [], traits: ['question-no-request', 'mentions-permissions'] });
  }

  // 19. Chaser on an earlier case
  {
    const text = `Hello,

Please could I have an update on PCSE-2026-004817? We sent the GPP form three weeks ago and still have no user admin.

Thanks
Ian Barraclough
Practice Manager, Thornbury Medical Centre
` + textQuote('PCSE Portal Enquiries', '27 October 2026 10:00', 'Ian Barraclough', 'PCSE-2026-004817 We have received your request', 'Thank you for contacting PCSE. Your reference is PCSE-2026-004817.\n');
    add('019-chaser-with-ref', {
      topHeaders: nhsAuth(19), from: 'Ian Barraclough <ian.barraclough@nhs.net>', to: TO, subject: 'RE: PCSE-2026-004817 We have received your request',
      date: 'Fri, 20 Nov 2026 15:45:00 +0000', messageId: mid(19), text,
    }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case-ref'] });
  }

  // 20. Out-of-office from an nhs.net practice manager
  add('020-auto-reply-out-of-office', {
    topHeaders: nhsAuth(20), from: 'Sandra Whitworth <sandra.whitworth@nhs.net>', to: TO, subject: 'Automatic reply: PCSE-2026-005120 We have received your request',
    date: 'Fri, 20 Nov 2026 16:00:03 +0000', messageId: mid(20), headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: sandra.whitworth@nhs.net'],
    text: 'Thank you for your email. I am on annual leave until Monday 23rd November. For urgent matters please contact chloe.brook3@nhs.net or the surgery on 01943 461 700.\n\nSandra Whitworth\nPractice Manager, Kirkgate Surgery\n',
  }, { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto-reply'] });

  // 21. Malformed ODS code (four digits) on a PL nomination
  {
    const html = outlook(p('Dear PCSE,', '', 'Please add our new assistant manager as a PL Organisation Administrator.', '')
      + table([['Practice name', 'Seaham Harbour Practice'], ['Practice code', '8123'], ['Name', 'Stephen Carr'], ['Email', 'stephen.carr4@nhs.net']])
      + p('', 'Approved by: Dr Wendy Bell, GP Partner and CQC Registered Manager (cc\u2019d)', '', 'Regards,', 'Karen')
      + signature(['Karen Hepple', 'Practice Manager', 'Seaham Harbour Practice, Church Street, Seaham SR7 7HE']));
    add('021-pl-nomination-malformed-ods', {
      topHeaders: nhsAuth(21), from: 'Karen Hepple <karen.hepple@nhs.net>', to: TO, cc: 'Dr Wendy Bell <wendy.bell2@nhs.net>', subject: 'PL admin nomination',
      date: 'Mon, 23 Nov 2026 08:20:00 +0000', messageId: mid(21), headers: outlookHeaders(21), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('8123'),
      fields: { service: 'PL', nominee: person('Stephen Carr', 'stephen.carr4@nhs.net'), approver: withRole('Wendy Bell', 'wendy.bell2@nhs.net', 'GP Partner and CQC Registered Manager') },
      mustRaise: ['ods_invalid'], traits: ['malformed-ods', 'approver-cc', 'on-behalf-of', 'html-table'] });
  }

  // 22. OPTO nomination where the stated ophthalmic practice carries a pharmacy-shaped code
  {
    const text = `Dear PCSE

Our ophthalmic practice, Consett Opticians, code FQ512, needs an Opto User Management (Organisation) admin. Please set up:

Nominee: Hannah Lister
Email: hannah.lister@nhs.net

I am the contract holder and approve this.
Graham Lister, Contract Holder
graham.lister@nhs.net
`;
    add('022-opto-type-mismatch', {
      topHeaders: nhsAuth(22), from: 'Graham Lister <graham.lister@nhs.net>', to: TO, subject: 'Opto user admin',
      date: 'Mon, 23 Nov 2026 09:41:00 +0000', messageId: mid(22), text,
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('FQ512', 'pharmacy'),
      fields: { service: 'OPTO', nominee: person('Hannah Lister', 'hannah.lister@nhs.net'), approver: withRole('Graham Lister', 'graham.lister@nhs.net', 'Contract Holder') },
      mustRaise: ['ods_type_mismatch'], traits: ['ods-type-mismatch', 'contract-holder', 'shared-surname'] });
  }

  // 23. GPP nomination, AcroForm with Acrobat-style names (Name, Name_2, Email_2), main practice and PM cc'd
  await writePdf({
    file: 'c5-gpp-fellside-acrobat.pdf', title: GPP_TITLE, intro: GPP_INTRO, style: 'acro',
    sections: [
      { heading: 'Part A - Practice User Administrator', fields: [
        { label: 'Practice', name: 'Practice', value: 'Fellside Group Practice' }, { label: 'ODS Code', name: 'ODS Code', value: 'a82017' },
        { label: 'Name', name: 'Name', value: 'Jennifer Tyson' }, { label: 'Email', name: 'Email', value: 'Jennifer.Tyson@nhs.net' },
      ] },
      { heading: 'Part B - Approver', fields: [
        { label: 'Name', name: 'Name_2', value: 'Dr Alistair Graham' }, { label: 'Role', name: 'Role', value: 'Managing Partner' },
        { label: 'Email', name: 'Email_2', value: 'alistair.graham@nhs.net' }, { label: 'Signature', name: 'Signature', value: 'A Graham' }, { label: 'Date', name: 'Date', value: '20 Nov 2026' },
      ] },
    ],
  });
  {
    const html = outlook(p('Hello PCSE,', '', 'Attached is our signed GPP Practice User Administrator certification for Jennifer. We are a practice of 28,000 patients across Kendal and two branch surgeries, and currently have three admins so this will be our fourth.', '', 'With kind regards')
      + signature(['Jennifer Tyson', 'Operations Manager', 'Fellside Group Practice', 'Main site: Captain French Lane, Kendal LA9 4HR', 'Branch sites: Staveley and Burneside', 'T 01539 720 241']));
    add('023-gpp-acrobat-names-fourth-admin', {
      topHeaders: nhsAuth(23), from: 'Jennifer Tyson <jennifer.tyson@nhs.net>', to: TO, subject: 'GPP Practice User Administrator - Fellside Group Practice',
      date: 'Mon, 23 Nov 2026 11:00:00 +0000', messageId: mid(23), headers: outlookHeaders(23), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-gpp-fellside-acrobat.pdf', filename: 'GPPP User Admin form.pdf' }],
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('A82017'),
      fields: { service: 'GPP', nominee: person('Jennifer Tyson', 'jennifer.tyson@nhs.net'), approver: withRole('Alistair Graham', 'alistair.graham@nhs.net', 'Managing Partner') },
      mustRaise: [], traits: ['acroform-acrobat-names', 'repeated-labels', 'lowercase-ods', 'mixed-case-email'] });
  }

  // 55. Main contact change for a stated pharmacy whose code has a GP practice's shape
  {
    const html = outlook(p('Dear PCSE,', '', 'Please change the Main Contact for our pharmacy.', '')
      + table([['Pharmacy', 'Bishop Auckland Community Pharmacy'], ['ODS code', 'A83012'], ['New Main Contact', 'Farhan Akhtar'], ['Email', 'farhan.akhtar1@nhs.net']])
      + p('', 'Regards') + signature(['Farhan Akhtar MRPharmS', 'Pharmacist Manager', 'Bishop Auckland Community Pharmacy, Newgate Street, Bishop Auckland DL14 7EH']));
    add('055-main-contact-pharmacy-gp-shaped-code', {
      topHeaders: nhsAuth(55), from: 'Farhan Akhtar <farhan.akhtar1@nhs.net>', to: TO, subject: 'Change of Main Contact',
      date: 'Mon, 23 Nov 2026 14:10:00 +0000', messageId: mid(55), headers: outlookHeaders(55), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'main_contact_change', ignored: null, organisation: ORG('A83012', 'gp_practice'),
      fields: { newMainContact: person('Farhan Akhtar', 'farhan.akhtar1@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['ods-type-mismatch', 'html-table', 'pharmacy'] });
  }

  // 56. An optometrist asks to be made OPTO admin with no approver named
  {
    const text = `Hi,

Can I be made a user administrator for Ophthalmic Payments please? Our practice is Morpeth Eyecare, TPM44. My email is ben.charlton@nhs.net. The previous admin retired in the summer.

Ben Charlton
Optometrist
`;
    add('056-opto-nomination-no-approver', {
      topHeaders: nhsAuth(56), from: 'Ben Charlton <ben.charlton@nhs.net>', to: TO, subject: 'User admin',
      date: 'Mon, 23 Nov 2026 15:00:00 +0000', messageId: mid(56), text,
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('TPM44', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Ben Charlton', 'ben.charlton@nhs.net'), approver: null },
      mustRaise: [], traits: ['no-approver', 'ophthalmic', 'self-nomination', 'plain-text'] });
  }

  // 57. A GP asks for a verification link for their own account without a GMC number, reply to PCSE's bulk email
  {
    const html = outlook(p('Hello,', '', 'I think this link has expired before I got round to it. Could you send me a new one please, to this address?', '', 'Thanks', 'Dr Anjali Rao')
      + quoted('PCSE Online <noreply@pcse.england.nhs.uk>', '02 October 2026 07:00', 'anjali.rao@nhs.net', 'Verify your PCSE Online account',
        p('Dear Doctor,', '', 'PCSE Online is the portal for performers. Please click the link below to verify your email address. This link expires after 30 days.', '', '[Verify my account]')));
    add('057-verification-link-reply-no-gmc', {
      topHeaders: nhsAuth(57), from: 'Anjali Rao <anjali.rao@nhs.net>', to: TO, subject: 'RE: Verify your PCSE Online account',
      date: 'Tue, 24 Nov 2026 07:45:00 +0000', messageId: mid(57), headers: outlookHeaders(57, 'Verify your PCSE Online account'), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'anjali.rao@nhs.net', gmcNumber: null }, mustRaise: [], traits: ['gp-own-account', 'quoted-history', 'no-gmc-number'] });
  }

  // 58. Reactivation asked by an ordinary user (PCSE will advise them to ask their own user administrator)
  {
    const text = `Hello,

My PCSE Online account seems to have been deactivated - it says my account is inactive when I log in. I only use it for submitting the practice's joiner and leaver forms. Username karen.whiteley@nhs.net.

Could you switch it back on please?

Karen Whiteley
Payroll Administrator, Calder Valley Medical Group
`;
    add('058-reactivation-ordinary-user', {
      topHeaders: nhsAuth(58), from: 'Karen Whiteley <karen.whiteley@nhs.net>', to: TO, subject: 'Account deactivated',
      date: 'Tue, 24 Nov 2026 09:10:00 +0000', messageId: mid(58), text,
    }, { kind: 'account_reactivation', ignored: null, organisation: ORG(null), fields: { username: 'karen.whiteley@nhs.net' },
      mustRaise: [], traits: ['not-an-admin', 'plain-text'] });
  }

  // 59. A fifth GPP admin asked for, with the four existing admins listed
  {
    const html = outlook(p('Dear PCSE,', '', 'Stockton Quays Medical Practice (A81621) already has four GPP Practice User Administrators: Julie Wake, Sanjay Patel, Emma Robinson and Neil Fawcett. With our second site opening we would like to add a fifth:', '')
      + table([['Name', 'Olivia Brannigan'], ['Email', 'olivia.brannigan@nhs.net'], ['Approved by', 'Dr Sanjay Patel, Senior Partner (sanjay.patel12@nhs.net)']])
      + p('', 'Regards,', 'Julie') + signature(['Julie Wake', 'Practice Manager', 'Stockton Quays Medical Practice', 'Riverside Health Hub, Stockton-on-Tees TS18 1AU']));
    add('059-gpp-fifth-admin', {
      topHeaders: nhsAuth(59), from: 'Julie Wake <julie.wake@nhs.net>', to: TO, cc: 'Sanjay Patel <sanjay.patel12@nhs.net>', subject: 'Additional GPP user admin',
      date: 'Tue, 24 Nov 2026 10:30:00 +0000', messageId: mid(59), headers: outlookHeaders(59), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'user_admin_nomination', ignored: null, organisation: ORG('A81621'),
      fields: { service: 'GPP', nominee: person('Olivia Brannigan', 'olivia.brannigan@nhs.net'), approver: withRole('Sanjay Patel', 'sanjay.patel12@nhs.net', 'Senior Partner') },
      mustRaise: ['admin_limit_reached'], traits: ['admin-limit', 'distractor-names', 'approver-cc', 'html-table'] });
  }

  return out;
}
