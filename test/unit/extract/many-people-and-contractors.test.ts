import { describe, expect, it } from 'vitest';
import { cleanOcrLine } from '../../../ingest/extract/scan-noise.js';
import { qualifiedValueLists } from '../../../ingest/extract/pipe-tables.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-fourth session), what corpora 40 (writer AJ: pharmacies, opticians, dentists, phones, dictation)
 * and 41 (writer AK: many people in one email) showed, each pattern written again here with other practices and
 * people. Every email here is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;

/** The Open Exeter GP form as a Word export prints it: its capacities as options on two or three lines. */
const openExeterForm = (capacityLines: string[], position: string | null) =>
  printedPdf([
    'Request for an Open Exeter Primary User',
    'GP Practices',
    ['Practice name', 'Hollins Lane Surgery'],
    ['Practice code', 'P84017'],
    'Section 2 Person to be set up as Primary User',
    ['Forename(s)', 'Kirsty'],
    ['Surname', 'Lowe'],
    ['NHSmail address', 'kirsty.lowe@nhs.net'],
    'Section 3 Authorised signatory',
    // The sentence wraps as the printed form's does: its last line reads as a label over the options.
    'I confirm that the person named in Section 2 should be given Primary User access. I sign in',
    'the capacity ticked below:',
    ...capacityLines,
    ['Signatory name', 'Barbara Quinn'],
    ...(position ? [['Position', position]] : []),
    ['Signatory email', 'barbara.quinn@nhs.net'],
  ]);

