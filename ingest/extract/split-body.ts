/**
 * Separates what the author of an email wrote now from what it quotes, forwards and signs off with.
 * A signature's name, phone and email are the sender's, not the nominee's; a quoted reply is an
 * older message (often ours); a forwarded message is usually where the request really is.
 */
export interface SplitBody {
  /** The author's own new text, without the signature. */
  newText: string;
  /** The author's signature block ("Kind regards, …", "--", the NHSmail disclaimer), or ''. */
  signature: string;
  /** Quoted earlier messages ("On … wrote:", "-----Original Message-----", "> …"). */
  quoted: string;
  /** The author of the quoted message a reply answers ("On …, Tomasz Nowak <t@nhs.net> wrote:"), when its header names one. */
  quotedFrom?: { name: string | null; email: string | null } | null;
  /** A forwarded message, when the email forwards one. */
  forwarded: { from: { name: string | null; email: string | null }; subject: string | null; text: string; signature: string } | null;
}

const FORWARD_MARKER = /^\s*(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:?|-{2,}\s*Forwarded by .*-{2,}|-{3,}\s*Original Message\s*-{3,}|_{8,})\s*$/i;
const EXPLICIT_FORWARD = /^\s*(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:?|-{2,}\s*Forwarded by .*)\s*$/i;
const REPLY_HEADER = /^\s*On\b.{0,200}\bwrote:\s*$/i;
const REPLY_HEADER_START = /^\s*On\s+.*\d.*$/i;
const OUTLOOK_FROM = /^\s*\*?(From|Von|De)\s*:\*?\s+\S/i;

const SIGNOFF = /^\s*(kind(est)?\s+regards|best\s+regards|warm(est)?\s+regards|regards|best\s+wishes|many\s+thanks|thanks(\s+(you|again|in advance))?|thank\s+you(\s+(very much|in advance))?|cheers|yours\s+(sincerely|faithfully)|sincerely|best)\b[\s,.!]*$/i;
const SIG_DELIMITER = /^--\s*$/;
const DISCLAIMER = /^\s*(\*{5,}|this (message|e-?mail) (may contain|and any attachments|is intended)|sent from (my|outlook)|get outlook for|caution:? this email|this email has been scanned|nhsmail is the secure email)/i;

/** Splits a plain-text body; `subject` helps tell a forward ("FW:") from a reply ("RE:"). */
export function splitBody(text: string, subject: string | null): SplitBody {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const note = bottomPostedNote(lines);
  if (!note) return splitMessage(lines, subject);
  // "My note is at the bottom": the sender's own words under everything they forward are new text like the top's.
  const split = splitMessage(lines.slice(0, note.at), subject);
  const own = cutSignature(note.lines);
  return { ...split, newText: [split.newText, own.body].filter(Boolean).join('\n\n'), signature: split.signature || own.signature };
}

/**
 * Text written under a forwarded or quoted message, after a rule with no message header beneath it, at the very end
 * of the email: the sender's bottom-posted note. Null unless a message header (a forward or a quote) comes before it.
 */
function bottomPostedNote(lines: string[]): { at: number; lines: string[] } | null {
  for (let i = lines.length - 1; i > 0; i--) {
    if (!/^\s*_{8,}\s*$/.test(lines[i] ?? '')) continue;
    const after = lines.slice(i + 1);
    if (!after.some((l) => l.trim()) || findHeaderBlockEnd(lines, i + 1) !== i + 1 || after.some((l) => /^\s*>/.test(l) || FORWARD_MARKER.test(l) || HEADER_FIELD.test(l))) return null;
    const before = lines.slice(0, i);
    const headed = before.some((l, k) => (OUTLOOK_FROM.test(l) && isOutlookHeaderBlock(before, k)) || REPLY_HEADER.test(l) || EXPLICIT_FORWARD.test(l));
    return headed ? { at: i, lines: after } : null;
  }
  return null;
}

