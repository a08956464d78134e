import { describe, expect, it } from 'vitest';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { applyConfidence } from '../../../ingest/extract/confidence.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { withoutMailtoTargets } from '../../../ingest/extract/mime.js';
import { fieldsOf, parseEmail, parseRaw } from '../../support/compose-email.js';
import { emailWithForm, fillableForm } from '../../support/fillable-form.js';

/**
 * Issue 9 (sixteenth session): what an ordinary fortnight's mail (corpus-22, released) showed the extractor missing:
 * Outlook's plain text that writes each link's target after it, PCSE's published checklists copied and answered with
 * their long questions as labels, a request to make the sender the main contact, codes typed with a space or a
 * letter O, the practice taken on named first, NHS trusts' codes, and a faint scan whose readings agree. Every email
 * here is written for this test.
 */
const from = (name: string, email: string, to = 'pcse.portalenquiries@nhs.net') => ({ From: `${name} <${email}>`, To: to });

describe('Outlook plain text', () => {
  it('says an address once where Outlook wrote its mailto target after it, and keeps a name apart from its address', () => {
    expect(withoutMailtoTargets('My username is jo.bloggs@nhs.net<mailto:jo.bloggs@nhs.net>.')).toBe('My username is jo.bloggs@nhs.net.');
    expect(withoutMailtoTargets('Contact Jo Bloggs<mailto:jo.bloggs@nhs.net> today')).toBe('Contact Jo Bloggs <jo.bloggs@nhs.net> today');
    expect(withoutMailtoTargets('no links here')).toBe('no links here');
  });

  it('reads the username of an unlock request written with Outlook\'s mailto target', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Tom Reyes', 'tom.reyes@nhs.net'), Subject: 'Locked out' },
      'Hi,\n\nI have locked myself out of PCSE Online after too many attempts. Could you unlock it please? My username is tom.reyes@nhs.net<mailto:tom.reyes@nhs.net>.\n\nThanks\nTom Reyes\nReception Manager');
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('tom.reyes@nhs.net');
  });
});

describe('who the request is for', () => {
  it('makes the sender the new main contact when asked to change it "to me, <name>"', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ruth Okafor', 'ruth.okafor@nhs.net'), Subject: 'Main contact' },
      'Good morning,\n\nOur main contact, Peter Vance, left last month. Please could you change the main contact for Larch Grove Surgery (M85011) to me, Ruth Okafor? My email is ruth.okafor@nhs.net.\n\nRuth\nPractice Manager');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Ruth Okafor', email: 'ruth.okafor@nhs.net' });
  });

  it('gives the approver the role a label says in brackets, or says of their address', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Maya Lund', 'maya.lund@nhs.net'), Subject: 'PL admin' },
      'Please set up a PL Organisation Administrator.\n\nPractice code\tB86044\nName of nominee\tMaya Lund\nNominee email\tmaya.lund@nhs.net\nNominated by (CQC Registered Manager)\tDr Omar Haddad\nCQC Registered Manager email\tomar.haddad@nhs.net\n\nMaya');
    expect(fieldsOf(c).approver).toEqual({ name: 'Omar Haddad', email: 'omar.haddad@nhs.net', role: 'CQC Registered Manager' });
  });

  it('takes the nominee\'s address from the lines under their name when the details are typed with no heading', async () => {
    const c = await parseEmail('openexeter', { ...from('Carol Finch', 'carol.finch@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Primary User request' },
      'Hello,\n\nThe form would not open so the details are typed below.\n\nPractice name: Wren House Surgery\nPractice code: J83022\nPrimary User name: Dev Anand\nJob title: Receptionist\nNHSmail address: dev.anand2@nhs.net\nAuthorised signatory: Carol Finch, Existing Primary Contact\n\nCarol Finch');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Dev Anand', email: 'dev.anand2@nhs.net' });
  });
});

