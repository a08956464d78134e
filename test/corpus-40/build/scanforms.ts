// The paper the scans photograph: forms printed blank and filled in by hand, or typed and signed; and a letter.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { type HandOpts, PX, type PageDraw, coffeeRing, foldLine, hand, printed, rect, signature, stamp, strike, tick } from './scans.js';

type Ctx = SKRSContext2D;
type Rnd = () => number;

export type CItem =
  | { t: 'heading'; text: string }
  | { t: 'text'; text: string; size?: number; bold?: boolean }
  | { t: 'field'; label: string; value?: string; typed?: boolean; lines?: number; crossed?: string; hand?: HandOpts }
  | { t: 'checks'; label: string; options: { label: string; ticked: boolean }[]; cols?: number; typed?: boolean }
  | { t: 'sign'; label: string; signed: boolean; dateLabel: string; date?: string; typedDate?: boolean }
  | { t: 'gap'; h: number };

export interface CForm { header: string[]; title: string[]; items: CItem[]; footer: string; hand?: HandOpts; after?: (ctx: Ctx, r: Rnd) => void }

const M = 44;
const W = 595 - 2 * M;
const LABEL_W = 170;

function wrapPt(ctx: Ctx, text: string, sizePt: number, font: string, widthPt: number): string[] {
  ctx.font = `${(sizePt * PX).toFixed(1)}px ${font}`;
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (ctx.measureText(next).width / PX > widthPt && cur) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  out.push(cur);
  return out;
}

export function drawForm(f: CForm): PageDraw {
  return (ctx, r) => {
    let y = M + 6;
    f.header.forEach((h, i) => {
      ctx.font = `${((i === 0 ? 11 : 8) * PX).toFixed(1)}px ${i === 0 ? 'DVSansBold' : 'DVSans'}`;
      const w = ctx.measureText(h).width / PX;
      printed(ctx, h, 595 - M - w, y + i * 11, i === 0 ? 11 : 8, i === 0 ? 'DVSansBold' : 'DVSans', i === 0 ? '#0b4f9c' : '#333');
    });
    y += Math.max(f.header.length * 11, 20) + 14;
    f.title.forEach((t, i) => {
      printed(ctx, t, M, y, i === 0 ? 14 : 11.5, 'DVSansBold', '#0b4f9c');
      y += i === 0 ? 19 : 15;
    });
    y += 4;
    const handOpts: HandOpts = f.hand ?? { caps: true };
    for (const it of f.items) {
      switch (it.t) {
        case 'heading':
          rect(ctx, M, y, W, 17, 0, '#0b4f9c', '#0b4f9c');
          printed(ctx, it.text, M + 5, y + 12.5, 10, 'DVSansBold', '#fff');
          y += 24;
          break;
        case 'text': {
          for (const l of wrapPt(ctx, it.text, it.size ?? 8.5, it.bold ? 'DVSansBold' : 'DVSans', W)) {
            printed(ctx, l, M, y + (it.size ?? 8.5), it.size ?? 8.5, it.bold ? 'DVSansBold' : 'DVSans', '#222');
            y += (it.size ?? 8.5) + 3;
          }
          y += 5;
          break;
        }
        case 'field': {
          const h = 20 * (it.lines ?? 1) + 2;
          wrapPt(ctx, it.label, 9, 'DVSans', LABEL_W - 8).forEach((l, i) => printed(ctx, l, M, y + 13 + i * 10.5, 9, 'DVSans', '#222'));
          rect(ctx, M + LABEL_W, y, W - LABEL_W, h, 1.3, '#333');
          const vx = M + LABEL_W + 6;
          const opts = { ...handOpts, ...(it.hand ?? {}) };
          if (it.crossed) {
            const w = hand(ctx, it.crossed, vx, y + 15, 11, r, opts);
            strike(ctx, vx, y + 15 - 3, w, r, opts.ink);
            if (it.value) hand(ctx, it.value, vx, y + 36, 11, r, opts);
          } else if (it.value) {
            if (it.typed) printed(ctx, it.value, vx, y + 14.5, 10.5, 'DVSans', '#111');
            else hand(ctx, it.value, vx, y + 15.5, 11, r, opts);
          }
          y += h + 6;
          break;
        }
        case 'checks': {
          printed(ctx, it.label, M, y + 10, 9, 'DVSansBold', '#111');
          y += 16;
          const cols = it.cols ?? 1;
          const cw = W / cols;
          it.options.forEach((o, i) => {
            const cx = M + (i % cols) * cw;
            const cy = y + Math.floor(i / cols) * 17;
            rect(ctx, cx, cy, 11, 11, 1.3, '#333');
            printed(ctx, o.label, cx + 17, cy + 9.5, 9, 'DVSans', '#222');
            if (o.ticked) {
              if (it.typed) printed(ctx, 'X', cx + 2, cy + 9.8, 10, 'DVSansBold', '#111');
              else tick(ctx, cx, cy, r, handOpts.ink);
            }
          });
          y += Math.ceil(it.options.length / cols) * 17 + 6;
          break;
        }
        case 'sign': {
          const sw = W * 0.6;
          printed(ctx, it.label, M, y + 9, 8.5, 'DVSans', '#222');
          rect(ctx, M, y + 13, sw, 46, 1.3, '#333');
          if (it.signed) signature(ctx, M + 12, y + 17, Math.min(180, sw - 24), 38, r, handOpts.ink === '#111' ? '#111' : '#0d1a55');
          printed(ctx, it.dateLabel, M + sw + 12, y + 9, 8.5, 'DVSans', '#222');
          rect(ctx, M + sw + 12, y + 13, W - sw - 12, 24, 1.3, '#333');
          if (it.date) {
            if (it.typedDate) printed(ctx, it.date, M + sw + 18, y + 29, 10.5, 'DVSans', '#111');
            else hand(ctx, it.date, M + sw + 18, y + 30, 11, r, { ...handOpts, caps: false, font: 'DVSans' });
          }
          y += 66;
          break;
        }
        case 'gap':
          y += it.h;
          break;
      }
    }
    printed(ctx, f.footer, M, 842 - 26, 7.5, 'DVSans', '#444');
    f.after?.(ctx, r);
  };
}

