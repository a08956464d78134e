// pcse.openexeter: the emails of corpus 14 (writer J) and the case a careful PCSE colleague would enter for each.
import {
  NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, OE, OE_BARE, addr, alternative, blank, compose, esc, exchangeId, htmlPart, imagePart,
  iosAlternative, message, org, outlookHtml, outlookQuoteHeader, p, pdfPart, person, stdHeaders, textPart, type Entry,
  type Expected,
} from './lib.js';
import { logoPng, oeGpFillAndSign, oeGpFlattened, oeGpScan, oeOtherScanRotated } from './pdfs.js';

const MB = 'openexeter' as const;
const exp = (e: Omit<Expected, 'mailbox'>): Expected => ({ mailbox: MB, ...e });

// ---------------------------------------------------------------- 001: primary user, merged practice, flattened form

async function o001(): Promise<Entry> {
  const seed = 'c14/o001';
  const pdf = await oeGpFlattened({
    practiceName: 'Whitstone & Pennygate Medical Practice', practiceCode: 'L85022', address: 'Whitstone Surgery, Fore Street, Holsworthy, EX22 6AB', phone: '01409 496 210',
    puTitle: 'Mrs', puForename: 'Sian', puSurname: 'Trevithick', puJob: 'Assistant Practice Manager', puEmail: 'sian.trevithick@nhs.net', puPhone: '01409 496 214',
    sigName: 'Dr Michael Roskilly', sigPosition: 'Senior Partner', sigEmail: 'michael.roskilly@nhs.net', capacity: 'lead_gp', signed: true, date: '02/12/2026',
  }, seed);
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('Please find attached a signed Open Exeter Primary User request (for me) for Whitstone &amp; Pennygate Medical Practice.')}
${blank()}
${p('Whitstone Surgery (L85022) and Pennygate Surgery (L85061) merged on 1 November; we now work under L85022 only and L85061 will be closed. Our Primary User for Whitstone, Carol Jenkin, retired at the merger. I was the Primary User for Pennygate (user ID TREVITHICKS under L85061), so I need the same for L85022.')}
${blank()}
${p('The form is signed by Dr Roskilly as Lead GP.')}
${blank()}
${p('Kind regards')}
${p('Sian Trevithick')}
${p('Assistant Practice Manager')}
${p('Whitstone &amp; Pennygate Medical Practice')}
${p('Whitstone site 01409 496 214 | Pennygate site 01409 496 260 | Mobile 07700 900 706')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T14:18:40Z', from: addr('TREVITHICK, Sian (WHITSTONE & PENNYGATE MEDICAL PRACTICE)', 'sian.trevithick@nhs.net'), to: OE,
    subject: 'Open Exeter Primary User form - L85022', attach: true,
  }), compose(seed, alternative(seed, html), { attachments: [pdfPart('OE Primary User - Whitstone & Pennygate.pdf', pdf)] }));
  return {
    slug: '001-primary-user-merged-practice-flattened-form', eml,
    expected: exp({
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L85022', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Sian Trevithick', 'sian.trevithick@nhs.net'), signatory: { ...person('Michael Roskilly', 'michael.roskilly@nhs.net'), role: 'lead_gp' } },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'pdf_flattened_acroform', 'tick_box_capacity', 'distractor_user_id', 'nominee_is_sender', 'several_phones'],
    }),
  };
}

// ---------------------------------------------------------------- 002: primary user, renamed practice, low-contrast scan, practice mailbox

