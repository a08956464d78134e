// Mail clients' header sets and body structures for corpus 39 (writer AI).

import {
  addr, attachment, b64, type Cte, finish, finishRaw, fold, hex, htmlPart, hv, MAILBOX_ADDRESS, MAILBOX_DISPLAY, type Mailbox,
  multipart, rfc822Part, rfcDate, rng, seedOf, textPart, textToHtml,
} from './lib.js';

export type Client = 'nhsmail' | 'outlook-mobile' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'outlookcom' | 'yahoo' | 'system' | 'scanner';

export interface Sender {
  name: string | null;
  email: string;
  enc?: 'B' | 'Q';
  charset?: 'utf-8' | 'iso-8859-1';
}

export interface Attachment { filename: string; type: string; data: Buffer }

export interface MailSpec {
  client: Client;
  mailbox: Mailbox;
  from: Sender;
  /** full To header value; default the mailbox */
  to?: string;
  cc?: string;
  subject: string;
  subjectEnc?: 'B' | 'Q';
  /** ISO time (UTC) */
  date: string;
  /** seed for ids and boundaries */
  key: string;
  inReplyTo?: string;
  references?: string;
  text?: string;
  html?: string;
  /** which alternatives are sent; default per client */
  parts?: 'text' | 'html' | 'both';
  cte?: Cte;
  htmlCte?: Cte;
  charset?: 'utf-8' | 'iso-8859-1' | 'us-ascii';
  attachments?: Attachment[];
  rfc822?: { message: string; filename?: string }[];
  extraHeaders?: string[];
  /** the sender's domain's Authentication-Results verdict written by the receiving NHSmail tenant */
  auth?: 'pass' | 'fail' | 'none';
  /** explicit Message-ID (with angle brackets) */
  messageId?: string;
}

const up = (s: string) => s.toUpperCase();