// ---------- the four scanned documents ----------

export interface GppScanValues {
  practice: string; code: string; address: string; nominee: string; job: string; oldEmail: string; email: string; tel: string;
  approver: string; role: string; approverEmail: string; date: string;
}

/** GPP certification, printed blank, filled in by hand in capitals; the nominee's email crossed out and rewritten. */
export function gppHandPage(v: GppScanValues): PageDraw {
  return drawForm({
    header: ['Primary Care Support England', 'PCSE Online user management', 'Return to pcse.portalenquiries@nhs.net'],
    title: ['GP Payments and Pensions', 'Practice User Administrator Certification'],
    hand: { caps: true, ink: '#1b2f7a' },
    items: [
      { t: 'text', text: 'Use this form when your practice has no GPP Practice User Administrator. Complete both parts. Part B must be completed by one of your organisation\'s approvers. A practice may have up to four GPP Practice User Administrators.' },
      { t: 'heading', text: 'Part A  Practice and nominee' },
      { t: 'field', label: 'Practice name', value: v.practice },
      { t: 'field', label: 'Practice code (ODS)', value: v.code },
      { t: 'field', label: 'Practice address', value: v.address, lines: 2, hand: { caps: true, spacing: 1.0 } },
      { t: 'field', label: 'Nominee full name', value: v.nominee },
      { t: 'field', label: 'Nominee job title', value: v.job },
      { t: 'field', label: 'Nominee email address (this will be their PCSE Online user name)', value: v.email, crossed: v.oldEmail, lines: 2 },
      { t: 'field', label: 'Nominee telephone', value: v.tel },
      { t: 'heading', text: 'Part B  Authorisation by an organisation approver' },
      { t: 'text', text: 'I confirm that the person named in Part A works for this practice and should hold the GPP Practice User Administrator role in PCSE Online.' },
      { t: 'field', label: 'Approver name', value: v.approver },
      { t: 'field', label: 'Approver role / position', value: v.role },
      { t: 'field', label: 'Approver email address', value: v.approverEmail },
      { t: 'sign', label: 'Approver signature', signed: true, dateLabel: 'Date', date: v.date },
    ],
    footer: 'PCSE GPP UA certification  v3.2  (page 1 of 2)',
  });
}

export interface LetterValues {
  company: string[]; date: string; re: string[]; body: string[]; contact: string[]; after: string[]; signer: string[];
  stampLines: string[];
}

