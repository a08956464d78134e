import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw, pdfPart } from '../../support/compose-email.js';

/**
 * Issue 9 (fourteenth session): senior writers' shorthand ("MC", "PM", "CQC reg manager"), one site singled out of a
 * list of the writer's sites, corrections that give only the right value, approvals one word long above a forward,
 * forms whose fields are named in a designer's shorthand and whose capacities are printed side by side. Every email
 * and form here is written for this test.
 */
const from = (name: string, email: string) => ({ From: `${name} <${email}>`, To: 'pcse.portalenquiries@nhs.net' });

describe('shorthand', () => {
  it('reads "MC" as the main contact, in the text and as a label', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Ewan Pryor', 'ewan.pryor@nhs.net'), Subject: 'New MC' },
      'Pls change MC for Larchfield Surgery, K84052, to Bethan Oakes bethan.oakes@nhs.net (new practice manager). ta\n\nDr Ewan Pryor\nSenior Partner');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Bethan Oakes', email: 'bethan.oakes@nhs.net' });
    const b = await parseEmail('datamanager', { ...from('Dr Ewan Pryor', 'ewan.pryor@nhs.net'), Subject: 'Branch set up' },
      'Hi, pls set up our new branch.\n\nMain practice – Larchfield Surgery, GP, K84052\nMC: Dr Ewan Pryor ewan.pryor@nhs.net\n1 Larch Road, Oxford OX4 2AB / 01865 770011\n\nBranch – Hollow Lane Surgery, ODS K84052001\nMC for branch: Mrs Ruth Amos, ruth.amos@nhs.net\nAddress: 9 Hollow Lane, Oxford OX4 5QT\nPhone: 01865 770022\n\nTa\nEwan');
    expect(b.kind).toBe('branch_setup');
    const main = fieldsOf(b).mainPractice as Record<string, unknown>;
    expect(main.name).toBe('Larchfield Surgery');
    expect(main.mainContact).toEqual({ name: 'Ewan Pryor', email: 'ewan.pryor@nhs.net' });
    expect(main.address).toBe('1 Larch Road, Oxford OX4 2AB');
    expect((fieldsOf(b).branch as Record<string, unknown>).mainContact).toEqual({ title: 'Mrs', name: 'Ruth Amos', email: 'ruth.amos@nhs.net' });
  });

  it('takes "I\'m CQC reg manager" as the approver\'s role, and "signed it myself as PM" as a practice manager\'s', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Okafor Dele', 'dele.okafor@nhs.net'), Subject: 'PL admin' },
      'Pls set up Nia Rowe nia.rowe@nhs.net as PL org admin for Brookvale Medical Centre P82031. I\'m CQC reg manager.\nTa\nDele');
    expect(fieldsOf(c).approver).toEqual({ name: 'Dele Okafor', email: 'dele.okafor@nhs.net', role: 'CQC Registered Manager' });
  });
});