describe('codes as they are typed', () => {
  it('joins a dental code typed in two groups after "practice code"', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Lucy Dent', 'lucy@quaydental.co.uk'), Subject: 'Main contact' },
      'I have taken over as practice manager at Quay Dental, practice code V03 2211, and would like to be set up as our main contact.\n\nName: Lucy Dent\nEmail: lucy@quaydental.co.uk\n\nLucy');
    expect(c.organisation?.odsCode).toBe('V032211');
  });

  it('keeps a practice code typed with a letter O (raising ods_invalid), and names the practice written beside it, not a role', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ann Gray', 'ann.gray@nhs.net'), Subject: 'Leaver' },
      'Hi,\n\nSam Pike left on Friday. Please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from his account. His username is sam.pike@nhs.net.\n\nBeech Surgery, K81O22\n\nAnn');
    expect(c.organisation).toMatchObject({ odsCode: 'K81O22', name: 'Beech Surgery' });
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
  });

  it('reads an NHS trust\'s labelled code as an organisation of type other, not an invalid code', async () => {
    expect(classifyOdsCode('RHW')).toEqual({ code: 'RHW', type: 'other' });
    expect(classifyOdsCode('RH')).toBeNull();
    const c = await parseEmail('openexeter', { ...from('Ada Kerr', 'ada.kerr@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Primary User request' },
      'Request for a Primary User - other organisations\n\nOrganisation name: North Vale Hospitals NHS Trust\nOrganisation code: RX9\nFull name: Ada Kerr\nNHSmail address: ada.kerr@nhs.net\n\nAuthorised signatory\nFull name: Dr Ben Lowe\nEmail address: ben.lowe@nhs.net\nCapacity: Caldicott Guardian');
    expect(c.organisation).toMatchObject({ odsCode: 'RX9', type: 'other' });
    expect(c.findings.map((f) => f.code)).not.toContain('ods_invalid');
  });
});

describe('practices in prose', () => {
  it('takes the practice the text calls new for the new one, even when it is named first', async () => {
    const c = await parseEmail('datamanager', { ...from('Neil Orme', 'neil.orme@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Main contact' },
      'Hi,\n\nFrom 1 January Hollins Surgery will be taking over the running of Fell View Practice (new ODS code N82640, 9 Fell Road, Kendal, LA9 4RT). I\u2019m the main contact for Hollins Surgery (N82011), 3 Hollins Lane, Kendal, LA9 6BB, using neil.orme@nhs.net, and I would like to be added as main contact for Fell View as well.\n\nNeil Orme');
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'N82011', name: 'Hollins Surgery', address: '3 Hollins Lane, Kendal, LA9 6BB' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'N82640', name: 'Fell View Practice', address: '9 Fell Road, Kendal, LA9 4RT' });
  });

  it('does not take "the old address will stop working" in the next sentence as said of the new address', async () => {
    const c = await parseEmail('datamanager', { ...from('Kim Hale', 'kim.hale@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Practice email' },
      'Could you update the practice email address for Moss Lane Surgery (L81033) from mosslane.surgery@nhs.net to mosslane.admin@nhs.net please? The old address will stop working on 1 January.\n\nKim');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'mosslane.surgery@nhs.net', newEmail: 'mosslane.admin@nhs.net' });
  });
});

describe('PCSE\'s published checklist, copied and answered', () => {
  it('reads the long questions as labels, with the main contact\'s address and the branch contact\'s title', async () => {
    const c = await parseEmail('datamanager', { ...from('Jay Bond', 'jay.bond@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'New branch' },
      'Hi,\n\nPlease set up our branch. The information your website asks for is below.\n\nDetails of your main practice\n- The name of your main practice: Heron Medical Practice\n- The organisation/ODS code for your main practice: G85022\n- The name of the main contact PCSE holds for your main practice: Dr Ava Stone\n- The email address for the main contact we hold for your main practice: ava.stone@nhs.net\n- The main practice telephone number: 020 7946 0101\n\nDetails of your branch practice\n- The name of the main contact you would like to set up for your branch including title: Ms Jay Bond\n- The email address for the main contact you would like to set up for your branch: jay.bond@nhs.net\n- The ODS code for your branch: G85022001\n- The name of your new branch practice: Heron Medical Practice (Riverside)\n\nThanks\nJay');
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ odsCode: 'G85022', name: 'Heron Medical Practice', mainContact: { name: 'Ava Stone', email: 'ava.stone@nhs.net' } });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'G85022001', name: 'Heron Medical Practice (Riverside)', mainContact: { title: 'Ms', name: 'Jay Bond', email: 'jay.bond@nhs.net' } });
  });

  it('reads "label = value" only after a label that names a value', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Eve Hart', 'eve.hart@nhs.net'), Subject: 'GPP admin' },
      'Please make me the GPP Practice User Administrator for Ash Surgery (C81022).\n\nApprover full name = Dr Paul Reid\nApprover position / role = Senior Partner\nApprover email = paul.reid@nhs.net\n\nEve Hart');
    expect(fieldsOf(c).approver).toEqual({ name: 'Paul Reid', email: 'paul.reid@nhs.net', role: 'Senior Partner' });
  });
});

