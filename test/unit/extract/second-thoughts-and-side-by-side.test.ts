import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { practiceEmailUpdate } from '../../../core/domain/cases/practice-email-update.js';
import { applyConfidence, READ_FROM_SCAN } from '../../../ingest/extract/confidence.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';
import { sideBySideSections } from '../../../ingest/extract/pipe-tables.js';
import { cleanOcrLine } from '../../../ingest/extract/scan-noise.js';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw, pdfPart } from '../../support/compose-email.js';
import { printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (eighteenth session): what corpus-29 (writer Y: pharmacies, opticians, dentists and PCNs, phone mail, long
 * threads, notifications) showed first-seen, and what corpus-26 (writer V: findings, noisy writing, threads that change), released after
 * a session unread, showed was read as the wrong thing: an approver copied in who "has asked me", a form laid out as
 * two sections side by side, a permission added to a login that exists, a capacity ticked in a scanned list, a
 * correction that names the person it replaces. Every email and form here is written for this test.
 */
const from = (name: string, email: string, mailbox = 'portalenquiries') => ({ From: `${name} <${email}>`, To: `pcse.${mailbox}@nhs.net` });

describe('who approves', () => {
  it('takes the approver copied in who "has asked me" to write, with the role said before the name, not the writer', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ian Fell', 'ian.fell@nhs.net'), Cc: 'Dr Asha Menon <asha.menon3@nhs.net>', Subject: 'PL admin' },
      'Hello\n\nOur lead partner Dr Asha Menon (cc\'d) has asked me to request PL Organisation Administrator access for:\n\nName: Grace Udo\nEmail: grace.udo@nhs.net\n\nPractice: Fell View Surgery, K81 090\n\nThanks\nIan Fell\nIT Lead');
    expect(fieldsOf(c).approver).toEqual({ name: 'Asha Menon', email: 'asha.menon3@nhs.net', role: 'lead partner' });
  });
});

describe('a form with two sections side by side', () => {
  it('writes each column\'s pairs under its own heading', () => {
    const text = 'Branch request\nMAIN SITE\tNEW BRANCH\nName\tElm Tree Surgery\tName\tElm Tree - Weir Lane\nAddress\t1 Elm Road, Bude, EX23 8AA\tAddress\t4 Weir Lane, Bude, EX23 9BB\nTelephone\t01288 000 111\tTelephone\t01288 000 222';
    expect(sideBySideSections(text).split('\n').filter(Boolean)).toEqual([
      'Branch request', 'MAIN SITE', 'Name: Elm Tree Surgery', 'Address: 1 Elm Road, Bude, EX23 8AA', 'Telephone: 01288 000 111',
      'NEW BRANCH', 'Name: Elm Tree - Weir Lane', 'Address: 4 Weir Lane, Bude, EX23 9BB', 'Telephone: 01288 000 222',
    ]);
  });

  it('leaves a single row of four cells, and a table with no labels, as they were', () => {
    const one = 'Name\tAmy Roe\tEmail\tamy.roe@nhs.net';
    expect(sideBySideSections(one)).toBe(one);
    const table = 'Role\tY\tN\tY\nJoiner\t1\t2\t3';
    expect(sideBySideSections(table)).toBe(table);
  });

  it('reads a branch set-up form printed in two columns: the branch\'s "Main contact email" is the branch\'s', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([842, 595]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const rows: [string, string, string, string][] = [
      ['Practice name', 'Harrow Lane Medical Centre', 'Branch name', 'Harrow Lane - Mill Green'],
      ['ODS code', 'P84 011', 'Branch ODS code', 'P84011003'],
      ['Main contact', 'Dr Tom Ashby', 'Main contact', 'Mrs Nia Bell'],
      ['Main contact email', 'tom.ashby@nhs.net', 'Main contact email', 'nia.bell@nhs.net'],
      ['Address', '2 Harrow Lane, Bury, BL9 0AA', 'Address', '7 Mill Green, Bury, BL9 5ZZ'],
      ['Telephone', '0161 000 1000', 'Telephone', '0161 000 1007'],
    ];
    page.drawText('Branch practice set-up', { x: 40, y: 550, size: 13, font });
    page.drawText('MAIN PRACTICE', { x: 40, y: 520, size: 10, font: bold });
    page.drawText('BRANCH PRACTICE', { x: 430, y: 520, size: 10, font: bold });
    // A report generator's layout: each section drawn as a block of its own, left then right, labels bold.
    for (const k of [0, 1, 2, 3]) rows.forEach((cells, i) => page.drawText(cells[k] ?? '', { x: [40, 160, 430, 550][k] ?? 0, y: 496 - i * 22, size: 10, font: k % 2 ? font : bold }));
    const pdf = Buffer.from(await doc.save());
    const { body, contentType } = multipart('mixed', [{ headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Hi,\n\nPlease see the attached for our new branch.\n\nThanks\nHarrow Lane admin' }, pdfPart(pdf, 'branch.pdf')]);
    const c = await parseRaw('datamanager', composeEmail({ ...from('Harrow Lane', 'harrowlane.mc@nhs.net', 'datamanager'), Subject: 'new branch' }, body, contentType));
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ odsCode: 'P84011', name: 'Harrow Lane Medical Centre', address: '2 Harrow Lane, Bury, BL9 0AA', phone: '0161 000 1000' });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'P84011003', name: 'Harrow Lane - Mill Green', address: '7 Mill Green, Bury, BL9 5ZZ', phone: '0161 000 1007' });
    expect(fieldsOf(c).branch?.mainContact).toMatchObject({ email: 'nia.bell@nhs.net' });
  });
});