describe('one site of several', () => {
  it('takes the table row with an action written in it: its code and its person', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Anil Bhatt', 'anil@bhatt-eyecare.co.uk'), Subject: 'OPTO user admin - Hinckley' },
      'Hi,\n\nAs contract holder I would like to add an OPTO user admin at our Hinckley practice.\n\nPractice | ODS | Current OPTO admin | Action\nBhatt Eyecare Nuneaton | TPB12 | Anil Bhatt | -\nBhatt Eyecare Hinckley | TPB47 | Anil Bhatt | ADD Sofia Lund, sofia.lund@bhatt-eyecare.co.uk\nBhatt Eyecare Rugby | TPC03 | Mei Chen | -\n\nRegards\nAnil Bhatt\nDirector & Contract Holder');
    expect(c.organisation?.odsCode).toBe('TPB47');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Sofia Lund', email: 'sofia.lund@bhatt-eyecare.co.uk' });
  });

  it('takes the block of labelled lines whose site the subject names', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Ines Vidal', 'ines.vidal@nhs.net'), Subject: 'Main contact change - Ashwell' },
      'Hi,\n\nPls change the main contact for our Ashwell practice. The other sites stay as they are.\n\nPractice: Vidal Dental Baldock\nContract / ODS: V021345\nMain contact: Ines Vidal\nEmail: ines.vidal@nhs.net\n\nPractice: Vidal Dental Ashwell\nContract / ODS: V034567\nMain contact: Owen Price\nEmail: owen.price@nhs.net\n\nThanks\nInes');
    expect(c.organisation?.odsCode).toBe('V034567');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Owen Price', email: 'owen.price@nhs.net' });
  });

  it('leaves codes that are not a list alone: the practice labelled first stays the request\'s', async () => {
    const c = await parseEmail('datamanager', { ...from('Beech & Alder Medical Practice', 'beech.practice@nhs.net'), Subject: 'Update practice email address - Beech & Alder Medical Practice' },
      'Hello,\n\nPractice name: Beech & Alder Medical Practice\nPractice code: M83011\nCurrent practice email address: beech.practice@nhs.net\nNew practice email address: beechalder.admin@nhs.net\nThe old Alder address (alder.surgery@nhs.net, practice code M83077) is being closed and needs no change.\n\nThanks,\nJo Hart');
    expect(c.organisation?.odsCode).toBe('M83011');
  });

  it('keeps a branch\'s code when the email says its main site is not the one to change', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Sam Keane', 'sam.keane@nhs.net'), Subject: 'MC for Mill Rd branch' },
      'Can you make Lena Fox (lena.fox@nhs.net) the main contact for our Mill Road branch C84011001 pls. Main site C84011 stays with me.\nThanks\nSam');
    expect(c.organisation).toMatchObject({ odsCode: 'C84011001', type: 'gp_branch' });
  });
});

describe('corrections that give the right value only', () => {
  it('replaces the code first written ("wrong code, it\'s …") and the address ("wrong address …, it\'s …")', async () => {
    const code = await parseEmail('datamanager', { ...from('Rory Dunne', 'rory.dunne@nhs.net'), Subject: 'RE: Update practice email address' },
      'Sorry, wrong code – it\'s V045512 (Quay St). V045521 is Northgate, which isn\'t changing.\n\nRory\n\n-----Original Message-----\nFrom: Rory Dunne <rory.dunne@nhs.net>\nSent: 18 November 2026 12:31\nTo: pcse.datamanager@nhs.net\nSubject: Update practice email address\n\nPls update the practice email for Dunne Dental, V045521, to dunnedental.quay@nhs.net. Current one is quay.dental@nhs.net.\n\nRory');
    expect(code.organisation?.odsCode).toBe('V045512');
    const address = await parseEmail('portalenquiries', { ...from('Cara Wynne', 'cara.wynne@nhs.net'), Subject: 'Re: OPTO user admin - TPW22' },
      'Apologies – wrong address for Tom below, it\'s tom.hale4@nhs.net. Rest is correct.\n\nCara\n\nOn 25 Nov 2026, at 17:20, Cara Wynne <cara.wynne@nhs.net> wrote:\n> Hi, as contract holder for Wynne Opticians (TPW22) I\'d like Tom Hale added as an OPTO user admin. Email tom.hale@nhs.net.\n> Thanks\n> Cara Wynne\n> Contract Holder');
    expect(fieldsOf(address).nominee).toEqual({ name: 'Tom Hale', email: 'tom.hale4@nhs.net' });
  });

  it('reads "it\'s X not Y" as a correction', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Jo Marsh', 'jo.marsh@nhs.net'), Subject: 'RE: Main contact change' },
      'Sorry - wrong code, it\'s B82042 not B82024. Everything else as below.\n\nJo\n\nFrom: Jo Marsh <jo.marsh@nhs.net>\nSent: 23 November 2026 09:02\nTo: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSubject: Main contact change\n\nPlease can you update the main contact for Fernhill Practice, B82024, to Ian Cole - ian.cole@nhs.net.\n\nThanks\nJo');
    expect(c.organisation?.odsCode).toBe('B82042');
  });
});

