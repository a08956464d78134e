import { describe, expect, it } from 'vitest';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { applyConfidence } from '../../../ingest/extract/confidence.js';
import { cleanOcrLine } from '../../../ingest/extract/scan-noise.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { fillableForm, printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-sixth session), what corpora 48 (writer AR: a typical fortnight in the three mailboxes) and 49 (writer
 * AS: Open Exeter and authorisation from organisations outside general practice) showed, each pattern written again
 * here with other organisations and people. Every email and PDF here is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;
const codes = (c: { findings: { code: string }[] }) => c.findings.map((f) => f.code);

describe('who is nominated, and who approves', () => {
  it('reads Acrobat\'s counted boxes ("Full name", "Full name_2") under their printed labels: the second person is the approver', async () => {
    const pdf = await fillableForm([
      { text: 'Practice User Administrator Certification Form' },
      { text: 'Part A - Practice and nominee details' },
      { label: 'Practice code (ODS)', field: 'Practice code ODS', value: 'J83019' },
      { label: 'Nominee full name', field: 'Full name', value: 'Priya Raman' },
      { label: 'Nominee email address', field: 'Email address', value: 'priya.raman@nhs.net' },
      { text: 'Part B - Certification by an organisation approver' },
      { label: 'Approver full name', field: 'Full name_2', value: 'Dr Gareth Pugh' },
      { label: 'Position / role', field: 'Position  role', value: 'GP Partner' },
      { label: 'Approver email address', field: 'Email address_2', value: 'gareth.pugh@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Priya Raman', 'priya.raman@nhs.net'], 'GPP admin form J83019', 'Please find our GPP user administrator form attached; Dr Pugh has signed part B.', pdf);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Priya Raman', email: 'priya.raman@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Gareth Pugh', email: 'gareth.pugh@nhs.net', role: 'GP Partner' });
  });

  it('"Sent on behalf of Dr X, CQC Registered Manager:" over the request names the approver and the office', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'MILLFIELD SURGERY - Admin <millfield.admin@nhs.net>', To: to('portalenquiries'), Subject: 'PL administrator' },
      'Good afternoon\n\nSent on behalf of Dr Tomasz Wrona, CQC Registered Manager:\n\nPlease could Sian Evans (Operations Manager) be set up as PL Organisation Administrator for Millfield Surgery, K81055. Her email address is sian.evans7@nhs.net.\n\nKind regards\nAdmin Team\nMillfield Surgery',
    );
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Sian Evans', email: 'sian.evans7@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Tomasz Wrona', role: 'CQC Registered Manager' });
  });

  it('a letter nominating "our Practice Manager, NAME": the person, at the address the letter gives her, not the letterhead\'s hello@ nor a service\'s name', async () => {
    const letter = await printedPdf([
      'Brookside Vision Ltd',
      '21 High Street, Ludlow SY8 1AS | 01584 873 220 | hello@brooksidevision.co.uk',
      'Re: OPTO Organisation User Administrator - Brookside Vision (ODS TPB41)',
      'Dear Sir or Madam,',
      'I nominate our Practice Manager, Imogen Clarke, for the Opto User Management (Organisation) role. Imogen\'s email address is',
      'imogen.clarke@brooksidevision.co.uk and her direct line is 01584 873 221. Please contact me if you need anything further.',
      'Yours faithfully,',
      'Daniel Frost',
      'Contract Holder, Brookside Vision',
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Daniel Frost', 'daniel@brooksidevision.co.uk'], 'OPTO user administrator - Brookside Vision TPB41', 'Hello,\n\nPlease see the attached letter nominating our practice manager as the Ophthalmic Payments user administrator for Brookside Vision.\n\nDaniel Frost\nContract Holder', letter);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Imogen Clarke', email: 'imogen.clarke@brooksidevision.co.uk' });
  });

  it('"Rebecca Lomas, rebecca…@" written by "Becky Lomas": the name given beside the address', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Jo Whitlock <joanna.whitlock@nhs.net>', To: to('portalenquiries'), Subject: 'PCN user admin - Severn Vale PCN U40122' },
      'Dear PCSE\n\nI\'m the PCN manager for Severn Vale PCN (U40122). Could I be set up as PCN user admin please? Joanna Whitlock, joanna.whitlock@nhs.net.\n\nMany thanks\nJo',
    );
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Joanna Whitlock', email: 'joanna.whitlock@nhs.net' });
  });
});