describe('Open Exeter: a permission for a login that exists', () => {
  it('reads "add Organisation Maintenance to her account" with her username as additional permissions, even to make a second primary user', async () => {
    const c = await parseEmail('openexeter', { ...from('Rob Kerr', 'rob.kerr@nhs.net', 'openexeter'), Subject: 'Open Exeter' },
      'Hi\n\nPlease can you add Organisation Maintenance to Jade Fox\'s Open Exeter account so she can be our second primary user while I am off? Her username is JFOX3 and her email is jade.fox@nhs.net.\n\nThanks\nRob Kerr\nPractice Manager\nKerr Street Surgery, C84 055');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Jade Fox', username: 'JFOX3' });
  });

  it('still reads a request for a new primary user as one', async () => {
    const c = await parseEmail('openexeter', { ...from('Rob Kerr', 'rob.kerr@nhs.net', 'openexeter'), Subject: 'Primary user' },
      'Hi\n\nWe need a second primary user. Please set up Jade Fox (jade.fox@nhs.net) as a Primary User with Organisation Maintenance; the signed form follows.\n\nRob Kerr\nPractice Manager\nKerr Street Surgery, C84 055');
    expect(c.kind).toBe('open_exeter_primary_user_request');
  });
});

describe('scanned forms', () => {
  it('drops a box edge read as a bracket standing alone after a value', () => {
    expect(cleanOcrLine('Position held at the practice Senior Partner )')).toBe('Position held at the practice Senior Partner');
    expect(cleanOcrLine('Organisation (if known) Leeds')).toBe('Organisation (if known) Leeds');
  });

  it('reads the capacity ticked in a list read from a scan, one option a line, among garbled options and specks', () => {
    const text = ['Tick the capacity in which you sign.', '[J Lesd G?', 'a GP Partner', 'v4 Caldicot Guardian', '[] Existing Primary Contact', ': [C] Member of the Board of Directors .', 'Signatory name Dr Ann Lee'].join('\n');
    expect(normaliseFlatFormText(text)).toContain('Signatory capacity: Caldicott Guardian');
  });

  it('leaves a scanned list with two ticks, or with none, unread', () => {
    const two = ['vf Lead GP', 'v4 GP Partner', '[] Caldicott Guardian'].join('\n');
    expect(normaliseFlatFormText(two)).not.toContain('Signatory capacity');
    const none = ['[] Lead GP', '[J GP Partner', '[] Caldicott Guardian'].join('\n');
    expect(normaliseFlatFormText(none)).not.toContain('Signatory capacity');
  });
});