async function o002(): Promise<Entry> {
  const seed = 'c14/o002';
  const pdf = await oeGpScan({
    practiceName: 'FAIRFIELD PARK HEALTH CENTRE', practiceCode: 'B82033', address: '1 Fairfield Park, Harrogate, HG1 4PW', phone: '01423 496 300',
    puTitle: 'MRS', puForename: 'REBECCA', puSurname: 'HOLLIS', puJob: 'Reception Manager', puEmail: 'rebecca.hollis@nhs.net', puPhone: '01423 496 318',
    sigName: 'DR ANJALI VARMA', sigPosition: 'GP Partner', sigEmail: 'anjali.varma@nhs.net', capacity: 'gp_partner', signed: true, date: '01/12/2026',
  }, seed, 'low_contrast');
  const text = `Hi

Please find attached our Open Exeter primary user form. Apologies for the quality, our scanner is on its last legs.

We were "Dr Varma & Partners" until October when we became Fairfield Park Health Centre - the code is still B82033. We would like Rebecca Hollis (reception manager) to be our primary user as our previous one has left.

Regards
Rebecca Hollis
Reception Manager
Fairfield Park Health Centre

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T10:06:18Z', from: addr('Fairfield Park Health Centre', 'fairfieldpark.hc@nhs.net'), to: OE_BARE, subject: 'OE primary user request', attach: true,
  }), compose(seed, textPart(text), { attachments: [pdfPart('SCAN_20261203_100214.pdf', pdf)] }));
  return {
    slug: '002-primary-user-renamed-practice-low-contrast-scan', eml,
    expected: exp({
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82033', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Rebecca Hollis', 'rebecca.hollis@nhs.net'), signatory: { ...person('Anjali Varma', 'anjali.varma@nhs.net'), role: 'gp_partner' } },
      mustRaise: [],
      traits: ['renamed_practice', 'pdf_scan', 'pdf_scan_low_contrast', 'handwritten_capitals', 'generic_mailbox', 'person_only_in_signature'],
    }),
  };
}

// ---------------------------------------------------------------- 003: primary user, other organisation, new provider, rotated scan, on behalf

async function o003(): Promise<Entry> {
  const seed = 'c14/o003';
  const pdf = await oeOtherScanRotated({
    orgName: 'Tamar Sexual Health Service', orgType: 'Sexual health clinic (CIC)', orgCode: '', address: 'Cumberland Centre, Damerel Close, Plymouth, PL1 4JZ', phone: '01752 496 640',
    puTitle: 'MR', puForename: 'MARTIN', puSurname: 'COUCH', puJob: 'Clinical Services Administrator', puEmail: 'martin.couch@nhs.net', puPhone: '01752 496 644',
    sigName: 'DR FRANCES PENHALIGON', sigPosition: 'Medical Director', sigEmail: 'frances.penhaligon@nhs.net', capacity: 'caldicott', signed: true, date: '30/11/2026',
  }, seed);
  const html = outlookHtml(`${p('Dear Open Exeter team,')}
${blank()}
${p('The Tamar Sexual Health Service transferred from Plymouth Community Services NHS Trust to Westcountry Community Health CIC on 1 October 2026 as part of the re-procurement. Our Open Exeter access was under the trust and the Primary User there has stayed with the trust, so we need a new Primary User for the service under the new provider.')}
${blank()}
${p('Please find attached the &#8220;other organisations&#8221; form, signed by our Caldicott Guardian, Dr Frances Penhaligon. We don&#8217;t have our own organisation code for the new provider yet &#8211; ODS have said it will follow.')}
${blank()}
${p('Sorry, the scanner has saved it sideways.')}
${blank()}
${p('Martin Couch')}
${p('Clinical Services Administrator')}
${p('Tamar Sexual Health Service | Westcountry Community Health CIC')}
${p('Clinic 01752 496 640 | Admin 01752 496 644')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-01T11:40:31Z',
    from: addr('Tamar Sexual Health Service - Admin', 'tamarsexualhealth.admin@nhs.net'),
    sender: addr('COUCH, Martin (WESTCOUNTRY COMMUNITY HEALTH CIC)', 'martin.couch@nhs.net'),
    to: OE, subject: 'Open Exeter - new Primary User (other organisations form)', attach: true,
  }), compose(seed, alternative(seed, html), { attachments: [pdfPart('Scan0042.pdf', pdf)] }));
  return {
    slug: '003-primary-user-other-org-new-provider-rotated-scan', eml,
    expected: exp({
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Martin Couch', 'martin.couch@nhs.net'), signatory: { ...person('Frances Penhaligon', 'frances.penhaligon@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [],
      traits: ['new_provider', 'pdf_scan', 'pdf_scan_rotated', 'sent_on_behalf', 'generic_mailbox', 'no_org_code', 'job_title_differs_from_capacity', 'handwritten_capitals'],
    }),
  };
}

// ---------------------------------------------------------------- 004: primary user, caretaker practice, Fill & Sign form left unsigned

