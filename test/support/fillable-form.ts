import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A one-page fillable form as tools export them: printed text, a printed label with a text field beside it, or a
 * tick box with its option printed after it. Field names are the tool's ("Text1", "Check2"), so only the page's
 * printed words say what a field is.
 */
export type FormRow = { text: string } | { label: string; field: string; value: string } | { box: string; option: string; ticked: boolean };

export async function fillableForm(rows: FormRow[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const acro = doc.getForm();
  rows.forEach((r, i) => {
    const y = 790 - i * 24;
    if ('text' in r) page.drawText(r.text, { x: 48, y, size: 11, font });
    else if ('box' in r) {
      const box = acro.createCheckBox(r.box);
      box.addToPage(page, { x: 60, y: y - 2, width: 12, height: 12 });
      if (r.ticked) box.check();
      page.drawText(r.option, { x: 80, y, size: 10, font });
    } else {
      page.drawText(r.label, { x: 48, y, size: 10, font });
      const field = acro.createTextField(r.field);
      field.addToPage(page, { x: 220, y: y - 4, width: 300, height: 17 });
      field.setText(r.value);
    }
  });
  return Buffer.from(await doc.save());
}

/** An email to the Open Exeter mailbox with `pdf` attached as form.pdf. */
export function emailWithForm(pdf: Buffer, from: string, subject: string, body: string): Buffer {
  const b = 'b-fillable-form-boundary';
  return Buffer.from([
    `Message-ID: <form-${Math.random().toString(36).slice(2)}@example.nhs.net>`, 'Date: Thu, 03 Dec 2026 10:00:00 +0000', `From: ${from}`, 'To: pcse.openexeter@nhs.net', `Subject: ${subject}`,
    'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`, '',
    `--${b}`, 'Content-Type: text/plain; charset="utf-8"', '', body, '',
    `--${b}`, 'Content-Type: application/pdf; name="form.pdf"', 'Content-Disposition: attachment; filename="form.pdf"', 'Content-Transfer-Encoding: base64', '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'), `--${b}--`, '',
  ].join('\r\n'));
}

/**
 * A one-page PDF of printed lines, as a word processor exports a form or a letter (no fields). A line given as cells
 * is a table row: each cell printed where its column starts (`columns`, from the left margin), an empty cell left blank.
 */
export async function printedPdf(lines: (string | string[])[], { font = StandardFonts.Helvetica, top = 790, lineHeight = 22, left = 48, size = 10, columns = [0, 160, 330] }: { font?: StandardFonts; top?: number; lineHeight?: number; left?: number; size?: number; columns?: number[] } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const embedded = await doc.embedFont(font);
  lines.forEach((line, i) => {
    const cells = typeof line === 'string' ? [line] : line;
    cells.forEach((cell, k) => {
      if (cell) page.drawText(cell, { x: left + (columns[k] ?? 0), y: top - i * lineHeight, size, font: embedded });
    });
  });
  return Buffer.from(await doc.save());
}