describe('who approves and how many administrators there are', () => {
  it('takes the person said to be the role and copied in to approve, with the Cc header\'s address', async () => {
    const c = await parseEmail('portalenquiries', {
      ...from('NASH, Peter (ELMS PARTNERSHIP)', 'peter.nash@nhs.net'), Cc: 'VOSS, Helena (Dr) (ELMS PARTNERSHIP) <helena.voss@nhs.net>', Subject: 'Additional PL Organisation Administrator - M86012',
    }, 'Hi,\n\nCould you add Amy Lowe (amy.lowe@nhs.net), our new Deputy Practice Manager, as a PL Organisation Administrator for Elms Partnership, M86012.\n\nOur current PL admins are:\nDr H Voss\nDr K Mistry - kiran.mistry@nhs.net\nSue Patel: sue.patel5@nhs.net\nPeter Nash (me)\n\nDr Voss is our CQC Registered Manager and is copied in to approve.\n\nThanks,\nPeter');
    expect(fieldsOf(c).approver).toMatchObject({ email: 'helena.voss@nhs.net', role: 'CQC Registered Manager' });
    expect(String(fieldsOf(c).approver?.name).toLowerCase()).toBe('helena voss');
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });

  it('takes a forwarder\'s "see below, approved" as their approval, and a practice\'s code a digit short as a code', async () => {
    const c = await parseEmail('portalenquiries', { ...from('GRANT, Alison (NHS NORTH WEALD ICB)', 'alison.grant2@nhs.net'), Subject: 'FW: PCN user admin - Weald East PCN' },
      'PCSE team – see below, approved.\n\nAlison\n\nAlison Grant\nPrimary Care Contracts Manager\nNHS North Weald Integrated Care Board\n\nFrom: OWUSU, Kofi (Dr) (HILLSIDE SURGERY) <kofi.owusu@nhs.net>\nSent: 23 November 2026 08:14\nTo: GRANT, Alison (NHS NORTH WEALD ICB) <alison.grant2@nhs.net>\nSubject: PCN user admin - Weald East PCN\n\nHi Alison,\n\nCould you approve and pass on to PCSE pls – we need a PCN user admin for Weald East PCN (U53011).\n\nNominee: Hana Begum, PCN Operations Lead, hana.begum@nhs.net\n\nMany thanks\nKofi');
    expect(String(fieldsOf(c).approver?.name).toLowerCase()).toBe('alison grant');
    expect(fieldsOf(c).approver).toMatchObject({ email: 'alison.grant2@nhs.net', role: 'Primary Care Contracts Manager' });
    const short = await parseEmail('portalenquiries', { ...from('Dr Ewan Pryor', 'ewan.pryor@nhs.net'), Subject: 'New main contact' },
      'Pls change the main contact for Larchfield Surgery, K8405, to Bethan Oakes bethan.oakes@nhs.net. ta');
    expect(short.organisation).toMatchObject({ odsCode: 'K8405', type: 'gp_practice' });
    expect(short.findings.map((f) => f.code)).toContain('ods_invalid');
  });
});

/** A GP practice's Open Exeter primary-user form, fillable, its fields named in shorthand, its capacities tick boxes. */
async function shorthandForm(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  page.drawText('Request for a Primary User - GP Practices', { x: 50, y: 790, size: 13, font });
  page.drawText('Section A - Practice details', { x: 50, y: 760, size: 10, font });
  page.drawText('Section B - Primary User details', { x: 50, y: 680, size: 10, font });
  page.drawText('Section C - Authorised signatory', { x: 50, y: 560, size: 10, font });
  const text = (name: string, label: string, y: number, value: string) => {
    page.drawText(label, { x: 50, y, size: 10, font });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x: 220, y: y - 4, width: 250, height: 16 });
  };
  text('OE_Prac_Nm', 'Practice name', 740, 'Rowan Lane Surgery');
  text('OE_Prac_Cd', 'Practice code', 720, 'D82044');
  text('PU_FN', 'Forename(s)', 660, 'Greta');
  text('PU_SN', 'Surname', 640, 'Holm');
  text('PU_Mail', 'Email address', 620, 'greta.holm@nhs.net');
  page.drawText('Capacity (tick one):', { x: 50, y: 540, size: 10, font });
  const box = (name: string, label: string, x: number, y: number, ticked: boolean) => {
    const b = form.createCheckBox(name);
    b.addToPage(page, { x, y: y - 2, width: 10, height: 10 });
    if (ticked) b.check();
    page.drawText(label, { x: x + 14, y, size: 10, font });
  };
  box('Sgn_LeadGP', 'Lead GP', 50, 520, false);
  box('Sgn_Ptnr', 'GP Partner', 150, 520, true);
  box('Sgn_CG', 'Caldicott Guardian', 270, 520, false);
  text('Sgn_Nm', 'Signatory name', 490, 'Dr Oskar Lind');
  text('Sgn_Mail', 'Signatory email', 470, 'oskar.lind@nhs.net');
  text('Sgn_Dt', 'Date', 450, '16/11/2026');
  return Buffer.from(await doc.save());
}