describe('the Open Exeter form\'s printed capacities', () => {
  it('reads options printed side by side with no mark as no capacity; the position under them says what the signatory is', async () => {
    const pdf = await openExeterForm(['Lead GP GP Partner Caldicott Guardian Existing Primary Contact', 'Member of the Board of Directors'], 'Practice Manager');
    const c = await parseEmailWithPdf('openexeter', ['Barbara Quinn', 'barbara.quinn@nhs.net'], 'Primary user form', 'Form attached for Kirsty.\n\nBarbara', pdf);
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Barbara Quinn', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });

  it('takes the one marked among options printed two to a line, and "If other, please state" for Other', async () => {
    const marked = await openExeterForm(['Caldicott Guardian Member of the Board of Directors', 'X Existing Primary User within the organisation'], null);
    const c = await parseEmailWithPdf('openexeter', ['Barbara Quinn', 'barbara.quinn@nhs.net'], 'Primary user form', 'Form attached for Kirsty.\n\nBarbara', marked);
    expect(fieldsOf(c).signatory).toMatchObject({ role: 'existing_primary_user' });

    const other = await openExeterForm(['Lead GP GP Partner', 'Caldicott Guardian Existing Primary Contact', 'Member of the Board of Directors X Other', 'If other, please state Deputy Practice Manager'], null);
    const o = await parseEmailWithPdf('openexeter', ['Barbara Quinn', 'barbara.quinn@nhs.net'], 'Primary user form', 'Form attached for Kirsty.\n\nBarbara', other);
    expect(fieldsOf(o).signatory).toMatchObject({ role: 'other' });
  });
});

describe('who approves, among several people', () => {
  it('"On behalf of Dr X, GP Partner and our CQC Registered Manager (copied in)": X, in the office that nominates for the service', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Gwen Tudor <gwen.tudor@nhs.net>', To: to('portalenquiries'), Cc: 'Dr Owain Rees <owain.rees@nhs.net>', Subject: 'PL admin - Afon Surgery W91042' },
      'Hello,\n\nOn behalf of Dr Owain Rees, GP Partner and our CQC Registered Manager (copied in), please could you set up a PL Organisation Administrator for Afon Surgery, W91042:\n\nName: Carys Bevan\nEmail: carys.bevan@nhs.net\n\nThanks\nGwen Tudor\nPractice Manager\npp Dr O Rees',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Owain Rees', email: 'owain.rees@nhs.net', role: 'CQC Registered Manager' });
  });

  it('keeps a sender\'s forename address ("mohan@") over a relative\'s that shares the surname', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Mohan Desai <mohan@desaiopticians.co.uk>', To: to('portalenquiries'), Cc: 'Anita Desai <anita.desai@desaiopticians.co.uk>', Subject: 'OPTO admin - Desai Opticians TPQ22' },
      'Hello,\n\nI am the contract holder for Desai Opticians (TPQ22). Please set up my niece, Anita Desai, as our Opto User Management (Organisation) administrator.\n\nAnita\'s email address is anita.desai@desaiopticians.co.uk (she is copied in).\n\nRegards,\n\nMohan Desai\nContract Holder\nDesai Opticians',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Mohan Desai', email: 'mohan@desaiopticians.co.uk' });
  });

  it('a colleague copied in to help is not the approver when the sender approves it themselves', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Dr Alasdair Boyd <alasdair.boyd@nhs.net>', To: to('portalenquiries'), Cc: 'Nina Shaw <nina.shaw2@nhs.net>', Subject: 'PCN user admin - Fellside PCN' },
      'Dear PCSE,\n\nFellside PCN (U61207) has no PCN user admin. Please set up Leon Achebe, our Digital Lead, as PCN user admin - leon.achebe@nhs.net.\n\nOur ICB contact is away, so as Clinical Director I am approving this myself. I am not on the AEL.\n\nNina Shaw, our PCN operations manager, is copied in and can answer any questions.\n\nBest wishes\nAlasdair Boyd\nClinical Director, Fellside PCN',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Alasdair Boyd', email: 'alasdair.boyd@nhs.net', role: 'Clinical Director' });
  });

  it('an approval in the reply forwarded is its author\'s, not the forwarder\'s', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Holly Barnes <holly.barnes@brightview-eyes.co.uk>', To: to('portalenquiries'), Subject: 'FW: Opto admin approval - Brightview Eyes Ripon (TPR05)' },
      'Hi PCSE team,\n\nPlease set up Marek as an Opto User Management (Organisation) admin for Brightview Eyes Ripon (TPR05). The approval is below.\n\nMarek Nowak, Store Supervisor - marek.nowak@brightview-eyes.co.uk\n\nThanks,\nHolly\n\n________________________________\nFrom: Sunil Rao <sunil.rao@brightview-eyes.co.uk>\nSent: 30 November 2026 10:02\nTo: Holly Barnes <holly.barnes@brightview-eyes.co.uk>\nSubject: Re: Opto admin approval\n\nHolly - approved. As contract holder for TPR05 I\'m happy for Marek to have the OPTO user admin role.\n\nSunil',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Sunil Rao', email: 'sunil.rao@brightview-eyes.co.uk' });
  });

  it('"our Clinical Director has approved it himself - see his reply below": the reply\'s author, in the office he names', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Nadia Flynn <nadia.flynn@nhs.net>', To: to('portalenquiries'), Subject: 'Brackenfield PCN U40311 - PCN user administrator' },
      'Dear PCSE,\n\nBrackenfield PCN (U40311) has no PCN user admin. We would like Owen Price (owen.price@nhs.net) to be set up as PCN user admin.\n\nThe ICB has not replied in a month, so our Clinical Director has approved it himself - see his reply below. He is not on the Authorised Email List.\n\nThanks,\nNadia\n\n________________________________\nFrom: Imran Baig <imran.baig@nhs.net>\nSent: Tuesday, 1 December 2026 10:02\nTo: Nadia Flynn <nadia.flynn@nhs.net>\nSubject: Re: PCN user admin\n\nYes happy to approve Owen as our PCN user admin. I\'m not on the ICB\'s list but I\'m the CD.\nImran',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Imran Baig', email: 'imran.baig@nhs.net', role: 'Clinical Director' });
    expect(c.findings.map((f) => f.code)).toContain('approver_not_on_ael');
  });

  it('"Approved - please set X up as below" over a colleague\'s request to PCSE is the request, approved by the sender', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Asha Menon <asha.menon@lindeneyecare.co.uk>', To: to('portalenquiries'), Subject: 'RE: Additional OPTO admin - Linden Eyecare TPW11' },
      'Approved - please set Kwesi up as below.\n\nAsha\n\nAsha Menon\nContract Holder | Linden Eyecare\n\n________________________________\nFrom: Paul Grey <paul.grey@lindeneyecare.co.uk>\nSent: Monday, 30 November 2026 09:20\nTo: pcse.portalenquiries@nhs.net\nCc: Asha Menon <asha.menon@lindeneyecare.co.uk>\nSubject: Additional OPTO admin - Linden Eyecare TPW11\n\nHi PCSE,\n\nWe would like another Opto User Management (Organisation) admin for Linden Eyecare, TPW11. Our current admins are:\n\nName | Position | Email\nPaul Grey | Store Manager | paul.grey@lindeneyecare.co.uk\nAsha Menon | Contract Holder | asha.menon@lindeneyecare.co.uk\n\nPlease could you add Kwesi (Kay) Mensah, our new Assistant Manager, as well: kwesi.mensah@lindeneyecare.co.uk.\n\nThanks\nPaul Grey\nStore Manager',
    );
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Kwesi Mensah', email: 'kwesi.mensah@lindeneyecare.co.uk' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Asha Menon', role: 'Contract Holder' });
  });

  it('reads "Our current admins at X are A, B, C and myself. Could you add D as well?" as a nomination, with four in post', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Rhys Parry <rhys.parry@nhs.net>', To: to('portalenquiries'), Subject: 'Fifth GPP admin - Bryn Surgery W92011' },
      'Hello,\n\nOur current GPP admins at Bryn Surgery (W92011) are Sian Hughes, Tom Pugh, Elin Roberts and myself. Could you please add Dafydd Jones (dafydd.jones@nhs.net) as well? Dr Evans, our senior partner, has approved this.\n\nThanks\nRhys Parry\nPractice Manager',
    );
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Dafydd Jones', email: 'dafydd.jones@nhs.net' });
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });
});

