import { describe, expect, it } from 'vitest';
import { applyConfidence, READ_FROM_SCAN } from '../../../ingest/extract/confidence.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';
import { cleanOcrLine, cleanScanNoise } from '../../../ingest/extract/scan-noise.js';

/** Lines as tesseract returns them from a slightly speckled scan of a form (written here, not from any corpus). */
const SPECKLED = [
  'Section 1 - Person to be set up :',
  'Practice name l Brackenridge Surgery',
  'Job title Dispensary Lead ;',
  '’ Email address ottoline.vance@nhs. net |',
  'Telephone -01632 960 118',
  'Signatory. position © Senior Partner c',
];

describe('OCR speck cleaning (issue 9: scanned forms)', () => {
  it('removes marks and lone letters around and between words, keeps dashes and commas a writer puts there', () => {
    expect(SPECKLED.map(cleanOcrLine)).toEqual([
      'Section 1 - Person to be set up',
      'Practice name Brackenridge Surgery',
      'Job title Dispensary Lead',
      'Email address ottoline.vance@nhs.net',
      'Telephone 01632 960 118',
      'Signatory position Senior Partner',
    ]);
    expect(cleanOcrLine('Address 4 Fold Lane , Hebble, HX2 7QT')).toBe('Address 4 Fold Lane , Hebble, HX2 7QT');
    expect(cleanOcrLine('Name of a practice')).toBe('Name of a practice');
  });

  it('cleans only the lines OCR read, so the flat-form reader splits label from value; the text layer is untouched', () => {
    const typed = 'Typed note: keep | this';
    const result = cleanScanNoise({ status: 'ok', text: [typed, ...SPECKLED].join('\n'), fields: [], source: 'ocr', ocr: { pages: [1], confidence: 0.9, lines: SPECKLED.map((text) => ({ page: 1, text, confidence: 0.9 })), signature: 'not_found', unreadablePages: [] } });
    expect(result.text.split('\n')[0]).toBe(typed);
    const labelled = readLabelledValues(normaliseFlatFormText(result.text));
    expect(labelled.find((v) => v.label === 'Email address')?.value).toBe('ottoline.vance@nhs.net');
    expect(labelled.find((v) => v.label === 'Job title')?.value).toBe('Dispensary Lead');
    expect(result.ocr?.lines.map((l) => l.text)).toContain('Practice name Brackenridge Surgery');
  });

  it('a scanned surname split by a gap is joined when the address spells it; a misread one becomes a hint', () => {
    const scanEv = (line: string): string => `${READ_FROM_SCAN} (OCR page 1, confidence 91 %): ${line}`;
    const split = { nominee: { name: 'Ottoline Van ce', email: 'ottoline.vance@nhs.net' } };
    const a = applyConfidence(split, { 'fields.nominee.name': scanEv('Nominee name: Ottoline Van ce'), 'fields.nominee.email': scanEv('Email: ottoline.vance@nhs.net') }, []);
    expect(split.nominee.name).toBe('Ottoline Vance');
    expect(a.hints).toEqual([]);
    const misread = { signatory: { name: 'Barnabas Okpa', email: 'b.okpara@nhs.net', role: 'gp_partner' } };
    const b = applyConfidence(misread, { 'fields.signatory.name': scanEv('Signatory name: Barnabas Okpa') }, []);
    expect(misread.signatory.name).toBeNull();
    expect(b.hints).toMatchObject([{ path: 'fields.signatory.name', value: 'Barnabas Okpa' }]);
    // Typed (not scanned), the same name is left alone: people's addresses are not always their names.
    const typed = { signatory: { name: 'Barnabas Okpa', email: 'b.okpara@nhs.net', role: 'gp_partner' } };
    applyConfidence(typed, { 'fields.signatory.name': 'Signatory name: Barnabas Okpa' }, []);
    expect(typed.signatory.name).toBe('Barnabas Okpa');
  });
});

describe('specks after values printed in capitals, and in an address\'s local part', () => {
  it('drops a stray digit or two lower-case letters after capitals, and joins "name. surname@"', () => {
    expect(cleanOcrLine(': Forename(s) CERI 2')).toBe('Forename(s) CERI');
    expect(cleanOcrLine('"Name DR OWAIN PRICE co')).toBe('Name DR OWAIN PRICE');
    expect(cleanOcrLine('Email address owain. price@nhs. net ;')).toBe('Email address owain.price@nhs.net');
    // A number that is the value stays.
    expect(cleanOcrLine('Telephone 01286 496 318')).toBe('Telephone 01286 496 318');
    expect(cleanOcrLine('Address Flat 2')).toBe('Address Flat 2');
  });
});

describe('a code whose first letter OCR read as a digit', () => {
  it('reads an all-digit practice or branch code after its label as the L it was, and leaves other numbers alone', () => {
    expect(cleanOcrLine('Practice code 181072')).toBe('Practice code L81072');
    expect(cleanOcrLine('Branch ODS code: 183102001')).toBe('Branch ODS code: L83102001');
    // Not a code's label: a telephone number, or a reference, keeps its digits.
    expect(cleanOcrLine('Telephone 143210')).toBe('Telephone 143210');
    expect(cleanOcrLine('Practice code L81072')).toBe('Practice code L81072');
  });

  it('reads a comb of boxes, one character a box, without the boxes\' edges', () => {
    expect(cleanOcrLine('[L[8[5]6[3]3]')).toBe('L85633');
    // A bracketed remark is not a comb.
    expect(cleanOcrLine('Name Jo Bloggs [me]')).toBe('Name Jo Bloggs [me]');
  });
});