describe('forms in shorthand', () => {
  it('reads fields named in a designer\'s shorthand under their printed labels, and the capacity ticked', async () => {
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Hi\n\nOE primary user form attached for Greta, signed by Dr Lind.\n\nThanks\nMaya' },
      pdfPart(await shorthandForm(), 'OE PU form.pdf'),
    ]);
    const c = await parseRaw('openexeter', composeEmail({ From: 'Maya Quinn <maya.quinn@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'OE primary user form' }, body, contentType));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Greta Holm', email: 'greta.holm@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Oskar Lind', email: 'oskar.lind@nhs.net', role: 'gp_partner' });
  });

  it('reads a capacity printed among others only when a mark stands before it', async () => {
    const letter = (marks: string) => parseEmail('openexeter', { ...from('Rhian Morgan', 'rhian.morgan@wales.nhs.uk'), To: 'pcse.openexeter@nhs.net', Subject: 'Primary user request' },
      `Please set up our primary user.\n\nOrganisation name: Cwm Taf Screening Service\nFull name: Aled Price\nEmail: aled.price@wales.nhs.uk\n\nCapacity (tick one):\n${marks}\nSignatory name: Rhian Morgan\nSignatory email: rhian.morgan@wales.nhs.uk\n`);
    expect(fieldsOf(await letter('Caldicott Guardian X Member of the Board of Directors An existing Primary User within the organisation')).signatory?.role).toBe('board_member');
    expect(fieldsOf(await letter('Caldicott Guardian Member of the Board of Directors An existing Primary User within the organisation')).signatory?.role).not.toBe('caldicott_guardian');
  });
});

