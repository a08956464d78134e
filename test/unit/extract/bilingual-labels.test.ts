import { describe, expect, it } from 'vitest';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';

/** Issue 9: bilingual labels ("Enw / Name") are read by the half the extractor knows. Texts written here. */
describe('bilingual labels', () => {
  it('reads each label by its English half, in either order', () => {
    const values = readLabelledValues('Cangen / Branch:\n  Enw / Name: Meddygfa Harlech\n  Cod ODS / ODS code: W94123001\n  Prif gyswllt / Main contact: Dr Elin ap Huw, elin.aphuw@wales.nhs.uk\n  Phone / Ffôn: 01766 000 111');
    expect(values.map((v) => v.label)).toEqual(['organisation name', 'ODS code', 'Main contact', 'Phone']);
    expect(values.find((v) => v.label === 'Main contact')?.value).toBe('Dr Elin ap Huw, elin.aphuw@wales.nhs.uk');
  });

  it('keeps a label whose slash is part of it', () => {
    expect(readLabelledValues('Name/Email: Elin ap Huw')[0]?.label).toBe('Name/Email');
  });
});
