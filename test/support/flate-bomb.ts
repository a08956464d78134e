import { createDeflate, deflateSync } from 'node:zlib';

/**
 * A PDF of about 1.3 KB whose one content stream carries two nested FlateDecode layers over 512 MB of zeros
 * (deflate alone stops near 1,000:1; a second layer compresses the first's repetitive output again). Built in
 * ~1.5 s by deflating in chunks, so the 512 MB never exist at once.
 */
export async function makeFlateBombPdf(zeroMb = 512): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let i = 0; i < zeroMb / 16; i++) deflate.write(zeros);
  deflate.end();
  await ended;
  const outer = deflateSync(Buffer.concat(chunks), { level: 9 });
  const head = [
    '%PDF-1.7\n',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n',
    `4 0 obj << /Length ${outer.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`,
  ].join('');
  return Buffer.concat([Buffer.from(head, 'latin1'), outer, Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n', 'latin1')]);
}

/** An email from a practice attaching `pdf` as form.pdf. */
export function emailWithPdf(pdf: Buffer, filename = 'form.pdf'): Buffer {
  const b64 = pdf.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Ashgrove Surgery <ashgrove.surgery@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: Admin nomination form',
      'Message-ID: <pdf-limit@nhs.net>', 'Date: Tue, 03 Nov 2026 09:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Please find our completed form attached.', '',
      '--b1', `Content-Type: application/pdf; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64', '',
      b64, '--b1--', '',
    ].join('\r\n'),
  );
}

/** An email attaching each PDF under its name, in order. */
export function emailWithPdfs(pdfs: [string, Buffer][]): Buffer {
  const parts = pdfs.flatMap(([name, pdf]) => [
    '--b1', `Content-Type: application/pdf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
  ]);
  return Buffer.from(
    [
      'From: Ashgrove Surgery <ashgrove.surgery@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: Admin nomination forms',
      'Message-ID: <scans@nhs.net>', 'Date: Tue, 03 Nov 2026 09:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'Please find our scanned forms attached.', '',
      ...parts, '--b1--', '',
    ].join('\r\n'),
  );
}