/** A pharmacy group's typed letter, signed, rubber-stamped over the signature block, folded in three. */
export function letterPage(v: LetterValues): PageDraw {
  return (ctx, r) => {
    // letterhead
    printed(ctx, v.company[0]!, M, 70, 20, 'DVSerifBold', '#2b5d3a');
    v.company.slice(1).forEach((l, i) => printed(ctx, l, M, 86 + i * 10.5, 8, 'DVSans', '#444'));
    ctx.strokeStyle = '#2b5d3a';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(M * PX, 122 * PX);
    ctx.lineTo((595 - M) * PX, 122 * PX);
    ctx.stroke();
    let y = 160;
    for (const l of ['Primary Care Support England', 'PCSE Online - Portal Enquiries', 'By email: pcse.portalenquiries@nhs.net']) {
      printed(ctx, l, M, y, 10.5, 'DVSerif');
      y += 14;
    }
    y += 10;
    printed(ctx, v.date, M, y, 10.5, 'DVSerif');
    y += 28;
    printed(ctx, 'Dear Sir or Madam', M, y, 10.5, 'DVSerif');
    y += 22;
    for (const l of v.re) {
      printed(ctx, l, M, y, 10.5, 'DVSerifBold');
      y += 14;
    }
    y += 10;
    const para = (lines: string[]): void => {
      for (const l of lines) {
        printed(ctx, l, M, y, 10.5, 'DVSerif');
        y += 15;
      }
      y += 9;
    };
    para(v.body);
    for (const l of v.contact) {
      printed(ctx, l, M + 30, y, 10.5, 'DVSerifBold');
      y += 15;
    }
    y += 9;
    para(v.after);
    printed(ctx, 'Yours faithfully', M, y, 10.5, 'DVSerif');
    const sigY = y + 8;
    signature(ctx, M + 4, sigY, 150, 40, r, '#101030');
    y += 64;
    for (const l of v.signer) {
      printed(ctx, l, M, y, 10.5, 'DVSerif');
      y += 14;
    }
    printed(ctx, 'Marlowe Pharmacy Group Ltd is registered in England and Wales no. 08812345. VAT no. GB 214 5567 90.', M, 800, 7, 'DVSans', '#555');
    // the branch stamps the letter over the signature and the signer's name
    stamp(ctx, v.stampLines, M + 150, sigY + 44, -0.14, '#5a2a8a', r);
    // folded in three for the envelope
    foldLine(ctx, 281, 595, r);
    foldLine(ctx, 562, 595, r);
  };
}

export interface OeGpValues {
  practice: string; code: string; address: string; title: string; forename: string; surname: string; job: string;
  email: string; tel: string; existingUser: string; signatory: string; sigEmail: string; roles: boolean[]; date: string;
}

export const OE_GP_ROLES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

/** Open Exeter Primary User (GP practices), typed in, printed, signed and dated by hand, a mug set down on it. */
export function oeGpTypedPage1(v: OeGpValues): PageDraw {
  return drawForm({
    header: ['NHS England', 'Primary Care Support England', 'Open Exeter - cervical screening'],
    title: ['Request for an Open Exeter Primary User', 'GP practices'],
    hand: { caps: false, ink: '#14206b' },
    items: [
      { t: 'text', text: 'A Primary User (also called Primary Contact) can add, amend and delete Open Exeter users for the practice and reset their passwords. Send the completed and signed form to pcse.openexeter@nhs.net.' },
      { t: 'heading', text: '1. Practice' },
      { t: 'field', label: 'Practice name', value: v.practice, typed: true },
      { t: 'field', label: 'Practice code', value: v.code, typed: true },
      { t: 'field', label: 'Address', value: v.address, typed: true },
      { t: 'heading', text: '2. Person to be set up as Primary User' },
      { t: 'field', label: 'Title', value: v.title, typed: true },
      { t: 'field', label: 'Forename', value: v.forename, typed: true },
      { t: 'field', label: 'Surname', value: v.surname, typed: true },
      { t: 'field', label: 'Job title', value: v.job, typed: true },
      { t: 'field', label: 'NHS email address', value: v.email, typed: true },
      { t: 'field', label: 'Telephone', value: v.tel, typed: true },
      { t: 'field', label: 'Existing Open Exeter user ID (if any)', value: v.existingUser, typed: true },
      { t: 'heading', text: '3. Authorised signatory' },
      { t: 'field', label: 'Name', value: v.signatory, typed: true },
      { t: 'field', label: 'Email address', value: v.sigEmail, typed: true },
      { t: 'checks', label: 'I am signing as (tick one):', options: OE_GP_ROLES.map((l, i) => ({ label: l, ticked: v.roles[i] ?? false })), cols: 2 },
      { t: 'sign', label: 'Signature (the request cannot be processed unless this page is signed)', signed: true, dateLabel: 'Date', date: v.date },
    ],
    footer: 'OE PU GP form  Rev 07/24   Page 1 of 2',
    after: (ctx, r) => coffeeRing(ctx, 430, 300, 58, r),
  });
}