describe('the organisation and the values among several', () => {
  it('a merger\'s two codes in the text and one in the subject: the subject\'s, with its name', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Lara Finch <lara.finch@nhs.net>', To: to('portalenquiries'), Subject: 'Main contact - Westgate Health Centre C82031 (merger)' },
      'Hello,\n\nOakfield Surgery (C82077) has merged into Westgate Health Centre (C82031) from today. Please make me the main contact for C82031:\n\nName: Lara Finch\nEmail: lara.finch@nhs.net\n\nNothing needs to change on C82077.\n\nLara Finch\nBusiness Manager',
    );
    expect(c.organisation).toMatchObject({ odsCode: 'C82031', name: 'Westgate Health Centre' });
  });

  it('"Label:" over "Existing - …" and "New - …" lines is a two-column table', async () => {
    expect(qualifiedValueLists('Practice name:\n  Existing - Rowan Dental\n  New - Rowan Dental Ashfield\nThanks')).toBe('Existing Practice name: Rowan Dental\nNew Practice name: Rowan Dental Ashfield\nThanks');
    const c = await parseEmail(
      'datamanager',
      { From: 'Dr Priti Shah <priti.shah@nhs.net>', To: to('datamanager'), Subject: 'Extending main contact to Rowan Dental Ashfield' },
      'Hello,\n\nI am the contract holder for both practices. Please extend our main contact to our new practice.\n\nPractice name:\n  Existing - Rowan Dental\n  New - Rowan Dental Ashfield\nODS code:\n  Existing - V021144\n  New - V033210\nAddress:\n  Existing - 3 Rowan Way, Ashby, AB1 2CD\n  New - 40 High Road, Ashfield, AF2 9ZZ\nMain contact:\n  Existing - Dana Cole - dana.cole@nhs.net\n\nPriti',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'V021144', name: 'Rowan Dental', address: '3 Rowan Way, Ashby, AB1 2CD' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'V033210', name: 'Rowan Dental Ashfield', address: '40 High Road, Ashfield, AF2 9ZZ' });
  });

  it('a table of two columns headed with brackets ("Existing pharmacy (main contact held)") is one section a column', async () => {
    const html = '<p>Please extend our main contact to our new pharmacy.</p><table><tr><td></td><td>Existing pharmacy (main contact held)</td><td>New pharmacy (to be added)</td></tr>' +
      '<tr><td>Pharmacy name</td><td>Dale Pharmacy - Hillside</td><td>Dale Pharmacy - Brook Street</td></tr><tr><td>ODS code</td><td>FK2L4</td><td>FK9Q3</td></tr>' +
      '<tr><td>Main contact email</td><td>omar.farah@nhs.net</td><td>Same as existing</td></tr><tr><td>Address</td><td>12 Hillside, Leeds, LS6 2AB</td><td>3 Brook Street, Leeds, LS9 8CD</td></tr>' +
      '<tr><td>Change of ownership completed</td><td>n/a</td><td>01/11/2026</td></tr></table><p>Omar Farah<br>Head of Operations</p>';
    const c = await parseEmail('datamanager', { From: 'Omar Farah <omar.farah@nhs.net>', To: to('datamanager'), Subject: 'Main contact extension - Brook Street' }, html, 'text/html; charset="utf-8"');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FK2L4', name: 'Dale Pharmacy - Hillside', address: '12 Hillside, Leeds, LS6 2AB' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FK9Q3', name: 'Dale Pharmacy - Brook Street', address: '3 Brook Street, Leeds, LS9 8CD' });
  });

  it('reads a code spelt a letter at a time with its digits together ("code T P Q 17")', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Clear Sight <clearsight.tpq17@nhs.net>', To: to('portalenquiries'), Subject: 'Locked' },
      'Hello PCSE this is Maria at Clear Sight opticians practice code T P Q 17 my PCSE online account is locked my user name is mariaruiz@clearsight please can you unlock it thank you Maria',
    );
    expect(c.organisation).toMatchObject({ odsCode: 'TPQ17', type: 'ophthalmic_practice' });
  });

  it('a long form label wrapped before its last word keeps its value', async () => {
    const pdf = await printedPdf([
      'Practice User Administrator Certification',
      'PART A: Practice details and nominated user administrator',
      'Name of practice Moss Lane Surgery',
      'Practice ODS code N85019',
      'Name of nominated GPP Practice User',
      'Administrator',
      'Ilinca Popescu',
      'Email address (NHS mail preferred) ilinca.popescu@nhs.net',
      'PART B: Certification by an organisation approver',
      'Approver name Dr Ravi Menon',
      'Position Senior Partner',
      'Approver email address ravi.menon@nhs.net',
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Ilinca Popescu', 'ilinca.popescu@nhs.net'], 'GPP certification form', 'Dear Sir or Madam,\n\nI am sending the form for to make me the User Administrator. It is signed from Dr Menon.\n\nIlinca', pdf);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Ilinca Popescu', email: 'ilinca.popescu@nhs.net' });
  });
});