describe('second thoughts and hurried writing', () => {
  it('replaces the person the correction names as wrong, with the writer\'s own earlier message quoted under it', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Kay Dunn', 'kay.dunn@nhs.net'), Subject: 'RE: PL admin - Riverside' },
      'Hi,\n\nPlease ignore my last email, the correct nominee is Leah Moss (leah.moss@nhs.net), not Lee Moss. Everything else is the same.\n\nKay\n\n________________________________\nFrom: Kay Dunn <kay.dunn@nhs.net>\nSent: Monday, 30 November 2026 09:12\nTo: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSubject: PL admin - Riverside\n\nDear PCSE,\n\nI am the Registered Manager at Riverside Practice (E85 123). Please set up Lee Moss (lee.moss@nhs.net) as a PL Organisation Administrator.\n\nKind regards\nKay Dunn\nRegistered Manager\nRiverside Practice');
    expect(c.organisation?.odsCode).toBe('E85123');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Leah Moss', email: 'leah.moss@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Kay Dunn', email: 'kay.dunn@nhs.net', role: 'Registered Manager' });
  });

  it('reads an address under a misspelt label ("Emial")', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Front Desk', 'oakdental.reception@nhs.net'), Subject: 'main contact' },
      'Hello,\n\nPlease change our main contact to the person below.\n\nPractise name: Oak Dental\nPractise code: V 012 345\nNew main contact: Ola Berg\nEmial: ola.berg@nhs.net\n\nThank you');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Ola Berg', email: 'ola.berg@nhs.net' });
  });

  it('removes a role named in lower case after "i keep getting …", with the role\'s PCSE Online name', async () => {
    const c = await parseEmail('portalenquiries', { ...from('sam pike', 'sam.pike@nhs.net'), Subject: 'emails' },
      'hi\n\ni keep getting order emails, please take the joiner & leaver role off my account. my login is sam.pike@nhs.net\n\nthanks\nsam');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c).roles).toEqual(['Joiner & Leaver']);
  });
});

describe('findings', () => {
  it('raises both "not nhs.net" and "a personal mailbox" for a new practice email that is someone\'s own Gmail', () => {
    const codes = (newEmail: string) => practiceEmailUpdate.checkContent?.({} as never, { currentEmail: 'x.surgery@nhs.net', newEmail }).map((f) => f.code);
    expect(codes('jane.doe1980@gmail.com')).toEqual(['email_not_nhsmail', 'individual_mailbox']);
    expect(codes('oakfield.surgery@gmail.com')).toEqual(['email_not_nhsmail']);
  });

  it('types an Open Exeter form titled "Primary User Request (Other Organisations)" as for other organisations', async () => {
    const c = await parseEmail('openexeter', { ...from('Eli Cole', 'eli.cole@nhs.net', 'openexeter'), Subject: 'primary user form' },
      'Open Exeter - Primary User Request (Other Organisations)\n\nOrganisation name: Northgate Sexual Health Service\nNominee: Eli Cole, eli.cole@nhs.net\nSignatory name: Dr May Hill\nSignatory email: may.hill@nhs.net\nCapacity: Caldicott Guardian');
    expect(fieldsOf(c).organisationKind).toBe('other');
  });
});

