// datamanager: practice email changes, main contact extensions, branches; writer H's senders.
import { alt, LEGAL_FOOTER, message, multi, NHSMAIL_FOOTER, org, P, PCSE_DM, text, unclassified, type Email } from './lib.js';

const MB = 'datamanager' as const;
const practice = (odsCode: string | null, name: string | null, mc: { name: string | null; email: string | null }, address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: mc, address, phone });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ mailbox: MB, slug, eml, expected });

  // 1. Dispensing practice asks for the practice email to become the practice manager's own nhs.net address.
  add('practice-email-to-personal-address', message({
    from: "Karen O'Brien <Karen.OBrien7@nhs.net>", to: PCSE_DM, subject: 'change of practice email r81007',
    date: 'Tue, 10 Nov 2026 07:15:20 +0000', id: 'CAGx7=Lm0pQ3vS8tW1yZ4bD6fH9jK2nR5uX@mail.gmail.com',
    body: alt(`Hi

Can you change the practice email you hold for Ashgrove Dispensing Practice (r81007) please.

At the moment it's ashgrove.surgery@nhs.net, which nobody really checks any more and gets tons of junk. Please change it to mine, karen.obrien7@nhs.net, as I'm the one who deals with all the PCSE stuff anyway.

Ta
Karen
Practice Manager | Ashgrove Dispensing Practice
01765 555 212 / dispensary 01765 555 219

Sent from my Galaxy`),
  }), {
    kind: 'practice_email_update', ignored: null, organisation: org('R81007', 'gp_practice'),
    fields: { currentEmail: 'ashgrove.surgery@nhs.net', newEmail: 'karen.obrien7@nhs.net' },
    mustRaise: ['individual_mailbox'],
    traits: ['individual_mailbox', 'lowercase_code', 'dispensing_practice', 'apostrophe_name', 'android_mail'],
  });

  // 2. Prison healthcare practice: quoted-printable with soft line breaks inside both addresses; long legal footer.
  add('practice-email-prison-qp-soft-breaks', message({
    from: 'HMP Fenmoor Healthcare Admin <hmpfenmoor.healthcareadmin@nhs.net>', to: PCSE_DM,
    subject: 'Practice email address update - HMP Fenmoor Healthcare (Y05233)',
    date: 'Wed, 11 Nov 2026 14:03:41 +0000', id: '20261111140341.GA7781@mx.hmpfenmoor-health.nhs.net',
    body: text(`Dear Data Manager team,

Please update the practice email address held for HMP Fenmoor Healthcare, practice code Y05233, which provides primary care to the prison as a GP practice.

Current practice email: fenmoor.heal\u0007thcare@nhs.net
New practice email: hmpfenmoor.healthc\u0007areadmin@nhs.net

The new address is our healthcare team's shared admin mailbox and is monitored 7 days a week by the administration team, unlike the old one which was linked to a single member of staff who has since left.

Kind regards

Healthcare Administration Team
HMP Fenmoor Healthcare | Care UK Health & Justice
Tel 01354 555 480 (admin) | 01354 555 400 (gate) | Secure fax 01354 555 481
${LEGAL_FOOTER('Care UK Health & Justice')}
This email has been scanned for viruses and malware by the HMPPS secure gateway. Ref: SG-2026-118834-77.`, { cte: 'quoted-printable' }),
  }), {
    kind: 'practice_email_update', ignored: null, organisation: org('Y05233', 'gp_practice'),
    fields: { currentEmail: 'fenmoor.healthcare@nhs.net', newEmail: 'hmpfenmoor.healthcareadmin@nhs.net' },
    mustRaise: [],
    traits: ['quoted_printable', 'soft_break_in_address', 'prison_healthcare', 'legal_footer', 'shared_mailbox_sender', 'ticket_number_nearby'],
  });

  // 3. Apple Mail: a new address, then "actually, use this one instead" in the next paragraph.
  add('practice-email-changed-mind', message({
    from: 'Dominic de Souza <dominic.desouza@nhs.net>', to: PCSE_DM, subject: 'Practice email',
    date: 'Thu, 12 Nov 2026 17:22:09 +0000', id: '3B2A1C0D-E9F8-4D7C-A6B5-4C3D2E1F0A9B@nhs.net',
    headers: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'],
    body: alt(`Hello,

Orchard House Surgery, g82 031. Please change our practice email from orchardhouse.surgery@nhs.net to orchardhouse.reception@nhs.net.

Actually - sorry - I've just been told the reception mailbox is being retired in the new year. Please make it orchardhouse.admin@nhs.net instead. That's the shared admin mailbox and it isn't going anywhere.

Thanks,
Dom

Dominic de Souza
Assistant Practice Manager (he/him)
Orchard House Surgery, 3 Orchard Way, Ashford TN23 1PP
01233 555 600 | 07700 900 622

Sent from my iPhone`),
  }), {
    kind: 'practice_email_update', ignored: null, organisation: org('G82031', 'gp_practice'),
    fields: { currentEmail: 'orchardhouse.surgery@nhs.net', newEmail: 'orchardhouse.admin@nhs.net' },
    mustRaise: [],
    traits: ['self_correction', 'lowercase_code', 'code_with_space', 'particle_name', 'pronouns', 'sent_from_iphone'],
  });

  // 4. Main contact extension as a two-column pipe table (existing | new), Outlook for iOS.
  add('extension-pipe-table-columns', message({
    from: 'Adaeze Nwachukwu-Bell <Adaeze.Nwachukwu-Bell@nhs.net>', to: PCSE_DM, subject: 'Extend main contact to new practice',
    date: 'Mon, 16 Nov 2026 09:48:30 +0000', id: 'GV1PR04MB9135F8E7D6C5B4A39281706F5E4D3@GV1PR04MB9135.eurprd04.prod.outlook.com',
    body: alt(`Hi PCSE,

We've taken on Clifton Village Surgery and I'd like my existing main contact account extended to cover it as well please.

|                | Existing practice                     | New practice                                       |
|----------------|---------------------------------------|----------------------------------------------------|
| Name           | Trentside Medical Group               | Clifton Village Surgery                            |
| ODS code       | C84051                                | c84 722                                            |
| Address        | 1 Wharf Road, Nottingham NG7 1GG      | 22 Village Road, Clifton, Nottingham NG11 8EA      |
| Phone          | 0115 555 4400                         | 0115 555 9120                                      |
| Main contact   | Adaeze Nwachukwu-Bell                 | (same - me)                                        |
| Email          | adaeze.nwachukwu-bell@nhs.net         |                                                    |

Happy for you to ring Clifton to verify - ask for Bev.

Adaeze
Group Operations Manager, Trentside Medical Group
0115 555 4401 | 07700 900 733

Get Outlook for iOS
${NHSMAIL_FOOTER}`),
  }), {
    kind: 'main_contact_extension', ignored: null, organisation: org('C84051', 'gp_practice'),
    fields: {
      existingPractice: practice('C84051', 'Trentside Medical Group', P('Adaeze Nwachukwu-Bell', 'adaeze.nwachukwu-bell@nhs.net'), '1 Wharf Road, Nottingham NG7 1GG', '0115 555 4400'),
      newPractice: { odsCode: 'C84722', name: 'Clifton Village Surgery', address: '22 Village Road, Clifton, Nottingham NG11 8EA' },
    },
    mustRaise: [],
    traits: ['pipe_table', 'two_practices_side_by_side', 'lowercase_code', 'code_with_space', 'hyphenated_name', 'outlook_ios'],
  });

  // 5. Main contact extension answering the website's list as numbered answers, multi-line addresses.
  add('extension-numbered-answers', message({
    from: '"MacDiarmid, Seamus" <s.macdiarmid@nhs.net>', to: PCSE_DM, subject: 'Main contact - adding a new practice',
    date: 'Tue, 17 Nov 2026 11:10:00 +0000', id: 'AS4PR07MB8721B0C1D2E3F4A5B6C7D8E9F0A1B@AS4PR07MB8721.eurprd07.prod.outlook.com',
    body: text(`Dear Sir/Madam,

Following the guidance on your website, please find my answers below. I am the main contact at The Ridgeway Practice and we are now also running Hoylake Road Surgery under a caretaker arrangement from 1 December.

1. Existing practice name: The Ridgeway Practice
2. Existing practice ODS code: N82044
3. Main contact name: Seamus MacDiarmid
4. Main contact email: s.macdiarmid@nhs.net
5. Existing practice address:
   14 Ridgeway Avenue
   Wallasey
   CH45 3NN
6. Existing practice phone: 0151 555 0630
7. New practice ODS code: N82117
8. New practice name: Hoylake Road Surgery
9. New practice address:
   201 Hoylake Road
   Moreton
   CH46 0SJ

Our caretaker reference from the ICB is CMI-0457 - in case that helps.

Yours faithfully

Seamus MacDiarmid
Business Manager
Direct 0151 555 0631 | Mobile 07700 900 254
${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }),
  }), {
    kind: 'main_contact_extension', ignored: null, organisation: org('N82044', 'gp_practice'),
    fields: {
      existingPractice: practice('N82044', 'The Ridgeway Practice', P('Seamus MacDiarmid', 's.macdiarmid@nhs.net'), '14 Ridgeway Avenue, Wallasey, CH45 3NN', '0151 555 0630'),
      newPractice: { odsCode: 'N82117', name: 'Hoylake Road Surgery', address: '201 Hoylake Road, Moreton, CH46 0SJ' },
    },
    mustRaise: [],
    traits: ['numbered_answers', 'multi_line_address', 'mc_mac_name', 'surname_first_display_name', 'ticket_number_nearby'],
  });

  // 6. Branch set-up for a dispensing branch, bullet lists.
  add('branch-dispensing-bullets', message({
    from: 'Lorna McIntyre <lorna.mcintyre@nhs.net>', to: PCSE_DM, subject: 'New branch set up - Wolds Edge Surgery',
    date: 'Wed, 18 Nov 2026 08:55:14 +0000', id: 'CA+fX3nPq9sT1vW4yZ7bC0eG2hJ5kM8pR=uV@mail.gmail.com',
    body: alt(`Good morning,

We would like to set up access to PCSE Online for our new branch (our dispensary site at Holme). We've had the branch code through from the ODS team.

Main practice
- Wolds Edge Surgery
- GP practice, code K84022
- Main contact: Lorna McIntyre, lorna.mcintyre@nhs.net
- High Street, Market Weighton, York YO43 3AQ
- 01430 555 870

Branch
- Main contact: Mr Ravi Shankar-Patel (Dispensary Manager), ravi.shankar-patel@nhs.net
- Branch code: k84022 001
- Wolds Edge Surgery - Holme Branch
- Station Road, Holme-on-Spalding-Moor, York YO43 4AB
- 01430 555 880

Kind regards
Lorna

Lorna McIntyre
Practice Manager
GPhC (dispensary) 1130427`),
  }), {
    kind: 'branch_setup', ignored: null, organisation: org('K84022', 'gp_practice'),
    fields: {
      mainPractice: practice('K84022', 'Wolds Edge Surgery', P('Lorna McIntyre', 'lorna.mcintyre@nhs.net'), 'High Street, Market Weighton, York YO43 3AQ', '01430 555 870'),
      branch: {
        odsCode: 'K84022001', name: 'Wolds Edge Surgery - Holme Branch', address: 'Station Road, Holme-on-Spalding-Moor, York YO43 4AB', phone: '01430 555 880',
        mainContact: { name: 'Ravi Shankar-Patel', email: 'ravi.shankar-patel@nhs.net', title: 'Mr' },
      },
    },
    mustRaise: [],
    traits: ['bullet_list', 'lowercase_code', 'code_with_space', 'dispensing_practice', 'hyphenated_name', 'gphc_number_nearby', 'gmail_app'],
  });

  // 7. Branch whose code is not the main code + 3 digits.
  add('branch-code-mismatch', message({
    from: 'Precious Mthembu-Okoro <precious.mthembu-okoro@nhs.net>', to: PCSE_DM, subject: 'Branch practice access request',
    date: 'Thu, 19 Nov 2026 13:37:51 +0000', id: 'PR3PR02MB6204C1D0E9F8A7B6C5D4E3F2A1B0C@PR3PR02MB6204.eurprd02.prod.outlook.com',
    body: alt(`Hi Data Manager team,

Please can you set up PCSE Online access for our branch site.

MAIN PRACTICE
Name: Brixton Water Lane Practice
Code: H85033
Main contact: Precious Mthembu-Okoro (precious.mthembu-okoro@nhs.net)
Address: 48 Brixton Water Lane, London SW2 1QE
Tel: 020 7946 0880

BRANCH
Name: Tulse Hill Branch Surgery
Branch ODS code: H85031002
Address: 9 Upper Tulse Hill, London SW2 2SD
Tel: 020 7946 0895
Main contact for branch: Dr Olamide Adeyinka, o.adeyinka@nhs.net

Thanks
Precious
Practice Manager

Sent from Outlook for Android`),
  }), {
    kind: 'branch_setup', ignored: null, organisation: org('H85033', 'gp_practice'),
    fields: {
      mainPractice: practice('H85033', 'Brixton Water Lane Practice', P('Precious Mthembu-Okoro', 'precious.mthembu-okoro@nhs.net'), '48 Brixton Water Lane, London SW2 1QE', '020 7946 0880'),
      branch: {
        odsCode: 'H85031002', name: 'Tulse Hill Branch Surgery', address: '9 Upper Tulse Hill, London SW2 2SD', phone: '020 7946 0895',
        mainContact: { name: 'Olamide Adeyinka', email: 'o.adeyinka@nhs.net', title: 'Dr' },
      },
    },
    mustRaise: ['branch_code_mismatch'],
    traits: ['branch_code_mismatch', 'capital_headings', 'hyphenated_name', 'outlook_android'],
  });

  // 8. Branch request forwarded by a receptionist: "see below, can you action"; request in the forwarded part.
  add('branch-forwarded-see-below', message({
    from: 'Reception - Severn Vale <severnvale.reception@nhs.net>', to: PCSE_DM, subject: 'Fw: branch',
    date: 'Fri, 20 Nov 2026 10:26:33 +0000', id: 'CWXP265MB3381D4C3B2A1F0E9D8C7B6A5F4E3D@CWXP265MB3381.GBRP265.PROD.OUTLOOK.COM',
    body: text(`see below, can you action

Kind regards, Reception Team (Jade)

From: Ffion Hughes-Tudor <ffion.hughes-tudor@nhs.net>
Sent: Thursday, November 19, 2026 6:12 PM
To: Reception - Severn Vale <severnvale.reception@nhs.net>
Subject: branch

Jade, could you send this to PCSE data manager (pcse.datamanager@nhs.net) tomorrow? Ta.

---
We'd like to set up our branch on PCSE Online please.

Main practice: Severn Vale Health Centre, ODS L84019, Riverside Road, Tewkesbury GL20 5AB, tel 01684 555 300.
Main contact PCSE holds: Ffion Hughes-Tudor, ffion.hughes-tudor@nhs.net.

Branch: Deerhurst Walton Surgery, branch code L84019002, Church Lane, Deerhurst Walton, Tewkesbury GL19 4BX, tel 01684 555 340.
Branch main contact: Ms Kirsty McPhail, kirsty.mcphail@nhs.net.

(L84019001 is our other branch at Twyning which is already set up.)

Ffion Hughes-Tudor
Practice Manager, Severn Vale Health Centre
01684 555 301
${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }),
  }), {
    kind: 'branch_setup', ignored: null, organisation: org('L84019', 'gp_practice'),
    fields: {
      mainPractice: practice('L84019', 'Severn Vale Health Centre', P('Ffion Hughes-Tudor', 'ffion.hughes-tudor@nhs.net'), 'Riverside Road, Tewkesbury GL20 5AB', '01684 555 300'),
      branch: {
        odsCode: 'L84019002', name: 'Deerhurst Walton Surgery', address: 'Church Lane, Deerhurst Walton, Tewkesbury GL19 4BX', phone: '01684 555 340',
        mainContact: { name: 'Kirsty McPhail', email: 'kirsty.mcphail@nhs.net', title: 'Ms' },
      },
    },
    mustRaise: [],
    traits: ['forwarded_by_colleague', 'forwarder_not_party', 'see_below_can_you_action', 'second_branch_code_named', 'shared_mailbox_sender', 'mc_mac_name'],
  });

  // 9. Misdirected main contact change for a prison healthcare practice; code only in the subject, lower case.
  add('main-contact-misdirected-subject-code', message({
    from: 'Marie-Claire du Plessis <Marie-Claire.DuPlessis@nhs.net>', to: PCSE_DM, subject: 'New main contact - y05532',
    date: 'Mon, 23 Nov 2026 08:20:45 +0000', id: 'D7E6F5A4-B3C2-41D0-9E8F-7A6B5C4D3E2F@nhs.net',
    headers: ['X-Mailer: iPhone Mail (22B91)'],
    body: alt(`Hello, I'm the new Head of Healthcare at HMP Whitmoor Grange and I'm taking over as the main contact for the healthcare practice from Tony Slater, who has retired. Please update it to me - Marie-Claire du Plessis, marie-claire.duplessis@nhs.net.

Thanks
Marie-Claire

Sent from my iPhone`),
  }), {
    kind: 'main_contact_change', ignored: null, organisation: org('Y05532', 'gp_practice'),
    fields: { newMainContact: P('Marie-Claire du Plessis', 'marie-claire.duplessis@nhs.net') },
    mustRaise: [],
    traits: ['misdirected', 'code_in_subject_only', 'lowercase_code', 'prison_healthcare', 'particle_name', 'hyphenated_name', 'self_nomination', 'sent_from_iphone'],
  });

  // 10. Misdirected unlock, voice-to-text style from a phone; the code in the signature.
  add('unlock-misdirected-voice', message({
    from: 'Tomasz Kowalski <TKowalski3@nhs.net>', to: PCSE_DM, subject: 'locked out',
    date: 'Tue, 24 Nov 2026 19:55:02 +0000', id: 'CAN2bQ8=rS4tU7vW0xY3zA6cE9fH1jL4mP7@mail.gmail.com',
    body: alt(`hi can you unlock my PCSE online account please I put the wrong password in too many times username is TKowalski3@nhs.net thanks Tom

Tomasz Kowalski
Dispensary & IT lead
Whitley Bay Dispensing Practice A89012
0191 555 2270

Sent from my Pixel`),
  }), {
    kind: 'account_unlock', ignored: null, organisation: org('A89012', 'gp_practice'),
    fields: { username: 'tkowalski3@nhs.net' },
    mustRaise: [],
    traits: ['misdirected', 'voice_to_text', 'code_in_signature_only', 'capitals_in_address', 'dispensing_practice'],
  });

  // 10b. Main contact extension from Apple Mail: the existing practice only in the signature block, the new one in the body.
  add('extension-existing-in-signature', message({
    from: 'Chidi Okafor-Lindqvist <Chidi.Okafor-Lindqvist@nhs.net>', to: PCSE_DM, subject: 'Please add Fernhill Surgery to my PCSE account',
    date: 'Wed, 2 Dec 2026 13:12:44 +0000', id: '8C7B6A59-4D3E-4F21-9A0B-1C2D3E4F5A6B@nhs.net',
    headers: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'],
    body: alt(`Hi there,

I'm the main contact for our practice (details in my signature below) and from 1 January we're also managing Fernhill Surgery, ODS d83 605, at 5 Fernhill Road, Saffron Walden CB11 4EZ.

Please could you extend my main contact access to include Fernhill? Their number for verification is 01799 555 330 - ask for the practice manager.

Thank you

Chidi Okafor-Lindqvist
Main Contact / Business Manager
Thaxted Road Dispensing Practice | ODS D83022
Thaxted Road, Great Sampford, Saffron Walden CB10 2RL
Tel 01799 555 300 | Mob 07700 900 615 | Dispensary 01799 555 309
chidi.okafor-lindqvist@nhs.net

Sent from my iPad`),
  }), {
    kind: 'main_contact_extension', ignored: null, organisation: org('D83022', 'gp_practice'),
    fields: {
      existingPractice: practice('D83022', 'Thaxted Road Dispensing Practice', P('Chidi Okafor-Lindqvist', 'chidi.okafor-lindqvist@nhs.net'), 'Thaxted Road, Great Sampford, Saffron Walden CB10 2RL', '01799 555 300'),
      newPractice: { odsCode: 'D83605', name: 'Fernhill Surgery', address: '5 Fernhill Road, Saffron Walden CB11 4EZ' },
    },
    mustRaise: [],
    traits: ['existing_practice_in_signature', 'lowercase_code', 'code_with_space', 'several_phone_numbers', 'dispensing_practice', 'hyphenated_name', 'apple_mail'],
  });

  // 11. Thank-you reply with a case reference.
  add('thanks-with-reference', message({
    from: 'Lorna McIntyre <lorna.mcintyre@nhs.net>', to: PCSE_DM, subject: 'RE: [PCSE-2026-005208] New branch set up - Wolds Edge Surgery',
    date: 'Wed, 25 Nov 2026 10:03:19 +0000', id: 'CA+fX3nPz1aB2cD3eF4gH5iJ6kL7mN8oP=qR@mail.gmail.com',
    headers: ['In-Reply-To: <PCSE-2026-005208.reply@pcse.england.nhs.uk>'],
    body: alt(`Lovely, thank you - Ravi has had his access email and can log in.

Lorna

On Tue, 24 Nov 2026 at 16:40, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
> Your request PCSE-2026-005208 has been completed. The branch K84022001 has been set up.`),
  }), unclassified(['thanks', 'case_reference', 'quoted_pcse_reply', 'gmail_app']));

  // 12. Genuine question with numbers that are not codes.
  add('question-second-dispensary', message({
    from: 'Gwen Ashworth-Ng <gwen.ashworth-ng@nhs.net>', to: PCSE_DM, subject: 'Question re branch / dispensary',
    date: 'Thu, 26 Nov 2026 15:44:30 +0000', id: 'AM6PR05MB5220E1D2C3B4A5968778695A4B3C2@AM6PR05MB5220.eurprd05.prod.outlook.com',
    body: alt(`Hi

We're opening a second dispensary (not a branch surgery - just a dispensing point at the village hall twice a week). Do we need a separate ODS code and branch set up on PCSE Online for it, or does it come under our main practice? Our main code is D82 061.

The NHS England local team ref is LAT-22-7719 if relevant.

Thanks
Gwen Ashworth-Ng
Dispensary Manager (she/her)
01328 555 118 / 07700 900 361

Sent from Outlook for iOS`),
  }), unclassified(['genuine_question', 'dispensing_practice', 'ticket_number_nearby', 'outlook_ios']));

  // 13. Non-delivery report.
  {
    const dsn = multi('report', [
      text(`Delivery has failed to these recipients or groups:

ravi.shankar-patel@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: LO0P265MB6443.GBRP265.PROD.OUTLOOK.COM
ravi.shankar-patel@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`, { cte: 'quoted-printable' }),
      { headers: ['Content-Type: message/delivery-status'], body: `Reporting-MTA: dns;LO0P265MB6443.GBRP265.PROD.OUTLOOK.COM\r\nReceived-From-MTA: dns;pcse.england.nhs.uk\r\nArrival-Date: Tue, 24 Nov 2026 16:41:02 +0000\r\n\r\nFinal-Recipient: rfc822;ravi.shankar-patel@nhs.net\r\nAction: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n` },
      { headers: ['Content-Type: text/rfc822-headers'], body: `From: PCSE Data Manager <pcse.datamanager@nhs.net>\r\nTo: ravi.shankar-patel@nhs.net\r\nSubject: [PCSE-2026-005208] Your PCSE Online access - Wolds Edge Surgery - Holme Branch\r\nDate: Tue, 24 Nov 2026 16:40:59 +0000\r\nMessage-ID: <PCSE-2026-005208.access@pcse.england.nhs.uk>\r\n` },
    ], '; report-type=delivery-status');
    add('bounce-ndr', message({
      from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>', to: PCSE_DM,
      subject: 'Undeliverable: [PCSE-2026-005208] Your PCSE Online access - Wolds Edge Surgery - Holme Branch',
      date: 'Tue, 24 Nov 2026 16:41:05 +0000', id: 'c1b2a3d4-e5f6-4789-8abc-def012345678@LO0P265MB6443.GBRP265.PROD.OUTLOOK.COM',
      headers: ['Auto-Submitted: auto-replied', 'Content-Language: en-GB'],
      body: dsn,
    }), unclassified(['bounce', 'case_reference', 'delivery_status'], 'bounce'));
  }

  return out;
}