export function oeNotesPage(footer: string): PageDraw {
  return drawForm({
    header: ['Primary Care Support England'],
    title: ['Notes for completing this form'],
    items: [
      { t: 'text', text: '1. Each organisation using Open Exeter should have a Primary User. We recommend two Primary User accounts so that access can still be managed when one of them is away.' },
      { t: 'text', text: '2. The Primary User can add, amend and delete users and reset passwords through Organisation Maintenance. If "Organisation Maintenance" is already listed under Application, you are already a Primary User.' },
      { t: 'text', text: '3. The form must be signed at the bottom of page 1 by an authorised signatory. Unsigned forms cannot be processed and will be returned.' },
      { t: 'text', text: '4. If no authorised signatory is available, request a new Caldicott Guardian first.' },
      { t: 'text', text: '5. Once the Primary User is created, new users they set up are notified to PCSE automatically; PCSE authorises them and issues a password.' },
      { t: 'text', text: 'For office use only' , bold: true },
      { t: 'field', label: 'Signatory validated by' },
      { t: 'field', label: 'Date actioned' },
    ],
    footer,
  });
}

export interface OeOtherValues {
  org: string; orgType: string; code: string; address: string; forename: string; surname: string; job: string; email: string; tel: string;
  signatory: string; sigJob: string; sigEmail: string; roles: boolean[]; date: string;
}
export const OE_OTHER_ROLES = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];

/** Open Exeter Primary User (other organisations), filled in by hand in mixed case, folded, scanned pale. */
export function oeOtherHandPage(v: OeOtherValues): PageDraw {
  const base = drawForm({
    header: ['NHS England', 'Primary Care Support England', 'Open Exeter - cervical screening'],
    title: ['Request for an Open Exeter Primary User', 'Organisations other than GP practices'],
    hand: { caps: false, ink: '#151515', font: 'DVCondOblique' },
    items: [
      { t: 'text', text: 'For organisations that are not GP practices (for example hospital departments, laboratories, sexual health services, PCN hubs). Sign at the bottom of this page and email the form to pcse.openexeter@nhs.net.' },
      { t: 'heading', text: 'A. Organisation' },
      { t: 'field', label: 'Organisation name', value: v.org },
      { t: 'field', label: 'Type of organisation', value: v.orgType },
      { t: 'field', label: 'Organisation code', value: v.code },
      { t: 'field', label: 'Address', value: v.address },
      { t: 'heading', text: 'B. Primary User' },
      { t: 'field', label: 'Forename(s)', value: v.forename },
      { t: 'field', label: 'Surname', value: v.surname },
      { t: 'field', label: 'Job title', value: v.job },
      { t: 'field', label: 'Email address', value: v.email },
      { t: 'field', label: 'Telephone', value: v.tel },
      { t: 'heading', text: 'C. Authorised signatory' },
      { t: 'field', label: 'Name', value: v.signatory },
      { t: 'field', label: 'Job title', value: v.sigJob },
      { t: 'field', label: 'Email address', value: v.sigEmail },
      { t: 'checks', label: 'Capacity in which you sign (tick):', options: OE_OTHER_ROLES.map((l, i) => ({ label: l, ticked: v.roles[i] ?? false })) },
      { t: 'sign', label: 'Signature', signed: true, dateLabel: 'Date', date: v.date },
    ],
    footer: 'OE PU Other Orgs form  Rev 07/24   Page 1 of 1',
  });
  return (ctx, r) => {
    base(ctx, r);
    foldLine(ctx, 421, 595, r);
  };
}