async function o004(): Promise<Entry> {
  const seed = 'c14/o004';
  const pdf = await oeGpFillAndSign({
    practiceName: 'Elmstead Surgery', practiceCode: 'Y02741', address: '17 Elmstead Road, Gravesend, DA12 5BN', phone: '01474 496 500',
    puTitle: 'Mrs', puForename: 'Sharon', puSurname: 'Kettley', puJob: 'Interim Practice Manager', puEmail: 'sharon.kettley@nhs.net', puPhone: '01474 496 512',
    sigName: 'Dr Adebayo Ogunleye', sigPosition: 'Clinical Lead (caretaker provider)', sigEmail: 'adebayo.ogunleye@nhs.net', capacity: 'lead_gp', signed: false, date: '07/12/2026',
  }, seed);
  const text = `Good morning,

Elmstead Surgery is now run by Northfleet Community Health CIC under a caretaker contract and I've taken over as interim Practice Manager. The previous Primary User left with the old partners, so please could you set me up as Primary User for Y02741.

I've completed the form electronically and Dr Ogunleye, our caretaker Lead GP, has put his details in section C.

Thanks,

Sharon Kettley
Interim Practice Manager | Elmstead Surgery
Northfleet Community Health CIC
01474 496 512

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T11:02:09Z', from: addr('Sharon Kettley', 'sharon.kettley@nhs.net'), to: OE,
    subject: 'Open Exeter Primary User - Elmstead Surgery Y02741', attach: true,
  }), compose(seed, textPart(text), { attachments: [pdfPart('OE-PU-GP Elmstead.pdf', pdf)] }));
  return {
    slug: '004-primary-user-caretaker-fill-and-sign-unsigned', eml,
    expected: exp({
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('Y02741', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Sharon Kettley', 'sharon.kettley@nhs.net'), signatory: { ...person('Adebayo Ogunleye', 'adebayo.ogunleye@nhs.net'), role: 'lead_gp' } },
      mustRaise: ['missing_signature'],
      traits: ['caretaker_apms', 'pdf_fill_and_sign', 'tick_box_capacity', 'unsigned_form', 'nominee_is_sender'],
    }),
  };
}

// ---------------------------------------------------------------- 005: primary user, new provider, practice manager signs, office scan

async function o005(): Promise<Entry> {
  const seed = 'c14/o005';
  const pdf = await oeGpScan({
    practiceName: 'HIGHFIELD SURGERY', practiceCode: 'E85117', address: '2 Highfield Road, Harrow, HA1 3QT', phone: '020 8496 0700',
    puTitle: 'MISS', puForename: 'CLAIRE', puSurname: 'DUNMORE', puJob: 'Senior Receptionist', puEmail: 'claire.dunmore@nhs.net', puPhone: '020 8496 0702',
    sigName: 'YVONNE PICKERING', sigPosition: 'Practice Manager', sigEmail: 'yvonne.pickering@nhs.net', capacity: null, signed: true, date: '03/12/2026',
  }, seed, 'office');
  const text = `Hello,

Highfield Surgery was taken over by Harrow Health Partnership on 1 November. All of the GPs now working here are sessional or locum GPs employed by the new provider and none of them are partners, so I have signed the attached form myself as Practice Manager. I hope that is OK - if not, please let me know who should sign.

We would like Claire Dunmore (Senior Receptionist) set up as Primary User.

Yvonne Pickering
Practice Manager
Highfield Surgery (Harrow Health Partnership)
020 8496 0710

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T16:27:52Z', from: addr('PICKERING, Yvonne (HIGHFIELD SURGERY)', 'yvonne.pickering@nhs.net'), to: OE,
    subject: 'Primary user form Highfield Surgery E85117', attach: true,
  }), compose(seed, textPart(text), { attachments: [pdfPart('Highfield OE form.pdf', pdf)] }));
  return {
    slug: '005-primary-user-new-provider-practice-manager-signs-scan', eml,
    expected: exp({
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('E85117', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Claire Dunmore', 'claire.dunmore@nhs.net'), signatory: { ...person('Yvonne Pickering', 'yvonne.pickering@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['new_provider', 'pdf_scan', 'handwritten_capitals', 'no_capacity_ticked', 'practice_manager_signs'],
    }),
  };
}

// ---------------------------------------------------------------- 006: extra permissions, GP partner, merged practice, rich signature

