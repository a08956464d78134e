// The three scanned (image-only) attachments of corpus 47.
import { box, hand, scanPdf, signature, stamp, text } from './pdfs.js';

/** A GPP certification form typed, printed, signed and scanned (one page, both parts). */
export function gppCertScan(): Promise<Buffer> {
  return scanPdf(4711, [{
    skewDeg: 0.9, contrast: 0.75,
    draw: (ctx, r) => {
      text(ctx, 'GP Payments and Pensions', 110, 150, 40, 'DejaVu Sans Bold');
      text(ctx, 'Practice User Administrator Certification Form', 110, 200, 30);
      text(ctx, 'Return to pcse.portalenquiries@nhs.net', 110, 240, 22);
      text(ctx, 'Part 1 - Nominated User Administrator', 110, 320, 28, 'DejaVu Sans Bold');
      const rows1: [string, string][] = [
        ['Practice name', 'Rowan Tree Surgery'], ['Practice code', 'H81092'], ['Address', '3 Station Approach, Epsom KT19 8EP'],
        ['Name', 'Melanie Achterberg'], ['Role', 'Assistant Practice Manager'], ['Email', 'melanie.achterberg@nhs.net'], ['Telephone', '01372 725 400'],
      ];
      rows1.forEach(([l, v], i) => {
        const y = 380 + i * 62;
        box(ctx, 110, y - 38, 1020, 58);
        text(ctx, l, 125, y, 24);
        text(ctx, v, 470, y, 27);
      });
      text(ctx, 'Part 2 - Authorisation', 110, 870, 28, 'DejaVu Sans Bold');
      text(ctx, 'I confirm the above person should be given the GPP Practice User', 110, 915, 22);
      text(ctx, 'Administrator role for this practice.', 110, 945, 22);
      const rows2: [string, string][] = [
        ['Authorised by', 'Dr Oluwaseun Bankole'], ['Position', 'Senior Partner'], ['Email', 'o.bankole@nhs.net'], ['Date', '09/11/2026'],
      ];
      rows2.forEach(([l, v], i) => {
        const y = 1010 + i * 62;
        box(ctx, 110, y - 38, 1020, 58);
        text(ctx, l, 125, y, 24);
        text(ctx, v, 470, y, 27);
      });
      box(ctx, 110, 1262, 1020, 130);
      text(ctx, 'Signature', 125, 1300, 24);
      signature(ctx, r, 480, 1340, 300);
      stamp(ctx, ['ROWAN TREE SURGERY', 'EPSOM  KT19 8EP'], 700, 1460);
    },
  }]);
}

/** The Open Exeter GP Primary User form filled in by hand, signed, scanned (two pages). */
export function oeHandScan(): Promise<Buffer> {
  const page1 = {
    skewDeg: -1.4, contrast: 0.6,
    draw: (ctx: Parameters<typeof hand>[0], r: () => number): void => {
      text(ctx, 'Open Exeter', 110, 140, 42, 'DejaVu Serif Bold');
      text(ctx, 'Primary User request - GP practices', 110, 190, 30, 'DejaVu Serif');
      const rows: [string, string][] = [
        ['Practice name', 'Canal Side Medical Practice'], ['Practice code', 'E85617'],
        ['Address', '90 Wharf Road, Brentford TW8 8JD'],
        ['Primary User name', 'Gemma Louise Fairweather'], ['Job title', 'Practice Manager'],
        ['Email', 'gemma.fairweather@nhs.net'], ['Phone', '020 8568 7200'],
        ['Signatory name', 'Dr Tariq Mahmood'], ['Signatory role', 'Lead GP'],
        ['Signatory email', 'tariq.mahmood@nhs.net'], ['Date', '13.11.26'],
      ];
      rows.forEach(([l, v], i) => {
        const y = 290 + i * 80;
        box(ctx, 100, y - 50, 1040, 74);
        text(ctx, l, 115, y, 24, 'DejaVu Serif');
        hand(ctx, r, v, 470, y + 8, 36);
      });
      text(ctx, 'Signature of authorised signatory (see page 2)', 115, 1250, 24, 'DejaVu Serif');
      box(ctx, 100, 1270, 1040, 160);
      signature(ctx, r, 200, 1360, 380);
      text(ctx, 'Page 1 of 2', 540, 1650, 20, 'DejaVu Serif');
    },
  };
  const page2 = {
    skewDeg: -1.1, contrast: 0.6,
    draw: (ctx: Parameters<typeof hand>[0]): void => {
      text(ctx, 'Guidance', 110, 140, 36, 'DejaVu Serif Bold');
      const g = [
        'This form must be signed by one of the following:',
        '  - Lead GP', '  - GP Partner', '  - Caldicott Guardian', '  - Existing Primary Contact',
        '  - Member of the Board of Directors',
        'The form must be signed at the bottom of page 1.',
        'Send the completed form to pcse.openexeter@nhs.net',
      ];
      g.forEach((l, i) => text(ctx, l, 110, 220 + i * 50, 26, 'DejaVu Serif'));
      text(ctx, 'Page 2 of 2', 540, 1650, 20, 'DejaVu Serif');
    },
  };
  return scanPdf(4722, [page1, page2]);
}

/** A branch set-up letter on headed paper, printed, signed, stamped and scanned. */
export function branchLetterScan(): Promise<Buffer> {
  return scanPdf(4733, [{
    skewDeg: 1.8, contrast: 0.45,
    draw: (ctx, r) => {
      text(ctx, 'OAKWOOD SURGERY', 110, 150, 46, 'DejaVu Serif Bold');
      text(ctx, 'Oakwood Road, Wokingham, Berkshire RG40 3DL', 110, 195, 22, 'DejaVu Serif');
      text(ctx, 'Tel: 0118 974 0110   Practice code K81077', 110, 228, 22, 'DejaVu Serif');
      const body = [
        '16 November 2026', '',
        'PCSE Data Manager', '',
        'Dear Sir/Madam,', '',
        'Re: Setting up our branch practice on PCSE Online', '',
        'We would like to set up access to PCSE Online for our new branch.', '',
        'Main practice: Oakwood Surgery, practice code K81077.',
        'Main contact held by PCSE: Mr Simon Adebayo-Clarke',
        '(simon.adebayo-clarke@nhs.net).', '',
        'Branch: Oakwood Surgery - Twyford Branch',
        'Branch ODS code: K81077001',
        'Address: Polehampton Close, Twyford, Reading RG10 9RP',
        'Telephone: 0118 934 5522', '',
        'Please set up Mrs Joanne Pike as the branch main contact,',
        'email joanne.pike@nhs.net.', '',
        'Yours faithfully,',
      ];
      body.forEach((l, i) => text(ctx, l, 110, 330 + i * 42, 26, 'DejaVu Serif'));
      signature(ctx, r, 130, 330 + body.length * 42 + 50, 300);
      text(ctx, 'Simon Adebayo-Clarke', 110, 330 + body.length * 42 + 130, 26, 'DejaVu Serif');
      text(ctx, 'Practice Manager', 110, 330 + body.length * 42 + 170, 26, 'DejaVu Serif');
      stamp(ctx, ['OAKWOOD SURGERY', 'WOKINGHAM'], 720, 1480);
    },
  }]);
}