describe('organisations in run-on prose', () => {
  it('one paragraph: the clause that writes the code beside a postcode gives the address and phone, past "main contact X (address)"', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ola Nowak <ola.nowak@nhs.net>', To: to('datamanager'), Subject: 'Extend main contact' },
      'Hi, I am the main contact for Harbour Dental (V045122) and we have just taken over Quayside Dental Care, so I need to order for them too. Our details: Harbour Dental, V045122, main contact Ola Nowak (ola.nowak@nhs.net), 3 Wharf Road, Poole BH15 1HR, tel 01202 671 400. New practice is Quayside Dental Care, 9 Market Street, Poole BH15 1NF. Thanks Ola',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'V045122', address: '3 Wharf Road, Poole BH15 1HR', phone: '01202 671 400' });
  });

  it('"Please set up Dr NAME as the main contact for the branch, address": the branch contact with the title the email writes', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Neil Ames <neil.ames@nhs.net>', To: to('datamanager'), Subject: 'Branch set up - Fenside Surgery' },
      'Hi,\n\nOur main practice is Fenside Surgery, ODS code D82077, 4 Bridge Street, Wisbech PE13 1AF, tel 01945 582 300. The main contact you hold for us is me, Neil Ames, neil.ames@nhs.net.\nThe branch is Leverington Surgery, Church Road, Leverington, Wisbech PE13 5DE, ODS code D82077001. Please set up Mrs Carla Bright as the main contact for the branch, carla.bright@nhs.net.\n\nThanks\nNeil',
    );
    expect(fieldsOf(c).branch).toMatchObject({ mainContact: { title: 'Mrs', name: 'Carla Bright', email: 'carla.bright@nhs.net' } });
  });
});

