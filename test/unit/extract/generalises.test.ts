import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Mailbox, ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';

/**
 * Issue 9: patterns unseen mail uses, each from a small email written here (not from any corpus).
 * Every test asserts both the right value and that no other person from the email took its place.
 */
function email(headers: Record<string, string>, body: string, contentType = 'text/plain; charset="utf-8"'): Buffer {
  const head = Object.entries({ 'Message-ID': `<t-${Math.random().toString(36).slice(2)}@example.nhs.net>`, Date: 'Mon, 01 Mar 2027 09:00:00 +0000', ...headers, 'MIME-Version': '1.0', 'Content-Type': contentType })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

async function parse(mailbox: Mailbox, headers: Record<string, string>, body: string, contentType?: string): Promise<ParsedCase> {
  return extractCase(email(headers, body, contentType), { mailbox, receivedAt: new Date('2027-03-01T09:00:00Z') });
}

/** A fillable form: the page's label lines (more pages after the first when given) and a text field per [name, value]. */
async function fillableForm(lines: string[], values: [string, string][], laterPages: string[][] = []): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((l, i) => page.drawText(l, { x: 40, y: 800 - i * 22, size: 10, font }));
  for (const more of laterPages) {
    const p = doc.addPage([595, 842]);
    more.forEach((l, i) => p.drawText(l, { x: 40, y: 800 - i * 22, size: 10, font }));
  }
  const form = doc.getForm();
  values.forEach(([name, value], i) => {
    const tf = form.createTextField(name);
    tf.addToPage(page, { x: 300, y: 795 - i * 22, width: 250, height: 16 });
    tf.setText(value);
  });
  return Buffer.from(await doc.save());
}

/** A short body with one PDF attached. */
function withPdf(headers: Record<string, string>, body: string, pdf: Buffer, filename: string): Buffer {
  const b = 'b-issue9-boundary';
  const parts = [
    `--${b}\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`,
    `--${b}\r\nContent-Type: application/pdf; name="${filename}"\r\nContent-Disposition: attachment; filename="${filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`,
    `--${b}--\r\n`,
  ];
  return email(headers, parts.join(''), `multipart/mixed; boundary="${b}"`);
}

