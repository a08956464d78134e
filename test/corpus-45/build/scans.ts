// Image-only scans for corpus 45 (writer AO): a PCSE form printed, filled, signed and then faxed, photographed or
// scanned. Drawn with @napi-rs/canvas from the same layouts as the PDF forms; seeded noise, so every run is the same.
import { type Canvas, GlobalFonts, Path2D, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { A4, type FormSpec, type Values, layoutForm, scribble } from './pdfs.js';
import { rng } from './lib.js';

const LIB = '/usr/share/fonts/truetype/liberation';
const DJV = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${LIB}/LiberationSans-Regular.ttf`, 'LibSans');
GlobalFonts.registerFromPath(`${LIB}/LiberationSans-Bold.ttf`, 'LibSansBold');
GlobalFonts.registerFromPath(`${LIB}/LiberationMono-Regular.ttf`, 'LibMono');
GlobalFonts.registerFromPath(`${DJV}/DejaVuSans-Oblique.ttf`, 'DejaVuOblique');
GlobalFonts.registerFromPath(`${DJV}/DejaVuSans-Bold.ttf`, 'DejaVuBold');

export interface ScanFill {
  /** how the answers were written: typed before printing, or by hand in block capitals */
  hand: 'typed' | 'pen';
  values: Values;
}

/** Draws a filled form's pages at `scale` pixels per point on white. */
function renderPages(spec: FormSpec, fill: ScanFill, scale: number): Canvas[] {
  const probe = createCanvas(10, 10).getContext('2d');
  const measure = (t: string, s: number, b: boolean) => {
    probe.font = `${s}px ${b ? 'LibSansBold' : 'LibSans'}`;
    return probe.measureText(t).width;
  };
  const lay = layoutForm(spec, measure);
  const W = Math.round(A4[0] * scale);
  const H = Math.round(A4[1] * scale);
  return lay.pages.map((ops, pi) => {
    const c = createCanvas(W, H);
    const g = c.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, W, H);
    const Y = (y: number) => H - y * scale;
    for (const d of ops) {
      if (d.op === 'band') {
        g.fillStyle = '#3a3a3a';
        g.fillRect(d.x * scale, Y(d.y + d.h), d.w * scale, d.h * scale);
      } else if (d.op === 'rect') {
        if (d.fill !== undefined) {
          g.fillStyle = '#dcdcdc';
          g.fillRect(d.x * scale, Y(d.y + d.h), d.w * scale, d.h * scale);
        }
        if (d.stroke) {
          g.strokeStyle = '#222';
          g.lineWidth = Math.max(1, 0.8 * scale);
          g.strokeRect(d.x * scale, Y(d.y + d.h), d.w * scale, d.h * scale);
        }
      }
    }
    const band = ops.find((d) => d.op === 'band');
    for (const d of ops) {
      if (d.op !== 'text') continue;
      const inBand = band && band.op === 'band' && d.y > band.y && d.y < band.y + band.h;
      g.fillStyle = inBand ? '#ffffff' : '#111111';
      g.font = `${d.size * scale}px ${d.bold || inBand ? 'LibSansBold' : 'LibSans'}`;
      g.fillText(d.text, d.x * scale, Y(d.y));
    }
    for (const [key, v] of Object.entries(fill.values)) {
      const slot = lay.slots[key];
      if (!slot || slot.page !== pi) continue;
      if (slot.kind === 'check') {
        if (v !== true) continue;
        g.strokeStyle = fill.hand === 'pen' ? '#1b2a6b' : '#000';
        g.lineWidth = 2.2 * scale * 0.6;
        g.beginPath();
        g.moveTo((slot.x - 1) * scale, Y(slot.y + 6));
        g.lineTo((slot.x + 4) * scale, Y(slot.y - 1));
        g.lineTo((slot.x + 14) * scale, Y(slot.y + 15));
        g.stroke();
      } else if (slot.kind === 'sig') {
        if (typeof v !== 'string' || !v.startsWith('ink:')) continue;
        const path = scribble(v.slice(4), slot.w - 20, slot.h - 8);
        g.save();
        g.translate((slot.x + 10) * scale, Y(slot.y + slot.h - 4));
        g.scale(scale, scale);
        g.strokeStyle = '#17205e';
        g.lineWidth = 1.4;
        g.stroke(new Path2D(path));
        g.restore();
      } else if (typeof v === 'string' && v) {
        const lines = v.split('\n');
        lines.forEach((l, i) => {
          if (fill.hand === 'pen') {
            g.fillStyle = '#1b2a6b';
            g.font = `${11 * scale}px DejaVuOblique`;
          } else {
            g.fillStyle = '#000';
            g.font = `${10 * scale}px LibSans`;
          }
          g.fillText(l, (slot.x + 5) * scale, Y(slot.y + slot.h - 13 - i * 13));
        });
      }
    }
    return c;
  });
}

function speckle(g: SKRSContext2D, W: number, H: number, r: () => number, n: number, dark = true): void {
  for (let i = 0; i < n; i++) {
    g.fillStyle = dark ? `rgba(0,0,0,${0.25 + r() * 0.6})` : `rgba(255,255,255,${0.5 + r() * 0.5})`;
    const s = 0.6 + r() * 1.8;
    g.fillRect(r() * W, r() * H, s, s);
  }
}

/** A printer scan at 150 dpi: a slight rotation, speckle, and a red RECEIVED stamp over part of a box. */
export function printerScan(spec: FormSpec, fill: ScanFill, stamp: { page: number; x: number; y: number; text: string[] }, seed: number): Buffer[] {
  const scale = 150 / 72;
  const r = rng(seed);
  return renderPages(spec, fill, scale).map((src, pi) => {
    const W = src.width;
    const H = src.height;
    const c = createCanvas(W, H);
    const g = c.getContext('2d');
    g.fillStyle = '#fbfbf8';
    g.fillRect(0, 0, W, H);
    g.save();
    g.translate(W / 2, H / 2);
    g.rotate((0.7 * Math.PI) / 180);
    g.translate(-W / 2 + 6, -H / 2 + 4);
    g.drawImage(src, 0, 0);
    g.restore();
    if (pi === stamp.page) {
      g.save();
      g.translate(stamp.x * scale, H - stamp.y * scale);
      g.rotate((-8 * Math.PI) / 180);
      g.globalAlpha = 0.72;
      g.strokeStyle = '#c0262d';
      g.fillStyle = '#c0262d';
      g.lineWidth = 4;
      g.strokeRect(-10, -44, 300, 100);
      g.lineWidth = 1.5;
      g.strokeRect(-4, -38, 288, 88);
      g.font = '36px DejaVuBold';
      g.fillText(stamp.text[0] ?? '', 12, 0);
      g.font = '22px DejaVuBold';
      stamp.text.slice(1).forEach((t, i) => g.fillText(t, 14, 30 + i * 24));
      g.restore();
    }
    speckle(g, W, H, r, 900);
    // a grey edge where the lid did not close
    const grad = g.createLinearGradient(W - 40, 0, W, 0);
    grad.addColorStop(0, 'rgba(0,0,0,0)');
    grad.addColorStop(1, 'rgba(0,0,0,0.45)');
    g.fillStyle = grad;
    g.fillRect(W - 40, 0, 40, H);
    return c.toBuffer('image/jpeg', 82);
  });
}

/** A fax: about 100 dpi, thresholded to black and white, a transmission header line, streaks and drop-outs. */
export function faxScan(spec: FormSpec, fill: ScanFill, header: string, seed: number): Buffer[] {
  const scale = 100 / 72;
  const r = rng(seed);
  return renderPages(spec, fill, scale).map((src, pi) => {
    const W = src.width;
    const H = src.height;
    const c = createCanvas(W, H);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, W, H);
    g.save();
    g.translate(W / 2, H / 2);
    g.rotate((-1.1 * Math.PI) / 180);
    g.translate(-W / 2, -H / 2 + 14);
    g.drawImage(src, 0, 0);
    g.restore();
    g.fillStyle = '#000';
    g.font = '12px LibMono';
    g.fillText(header.replace('{p}', String(pi + 1)), 14, 14);
    const img = g.getImageData(0, 0, W, H);
    const d = img.data;
    for (let y = 0; y < H; y++) {
      const streak = r() < 0.004;
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const lum = 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
        let v = lum < 150 + (r() - 0.5) * 40 ? 0 : 255;
        if (streak && r() < 0.5) v = 0;
        if (r() < 0.0015) v = 255 - v;
        d[i] = d[i + 1] = d[i + 2] = v;
      }
    }
    g.putImageData(img, 0, 0);
    return c.toBuffer('image/png');
  });
}

/** A phone photo of the paper on a desk: taken at an angle, the page not square in the frame, a shadow across it. */
export function photoScan(spec: FormSpec, fill: ScanFill, seed: number): Buffer[] {
  const scale = 1.9;
  const r = rng(seed);
  return renderPages(spec, fill, scale).map((src) => {
    const W = Math.round(src.width * 1.08);
    const H = Math.round(src.height * 1.06);
    const c = createCanvas(W, H);
    const g = c.getContext('2d');
    const desk = g.createLinearGradient(0, 0, W, H);
    desk.addColorStop(0, '#6b5a48');
    desk.addColorStop(1, '#4a3d31');
    g.fillStyle = desk;
    g.fillRect(0, 0, W, H);
    g.save();
    // an affine approximation of the angle: rotation, a shear and the far edge slightly smaller
    g.setTransform(0.955, 0.045, -0.035, 0.94, W * 0.055, H * 0.018);
    g.shadowColor = 'rgba(0,0,0,0.5)';
    g.shadowBlur = 18;
    g.drawImage(src, 0, 0);
    g.restore();
    // the photographer's shadow from the lower left
    const sh = g.createRadialGradient(W * 0.05, H * 1.05, 20, W * 0.05, H * 1.05, W * 0.75);
    sh.addColorStop(0, 'rgba(20,20,30,0.55)');
    sh.addColorStop(0.6, 'rgba(20,20,30,0.28)');
    sh.addColorStop(1, 'rgba(20,20,30,0)');
    g.fillStyle = sh;
    g.fillRect(0, 0, W, H);
    // warm light cast and sensor noise
    g.fillStyle = 'rgba(255,220,160,0.07)';
    g.fillRect(0, 0, W, H);
    for (let i = 0; i < 5000; i++) {
      const v = Math.floor(r() * 80);
      g.fillStyle = `rgba(${v},${v},${v},0.18)`;
      g.fillRect(r() * W, r() * H, 1.5, 1.5);
    }
    return c.toBuffer('image/jpeg', 74);
  });
}