describe('Open Exeter forms and letters from organisations outside general practice', () => {
  it('joins a form\'s "PuFirst" and "PuSurname" boxes into the nominee\'s name', async () => {
    const pdf = await fillableForm([
      { text: 'Open Exeter Primary User Request Form - Other Organisations' },
      { label: 'Organisation name', field: 'OrgName', value: 'Downland Community Health NHS Trust' },
      { label: 'Organisation code', field: 'OrgCode', value: 'RKT' },
      { label: 'First name', field: 'PuFirst', value: 'Martha' },
      { label: 'Surname', field: 'PuSurname', value: 'Quinlan' },
      { label: 'Email', field: 'PuEmail', value: 'martha.quinlan@nhs.net' },
      { label: 'Signatory name', field: 'SigName', value: 'Dr Owen Price' },
      { label: 'Signatory position', field: 'SigPosition', value: 'Caldicott Guardian' },
      { label: 'Signatory email', field: 'SigEmail', value: 'owen.price@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Martha Quinlan', 'martha.quinlan@nhs.net'], 'Open Exeter primary user', 'Please find our form attached.', pdf);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Martha Quinlan', email: 'martha.quinlan@nhs.net' });
  });

  it('"I have signed it on his behalf": the sender signed, in their own office, which the form does not allow', async () => {
    const form = await printedPdf([
      'Open Exeter Primary User Request Form',
      'For GP Practices',
      'Section 1 - Practice details',
      ['Practice name', 'Orchard Lane Surgery'],
      ['Practice code (ODS)', 'M85033'],
      'Section 2 - Primary User details',
      ['First name', 'Gemma'],
      ['Surname', 'Holt'],
      ['Email address (NHSmail)', 'gemma.holt@nhs.net'],
      'Section 3 - Authorised signatory',
      ['Full name', 'Dr Paul Osei'],
      ['Position / job title', 'Lead GP'],
      ['Email address', 'paul.osei@nhs.net'],
      ['Signature', 'pp D Marsh'],
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Dawn Marsh', 'dawn.marsh@nhs.net'], 'Open Exeter form Orchard Lane Surgery', 'Hi,\n\nAttached is the Open Exeter primary user form for Gemma Holt, our new practice manager.\nDr Osei is on leave until the 12th so I have signed it on his behalf as he asked me to.\n\nThanks\nDawn Marsh\nReceptionist\nOrchard Lane Surgery', form);
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Dawn Marsh', email: 'dawn.marsh@nhs.net', role: 'other' });
    expect(codes(c)).toContain('signatory_role_not_allowed');
  });

  it('a Caldicott Guardian\'s letter sent by her PA: the letter\'s author signs; its title and greeting name no permission; PCSE\'s address is nobody\'s', async () => {
    const letter = await printedPdf([
      'Marshland Community NHS Trust',
      'PCSE Open Exeter Team',
      'By email: pcse.openexeter@nhs.net',
      'Request for additional Open Exeter permissions',
      'Dear Colleagues,',
      'I am writing as Caldicott Guardian for Marshland Community NHS Trust (organisation code RMQ) to request additional',
      'permissions on Open Exeter for the following member of staff:',
      'Name: Aisha Karim',
      'Open Exeter user ID: AKARIM3',
      'Email: aisha.karim2@nhs.net',
      'Permissions requested: Cytology Results Enquiry and Failsafe Reports. Aisha takes over the failsafe checks in March.',
      'Yours sincerely,',
      'Dr Helen Bright',
      'Medical Director and Caldicott Guardian',
      'helen.bright@nhs.net',
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Carol Dunn', 'carol.dunn@nhs.net'], 'Letter from the Caldicott Guardian', 'Dear PCSE Open Exeter team,\n\nPlease find attached a letter from Dr Helen Bright, Caldicott Guardian, requesting additional Open Exeter permissions for a member of our staff.\n\nKind regards\nCarol Dunn\nPA to the Medical Director and Caldicott Guardian', letter);
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Aisha Karim', email: 'aisha.karim2@nhs.net', username: 'AKARIM3' });
    expect(fieldsOf(c).permissions).toEqual(['Cytology Results Enquiry', 'Failsafe Reports']);
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Helen Bright', email: 'helen.bright@nhs.net', role: 'caldicott_guardian' });
  });

  it('reads a list of functions in capitals under "the following … :", and not what an account already has', async () => {
    const listed = await parseEmail(
      'openexeter',
      { From: 'Dr Ben Okoro <ben.okoro@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter permissions - Ridgeway Surgery K84011' },
      'Hi,\n\nCould our nurse Tara Finch please have the following added to her Open Exeter account:\nSample Taker Database\nPrior Notification List\nHer user ID is TFINCH and email tara.finch@nhs.net.\n\nMany thanks\nDr Ben Okoro\nLead GP, Ridgeway Surgery',
    );
    expect(fieldsOf(listed).permissions).toEqual(['Sample Taker Database', 'Prior Notification List']);
    const existing = await parseEmail(
      'openexeter',
      { From: 'Dr Ruth Adair <ruth.adair@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter access for practice nurse' },
      'Dear Sir/Madam,\n\nPlease could our practice nurse Ellen Moss be given access to the Prior Notification List on Open Exeter. She already has an Open Exeter account (user ID EMOSS2) for cytology results.\n\nI am a GP Partner at Tarnside Surgery, A82044.\n\nDr Ruth Adair\nGP Partner',
    );
    expect(fieldsOf(existing).permissions).toEqual(['Prior Notification List']);
  });

  it('"Type of organisation GP Federation" on a printed form: another organisation, whatever its code\'s shape says', async () => {
    const form = await printedPdf([
      'Open Exeter Primary User Request Form',
      'Section 1 - Organisation details',
      'Organisation name Wyeside Health Federation',
      'Organisation code (ODS) Y05512',
      'Type of organisation GP Federation',
      'Section 2 - Primary User details',
      'First name Kate',
      'Surname Lowe',
      'Email address (NHSmail) kate.lowe@nhs.net',
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Kate Lowe', 'kate.lowe@nhs.net'], 'Open Exeter PU request', 'Hi,\n\nPlease find attached our form; our ODS code is Y05512.\n\nKate Lowe\nOperations Manager', form);
    expect(fieldsOf(c).organisationKind).toBe('other');
    expect(codes(c)).toContain('ods_type_mismatch');
  });

  it('"I would like to authorise a Primary User", from one of the Board of Directors: the writer signs as a board member', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Lena Hart <lena.hart@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter - Hart Eyecare (TPH58)' },
      'Good afternoon,\n\nI am one of the directors (Board of Directors) of Hart Eyecare Ltd, ODS code TPH58. I would like to authorise a Primary User for Open Exeter for our practice.\n\nPrimary User: Joel Marsh\nEmail: joel.marsh2@nhs.net\n\nBest regards,\nLena Hart\nDirector',
    );
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Lena Hart', role: 'board_member' });
  });

  it('an independent sector provider\'s code: "our organisation code is NKQ" names it; a GP code mistyped with a Q stays invalid', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Ruth Penn <ruth.penn@stcolumbahospice.org.uk>', To: to('openexeter'), Subject: 'Open Exeter permissions' },
      'Dear PCSE,\n\nPlease add the Prior Notification List to Amy Lord\'s Open Exeter account (user ID ALORD1). Our organisation code is NKQ.\n\nI am a member of our Board of Directors.\n\nRuth Penn\nSt Columba\'s Hospice',
    );
    expect(c.organisation).toMatchObject({ odsCode: 'NKQ', type: 'other' });
    expect(classifyOdsCode('NRD07')?.type).toBe('other');
    expect(classifyOdsCode('Q8211')).toBeNull();
    expect(classifyOdsCode('NHS')).toBeNull();
  });
});

describe('blocks, logins and scans', () => {
  it('a block that gives the code first, then "Chain Name Town", then "- Address:" over its lines', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ravi Bhatt <ravi.bhatt@brightsighteyecare.co.uk>', To: to('datamanager'), Subject: 'Extending main contact - new practice Oakham' },
      'Hi there,\n\nWe would like to extend our current main contact to our new practice in Oakham. Details below.\n\nExisting practice:\n- Brightsight Eyecare\n- ODS code TPB12\n- Main contact: Ravi Bhatt (ravi.bhatt@brightsighteyecare.co.uk)\n- Address:\n  7 Sheep Market\n  Stamford\n  PE9 2RB\n\nNew practice:\n- ODS code TPK40\n- Brightsight Eyecare Oakham\n- Address:\n  2 Market Place\n  Oakham\n  LE15 6DT\n\nCheers,\nRavi',
    );
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'TPK40', name: 'Brightsight Eyecare Oakham', address: '2 Market Place, Oakham, LE15 6DT' });
  });

  it('a new user named with no address, but a login that spells the name', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Nina Roy <nina.roy@nhs.net>', To: to('openexeter'), Subject: 'New user - please authorise' },
      'Hi,\n\nI have just set up a new user on Open Exeter for our new receptionist, Maisie Cole. Her user ID is MCOLE2. Please could you authorise her and send her a password?\n\nThanks\nNina Roy\nPractice Manager\nBridge Dental Care (V448120)',
    );
    expect(fieldsOf(c).user).toMatchObject({ name: 'Maisie Cole', username: 'MCOLE2' });
  });

  it('drops an asterisk before a label and specks after a scanned name', () => {
    expect(cleanOcrLine('* Email address alan.pryor@nhs.net')).toBe('Email address alan.pryor@nhs.net');
    expect(cleanOcrLine('Full name Dr Alan Pryor 8')).toBe('Full name Dr Alan Pryor');
    expect(cleanOcrLine('Name of signatory | Dr Leena Rao en liy')).toMatch(/Dr Leena Rao$/);
  });

  it('completes half a scanned name from the forename.surname address that agrees with it, and only then', () => {
    const scan = (line: string) => `read from a scan: check (OCR page 1, confidence 80 %): ${line}`;
    const surnameOnly = { nominee: { name: 'OKAFOR', email: 'ada.okafor2@nhs.net' } };
    applyConfidence(surnameOnly, { 'fields.nominee.name': scan('Surname: OKAFOR'), 'fields.nominee.email': scan('Email: ada.okafor2@nhs.net') }, []);
    expect(surnameOnly.nominee.name).toBe('Ada Okafor');
    const forenames = { nominee: { name: 'Mary Jane', email: 'mary.holt@nhs.net' } };
    applyConfidence(forenames, { 'fields.nominee.name': scan('First name: Mary Jane'), 'fields.nominee.email': scan('Email: mary.holt@nhs.net') }, []);
    expect(forenames.nominee.name).toBe('Mary Jane Holt');
    // A whole name read under "Name" is not completed: the address may spell another surname (a married name), so the
    // name read is a hint for the reviewer, as before.
    const whole = { nominee: { name: 'Mary Jane', email: 'mary.holt@nhs.net' } };
    const { hints } = applyConfidence(whole, { 'fields.nominee.name': scan('Name: Mary Jane'), 'fields.nominee.email': scan('Email: mary.holt@nhs.net') }, []);
    expect(whole.nominee.name).toBeNull();
    expect(hints.find((h) => h.path === 'fields.nominee.name')?.value).toBe('Mary Jane');
  });

  it('"isn\'t sure what her user ID is but …" gives no login; a covering email\'s correction of the form\'s address wins; a site code\'s O read for a nought', async () => {
    const noLogin = await parseEmail(
      'openexeter',
      { From: 'Dr Sean Byrne <sean.byrne@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter access - Orla Quinn' },
      'Hi,\n\nCould Orla Quinn, one of our nurses, please be given Prior Notification List access in Open Exeter? She isn\'t sure what her user ID is but her email is orla.quinn@nhs.net.\n\nI\'m a partner at Larchfield Practice, B82033.\n\nDr Sean Byrne\nGP Partner',
    );
    expect(fieldsOf(noLogin).user).toMatchObject({ name: 'Orla Quinn', email: 'orla.quinn@nhs.net', username: null });
    const pdf = await fillableForm([
      { text: 'Open Exeter Primary User Request Form - Other Organisations' },
      { label: 'Organisation name', field: 'f1_01', value: 'Histology Laboratory, Fenwick General Hospital' },
      { label: 'Organisation code (ODS)', field: 'f1_02', value: 'RFW01' },
      { text: 'Section 2 - Primary User details' },
      { label: 'First name', field: 'f1_03', value: 'Tomas' },
      { label: 'Surname', field: 'f1_04', value: 'Novak' },
      { label: 'Email address (NHSmail)', field: 'f1_05', value: 'tomas.novak@nhs.net' },
      { text: 'Section 3 - Authorised signatory' },
      { label: 'Full name', field: 'f1_06', value: 'Dr Rhona Kerr' },
      { label: 'Position', field: 'f1_07', value: 'Caldicott Guardian' },
    ]);
    const corrected = await parseEmailWithPdf('openexeter', ['Gail Summers', 'gail.summers@nhs.net'], 'OE Primary User request', 'Hello,\n\nAttached is a Primary User request for Tomas Novak.\n\nNB the email address on the form is missing the 2 - Tomas\'s NHSmail address is tomas.novak2@nhs.net.\n\nThanks\nGail', pdf);
    expect(fieldsOf(corrected).nominee).toMatchObject({ name: 'Tomas Novak', email: 'tomas.novak2@nhs.net' });
    expect(cleanOcrLine('Organisation code (ODS) NKTO4')).toBe('Organisation code (ODS) NKT04');
  });
});