function splitMessage(lines: string[], subject: string | null): SplitBody {
  const isFwdSubject = /^\s*(fw|fwd)\s*:/i.test(subject ?? '');
  let cut = -1;
  let cutKind: 'forward' | 'reply' = 'reply';
  let headerEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FORWARD_MARKER.test(line)) {
      cut = i;
      cutKind = EXPLICIT_FORWARD.test(line) || isFwdSubject ? 'forward' : 'reply';
      headerEnd = findHeaderBlockEnd(lines, i + 1);
      break;
    }
    if (REPLY_HEADER.test(line) || (REPLY_HEADER_START.test(line) && /wrote:\s*$/i.test(lines[i + 1] ?? ''))) {
      cut = i;
      cutKind = 'reply';
      headerEnd = REPLY_HEADER.test(line) ? i + 1 : i + 2;
      break;
    }
    if (OUTLOOK_FROM.test(line) && isOutlookHeaderBlock(lines, i)) {
      cut = i;
      cutKind = isFwdSubject ? 'forward' : 'reply';
      headerEnd = findHeaderBlockEnd(lines, i);
      break;
    }
    if (/^\s*>/.test(line) && lines.slice(i).filter((l) => l.trim()).every((l) => /^\s*>/.test(l))) {
      cut = i;
      cutKind = 'reply';
      headerEnd = i;
      break;
    }
  }
  const own = cut >= 0 ? lines.slice(0, cut) : lines;
  const { body: newText, signature } = cutSignature(own.filter((l) => !/^\s*>/.test(l)));
  if (cut < 0) return { newText, signature, quoted: '', forwarded: null };

  const header = lines.slice(cut, Math.max(headerEnd, cut));
  const rest = lines.slice(Math.max(headerEnd, cut)).map((l) => l.replace(/^\s*>\s?/, ''));
  const restText = rest.join('\n').trim();
  // A reply with nothing of its own ("see below") forwards the content in effect.
  const thin = newText.replace(/\s+/g, ' ').trim().length < 40;
  if (cutKind === 'forward' || (thin && isFwdSubject)) {
    const inner = splitMessage(restText.split('\n'), readHeaderField(header, 'subject'));
    return {
      newText,
      signature,
      quoted: inner.quoted,
      forwarded: {
        from: parsePerson(readHeaderField(header, 'from')),
        subject: readHeaderField(header, 'subject'),
        // "The ODS code has come through (see below)": a forward of a forward whose writer points at it carries it.
        // So does one whose writer asks for it to be passed on ("can you send this on to PCSE data manager pls").
        text: inner.forwarded && (/\(?\bsee\s+(?:below|the\s+(?:e-?mail|message)\s+below)\b/i.test(inner.newText) || PASSED_ON.test(inner.newText)) ? `${inner.newText}\n\n${inner.forwarded.text}` : inner.newText,
        signature: inner.signature,
      },
    };
  }
  const onWrote = /^\s*On\b.*?,\s*([^,]*?<[^>]+@[^>]+>)\s*wrote:\s*$/i.exec(header.join(' ').replace(/\s+/g, ' '));
  const quotedFrom = onWrote?.[1] ? parsePerson(onWrote[1]) : readHeaderField(header, 'from') ? parsePerson(readHeaderField(header, 'from')) : null;
  return { newText, signature, quoted: restText, quotedFrom, forwarded: null };
}

/** A covering note that hands the message below on: "can you send this on to PCSE", "please forward this to them", "FYI". */
const PASSED_ON = /\b(?:send|pass|forward)\s+(?:this|it)\s+(?:on|over)\b|\bforward\s+(?:this|it)\s+to\b|\bplease\s+action\b|\bfyi\b/i;

function isOutlookHeaderBlock(lines: string[], i: number): boolean {
  const window = lines.slice(i, i + 8).join('\n');
  return /^\s*\*?(Sent|Date|Gesendet|Envoyé)\s*:/im.test(window) && /^\s*\*?(Subject|Betreff|Objet)\s*:/im.test(window);
}

