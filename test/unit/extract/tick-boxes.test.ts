import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';
import { emailWithForm, fillableForm, type FormRow } from '../../support/fillable-form.js';

/**
 * Issue 9: a tick-box question ("Role of authorised signatory (tick one)") is answered only by a ticked box. Before,
 * the first option printed under it was read as the answer, ticked or not, so a card could show a signatory role
 * nobody chose. Texts and forms written here.
 */
const answer = (text: string) => readLabelledValues(text).find((v) => /role|position/i.test(v.label));

describe('tick-box questions in text', () => {
  it('takes the ticked option, whatever its place in the list', () => {
    expect(answer('Signatory position (tick one):\n[ ] Lead GP\n[X] GP Partner\n[ ] Caldicott Guardian\nDate: 1/12/26')?.value).toBe('GP Partner');
    expect(answer('Authoriser role (please tick):\n☐ Caldicott Guardian\n☒ Member of the Board of Directors\n')?.value).toBe('Member of the Board of Directors');
  });

  it('answers nothing when every box is empty or the options carry no marks at all', () => {
    expect(answer('Signatory position (tick one):\n[ ] Lead GP\n[ ] GP Partner\n[ ] Caldicott Guardian\n')?.value).toBe('');
    // A Word form flattened to text: its boxes were form fields, so the printed options say nothing of which was ticked.
    expect(answer('Role of the person signing (tick one):\nCaldicott Guardian\nMember of the Board of Directors\nSignature of the person signing\n')?.value).toBe('');
  });

  it('reads options written on the label\'s own line', () => {
    expect(answer('Role (tick one): [ ] Lead GP [x] GP Partner [ ] Caldicott Guardian')?.value).toBe('GP Partner');
    expect(answer('Role (tick one): [ ] Lead GP')?.value).toBe('');
  });

  it('reads a scan\'s tick ("v") and empty box ("|") as OCR writes them', () => {
    expect(answer('Signing role (tick one):\n| Caldicott Guardian\nv Existing Primary User within the organisation\n')?.value).toBe('Existing Primary User within the organisation');
  });

  it('keeps a one-line answer a person typed under the question', () => {
    expect(answer('Signatory role (tick one):\nGP Partner\n\nThanks')?.value).toBe('GP Partner');
  });
});

const signatory = (c: ParsedCase) => (c.fields as { signatory?: { role?: string | null } }).signatory;

const formRows = (ticked: number | null): FormRow[] => [
  { text: 'Open Exeter - request for a Primary User (GP Practices)' },
  { label: 'Practice name', field: 'Text1', value: 'Quarry Lane Medical Centre' },
  { label: 'Practice code', field: 'Text2', value: 'M85011' },
  { label: 'Primary User full name', field: 'Text3', value: 'Wilhelmina Osei' },
  { label: 'Primary User email', field: 'Text4', value: 'wilhelmina.osei@nhs.net' },
  { label: 'Signatory name', field: 'Text5', value: 'Dr Bartholomew Adeyemi' },
  { label: 'Signatory email', field: 'Text6', value: 'b.adeyemi@nhs.net' },
  { text: 'Role of authorised signatory (tick one):' },
  ...['Lead GP', 'GP Partner', 'Caldicott Guardian'].map((option, i) => ({ box: `Check${i + 1}`, option, ticked: i === ticked })),
  { text: 'Signature of authorised signatory' },
];

describe('tick boxes in fillable forms', () => {
  it('reads the ticked box as the option printed after it, under the question above', async () => {
    const c = await extractCase(emailWithForm(await fillableForm(formRows(2)), 'Wilhelmina Osei <wilhelmina.osei@nhs.net>', 'Open Exeter primary user form', 'Completed form attached.'), { mailbox: 'openexeter' });
    expect(signatory(c)?.role).toBe('caldicott_guardian');
    expect(c.evidence['fields.signatory.role']).toMatch(/\[X\] Caldicott Guardian/);
  });

  it('leaves the role missing when no box is ticked, instead of the first option', async () => {
    const c = await extractCase(emailWithForm(await fillableForm(formRows(null)), 'Wilhelmina Osei <wilhelmina.osei@nhs.net>', 'Open Exeter primary user form', 'Completed form attached.'), { mailbox: 'openexeter' });
    expect(signatory(c)?.role ?? null).toBeNull();
  });
});