/** What corpus-50 (writer AT: hurried, informal and second-language writers) showed, written again here. */
describe('hurried writers', () => {
  it('"new one - …" over "existing - …" on one line each: the existing practice is the one called existing', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Anil Joshi <anil.joshi3@nhs.net>', To: to('datamanager'), Subject: 'extend main contact' },
      'hi im main contact for Heath Pharmacy, we bought another one can u add it pls\nnew one - Canal Side Pharmacy, FK218, 4 Canal Street, Burnley BB11 1JD\nexisting - Heath Pharmacy FN604, 22 Heath Road, Burnley BB10 2AA, tel 01282 420 118\nthx Anil',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FN604', name: 'Heath Pharmacy', address: '22 Heath Road, Burnley BB10 2AA', phone: '01282 420 118' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FK218', name: 'Canal Side Pharmacy' });
  });

  it('a letter from the registered manager sent by the practice manager it nominates: the letter\'s author approves', async () => {
    const letter = await printedPdf([
      'Brook Lane Surgery',
      'Dear Sir/Madam,',
      'As the CQC Registered Manager for Brook Lane Surgery (N82011), I nominate our Practice Manager, Mrs Dawn Haigh, to hold the',
      'PL Organisation Administrator role in PCSE Online. Mrs Haigh\'s email address is dawn.haigh@nhs.net.',
      'Yours faithfully,',
      'Dr Imran Qureshi',
      'CQC Registered Manager',
      'imran.qureshi@nhs.net',
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Dawn Haigh', 'dawn.haigh@nhs.net'], 'PL Organisation Admin - Brook Lane Surgery N82011', 'Morning,\n\nLetter from our CQC registered manager attached re PL organisation admin access for me.\n\nDawn', letter);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Dawn Haigh', email: 'dawn.haigh@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Imran Qureshi', email: 'imran.qureshi@nhs.net', role: 'CQC Registered Manager' });
  });

  it('"Approving the below request" from an ICB officer: the forwarder approves, as the ICB\'s officer (no not-on-AEL alarm)', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: '"WARD, Helen (NHS HUMBER ICB)" <helen.ward9@nhs.net>', To: to('portalenquiries'), Subject: 'FW: PCN user admin - Wolds PCN' },
      'Hi PCSE,\n\nApproving the below request for the PCN.\n\nThanks\nHelen\n\nHelen Ward\nPrimary Care Contracts Manager\nNHS Humber and North Yorkshire ICB\n\nFrom: LEE, Mark (WOLDS PCN) <mark.lee4@nhs.net>\nSent: 01 December 2026 10:02\nTo: WARD, Helen (NHS HUMBER ICB) <helen.ward9@nhs.net>\nSubject: PCN user admin - Wolds PCN\n\nHi Helen\nCould you approve and send on to PCSE please.\nPCN: Wolds PCN\nCode: U81234\nNominee: Lee Mark (PCN Manager)\nEmail: mark.lee4@nhs.net\nThanks\nMark',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Helen Ward', email: 'helen.ward9@nhs.net', role: 'Primary Care Contracts Manager' });
    expect(codes(c)).not.toContain('approver_not_on_ael');
  });

  it('a clinical director signing off with the PCN\'s name after the office; PNL and "the prior notification lists" are one permission', async () => {
    const pcn = await parseEmail(
      'portalenquiries',
      { From: 'Ruth Oyelaran <ruth.oyelaran@nhs.net>', To: to('portalenquiries'), Subject: 'PCN user admin request' },
      'hi we need a PCN user admin for Mill & Meadow PCN (u41207) can you set up Ben Carter please, ben.carter7@nhs.net. I am approving as clinical director\nthx\nDr Ruth Oyelaran\nClinical Director Mill & Meadow PCN',
    );
    expect(fieldsOf(pcn).approver).toMatchObject({ name: 'Ruth Oyelaran', role: 'Clinical Director' });
    const pnl = await parseEmail(
      'openexeter',
      { From: 'Sue Platt <sue.platt@nhs.net>', To: to('openexeter'), Subject: 'open exeter access' },
      'hi can you add the PNL permission on my open exeter account please username PLATTS im the PM at elm grove surgery B86012 and need to sign off the prior notification lists when the gps are off thanks sue',
    );
    expect(fieldsOf(pnl).permissions).toEqual(['PNL']);
  });

  it('"we receive the confirmation" under a reference is thanks; "change main contact for X FM 417 to me - NAME, address" is the sender at that pharmacy', async () => {
    const thanks = await parseEmail(
      'datamanager',
      { From: 'Ana Sousa <anasousa.pt@gmail.com>', To: to('datamanager'), Subject: 'Re: PCSE-2026-004410 Update practice email address - completed' },
      'Thank you, we receive the confirmation in the new mailbox. Have a nice day\nAna',
    );
    expect(thanks.kind).toBe('unclassified');
    const change = await parseEmail(
      'portalenquiries',
      { From: 'Ravi Mehta <ravi.mehta6@nhs.net>', To: to('portalenquiries'), Subject: 'Main contact change' },
      'Hi, pls change main contact for Mehta Chemist FR 322 to me - Ravi Mehta, ravi.mehta6@nhs.net. Previous one was my uncle he has retired now.\nThx\nRavi',
    );
    expect(fieldsOf(change).newMainContact).toMatchObject({ name: 'Ravi Mehta', email: 'ravi.mehta6@nhs.net' });
    expect(change.organisation).toMatchObject({ odsCode: 'FR322', type: 'pharmacy' });
  });
});

