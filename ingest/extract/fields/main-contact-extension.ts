/** main_contact_extension: the existing practice (with its main contact) and the new practice. */
import type { Person } from '../../../core/domain/case.js';
import { EXISTING, NEW, practice, practiceFromSignature, fillFromBlock, fillFromProse, phoneAfterLabelledAddress } from './organisation.js';
import { ADDRESS_LABEL, NAME_PATTERN, joinValueLines, ODS_LABEL, PHONE_LABEL, cleanOrganisationName, cleanPersonName, findPersonWithEmail, odsCodesWithLines, pick, UK_POSTCODE } from '../field-helpers.js';
import { set, ANY, phone, type FieldContext, type Ev } from './context.js';

const MAIN_CONTACT_IS = new RegExp(`\\bmain contact\\b[^.@\\n]{0,80}?\\bis\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\s*[(,<–-]?\\s*([a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,})`, 'iu');

export function extension(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const existing = practice(ctx, ev, 'fields.existingPractice', EXISTING, NEW, true, firstCodeIsTheNewOne(ctx.body) ? 1 : 0);
  existing.phone = set(ev, 'fields.existingPractice.phone', pick(ctx.labelled, PHONE_LABEL, phone, EXISTING, ANY, NEW) ?? phoneAfterLabelledAddress(ctx, EXISTING, NEW));
  const mc = existing.mainContact as Person;
  if (!mc.name && !mc.email) {
    // "The main contact you hold for Millbrook Surgery is Paul Ashdown (paul.ashdown@nhs.net)", wrapped in a letter:
    // the person the sentence names, before any address on a letterhead.
    const told = MAIN_CONTACT_IS.exec(ctx.body.replace(/\s*\n\s*/g, ' '));
    const p = told?.[1] && told[2] ? { value: { name: cleanPersonName(told[1]), email: told[2].toLowerCase() }, line: told[0].trim() } : findPersonWithEmail(ctx.body);
    if (p) {
      existing.mainContact = { name: p.value.name, email: p.value.email };
      ev['fields.existingPractice.mainContact.email'] = p.line;
      if (p.value.name) ev['fields.existingPractice.mainContact.name'] = p.line;
    }
  }
  const contact = existing.mainContact as Person;
  // "please extend my main contact", "I'm Sunil Kapoor, main contact for …": the sender is the existing main contact.
  const selfContact = /\bmy main contact\b|\b(I am|I'm)\b[^.\n]{0,60}\bmain contact\b|\bI am the main contact\b/i;
  if (!contact.name && (selfContact.test(ctx.body) || (contact.email && contact.email === ctx.requester.email)) && ctx.requester.name) {
    const selfLine = ctx.body.split('\n').find((l) => selfContact.test(l))?.trim() ?? 'From header';
    contact.name = cleanPersonName(ctx.requester.name);
    if (contact.name) ev['fields.existingPractice.mainContact.name'] = selfLine;
    if (!contact.email && ctx.requester.email) {
      contact.email = ctx.requester.email;
      ev['fields.existingPractice.mainContact.email'] = selfLine;
    }
  }
  const newPractice = practice(ctx, ev, 'fields.newPractice', NEW, EXISTING, false, existing.odsCode ? 0 : 1, existing.odsCode as string | null);
  ownPracticeInSignature(ctx, ev, existing, newPractice);
  siblingsOfCode(ctx, ev, 'fields.newPractice', newPractice, existing.odsCode as string | null);
  fillFromBlock(ctx, ev, 'fields.existingPractice', existing, /\b(existing|current|old|my|our)\b/i, NEW, true);
  fillFromBlock(ctx, ev, 'fields.newPractice', newPractice, NEW, EXISTING, false);
  fillFromProse(ctx, ev, 'fields.existingPractice', existing, existing.odsCode as string | null, true);
  fillFromProse(ctx, ev, 'fields.newPractice', newPractice, newPractice.odsCode as string | null, false);
  if (!newPractice.name) {
    // "Last month I bought Tidewater Pharmacy, which is at 3 Harbour Parade, Saltby SB2 9QT": the new one told as news.
    const told = TAKEN_ON.exec(ctx.body);
    if (told?.[1]) {
      newPractice.name = set(ev, 'fields.newPractice.name', { value: told[1], line: told[0].trim() });
      if (!newPractice.address && told[2]) newPractice.address = set(ev, 'fields.newPractice.address', { value: told[2].trim(), line: told[0].trim() });
    }
  }
  if (!newPractice.address) {
    const given = addressGivenAfter(ctx.body, /\baddress\s+(?:of|for)\s+(?:the|our)\s+new\s+(?:practice|pharmacy|surgery|site|store)\b/i, newPractice.name as string | null) ?? addressSaidInASentence(ctx.body);
    if (given) newPractice.address = set(ev, 'fields.newPractice.address', given);
  }
  return { existingPractice: existing, newPractice };
}

/** A practice bought, taken over or opened, by its name (a practice's kind in it: "Castle Dental Studio Bridgwater"), and where it is. */
const TAKEN_ON = /\b(?:bought|acquired|purchased|taken\s+over|took\s+over|opened|opening)\s+((?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:Pharmacy|Chemists?|Surgery|Dental(?:\s+(?:Practice|Surgery|Care|Centre))?|Opticians?|Optometrists|Eyecare|Medical\s+(?:Centre|Practice)|Health\s+Centre)(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})\b(?:,?\s+(?:which\s+is\s+)?(?:at|on)\s+([^.\n]{5,120}?\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b))?/u;

/** A code written after "new code" ("Moorside Medical Practice (new ODS code P87631, …)"), on the line it was read from. */
const AFTER_NEW_CODE = /\bnew\s+(?:(?:ODS|practice|pharmacy|organi[sz]ation|site)\s+)?(?:ODS\s+)?code\s*(?:is|:|-)?\s*$/i;

/**
 * Prose that names the practice taken on first ("will be taking over Moorside Medical Practice (new ODS code P87631)
 * … I'm the main contact for Ashworth Street Surgery (P87016)"): the code the text calls new is not the existing one,
 * wherever it comes.
 */
function firstCodeIsTheNewOne(body: string): boolean {
  const [first, second] = odsCodesWithLines(body);
  if (!first || !second) return false;
  const calledNew = (c: { value: string; line: string }): boolean => {
    const at = c.line.toUpperCase().replace(/[\s-]/g, '').indexOf(c.value);
    if (at < 0) return false;
    // The line up to the code, with the code's own inner spaces taken out of the count.
    let seen = 0;
    let i = 0;
    for (; i < c.line.length && seen < at; i++) if (!/[\s-]/.test(c.line[i] ?? '')) seen++;
    return AFTER_NEW_CODE.test(c.line.slice(0, i));
  };
  // "New one - Moss Lane Pharmacy, FJ904, …" over "Existing - Alderley Pharmacy FC382, …": the line's own heading says so.
  const headedNew = (c: { line: string }): boolean => /^\s*(?:[-–•*]\s*)?(?:the\s+|our\s+)?new\b[\p{L} ]{0,25}?\s*[:–-]/iu.test(c.line);
  return (calledNew(first) || headedNew(first)) && !calledNew(second) && !headedNew(second);
}

/**
 * "… I'd like it added to my account:" then "Name - X", "ODS - FR318", "Address - …" under no heading: the name and
 * address written in the same block as the new practice's labelled code are the new practice's (the block names
 * no other code).
 */
function siblingsOfCode(ctx: FieldContext, ev: Ev, base: string, out: Record<string, unknown>, otherCode: string | null): void {
  const code = out.odsCode as string | null;
  if (!code || (out.name && out.address)) return;
  const codeLine = ctx.labelled.find((v) => ODS_LABEL.test(v.label) && v.value.toUpperCase().includes(code));
  if (!codeLine) return;
  const block = ctx.labelled.filter((v) => v.section === codeLine.section);
  if (otherCode && block.some((v) => ODS_LABEL.test(v.label) && v.value.toUpperCase().includes(otherCode))) return;
  if (!out.name) {
    const n = block.find((v) => /^(?:(?:practice|organi[sz]ation|pharmacy|site|surgery)\s+)?name$/i.test(v.label) && cleanOrganisationName(v.value));
    if (n) {
      out.name = cleanOrganisationName(n.value);
      ev[`${base}.name`] = n.line;
    }
  }
  if (!out.address) {
    const a = block.find((v) => ADDRESS_LABEL.test(v.label) && !/e-?mail/i.test(v.label) && v.value.trim());
    if (a) {
      out.address = a.value.trim();
      ev[`${base}.address`] = a.line;
    }
  }
}

/** What the writer says they are taking on: the practice the access is to be extended to. */
const TAKING_ON = /\b(?:also\s+(?:managing|running|taking on|looking after|responsible for|covering)|tak(?:e|es|ing|en)\s+(?:on|over)|extend\w*\b[^.\n]{0,60}?\bto\s+(?:include|cover)|add(?:ed|ing)?\b[^.\n]{0,40}?\bto\s+(?:my|our)|new(?:ly)?\s+(?:merged|acquired)|acquir(?:e|ed|ing)|merg(?:e|ed|ing)\s+with)\b/i;

/**
 * "I'm the main contact for our practice (details in my signature below) and we're also managing Fernhill Surgery,
 * ODS D83605": the one code in the text is the practice taken on, and the writer's own practice is the one their
 * signature names.
 */
function ownPracticeInSignature(ctx: FieldContext, ev: Ev, existing: Record<string, unknown>, newPractice: Record<string, unknown>): void {
  const code = existing.odsCode as string | null;
  if (!code || newPractice.odsCode || ev['fields.existingPractice.odsCode'] === undefined) return;
  const codeLine = odsCodesWithLines(ctx.body).find((c) => c.value === code)?.line;
  if (!codeLine || codeLine !== ev['fields.existingPractice.odsCode'] || !TAKING_ON.test(codeLine)) return;
  const own = practiceFromSignature(ctx.signature, code);
  if (!own) return;
  newPractice.odsCode = code;
  ev['fields.newPractice.odsCode'] = codeLine;
  existing.odsCode = own.odsCode;
  ev['fields.existingPractice.odsCode'] = own.line;
  // What was read beside the text's code was the new practice's: the existing one has only what the signature gives.
  for (const key of ['name', 'address', 'phone'] as const) {
    existing[key] = own[key];
    if (own[key]) ev[`fields.existingPractice.${key}`] = own.lines[key];
    else delete ev[`fields.existingPractice.${key}`];
  }
}

/** "Sorry - the new practice address is 22 Lower Market Street, Penryn, TR10 8BG": the address in one sentence, to its postcode. */
const NEW_ADDRESS_IS = new RegExp(String.raw`\b(?:the|our)\s+new\s+(?:practice|pharmacy|surgery|site|store|premises)(?:['’]s)?\s+(?:full\s+)?address\s+is\s*:?\s*([^.\n@]{5,120}?${UK_POSTCODE.source})`, 'iu');

function addressSaidInASentence(body: string): { value: string; line: string } | null {
  for (const line of body.split('\n')) {
    const m = NEW_ADDRESS_IS.exec(line);
    if (m?.[1]) return { value: m[1].trim(), line: line.trim() };
  }
  return null;
}

/**
 * "I missed the address of the new practice. It is:" then the address a line at a time, down to its postcode (the
 * practice's name on the first line, when written, is not part of it).
 */
function addressGivenAfter(body: string, cue: RegExp, name: string | null): { value: string; line: string } | null {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => cue.test(l) && /:\s*$/.test(l.trim()));
  if (at < 0) return null;
  const parts: string[] = [];
  for (const raw of lines.slice(at + 1, at + 8)) {
    const line = raw.trim();
    if (!line) {
      if (parts.length === 0) continue;
      break;
    }
    if (parts.length === 0 && name && line.toLowerCase() === name.toLowerCase()) continue;
    parts.push(line.replace(/,$/, ''));
    if (UK_POSTCODE.test(line)) return { value: joinValueLines(parts), line: `${lines[at]?.trim() ?? ''} / ${parts.join(' / ')}` };
  }
  return null;
}