describe('forms', () => {
  it('puts the signatory\'s name and address under the signatory section, not under the last tick-box option', async () => {
    const pdf = await fillableForm([
      { text: 'Request for a Primary User' }, { text: 'GP Practices' },
      { text: 'Section 1 - Practice details' }, { label: 'Practice code', field: 'Text1', value: 'D82099' },
      { text: 'Section 2 - Primary User details' }, { label: 'Full name', field: 'Text2', value: 'Nia Price' }, { label: 'NHSmail address', field: 'Text3', value: 'nia.price@nhs.net' },
      { text: 'Section 3 - Authorised signatory' }, { text: 'I confirm that I am (tick one):' },
      { box: 'Check Box1', option: 'Lead GP', ticked: true }, { box: 'Check Box2', option: 'GP Partner', ticked: false }, { box: 'Check Box3', option: 'Member of the Board of Directors', ticked: false },
      { label: 'Full name', field: 'Text4', value: 'Dr Hal Moore' }, { label: 'Email address', field: 'Text5', value: 'hal.moore@nhs.net' },
    ]);
    const c = await parseRaw('openexeter', emailWithForm(pdf, 'Nia Price <nia.price@nhs.net>', 'Primary User form', 'Please find the form attached, signed by our Lead GP.\n\nNia'));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Nia Price', email: 'nia.price@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Hal Moore', email: 'hal.moore@nhs.net', role: 'lead_gp' });
  });

  it('reads the one ticked capacity in a scanned row of boxes, and leaves a row with no tick, two ticks or an unreadable box', () => {
    expect(normaliseFlatFormText('O Lead GP vi] GP Partner O Caldicott Guardian')).toBe('Signatory capacity: GP Partner');
    expect(normaliseFlatFormText('OI Lead GP [wl GP Partner O caldicot Guardian')).toBe('Signatory capacity: GP Partner');
    expect(normaliseFlatFormText('[=] Existing Primary Contact [v] Member of the Board of Directors')).toBe('Signatory capacity: Member of the Board of Directors');
    for (const row of ['O Lead GP O GP Partner O Caldicott Guardian', 'v| Lead GP [v] GP Partner O Caldicott Guardian', 'O Lead GP vi] GP Partner Gk Caldicott Guardian']) {
      expect(normaliseFlatFormText(row)).not.toContain('Signatory capacity');
    }
  });

  it('keeps a faint scanned address that spells the name read beside it, and withholds one that does not', () => {
    const scan = (confidence: number, line: string) => `read from a scan: check (OCR page 1, confidence ${confidence} %): ${line}`;
    const read = (email: string) => {
      const fields = { nominee: { name: 'RHIAN PEARCE', email } };
      const evidence = { 'fields.nominee.name': scan(80, 'Nominee full name: RHIAN PEARCE'), 'fields.nominee.email': scan(38, `Nominee email: ${email}`) };
      applyConfidence(fields, evidence, []);
      return fields.nominee.email;
    };
    expect(read('rhian.pearce@nhs.net')).toBe('rhian.pearce@nhs.net');
    expect(read('rhian.pearoe@nhs.net')).toBeNull();
  });
});