const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('Open Exeter system notices', () => {
  it('an auto-generated notice that names the system only in its sender and says "OE" is a request, not an auto-reply', async () => {
    const c = await parse('openexeter', {
      From: 'OE Alerts <oe.alerts@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'OE USER AUTHORISATION REQUIRED', 'Auto-Submitted': 'auto-generated',
    }, [
      'USER AUTHORISATION REQUEST', '', 'Organisation Code : M85011', 'User Id           : PQUILL2', 'Forename          : PERPETUA', 'Surname           : QUILLFEATHER',
      'Email             : perpetua.quillfeather@nhs.net', 'Requested By      : OSWIN DRAYCOTT (oswin.draycott@nhs.net)', '',
    ].join('\n'));
    expect(c.ignored).toBeNull();
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fields(c).user).toMatchObject({ username: 'PQUILL2', email: 'perpetua.quillfeather@nhs.net' });
    expect(String(fields(c).user?.name).toLowerCase()).toBe('perpetua quillfeather');
    expect(fields(c).createdBy?.email).toBe('oswin.draycott@nhs.net');
  });

  it('an out-of-office from the same kind of sender stays an auto-reply', async () => {
    const c = await parse('openexeter', {
      From: 'Oswin Draycott <oswin.draycott@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Automatic reply: OE query', 'Auto-Submitted': 'auto-replied',
    }, 'I am out of the office until Monday.');
    expect(c.ignored).toBe('auto_reply');
  });

  it('"Added by: LOGIN (SURNAME, Forename - email)" gives the person, not the login', async () => {
    const c = await parse('openexeter', {
      From: 'Open Exeter <no-reply.openexeter@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter - Authorisation Request - M85011', 'Auto-Submitted': 'auto-generated',
    }, [
      'A new user has been added by a Primary User and is awaiting PCSE authorisation.', '',
      '  Org:            M85011 - BRINDLEY HOUSE SURGERY', '  User ID:        TVANCE3', '  Full name:      Tobias Vance', '  E-mail:         tobias.vance@nhs.net',
      '  Added by:       HMORCOMBE  (MORCOMBE, Hester - hester.morcombe@nhs.net)', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(String(fields(c).createdBy?.name).toLowerCase()).toBe('hester morcombe');
    expect(fields(c).createdBy?.email).toBe('hester.morcombe@nhs.net');
    expect(fields(c).user).toMatchObject({ name: 'Tobias Vance', username: 'TVANCE3' });
  });
});

describe('repeated-label sections', () => {
  it('two practices side by side in an HTML table, with a spacer column: each block fills its own practice', async () => {
    const html = [
      '<html><body><p>Please extend my main contact role to the practice we are taking over.</p>',
      '<table><tr><td colspan="2"><b>Current practice</b></td><td></td><td colspan="2"><b>Practice taken over</b></td></tr>',
      '<tr><td>Name</td><td>Linthorpe Road Surgery</td><td></td><td>Name</td><td>Acklam Green Practice</td></tr>',
      '<tr><td>ODS code</td><td>A87012</td><td></td><td>ODS code</td><td>A87650</td></tr>',
      '<tr><td>Address</td><td>4 Linthorpe Road<br>Middlesbrough<br>TS1 3QY</td><td></td><td>Address</td><td>Green Lane<br>Acklam<br>TS5 7RT</td></tr>',
      '<tr><td>Telephone</td><td>01642 496 111</td><td></td><td></td><td></td></tr>',
      '<tr><td>Main contact</td><td>Ottoline Barraclough<br>ottoline.barraclough@nhs.net</td><td></td><td></td><td></td></tr>',
      '</table><p>Ottoline Barraclough</p></body></html>',
    ].join('\n');
    const c = await parse('datamanager', { From: 'Ottoline Barraclough <ottoline.barraclough@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Main contact for the practice we are taking over' }, html, 'text/html; charset="utf-8"');
    expect(c.kind).toBe('main_contact_extension');
    expect(fields(c).existingPractice).toMatchObject({ name: 'Linthorpe Road Surgery', odsCode: 'A87012', address: '4 Linthorpe Road, Middlesbrough, TS1 3QY', phone: '01642 496 111' });
    expect(fields(c).newPractice).toMatchObject({ name: 'Acklam Green Practice', odsCode: 'A87650', address: 'Green Lane, Acklam, TS5 7RT' });
  });

  it('"our main contact at Kettlewell Group Practice (B82077)": the practice\'s name without the words before it', async () => {
    const c = await parse('datamanager', { From: 'Amos Threlkeld <amos.threlkeld@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Main contact extension' },
      'Hello,\n\nI am writing on behalf of Dr Lowther, Main Contact at Kettlewell Group Practice (B82077). We have taken over Grassington Surgery (B82612), 4 Main Street, Grassington, BD23 5AA and would like his main contact role extended to cover it.\n\nThanks\nAmos Threlkeld\n');
    expect(c.kind).toBe('main_contact_extension');
    expect(fields(c).existingPractice?.name).toBe('Kettlewell Group Practice');
    expect(fields(c).newPractice?.address).not.toMatch(/would like/);
  });

  it('an address ends at its postcode; the phone after it is that practice\'s, not the branch\'s from another sentence', async () => {
    const c = await parse('datamanager', { From: 'Ysolde Penhallow <ysolde.penhallow@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Branch set up' }, [
      'Hello,', '',
      'We are Porthleven Surgery, code L82099, and would like to set up our branch L82099001 (Porthleven Surgery Helston Road, 7 Helston Road, Helston, TR13 9AB, 01326 496 222). Branch main contact: Mr Jory Tregenza, jory.tregenza@nhs.net.',
      '', 'Main practice address: 3 Harbour Road, Porthleven, TR13 9JX. Phone 01326 496 111. Main contact Ysolde Penhallow (ysolde.penhallow@nhs.net).', '', 'Thanks',
    ].join('\n'));
    expect(c.kind).toBe('branch_setup');
    expect(fields(c).mainPractice).toMatchObject({ address: '3 Harbour Road, Porthleven, TR13 9JX', phone: '01326 496 111' });
    expect(fields(c).branch?.phone).not.toBe('01326 496 111');
  });
});

describe('names', () => {
  it('"SURNAME, Forename" in an HTML table is the whole person, not the surname alone', async () => {
    const c = await parse('portalenquiries', { From: 'Ruth Leng <ruth.leng@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change' },
      '<p>Please change our main contact.</p><table><tr><td>Practice</td><td>Ashby Road Surgery</td></tr><tr><td>ODS code</td><td>C82011</td></tr><tr><td>New main contact</td><td>BRADSHAW, Imelda</td></tr><tr><td>Email</td><td>imelda.bradshaw@nhs.net</td></tr></table><p>Ruth Leng</p>',
      'text/html; charset="utf-8"');
    expect(c.kind).toBe('main_contact_change');
    expect(String(fields(c).newMainContact?.name).toLowerCase()).toBe('imelda bradshaw');
  });

  it('"Surname, Forename" in ordinary capitals is the whole person, forename first', async () => {
    const c = await parse('portalenquiries', { From: 'Osric Penwarden <osric.penwarden@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change' },
      'Please make our new office lead the main contact.\n\nPractice: Tregarth Surgery\nODS code: L83102\nNew main contact: Trevithick, Morwenna\nEmail: morwenna.trevithick@nhs.net\n\nThanks, Osric\n');
    expect(c.kind).toBe('main_contact_change');
    expect(fields(c).newMainContact?.name).toBe('Morwenna Trevithick');
  });

  it('a surname written first with no comma is put right by the person\'s own address, and left as written when the address cannot tell', async () => {
    const c = await parse('portalenquiries', { From: 'Osric Penwarden <osric.penwarden@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change' },
      'Hello, we need to change our main contact (Tregarth Surgery, L83102) to Quennell Ysolda (Ms) - her email is yquennell@nhs.net\n\nOsric\n');
    expect(fields(c).newMainContact?.name).toBe('Ysolda Quennell');
    const unsure = await parse('portalenquiries', { From: 'Osric Penwarden <osric.penwarden@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change' },
      'Hello, we need to change our main contact (Tregarth Surgery, L83102) to Ysolda Quennell (Ms) - her email is tregarth.office@nhs.net\n\nOsric\n');
    expect(fields(unsure).newMainContact?.name ?? null).not.toBe('Quennell Ysolda');
  });
});

describe('roles written beside a name', () => {
  it('"Approved by: Dr X, <role> (cc\'d)": the role after the comma, not how they were copied in', async () => {
    const c = await parse('portalenquiries', { From: 'Nerys Vosper <nerys.vosper@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL organisation administrator' }, [
      'Dear PCSE,', '', 'Please add our new reception lead as a PL Organisation Administrator.', '', 'Practice name: Penhallow Surgery', 'Practice code: J82155',
      'Name: Crispin Tolley', 'Email: crispin.tolley@nhs.net', 'Approved by: Dr Ianto Pengelly, Senior Partner and CQC Registered Manager (cc\u2019d)', '', 'Regards', 'Nerys Vosper', 'Practice Manager',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).approver).toMatchObject({ name: 'Ianto Pengelly', role: 'Senior Partner and CQC Registered Manager' });
  });

  it('"CREATED BY: SURNAME, Forename  address" gives the full name', async () => {
    const c = await parse('openexeter', { From: 'Open Exeter <open.exeter.notifications@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter: new user created - J82155', 'Auto-Submitted': 'auto-generated' },
      'ORGANISATION: J82155 (PENHALLOW SURGERY)\nNEW USER: TOLLEY, Crispin  (ID: CTOLLEY)  crispin.tolley@nhs.net\nCREATED BY PRIMARY USER: VOSPER, Nerys  nerys.vosper@nhs.net\nAuthorise the user.\n');
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(String(fields(c).createdBy?.name).toLowerCase()).toBe('nerys vosper');
  });
});

describe('findings and questions', () => {
  it('a practice code one digit short is kept and raises ods_invalid; a prose "take over" with a non-ASCII name gives the contact', async () => {
    const c = await parse('portalenquiries', { From: 'Hal Brierley <hal.brierley@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact change' }, [
      'Hello,', '', 'Our practice manager is retiring. I would like Zoë Ångström-Nyqvist to take over as main contact for Elm Tree Surgery (practice code B8201). Her email is zoe.angstrom-nyqvist@nhs.net.',
      '', 'Many thanks', 'Hal Brierley', 'GP Partner',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_change');
    expect(c.organisation?.odsCode).toBe('B8201');
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
    expect(fields(c).newMainContact).toEqual({ name: 'Zoë Ångström-Nyqvist', email: 'zoe.angstrom-nyqvist@nhs.net' });
  });

  it('"our pharmacy" with a dental-shaped code raises ods_type_mismatch', async () => {
    const c = await parse('datamanager', { From: 'Rania Haddad <rania.haddad@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Change of email' },
      'Hi,\n\nPlease could you update the email address held for our pharmacy, Brookside Pharmacy (ODS V012345), from brookside.pharmacy@nhs.net to brookside.pharmacy2@nhs.net.\n\nThanks\nRania Haddad\n');
    expect(c.kind).toBe('practice_email_update');
    expect(c.findings.map((f) => f.code)).toContain('ods_type_mismatch');
  });

  it('a genuine question that names Open Exeter permissions is unclassified, a request in the same words is not', async () => {
    const q = await parse('openexeter', { From: 'Ivo Kettle <ivo.kettle@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Question about Open Exeter permissions' },
      'Hello,\n\nCould you tell me whether a practice manager can hold the Organisation Maintenance permission in Open Exeter as well as the primary user, or is that only for the primary user? We are not asking for any change at the moment, just trying to understand how permissions work before our audit.\n\nThanks\nIvo Kettle\n');
    expect(q.kind).toBe('unclassified');
    const r = await parse('openexeter', { From: 'Ivo Kettle <ivo.kettle@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permissions' },
      'Hello,\n\nCould you please add the Organisation Maintenance permission to my Open Exeter account (username IKETTLE2)? I am the practice manager at Quarry Bank Surgery, C84055.\n\nThanks\nIvo Kettle\nPractice Manager\n');
    expect(r.kind).toBe('open_exeter_additional_permissions');
  });
});

describe('fillable forms', () => {
  it('"main_name" is the main practice\'s name and "main_contact_name" its main contact (not the practice name in a person\'s role)', async () => {
    const pdf = await fillableForm(
      ['Branch set-up request', 'Main practice', 'Practice name', 'Practice ODS code', 'Main contact name', 'Main contact email', 'Branch', 'Branch name', 'Branch ODS code', 'Branch main contact name'],
      [['main_name', 'Quayside Medical Group'], ['main_ods', 'N82044'], ['main_contact_name', 'Gwenllian Pryce'], ['main_contact_email', 'gwenllian.pryce@nhs.net'],
        ['branch_name', 'Quayside at Rhyl'], ['branch_ods', 'N82044002'], ['branch_contact_name', 'Emrys Vaughan']],
    );
    const raw = withPdf({ From: 'Gwenllian Pryce <gwenllian.pryce@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Branch set-up form' }, 'Please see the attached form.\n', pdf, 'branch-form.pdf');
    const c = await extractCase(raw, { mailbox: 'datamanager', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('branch_setup');
    expect(fields(c).mainPractice).toMatchObject({ name: 'Quayside Medical Group', odsCode: 'N82044', mainContact: { name: 'Gwenllian Pryce', email: 'gwenllian.pryce@nhs.net' } });
    expect(fields(c).branch).toMatchObject({ name: 'Quayside at Rhyl', odsCode: 'N82044002' });
  });
});

describe('participants: forwarded approvals', () => {
  it('the nominee is the forwarder named by address; the approver is the forwarded author by sign-off, not the approvals mailbox', async () => {
    const c = await parse('portalenquiries', { From: '"Marchetti, Ottavio (Wyre Coast PCN)" <ottavio.marchetti@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'FW: PCN user admin' }, [
      'Hello,', '', 'Approval from the ICB below for me to be the PCN user admin. PCN code U51234.', '', 'Thanks', 'Ottavio', '',
      'From: APPROVALS, Primary Care (NHS LANCS ICB) <b.okwuosa-lindqvist@nhs.net>', 'Sent: 02 March 2027 10:15', 'To: MARCHETTI, Ottavio (WYRE COAST PCN) <ottavio.marchetti@nhs.net>', 'Subject: RE: PCN user admin', '',
      'Hi Ottavio,', '', 'I am happy to approve you (ottavio.marchetti@nhs.net) as PCN user administrator for Wyre Coast PCN. Please forward this to PCSE.', '',
      'Best wishes', '', 'Blessing Okwuosa-Lindqvist', 'Primary Care Commissioning Manager', 'NHS Lancashire ICB', '',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).nominee).toEqual({ name: 'Ottavio Marchetti', email: 'ottavio.marchetti@nhs.net' });
    expect(fields(c).approver).toEqual({ name: 'Blessing Okwuosa-Lindqvist', email: 'b.okwuosa-lindqvist@nhs.net', role: 'Primary Care Commissioning Manager' });
    // Signed "… / NHS Lancashire ICB": an ICB role, so no approver_not_on_ael from the email alone.
    expect(c.findings.map((f) => f.code)).not.toContain('approver_not_on_ael');
  });

  it('a PCN nomination approved by the sender, whose signature block gives a PCN role, raises approver_not_on_ael', async () => {
    const c = await parse('portalenquiries', { From: 'Cerys Attwood <cerys.attwood@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PCN user admin' }, [
      'Hello,', '', 'Please set up Tobias Fenwick (tobias.fenwick@nhs.net) as PCN user admin for Solway Firth PCN, U60321. I approve this request.', '',
      'Kind regards', '', 'Cerys Attwood', 'Clinical Director', 'Solway Firth PCN', '',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).nominee).toEqual({ name: 'Tobias Fenwick', email: 'tobias.fenwick@nhs.net' });
    expect(fields(c).approver).toMatchObject({ name: 'Cerys Attwood', role: 'Clinical Director' });
    expect(c.findings.map((f) => f.code)).toContain('approver_not_on_ael');
  });
});

describe('Open Exeter primary-user forms', () => {
  const page2 = ['Guidance notes', 'Who may sign this form', 'Lead GP', 'GP Partner', 'Caldicott Guardian', 'Board member or director', 'Existing primary user'];

  it('a flat form: "Authorised by (name) Dr X" heads the signatory\'s lines; page 2\'s list of allowed roles is not a value', async () => {
    const pdf = await fillableForm([
      'Open Exeter - Application for Primary User Access', 'Organisation name Thornbury Vale Surgery', 'Organisation code L81 077', 'Organisation type GP Practice',
      'Primary user name Mr Osric Pemberton', 'Primary user email osric.pemberton@nhs.net', 'Authorised by (name) Dr Ffion Carew', 'Position GP Partner', 'Email ffion.carew@nhs.net', 'Signature F. Carew',
    ], [], [page2]);
    const raw = withPdf({ From: 'Thornbury Vale Surgery <thornbury.vale@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Form attached' }, 'Please find attached.\n', pdf, 'oe-form.pdf');
    const c = await extractCase(raw, { mailbox: 'openexeter', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).nominee).toEqual({ name: 'Osric Pemberton', email: 'osric.pemberton@nhs.net' });
    expect(fields(c).signatory).toEqual({ name: 'Ffion Carew', email: 'ffion.carew@nhs.net', role: 'gp_partner' });
  });

  it('a fillable form named in abbreviations ("PUName", "SigName"): the nominee is the primary user, never the signatory', async () => {
    const pdf = await fillableForm(['Open Exeter - Application for Primary User Access', 'Organisation name', 'Organisation code', 'Primary user name', 'Primary user email', 'Authorised by (name)', 'Position', 'Email'],
      [['OrgName', 'Kelso Road Surgery'], ['OrgCode', 'B84 019'], ['PUName', 'Philippa Ravenscroft'], ['PUEmail', 'philippa.ravenscroft@nhs.net'], ['SigName', 'Anselm Drury'], ['SigRole', 'Practice Manager'], ['SigEmail', 'anselm.drury@nhs.net']], [page2]);
    const raw = withPdf({ From: 'Anselm Drury <anselm.drury@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter' }, 'Attached.\n', pdf, 'form.pdf');
    const c = await extractCase(raw, { mailbox: 'openexeter', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).nominee).toEqual({ name: 'Philippa Ravenscroft', email: 'philippa.ravenscroft@nhs.net' });
    expect(fields(c).signatory).toEqual({ name: 'Anselm Drury', email: 'anselm.drury@nhs.net', role: 'other' });
  });

  it('the form\'s identity decides the kind when the body is silent, even when its guidance page is about permissions', async () => {
    const guidance = ['Guidance notes', 'The primary user is given the Organisation Maintenance permission and may grant', 'additional permissions (Reports, Prior Notification List) to existing users.', 'Who may sign this form', 'Lead GP', 'GP Partner'];
    const pdf = await fillableForm(['Open Exeter Primary User Request Form', 'Organisation name', 'Organisation code', 'Primary user name', 'Primary user email', 'Signed by', 'Position'],
      [['txtOrgName', 'Saltash Community Mental Health Service'], ['txtOrgCode', 'RK9'], ['txtPUName', 'Leofric Addington'], ['txtPUEmail', 'leofric.addington@nhs.net'], ['txtSigName', 'Marigold Featherstone'], ['txtSigPosition', 'Board Director']], [guidance]);
    const raw = withPdf({ From: 'Marigold Featherstone <marigold.featherstone@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter' }, 'Hi, form attached. Thanks\n', pdf, 'oe.pdf');
    const c = await extractCase(raw, { mailbox: 'openexeter', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).nominee).toEqual({ name: 'Leofric Addington', email: 'leofric.addington@nhs.net' });
    expect(fields(c).signatory).toMatchObject({ name: 'Marigold Featherstone', role: 'board_member' });
  });
});

describe('extraction fidelity (issue 9, second pass)', () => {
  it('a forward whose header fields sit in separate paragraphs: its "To:" line is not read as the new practice email', async () => {
    const c = await parse('datamanager', { From: 'Dr Ione Castellanos <ione.castellanos@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'FW: new shared inbox' }, [
      'For action please.', '', 'Dr Ione Castellanos', '', 'GP Partner, Saltergate Surgery', '',
      'From: Beatrix Anand <beatrix.anand@nhs.net>', '', 'Sent: 03 March 2027 11:20', '', 'To: Ione Castellanos <ione.castellanos@nhs.net>', '', 'Subject: new shared inbox', '',
      'Ione,', '', 'Please send this on to PCSE.', '', 'Practice code: C84622', '', 'Old practice email: saltergate.reception@nhs.net', '', 'New practice email: notts.saltergatesurgery@nhs.net', '', 'Thanks, Bea',
    ].join('\n'));
    expect(c.kind).toBe('practice_email_update');
    expect(c.fields).toEqual({ currentEmail: 'saltergate.reception@nhs.net', newEmail: 'notts.saltergatesurgery@nhs.net' });
  });

  it('a code with extra characters ("M912-7") is kept whole, and a code of digits alone under "Practice code" is kept; both raise ods_invalid', async () => {
    const ext = await parse('datamanager', { From: 'Quentin Abara <quentin.abara@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Extend main contact' }, [
      'Please extend my main contact role.', '', 'EXISTING PRACTICE', 'Name: Larkhill Surgery', 'ODS: M91204', 'Main contact: Quentin Abara', 'Email: quentin.abara@nhs.net', '',
      'NEW PRACTICE', 'Name: Ferncombe Health Centre', 'ODS: M912-7', 'Address: 4 Quarry Lane, Dudley, DY2 9PL', '', 'Regards', 'Quentin',
    ].join('\n'));
    expect((fields(ext).newPractice as Record<string, unknown>).odsCode).toBe('M912-7');
    expect(ext.findings.map((f) => f.code)).toContain('ods_invalid');
    const nom = await parse('portalenquiries', { From: 'Odile Ferrand <odile.ferrand@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL admin' }, [
      'Please add a PL Organisation Administrator.', '', 'Practice name: Kittiwake Practice', 'Practice code: 4471', 'Name: Lorcan Mbeki', 'Email: lorcan.mbeki@nhs.net', '', 'Regards', 'Odile Ferrand', 'Practice Manager',
    ].join('\n'));
    expect(nom.organisation).toMatchObject({ odsCode: '4471', type: 'gp_practice' });
    expect(nom.findings.map((f) => f.code)).toContain('ods_invalid');
    // A verification code is not the organisation's code.
    const verify = await parse('portalenquiries', { From: 'Odile Ferrand <odile.ferrand@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Verification link' },
      'Hello,\n\nMy verification link has expired, please resend it.\n\nVerification code: 551203\n\nOdile Ferrand\n');
    expect(verify.organisation?.odsCode ?? null).toBeNull();
  });

  it('the forwarder who writes "I approve the request below" is the approver, not the forwarded requester; their compound role is kept whole', async () => {
    const c = await parse('portalenquiries', { From: 'Cornelius Weatherby <c.weatherby@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'FW: Opto admin' }, [
      'Dear PCSE,', '', 'As owner of Lantern Eyecare I approve Tamsin\u2019s request below. Please make her a user administrator for Ophthalmic Payments.', '', 'Regards,', '',
      'Cornelius Weatherby', '', 'Cornelius Weatherby FBDO', '', 'Director and GOS Contract Holder', '', 'Lantern Eyecare Ltd', '',
      'From: Tamsin Oyelaran <tamsin.oyelaran@nhs.net>', 'Sent: 02 March 2027 15:02', 'To: Cornelius Weatherby <c.weatherby@nhs.net>', 'Subject: Opto admin', '',
      'Hi Cornelius,', '', 'Could you approve me becoming an Opto admin on PCSE Online?', '', 'Name: Tamsin Oyelaran', 'Email: tamsin.oyelaran@nhs.net', 'Practice: Lantern Eyecare Ltd, TPR44', '', 'Thanks, Tamsin',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).nominee).toEqual({ name: 'Tamsin Oyelaran', email: 'tamsin.oyelaran@nhs.net' });
    expect(fields(c).approver).toEqual({ name: 'Cornelius Weatherby', email: 'c.weatherby@nhs.net', role: 'Director and GOS Contract Holder' });
  });

  it('a sign-off role line of two roles ("Senior Partner and Caldicott Guardian") is the approver\'s whole role', async () => {
    const c = await parse('portalenquiries', { From: 'Dr Ebele Kowalski <ebele.kowalski@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'GPP user admin' }, [
      'Dear PCSE,', '', 'I would like to nominate Wystan Pryce (wystan.pryce@nhs.net) as a GPP user administrator for Quayside Surgery (Y02714). I approve this nomination.', '',
      'Yours sincerely,', '', 'Dr Ebele Kowalski', '', 'Senior Partner and Caldicott Guardian', '', 'Quayside Surgery',
    ].join('\n'));
    expect(fields(c).approver).toEqual({ name: 'Ebele Kowalski', email: 'ebele.kowalski@nhs.net', role: 'Senior Partner and Caldicott Guardian' });
  });

  it('"Permissions required" with one permission a paragraph: every item, and the sign-off after them is not one', async () => {
    const c = await parse('openexeter', { From: 'Dr Hamish Oduya <hamish.oduya@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permissions' }, [
      'Dear Open Exeter team,', '', 'As GP Partner at Brambleside Practice (D82093) I request more permissions for an existing user:', '', 'Name: Ottilie Varga', '', 'Username: OVARGA3', '', 'Email: ottilie.varga@nhs.net', '',
      'Permissions required:', '', 'Call/Recall Enquiry', '', 'Sample Taker Enquiry', '', 'With kind regards,', '', 'Dr Hamish Oduya', '', 'GP Partner',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).permissions).toEqual(['Call/Recall Enquiry', 'Sample Taker Enquiry']);
  });

  it('a practice manager forwards a GP\'s permission approval: the signatory\'s role is the GP\'s own sign-off, not the forwarder\'s', async () => {
    const c = await parse('openexeter', { From: 'Rosalind Achterberg <rosalind.achterberg@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'FW: Open Exeter access' }, [
      'Dear PCSE,', '', 'Dr Quayle approves below. Could Ignatius Moreau (username IMOREAU1, ignatius.moreau@nhs.net) have the Sample Taker Enquiry permission?', '', 'Thanks', 'Rosalind Achterberg, Practice Manager', '',
      'From: Barnaby Quayle <barnaby.quayle@nhs.net>', 'Sent: 04 March 2027 09:41', 'To: Rosalind Achterberg <rosalind.achterberg@nhs.net>', 'Subject: Open Exeter access', '',
      'Fine by me for Ignatius to have Sample Taker Enquiry. Please pass to PCSE.', '', 'Dr Barnaby Quayle', '', 'Lead GP, Hollowmead Surgery',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory).toEqual({ name: 'Barnaby Quayle', email: 'barnaby.quayle@nhs.net', role: 'lead_gp' });
  });

  it('a longer Open Exeter function is not cut to a shorter one it starts with ("Sample Taker Maintenance", not "Sample Taker")', async () => {
    const c = await parse('openexeter', { From: 'Dr Oluwaseun Adeyemi <o.adeyemi@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permission' }, [
      'Hello,', '', 'As Lead GP at Elm Row Surgery (B82019) I approve Kezia Thorne (username KTHORNE2) having the Sample Taker Maintenance permission added in Open Exeter.', '', 'Dr Oluwaseun Adeyemi', 'Lead GP',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).permissions).toEqual(['Sample Taker Maintenance']);
  });

  it('"the primary user form, which I signed as GP Partner": the role is GP Partner, the form\'s name is not a role', async () => {
    const c = await parse('openexeter', { From: 'Dr Persephone Lindqvist <persephone.lindqvist@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' }, [
      'Dear Open Exeter team,', '', 'Please accept this as our primary user request for Cobblers Lane Surgery (E85122): the new primary user is Anatoly Reyes (anatoly.reyes@nhs.net). I completed the primary user form, which I signed as GP Partner.', '',
      'Kind regards', 'Dr Persephone Lindqvist',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory).toMatchObject({ name: 'Persephone Lindqvist', role: 'gp_partner' });
  });

  it('"X Surgery (ODS code) at 14 Mill Road, Town, postcode": the new practice\'s address starts after "at"', async () => {
    const c = await parse('datamanager', { From: 'Gwendolyn Ashdown <gwendolyn.ashdown@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Main contact for a second practice' }, [
      'Hello,', '', 'I am the main contact for Fenwick Road Practice (ODS C83011), 9 Fenwick Road, Lincoln LN2 4AA, telephone 01522 496 210. My email is gwendolyn.ashdown@nhs.net.',
      'We have taken on Saxilby Surgery (ODS C83045) at 14 Mill Road, Saxilby, Lincoln LN1 2QD and I would like my main contact role extended to it.', '', 'Thanks', 'Gwendolyn Ashdown',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_extension');
    expect(fields(c).newPractice).toEqual({ odsCode: 'C83045', name: 'Saxilby Surgery', address: '14 Mill Road, Saxilby, Lincoln LN1 2QD' });
  });

  it('a message forwarded as an attachment (message/rfc822) with the form inside: the form is read, and the forwarder who approves is the approver', async () => {
    const pdf = await fillableForm(['GP Payments (GPP) - User Administrator Certification', 'Practice name', 'Practice code', 'Nominee name', 'Nominee email', 'Approver name', 'Approver role', 'Approver email'],
      [['practice_name', 'Wyvern Lodge Surgery'], ['practice_code', 'K83062'], ['nominee_name', 'Saffron Adeleke'], ['nominee_email', 'saffron.adeleke@nhs.net'], ['approver_name', 'Dr Ludovic Harrow'], ['approver_role', 'Caldicott Guardian and GP Partner'], ['approver_email', 'ludovic.harrow@nhs.net']]);
    const inner = withPdf({ From: 'Saffron Adeleke <saffron.adeleke@nhs.net>', To: 'Ludovic Harrow <ludovic.harrow@nhs.net>', Subject: 'GPP form' }, 'Hi Ludovic,\n\nMy GPP admin form is attached, could you send it to PCSE?\n\nSaffron\n', pdf, 'gpp-form.pdf');
    const b = 'b-rfc822-boundary';
    const raw = email({ From: 'Dr Ludovic Harrow <ludovic.harrow@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'FW: GPP form' }, [
      `--${b}\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\nDear PCSE,\r\n\r\nPlease see Saffron's email attached with her GPP form. I am happy to approve.\r\n\r\nDr Ludovic Harrow\r\n`,
      `--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="GPP form.eml"\r\n\r\n${inner.toString('utf8')}\r\n`,
      `--${b}--\r\n`,
    ].join(''), `multipart/mixed; boundary="${b}"`);
    const c = await extractCase(raw, { mailbox: 'portalenquiries', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('user_admin_nomination');
    expect(c.organisation?.odsCode).toBe('K83062');
    expect(fields(c).nominee).toEqual({ name: 'Saffron Adeleke', email: 'saffron.adeleke@nhs.net' });
    expect(fields(c).approver).toEqual({ name: 'Ludovic Harrow', email: 'ludovic.harrow@nhs.net', role: 'Caldicott Guardian and GP Partner' });
    expect((c.attachments ?? []).map((a) => a.filename)).toContain('gpp-form.pdf');
    expect(c.findings.map((f) => f.code)).not.toContain('certification_form_missing');
  });

  it('an Open Exeter request forwarded by a GP who writes "I approve": the forwarder signs, the forwarded author is the user', async () => {
    const c = await parse('openexeter', { From: 'Dr Thaddeus Okoro <thaddeus.okoro@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'FW: Open Exeter permission' }, [
      'Dear PCSE,', '', 'I approve the request below.', '', 'Dr Thaddeus Okoro', 'GP Partner, Ravensworth Surgery', '',
      'From: Wilhelmina Szabo <wilhelmina.szabo@nhs.net>', 'Sent: 05 March 2027 10:02', 'To: Thaddeus Okoro <thaddeus.okoro@nhs.net>', 'Subject: Open Exeter permission', '',
      'Hi Dr Okoro,', '', 'Could you approve my Open Exeter account (username WSZABO2) having the Prior Notification List permission?', '', 'Thanks', 'Wilhelmina Szabo', 'Administrator',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory).toEqual({ name: 'Thaddeus Okoro', email: 'thaddeus.okoro@nhs.net', role: 'gp_partner' });
  });

  it('a question naming its practice code, whose writer says nothing is to be done yet, is unclassified; a request copying someone "for information only" is not', async () => {
    const q = await parse('portalenquiries', { From: 'Isolde Marchbanks <isolde.marchbanks@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'User admins' }, [
      'Hello,', '', 'We have three GPP user administrators at Holloway Lane Surgery (F84633). If one retires, can another admin be given the Salary Change permission by you, or must we nominate someone new? Nothing to do yet, we are just planning ahead.', '', 'Thanks', 'Isolde Marchbanks',
    ].join('\n'));
    expect(q.kind).toBe('unclassified');
    const r = await parse('portalenquiries', { From: 'Isolde Marchbanks <isolde.marchbanks@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'GPP user admin' }, [
      'Hello,', '', 'Please could you set up Crispin Oduya (crispin.oduya@nhs.net) as a GPP user administrator for Holloway Lane Surgery (F84633)? Our senior partner is copied in for information only. I approve this request as Practice Manager.', '', 'Thanks', 'Isolde Marchbanks',
    ].join('\n'));
    expect(r.kind).toBe('user_admin_nomination');
  });
});

describe('honest uncertainty: a guess is a hint, not a value', () => {
  const oeForm = (): Promise<Buffer> => fillableForm(
    ['Open Exeter - Primary User Request (GP Practice)', 'Complete every box, sign at the bottom of page 1 and email to PCSE.'],
    [['Text1', 'Tamsin Roskilly'], ['Text2', 'Lanner Moor Surgery'], ['Text3', 'Piran Angove'], ['Text4', 'Yes']],
  );

  it('a form came but its signatory could not be read: the sender is a hint for the signatory, not the signatory', async () => {
    const raw = withPdf({ From: 'Beatrix Nankivell <beatrix.nankivell@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' },
      'Hello,\n\nPlease see the attached form for our new primary user.\n\nBeatrix Nankivell\nPractice Manager\nLanner Moor Surgery\n', await oeForm(), 'OE-PU.pdf');
    const c = await extractCase(raw, { mailbox: 'openexeter', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory).toEqual({ name: null, email: null, role: null });
    expect(c.hints?.filter((h) => h.path.startsWith('fields.signatory.')).map((h) => [h.path, h.value])).toEqual([
      ['fields.signatory.name', 'Beatrix Nankivell'], ['fields.signatory.email', 'beatrix.nankivell@nhs.net'], ['fields.signatory.role', 'other'],
    ]);
  });

  it('the same form sent by someone who says they signed it: the sender is the signatory', async () => {
    const raw = withPdf({ From: 'Dr Piran Angove <piran.angove@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' },
      'Hello,\n\nAttached is the form for Tamsin, which I have signed as GP Partner.\n\nPiran Angove\nGP Partner\n', await oeForm(), 'OE-PU.pdf');
    const c = await extractCase(raw, { mailbox: 'openexeter', receivedAt: new Date('2027-03-01T09:00:00Z') });
    expect(fields(c).signatory).toEqual({ name: 'Piran Angove', email: 'piran.angove@nhs.net', role: 'gp_partner' });
  });

  it('a branch\'s phone read from a line that gives two phones without saying whose is a hint; the address ends at the postcode before a phone', async () => {
    const c = await parse('datamanager', { From: 'Morwenna Jago <morwenna.jago@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'new branch' },
      'hi please set up our branch. main practice is lanner moor surgery L82031, 4 church rd lanner TR16 6AX 01209 555 610, im main contact. branch is carnkie surgery, 2 mill lane carnkie TR16 6RZ, 01209 555 622, code L82031002, contact Mr Kitto Hendra kitto.hendra@nhs.net\n\nMorwenna\n');
    expect(c.kind).toBe('branch_setup');
    expect(fields(c).mainPractice).toMatchObject({ address: '4 church rd lanner TR16 6AX', phone: '01209 555 610' });
    expect(fields(c).branch?.phone).not.toBe('01209 555 610');
  });

  it('an address written over several lines ends where the phone or email lines under it begin', async () => {
    const c = await parse('datamanager', { From: 'Morwenna Jago <morwenna.jago@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'new branch' },
      'Please set up our new branch.\n\nMAIN PRACTICE\nLanner Moor Surgery\nODS: L82031\nAddress: 4 Church Road\nLanner\nTR16 6AX\nTel 01209 555 610\n\nBRANCH\nName: Carnkie Surgery\nBranch ODS code: L82031002\nAddress: 2 Mill Lane\nCarnkie TR16 6RZ\n01209 555 622\nmorwenna.jago@nhs.net\n\nMorwenna Jago\nPractice Manager\n');
    expect(c.kind).toBe('branch_setup');
    expect(fields(c).mainPractice).toMatchObject({ address: '4 Church Road, Lanner, TR16 6AX', phone: '01209 555 610' });
    expect(fields(c).branch?.address).toBe('2 Mill Lane, Carnkie TR16 6RZ');
  });

  it('a job title before a name ("our HCA Demelza Trewin") is not part of the name', async () => {
    const c = await parse('openexeter', { From: 'Dr Lowen Pascoe <lowen.pascoe@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter access' },
      'Hello,\n\nPlease can you give our HCA Demelza Trewin (username DTREWIN1) the Registration permission on Open Exeter for Lanner Moor Surgery L82031.\n\nDr Lowen Pascoe\nGP Partner\n');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).user?.name).toBe('Demelza Trewin');
  });

  it('"X Pharmacy in <town> (code)": the town is where it is, not part of the name; "(non GP practice)" is another organisation', async () => {
    const c = await parse('datamanager', { From: 'Jenifer Rowe <jenifer.rowe@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'extension' },
      "Hello, I'm already main contact on PCSE for Polperro Pharmacy in Looe (FW381, 3 Fore St, Looe PL13 1AA). We've bought Pelynt Chemist (FH922, 1 Jubilee Hill, Pelynt PL13 2JZ) and I need my main contact role extended to it please.\n\nJenifer Rowe\n");
    expect(c.kind).toBe('main_contact_extension');
    expect(fields(c).existingPractice?.name).toBe('Polperro Pharmacy');
    const other = await parse('openexeter', { From: 'Cador Bray <cador.bray@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Primary user' },
      'Dear PCSE,\n\nWe are a community dental clinic (non GP practice). Please set up Elowen Keast, elowen.keast@nhs.net, as our Open Exeter primary user. I am our Caldicott Guardian and approve this.\n\nCador Bray\nCaldicott Guardian\n');
    expect(other.kind).toBe('open_exeter_primary_user_request');
    expect(fields(other).organisationKind).toBe('other');
  });

  it('an approver who says so in their own words: "Im the registered manager", "I am the contract holder, <name>", "I own … and hold the contract"', async () => {
    const im = await parse('portalenquiries', { From: 'Ottilie Varcoe <ottilie.varcoe@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'pl admin' },
      'Hello\n\nIm the CQC registered manager at Tolvaddon Medical Centre (L82044). Please make our receptionist Kenver Opie PL Organisation administrator, kenver.opie@nhs.net\n\nThanks\nOttilie Varcoe\n');
    expect(im.kind).toBe('user_admin_nomination');
    expect(fields(im).approver).toEqual({ name: 'Ottilie Varcoe', email: 'ottilie.varcoe@nhs.net', role: 'CQC registered manager' });
    const shop = await parse('portalenquiries', { From: 'Penrose Eyecare <penrose.eyecare@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'admin' },
      'hi\n\nCan you make Loveday Pascoe user admin for opthalmic payments please, loveday.pascoe@nhs.net\n\nI am the contract holder, Hedra Penrose. code TPX12\n\nthanks\n');
    expect(fields(shop).service).toBe('OPTO');
    expect(fields(shop).approver).toMatchObject({ name: 'Hedra Penrose', role: 'contract holder' });
    const owner = await parse('portalenquiries', { From: 'Ruan Chenoweth <ruan.chenoweth@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Opto user admin' },
      'Hello\n\nI own Chenoweth Opticians in Bodmin and hold the GOS contract. Please add my dispensing optician Wenna Keast, wenna.keast@nhs.net, as OPTO Organisation User Administrator.\n\nRuan Chenoweth\nContract holder\n');
    expect(fields(owner).approver).toEqual({ name: 'Ruan Chenoweth', email: 'ruan.chenoweth@nhs.net', role: 'Contract holder' });
    // A sign-off alone approves only in the role that nominates for the service: the contract holder for OPTO …
    const signOff = await parse('portalenquiries', { From: 'Ruan Chenoweth <ruan.chenoweth@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Opto user admin' },
      'Hello\n\nPlease add Wenna Keast, wenna.keast@nhs.net, as OPTO Organisation User Administrator for Chenoweth Opticians.\n\nRuan Chenoweth\nContract holder\n');
    expect(fields(signOff).approver).toEqual({ name: 'Ruan Chenoweth', email: 'ruan.chenoweth@nhs.net', role: 'Contract holder' });
    // … the PCN's clinical director for PCN, whose role line also names the PCN and its code …
    const director = await parse('portalenquiries', { From: 'Tamsin Rowe <tamsin.rowe@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PCN admin' },
      'Could you make Idris Fenwick (idris.fenwick@nhs.net) user admin for the PCN please.\n\nTR\n\nDr Tamsin Rowe\nClinical Director | Lune Valley PCN | U40321\n');
    expect(fields(director).approver).toEqual({ name: 'Tamsin Rowe', email: 'tamsin.rowe@nhs.net', role: 'Clinical Director' });
    // … but a GP partner's sign-off on a GPP request is not the certification form, and names no approver.
    const partner = await parse('portalenquiries', { From: 'Hugh Penhallow <hugh.penhallow@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'GPP admin' },
      'Hello\n\nPlease set up Morwenna Tregear, morwenna.tregear@nhs.net, as GPP Practice User Administrator for Trelawny Surgery L82999.\n\nHugh Penhallow\nSenior Partner\n');
    expect(fields(partner).approver ?? null).toBeNull();
  });

  it('a system notice: "Name: SURNAME, Forename" under "Organisation: <code>" is the user, and a one-row HTML table with a header row reads the same', async () => {
    const head = { From: 'OE Notices <oe.notices@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter: New user created' };
    const text = await parse('openexeter', head, 'A new user has been created in Open Exeter and requires authorisation.\n\nOrganisation: L82031\nUser name:    DHOCKING3\nName:         HOCKING, Derwa\nEmail:        derwa.hocking@nhs.net\nCreated by:   PENGELLY, Morvah (morvah.pengelly@nhs.net)\n');
    const html = await parse('openexeter', head, '<html><body><p>A new user has been created in Open Exeter and requires authorisation.</p><table><tr><th>Organisation</th><th>User name</th><th>Name</th><th>Email</th><th>Created by</th><th>Creator email</th></tr><tr><td>L82031</td><td>DHOCKING3</td><td>HOCKING, Derwa</td><td>derwa.hocking@nhs.net</td><td>PENGELLY, Morvah</td><td>morvah.pengelly@nhs.net</td></tr></table></body></html>', 'text/html; charset="utf-8"');
    for (const c of [text, html]) {
      expect(c.kind).toBe('open_exeter_new_user_authorisation');
      expect(String(fields(c).user?.name).toLowerCase()).toBe('derwa hocking');
      expect(fields(c).user).toMatchObject({ email: 'derwa.hocking@nhs.net', username: 'DHOCKING3' });
      expect(String(fields(c).createdBy?.name).toLowerCase()).toBe('morvah pengelly');
      expect(fields(c).createdBy?.email).toBe('morvah.pengelly@nhs.net');
      expect(c.organisation?.name ?? null).toBeNull();
    }
  });

  it('"add all permissions including Organisation Maintenance to user KJAGO4": both asked for, and the login after "user"', async () => {
    const c = await parse('openexeter', { From: 'Dr Elowen Hicks <elowen.hicks@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'open exeter permissions' },
      'Please add all permissions including Organisation Maintenance to user KJAGO4 (kerra.jago@nhs.net) at Lanner Moor Surgery L82031. I am the Caldicott Guardian.\nDr Hicks\n');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).permissions).toEqual(['all permissions', 'Organisation Maintenance']);
    expect(fields(c).user?.username).toBe('KJAGO4');
  });
});

describe('the administrator count an email states', () => {
  it('reads a count that leaves out its noun, and "a 5th", but not a count of something else', async () => {
    const { existingAdminCount } = await import('../../../ingest/extract/fields/user-admin-nomination.js');
    expect(existingAdminCount('Could we have another PL organisation administrator? We already have 4 (myself, Jory and two partners), so this is extra.')?.value).toBe(4);
    expect(existingAdminCount('Please add Ottilie Brannock as an admin, we need a 5th while Jory is on leave.')?.value).toBe(4);
    expect(existingAdminCount('Please add Ottilie Brannock as a user administrator. We already have 4 partners and she helps all of them.')).toBeNull();
  });
});

describe('codes written with spaces', () => {
  it('joins a labelled or named code written in groups, and keeps one with a letter O for a zero as written', async () => {
    const { firstOdsCode, spacedOdsCode } = await import('../../../ingest/extract/field-helpers.js');
    expect(firstOdsCode('fq 471')).toBe('FQ471');
    expect(firstOdsCode('m85 2O6')).toBe('M852O6');
    expect(firstOdsCode('01872 555')).toBeNull();
    expect(spacedOdsCode('hi, our code is k83 O47 - thanks')?.value).toBe('K83O47');
    expect(spacedOdsCode('the practice code is k83 047 and we are in Truro')?.value).toBe('K83047');
    expect(spacedOdsCode('our code is 2 and the other')).toBeNull();
    expect(spacedOdsCode('Practice: Chyvounder Surgery L 82 044')?.value).toBe('L82044');
  });
});

describe('the kind of organisation a code label states', () => {
  it('"Dental practice code: <a pharmacy code>" raises ods_type_mismatch', async () => {
    const c = await parse('portalenquiries', { From: 'Jory Nancarrow <jory.nancarrow@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'user admin' },
      'Hello,\n\nPlease make Tamsin Rowe (tamsin.rowe@nhs.net) a user administrator for us. I am the contract holder.\n\nDental practice code: fq 471\n\nJory Nancarrow\nContract holder\n');
    expect(c.statedOrganisationType).toBe('dental_practice');
    expect(c.organisation?.odsCode).toBe('FQ471');
    expect(c.findings.map((f) => f.code)).toContain('ods_type_mismatch');
  });
});

describe('an Open Exeter signatory whose role is only in the sign-off', () => {
  it('takes a job title under the signer\'s name that is none of the allowed roles, and raises signatory_role_not_allowed', async () => {
    const c = await parse('openexeter', { From: 'Kerensa Polglase <kerensa.polglase@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter access for Bryok' },
      'Hi\n\nCould Bryok Tregenza (user name BTREGENZA, bryok.tregenza@nhs.net) please have Prior Notification List added on Open Exeter.\n\nPractice: Chyvounder Surgery L 82 044\n\nThanks\nKerensa\n\nKerensa Polglase\nPatient Services Lead\nChyvounder Surgery\n');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory?.role).toBe('other');
    expect(c.organisation?.odsCode).toBe('L82044');
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });
});

describe('an Open Exeter signatory asking for someone to be made primary user', () => {
  it('takes the role from the signer\'s sign-off, not from "add X as a second primary user"', async () => {
    const c = await parse('openexeter', { From: 'Dr Hedra Carveth <hedra.carveth@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'open exeter - another primary user' },
      'Hello,\n\nplease can you add Senara Pengelly as a second Open Exeter primary user for Trewirgie Surgery, practice code L82051.\n\nSenara Pengelly, Reception Supervisor\nsenara.pengelly@nhs.net\n\nI authorise this.\n\nDr Hedra Carveth\nGP Partner\nTrewirgie Surgery\n');
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory?.role).toBe('gp_partner');
  });
});

describe('Open Exeter permissions written in lower case', () => {
  it('keeps patient enquiry and screening history among the other functions, in order', async () => {
    const c = await parse('openexeter', { From: 'Dr Lowen Pascoe <lowen.pascoe@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'open exeter' },
      'hello I am the caldicott guardian at Lanner Moor Surgery L82031 please can you add screening history and patient enquiry and prior notification list to Demelza Trewin user ID DTREWIN1 email demelza.trewin@nhs.net thank you Lowen Pascoe\n');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect((fields(c).permissions as string[] | undefined)?.map((p) => p.toLowerCase())).toEqual(['screening history', 'patient enquiry', 'prior notification list']);
  });
});
