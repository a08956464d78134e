import { describe, expect, it } from 'vitest';
import { cleanPersonName } from '../../../ingest/extract/field-helpers.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { decodeEntities } from '../../../ingest/extract/html-to-text.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';

/** Issue 9: lines of flat forms and HTML mail that no earlier writer used. Texts written here. */
describe('flat form lines', () => {
  it('ends a label at whose value it is ("Full name of User Administrator") and after a hint in brackets', () => {
    expect(normaliseFlatFormText('Full name of User Administrator Tanvir Chowdhury')).toBe('Full name of User Administrator: Tanvir Chowdhury');
    expect(normaliseFlatFormText('Email address (nhs.net) tanvir.chowdhury@nhs.net')).toBe('Email address (nhs.net): tanvir.chowdhury@nhs.net');
    // "Name of the practice" is a whole label too (what the name is of), so its value is split off after it.
    expect(normaliseFlatFormText('Name of the practice Oak Lane Surgery')).toBe('Name of the practice: Oak Lane Surgery');
    expect(normaliseFlatFormText('Name of the nominee Oak Lane')).toBe('Name of the nominee Oak Lane');
  });

  it('reads tick boxes printed after any label as the ticked option', () => {
    const values = readLabelledValues(normaliseFlatFormText('Approver role [ ] Practice Manager [X] GP Partner [ ] Other (state)'));
    expect(values.map((v) => [v.label.toLowerCase(), v.value])).toEqual([['approver role', 'GP Partner']]);
    expect(readLabelledValues('Approver role: Practice Manager').map((v) => v.value)).toEqual(['Practice Manager']);
  });
});

describe('HTML mail and names in brackets', () => {
  it('decodes every named character reference a mail client writes', () => {
    expect(decodeEntities('T 01948 555 610 &middot; M 07700 900 505 &bull; don&#39;t &amp; &pound;5 &Eacute;ire &rarr;')).toBe("T 01948 555 610 · M 07700 900 505 • don't & £5 Éire →");
  });

  it('closes a name up around the name someone goes by, in brackets', () => {
    expect(cleanPersonName("Margaret (Peggy) O'Driscoll-Byrne")).toBe("Margaret O'Driscoll-Byrne");
    expect(cleanPersonName('Declan MacAuley (Superintendent)')).toBe('Declan MacAuley');
  });
});