describe('labels without colons, and whose "Main contact" it is', () => {
  it('reads a bare "Name" that names a pharmacy, and "Address" with no colon, in an extension\'s sections', async () => {
    const c = await parseEmail('datamanager', { ...from('Omar Aziz', 'omar.aziz@nhs.net'), To: 'pcse.datamanager@nhs.net', Subject: 'Extend main contact to new pharmacy' },
      "Hi,\n\nWe'd like to extend our current main contact to a new pharmacy we've bought.\n\nEXISTING\nName: Burford Pharmacy\nODS – FQA31\nMain contact Omar Aziz – omar.aziz@nhs.net\nAddress: 2 Sheep Street, Burford, OX18 4LS\n\nNEW\nODS: FRB72\nName – Witney Pharmacy\nAddress 8 Market Square, Witney, OX28 6AB\n\nOmar Aziz\nSuperintendent Pharmacist");
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FQA31', name: 'Burford Pharmacy' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FRB72', name: 'Witney Pharmacy', address: '8 Market Square, Witney, OX28 6AB' });
  });

  it('gives a bare "Main contact" to the main practice when the branch\'s contact has a label of its own', async () => {
    const c = await parseEmail('datamanager', { ...from('Lucy Byrne', 'lucy.byrne@nhs.net'), To: 'pcse.datamanager@nhs.net', Subject: 'Branch set up - Fenny Surgery' },
      'Please set up our branch.\n\nMain practice name: Brook Vale Surgery\nMain practice ODS: K83021\nMain contact (PCSE): Lucy Byrne\nMain contact email: lucy.byrne@nhs.net\nBranch main contact: Dr Tom Reed\nBranch MC email: tom.reed@nhs.net\nBranch ODS: K83021001\nBranch name: Fenny Surgery\nBranch address: 4 Mill Road, Fenny, MK2 2AA\n\nThanks\nLucy');
    expect((fieldsOf(c).mainPractice as Record<string, unknown>).mainContact).toEqual({ name: 'Lucy Byrne', email: 'lucy.byrne@nhs.net' });
    expect((fieldsOf(c).branch as Record<string, unknown>).mainContact).toEqual({ title: 'Dr', name: 'Tom Reed', email: 'tom.reed@nhs.net' });
  });

  it('takes "I\'m the Managing Partner and approve this" as the sender\'s approval in that role', async () => {
    const c = await parseEmail('portalenquiries', { ...from('HALE, Iris (Dr) (BROOK SURGERY)', 'iris.hale@nhs.net'), Subject: 'GPP user admin' },
      "Hi,\n\nPlease set up Ken Ross (ken.ross@nhs.net), our new practice manager, as GPP Practice User Administrator for Brook Surgery, D83011. I'm the Managing Partner and approve this.\n\nDr Iris Hale\nManaging Partner");
    expect(fieldsOf(c).approver).toMatchObject({ email: 'iris.hale@nhs.net', role: 'Managing Partner' });
  });

  it('reads a flat form\'s "Organisation code (if known) 7B2" as a code to check', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = ['Request for a Primary User - Other Organisations', 'Organisation name Powys Screening Service', 'Type of organisation Health Board (NHS Wales)',
      'Organisation code (if known) 7B2', 'Full name Elin Hughes', 'Email address elin.hughes@wales.nhs.uk', 'Signatory name Gareth Lloyd', 'Signatory email gareth.lloyd@wales.nhs.uk'];
    lines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 24, size: 10, font }));
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Hello,\n\nOur primary user form is attached.\n\nGareth Lloyd\nBoard Member' },
      pdfPart(Buffer.from(await doc.save()), 'OE form.pdf'),
    ]);
    const c = await parseRaw('openexeter', composeEmail({ From: 'Gareth Lloyd <gareth.lloyd@wales.nhs.uk>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' }, body, contentType));
    expect(c.organisation?.odsCode).toBe('7B2');
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
  });
});

describe('from corpus-18 (released this session)', () => {
  it('does not take the contact who is "still" in the system and leaving for the new one', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Yusuf Karim', 'y.karim@nhs.net'), Subject: 'Change of main contact – Medina Pharmacy FK812' },
      'Dear Sir / Madam,\n\nI am owner of Medina Pharmacy, ODS code FK812.\nOur main contact in your system is still Mr. Bilal Rana (bilal.rana@nhs.net) who was our pharmacist manager, he is leaving us end of this month. Please to change the main contact to our new pharmacist manager Ms Amal Noor, her email is amal.noor@nhs.net.\n\nBest regards\nYusuf Karim');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Amal Noor', email: 'amal.noor@nhs.net' });
  });

  it('leaves out what the writer says of a practice in brackets, and the approving part of "ROLE / GP"', async () => {
    const c = await parseEmail('datamanager', { ...from('Ravi Mehta', 'ravi.mehta@nhs.net'), To: 'pcse.datamanager@nhs.net', Subject: 'Extend main contact' },
      'Hello,\n\nPlease extend the main contact of our existing practice to our new one.\n\nExisting practice name: Mehta Opticians (our optician practice)\nExisting ODS code: TPM41\nNew practice name: Mehta Home Eyecare (our new domiciliary service)\nNew ODS code: TPM77\n\nRavi Mehta');
    expect(fieldsOf(c).existingPractice).toMatchObject({ name: 'Mehta Opticians' });
    expect(fieldsOf(c).newPractice).toMatchObject({ name: 'Mehta Home Eyecare' });
    const n = await parseEmail('portalenquiries', { ...from('KHAN, Adil (ROSE STREET MEDICAL CENTRE)', 'adil.khan@nhs.net'), Subject: 'PL ADMIN' },
      'PLEASE ADD NADIA BEGUM nadia.begum@nhs.net AS PL ORGANISATION ADMINISTRATOR FOR ROSE STREET MEDICAL CENTRE P84077. I APPROVE THIS.\n\nDR ADIL KHAN\nCQC REGISTERED MANAGER / GP');
    expect(String(fieldsOf(n).approver?.role).toLowerCase()).toBe('cqc registered manager');
  });
});