describe('names', () => {
  it('the sign-off\'s middle name the From header left out, and a dictated name ending at "email"', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Harjit Sandhu <h.sandhu@sandhuopticians.co.uk>', To: to('portalenquiries'), Subject: 'PL admin - Sandhu Opticians' },
      'Hello,\n\nI am the contract holder for Sandhu Opticians. I would like our Dispensing Manager to be given the PL Organisation User Administration role.\n\nName: Ola Bakare\nEmail: ola.bakare@sandhuopticians.co.uk\n\nThank you,\n\nHarjit Kaur Sandhu BSc(Hons) MCOptom\nOptometrist & Contract Holder\nSandhu Opticians\nOCS code: tpd08',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Harjit Kaur Sandhu' });

    const dictated = await parseEmail(
      'datamanager',
      { From: 'Femi Ade <femi@adeopticians.co.uk>', To: to('datamanager'), Subject: 'Main contact for new practice' },
      'Hi PCSE I would like to extend my main contact to our new practice please. Existing practice is Ade Opticians ODS code TPD31 main contact is me Femi Ade email femi.ade@nhs.net phone 020 8496 0199. New practice ODS code TPD44 thank you Femi',
    );
    expect((fieldsOf(dictated).existingPractice?.mainContact as { name: string | null }).name).toBe('Femi Ade');
  });

  it('the creator "RIDGE, THOMAS" of a notification is "Tom Ridge" who sends it on, at his address', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Tom Ridge <tom.ridge@nhs.net>', To: to('openexeter'), Subject: 'FW: Open Exeter: new user created - P81011' },
      'Hi,\n\nThe notification for our new starter is below.\n\nTom\n\n---------- Forwarded message ---------\nFrom: Open Exeter <noreply.openexeter@nhs.net>\nSubject: Open Exeter: new user created - P81011\n\nA new user has been created.\n\nOrganisation code : P81011\nForename          : ANNA\nSurname           : KOVAC\nUser ID           : KOVACA\nEmail address     : anna.kovac@nhs.net\nCreated by        : RIDGE, THOMAS (Primary User)',
    );
    expect(fieldsOf(c).createdBy).toMatchObject({ email: 'tom.ridge@nhs.net' });
  });
});

