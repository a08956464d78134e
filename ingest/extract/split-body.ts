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
  const split = splitWithNote(text, subject);
  const submitted = split.forwarded ? webFormSubmission(split.forwarded.text) : null;
  return submitted && split.forwarded ? { ...split, forwarded: { ...split.forwarded, ...submitted } } : split;
}

function splitWithNote(text: string, subject: string | null): SplitBody {
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

function splitMessage(written: string[], subject: string | null): SplitBody {
  const lines = unquoteForwarded(written);
  // "FW: …", or a ticket's subject with the forward inside it ("RITM0077120 - FW: …", "[#3310] Fwd: …").
  const isFwdSubject = /^\s*(?:(?:\[[^\]]{1,30}\]|[A-Z]{2,8}\d{4,})\s*[-–:]?\s*)?(fw|fwd)\s*:/i.test(subject ?? '');
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
  // A helpdesk or a colleague relaying the message below ("Passing on the request below from …", "an authorisation
  // from the Caldicott Guardian, which the practice asked us to forward to you") forwards it, whatever it is quoted as.
  // "Approved - please set Ola up as below." over a colleague's request to PCSE: the approver sends the request on.
  const approvesRequestBelow = APPROVES_BELOW.test(newText) && newText.length < 300 && /\bpcse\b|primary care support/i.test(readHeaderField(header, 'to') ?? '');
  if (cutKind === 'forward' || (thin && isFwdSubject) || RELAYING.test(newText) || approvesRequestBelow) {
    const inner = splitMessage(restText.split('\n'), readHeaderField(header, 'subject'));
    // A message relayed under "On …, Carol Whitlock <carol.whitlock@nhs.net> wrote:" has no From line of its own.
    const wrote = ON_WROTE.exec(header.join(' ').replace(/\s+/g, ' '));
    return {
      newText,
      signature,
      quoted: inner.quoted,
      forwarded: {
        from: parsePerson(readHeaderField(header, 'from') ?? wrote?.[1] ?? null),
        subject: readHeaderField(header, 'subject'),
        // "The ODS code has come through (see below)": a forward of a forward whose writer points at it carries it.
        // So does one whose writer asks for it to be passed on ("can you send this on to PCSE data manager pls").
        text: inner.forwarded && (/\(?\bsee\s+(?:below|the\s+(?:e-?mail|message)\s+below)\b/i.test(inner.newText) || PASSED_ON.test(inner.newText)) ? `${inner.newText}\n\n${inner.forwarded.text}` : inner.newText,
        signature: inner.signature,
      },
    };
  }
  const onWrote = ON_WROTE.exec(header.join(' ').replace(/\s+/g, ' '));
  const quotedFrom = onWrote?.[1] ? parsePerson(onWrote[1]) : readHeaderField(header, 'from') ? parsePerson(readHeaderField(header, 'from')) : null;
  return { newText, signature, quoted: restText, quotedFrom, forwarded: null };
}

/**
 * iPhone Mail's "Begin forwarded message:" over the message quoted line by line ("> From: …", "> Hi Darren,"): the
 * marker says it is forwarded, so its lines are the forwarded message's, not a quoted history.
 */
function unquoteForwarded(lines: string[]): string[] {
  const at = lines.findIndex((l) => EXPLICIT_FORWARD.test(l));
  if (at < 0) return lines;
  const after = lines.slice(at + 1);
  const first = after.findIndex((l) => l.trim());
  if (first < 0 || !/^\s*>/.test(after[first] ?? '') || !after.every((l) => !l.trim() || /^\s*>/.test(l))) return lines;
  return [...lines.slice(0, at + 1), ...after.map((l) => l.replace(/^\s*>\s?/, ''))];
}

/** A reply header's author: "On Mon, 9 Nov 2026 at 16:02, Carol Whitlock <carol.whitlock@nhs.net> wrote:". */
const ON_WROTE = /^\s*On\b.*?,\s*([^,]*?<[^>]+@[^>]+>)\s*wrote:\s*$/i;

/** A reply that approves the request it quotes: "Approved - please set Ola up as below", "I authorise the request below". */
const APPROVES_BELOW = /^\s*(?:approved|authori[sz]ed|I\s+(?:approve|authori[sz]e)|happy\s+to\s+(?:approve|authori[sz]e))\b|\bplease\s+(?:set|action|process|add)\b[^.\n]{0,40}\b(?:as\s+)?below\b/i;

/** A covering note that relays the message under it to PCSE. */
const RELAYING = /\b(?:see|find|read)\s+(?:his|her|their)\s+(?:reply|response|approval|answer)\s+below\b|\bforwarding\s+(?:\p{L}+['’]s\s+|(?:his|her|their|the)\s+)(?:reply|response|approval|answer|e-?mail|message)\s+below\b|\bpassing\s+(?:on|along)\s+(?:the|this|a)\s+(?:request|message|e-?mail|authori[sz]ation)\b|\b(?:see|find)\s+below\s+(?:an?|the)\s+(?:request|authori[sz]ation|e-?mail|message)\s+from\b|\basked\s+us\s+to\s+(?:forward|pass\s+on|send\s+on)\b/iu;

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
export function cutSignature(written: string[]): { body: string; signature: string } {
  const lines = withoutTopBanner(written);
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
  // "Please see the message below from one of our GPs": a message pasted under the sign-off (from a messaging tool,
  // with no header an email client writes) is what the writer points at; its prose is the request's, to the disclaimer.
  let pastedBelow = SEE_BELOW.test(body.join(' '));
  for (const l of lines.slice(start)) {
    if (DISCLAIMER.test(l) || SIG_DELIMITER.test(l)) pastedBelow = false;
    if (POSTSCRIPT.test(l)) inPostscript = true;
    else if (!l.trim() || SIG_DELIMITER.test(l) || DISCLAIMER.test(l)) inPostscript = false;
    (inPostscript || (pastedBelow && l.trim().length >= 80 && /[.?!]/.test(l)) ? body : signature).push(l);
  }
  return { body: body.join('\n').trim(), signature: signature.join('\n').trim() };
}

/** A mail gateway's warning put above the message ("CAUTION: This email originated from outside of the organisation."). */
const GATEWAY_BANNER = /^\s*(?:\[?(?:EXTERNAL|EXT)\]?\s*[:-]?\s*)?(?:CAUTION|WARNING|EXTERNAL(?:\s+EMAIL)?|ATTENTION)\b[^\n]{0,40}\b(?:originated|outside|external|sender)\b|^\s*this (?:e-?mail|message) (?:originated|came|comes) from outside\b/i;

/** The lines without a gateway's banner paragraph at their top: the writer's text starts under it, not its signature. */
function withoutTopBanner(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || !GATEWAY_BANNER.test(lines[first] ?? '')) return lines;
  const end = lines.findIndex((l, k) => k > first && !l.trim());
  return end < 0 ? lines : lines.slice(end);
}

const SEE_BELOW = /\b(?:see|read|find)\s+(?:the\s+|a\s+)?(?:message|note|e-?mail|request)\s+below\b/i;

const POSTSCRIPT = /^\s*P\.?\s?P?\.?\s?S\b\.?\s*[:.,–—-]?\s+\S/i;

/** The field of a website's form that holds what the person wrote. */
const FORM_MESSAGE = /^(?:your\s+)?(?:message|enquiry|query|comments?|request|details\s+of\s+(?:your\s+)?(?:enquiry|request)|how\s+can\s+we\s+help(?:\s+you)?\??)$/i;
const FORM_NAME = /^(?:your\s+)?(?:full\s+)?name$/i;
const FORM_EMAIL = /^(?:your\s+)?e-?mail(?:\s+address)?$/i;
/** The submitter's own details: they sign the message, as a sign-off would. */
const FORM_SIGNATURE = /^(?:your\s+)?(?:role|job\s+title|position|tele?phone|phone)$/i;

/**
 * A website's contact form as it arrives ("New submission from …": "Name:" / "Gemma Thornton", "Email:" / …, "Your
 * message:" / …): the person who filled it in is its author, and what they wrote is its text, under the form's other
 * answers ("Organisation: Ashgrove Practice (N81066)"); their role and phone are their signature. Null unless the
 * text is such a form, with a name, an address and a message.
 */
export function webFormSubmission(text: string): { from: { name: string | null; email: string | null }; text: string; signature: string } | null {
  const answers: { label: string; value: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*([\p{L}][\p{L} ?'’-]{1,40}):\s*(.*)$/u.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const value = [m[2] ?? ''];
    // The answer on the lines under its question, to the blank line.
    for (let j = i + 1; !value[0] && j < lines.length && (lines[j] ?? '').trim(); j++, i++) value.push((lines[j] ?? '').trim());
    answers.push({ label: m[1].trim(), value: value.filter(Boolean).join(' ').trim() });
  }
  const find = (re: RegExp): string | undefined => answers.find((a) => re.test(a.label) && a.value)?.value;
  const name = find(FORM_NAME);
  const email = find(FORM_EMAIL)?.match(/[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
  const message = find(FORM_MESSAGE);
  if (!name || !email || !message || message.length < 40) return null;
  const others = answers.filter((a) => a.value && ![FORM_NAME, FORM_EMAIL, FORM_MESSAGE, FORM_SIGNATURE].some((re) => re.test(a.label)) && !/^(?:consent|subject(?:\s+of\s+your\s+enquiry)?|date|submitted)\b/i.test(a.label));
  return {
    from: { name, email: email.toLowerCase() },
    text: [...others.map((a) => `${a.label}: ${a.value}`), '', message].join('\n').trim(),
    signature: [name, ...answers.filter((a) => FORM_SIGNATURE.test(a.label) && a.value).map((a) => a.value)].join('\n'),
  };
}