function o006(): Entry {
  const seed = 'c14/o006';
  const cid = 'image001.png@01DB6652.7E21B0A0';
  const html = outlookHtml(`${p('Dear Open Exeter team,')}
${blank()}
${p('Please could you add the following permissions to Lauren Giddings&#8217; Open Exeter account:')}
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph" style="margin-left:0cm">Prior Notification List<o:p></o:p></li>
<li class="MsoListParagraph" style="margin-left:0cm">Patient Enquiry<o:p></o:p></li>
</ul>
${p('Her Open Exeter user name is GIDDINGSL and her email is <a href="mailto:lauren.giddings@nhs.net">lauren.giddings@nhs.net</a>. She has taken over cervical screening admin since St Luke&#8217;s Surgery and Heathview Practice merged (we are now St Luke&#8217;s &amp; Heathview Practice, H85031; the Heathview code H85104 has closed).')}
${blank()}
${p('I am a GP Partner at the practice.')}
${blank()}
${p('Best wishes')}
${p('Nadia')}
${blank()}
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>
<td valign="top" style="padding:0 8pt 0 0">${p(`<img width="150" height="44" src="cid:${cid}" alt="St Luke's &amp; Heathview Practice">`)}</td>
<td valign="top" style="padding:0 0 0 8pt;border-left:solid #005EB8 1.5pt">
${p('<b>Dr Nadia Farooq</b> <span style="font-size:9pt">MBBS MRCGP FRCGP</span>')}
${p('<span style="font-size:9pt">GP Partner</span>')}
${p('<span style="font-size:9pt">Clinical Lead for Women&#8217;s Health</span>')}
${p('<span style="font-size:9pt">GMC 6205518</span>')}
${p('<span style="font-size:9pt">Reception 020 8496 0550 | Secretaries 020 8496 0561</span>')}
${p('<span style="font-size:8.5pt;color:#7F7F7F">Clinical sessions Mon, Tue, Thu</span>')}
</td></tr></table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T12:51:30Z', from: addr("FAROOQ, Nadia (ST LUKE'S & HEATHVIEW PRACTICE)", 'nadia.farooq@nhs.net'), to: OE,
    subject: 'Additional Open Exeter permissions - Lauren Giddings',
  }), compose(seed, alternative(seed, html), { images: [imagePart('image001.png', cid, logoPng('SH', '#005eb8', "St Luke's & Heathview"))] }));
  return {
    slug: '006-permissions-gp-partner-merged-practice-rich-signature', eml,
    expected: exp({
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('H85031', 'gp_practice'),
      fields: {
        user: { name: 'Lauren Giddings', email: 'lauren.giddings@nhs.net', username: 'GIDDINGSL' },
        permissions: ['Prior Notification List', 'Patient Enquiry'],
        signatory: { ...person('Nadia Farooq', 'nadia.farooq@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'html_list', 'inline_logo_cid', 'distractor_gmc', 'post_nominals', 'two_line_job_title', 'working_days'],
    }),
  };
}

// ---------------------------------------------------------------- 007: extra permissions asked by a practice manager from a phone

function o007(): Entry {
  const seed = 'c14/o007';
  const text = `hi can you give tracey hart access to the prior notification list on open exeter please, she's our new screening lead. her username is HARTT. thanks sandra (practice manager, Wellspring Surgery K83022)`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-06T20:11:45Z', from: addr('Sandra Whitfield', 'sandra.whitfield@nhs.net'), to: OE_BARE, subject: 'Open exeter',
  }), iosAlternative(seed, text));
  return {
    slug: '007-permissions-practice-manager-ios', eml,
    expected: exp({
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('K83022', 'gp_practice'),
      fields: {
        user: { name: 'Tracey Hart', email: null, username: 'HARTT' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Sandra Whitfield', 'sandra.whitfield@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['mobile_ios', 'lower_case', 'no_signature', 'practice_manager_requests'],
    }),
  };
}

// ---------------------------------------------------------------- 008: extra permissions from a Caldicott Guardian on a practice domain

function o008(): Entry {
  const seed = 'c14/o008';
  const html = outlookHtml(`${p('Dear PCSE,')}
${blank()}
${p('As Caldicott Guardian for St Mark&#8217;s Medical Centre (J83041), I&#8217;d be grateful if you could grant our new assistant practice manager, Imogen Clarke, the <i>Cervical Screening Results Enquiry</i> and <i>Prior Notification List</i> permissions on Open Exeter. Her existing user ID is CLARKEI2 and her email address is imogen.clarke3@nhs.net.')}
${blank()}
${p('(Since the new provider arrangements in October our practice domain email is the one I check most &#8211; apologies for not using NHSmail.)')}
${blank()}
${p('Regards')}
${p('Dr Alastair Quayle')}
${p('GP &amp; Caldicott Guardian')}
${p('St Mark&#8217;s Medical Centre')}
${p('01225 496 330')}
${blank()}
${p('<span style="font-size:8pt;color:gray">St Mark&#8217;s Medical Centre is part of Avon Vale Health Ltd, registered in England no. 13384920. This email and any attachments are confidential.</span>')}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-05T09:33:07Z', authDomain: 'stmarksmedicalcentre.co.uk',
    from: addr('Dr Alastair Quayle', 'alastair.quayle@stmarksmedicalcentre.co.uk'), to: OE_BARE,
    subject: 'Open Exeter permissions for Imogen Clarke',
  }), alternative(seed, html));
  return {
    slug: '008-permissions-caldicott-non-nhs-address', eml,
    expected: exp({
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J83041', 'gp_practice'),
      fields: {
        user: { name: 'Imogen Clarke', email: 'imogen.clarke3@nhs.net', username: 'CLARKEI2' },
        permissions: ['Cervical Screening Results Enquiry', 'Prior Notification List'],
        signatory: { ...person('Alastair Quayle', 'alastair.quayle@stmarksmedicalcentre.co.uk'), role: 'caldicott_guardian' },
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['new_provider', 'non_nhs_sender', 'practice_domain'],
    }),
  };
}

// ---------------------------------------------------------------- 009: extra permissions forwarded inside PCSE

function o009(): Entry {
  const seed = 'c14/o009';
  const html = outlookHtml(`${p('Hi OE team,')}
${blank()}
${p('Forwarded from the customer support inbox &#8211; the practice used the general enquiries address. Please pick up.')}
${blank()}
${p('Thanks')}
${p('Precious')}
${p('<span style="font-size:9pt;color:#595959">Precious Mensah | Customer Support Advisor | Primary Care Support England</span>')}
${blank()}
${outlookQuoteHeader({ from: 'ACHEBE, Samuel (BROOKVALE PRACTICE) <samuel.achebe@nhs.net>', sent: 'Friday, 4 December 2026 13:05', to: 'PCSE Enquiries <pcse.enquiries@nhs.net>', subject: 'Open Exeter – extra access for practice nurse' })}
${blank()}
${p('Hello,')}
${blank()}
${p('I&#8217;m the Lead GP at Brookvale Practice (N82077). We are taking on the cervical screening PNL work from our old branch site, which closed last month. Could you please add Prior Notification List access to the Open Exeter account of our practice nurse, Jasmine Kaur (user ID KAURJ5, <a href="mailto:jasmine.kaur11@nhs.net">jasmine.kaur11@nhs.net</a>)?')}
${blank()}
${p('Many thanks')}
${p('Dr Samuel Achebe')}
${p('Lead GP, Brookvale Practice')}
${p('GMC 7019283')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T08:49:14Z', from: addr('MENSAH, Precious (PRIMARY CARE SUPPORT ENGLAND)', 'precious.mensah@nhs.net'), to: OE,
    subject: 'FW: from the customer support team — please pick up (Open Exeter permissions)',
  }), alternative(seed, html));
  return {
    slug: '009-permissions-lead-gp-internal-forward', eml,
    expected: exp({
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('N82077', 'gp_practice'),
      fields: {
        user: { name: 'Jasmine Kaur', email: 'jasmine.kaur11@nhs.net', username: 'KAURJ5' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Samuel Achebe', 'samuel.achebe@nhs.net'), role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['pcse_internal_forward', 'forwarder_is_not_requester', 'distractor_gmc', 'branch_closed', 'rfc2047_subject'],
    }),
  };
}

// ---------------------------------------------------------------- 010: Open Exeter's new-user notification (text)

function o010(): Entry {
  const seed = 'c14/o010';
  const text = `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A Primary User has created a new user account which requires authorisation by PCSE.

Organisation code   : L85022
Organisation name   : WHITSTONE & PENNYGATE MEDICAL PRACTICE
New user ID         : POLGLASEK
New user name       : MR KIERAN POLGLASE
New user email      : kieran.polglase@nhs.net
Application(s)      : CERVICAL SCREENING
Created by          : TREVITHICKS - MRS SIAN TREVITHICK
Creator email       : sian.trevithick@nhs.net
Created on          : 07/12/2026 10:12:44

This is an automatically generated message. Please do not reply to this email.
`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T10:12:51Z', from: addr('Open Exeter', 'openexeter.noreply@nhs.net'), to: OE_BARE,
    subject: 'Open Exeter: New user awaiting authorisation - L85022', extra: [['Auto-Submitted', 'auto-generated'], ['X-Mailer', 'OpenExeter Notification Service 4.2']],
  }), textPart(text, '7bit', 'us-ascii'));
  return {
    slug: '010-new-user-notification-merged-practice', eml,
    expected: exp({
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('L85022', 'gp_practice'),
      fields: { user: { name: 'Kieran Polglase', email: 'kieran.polglase@nhs.net', username: 'POLGLASEK' }, createdBy: person('Sian Trevithick', 'sian.trevithick@nhs.net') },
      mustRaise: [],
      traits: ['system_notification', 'upper_case_names', 'auto_submitted_header_but_a_request'],
    }),
  };
}

