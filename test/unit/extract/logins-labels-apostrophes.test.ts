import { describe, expect, it } from 'vitest';
import { neutralisePersonName } from '../../../core/domain/people.js';
import { cleanPersonName } from '../../../ingest/extract/field-helpers.js';
import { fillAddressesFromHeaders } from '../../../ingest/extract/names-from-addresses.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9, twelfth session: three ways a value that looks right on a card was wrong (a login taken for its owner's
 * name, a form's next label taken for a blank box's value, one person spelt two ways), each on an email written here.
 */

describe('a system notice that gives the creator\'s login and name on two lines', () => {
  it('takes the name line for the creator, not the login above it', async () => {
    const body = [
      'FYI - this came through from Open Exeter this morning, can you authorise please.',
      '',
      '---------- Forwarded message ---------',
      'From: Open Exeter <noreply.openexeter@nhs.net>',
      'Subject: New user awaiting authorisation',
      '',
      'Organisation code      : B86042',
      'Organisation name      : ASHGROVE MEDICAL PRACTICE',
      'New user ID            : KOWALSKAM',
      'New user name          : KOWALSKA, MARTA',
      'New user email         : marta.kowalska3@nhs.net',
      'Creator (login)        : HARGREAVESP',
      'Creator (name)         : HARGREAVES, PAULINE',
      '',
      'Pauline Hargreaves',
      'Practice Manager',
    ].join('\r\n');
    const c = await parseEmail('openexeter', { From: 'Pauline Hargreaves <pauline.hargreaves@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Fwd: New user awaiting authorisation' }, body);
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    const createdBy = fieldsOf(c).createdBy as { name: string | null; email: string | null };
    expect(createdBy.name?.toLowerCase()).toBe('pauline hargreaves');
    // The creator named in the notice is the one forwarding it: her address is the From header's.
    expect(createdBy.email).toBe('pauline.hargreaves@nhs.net');
    expect(c.evidence['fields.createdBy.email']).toMatch(/header/);
  });
});

describe('an address taken from the headers only for a whole name that one author has', () => {
  it('fills the email of a person named in full when the same name is a header\'s author', () => {
    const fields = { signatory: { name: 'Tomás Ó Briain', email: null, role: null }, nominee: { name: 'Briain', email: null } };
    const ev: Record<string, string> = {};
    fillAddressesFromHeaders(fields, [{ name: 'Tomas O Briain', email: 'tomas.obriain@nhs.net' }], ev);
    expect(fields.signatory.email).toBe('tomas.obriain@nhs.net');
    // One word is a surname anyone may share.
    expect(fields.nominee.email).toBeNull();
  });

  it('gives nothing when two authors share the name', () => {
    const fields = { nominee: { name: 'Sam Lee', email: null } };
    fillAddressesFromHeaders(fields, [{ name: 'Sam Lee', email: 'sam.lee@nhs.net' }, { name: 'SAM LEE', email: 'sam.lee5@nhs.net' }], {});
    expect(fields.nominee.email).toBeNull();
  });
});

describe('a form label is no one\'s name', () => {
  it('does not take the next box\'s label for a blank name', () => {
    for (const label of ['Date', 'Date signed', 'Signature', 'Print name', 'Job title', 'Position']) expect(cleanPersonName(label)).toBeNull();
    expect(cleanPersonName('Dated Okafor')).toBe('Dated Okafor');
  });
});

describe('one person, one spelling', () => {
  it('a curled apostrophe in a name is the directory\'s straight one', () => {
    expect(neutralisePersonName('Siobhán O’Rourke-Lyle')).toBe("Siobhán O'Rourke-Lyle");
  });

  it('a nominee written by a mail app that curls quotes is read with the straight apostrophe', async () => {
    const body = 'Hi,\r\n\r\nI’m the practice manager at Larchfield Surgery (C82019). Please add Declan O’Hare (declan.ohare@nhs.net) as a GPP Practice User Administrator; the signed certification form follows from our senior partner.\r\n\r\nKind regards\r\nJoanne Pike\r\nPractice Manager';
    const c = await parseEmail('portalenquiries', { From: 'Joanne Pike <joanne.pike@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'New GPP admin' }, body);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: "Declan O'Hare", email: 'declan.ohare@nhs.net' });
  });
});