describe('what is not a request', () => {
  it('an NHSmail or smartcard lock-out is not a PCSE Online unlock; a PCSE Online one is', async () => {
    const nhsmail = await parseEmail('portalenquiries', { From: 'Ion Popa <ion.popa.rx@gmail.com>', To: to('portalenquiries'), Subject: 'account locked' }, 'Hello,\n\nI am new locum pharmacist. My smartcard is not working and I cannot log in NHSmail, it say account locked. Can you please unlock? \n\nThank you\nIon');
    expect(nhsmail.kind).toBe('unclassified');
    const portal = await parseEmail('portalenquiries', { From: 'Ion Popa <ion.popa@nhs.net>', To: to('portalenquiries'), Subject: 'account locked' }, 'Hello,\n\nMy PCSE Online account is locked after wrong passwords. Can you please unlock? My username is ion.popa@nhs.net\n\nThank you\nIon');
    expect(portal.kind).toBe('account_unlock');
  });

  it('a subject that chases a logged request under its reference asks for nothing new', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Ross Kerr <ross.kerr@nhs.net>', To: to('openexeter'), Subject: 'PCSE-2026-004411 - Open Exeter primary user form - any update?' },
      'Hi,\n\nWe sent in a primary user form for our new receptionist, Jade, on 19 November, signed by Dr Khan. Could you let us know if there is anything else you need from us?\n\nThanks\nRoss Kerr\nOperations Manager',
    );
    expect(c.kind).toBe('unclassified');
  });
});

describe('a practice\'s ticketing system', () => {
  it('its automatic notice carrying a request written to PCSE is the request; one with none is ignored', async () => {
    const headers = { From: 'Ash Grove Surgery - IT Requests <ashgrove.itrequests@nhs.net>', To: to('portalenquiries'), Subject: '[Ticket #812] Leaver - remove access (Maya Brook)', 'Auto-Submitted': 'auto-generated' };
    const ticket = 'Request type:   Staff leaver - remove access\nStaff member:   Maya Brook\nEmail:          maya.brook@nhs.net\nPractice:       Ash Grove Surgery (B82044)\n\nSystems:\n  PCSE Online ...... remove roles: Joiner & Leaver\n';
    const asks = await parseEmail('portalenquiries', headers, `${ticket}\nComment from Lee Hart:\nPCSE - please can you remove Maya's PCSE roles above from Friday. Thanks, Lee`);
    expect(asks.ignored).toBeNull();
    expect(asks.kind).toBe('role_removal_request');
    const notice = await parseEmail('portalenquiries', headers, `${ticket}\nStatus changed to Resolved.`);
    expect(notice.ignored).toBe('auto_reply');
  });
});

describe('a scanned form\'s lines', () => {
  it('joins a word OCR split into two that are not words, and drops a code with a misread character in it', () => {
    expect(cleanOcrLine('Approver role / position | GP PART NER')).toBe('Approver role / position GP PARTNER');
    expect(cleanOcrLine('Practice name | HOLLY ME DICAL PR ACTICE')).toBe('Practice name HOLLY MEDICAL PRACTICE');
    // Two words that are words stay two.
    expect(cleanOcrLine('Position Practice Manager')).toBe('Position Practice Manager');
    // "g" for an 8, or a mark inside the code: which practice is not known, so no code is read.
    expect(cleanOcrLine('Practice code (ODS) | Lg3614 1')).not.toMatch(/\d{4}/);
    expect(cleanOcrLine('Practice code 1 B830%9 H')).not.toMatch(/B830/);
    expect(cleanOcrLine('Practice code L83614')).toBe('Practice code L83614');
    // A bar after a small letter, in a word, is an l.
    expect(cleanOcrLine('Name Dr Samue| Adeyemi-Price')).toBe('Name Dr Samuel Adeyemi-Price');
    expect(cleanOcrLine('Lead GP | GP Partner')).toBe('Lead GP GP Partner');
    // A speck before a label, and a title's D read as an O.
    expect(cleanOcrLine('3 Position / role GP Partner')).toBe('Position / role GP Partner');
    expect(cleanOcrLine('Approver name Or Anil Okafor')).toBe('Approver name Dr Anil Okafor');
    expect(cleanOcrLine('Either Or Both')).toBe('Either Or Both');
  });
});