describe('lists and threads (corpus-29\'s patterns)', () => {
  it('authorises only the user the forwarder names from a notification of two, and takes the creator\'s address from her own From', async () => {
    const c = await parseEmail('openexeter', { ...from('Brown Tess (ELM SURGERY)', 'tess.brown@nhs.net', 'openexeter'), Subject: 'FW: Open Exeter: new users created - M85011' },
      'Hello,\n\nForwarding the notification below. The first one (ODUYA) was a mistake and I have deleted her. Please only authorise KERR, Adam.\n\nThanks\nTess Brown\nPractice Manager\n\n-----Original Message-----\nFrom: Open Exeter <oe.notifications@openexeter.nhs.uk>\nSent: 01 December 2026 09:00\nTo: PCSE Open Exeter <pcse.openexeter@nhs.net>\nSubject: Open Exeter: new users created - M85011\n\nOrg Code\tUser ID\tName\tEmail\tCreated By\nM85011\tM85011BO\tODUYA, Bisi\tbisi.oduya@nhs.net\tBROWN, Tess\nM85011\tM85011AK\tKERR, Adam\tadam.kerr2@nhs.net\tBROWN, Tess\n\nPlease authorise the user(s).');
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fieldsOf(c).user).toMatchObject({ email: 'adam.kerr2@nhs.net', username: 'M85011AK' });
    expect(fieldsOf(c).createdBy).toMatchObject({ email: 'tess.brown@nhs.net' });
  });

  it('removes every role of one person\'s table, a row each', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Hal Dean', 'hal.dean@nhs.net'), Subject: 'Leaver' },
      'Hi,\n\nA receptionist at Dale Practice (D81 011) has left. Please remove the following roles from her PCSE Online account:\n\nUser\tUsername\tRole to remove\nRIGG, Ann\tann.rigg@nhs.net\tJoiner & Leaver\nRIGG, Ann\tann.rigg@nhs.net\tPractice Order Entry Clerk\n\nThanks\nHal Dean');
    expect(fieldsOf(c).roles).toEqual(['Joiner & Leaver', 'Practice Order Entry Clerk']);
  });

  it('reads "The branch is NAME, ADDRESS, tel …" with its code in the next sentence, and a name without "(GP)"', async () => {
    const c = await parseEmail('datamanager', { ...from('Lyn Cole', 'lyn.cole@nhs.net', 'datamanager'), Subject: 'New branch' },
      'Hello,\n\nOur main practice is Fenby Road Surgery (GP), ODS K82020, 4 Fenby Road, Luton, LU1 1AA, tel 01582 000100.\n\nThe branch is Stopsley Village Surgery, 9 Hitchin Road, Luton, LU2 7UG, tel 01582 000160. Branch ODS code K82020001.\n\nThanks\nLyn Cole\nPractice Manager');
    expect(fieldsOf(c).mainPractice).toMatchObject({ name: 'Fenby Road Surgery', odsCode: 'K82020' });
    expect(fieldsOf(c).branch).toMatchObject({ name: 'Stopsley Village Surgery', address: '9 Hitchin Road, Luton, LU2 7UG', phone: '01582 000160', odsCode: 'K82020001' });
  });

  it('counts the administrators a sentence names ("me, A, B and C as admins already"), so the limit is raised', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ruth Kemp', 'ruth.kemp@nhs.net'), Subject: 'opto admin' },
      'Hi can you add Jo Penn as an OPTO user admin for Quay Opticians TPX90 please, her email is jo.penn@nhs.net. I\'m the contract holder. We\'ve got me, Ann Lee, Bo Tan and Cy Roe as admins already.\n\nThanks\nRuth');
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });

  // Corpora 29 and 42 (two writers) both read the office the approval states over all the sign-off lists.
  it('takes the approval forwarded to the nominee ("I\'m happy for you to be …"), in the office it states', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ivy Shaw', 'ivy.shaw@nhs.net'), Subject: 'FW: PL admin' },
      'Dear PCSE,\n\nPlease could I be set up as PL Organisation Administrator for Low Moor Surgery (B83 044)? Email ivy.shaw@nhs.net. Our Registered Manager\'s approval is below.\n\nIvy Shaw\nPractice Manager\n\n-----Original Message-----\nFrom: Otto Reyes <otto.reyes@nhs.net>\nSent: 01 December 2026 10:00\nTo: Ivy Shaw <ivy.shaw@nhs.net>\nSubject: PL admin\n\nIvy,\n\nAs the practice\'s Registered Manager I\'m happy for you to be our PL Organisation Administrator - please send this to PCSE.\n\nOtto\n\nDr Otto Reyes\nGP Partner and CQC Registered Manager\nLow Moor Surgery');
    expect(fieldsOf(c).approver).toEqual({ name: 'Otto Reyes', email: 'otto.reyes@nhs.net', role: 'Registered Manager' });
  });

  it('does not take a relative\'s address (the same surname) for a self-nomination, so the contract holder writing approves', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Raj Mehta', 'rajmehta.optom@gmail.com'), Subject: 'OPTO admin' },
      'Morning\n\nI\'m the contract holder for Vista Opticians (TPQ11). Please give Opto User Management (Organisation) to our administrator:\n\nLeela Mehta - leela.mehta@nhs.net\n\nRegards\nRaj Mehta\nContract Holder');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Raj Mehta', email: 'rajmehta.optom@gmail.com' });
  });

  it('reads the role in "(GP Partner, copied in)" after the approver copied in', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Mo Fry', 'mo.fry@nhs.net'), Cc: 'Dr Ola Nwosu <ola.nwosu@nhs.net>', Subject: 'GPP admin' },
      'Good afternoon,\n\nPlease add Eve Marr (eve.marr@nhs.net) as a GPP Practice User Administrator for Hill Surgery, P84 099. Dr Nwosu (GP Partner, copied in) approves this.\n\nMo Fry\nPractice Manager');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Ola Nwosu', role: 'GP Partner' });
  });

  it.each([
    'Not a request, just a question. Our staff have to change their Open Exeter passwords every few weeks - I can reset them myself so there\'s nothing for you to do.',
    'Everything is sorted now and I\'m not asking for anything to be changed on our account. The guidance for dental practices could be clearer, and one form for all of it would help.',
    'A general point: can a branch use a company address for its practice email? Please don\'t change anything for now - we just need the rules.',
  ])('leaves "%s" unclassified', async (body) => {
    const c = await parseEmail('datamanager', { ...from('Sue Bell', 'sue.bell@nhs.net', 'datamanager'), Subject: 'Practice email and passwords' }, `Hello,\n\n${body}\n\nSue Bell\nPractice Manager, Ash Practice (C82001)`);
    expect(c.kind).toBe('unclassified');
  });

  it('still reads a request that says what not to change as a request', async () => {
    const c = await parseEmail('datamanager', { ...from('Sue Bell', 'sue.bell@nhs.net', 'datamanager'), Subject: 'Practice email' },
      'Hello,\n\nPlease change our practice email from ash.old@nhs.net to ash.practice@nhs.net. Please don\'t change anything else.\n\nSue Bell\nPractice Manager, Ash Practice (C82001)');
    expect(c.kind).toBe('practice_email_update');
  });

  it('reads "from X to Y - BT are closing …" as Y the new address', async () => {
    const c = await parseEmail('datamanager', { ...from('Ben Cho', 'ben.cho@nhs.net', 'datamanager'), Subject: 'Practice email change' },
      'Hi\n\nPlease change the practice email for Cho Dental (V041999) from chodental@btconnect.com to ben.cho@nhs.net - BT are closing the btconnect accounts.\n\nBen Cho\nPrincipal Dentist');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'chodental@btconnect.com', newEmail: 'ben.cho@nhs.net' });
  });

  it('reads a correction above the writer\'s own message quoted by display name only, and "created as X, so please use that one"', async () => {
    const c = await parseEmail('datamanager', { ...from('Hart Nell (OAK PRACTICE)', 'nell.hart@nhs.net', 'datamanager'), Subject: 'RE: Practice email - Oak Practice' },
      'Hi again,\n\nPlease ignore the new address in my email below. The shared mailbox has now been created as oak.gp@nhs.net, so please use that one.\n\nNell\n\nFrom: Hart Nell (OAK PRACTICE)\nSent: 02 December 2026 09:12\nTo: PCSE Data Manager <pcse.datamanager@nhs.net>\nSubject: Practice email - Oak Practice\n\nGood morning,\n\nPractice: Oak Practice\nPractice code: F85 017\nCurrent practice email: admin.oak@nhs.net\nNew practice email: oakpractice@nhs.net\n\nNell Hart');
    expect(c.organisation?.odsCode).toBe('F85017');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'admin.oak@nhs.net', newEmail: 'oak.gp@nhs.net' });
  });

  it('reads "sorry, forgot to put her email in" with the request quoted under it', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ian Webb', 'ian.webb@nhs.net'), Subject: 'RE: Main contact change - Webb Pharmacy FW111' },
      'Sorry, forgot to put her email in - it\'s cara.lund@nhs.net\n\nIan\n\n________________________________\nFrom: Ian Webb <ian.webb@nhs.net>\nSent: Wednesday, December 2, 2026 5:52 PM\nTo: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSubject: Main contact change - Webb Pharmacy FW111\n\nHi,\n\nPlease can you change the Main Contact for Webb Pharmacy (FW111) to our new Pharmacist Manager, Cara Lund.\n\nThanks\nIan Webb');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Cara Lund', email: 'cara.lund@nhs.net' });
  });
});