// ---------------------------------------------------------------- 011: Open Exeter's new-user notification (HTML, creator without email)

function o011(): Entry {
  const seed = 'c14/o011';
  const rowH = (k: string, v: string) => `<tr><td style="padding:3px 10px;background:#f0f4f8;font-weight:bold">${esc(k)}</td><td style="padding:3px 10px">${v}</td></tr>`;
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Open Exeter notification</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#005eb8;color:#fff;padding:8px 12px;font-size:15px;font-weight:bold">Open Exeter &ndash; New user awaiting authorisation</div>
<p>A Primary User has created a new user. Please authorise the user and issue a temporary password.</p>
<table cellspacing="0" cellpadding="0" style="border:1px solid #c8d3df;border-collapse:collapse">
${rowH('Organisation', 'B82033 &ndash; FAIRFIELD PARK HEALTH CENTRE (PREV. DR VARMA &amp; PARTNERS)')}
${rowH('User ID', 'NAIRP')}
${rowH('Name', 'MS PRIYA NAIR')}
${rowH('Email', 'priya.nair6@nhs.net')}
${rowH('Applications', 'CERVICAL SCREENING (PNL, ENQUIRY)')}
${rowH('Created by', 'HOLLISR (MRS REBECCA HOLLIS)')}
${rowH('Created', '08/12/2026 14:37')}
</table>
<p style="color:#666;font-size:11px">Automatically generated by Open Exeter. Do not reply.</p>
</body></html>
`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T14:37:20Z', from: addr('Open Exeter', 'openexeter.noreply@nhs.net'), to: OE_BARE,
    subject: 'Open Exeter: New user awaiting authorisation - B82033', extra: [['X-Mailer', 'OpenExeter Notification Service 4.2']],
  }), htmlPart(html, 'quoted-printable'));
  return {
    slug: '011-new-user-notification-html-creator-without-email', eml,
    expected: exp({
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('B82033', 'gp_practice'),
      fields: { user: { name: 'Priya Nair', email: 'priya.nair6@nhs.net', username: 'NAIRP' }, createdBy: person('Rebecca Hollis', null) },
      mustRaise: [],
      traits: ['system_notification', 'html_only', 'html_table', 'upper_case_names', 'renamed_practice', 'creator_user_id_only'],
    }),
  };
}

// ---------------------------------------------------------------- 012: PCSE Online reactivation sent to the Open Exeter mailbox

function o012(): Entry {
  const seed = 'c14/o012';
  const text = `Hello, apologies if this is the wrong team - I couldn't find a separate address for PCSE Online.

I'm the main contact for Kestrel Pharmacy (FQ902) and my PCSE Online account (gbemisola.adebayo@nhs.net) has been deactivated, I think because I didn't log in while the pharmacy was being transferred to the new owners. Please could you reactivate it? This isn't about Open Exeter, we don't use it.

Gbemisola Adebayo MPharm
Responsible Pharmacist / Main Contact
Kestrel Pharmacy, 22 Kestrel Way, Peterborough PE2 8QL
GPhC 2071554
Tel 01733 496 220

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T16:48:29Z', from: addr('Gbemisola Adebayo', 'gbemisola.adebayo@nhs.net'), to: OE, subject: 'PCSE Online account deactivated',
  }), textPart(text));
  return {
    slug: '012-reactivation-misdirected-pharmacy', eml,
    expected: exp({
      kind: 'account_reactivation', ignored: null, organisation: org('FQ902', 'pharmacy'),
      fields: { username: 'gbemisola.adebayo@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'new_provider', 'distractor_gphc', 'admin_role_stated', 'says_not_open_exeter'],
    }),
  };
}

