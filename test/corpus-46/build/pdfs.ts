// The PDF attachments of corpus 46: fillable AcroForms, flat text PDFs (pdf-lib) and image-only scans (@napi-rs/canvas).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DVSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DVSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DVSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Italic.ttf`, 'DVSerifItalic');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'DVMono');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DVCondOblique');

const FIXED_DATE = new Date('2026-11-02T08:30:00Z');

/** Seeded PRNG (mulberry32) so the scans are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function finish(doc: PDFDocument, title: string, producer: string): Promise<Buffer> {
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------- form descriptions

export interface Row {
  label: string;
  value: string;
  field: string; // AcroForm field name
}

export interface Tick {
  label: string;
  checked: boolean;
  field: string;
}

export interface Section {
  heading: string;
  note?: string;
  rows: Row[];
  ticks?: Tick[];
  signature?: { field: string; signed: boolean; signer: string; dateField: string; date: string };
}

export interface FormDoc {
  title: string;
  subtitle: string;
  sections: Section[];
  guidance?: { heading: string; paras: string[] }; // page 2
  footer: string;
}

// ---------------------------------------------------------------- GPP certification form

export interface GppValues {
  practiceName: string;
  odsCode: string;
  address: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  date: string;
  signed: boolean;
}

export function gppForm(v: GppValues): FormDoc {
  return {
    title: 'GP Payments and Pensions (GPP)',
    subtitle: 'Practice User Administrator - Certification Form',
    sections: [
      {
        heading: 'Part 1 - Practice and nominated User Administrator',
        note: 'Complete in BLOCK CAPITALS or type. One nominee per form. A maximum of four GPP Practice User Administrators per practice.',
        rows: [
          { label: 'Practice name', value: v.practiceName, field: 'p1_practice_name' },
          { label: 'Practice (ODS) code', value: v.odsCode, field: 'p1_ods' },
          { label: 'Practice address', value: v.address, field: 'p1_address' },
          { label: 'Nominee full name', value: v.nomineeName, field: 'p1_nominee_name' },
          { label: 'Nominee job title', value: v.nomineeRole, field: 'p1_nominee_title' },
          { label: 'Nominee email address', value: v.nomineeEmail, field: 'p1_nominee_email' },
          { label: 'Nominee telephone', value: v.nomineePhone, field: 'p1_nominee_tel' },
        ],
      },
      {
        heading: 'Part 2 - Certification by an organisation approver',
        note: 'I certify that the person named in Part 1 is employed by the practice and should hold the GPP Practice User Administrator role.',
        rows: [
          { label: 'Approver name', value: v.approverName, field: 'p2_approver_name' },
          { label: 'Approver role', value: v.approverRole, field: 'p2_approver_role' },
          { label: 'Approver email address', value: v.approverEmail, field: 'p2_approver_email' },
        ],
        signature: { field: 'p2_signature', signed: v.signed, signer: v.approverName, dateField: 'p2_date', date: v.date },
      },
    ],
    footer: 'Return both parts to pcse.portalenquiries@nhs.net   |   GPP-UA-CERT v3.2',
  };
}

// ---------------------------------------------------------------- Open Exeter primary user forms

export interface OeValues {
  orgName: string;
  orgCode: string;
  address: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  signatoryName: string;
  signatoryRoleTick: string; // one of the tick labels, or '' for none
  signatoryRoleText?: string; // written in when none of the boxes fits
  date: string;
  signed: boolean;
}

const GP_SIGNATORIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_SIGNATORIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

export function oeForm(v: OeValues, gp: boolean): FormDoc {
  const opts = gp ? GP_SIGNATORIES : OTHER_SIGNATORIES;
  return {
    title: 'Open Exeter - Cervical Screening',
    subtitle: gp ? 'Request for a Primary User: GP Practices' : 'Request for a Primary User: Other Organisations',
    sections: [
      {
        heading: gp ? 'Section A - GP practice' : 'Section A - Organisation',
        rows: [
          { label: gp ? 'Practice name' : 'Organisation name', value: v.orgName, field: 'A_org_name' },
          { label: gp ? 'Practice code' : 'Organisation code (if known)', value: v.orgCode, field: 'A_org_code' },
          { label: 'Address', value: v.address, field: 'A_address' },
        ],
      },
      {
        heading: 'Section B - Person to be set up as Primary User',
        rows: [
          { label: 'Full name', value: v.nomineeName, field: 'B_name' },
          { label: 'Job title', value: v.nomineeRole, field: 'B_job_title' },
          { label: 'NHS email address', value: v.nomineeEmail, field: 'B_email' },
          { label: 'Telephone', value: v.nomineePhone, field: 'B_tel' },
        ],
      },
      {
        heading: 'Section C - Authorised signatory (must sign here, bottom of page 1)',
        rows: [
          { label: 'Signatory name', value: v.signatoryName, field: 'C_name' },
          { label: 'Capacity (if none of the boxes)', value: v.signatoryRoleText ?? '', field: 'C_capacity_other' },
        ],
        ticks: opts.map((o, i) => ({ label: o, checked: o === v.signatoryRoleTick, field: `C_role_${i + 1}` })),
        signature: { field: 'C_signature', signed: v.signed, signer: v.signatoryName, dateField: 'C_date', date: v.date },
      },
    ],
    guidance: {
      heading: 'Guidance notes (page 2)',
      paras: [
        'A Primary User (also known as a Primary Contact) manages Open Exeter access for the organisation: adding, amending and deleting users and resetting passwords. We recommend two Primary Users per organisation.',
        gp
          ? 'This form must be signed at the bottom of page 1 by one of: Lead GP; GP Partner; Caldicott Guardian; Existing Primary Contact; Member of the Board of Directors.'
          : 'This form must be signed at the bottom of page 1 by one of: Caldicott Guardian; Member of the Board of Directors; an existing Primary User within the organisation.',
        'Forms that are not signed by an authorised signatory cannot be processed and will be returned.',
        'If no one from the list is available, the organisation should first register a new Caldicott Guardian.',
        'Email the completed form to pcse.openexeter@nhs.net. PCSE will validate the signatory and then authorise the request.',
      ],
    },
    footer: `OE-PU-${gp ? 'GP' : 'ORG'} rev 2025-04   |   Page 1 of 2`,
  };
}

// ---------------------------------------------------------------- pdf-lib rendering (fillable or flat)

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(t, size) > width && cur) {
      lines.push(cur);
      cur = w;
    } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}

function signaturePath(page: PDFPage, x: number, y: number, seed: number): void {
  const r = rng(seed);
  let d = `M 0 ${10 + r() * 6}`;
  for (let i = 1; i <= 7; i++) d += ` C ${i * 14 - 8} ${-r() * 18} ${i * 14 - 4} ${r() * 24} ${i * 14} ${4 + r() * 12}`;
  page.drawSvgPath(d, { x, y: y + 22, borderColor: rgb(0.08, 0.12, 0.45), borderWidth: 1.2 });
}

export interface RenderOpts {
  fillable: boolean;
  serif?: boolean;
  producer: string;
  seed: number;
}

export async function renderForm(f: FormDoc, o: RenderOpts): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  const form = o.fillable ? doc.getForm() : null;
  let y = 800;
  page.drawRectangle({ x: 40, y: y - 6, width: 515, height: 30, color: rgb(0.0, 0.37, 0.72) });
  page.drawText(f.title, { x: 50, y: y + 4, size: 14, font: bold, color: rgb(1, 1, 1) });
  y -= 28;
  page.drawText(f.subtitle, { x: 40, y, size: 12, font: bold });
  y -= 22;
  for (const s of f.sections) {
    page.drawText(s.heading, { x: 40, y, size: 10.5, font: bold, color: rgb(0.0, 0.25, 0.55) });
    y -= s.note ? 14 : 24;
    if (s.note) {
      for (const l of wrap(s.note, font, 8.5, 510)) {
        page.drawText(l, { x: 40, y, size: 8.5, font, color: rgb(0.25, 0.25, 0.25) });
        y -= 11;
      }
      y -= 10;
    }
    for (const r of s.rows) {
      page.drawText(r.label, { x: 44, y: y + 4, size: 9, font });
      if (form) {
        const tf = form.createTextField(r.field);
        tf.addToPage(page, { x: 200, y: y - 1, width: 350, height: 17, font, borderColor: rgb(0.5, 0.5, 0.5) });
        if (r.value) tf.setText(r.value);
        tf.defaultUpdateAppearances(font);
      } else {
        page.drawRectangle({ x: 200, y: y - 1, width: 350, height: 17, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.6 });
        if (r.value) page.drawText(r.value, { x: 204, y: y + 4, size: 9.5, font });
      }
      y -= 22;
    }
    if (s.ticks) {
      page.drawText('Signatory capacity (tick one):', { x: 44, y: y + 4, size: 9, font });
      y -= 16;
      for (const t of s.ticks) {
        if (form) {
          const cb = form.createCheckBox(t.field);
          cb.addToPage(page, { x: 60, y: y, width: 10, height: 10, borderColor: rgb(0.3, 0.3, 0.3) });
          if (t.checked) cb.check();
        } else {
          page.drawRectangle({ x: 60, y, width: 10, height: 10, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
          if (t.checked) page.drawText('X', { x: 61.5, y: y + 1.5, size: 9, font: bold });
        }
        page.drawText(t.label, { x: 78, y: y + 1.5, size: 9, font });
        y -= 15;
      }
      y -= 4;
    }
    if (s.signature) {
      const sg = s.signature;
      page.drawText('Signature', { x: 44, y: y - 14, size: 9, font });
      page.drawRectangle({ x: 200, y: y - 30, width: 200, height: 40, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
      if (sg.signed) signaturePath(page, 210, y - 30, o.seed);
      page.drawText('Date', { x: 410, y: y - 14, size: 9, font });
      if (form) {
        const df = form.createTextField(sg.dateField);
        df.addToPage(page, { x: 440, y: y - 19, width: 110, height: 17, font, borderColor: rgb(0.5, 0.5, 0.5) });
        if (sg.date) df.setText(sg.date);
        df.defaultUpdateAppearances(font);
      } else {
        page.drawRectangle({ x: 440, y: y - 19, width: 110, height: 17, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.6 });
        if (sg.date) page.drawText(sg.date, { x: 444, y: y - 14, size: 9.5, font });
      }
      y -= 44;
    }
    y -= 10;
  }
  page.drawText(f.footer, { x: 40, y: 30, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
  if (f.guidance) {
    const p2 = doc.addPage([595.28, 841.89]);
    let y2 = 790;
    p2.drawText(f.guidance.heading, { x: 40, y: y2, size: 12, font: bold });
    y2 -= 24;
    for (const para of f.guidance.paras) {
      for (const l of wrap(para, font, 10, 510)) {
        p2.drawText(l, { x: 40, y: y2, size: 10, font });
        y2 -= 14;
      }
      y2 -= 8;
    }
    p2.drawText(f.footer.replace('Page 1 of 2', 'Page 2 of 2'), { x: 40, y: 30, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
  }
  return finish(doc, `${f.title} ${f.subtitle}`, o.producer);
}

// ---------------------------------------------------------------- flat free-form documents

export async function flatDocument(title: string, blocks: { text: string; bold?: boolean; size?: number; gap?: number }[], producer: string, landscape = false): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [w, h] = landscape ? [841.89, 595.28] : [595.28, 841.89];
  const page = doc.addPage([w, h]);
  let y = h - 50;
  for (const b of blocks) {
    const f = b.bold ? bold : font;
    const size = b.size ?? 10;
    for (const l of b.text.split('\n').flatMap((x) => (x === '' ? [''] : wrap(x, f, size, w - 90)))) {
      if (l) page.drawText(l, { x: 45, y, size, font: f });
      y -= size + 4;
    }
    y -= b.gap ?? 6;
  }
  return finish(doc, title, producer);
}

// ---------------------------------------------------------------- scans (image only)

export interface ScanOpts {
  seed: number;
  skewDeg: number;
  handwritten: boolean; // values in a hand-like slanted lettering, else typed
  contrast: number; // 0.55 (faint) .. 1
  stamp?: string; // a received/practice stamp
  photo?: boolean; // photographed: uneven light, vignette
}

const PX = 1240;
const PY = 1754;
const S = PX / 595.28; // pixels per PDF point at 150 dpi

function handText(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, r: () => number): void {
  let cx = x;
  for (const ch of text) {
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 2.2);
    ctx.rotate((r() - 0.5) * 0.08 - 0.04);
    ctx.font = `${size * (0.95 + r() * 0.1)}px DVCondOblique`;
    ctx.fillText(ch, 0, 0);
    cx += ctx.measureText(ch).width * (0.92 + r() * 0.08);
    ctx.restore();
  }
}

function scribble(ctx: SKRSContext2D, x: number, y: number, w: number, r: () => number): void {
  ctx.save();
  ctx.strokeStyle = 'rgb(20,30,110)';
  ctx.lineWidth = 2.6;
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  for (let i = 0; i < 9; i++) {
    const nx = cx + w / 9;
    ctx.bezierCurveTo(cx + 6, y - 30 * r(), nx - 8, y + 26 * r(), nx, y - 6 + 12 * r());
    cx = nx;
  }
  ctx.moveTo(x + w * 0.1, y + 14);
  ctx.quadraticCurveTo(x + w * 0.5, y + 24 * r(), x + w * 0.95, y + 4);
  ctx.stroke();
  ctx.restore();
}

function drawScanPage(f: FormDoc, pageNo: 1 | 2, o: ScanOpts): Buffer {
  const r = rng(o.seed + pageNo * 7919);
  const c = createCanvas(PX, PY);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, PX, PY);
  ctx.save();
  ctx.translate(PX / 2, PY / 2);
  ctx.rotate((o.skewDeg * Math.PI) / 180);
  ctx.translate(-PX / 2 + (r() - 0.5) * 20, -PY / 2 + (r() - 0.5) * 16);
  const ink = Math.round(255 * (1 - o.contrast));
  const inkC = `rgb(${ink},${ink},${ink})`;
  ctx.fillStyle = inkC;
  ctx.strokeStyle = inkC;
  const P = (pt: number): number => pt * S;
  let y = P(60);
  if (pageNo === 1) {
    ctx.lineWidth = 2;
    ctx.strokeRect(P(40), y - P(20), P(515), P(30));
    ctx.font = `bold ${P(14)}px DVSansBold`;
    ctx.fillText(f.title, P(50), y);
    y += P(30);
    ctx.font = `${P(12)}px DVSansBold`;
    ctx.fillText(f.subtitle, P(40), y);
    y += P(24);
    for (const s of f.sections) {
      ctx.font = `${P(10.5)}px DVSansBold`;
      ctx.fillText(s.heading, P(40), y);
      y += P(16);
      if (s.note) {
        ctx.font = `${P(8.5)}px DVSans`;
        const words = s.note.split(' ');
        let line = '';
        for (const wd of words) {
          if (ctx.measureText(`${line} ${wd}`).width > P(510)) {
            ctx.fillText(line, P(40), y);
            y += P(11);
            line = wd;
          } else line = line ? `${line} ${wd}` : wd;
        }
        ctx.fillText(line, P(40), y);
        y += P(14);
      }
      for (const row of s.rows) {
        ctx.font = `${P(9)}px DVSans`;
        ctx.fillText(row.label, P(44), y);
        ctx.lineWidth = 1.2;
        ctx.beginPath();
        ctx.moveTo(P(200), y + P(3));
        ctx.lineTo(P(550), y + P(3));
        ctx.stroke();
        if (row.value) {
          ctx.save();
          ctx.fillStyle = o.handwritten ? 'rgb(25,35,95)' : inkC;
          if (o.handwritten) handText(ctx, row.value, P(206), y - P(1), P(11.5), r);
          else {
            ctx.font = `${P(10)}px DVMono`;
            ctx.fillText(row.value, P(206), y - P(1));
          }
          ctx.restore();
        }
        y += P(22);
      }
      if (s.ticks) {
        ctx.font = `${P(9)}px DVSans`;
        ctx.fillText('Signatory capacity (tick one):', P(44), y);
        y += P(16);
        for (const t of s.ticks) {
          ctx.lineWidth = 1.5;
          ctx.strokeRect(P(60), y - P(9), P(10), P(10));
          ctx.fillText(t.label, P(78), y);
          if (t.checked) {
            ctx.save();
            ctx.strokeStyle = 'rgb(25,35,95)';
            ctx.lineWidth = 3.2;
            ctx.beginPath();
            ctx.moveTo(P(59), y - P(5));
            ctx.lineTo(P(64), y + P(1));
            ctx.lineTo(P(74), y - P(13));
            ctx.stroke();
            ctx.restore();
          }
          y += P(15);
        }
        y += P(4);
      }
      if (s.signature) {
        const sg = s.signature;
        ctx.font = `${P(9)}px DVSans`;
        ctx.fillText('Signature', P(44), y + P(8));
        ctx.lineWidth = 1.2;
        ctx.strokeRect(P(200), y - P(12), P(200), P(40));
        if (sg.signed) scribble(ctx, P(212), y + P(10), P(170), r);
        ctx.fillText('Date', P(410), y + P(8));
        ctx.beginPath();
        ctx.moveTo(P(440), y + P(11));
        ctx.lineTo(P(550), y + P(11));
        ctx.stroke();
        if (sg.date) {
          ctx.save();
          ctx.fillStyle = 'rgb(25,35,95)';
          if (o.handwritten) handText(ctx, sg.date, P(446), y + P(8), P(11), r);
          else {
            ctx.font = `${P(10)}px DVMono`;
            ctx.fillText(sg.date, P(446), y + P(8));
          }
          ctx.restore();
        }
        y += P(46);
      }
      y += P(10);
    }
    ctx.font = `${P(7.5)}px DVSans`;
    ctx.fillText(f.footer, P(40), P(812));
  } else if (f.guidance) {
    ctx.font = `${P(12)}px DVSansBold`;
    ctx.fillText(f.guidance.heading, P(40), y);
    y += P(26);
    ctx.font = `${P(10)}px DVSans`;
    for (const para of f.guidance.paras) {
      let line = '';
      for (const wd of para.split(' ')) {
        if (ctx.measureText(`${line} ${wd}`).width > P(510)) {
          ctx.fillText(line, P(40), y);
          y += P(14);
          line = wd;
        } else line = line ? `${line} ${wd}` : wd;
      }
      ctx.fillText(line, P(40), y);
      y += P(22);
    }
    ctx.font = `${P(7.5)}px DVSans`;
    ctx.fillText(f.footer.replace('Page 1 of 2', 'Page 2 of 2'), P(40), P(812));
  }
  if (o.stamp && pageNo === 1) {
    ctx.save();
    ctx.translate(P(430), P(150));
    ctx.rotate(-0.18);
    ctx.strokeStyle = 'rgba(170,20,30,0.75)';
    ctx.fillStyle = 'rgba(170,20,30,0.75)';
    ctx.lineWidth = 4;
    ctx.strokeRect(-P(70), -P(26), P(140), P(46));
    ctx.font = `${P(9)}px DVSansBold`;
    const lines = o.stamp.split('\n');
    lines.forEach((l, i) => ctx.fillText(l, -P(64), -P(10) + i * P(12)));
    ctx.restore();
  }
  ctx.restore();
  // noise: speckles, a dark edge, uneven light for photos
  const img = ctx.getImageData(0, 0, PX, PY);
  const d = img.data;
  for (let i = 0; i < 9000; i++) {
    const x = Math.floor(r() * PX);
    const yy = Math.floor(r() * PY);
    const k = (yy * PX + x) * 4;
    const v = r() < 0.5 ? 40 : 200;
    d[k] = v;
    d[k + 1] = v;
    d[k + 2] = v;
  }
  for (let yy = 0; yy < PY; yy++) {
    for (let x = 0; x < PX; x++) {
      const k = (yy * PX + x) * 4;
      let f = 1;
      if (x < 22) f *= 0.35 + (x / 22) * 0.65; // shadowed edge of the scanner lid
      if (o.photo) {
        const dx = (x - PX * 0.4) / PX;
        const dy = (yy - PY * 0.35) / PY;
        f *= 1 - 0.38 * (dx * dx + dy * dy) * 2.2;
      }
      const base = 0.93 + 0.05 * o.contrast;
      d[k] = Math.min(255, d[k]! * f * base + (o.photo ? 8 : 0));
      d[k + 1] = Math.min(255, d[k + 1]! * f * base + (o.photo ? 5 : 0));
      d[k + 2] = Math.min(255, d[k + 2]! * f * base);
    }
  }
  ctx.putImageData(img, 0, 0);
  return c.encodeSync('jpeg', 72);
}

/** An image-only PDF of the form's pages as scanned (no text layer). */
export async function scanForm(f: FormDoc, o: ScanOpts, pages: 1 | 2, producer: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const p of pages === 2 ? ([1, 2] as const) : ([1] as const)) {
    const jpg = await doc.embedJpg(drawScanPage(f, p, o));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(jpg, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return finish(doc, 'Scanned document', producer);
}
