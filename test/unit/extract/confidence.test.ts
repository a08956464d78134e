import { describe, expect, it } from 'vitest';
import { applyConfidence, HINT_THRESHOLD, orderedByAddress, READ_FROM_SCAN } from '../../../ingest/extract/confidence.js';

describe('applyConfidence (issue 9: a wrong value is worse than a missing one)', () => {
  it('keeps values read from labelled lines and form fields, with their confidence', () => {
    const fields = { nominee: { name: 'Perpetua Quill', email: 'perpetua.quill@nhs.net' }, service: 'GPP' };
    const ev = { 'fields.nominee.name': 'Nominee name: Perpetua Quill', 'fields.nominee.email': 'PDF field nom_email: perpetua.quill@nhs.net', 'fields.service': 'We would like a GPP user admin' };
    const { confidence, hints } = applyConfidence(fields, ev, []);
    expect(hints).toEqual([]);
    expect(fields.nominee.name).toBe('Perpetua Quill');
    expect(confidence['fields.nominee.email']).toBeGreaterThan(confidence['fields.service'] ?? 1);
    expect(Object.values(confidence).every((c) => c >= HINT_THRESHOLD && c <= 1)).toBe(true);
  });

  it('turns an organisation\'s name in a person\'s role into a hint and leaves the field null', () => {
    const fields = { mainPractice: { odsCode: 'N82044', name: 'Quayside Medical Group', mainContact: { name: 'Quayside Medical Group', email: null } } };
    const { hints } = applyConfidence(fields, { 'fields.mainPractice.mainContact.name': 'PDF field main_name: Quayside Medical Group' }, ['Quayside Medical Group']);
    expect(fields.mainPractice.mainContact.name).toBeNull();
    expect(fields.mainPractice.name).toBe('Quayside Medical Group');
    expect(hints).toMatchObject([{ path: 'fields.mainPractice.mainContact.name', value: 'Quayside Medical Group' }]);
  });

  it('doubts a name that a personal address does not spell, but not a practice mailbox or a nickname-free match', () => {
    const wrong = { nominee: { name: 'Wyre Coast', email: 'ottavio.marchetti@nhs.net' } };
    expect(applyConfidence(wrong, {}, []).hints.map((h) => h.path)).toEqual(['fields.nominee.name']);
    expect(wrong.nominee.name).toBeNull();
    const shared = { approver: { name: 'Hester Morcombe', email: 'brookside.opticians@nhs.net', role: 'Contract holder' } };
    expect(applyConfidence(shared, {}, []).hints).toEqual([]);
    const initial = { approver: { name: 'Blessing Okwuosa-Lindqvist', email: 'b.okwuosa-lindqvist@nhs.net', role: null } };
    expect(applyConfidence(initial, {}, []).hints).toEqual([]);
  });

  it('never keeps one of PCSE\'s own mailboxes as a person\'s address', () => {
    const f = { nominee: { name: 'Rebecca Haigh', email: 'pcse.portalenquiries@nhs.net' } };
    const { hints } = applyConfidence(f, {}, []);
    expect(f.nominee.email).toBeNull();
    expect(hints.map((h) => h.path)).toEqual(['fields.nominee.email']);
    // A name read off the same line as PCSE's mailbox ("Open Exeter team - by email: pcse.openexeter@…") is the mailbox's.
    const line = 'Open Exeter team - by email: pcse.openexeter@nhs.net';
    const beside = { nominee: { name: 'Open Exeter', email: 'pcse.openexeter@nhs.net' } };
    applyConfidence(beside, { 'fields.nominee.name': line, 'fields.nominee.email': line }, []);
    expect(beside.nominee).toEqual({ name: null, email: null });
  });

  it('caps a scanned value at its OCR line, and leaves a near-miss NHS domain or a poor line as a hint', () => {
    const scan = (c: number, line: string) => `${READ_FROM_SCAN} (OCR page 1, confidence ${c} %): ${line}`;
    const fields = { nominee: { name: 'Idris Penhale', email: 'idris.penhale@nhs.net' }, signatory: { name: 'Bronwen Tulley', email: 'b.tulley@nbhs.net' }, approver: { name: 'Osian Rees', email: null } };
    const ev = {
      'fields.nominee.name': scan(95, 'Nominee name: Idris Penhale'),
      'fields.nominee.email': scan(76, 'Nominee email: idris.penhale@nhs.net'),
      'fields.signatory.name': scan(96, 'Signatory name: Bronwen Tulley'),
      'fields.signatory.email': scan(88, 'Signatory email: b.tulley@nbhs.net'),
      'fields.approver.name': scan(45, 'Approver name: Osian Rees'),
    };
    const { confidence, hints } = applyConfidence(fields, ev, []);
    expect(fields.nominee.email).toBe('idris.penhale@nhs.net');
    expect(confidence['fields.nominee.email']).toBe(0.76);
    expect(fields.signatory.email).toBeNull();
    expect(fields.approver.name).toBeNull();
    expect(hints.map((h) => [h.path, h.reason])).toEqual([
      ['fields.signatory.email', 'read from a scan, and its domain looks like a misread of an NHS domain'],
      ['fields.approver.name', 'read from a scan with low OCR confidence'],
    ]);
  });

  it('doubts what OCR typically gets wrong whatever the line\'s confidence: a dropped address part, a label run into a role, a misread forename', () => {
    const scan = (line: string) => `${READ_FROM_SCAN} (OCR page 1, confidence 93 %): ${line}`;
    const fields = {
      signatory: { name: 'Jowan Tremayne', email: 'tremayne@nhs.net', role: null },
      approver: { name: 'Senara Polkinghorne', email: 'senara.polkinghorne@nhs.net', role: 'GP Partner: DAT' },
      nominee: { name: 'Tamsyn Bolitho', email: 'tamsin.bolitho@nhs.net' },
      user: { name: 'Bob Angwin', email: 'robert.angwin@nhs.net' },
    };
    const ev = {
      'fields.signatory.email': scan('Email: tremayne@nhs.net'),
      'fields.approver.role': scan('Role: GP Partner: DAT'),
      'fields.nominee.name': scan('Name: Tamsyn Bolitho'),
      'fields.user.name': scan('Name: Bob Angwin'),
      'fields.approver.name': scan('Name: Senara Polkinghorne'),
    };
    const { hints } = applyConfidence(fields, ev, []);
    expect(hints.map((h) => h.path).sort()).toEqual(['fields.approver.role', 'fields.nominee.name', 'fields.signatory.email']);
    expect(fields.user.name).toBe('Bob Angwin');
    expect(fields.approver.name).toBe('Senara Polkinghorne');
    // The same values typed (not scanned) are the writer's own and stay.
    const typed = { signatory: { name: 'Jowan Tremayne', email: 'tremayne@nhs.net', role: 'GP Partner: locum' } };
    expect(applyConfidence(typed, { 'fields.signatory.email': 'Email: tremayne@nhs.net', 'fields.signatory.role': 'Role: GP Partner: locum' }, []).hints).toEqual([]);
  });

  it('a phone read for two organisations from one line is a hint for the second; from two labelled lines it stays', () => {
    const line = 'main practice is Trewirgie Surgery L82040, 01209 555 700, branch Four Lanes Surgery 01209 555 711';
    const f = { mainPractice: { phone: '01209 555 700' }, branch: { phone: '01209 555 700' } };
    const { hints } = applyConfidence(f, { 'fields.mainPractice.phone': line, 'fields.branch.phone': line }, []);
    expect(f).toEqual({ mainPractice: { phone: '01209 555 700' }, branch: { phone: null } });
    expect(hints.map((h) => h.path)).toEqual(['fields.branch.phone']);
    const labelled = { mainPractice: { phone: '01209 555 700' }, branch: { phone: '01209 555 700' } };
    expect(applyConfidence(labelled, { 'fields.mainPractice.phone': 'Main phone: 01209 555 700', 'fields.branch.phone': 'Branch phone: 01209 555 700' }, []).hints).toEqual([]);
  });

  it('puts a two-word name in the order its own address spells, and only when the address decides it', () => {
    expect(orderedByAddress('Quennell Ysolda', 'ysolda.quennell7@nhs.net')).toBe('Ysolda Quennell');
    expect(orderedByAddress('Quennell Ysolda', 'y.quennell@nhs.net')).toBe('Ysolda Quennell');
    expect(orderedByAddress('Quennell Ysolda', 'yquennell2@nhs.net')).toBe('Ysolda Quennell');
    expect(orderedByAddress('Ysolda Quennell', 'ysolda.quennell@nhs.net')).toBe('Ysolda Quennell');
    expect(orderedByAddress('Quennell Ysolda', 'tregarth.office@nhs.net')).toBe('Quennell Ysolda');
    expect(orderedByAddress('Ysolda Ann Quennell', 'quennell.ysolda@nhs.net')).toBe('Ysolda Ann Quennell');
    const fields = { nominee: { name: 'Penhaligon-Roe Cadan', email: 'cadan.penhaligon-roe@nhs.net' } };
    applyConfidence(fields, { 'fields.nominee.name': 'Name: Penhaligon-Roe Cadan (Mr)' }, []);
    expect(fields.nominee.name).toBe('Cadan Penhaligon-Roe');
  });
});

