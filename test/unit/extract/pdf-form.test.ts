import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readPdfForm } from '../../../ingest/extract/pdf-form.js';

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
});
