/** datamanager: practice email changes, main-contact extensions to a new practice, GP branch set-ups. */
import { buildMessage } from './mime.js';
import {
  MAILBOX_ADDR, htmlToText, mid, nhsAuth, outlook, outlookHeaders, p, person, quoted, signature, table, textQuote, type CorpusEmail,
} from './common.js';

const TO = MAILBOX_ADDR.datamanager;
const ORG = (odsCode: string | null, type = 'gp_practice') => ({ odsCode, type });
const contact = (name: string | null, email: string | null) => person(name, email);

export async function datamanager(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];
  const add = (slug: string, msg: Parameters<typeof buildMessage>[0], expected: CorpusEmail['expected']) =>
    out.push({ mailbox: 'datamanager', slug, msg, expected });

  // 24. Practice email update, seed's four items in an HTML table
  {
    const html = outlook(p('Dear Data Manager,', '', 'Please update our practice email address as below.', '')
      + table([['Practice name', 'Low Moor Medical Practice'], ['Practice code', 'B83620'], ['Current practice email', 'bradford.lowmoor@nhs.net'], ['New practice email', 'wyicb-brad.lowmoormp@nhs.net']], ['Item', 'Detail'])
      + p('', 'Kind regards') + signature(['Tracey Sugden', 'Practice Manager', 'Low Moor Medical Practice', 'Huddersfield Road, Low Moor, Bradford BD12 0TH', 'Tel: 01274 671 090']));
    add('024-practice-email-table', {
      topHeaders: nhsAuth(24), from: 'Tracey Sugden <tracey.sugden@nhs.net>', to: TO, subject: 'Update practice email address',
      date: 'Mon, 16 Nov 2026 09:30:00 +0000', messageId: mid(24), headers: outlookHeaders(24), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'practice_email_update', ignored: null, organisation: ORG('B83620'),
      fields: { currentEmail: 'bradford.lowmoor@nhs.net', newEmail: 'wyicb-brad.lowmoormp@nhs.net' }, mustRaise: [], traits: ['html-table', 'table-header-row'] });
  }

  // 25. New address is a person's mailbox
  {
    const text = `Hi,

Update practice email address please.

Practice: Gateshead Central Surgery
Code: A85009
Old: gatesheadcentral.surgery@nhs.net
New: michael.reay@nhs.net (that's me, the practice manager - easier if it all comes to me)

Thanks
Michael Reay
`;
    add('025-practice-email-individual-mailbox', {
      topHeaders: nhsAuth(25), from: 'Michael Reay <michael.reay@nhs.net>', to: TO, subject: 'Update practice email address',
      date: 'Mon, 16 Nov 2026 10:45:00 +0000', messageId: mid(25), text,
    }, { kind: 'practice_email_update', ignored: null, organisation: ORG('A85009'),
      fields: { currentEmail: 'gatesheadcentral.surgery@nhs.net', newEmail: 'michael.reay@nhs.net' }, mustRaise: ['individual_mailbox'], traits: ['individual-mailbox', 'short-labels'] });
  }

  // 26. Partner forwards the practice manager's request inline; the addresses appear in the quoted part only
  {
    const inner = p('Dr Hartley,', '', 'Could you send this to PCSE from your account? They want it from a partner. Our new shared mailbox is live.', '',
      'Practice name: Beech House Surgery', 'Practice code: P81204', 'Current practice email: beechhouse.p81204@nhs.net', 'New practice email: lancs.beechhousesurgery@nhs.net', '', 'Thanks, Gill');
    const html = outlook(p('See below - please action.', '', 'Dr Tom Hartley', 'GP Partner, Beech House Surgery')
      + quoted('Gill Pilling <gill.pilling@nhs.net>', 'Friday, November 13, 2026 4:51 PM', 'Hartley Tom (BEECH HOUSE SURGERY) <tom.hartley@nhs.net>', 'practice email change', inner));
    add('026-practice-email-forwarded-inline', {
      topHeaders: nhsAuth(26), from: 'Hartley Tom (BEECH HOUSE SURGERY) <tom.hartley@nhs.net>', to: TO, subject: 'FW: practice email change',
      date: 'Mon, 16 Nov 2026 13:10:00 +0000', messageId: mid(26), headers: outlookHeaders(26, 'practice email change'), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'practice_email_update', ignored: null, organisation: ORG('P81204'),
      fields: { currentEmail: 'beechhouse.p81204@nhs.net', newEmail: 'lancs.beechhousesurgery@nhs.net' }, mustRaise: [], traits: ['forwarded-inline', 'values-in-quoted-part'] });
  }

  // 27. Reply to PCSE's request for missing information, with the history quoted below
  {
    const pcse = `Dear Practice,\n\nThank you for your email. To update your practice email address we need your practice name, practice code, current practice email address and the new practice email address. Please reply with these details.\n\nKind regards\nPCSE Data Management\n`;
    const text = `Apologies, here you go:

Practice name - Scartho Medical Centre
Practice code - Y02871
Current - scartho.mc@nhs.net
New - nelincs.scarthomedicalcentre@nhs.net

Regards
Pauline Wray, Practice Manager
` + textQuote('PCSE Data Manager <pcse.datamanager@nhs.net>', '12 November 2026 09:14', 'Pauline Wray <pauline.wray@nhs.net>', 'RE: email address', pcse)
      + textQuote('Pauline Wray <pauline.wray@nhs.net>', '11 November 2026 17:02', 'pcse.datamanager@nhs.net', 'email address', 'Hi we have a new shared email, can you change it on your system. Thanks Pauline\n');
    add('027-practice-email-reply-to-pcse', {
      topHeaders: nhsAuth(27), from: 'Pauline Wray <pauline.wray@nhs.net>', to: TO, subject: 'RE: email address',
      date: 'Tue, 17 Nov 2026 08:02:00 +0000', messageId: mid(27), headers: ['In-Reply-To: <DM-REQ-27@pcse.england.nhs.uk>', 'References: <c5-27-orig@nhs.net> <DM-REQ-27@pcse.england.nhs.uk>'], text,
    }, { kind: 'practice_email_update', ignored: null, organisation: ORG('Y02871'),
      fields: { currentEmail: 'scartho.mc@nhs.net', newEmail: 'nelincs.scarthomedicalcentre@nhs.net' }, mustRaise: [], traits: ['reply-to-pcse-request', 'quoted-history', 'dash-labels'] });
  }

  // 27b. Practice email update that does not give the current address
  {
    const html = outlook(p('Hello,', '', 'Please could you change the practice email address for Longridge Surgery (P81099) to <a href="mailto:lancs.longridgesurgery@nhs.net">lancs.longridgesurgery@nhs.net</a>? This is our new shared NHSmail box and replaces the old one with immediate effect.', '', 'Kind regards')
      + signature(['Margaret Hothersall', 'Practice Manager', 'Longridge Surgery, Berry Lane, Longridge, Preston PR3 3JJ', 'Tel: 01772 783 021']));
    add('030-practice-email-no-current', {
      topHeaders: nhsAuth(38), from: 'Margaret Hothersall <margaret.hothersall@nhs.net>', to: TO, subject: 'New practice email',
      date: 'Tue, 17 Nov 2026 15:40:00 +0000', messageId: mid(38), headers: outlookHeaders(38), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'practice_email_update', ignored: null, organisation: ORG('P81099'),
      fields: { currentEmail: null, newEmail: 'lancs.longridgesurgery@nhs.net' }, mustRaise: [], traits: ['current-email-missing', 'mailto-link'] });
  }

  // 28. Main contact extension, two-column table per practice with repeated labels
  {
    const html = outlook(p('Dear PCSE Data Management,', '', 'Following the merger of our contracts on 1 December, I would be grateful if you could extend my Main Contact access to our new practice.', '', '<b>Existing practice</b>')
      + table([['Practice name', 'Hawthorn Medical Practice'], ['ODS code', 'C82044'], ['Main contact name', 'Rachel Fenwick'], ['Main contact email', 'rachel.fenwick@nhs.net'], ['Address', 'Hawthorn Road, Darlington, DL3 6QX'], ['Telephone', '01325 462 811']])
      + p('', '<b>New practice</b>')
      + table([['Practice name', 'Cockerton Surgery'], ['ODS code', 'C82073'], ['Address', '15 Cockerton Green, Darlington, DL3 9EX']])
      + p('', 'Many thanks') + signature(['Rachel Fenwick', 'Managing Partner (non-clinical)', 'Hawthorn Medical Practice']));
    add('028-extension-two-tables', {
      topHeaders: nhsAuth(28), from: 'Rachel Fenwick <rachel.fenwick@nhs.net>', to: TO, subject: 'Extend main contact to new practice - C82073',
      date: 'Tue, 17 Nov 2026 10:25:00 +0000', messageId: mid(28), headers: outlookHeaders(28), html, text: htmlToText(html), encoding: 'base64',
    }, { kind: 'main_contact_extension', ignored: null, organisation: ORG('C82044'),
      fields: {
        existingPractice: { odsCode: 'C82044', name: 'Hawthorn Medical Practice', mainContact: contact('Rachel Fenwick', 'rachel.fenwick@nhs.net'), address: 'Hawthorn Road, Darlington, DL3 6QX', phone: '01325 462 811' },
        newPractice: { odsCode: 'C82073', name: 'Cockerton Surgery', address: '15 Cockerton Green, Darlington, DL3 9EX' },
      }, mustRaise: [], traits: ['repeated-labels', 'html-table', 'base64-body'] });
  }

  // 29. Extension in prose, sent by the PA on behalf of the main contact, contract holder cc'd
  {
    const html = outlook(p('Good afternoon,', '', 'I am writing on behalf of Mr Keith Pollard, who is the Main Contact at Whitby Group Practice (ODS B82620), Spring Vale Medical Centre, Rievaulx Road, Whitby YO21 1SD, telephone 01947 820 888. His email is keith.pollard@nhs.net.',
      'Keith has taken on the management of Sleights and Sandsend Surgery (ODS B82631) at 2 Coach Road, Sleights, Whitby YO22 5AA and would like his Main Contact role extended to cover it.',
      'Our contract holder Dr Fiona Marr is copied in for information.', '', 'Kind regards,')
      + signature(['Emma Harland', 'PA to the Business Manager', 'Whitby Group Practice']));
    add('029-extension-prose-on-behalf-cc-holder', {
      topHeaders: nhsAuth(29), from: 'Emma Harland <emma.harland@nhs.net>', to: TO, cc: 'Keith Pollard <keith.pollard@nhs.net>, Dr Fiona Marr <fiona.marr@nhs.net>',
      subject: 'Main Contact - new practice', date: 'Tue, 17 Nov 2026 14:15:00 +0000', messageId: mid(29), headers: outlookHeaders(29), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'main_contact_extension', ignored: null, organisation: ORG('B82620'),
      fields: {
        existingPractice: { odsCode: 'B82620', name: 'Whitby Group Practice', mainContact: contact('Keith Pollard', 'keith.pollard@nhs.net'), address: 'Spring Vale Medical Centre, Rievaulx Road, Whitby YO21 1SD', phone: '01947 820 888' },
        newPractice: { odsCode: 'B82631', name: 'Sleights and Sandsend Surgery', address: '2 Coach Road, Sleights, Whitby YO22 5AA' },
      }, mustRaise: [], traits: ['free-prose', 'on-behalf-of', 'contract-holder-cc', 'three-people'] });
  }

  // 30. Extension where the new practice's code is malformed
  {
    const text = `Dear PCSE,

Please extend my main contact role to a second practice.

EXISTING PRACTICE
Name: Millfield Surgery
ODS: P87630
Main contact: Lesley Tattersall
Email: lesley.tattersall@nhs.net
Address: Millfield Lane, Bolton, BL2 6NA
Phone: 01204 380 450

NEW PRACTICE
Name: Tonge Moor Health Centre
ODS: P876-4
Address: Thicketford Road, Bolton, BL2 2LW

Regards
Lesley
`;
    add('031-extension-malformed-new-code', {
      topHeaders: nhsAuth(30), from: 'Lesley Tattersall <lesley.tattersall@nhs.net>', to: TO, subject: 'Extend main contact',
      date: 'Wed, 18 Nov 2026 09:00:00 +0000', messageId: mid(30), text,
    }, { kind: 'main_contact_extension', ignored: null, organisation: ORG('P87630'),
      fields: {
        existingPractice: { odsCode: 'P87630', name: 'Millfield Surgery', mainContact: contact('Lesley Tattersall', 'lesley.tattersall@nhs.net'), address: 'Millfield Lane, Bolton, BL2 6NA', phone: '01204 380 450' },
        newPractice: { odsCode: 'P876-4', name: 'Tonge Moor Health Centre', address: 'Thicketford Road, Bolton, BL2 2LW' },
      }, mustRaise: ['ods_invalid'], traits: ['malformed-ods', 'repeated-labels', 'section-headings'] });
  }

  // 31. Branch set-up: main and branch sections repeat the same labels, multi-line addresses
  {
    const text = `Dear Data Manager,

We are opening a branch surgery and need it set up on PCSE Online.

MAIN PRACTICE
Practice name: Ribble Valley Health Partnership
ODS code: P81711
Main contact: Sarah Duckworth
Email: sarah.duckworth@nhs.net
Address: Clitheroe Health Centre
  Railway View Road
  Clitheroe BB7 2JG
Phone: 01200 421 888

BRANCH
Practice name: Whalley Village Surgery
ODS code: P81711002
Address: 9 King Street
  Whalley
  BB7 9SL
Phone: 01254 822 310
Main contact: Mr Daniel Whiteside
Email: daniel.whiteside@nhs.net

Kind regards
Sarah Duckworth
Practice Manager
`;
    add('032-branch-repeated-labels', {
      topHeaders: nhsAuth(31), from: 'Sarah Duckworth <sarah.duckworth@nhs.net>', to: TO, subject: 'New branch set up - P81711002',
      date: 'Wed, 18 Nov 2026 11:30:00 +0000', messageId: mid(31), text,
    }, { kind: 'branch_setup', ignored: null, organisation: ORG('P81711'),
      fields: {
        mainPractice: { odsCode: 'P81711', name: 'Ribble Valley Health Partnership', mainContact: contact('Sarah Duckworth', 'sarah.duckworth@nhs.net'), address: 'Clitheroe Health Centre, Railway View Road, Clitheroe BB7 2JG', phone: '01200 421 888' },
        branch: { odsCode: 'P81711002', name: 'Whalley Village Surgery', address: '9 King Street, Whalley, BB7 9SL', phone: '01254 822 310', mainContact: { name: 'Daniel Whiteside', email: 'daniel.whiteside@nhs.net', title: 'Mr' } },
      }, mustRaise: [], traits: ['repeated-labels', 'multi-line-address', 'branch-honorific'] });
  }

  // 32. Branch set-up in a table where the branch code is not the main code + 3 digits
  {
    const html = outlook(p('Hello,', '', 'Please set up our new branch as detailed below.', '')
      + table([['Main practice name', 'Cleveland Road Medical Group'], ['Main practice ODS', 'A81045'], ['Main contact', 'Joanne Stubbs'], ['Main contact email', 'joanne.stubbs@nhs.net'],
        ['Main practice address', 'Cleveland Road, Middlesbrough, TS5 6AQ'], ['Main practice phone', '01642 818 101'],
        ['Branch name', 'Acklam Green Surgery'], ['Branch ODS', 'A81054001'], ['Branch address', 'Acklam Road, Middlesbrough, TS5 7HD'], ['Branch phone', '01642 818 202'],
        ['Branch main contact', 'Ms Ayesha Karim'], ['Branch main contact email', 'ayesha.karim@nhs.net']])
      + p('', 'Thank you') + signature(['Joanne Stubbs', 'Practice Business Manager', 'Cleveland Road Medical Group']));
    add('033-branch-code-mismatch-table', {
      topHeaders: nhsAuth(32), from: 'Joanne Stubbs <joanne.stubbs@nhs.net>', to: TO, subject: 'Branch setup request',
      date: 'Wed, 18 Nov 2026 15:05:00 +0000', messageId: mid(32), headers: outlookHeaders(32), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'branch_setup', ignored: null, organisation: ORG('A81045'),
      fields: {
        mainPractice: { odsCode: 'A81045', name: 'Cleveland Road Medical Group', mainContact: contact('Joanne Stubbs', 'joanne.stubbs@nhs.net'), address: 'Cleveland Road, Middlesbrough, TS5 6AQ', phone: '01642 818 101' },
        branch: { odsCode: 'A81054001', name: 'Acklam Green Surgery', address: 'Acklam Road, Middlesbrough, TS5 7HD', phone: '01642 818 202', mainContact: { name: 'Ayesha Karim', email: 'ayesha.karim@nhs.net', title: 'Ms' } },
      }, mustRaise: ['branch_code_mismatch'], traits: ['branch-code-mismatch', 'html-table', 'transposed-digits'] });
  }

  // 33. Branch set-up sent on behalf of the partners, base64 UTF-8 body with a non-ASCII branch contact
  {
    const html = outlook(p('Dear PCSE,', '', 'On behalf of the partners at Skipton Medical Centre please could you create our branch.', '',
      '<u>Main practice</u>', 'Name: Skipton Medical Centre', 'ODS code: B82018', 'Main contact: Helen Procter (helen.procter@nhs.net)', 'Address: Keighley Road, Skipton, BD23 2RJ', 'Tel: 01756 792 233', '',
      '<u>Branch</u>', 'Name: Grassington Surgery', 'ODS code: B82018001', 'Address: Station Road, Grassington, BD23 5LS', 'Tel: 01756 752 313',
      'Main contact: Dr Zoë Løvland, zoe.lovland@nhs.net', '', 'Best wishes,')
      + signature(['Helen Procter', 'Practice Manager', 'Skipton Medical Centre']));
    add('034-branch-on-behalf-non-ascii', {
      topHeaders: nhsAuth(33), from: 'Helen Procter <helen.procter@nhs.net>', to: TO, subject: 'Branch set-up – Grassington',
      date: 'Thu, 19 Nov 2026 10:10:00 +0000', messageId: mid(33), headers: outlookHeaders(33), html, text: htmlToText(html), encoding: 'base64',
    }, { kind: 'branch_setup', ignored: null, organisation: ORG('B82018'),
      fields: {
        mainPractice: { odsCode: 'B82018', name: 'Skipton Medical Centre', mainContact: contact('Helen Procter', 'helen.procter@nhs.net'), address: 'Keighley Road, Skipton, BD23 2RJ', phone: '01756 792 233' },
        branch: { odsCode: 'B82018001', name: 'Grassington Surgery', address: 'Station Road, Grassington, BD23 5LS', phone: '01756 752 313', mainContact: { name: 'Zoë Løvland', email: 'zoe.lovland@nhs.net', title: 'Dr' } },
      }, mustRaise: [], traits: ['non-ascii-name', 'base64-body', 'repeated-labels', 'email-in-parentheses'] });
  }

  // 34. A question about merging that requests nothing yet
  {
    const text = `Hello Data Management team,

Our practice (Spennymoor Health Centre, A83006) is merging with a neighbouring practice in April. Will we need to ask you to set the other site up as a branch, or does the ICB tell you? And will our practice email address stay the same? Nothing to do yet, we are just planning.

Thanks
Graham Ord
`;
    add('035-question-merger-no-request', {
      topHeaders: nhsAuth(34), from: 'Graham Ord <graham.ord@nhs.net>', to: TO, subject: 'Merger question',
      date: 'Thu, 19 Nov 2026 13:00:00 +0000', messageId: mid(34), text,
    }, { kind: 'unclassified', ignored: null, organisation: ORG('A83006'), fields: {}, mustRaise: [], traits: ['question-no-request'] });
  }

  // 35. Thank-you reply carrying a reference
  {
    const html = outlook(p('Thank you so much, all working now.', '', 'Tracey') + signature(['Tracey Sugden', 'Practice Manager', 'Low Moor Medical Practice'], false)
      + quoted('PCSE Data Manager <pcse.datamanager@nhs.net>', '19 November 2026 10:12', 'Tracey Sugden <tracey.sugden@nhs.net>', 'PCSE-2026-005301 Practice email address updated',
        p('Dear Tracey,', '', 'We have updated your practice email address. Reference PCSE-2026-005301.', '', 'PCSE Data Management')));
    add('036-thank-you-with-ref', {
      topHeaders: nhsAuth(35), from: 'Tracey Sugden <tracey.sugden@nhs.net>', to: TO, subject: 'RE: PCSE-2026-005301 Practice email address updated',
      date: 'Thu, 19 Nov 2026 14:30:00 +0000', messageId: mid(35), headers: outlookHeaders(35, 'PCSE-2026-005301 Practice email address updated'), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank-you', 'case-ref', 'quoted-history'] });
  }

  // 36. Misdirected: an account unlock sent to datamanager
  {
    const text = `Hi, I am locked out of PCSE Online (too many wrong passwords). Username: nicola.binns@nhs.net. Please unlock.
Nicola Binns, Reception Manager, Marsden Road Surgery
`;
    add('037-misdirected-unlock', {
      topHeaders: nhsAuth(36), from: 'Nicola Binns <nicola.binns@nhs.net>', to: TO, subject: 'Locked out',
      date: 'Fri, 20 Nov 2026 08:31:00 +0000', messageId: mid(36), text,
    }, { kind: 'account_unlock', ignored: null, organisation: ORG(null), fields: { username: 'nicola.binns@nhs.net' }, mustRaise: [], traits: ['misdirected'] });
  }

  // 37. Automatic reply from a practice's shared mailbox
  add('038-auto-reply-shared-mailbox', {
    topHeaders: nhsAuth(37), from: 'Low Moor Medical Practice <wyicb-brad.lowmoormp@nhs.net>', to: TO, subject: 'Automatic reply: PCSE-2026-005301 Practice email address updated',
    date: 'Thu, 19 Nov 2026 10:12:30 +0000', messageId: mid(37), headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    html: outlook(p('Thank you for contacting Low Moor Medical Practice. This mailbox is monitored Monday to Friday 8am to 6pm. For clinical queries please ring 01274 671 090. Do not use this address for urgent requests.')),
    encoding: 'quoted-printable',
  }, { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto-reply', 'html-only'] });

  return out;
}