// ---------------------------------------------------------------- 013: chaser with the reference only in the subject

function o013(): Entry {
  const seed = 'c14/o013';
  const prev = exchangeId('c14/o013/prev', 'CWLP265MB');
  const text = `Hi, any news on this please? we're still without a primary user since the takeover and can't reset anyone's password. Thanks, Dawn`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T12:30:02Z', from: addr('Dawn Hartley', 'dawn.hartley@nhs.net'), to: OE_BARE,
    subject: 'RE: PCSE-2026-080562 Open Exeter primary user - any update?', inReplyTo: prev, references: prev,
  }), iosAlternative(seed, text));
  return {
    slug: '013-chaser-reference-in-subject-ios', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser_with_ref', 'reference_in_subject', 'mobile_ios', 'no_signature'] }),
  };
}

// ---------------------------------------------------------------- 014: question about Open Exeter users after a merger

function o014(): Entry {
  const seed = 'c14/o014';
  const text = `Dear Open Exeter team,

Oakdene Surgery (C83015) and Holly Bank Surgery (C83064) are merging on 1 February 2027 and will continue under C83015.

We each have a Primary User and around a dozen users under our own codes. Will the Holly Bank users need to be created again under C83015 by our Primary User (and then authorised by you), or can PCSE move them across? And will the Holly Bank Primary User automatically become a second Primary User for C83015, or does she need a new form?

Thanks for your help - we want to avoid a gap in the PNL work.

Reena Patel
Practice Manager, Oakdene Surgery
01522 496 780

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-10T10:05:40Z', from: addr('PATEL, Reena (OAKDENE SURGERY)', 'reena.patel12@nhs.net'), to: OE,
    subject: 'Open Exeter users after practice merger - do they need setting up again?',
  }), textPart(text));
  return {
    slug: '014-question-users-after-merger', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'merged_practice', 'old_and_new_codes'] }),
  };
}

// ---------------------------------------------------------------- 015: out-of-office reply

function o015(): Entry {
  const seed = 'c14/o015';
  const prev = exchangeId('c14/o015/prev', 'CWLP265MB');
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('Thank you for your email. I am out of the office until Monday 4 January 2027 with limited access to email.')}
${blank()}
${p('For Open Exeter password resets please contact our second Primary User, Tom Ellery (<a href="mailto:tom.ellery@nhs.net">tom.ellery@nhs.net</a>). For anything else please call reception on 01392 496 150.')}
${blank()}
${p('Kind regards')}
${p('Lisa Cornish')}
${p('Assistant Practice Manager | Exe Valley Practice (L83044)')}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-10T15:00:11Z', from: addr('CORNISH, Lisa (EXE VALLEY PRACTICE)', 'lisa.cornish@nhs.net'), to: OE,
    subject: 'Automatic reply: Your enquiry [PCSE-2026-083109] Open Exeter Primary User request', inReplyTo: prev, references: prev,
    extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'lisa.cornish@nhs.net']],
  }), alternative(seed, html));
  return {
    slug: '015-out-of-office-auto-reply', eml,
    expected: exp({ kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'reference_in_subject', 'addresses_in_body'] }),
  };
}

export async function openexeterEntries(): Promise<Entry[]> {
  return [await o001(), await o002(), await o003(), await o004(), await o005(), o006(), o007(), o008(), o009(), o010(), o011(), o012(), o013(), o014(), o015()];
}
