// "Scanning": a rendered page gets a paper tint, seeded skew and offset, speckle, an edge shadow and sensor
// noise, then goes into a PDF as a JPEG with no text layer.
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { rng } from './lib.js';
import { A4 } from './layout.js';

export interface ScanOpts { seed: string; skewDeg: number; dx?: number; dy?: number; quality?: number; grey?: boolean; upsideDown?: boolean }

export function scanPage(src: Canvas, o: ScanOpts): Buffer {
  const r = rng(`scan:${o.seed}`);
  const W = src.width;
  const H = src.height;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = 'rgb(236,236,230)';
  g.fillRect(0, 0, W, H);
  g.save();
  g.translate(W / 2 + (o.dx ?? 0), H / 2 + (o.dy ?? 0));
  g.rotate(((o.upsideDown ? 180 : 0) + o.skewDeg) * Math.PI / 180);
  g.drawImage(src, -W / 2, -H / 2);
  g.restore();
  // shadow along the left edge, as from a lid left ajar
  const grad = g.createLinearGradient(0, 0, 60, 0);
  grad.addColorStop(0, 'rgba(40,40,40,0.55)');
  grad.addColorStop(1, 'rgba(40,40,40,0)');
  g.fillStyle = grad;
  g.fillRect(0, 0, 60, H);
  const img = g.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() + r() + r() - 1.5) * 22;
    let v0 = d[i]!;
    let v1 = d[i + 1]!;
    let v2 = d[i + 2]!;
    if (o.grey) { const m = 0.3 * v0 + 0.59 * v1 + 0.11 * v2; v0 = m; v1 = m; v2 = m; }
    // lower contrast a little: blacks are never quite black on a scan
    d[i] = Math.max(0, Math.min(255, 30 + v0 * 0.86 + n));
    d[i + 1] = Math.max(0, Math.min(255, 30 + v1 * 0.86 + n));
    d[i + 2] = Math.max(0, Math.min(255, 28 + v2 * 0.85 + n));
  }
  g.putImageData(img, 0, 0);
  // speckle and a couple of hairs/dust lines
  g.fillStyle = 'rgba(20,20,20,0.8)';
  const specks = 700 + Math.floor(r() * 500);
  for (let i = 0; i < specks; i++) {
    const s = r() < 0.9 ? 1 + r() * 1.5 : 2 + r() * 2.5;
    g.fillRect(r() * W, r() * H, s, s);
  }
  g.strokeStyle = 'rgba(60,60,60,0.6)';
  g.lineWidth = 1;
  for (let i = 0; i < 3; i++) {
    const x = r() * W;
    const y = r() * H;
    g.beginPath(); g.moveTo(x, y); g.quadraticCurveTo(x + r() * 40, y + r() * 20, x + 20 + r() * 50, y + r() * 40); g.stroke();
  }
  return c.encodeSync('jpeg', o.quality ?? 70);
}

export async function scanPdf(pages: Buffer[], meta: { title: string; producer: string; creator: string; date: Date }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  for (const jpg of pages) {
    const im = await doc.embedJpg(jpg);
    const p = doc.addPage([A4.w, A4.h]);
    p.drawImage(im, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
