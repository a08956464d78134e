import { describe, expect, it } from 'vitest';
import type { Mailbox, ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { namedSigners, roleSaidOfAnother } from '../../../ingest/extract/role-holders.js';

/**
 * Issue 9, wrong values on unseen mail: mail written on someone's behalf (a PCN or ICB writer, a practice manager
 * for a partner) names the person who signs or approves in running text, while the From header and the sign-off are
 * the writer's. Every email here is written for this test (no corpus text).
 */
function email(headers: Record<string, string>, body: string): Buffer {
  const head = Object.entries({ 'Message-ID': `<rh-${Math.random().toString(36).slice(2)}@example.nhs.net>`, Date: 'Thu, 03 Dec 2026 10:00:00 +0000', ...headers, 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset="utf-8"' })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

async function parse(mailbox: Mailbox, headers: Record<string, string>, body: string): Promise<ParsedCase> {
  return extractCase(email(headers, body), { mailbox, receivedAt: new Date('2026-12-03T10:00:00Z') });
}

const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;
const hinted = (c: ParsedCase): string[] => (c.hints ?? []).map((h) => h.path);

describe('who the text says signed or approved', () => {
  it('finds the person in "X, Lead GP, has signed", "approved by our Caldicott Guardian, Dr Y" and "Dr Z approves"', () => {
    expect(namedSigners('Dr Tomás Ó Briain, Lead GP, has signed the form (attached).').map((s) => s.name)).toEqual(['Tomás Ó Briain']);
    expect(namedSigners('This was approved by our Caldicott Guardian, Dr Imogen Rhodes, last week.').map((s) => s.name)).toEqual(['Imogen Rhodes']);
    expect(namedSigners('Dr Lindgren approves this nomination.').map((s) => s.name)).toEqual(['Lindgren']);
    expect(namedSigners('Dr Moran is copied in and has approved this.').map((s) => s.name)).toEqual(['Moran']);
  });

  it('finds nobody in the writer\'s own approval or a role with no name', () => {
    expect(namedSigners('I have signed the form as GP Partner.')).toEqual([]);
    expect(namedSigners('Approved by me - I am the Clinical Director.')).toEqual([]);
    expect(namedSigners('The form has been signed by the Lead GP.')).toEqual([]);
    expect(namedSigners('Signed by Open Exeter Primary User at the practice')).toEqual([]);
  });

  it('tells a role stated of someone else from the writer stating their own', () => {
    expect(roleSaidOfAnother('Writing for Dr Aisling Moran, GP Partner at Fernbank Surgery, while she is away.', 'Ffion Rees')).toBe(true);
    expect(roleSaidOfAnother('Please ask our Caldicott Guardian, Dr Imogen Rhodes, if unsure.', 'Ffion Rees')).toBe(true);
    expect(roleSaidOfAnother('Dr Aisling Moran, GP Partner', 'Aisling Moran')).toBe(false);
    expect(roleSaidOfAnother('I am the Lead GP here; please set up Kit Barrow (kit.barrow@nhs.net), our Office Manager, as primary user.', 'Ana Sousa')).toBe(false);
    expect(roleSaidOfAnother('As the contract holder I nominate our dispenser, Ola Berg, as administrator.', 'Ana Sousa')).toBe(false);
  });
});

describe('a signatory or approver taken from the writer', () => {
  it('is a hint, not a value, when the email says another named person signed the form', async () => {
    const c = await parse('openexeter', { From: 'Lena Petrova <lena.petrova@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user - Harbourside Surgery' }, [
      'Dear PCSE,', '',
      'Our current primary user has left. We would like Zofia Nowak (zofia.nowak@nhs.net) to become the primary user for Open Exeter at Harbourside Surgery, L85016.', '',
      'Dr Tomás Ó Briain, Lead GP, has signed the form and is cc\'d on this email.', '',
      'Regards,', 'Lena Petrova', 'Practice Manager', 'Harbourside Surgery', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).nominee).toMatchObject({ name: 'Zofia Nowak', email: 'zofia.nowak@nhs.net' });
    // Lena Petrova is the writer, not the signatory: neither her name, address nor her role is shown as the signatory's.
    expect(fields(c).signatory).toEqual({ name: null, email: null, role: null });
    expect(hinted(c)).toEqual(expect.arrayContaining(['fields.signatory.name', 'fields.signatory.email', 'fields.signatory.role']));
  });

  it('keeps the writer as signatory when the email names nobody else as signing', async () => {
    const c = await parse('openexeter', { From: 'Dr Oren Adler <oren.adler@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permissions' }, [
      'Hello,', '', 'I am a GP Partner at Cobble Lane Surgery (P84012). Please add Call/Recall Enquiry for our nurse Isla Venn (username IVENN1, isla.venn@nhs.net).', '',
      'Thanks', 'Oren Adler', '',
    ].join('\n'));
    expect(fields(c).signatory).toEqual({ name: 'Oren Adler', email: 'oren.adler@nhs.net', role: 'gp_partner' });
    expect(hinted(c)).toEqual([]);
  });

  it('does not give the writer the role of the partner they write for', async () => {
    const c = await parse('openexeter', { From: 'Ffion Rees <ffion.rees3@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter access' }, [
      'Hi team,', '',
      'Sending this on behalf of Dr Aisling Moran, GP Partner at Fernbank Surgery (C82044), as she is on leave this week.', '',
      'Could our practice nurse Bethan Lloyd (username BLLOYD2, bethan.lloyd@nhs.net) please have the Prior Notification List permission added in Open Exeter?', '',
      'Many thanks', 'Ffion Rees', 'Data Quality Lead', 'Rivermouth PCN', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory?.role).not.toBe('gp_partner');
    expect(fields(c).user).toMatchObject({ name: 'Bethan Lloyd', username: 'BLLOYD2' });
  });

  it('never shows a team mailbox\'s display name as the approver\'s name', async () => {
    const c = await parse('portalenquiries', { From: 'Primary Care Team (NHS Lowmoor ICB) <lowmoor.primarycare@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PCN user admin - Greystone PCN' }, [
      'Hello PCSE,', '', 'I can confirm as ICB approver that Owen Pritchard (owen.pritchard@nhs.net) should be the PCN user administrator for Greystone PCN (U47731).', '',
      'Kind regards', 'Primary Care Team', 'NHS Lowmoor ICB', '',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).approver?.name).not.toBe('Primary Care Team');
    expect(fields(c).nominee).toMatchObject({ name: 'Owen Pritchard', email: 'owen.pritchard@nhs.net' });
  });

  it('takes the forwarder as signatory when their own text over a forward is the verdict ("Approved - please action.")', async () => {
    const c = await parse('openexeter', { From: 'Dr Kwame Asante <kwame.asante@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'FW: OE permissions for Lucy' }, [
      'Approved - please action.', '', 'Kwame', '', 'Dr Kwame Asante', 'GP Partner', 'Brookvale Practice', '',
      'From: Lucy Green <lucy.green7@nhs.net>', 'Sent: 03 December 2026 08:30', 'To: Kwame Asante <kwame.asante@nhs.net>', 'Subject: OE permissions for Lucy', '',
      'Hi Kwame, could you forward to PCSE for me - I need the Call/Recall permission on Open Exeter, my username is LGREEN7. Practice code N81077.', '', 'Thanks Lucy', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory).toMatchObject({ name: 'Kwame Asante', email: 'kwame.asante@nhs.net', role: 'gp_partner' });
    expect(fields(c).user).toMatchObject({ email: 'lucy.green7@nhs.net', username: 'LGREEN7' });
  });
});

describe('whose contact a clause of branch prose gives', () => {
  it('gives "main contact there" after "branch is …" to the branch, not the main practice', async () => {
    const c = await parse('datamanager', { From: 'Mo Farrell <mo.farrell@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'new branch' }, [
      'hi, we need a branch set up. main practice is lindley health centre K84033, 2 mill st, lindley HD3 3ER, tel 01484 220100, main contact mo farrell mo.farrell@nhs.net. branch is upperhill surgery K84033002 at 9 hill top rd HD3 4PQ and main contact there will be mrs ines duarte ines.duarte@nhs.net. ta',
    ].join('\n'));
    expect(c.kind).toBe('branch_setup');
    const f = fields(c) as unknown as { mainPractice: { mainContact: { email: string | null } }; branch: { mainContact: { email: string | null } } };
    expect(f.mainPractice.mainContact.email).not.toBe('ines.duarte@nhs.net');
    expect(f.branch.mainContact.email).toBe('ines.duarte@nhs.net');
  });

  it('shows no name that gives only an initial for the forename ("main contact is me" from "dr k ahmed")', async () => {
    const c = await parse('datamanager', { From: 'dr k ahmed <k.ahmed7@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'branch' }, [
      'please set up our branch. main surgery is brook lane surgery P82011, 1 brook lane, bolton BL1 4AA. main contact is me khalid ahmed k.ahmed7@nhs.net. branch is brook lane north P82011001, 40 moss rd bolton BL2 6DD.',
    ].join('\n'));
    const f = fields(c) as unknown as { mainPractice: { mainContact: { name: string | null; email: string | null } } };
    expect(f.mainPractice.mainContact.name).not.toBe('k ahmed');
    expect(f.mainPractice.mainContact.email).toBe('k.ahmed7@nhs.net');
  });
});

describe('people who are not the one the request is for', () => {
  it('never makes the person being replaced the new main contact ("taken over from X …, make me")', async () => {
    const c = await parse('portalenquiries', { From: 'Ayla Demir <ayla.demir@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact' }, [
      'Hello,', 'I have replaced Colin Frost (colin.frost@nhs.net) as manager at Dunmore Practice, E82050, so could you make me the main contact please.', 'Ayla Demir', '',
    ].join('\n'));
    expect(c.kind).toBe('main_contact_change');
    expect(fields(c).newMainContact).toEqual({ name: 'Ayla Demir', email: 'ayla.demir@nhs.net' });
  });

  it('keeps an address off the user when it spells nothing of their Open Exeter login', async () => {
    const c = await parse('openexeter', { From: 'Nia Bowen <nia.bowen@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter permissions' }, [
      'Hello', '', 'I am the Lead GP at Cwm Road Surgery (W92031). Please add Sample Taker for our nurse, username TPARRY3.', '', 'Practice contact email: cwmroad.surgery@nhs.net', '', 'Nia Bowen', '',
    ].join('\n'));
    expect((fields(c).user as Record<string, unknown>).username).toBe('TPARRY3');
    expect((fields(c).user as Record<string, unknown>).email).not.toBe('cwmroad.surgery@nhs.net');
  });
});

describe('roles to remove', () => {
  it('shows no short list when the line names a role no known name matched ("… and Estimates roles")', async () => {
    const c = await parse('portalenquiries', { From: 'Ruth Ames <ruth.ames@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'leaver' }, [
      'Hi, please remove the Contractor Signatory and Estimates Admin roles from Leo Marsh\'s account (leo.marsh@nhs.net), he has left Penrose Surgery (J82077).', 'Ruth',
    ].join('\n'));
    expect(c.kind).toBe('role_removal_request');
    expect(fields(c).roles).toEqual([]);
    expect(hinted(c)).toContain('fields.roles');
  });

  it('leaves out a role the email says to leave in place ("leave her Performer role as it is", "do not remove", "but not")', async () => {
    const sentences = [
      'She has stepped down as a partner, so please remove her Contractor Signatory role. Please leave her Performer role as it is, she still does sessions.',
      'Please remove the Contractor Signatory role. Do not remove Performer, she still works here.',
      'Please take Contractor Signatory off her account but not Performer.',
      'Please remove her Contractor Signatory role. She remains a performer at our Penarth practice.',
    ];
    for (const sentence of sentences) {
      const c = await parse('portalenquiries', { From: 'Mared Wyn <mared.wyn@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Remove role' }, [
        'Hello,', '', `Nia Roberts (nia.roberts@nhs.net) at Bryn Teg Surgery (W91042). ${sentence}`, '', 'Diolch,', 'Mared',
      ].join('\n'));
      expect(c.kind).toBe('role_removal_request');
      expect(fields(c).roles).toEqual(['Contractor Signatory']);
    }
  });

  it('keeps a list whose every role is a known one', async () => {
    const c = await parse('portalenquiries', { From: 'Ruth Ames <ruth.ames@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'leaver' }, [
      'Hi, please remove the Joiner & Leaver and Contractor Signatory roles from Leo Marsh\'s account (leo.marsh@nhs.net), he has left Penrose Surgery (J82077).', 'Ruth',
    ].join('\n'));
    expect(fields(c).roles).toEqual(['Joiner & Leaver', 'Contractor Signatory']);
  });
});

describe('an approver who is only copied in', () => {
  const body = [
    'Hi,', '', 'Please make Idris Vaughan (idris.vaughan@nhs.net) a PL organisation administrator for Castle Brae Surgery, S81044.', '',
    'Our CQC registered manager Dr Morwenna Tallis is copied in to confirm.', '', 'Elin Price', 'Practice Manager', '',
  ].join('\n');

  it('is the approver, with the Cc header\'s address, when the text names them as copied in', async () => {
    const c = await parse('portalenquiries', { From: 'Elin Price <elin.price@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'Dr Morwenna Tallis <morwenna.tallis@nhs.net>', Subject: 'PL admin' }, body);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).approver).toEqual({ name: 'Morwenna Tallis', email: 'morwenna.tallis@nhs.net', role: 'CQC registered manager' });
    expect(fields(c).nominee).toMatchObject({ email: 'idris.vaughan@nhs.net' });
  });

  it('is the approver when written "Name, the practice\'s Role, is also copied in" or "Our Role, Name (cc\'d), approves"', async () => {
    const nomination = 'Please make Idris Vaughan (idris.vaughan@nhs.net) a PL organisation administrator for Castle Brae Surgery, S81044.';
    const sentences = [
      'Dr Morwenna Tallis, the practice\'s CQC Registered Manager, is also copied in and has approved this.',
      'Our CQC Registered Manager, Dr Morwenna Tallis (cc\'d), approves this nomination.',
    ];
    for (const sentence of sentences) {
      const c = await parse('portalenquiries', { From: 'Elin Price <elin.price@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'TALLIS, Morwenna (Dr) <morwenna.tallis@nhs.net>', Subject: 'PL admin' }, ['Hi,', '', nomination, '', sentence, '', 'Elin Price', 'Practice Manager', ''].join('\n'));
      expect(fields(c).approver).toEqual({ name: 'Morwenna Tallis', email: 'morwenna.tallis@nhs.net', role: 'CQC Registered Manager' });
    }
  });

  it('keeps a two-word role whole before a titled surname ("our Clinical Director Dr Nwosu (copied) has approved it")', async () => {
    const c = await parse('portalenquiries', { From: 'Elin Price <elin.price@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'Dr Adaeze Nwosu <adaeze.nwosu@nhs.net>', Subject: 'PCN admin' }, [
      'Hi,', '', 'Please make Idris Vaughan (idris.vaughan@nhs.net) the PCN user administrator for Brae Valley PCN (U40123).', '',
      'The ICB has not replied in weeks, so our Clinical Director Dr Nwosu (copied) has approved it instead.', '', 'Elin Price', '',
    ].join('\n'));
    expect(fields(c).approver).toEqual({ name: 'Adaeze Nwosu', email: 'adaeze.nwosu@nhs.net', role: 'Clinical Director' });
  });

  it('is not the approver for standing in brackets as copied in without approving ("(cc\'d) will cover her leave")', async () => {
    const c = await parse('portalenquiries', { From: 'Elin Price <elin.price@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'Dr Morwenna Tallis <morwenna.tallis@nhs.net>', Subject: 'PL admin' }, [
      'Hi,', '', 'Please make Idris Vaughan (idris.vaughan@nhs.net) a PL organisation administrator for Castle Brae Surgery, S81044.', '', 'Morwenna Tallis (Reception Manager, cc\'d) will cover his leave.', '', 'Elin Price', '',
    ].join('\n'));
    expect(fields(c).approver?.email ?? null).not.toBe('morwenna.tallis@nhs.net');
  });

  it('is not guessed when the Cc header does not name them', async () => {
    const c = await parse('portalenquiries', { From: 'Elin Price <elin.price@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Cc: 'Front Desk <castlebrae.reception@nhs.net>', Subject: 'PL admin' }, body);
    expect(fields(c).approver?.email ?? null).not.toBe('castlebrae.reception@nhs.net');
  });
});

describe('an Open Exeter signatory who is only copied in', () => {
  const body = [
    'Dear PCSE,', '', 'Please give our new healthcare assistant, Mihai Popescu (username MPOPESCU2), the Sample Taker Enquiry permission on Open Exeter.', '',
    'Our Caldicott Guardian, Dr Ines Carvalho, is copied in and has approved this.', '', 'Thanks,', 'Shona Baird', 'Practice Manager, Kirkgate Surgery (S17022)', '',
  ].join('\n');

  it('signs, with the Cc header\'s address and the role the text gives them, when the text says they approved', async () => {
    const c = await parse('openexeter', { From: 'Shona Baird <shona.baird@nhs.net>', To: 'pcse.openexeter@nhs.net', Cc: 'Dr Ines Carvalho <ines.carvalho@nhs.net>', Subject: 'Open Exeter permission' }, body);
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).signatory).toEqual({ name: 'Ines Carvalho', email: 'ines.carvalho@nhs.net', role: 'caldicott_guardian' });
  });

  it('does not sign when the text only says they are copied in', async () => {
    const c = await parse('openexeter', { From: 'Shona Baird <shona.baird@nhs.net>', To: 'pcse.openexeter@nhs.net', Cc: 'Dr Ines Carvalho <ines.carvalho@nhs.net>', Subject: 'Open Exeter permission' }, body.replace(' and has approved this', ' for information'));
    expect(fields(c).signatory?.email).toBe('shona.baird@nhs.net');
  });
});

describe('an approver writing from a department\'s mailbox', () => {
  const body = [
    'Hello,', '', 'Please make Tunde Bakare (tunde.bakare@lumenoptical.co.uk) the Opto User Management (Organisation) administrator for our Hexham store, TPR19.', '',
    'As contract holder I confirm this nomination.', '', 'Best wishes', '', 'Agnieszka Wolska', 'Lumen Optical Ltd',
  ].join('\n');

  it('has no email when the From is a department\'s ("Compliance Team - …") and does not spell their name', async () => {
    const c = await parse('portalenquiries', { From: 'Compliance Team - Lumen Optical <compliance@lumenoptical.co.uk>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Opto admin, Hexham' }, body);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).approver).toMatchObject({ name: 'Agnieszka Wolska', email: null });
  });

  it('keeps the From address when it is the business\'s own mailbox or spells the approver', async () => {
    for (const from of ['Lumen Optical Hexham <lumen.hexham@nhs.net>', 'Compliance Team - Lumen Optical <agnieszka.wolska@lumenoptical.co.uk>']) {
      const c = await parse('portalenquiries', { From: from, To: 'pcse.portalenquiries@nhs.net', Subject: 'Opto admin, Hexham' }, body);
      expect(fields(c).approver?.email).toBe(/<(.+)>/.exec(from)?.[1]);
    }
  });
});

describe('an address given for replies', () => {
  it('is not taken for the nominee ("please reply to Anwen (anwen.hale@…) as well as me")', async () => {
    const c = await parse('portalenquiries', { From: 'Gwyn Lloyd <gwyn.lloyd@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'GPP user admin nomination' }, [
      'Hello,', '', 'Please find our GPP user administrator nomination for Penarth Road Surgery (W97015); the signed form follows by post.', '',
      'If you need anything further please reply to Anwen (anwen.hale@nhs.net) as well as me.', '', 'Gwyn Lloyd', 'Practice Manager', '',
    ].join('\n'));
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).nominee?.email ?? null).not.toBe('anwen.hale@nhs.net');
  });
});