export function messageIdFor(spec: Pick<MailSpec, 'client' | 'key' | 'from'>): string {
  const r = rng(seedOf(`mid:${spec.key}`));
  const domain = spec.from.email.split('@')[1] ?? 'nhs.net';
  switch (spec.client) {
    case 'nhsmail':
    case 'outlook-mobile': {
      const host = `${['LO', 'CWL', 'LO2', 'LO4', 'CWXP'][Math.floor(r() * 5)]}P265MB${1000 + Math.floor(r() * 8999)}`;
      return `<${host}${up(hex(r, 24))}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    }
    case 'outlookcom': {
      const host = `DB9PR0${Math.floor(r() * 9)}MB${1000 + Math.floor(r() * 8999)}`;
      return `<${host}${up(hex(r, 20))}@${host}.eurprd0${Math.floor(r() * 9)}.prod.outlook.com>`;
    }
    case 'gmail':
      return `<CA${up(hex(r, 4))}+${hex(r, 30)}${up(hex(r, 8))}@mail.gmail.com>`;
    case 'yahoo':
      return `<${1000000000 + Math.floor(r() * 899999999)}.${1000000 + Math.floor(r() * 8999999)}.${1764000000000 + Math.floor(r() * 9999999)}@mail.yahoo.com>`;
    case 'apple':
    case 'iphone':
      return `<${up(hex(r, 8))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 12))}@${domain}>`;
    case 'thunderbird':
      return `<${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}@${domain}>`;
    case 'system':
      return `<${hex(r, 16)}.${Math.floor(r() * 99999)}@notify.openexeter.nhs.uk>`;
    case 'scanner':
      return `<${hex(r, 12)}.scan@${domain}>`;
  }
}

function authResults(spec: MailSpec, r: () => number): string[] {
  const domain = spec.from.email.split('@')[1]!;
  const verdict = spec.auth ?? 'pass';
  if (verdict === 'none') return [];
  const ip = `${[40, 52, 209, 74][Math.floor(r() * 4)]}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`;
  if (verdict === 'fail') {
    return [`Authentication-Results: spf=softfail (sender IP is ${ip})\n smtp.mailfrom=${domain}; dkim=fail (body hash did not verify)\n header.d=${domain};dmarc=fail action=quarantine\n header.from=${domain};compauth=fail reason=001`];
  }
  return [`Authentication-Results: spf=pass (sender IP is ${ip})\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\n header.d=${domain};dmarc=pass action=none\n header.from=${domain};compauth=pass reason=100`];
}

/** The body structure: alternatives, then mixed with attachments and attached messages. */
function body(spec: MailSpec, which: 'text' | 'html' | 'both', boundaries: { alt: string; mixed: string }, style: 'outlook' | 'gmail' | 'apple' | 'plain'): string {
  const charset = spec.charset ?? 'utf-8';
  const text = spec.text ?? '';
  const html = spec.html ?? textToHtml(text);
  const cte = spec.cte ?? 'quoted-printable';
  const htmlCte = spec.htmlCte ?? cte;
  let core: string;
  if (which === 'text') core = textPart(text, { cte, charset, flowed: spec.client === 'thunderbird' || spec.client === 'iphone' });
  else if (which === 'html') core = htmlPart(html, { cte: htmlCte, charset });
  else core = multipart('alternative', boundaries.alt, [textPart(text, { cte, charset }), htmlPart(html, { cte: htmlCte, charset })]);
  const atts = spec.attachments ?? [];
  const msgs = spec.rfc822 ?? [];
  if (atts.length === 0 && msgs.length === 0) return core;
  return multipart('mixed', boundaries.mixed, [core, ...msgs.map((m) => rfc822Part(m.message, m.filename)), ...atts.map((a) => attachment(a.filename, a.type, a.data, { style }))]);
}

/** Builds the whole message as a client would send it, as received at the PCSE mailbox. */
export function compose(spec: MailSpec): string {
  const r = rng(seedOf(`msg:${spec.key}`));
  const date = rfcDate(spec.date);
  const from = addr(spec.from.name, spec.from.email, spec.from.enc ?? 'Q', spec.from.charset ?? 'utf-8');
  const to = spec.to ?? addr(MAILBOX_DISPLAY[spec.mailbox], MAILBOX_ADDRESS[spec.mailbox]);
  const subject = hv(spec.subject, spec.subjectEnc ?? 'B');
  const mid = spec.messageId ?? messageIdFor(spec);
  const threading = [...(spec.inReplyTo ? [`In-Reply-To: ${spec.inReplyTo}`] : []), ...(spec.references ? [fold('References', spec.references)] : [])];
  const cc = spec.cc ? [`Cc: ${spec.cc}`] : [];
  const hasAtt = (spec.attachments?.length ?? 0) + (spec.rfc822?.length ?? 0) > 0;
  const extra = spec.extraHeaders ?? [];
  const domain = spec.from.email.split('@')[1]!;
  const rcvd = `Received: from ${up(hex(r, 4))}P265MB${1000 + Math.floor(r() * 8999)}.GBRP265.PROD.OUTLOOK.COM\n (2603:10a6:${hex(r, 3)}:${hex(r, 3)}::${hex(r, 2)}) by ${up(hex(r, 4))}P265MB${1000 + Math.floor(r() * 8999)}.GBRP265.PROD.OUTLOOK.COM\n with HTTPS; ${date}`;
  const tIndex = `Thread-Index: ${Buffer.from(hex(r, 44), 'hex').toString('base64')}`;

  switch (spec.client) {
    case 'nhsmail': {
      const h = [
        rcvd, ...authResults(spec, r), `From: ${from}`, `To: ${to}`, ...cc, `Subject: ${subject}`,
        ...(/^[\x20-\x7e]*$/.test(spec.subject) ? [fold('Thread-Topic', spec.subject.replace(/^(RE|FW|Re|Fwd?):\s*/g, ''))] : []),
        tIndex, `Date: ${date}`, `Message-ID: ${mid}`, ...threading,
        'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${hasAtt ? 'yes' : ''}`, 'X-MS-TNEF-Correlator: ',
        'x-ms-publictraffictype: Email', ...extra,
      ];
      const b = body(spec, spec.parts ?? 'both', { alt: `_000_${up(hex(r, 16))}GBRP265PRODOUTLOOK_`, mixed: `_004_${up(hex(r, 16))}GBRP265PRODOUTLOOK_` }, 'outlook');
      return finish(h, b);
    }
    case 'outlook-mobile': {
      const h = [
        rcvd, ...authResults(spec, r), `From: ${from}`, `To: ${to}`, ...cc, `Subject: ${subject}`, tIndex, `Date: ${date}`, `Message-ID: ${mid}`, ...threading,
        'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${hasAtt ? 'yes' : ''}`, 'X-MS-TNEF-Correlator: ', ...extra,
      ];
      const b = body({ ...spec, cte: spec.cte ?? 'base64', htmlCte: spec.htmlCte ?? 'base64' }, spec.parts ?? 'both', { alt: `_000_${up(hex(r, 16))}GBRP265PRODOUTLOOK_`, mixed: `_004_${up(hex(r, 16))}GBRP265PRODOUTLOOK_` }, 'outlook');
      return finish(h, b);
    }
    case 'outlookcom': {
      const h = [
        `Received: from ${up(hex(r, 4))}PR0${Math.floor(r() * 9)}MB${1000 + Math.floor(r() * 8999)}.eurprd0${Math.floor(r() * 9)}.prod.outlook.com\n by ${up(hex(r, 4))}P265CA00${Math.floor(r() * 99)}.outlook.office365.com with HTTPS; ${date}`,
        ...authResults(spec, r), `From: ${from}`, `To: ${to}`, ...cc, `Subject: ${subject}`, tIndex, `Date: ${date}`, `Message-ID: ${mid}`, ...threading,
        'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${hasAtt ? 'yes' : ''}`, 'X-MS-TNEF-Correlator: ', 'msip_labels: ', ...extra,
      ];
      const b = body(spec, spec.parts ?? 'both', { alt: `_000_${up(hex(r, 16))}eurprd0prodoutlook_`, mixed: `_004_${up(hex(r, 16))}eurprd0prodoutlook_` }, 'outlook');
      return finish(h, b);
    }
    case 'gmail': {
      const h = [
        `Received: by 2002:a05:${hex(r, 4)}:${hex(r, 4)}:b0:${hex(r, 3)}:${hex(r, 4)}:${hex(r, 4)} with SMTP id ${hex(r, 6)}csp${100000 + Math.floor(r() * 899999)};\n        ${rfcDate(spec.date, -480)} (PST)`,
        ...authResults(spec, r),
        `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=${domain}; s=20230601; t=${Math.floor(Date.parse(spec.date) / 1000)}; x=${Math.floor(Date.parse(spec.date) / 1000) + 604800}; darn=nhs.net;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=${Buffer.from(hex(r, 64), 'hex').toString('base64')}\n        b=${Buffer.from(hex(r, 120), 'hex').toString('base64')}`,
        'MIME-Version: 1.0', `From: ${from}`, `Date: ${date}`, `Message-ID: ${mid}`, ...threading, `Subject: ${subject}`, `To: ${to}`, ...cc, ...extra,
      ];
      const b = body({ ...spec, charset: spec.charset ?? 'utf-8' }, spec.parts ?? 'both', { alt: `000000000000${hex(r, 12)}`, mixed: `000000000000${hex(r, 12)}` }, 'gmail');
      return finishRaw(h, b);
    }
    case 'yahoo': {
      const h = [
        ...authResults(spec, r), `Date: ${date}`, `From: ${from}`, `To: ${to}`, ...cc, `Message-ID: ${mid}`, ...threading, `Subject: ${subject}`, 'MIME-Version: 1.0',
        'X-Mailer: WebService/1.1.24794 YMailNorrin', ...extra,
      ];
      const b = body(spec, spec.parts ?? 'both', { alt: `----=_Part_${Math.floor(r() * 9999999)}_${Math.floor(r() * 999999999)}.${1764000000000 + Math.floor(r() * 9999999)}`, mixed: `----=_Part_${Math.floor(r() * 9999999)}_${Math.floor(r() * 999999999)}.${1764000000000 + Math.floor(r() * 9999999)}` }, 'plain');
      return finishRaw(h, b);
    }
    case 'apple': {
      const uuid = `${up(hex(r, 8))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 12))}`;
      const b = body(spec, spec.parts ?? 'both', { alt: `Apple-Mail=_${uuid}`, mixed: `Apple-Mail=_${up(hex(r, 8))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 12))}` }, 'apple');
      const [ct, ...rest] = b.split('\n\n');
      const h = [
        ...authResults(spec, r), `From: ${from}`, ct!, 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))', `Subject: ${subject}`, `Date: ${date}`, ...cc,
        ...threading, `To: ${to}`, `Message-Id: ${mid}`, 'X-Mailer: Apple Mail (2.3826.400.131.1.6)', ...extra,
      ];
      return finishRaw(h, `\n${rest.join('\n\n')}`);
    }
    case 'iphone': {
      const b = body(spec, spec.parts ?? 'text', { alt: `Apple-Mail-${up(hex(r, 8))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 12))}`, mixed: `Apple-Mail-${up(hex(r, 8))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 4))}-${up(hex(r, 12))}` }, 'apple');
      const idx = b.indexOf('\n\n');
      const h = [
        ...authResults(spec, r), b.slice(0, idx), `From: ${from}`, 'Mime-Version: 1.0 (1.0)', `Date: ${date}`, `Subject: ${subject}`, ...cc, ...threading,
        `Message-Id: ${mid}`, `To: ${to}`, 'X-Mailer: iPhone Mail (22B91)', ...extra,
      ];
      return finishRaw(h, b.slice(idx + 1));
    }
    case 'thunderbird': {
      const h = [
        ...authResults(spec, r), `Message-ID: ${mid}`, `Date: ${date}`, 'MIME-Version: 1.0', 'User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB', `To: ${to}`, ...cc,
        `From: ${from}`, `Subject: ${subject}`, ...threading, ...extra,
      ];
      const b = body({ ...spec, cte: spec.cte ?? '8bit' }, spec.parts ?? 'text', { alt: `------------${hex(r, 24)}`, mixed: `------------${hex(r, 24)}` }, 'plain');
      return finishRaw(h, b);
    }
    case 'system': {
      const h = [
        `Received: from notify.openexeter.nhs.uk (notify.openexeter.nhs.uk [10.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}])\n by relay.nhs.net with ESMTPS; ${date}`,
        `From: ${from}`, `To: ${to}`, ...cc, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: ${mid}`, ...threading, 'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All', 'X-Mailer: Open Exeter Notification Service 5.2', 'MIME-Version: 1.0', ...extra,
      ];
      const b = body({ ...spec, cte: spec.cte ?? '7bit', charset: spec.charset ?? 'us-ascii' }, spec.parts ?? 'text', { alt: `=_oe_${hex(r, 16)}`, mixed: `=_oe_${hex(r, 16)}` }, 'plain');
      return finishRaw(h, b);
    }
    case 'scanner': {
      const h = [
        ...authResults(spec, r), `From: ${from}`, `To: ${to}`, ...cc, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: ${mid}`, 'X-Mailer: Xerox WorkCentre 6515 Scan to Email',
        ...extra,
      ];
      const b = body({ ...spec, cte: spec.cte ?? '7bit', charset: spec.charset ?? 'us-ascii' }, spec.parts ?? 'text', { alt: `----=NextPart_${hex(r, 16)}`, mixed: `----=NextPart_${hex(r, 16)}` }, 'plain');
      return finish(h, b);
    }
  }
}

export { b64 };