describe('scans and printed forms (corpus-29, corpus-19)', () => {
  it('doubts both the name and the address read from a scan when their surnames are a letter apart', () => {
    const scanned = (line: string) => `${READ_FROM_SCAN} (OCR page 1, confidence 93 %): ${line}`;
    const fields = { nominee: { name: 'Nadia Farooq', email: 'nadia.faroog@nhs.net' } };
    const { hints } = applyConfidence(fields, { 'fields.nominee.name': scanned('Full name: Nadia Farooq'), 'fields.nominee.email': scanned('Email: nadia.faroog@nhs.net') }, []);
    expect(fields.nominee).toEqual({ name: null, email: null });
    expect(hints.map((h) => h.path).sort()).toEqual(['fields.nominee.email', 'fields.nominee.name']);
  });

  it('takes the one option whose box was read as a speck and cleaned away, when every other box reads as empty', () => {
    const text = ['Signatory role (tick one)', '[O) Lead GP', 'GP Partner', '[O Caldicott Guardian', '0 Existing Primary Contact', '[0 Member of the Board of Directors'].join('\n');
    expect(normaliseFlatFormText(text)).toContain('Signatory capacity: GP Partner');
  });

  it('does not take a question printed under a label as the label\'s value', () => {
    const values = readLabelledValues('Signatory name\n|\nSignatory job title\nCapacity in which you sign (tick one)\nSignatory email');
    expect(values.find((v) => /job title/i.test(v.label))?.value ?? '').not.toMatch(/capacity/i);
  });
});

