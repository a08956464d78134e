import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { closePdfWorkers, getPdfWorkerStats, readPdfForm } from '../../../ingest/extract/pdf-form.js';

afterAll(async () => {
  await closePdfWorkers();
});

async function makeForm(value: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const f = doc.getForm().createTextField('NomineeName');
  f.setText(value);
  f.addToPage(page, { x: 50, y: 700 });
  return Buffer.from(await doc.save());
}

describe('readPdfForm', () => {
  it('reads AcroForm fields and an empty signature field from a fillable form', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const form = doc.getForm();
    const f = form.createTextField('NomineeName');
    f.setText('Siobhán Ní Bhriain');
    f.addToPage(page, { x: 50, y: 700 });
    const r = await readPdfForm(Buffer.from(await doc.save()));
    expect(r.status).toBe('ok');
    expect(r.fields).toContainEqual({ name: 'NomineeName', type: 'text', value: 'Siobhán Ní Bhriain' });
  });

  // pdf-lib reads fields only where pdf.js saw some; a form whose one field is a signature counts as no AcroForm to
  // pdf.js (only document signatures), and its signature must still be reported.
  it('reports a signed signature field when it is the form\'s only field', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const acroForm = doc.getForm().acroForm;
    const signature = doc.context.obj({ FT: 'Sig', T: PDFString.of('Signature1'), V: doc.context.obj({ Type: 'Sig', Filter: 'Adobe.PPKLite' }) });
    acroForm.addField(doc.context.register(signature));
    acroForm.dict.set(PDFName.of('SigFlags'), doc.context.obj(3));
    const r = await readPdfForm(Buffer.from(await doc.save()));
    expect(r.status).toBe('ok');
    expect(r.fields).toEqual([{ name: 'Signature1', type: 'signature', value: 'signed' }]);
  });

  // pdf.js reads the fields of the document it has parsed for the text; what it gives must be what pdf-lib, which
  // still reads signed and encrypted forms, gives for every kind of field.
  it('reads every kind of field as pdf-lib does: text, tick box, radio, list, nested name, empty', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const form = doc.getForm();
    const at = (y: number) => ({ x: 50, y, width: 120, height: 16 });
    form.createTextField('Nominee.Name').setText('Aoife Ó Briain');
    form.getTextField('Nominee.Name').addToPage(page, at(760));
    form.createTextField('Nominee.Email').addToPage(page, at(730));
    const ticked = form.createCheckBox('Agree');
    ticked.addToPage(page, at(700));
    ticked.check();
    form.createCheckBox('Urgent').addToPage(page, at(670));
    const role = form.createRadioGroup('Role');
    role.addOptionToPage('GP Partner', page, at(640));
    role.addOptionToPage('Practice Manager', page, at(610));
    role.select('Practice Manager');
    form.createRadioGroup('Unanswered').addOptionToPage('Yes', page, at(580));
    const site = form.createDropdown('Site');
    site.addOptions(['Main', 'Branch']);
    site.select('Branch');
    site.addToPage(page, at(550));
    const access = form.createOptionList('Access');
    access.addOptions(['Registrations', 'Payments', 'Reports']);
    access.enableMultiselect();
    access.select(['Payments', 'Reports']);
    access.addToPage(page, at(480));
    const r = await readPdfForm(Buffer.from(await doc.save()));
    expect(r.status).toBe('ok');
    expect(r.fields).toEqual([
      { name: 'Nominee.Name', type: 'text', value: 'Aoife Ó Briain' },
      { name: 'Nominee.Email', type: 'text', value: null },
      { name: 'Agree', type: 'checkbox', value: 'yes' },
      { name: 'Urgent', type: 'checkbox', value: null },
      { name: 'Role', type: 'radio', value: 'Practice Manager' },
      { name: 'Unanswered', type: 'radio', value: null },
      { name: 'Site', type: 'choice', value: 'Branch' },
      { name: 'Access', type: 'choice', value: 'Payments, Reports' },
    ]);
  });

  it('reports whether a signature field beside other fields is signed', async () => {
    for (const signed of [true, false]) {
      const doc = await PDFDocument.create();
      const page = doc.addPage();
      const form = doc.getForm();
      form.createTextField('SignatoryName').setText('Dr Paul Whitcombe');
      form.getTextField('SignatoryName').addToPage(page, { x: 50, y: 700 });
      // A signature field as a viewer makes it: one dictionary that is both the field and its widget on the page.
      const signature = doc.context.register(doc.context.obj({
        FT: 'Sig', T: PDFString.of('Signature1'), Type: 'Annot', Subtype: 'Widget', Rect: [50, 600, 250, 640], P: page.ref, F: 4,
        ...(signed ? { V: doc.context.obj({ Type: 'Sig', Filter: 'Adobe.PPKLite' }) } : {}),
      }));
      page.node.addAnnot(signature);
      form.acroForm.addField(signature);
      if (signed) form.acroForm.dict.set(PDFName.of('SigFlags'), doc.context.obj(3));
      const r = await readPdfForm(Buffer.from(await doc.save()));
      expect(r.fields).toEqual([
        { name: 'SignatoryName', type: 'text', value: 'Dr Paul Whitcombe' },
        { name: 'Signature1', type: 'signature', value: signed ? 'signed' : null },
      ]);
    }
  });

  it('reads no fields, and the text, from a PDF without a form', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Primary user request for Brookfield Surgery');
    const r = await readPdfForm(Buffer.from(await doc.save()));
    expect(r.status).toBe('ok');
    expect(r.fields).toEqual([]);
    expect(r.text).toContain('Primary user request for Brookfield Surgery');
  });

  it('says not_pdf for a file that only claims to be a PDF', async () => {
    expect((await readPdfForm(Buffer.from('hello, not a pdf'))).status).toBe('not_pdf');
  });

  it('says too_large above the size cap without parsing', async () => {
    expect((await readPdfForm(Buffer.alloc(2048, 0x20), { maxBytes: 1024 })).status).toBe('too_large');
  });

  it('reports a corrupt PDF as unreadable, or at worst empty, and never throws', async () => {
    const r = await readPdfForm(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage'));
    expect(['unreadable', 'ok']).toContain(r.status);
    expect(r.text.trim()).toBe('');
  });

  it('reuses one warm thread for consecutive documents', async () => {
    await readPdfForm(await makeForm('warm-up'));
    const before = getPdfWorkerStats();
    for (let i = 0; i < 5; i++) expect((await readPdfForm(await makeForm(`doc ${i}`))).fields[0]?.value).toBe(`doc ${i}`);
    expect(getPdfWorkerStats().spawned).toBe(before.spawned);
    expect(getPdfWorkerStats().live).toBeGreaterThanOrEqual(1);
  });

  it('answers documents queued at once, each with its own fields', async () => {
    const forms = await Promise.all(Array.from({ length: 6 }, (_, i) => makeForm(`queued ${i}`)));
    const results = await Promise.all(forms.map((f) => readPdfForm(f)));
    expect(results.map((r) => r.fields[0]?.value)).toEqual(forms.map((_, i) => `queued ${i}`));
  });

  it('terminates a thread that times out and reads the next document on a fresh one', async () => {
    const form = await makeForm('after timeout');
    await readPdfForm(form);
    // 200 pages of text take a warm thread far longer than 1 ms, so the limit, not the answer, comes first.
    const slow = await PDFDocument.create();
    for (let i = 0; i < 200; i++) slow.addPage().drawText(`page ${i} `.repeat(40), { x: 10, y: 700, size: 8 });
    const before = getPdfWorkerStats().spawned;
    expect((await readPdfForm(Buffer.from(await slow.save()), { timeoutMs: 1 })).status).toBe('timeout');
    const next = await readPdfForm(form);
    expect(next.status).toBe('ok');
    expect(next.fields[0]?.value).toBe('after timeout');
    expect(getPdfWorkerStats().spawned).toBe(before + 1);
  });

  it('reports a thread that runs out of memory as unreadable, then still reads within the normal limit', async () => {
    const form = await makeForm('after oom');
    const r = await readPdfForm(form, { maxOldGenerationSizeMb: 2, timeoutMs: 20_000 });
    expect(['unreadable', 'timeout']).toContain(r.status);
    expect((await readPdfForm(form)).fields[0]?.value).toBe('after oom');
  }, 30_000);

  it('an idle warm thread never keeps the process alive', async () => {
    const script = [
      "import { readPdfForm } from './ingest/extract/pdf-form.ts';",
      "const r = await readPdfForm(Buffer.from(process.argv[1] ?? '', 'base64'));",
      "console.log(r.status);",
    ].join('\n');
    const form = (await makeForm('exit')).toString('base64');
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, form], { cwd: process.cwd(), timeout: 20_000 });
    expect(stdout.trim()).toBe('ok');
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