const HEADER_FIELD = /^\s*\*?(From|Sent|Date|To|Cc|Subject|Reply-To|Importance)\*?\s*:/i;

function findHeaderBlockEnd(lines: string[], start: number): number {
  let i = start;
  while (i < lines.length && !(lines[i] ?? '').trim()) i++;
  let sawHeader = false;
  while (i < lines.length) {
    const l = lines[i] ?? '';
    if (HEADER_FIELD.test(l)) {
      sawHeader = true;
      i++;
      // Outlook's HTML puts each header field in its own paragraph: a blank line between two fields is still the block.
      let j = i;
      while (j < lines.length && !(lines[j] ?? '').trim()) j++;
      if (j > i && HEADER_FIELD.test(lines[j] ?? '')) i = j;
      continue;
    }
    if (sawHeader && /^\s+\S/.test(l) && !/:/.test(l)) {
      i++;
      continue;
    }
    break;
  }
  return sawHeader ? i : start;
}

function readHeaderField(header: string[], name: string): string | null {
  const re = new RegExp(`^\\s*\\*?${name}\\*?\\s*:\\s*(.*)$`, 'i');
  for (const l of header) {
    const m = re.exec(l);
    if (m) return (m[1] ?? '').trim() || null;
  }
  return null;
}

/** Reads `Jo Bloggs <jo@nhs.net>`, `"Bloggs, Jo" <jo@nhs.net>`, `jo@nhs.net` or `Jo Bloggs [mailto:jo@nhs.net]`. */
export function parsePerson(v: string | null): { name: string | null; email: string | null } {
  if (!v) return { name: null, email: null };
  const m = /[<[](?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)[>\]]/i.exec(v) ?? /([^\s<>"'()[\]]+@[^\s<>"'()[\]]+)/.exec(v);
  const email = m?.[1]?.replace(/[.,;]+$/, '').toLowerCase() ?? null;
  let name = v
    .replace(/[<[](?:mailto:)?[^>\]]*[>\]]/gi, '')
    .replace(email ?? '\u0000', '')
    // Quotes around a display name, not the apostrophe in "O'Neill-Hayes".
    .replace(/"/g, '')
    .replace(/^\s*'|'\s*$/g, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !/\s/.test((comma[1] ?? '').trim())) name = `${(comma[2] ?? '').trim()} ${(comma[1] ?? '').trim()}`;
  return { name: name && !name.includes('@') ? name : null, email };
}

/** Cuts the signature off the bottom of the author's text: from a sign-off line, "--" or a disclaimer. */
export function cutSignature(lines: string[]): { body: string; signature: string } {
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (SIG_DELIMITER.test(l) || DISCLAIMER.test(l)) {
      start = i;
      break;
    }
    // "Thanks" as a whole line is a sign-off only near the end or when a name follows it.
    if (SIGNOFF.test(l) && lines.slice(0, i).some((x) => x.trim())) {
      start = i;
      break;
    }
  }
  if (start < 0) return { body: lines.join('\n').trim(), signature: '' };
  // "P.S. Apologies - his email is actually …" under the name: a postscript is the writer's message, not their signature.
  const body = lines.slice(0, start);
  const signature: string[] = [];
  let inPostscript = false;
  for (const l of lines.slice(start)) {
    if (POSTSCRIPT.test(l)) inPostscript = true;
    else if (!l.trim() || SIG_DELIMITER.test(l) || DISCLAIMER.test(l)) inPostscript = false;
    (inPostscript ? body : signature).push(l);
  }
  return { body: body.join('\n').trim(), signature: signature.join('\n').trim() };
}

const POSTSCRIPT = /^\s*P\.?\s?P?\.?\s?S\b\.?\s*[:.,–—-]?\s+\S/i;