describe('the administrators already in post, as other writers count them (corpora 15, 16, 18, 19, 24)', () => {
  it.each([
    ['We have already four user admins for this code and need one more: Ana Kovac, ana.kovac@nhs.net.'],
    ['please add Ana Kovac ana.kovac@nhs.net as an OPTO user admin comma at the moment we have four user add mins for off thalmic payments full stop'],
    ['We currently have four people set up as "PL Organisation Administrator". Could you please add one more - Ana Kovac, ana.kovac@nhs.net.'],
  ])('counts four in "%s"', async (sentence) => {
    const c = await parseEmail('portalenquiries', { ...from('Tom Eyre', 'tom.eyre@nhs.net'), Subject: 'One more user admin' }, `Hello,\n\n${sentence}\n\nI am the contract holder and the CQC Registered Manager.\n\nTom Eyre\nEyre Practice (C84 001)`);
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });

  it('counts the addresses of a current admins\' export under its heading, until the prose resumes', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Pia Lund', 'pia.lund@nhs.net'), Subject: 'PL admin' },
      'Hi,\n\nMill Surgery (P86099) would like another PL Organisation Administrator. Their current PL admins, exported this morning:\n\nName,Email,Role\nAl Ray,al.ray@nhs.net,PL Organisation Administrator\nBo Sim,bo.sim@nhs.net,PL Organisation Administrator\nCy Dorn,cy.dorn@nhs.net,PL Organisation Administrator\n\nThey would like Di Fenn (di.fenn@nhs.net) adding as well, as she is taking over from Al next year.\n\nPia Lund');
    expect(fieldsOf(c).existingAdminCount).toBe(3);
  });
});

describe('sender trust for an unlock', () => {
  it('raises sender_not_nhs for an unlock asked from a personal mailbox', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Kit Ames', 'kit_ames@hotmail.co.uk'), Subject: 'Locked out' },
      'Hi\n\nI have locked my PCSE Online account after too many wrong passwords. Username is kit.ames1@nhs.net. Could you unlock it please?\n\nKit Ames\nPharmacist, Ames Pharmacy (FA123)');
    expect(c.kind).toBe('account_unlock');
    expect(c.findings.map((f) => f.code)).toContain('sender_not_nhs');
  });
});

describe('a form left unsigned', () => {
  const printedForm = (lines: string[]): Promise<Buffer> => printedPdf(lines);
  const formEmail = async (pdf: Buffer, body: string) => {
    const { body: mime, contentType } = multipart('mixed', [{ headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: body }, pdfPart(pdf, 'primary user form.pdf')]);
    return parseRaw('openexeter', composeEmail({ ...from('Una Pike', 'una.pike@nhs.net', 'openexeter'), Subject: 'Primary user form' }, mime, contentType));
  };
  const lines = ['Open Exeter - Request for a Primary User - GP Practices', 'Practice name: Pike Lane Surgery', 'Practice code: C84 077', 'Primary User name: Ray Holt', 'Primary User email: ray.holt@nhs.net', 'Signatory name: Dr Ann Bell', 'Signatory email: ann.bell@nhs.net', 'Capacity: GP Partner'];

  it('raises missing_signature for a printed form whose "Signature of authorised signatory" box is left empty', async () => {
    const c = await formEmail(await printedForm([...lines, 'Signature of authorised signatory', '', 'OE-PU-GP v2.1 Page 1 of 1']), 'Hi,\n\nPlease see the attached form.\n\nUna Pike\nPractice Manager');
    expect(c.findings.map((f) => f.code)).toContain('missing_signature');
  });

  it('raises missing_signature when the writer says the form is not signed yet, and not when the box holds a typed name', async () => {
    const unsigned = await formEmail(await printedForm([...lines, 'Signature: Ann Bell']), 'Hi,\n\nDr Bell has filled in her part but hasn\'t been able to sign it yet - she will sign it when she is back on Monday.\n\nUna Pike');
    expect(unsigned.findings.map((f) => f.code)).toContain('missing_signature');
    const signed = await formEmail(await printedForm([...lines, 'Signature of authorised signatory', 'A Bell', 'OE-PU-GP v2.1 Page 1 of 1']), 'Hi,\n\nPlease see the attached signed form.\n\nUna Pike');
    expect(signed.findings.map((f) => f.code)).not.toContain('missing_signature');
  });
});
