import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw, pdfPart } from '../../support/compose-email.js';

/**
 * Issue 9 (thirteenth session): a form filled in a PDF editor that writes every typed word, and every space between
 * words, as a piece of text of its own, a few points above or below its label's baseline; its capacity ticked with a
 * typed "X" in front of one option; and "one of the GP partners" said in an email. Every email and form here is
 * written for this test.
 */
function typeWords(page: PDFPage, font: PDFFont, text: string, x: number, y: number): void {
  let at = x;
  text.split(/( )/).forEach((piece) => {
    if (piece) page.drawText(piece, { x: at, y, size: 11, font });
    at += font.widthOfTextAtSize(piece, 11);
  });
}

async function typedOverForm(options: { tick: 'board' | 'caldicott' }): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const rows: [string, string, number][] = [
    ['Organisation name', 'Harbour View Hospice Trust', 4], ['Type of organisation', 'Hospice / palliative care', 6],
    ['Full name', 'Tomasz Nowak', 3], ['NHSmail address', 'tomasz.nowak@nhs.net', 6],
  ];
  const signatoryRows: [string, string, number][] = [['Signatory name', 'Dr Helena Marsh', 5], ['Signatory email', 'helena.marsh@nhs.net', -2]];
  page.drawText('Request for a Primary User: Other Organisations', { x: 50, y: 790, size: 13, font });
  const rowY = (i: number): number => 740 - i * 24;
  rows.forEach(([label], i) => page.drawText(label, { x: 50, y: rowY(i), size: 10, font }));
  page.drawText('C. Authorised signatory', { x: 50, y: 600, size: 10, font });
  page.drawText('Tick the capacity in which you sign:', { x: 50, y: 580, size: 10, font });
  page.drawText('Caldicott Guardian', { x: 68, y: 560, size: 10, font });
  page.drawText('Member of the Board of Directors', { x: 68, y: 540, size: 10, font });
  signatoryRows.forEach(([label], i) => page.drawText(label, { x: 50, y: 516 - i * 24, size: 10, font }));
  page.drawText('Signature', { x: 50, y: 460, size: 10, font });
  // Typed afterwards, over the printed page: the values, then the tick.
  rows.forEach(([, value, lift], i) => typeWords(page, font, value, 210, rowY(i) + lift));
  signatoryRows.forEach(([, value, lift], i) => typeWords(page, font, value, 210, 516 - i * 24 + lift));
  page.drawText('X', { x: 52, y: options.tick === 'board' ? 540 : 560, size: 10, font });
  return Buffer.from(await doc.save());
}

async function send(pdf: Buffer) {
  const { body, contentType } = multipart('mixed', [
    { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Hello,\n\nOur Primary User request is attached, signed by our Medical Director.\n\nTomasz Nowak' },
    pdfPart(pdf, 'Primary User request.pdf'),
  ]);
  return parseRaw('openexeter', composeEmail({ From: 'Tomasz Nowak <tomasz.nowak@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter Primary User' }, body, contentType));
}

describe('a form typed over word by word, each value a little off its label\'s line', () => {
  it('reads each value beside its label, with its spaces, and the option ticked with a typed X', async () => {
    const c = await send(await typedOverForm({ tick: 'board' }));
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(c.organisation?.name).toBe('Harbour View Hospice Trust');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Helena Marsh', email: 'helena.marsh@nhs.net', role: 'board_member' });
  });

  it('follows the X to the other option', async () => {
    const c = await send(await typedOverForm({ tick: 'caldicott' }));
    expect(fieldsOf(c).signatory).toMatchObject({ role: 'caldicott_guardian' });
  });
});

describe('a writer who is "one of the GP partners"', () => {
  it('signs as a GP partner', async () => {
    const c = await parseEmail('openexeter', { From: 'Dr Samuel Adeyemi <samuel.adeyemi@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' },
      'Hi,\n\nWe need a second Open Exeter primary user at Fernside Surgery (C85012). Please set up Nadia Rahman, our Office Manager, email nadia.rahman@nhs.net.\n\nI\'m one of the GP partners here and I\'m happy to authorise this.\n\nThanks\nSam\n');
    expect(fieldsOf(c).signatory).toEqual({ name: 'Samuel Adeyemi', email: 'samuel.adeyemi@nhs.net', role: 'gp_partner' });
  });
});

describe('a capacity stated at the start of a sentence, and a sign-off holding two roles', () => {
  it('"As Caldicott Guardian for …, I would like" makes the writer sign as Caldicott Guardian', async () => {
    const c = await parseEmail('openexeter', { From: 'Dr Ruth Amis <ruth.amis@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' },
      'Dear Open Exeter team,\n\nAs Caldicott Guardian for Northgate Surgery (M87031), I would like to request that Omar Haddad (omar.haddad@nhs.net) is set up as a Primary User.\n\nWith thanks\n\nDr Ruth Amis\nSalaried GP\nNorthgate Surgery\n');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Ruth Amis', role: 'caldicott_guardian' });
  });

  it('"Salaried GP and Caldicott Guardian" under a request is the Caldicott Guardian\'s signature', async () => {
    const c = await parseEmail('openexeter', { From: 'Dr Ruth Amis <ruth.amis@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter primary user' },
      'Dear Open Exeter team,\n\nPlease set up Omar Haddad (omar.haddad@nhs.net) as a Primary User for Northgate Surgery (M87031).\n\nWith thanks\n\nDr Ruth Amis\nSalaried GP and Caldicott Guardian\nNorthgate Surgery\n');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Ruth Amis', role: 'caldicott_guardian' });
  });
});
