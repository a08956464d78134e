/** People in a request: the nominee (labelled, "make Jane Smith (jane@…)", "make me"), labelled persons by section, signatory roles. */
import type { LabelledValue } from '../labelled-lines.js';
import type { Person } from '../../../core/domain/case.js';
import { EMAIL_IN_TEXT, EMAIL_LABEL, NAME_PATTERN, NOT_PERSON_NAME, PERSON_NAME_LABEL, cleanPersonName, findPersonWithEmail, escapeRegExp, firstEmail, isPcseMailbox, pick, stripLeadingWords, type Found } from '../field-helpers.js';
import { ORG_SUFFIX, name, email, type FieldContext, type Ev } from './context.js';
import { ROLE_WORDS, emailIsPersons, emailMatchesName, letters } from '../participants.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { NAMES_APPROVING_OFFICE } from '../role-holders.js';

// "I have been appointed Business Manager … and would like to become the Main Contact": the sender, still.
const SELF = /\b((?:for|want|wants|asked for|approval for)\s+me\s+to\s+(?:be|become)|make me|nominate me|set me up|add me|i would like to (be|become)|i'd like to (be|become)|i (?:need|want|have) to (?:be|become) (?:the|a|an)|i wish to (be|become)|(can|could|may) i (please )?(be|become)|please (can|could) i (be|become)|i am to be|myself)\b|\(\s*(me|myself)\s*[!.]?\s*\)|\b(that|it) is me\b|\b(that|it)'s me\b|\b(should|will|to|now) (now )?be me\b|\b(?:change|update|switch|move|transfer|put)\s+(?:it|this|that|the (?:main )?con(?:tact|tract))\s+(?:over\s+|for (?:our|the|my) [a-z]+\s+)?to\s+me\b|\b(?:change|update|switch|move|transfer)\s+(?:the\s+|our\s+)?main\s+contact\b[^.\n?]{0,80}?\bto\s+me\b|\bi(?:'m| am)\s+(?:now\s+)?(?:taking over|the new)\s+(?:as\s+)?(?:the\s+)?main contact\b|\bI\s+(?:have|am|'ve|'m)\b[^.\n]{0,100}?\band\s+(?:would|'d)\s+like\s+to\s+(?:be|become)\b|\bI(?:['’]d|\s+would)\s+like\s+(?:to\s+(?:have|be\s+given)\s+)?the\s+[^.\n]{0,60}?\b(?:admin(?:istrator)?|user\s+management)\b[^.\n]{0,40}?\brole\b/i;

const NOMINEE_SECTION = /\b(nominee|nominated|new main contact|main contact|user details|person|applicant|proposed|primary user|new user|admin(istrator)? details|user to)\b/i;

// "Nominated by", "Requested by": the person putting the nominee forward, not the nominee.
export const APPROVER_SECTION = /\b(approv\w*|authori[sz]\w*|signator\w*|signed|declaration|certif\w*|registered manager|contract holder|countersign\w*|(?:nominated|requested|put forward|submitted)\s+by)/i;

/** Sections about someone other than the nominee: the approver, or the person being replaced ("Current main contact"). */
const NOT_NOMINEE = new RegExp(`${APPROVER_SECTION.source}|\\b(current|old|outgoing|existing|previous|departing|leaving|former|retiring)\\b`, 'i');

const FORMER_LABEL = /\b(current|old|outgoing|previous|departing|leaving|former|retiring)\b/i;

/** "our Practice Manager, Rachel Dunmore": an office written with capitals, set off by a comma before the name. */
const CAPITALISED_OFFICE = '(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Manager|Administrator|Director|Partner|Lead|Officer|Secretary|Optician|Optometrist|Pharmacist|Co-?ordinator|Supervisor|Receptionist|Assistant)';

/** "nominate our practice manager, Tomasz …": a name after the verb that asks for the person (nominee), for matchAll; built once. */
const SPOKEN_NOMINEE = new RegExp(
  // An optional lower-case descriptor may sit between the verb and the name: "nominate our practice manager, Tomasz …",
  // "set my dispensing optician Wiktor Sadowski up", "to our new practice manager Mrs Bronwen Ashby-Tate".
  `\\b(?:like|want|[Cc]ould|[Cc]an|[Mm]ay|make|nominate|nominating|set ?up|set|add|appoint|appointing|assign|give|be|is|will be|to be|as|for|to|request(?:ing)? (?:that|for)?|grant)\\s+(?:(?:our|my|the|a)\\s+(?:[a-z][\\w-]*\\s+){0,3}[a-z][\\w-]*,?\\s+|(?:our|my|the)\\s+${CAPITALISED_OFFICE},\\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`,
  'gu',
);

/** A spoken name that ends as an organisation's, a road's or a team's does; built once. */
const NOT_A_NOMINEE_NAME = new RegExp(`\\b${ORG_SUFFIX}$|\\b(Road|Street|Lane|House|Centre|PCN|ICB|Services?|Trust|Hospital|Unit|Team|Limited|Ltd|Group|Network|List|Enquiry|Enquiries|Maintenance|Results?|Care|Healthcare|CIC|Partnership|Payments|Pensions)$`, 'iu');

/**
 * The person the request is about. "nominate Becky Lowther … Her full name is Rebecca Lowther": the name the writer
 * says is the full one, when it is the same person's (the same surname).
 */
export function nominee(ctx: FieldContext, ev: Ev, path: string, sectionHint?: RegExp): Person {
  const found = askedForFromList(ctx, ev, path, nomineeAsWritten(ctx, ev, path, sectionHint));
  const surname = found.name?.split(/\s+/).pop()?.toLowerCase();
  if (!surname) return found;
  for (const line of ctx.body.split('\n')) {
    const full = cleanPersonName(FULL_NAME_IS.exec(line)?.[1] ?? null);
    if (full && full !== found.name && full.split(/\s+/).pop()?.toLowerCase() === surname) {
      ev[`${path}.name`] = line.trim();
      return { ...found, name: full };
    }
  }
  return found;
}

/** "please could Joanne Whitfield be set up as …", "we would like to nominate Joanne Whitfield": whom the request is for. */
const ASKED_FOR_BY_NAME = new RegExp(`\\b(?:could|can|would|please\\s+(?:can|could|would)?)\\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\s+(?:please\\s+)?be\\s+(?:set\\s+up|added|made|given|nominated|registered|appointed)\\b|\\b(?:nominate|appoint)\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\b`, 'u');

/** A line of a list of people ("- Dr Fiona Grant - Senior Partner (fiona.grant3@nhs.net)"). */
const LISTED = /^\s*(?:[-•*▪·]|\d{1,2}[.)])\s+/;

/**
 * A list of the practice's staff with the person the request asks for among them ("please could Joanne Whitfield be
 * set up as …"): when the person read is another of the list, the one asked for is the nominee, at the address the
 * list gives them.
 */
function askedForFromList(ctx: FieldContext, ev: Ev, path: string, found: Person): Person {
  const readFrom = ev[`${path}.name`] ?? ev[`${path}.email`] ?? '';
  if (!LISTED.test(readFrom)) return found;
  for (const line of ctx.body.split('\n')) {
    const m = ASKED_FOR_BY_NAME.exec(line);
    const asked = cleanPersonName(m?.[1] ?? m?.[2] ?? null);
    if (!asked || asked.toLowerCase() === found.name?.toLowerCase()) continue;
    const listed = ctx.body.split('\n').find((l) => LISTED.test(l) && new RegExp(`\\b${escapeRegExp(asked)}\\b`, 'i').test(l) && !!l.match(EMAIL_IN_TEXT));
    const address = normaliseEmail(listed?.match(EMAIL_IN_TEXT)?.[0]);
    if (!listed || !address) continue;
    ev[`${path}.name`] = line.trim();
    ev[`${path}.email`] = listed.trim();
    return { name: asked, email: address };
  }
  return found;
}

/**
 * "add Martin Greenhalgh, martin.g@…", "approve me (Jordan Blake, jordan.blake3@…)": a request verb and a name, ending
 * where an address begins (nomineeAsWritten's asksFor). Built once: a pattern of names matched without regard to case
 * takes milliseconds to compile, too long to build again for each sender's address.
 */
const ASKED_FOR_BEFORE_ADDRESS = new RegExp(`\\b(?:add|nominate|make|set\\s+up|register|appoint|give|approve)\\s+(?:me\\s*\\(\\s*)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\s*[,(<–-]?\\s*$`, 'iu');

const FULL_NAME_IS = new RegExp(`\\b(?:[Hh]er|[Hh]is|[Tt]heir)\\s+(?:full|proper|legal|formal)\\s+name\\s+is\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`, 'u');

/** Labelled lines first, then "make Jane Smith (jane@…)" text, then "make me". */
function nomineeAsWritten(ctx: FieldContext, ev: Ev, path: string, sectionHint?: RegExp): Person {
  const sec = sectionHint ?? NOMINEE_SECTION;
  // "Previous main contact: Anne Clarke" names the section too, but never the person the request is for.
  // Nor is "Name of the person authorising the request", though it names a person.
  const labelled = ctx.labelled.filter((v) => !FORMER_LABEL.test(v.label) && !/\b(?:authori[sz]|approv|signator|certif|countersign)/i.test(v.label));
  const inSection = labelledPerson(labelled, sec, NOT_NOMINEE) ?? labelledPerson(labelled, undefined, NOT_NOMINEE);
  if (inSection && (inSection.name || inSection.email)) {
    if (inSection.name && !inSection.email) {
      // "Nominee: Wendell Ambrose" then a plain "Email:" line: the next labelled address that is nobody else's.
      const at = ctx.labelled.findIndex((v) => v.line === inSection.nameLine);
      const e = ctx.labelled.slice(at + 1, at + 3).find((v) => EMAIL_LABEL.test(v.label) && !APPROVER_SECTION.test(`${v.section} ${v.label}`) && !/\b(practice|current|old|new practice|generic|shared)\b/i.test(v.label) && firstEmail(v.value));
      if (e) inSection.email = { value: firstEmail(e.value) ?? '', line: e.line };
      if (e) inSection.emailLine = e.line;
    }
    if (inSection.name) ev[`${path}.name`] = inSection.nameLine;
    if (inSection.email) ev[`${path}.email`] = inSection.emailLine;
    return { name: inSection.name?.value ?? null, email: inSection.email?.value ?? null };
  }
  const body = ctx.body;
  /** The first name spoken on a line that is a person's, not an organisation's ("for our practice, Brightwater Opticians"). */
  const spokenName = (line: string): string | null => {
    for (const m of line.matchAll(SPOKEN_NOMINEE)) {
      const n = m[1] ? cleanPersonName(stripLeadingWords(m[1])) : null;
      // "taking over as the main contact for the practice from Tony Slater, who has retired": the one leaving.
      if (n && isOutgoing(line, n, '\u0000')) continue;
      // "Medical Secretary to Dr Imogen Fairclough", "PA to the Clinical Director": whom the writer works for.
      if (/^to\b/i.test(m[0]) && /\b(?:secretary|PA|assistant)\s+$/i.test(line.slice(0, m.index ?? 0))) continue;
      if (n && !NOT_A_NOMINEE_NAME.test(n)) return n;
    }
    return null;
  };
  const requesterEmail = ctx.requester.email;
  // "I've taken over from Alan Shaw (alan.shaw@…), so please make me …": the person being replaced is never the nominee.
  // Unless the text puts the sender's own address forward ("request that Ms Natalie Brennan (natalie.brennan@…) be set
  // up as the Primary User", in a letter someone else signed).
  // Or names the author of the forwarded request as the one to add ("Please add Martin Greenhalgh, martin.g@…, as a PL
  // Organisation Administrator" from Martin, forwarded by a secretary): a request verb, a name the address spells, the address.
  // The sender's address as the line may write it (any case); built once a message, and cheap: a literal.
  let requesterAddress: RegExp | null = null;
  const asksFor = (l: string): boolean => {
    // "Please could you approve me (Jordan Blake, jordan.blake3@…) as PCN user admin": to the ICB, in the forwarded request.
    requesterAddress ??= new RegExp(escapeRegExp(requesterEmail ?? ''), 'giu');
    // The first place the address is written right after an ask and a name: the text before it must end with them. An
    // address holds an "@", which no name does, so an ask is never read across an earlier copy of the address.
    for (const at of l.matchAll(requesterAddress)) {
      const m = ASKED_FOR_BEFORE_ADDRESS.exec(l.slice(0, at.index));
      if (m) return !!m[1] && emailMatchesName(requesterEmail ?? '', cleanPersonName(m[1]));
    }
    return false;
  };
  const putForward = !!requesterEmail && body.split('\n').some((l) => l.toLowerCase().includes(requesterEmail) && (/\bbe\s+(?:set\s+up|made|added|registered|appointed|nominated)\s+as\b/i.test(l) || asksFor(l)));
  const excluded = new Set(requesterEmail && !SELF.test(body) && !putForward ? [requesterEmail] : []);
  // Addresses listed under "Existing", "Current" or an approver's heading (a list of who is there already) are not
  // the address of the person the request is for.
  for (const v of ctx.labelled) {
    const address = NOT_NOMINEE.test(v.section) && EMAIL_LABEL.test(v.label) ? firstEmail(v.value) : null;
    if (address) excluded.add(address);
  }
  let withEmail = findPersonWithEmail(body, excluded);
  // A letterhead's "| hello@lakesideeyecare.co.uk" with no name beside it is the shop's, not the nominee's, when a
  // person's own address follows ("Rachel's email address is rachel.dunmore@…"); alone, it is still the address given.
  let sharedMailbox: typeof withEmail = null;
  // PCSE's own mailbox ("Open Exeter team - by email: pcse.openexeter@nhs.net", a letter's addressee) is nobody.
  // A letter's author's own address under "Yours faithfully" is the writer's, not the person the letter nominates.
  type Candidate = NonNullable<typeof withEmail>;
  const signedOff = (c: Candidate): boolean => underLetterClosing(body, c.line);
  const sharedInbox = (c: Candidate): boolean => !c.value.name && SHARED_MAILBOX_LOCAL.test(c.value.email) && !isPcseMailbox(c.value.email);
  // "The practice's Lead GP, Dr X (x@nhs.net, copied), has asked us to request that … Y (y@nhs.net) be made Primary
  // User": the one copied in, beside someone else's address in the same sentence, asks; they are not asked for.
  const copiedAsker = (c: Candidate): boolean => {
    const sentence = sentenceWith(c.line, c.value.email);
    return new RegExp(`\\(\\s*${escapeRegExp(c.value.email)}\\s*,\\s*(?:copied|cc['’]?e?d|in\\s+copy)\\b`, 'i').test(sentence) && (sentence.match(/[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).some((e) => e.toLowerCase() !== c.value.email);
  };
  const nobodys = (c: Candidate): boolean => isOutgoing(c.line, c.value.name, c.value.email) || CONTACT_LINE.test(sentenceWith(c.line, c.value.email)) || isPcseMailbox(c.value.email) || signedOff(c) || copiedAsker(c);
  while (withEmail && (nobodys(withEmail) || sharedInbox(withEmail))) {
    if (sharedInbox(withEmail) && !signedOff(withEmail)) sharedMailbox ??= withEmail;
    excluded.add(withEmail.value.email);
    withEmail = findPersonWithEmail(body, excluded);
  }
  withEmail ??= sharedMailbox;
  if (withEmail) {
    ev[`${path}.email`] = withEmail.line;
    let personName = withEmail.value.name;
    // A participant's own address: that participant is the person, whatever words sit next to it ("approve you (x@…) as
    // PCN user administrator for Tamar Valley PCN").
    const known = [ctx.requester, ...(ctx.participants ?? [])].find((p) => p.email === withEmail.value.email && emailMatchesName(p.email, cleanPersonName(p.name)));
    const knownName = known ? cleanPersonName(known.name) : null;
    // "Rebecca Lomas, rebecca.lomas@nhs.net" from "Becky Lomas": the name written beside the address, when it spells
    // the address, is the one the person gives for the account; the header's is what they go by.
    if (knownName && !(personName && emailIsPersons(withEmail.value.email, personName))) personName = knownName;
    if (!personName && (withEmail.value.email === requesterEmail || emailMatchesName(withEmail.value.email, cleanPersonName(ctx.requester.name))) && SELF.test(body)) {
      // "Can I please be made the main contact? My email is …": the sender, by their From name. Also from the
      // practice's inbox, with "My own email is …" spelling the sender's name.
      personName = cleanPersonName(ctx.requester.name);
      if (personName) ev[`${path}.name`] = withEmail.line;
    }
    // "have Tom Barraclough (our digital lead) set up as that? His email is tom.barraclough2@…": the name the address spells.
    if (!personName) {
      // Or in the subject line ("New main contact FX712 – Amara Osei-Bonsu"), with only the address in the body.
      const spelt = nameSpeltBy(body, withEmail.value.email) ?? nameSpeltBy(ctx.subject ?? '', withEmail.value.email);
      if (spelt) {
        personName = spelt.value;
        ev[`${path}.name`] = spelt.line;
      }
    }
    if (!personName) {
      const line = body.split('\n').find((l) => spokenName(l) !== null);
      personName = line ? spokenName(line) : null;
      if (personName && line) ev[`${path}.name`] = line.trim();
    } else ev[`${path}.name`] = withEmail.line;
    return { name: personName, email: withEmail.value.email };
  }
  if (SELF.test(body)) {
    const line = body.split('\n').find((l) => SELF.test(l))?.trim() ?? 'From header';
    // "could you ask PCSE to make me the person who sets up users?" in the message forwarded: "me" is its author.
    const fwd = ctx.forwarded;
    // The forwarder "approving this myself" speaks of the approval, not of being nominated.
    const ownText = fwd?.text ? body.replace(fwd.text, '').replace(/\b(?:approv|authori[sz]|sign)\w*\s+(?:(?:this|it|them)\s+)?myself\b/gi, '') : body;
    const forwardedSelf = !!fwd?.text && SELF.test(fwd.text) && !SELF.test(ownText) && !!fwd.from.email;
    const who = forwardedSelf && fwd ? fwd.from : ctx.requester;
    // "… change the main contact for our pharmacy to me. My details are in my signature", from the shop's mailbox:
    // "me" is the person who signs, at the address their sign-off spells.
    const signed = !forwardedSelf ? signerWithOwnAddress(`${ctx.signature}\n${bodyTail(body)}`) : null;
    if (signed && !emailMatchesName(who.email, signed.value.name)) {
      ev[`${path}.name`] = signed.line;
      ev[`${path}.email`] = signed.line;
      return signed.value;
    }
    if (who.name) ev[`${path}.name`] = line;
    if (who.email) ev[`${path}.email`] = line;
    return { name: cleanPersonName(who.name), email: who.email };
  }
  for (const line of body.split('\n')) {
    const n = spokenName(line);
    if (n) {
      ev[`${path}.name`] = line.trim();
      // The sender named as the nominee ("change it to Jill Hart, jill.hart@…" from Jill Hart): their address, when written.
      const own = requesterEmail && n === cleanPersonName(ctx.requester.name) && line.toLowerCase().includes(requesterEmail) ? requesterEmail : null;
      if (own) ev[`${path}.email`] = line.trim();
      return { name: n, email: own };
    }
  }
  return { name: null, email: null };
}

/**
 * The sentence of a line that holds `text`: a letter's paragraph read as one line ("Rachel's email address is … . Please
 * contact me if you need anything further.") asks the reader to contact the writer in another sentence than the address's.
 */
function sentenceWith(line: string, text: string): string {
  return line.split(/(?<=[.!?])\s+/).find((s) => s.toLowerCase().includes(text.toLowerCase())) ?? line;
}

/** Whether `line` is one of the few lines of a letter's sign-off, under its "Yours faithfully" / "Yours sincerely". */
function underLetterClosing(body: string, line: string): boolean {
  const lines = body.split('\n').map((l) => l.trim());
  const at = lines.indexOf(line.trim());
  if (at < 0) return false;
  return lines.slice(Math.max(0, at - 5), at).some((l) => /^yours\s+(?:faithfully|sincerely|truly)\b/i.test(l));
}

/** An organisation's shared inbox by its local part ("hello@", "info@", "reception@"). */
const SHARED_MAILBOX_LOCAL = /^(?:hello|info|enquiries|enquiry|admin|reception|office|contact|mail|post|team)@/i;

/** A sign-off's person and the address in it that spells them ("Sunita Rai MRPharmS | … | sunita.rai@nhs.net"). */
function signerWithOwnAddress(signOff: string): Found<{ name: string; email: string }> | null {
  for (const m of signOff.matchAll(EMAIL_IN_TEXT)) {
    const email = normaliseEmail(m[0]);
    const named = email ? nameSpeltBy(signOff, email) : null;
    if (email && named) return { value: { name: named.value, email }, line: `${named.line} / ${email}` };
  }
  return null;
}

/** Every capitalised run of a name, for matchAll (which copies it, so its lastIndex stays 0); built once. */
const NAME_RUNS = new RegExp(NAME_PATTERN, 'gu');

/** A person's name written in the text whose forename's initial and surname the address spells ("tom.barraclough2@"). */
function nameSpeltBy(text: string, email: string): Found<string> | null {
  const local = (email.split('@')[0] ?? '').toLowerCase();
  for (const line of text.split('\n')) {
    // "Olamide (Ola) Bankole", "Olamide 'Ola' Bankole": the name goes by a short one, which the address does not spell.
    for (const m of line.replace(KNOWN_AS, '$1 ').matchAll(NAME_RUNS)) {
      const n = cleanPersonName(m[0]);
      if (!n || !n.includes(' ') || ORG_WORDS_IN_NAME.test(n) || !emailMatchesName(email, n)) continue;
      if (local.startsWith(n.charAt(0).toLowerCase())) return { value: n, line: line.trim() };
    }
  }
  // "new main contact is my brother imran patel imran.patel12@nhs.net": a name typed in lower case is the two or three
  // words whose letters are exactly the address's.
  const spelt = local.replace(/\d+$/, '').replace(/[^a-z]/g, '');
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (const n of [2, 3]) {
        const candidate = words.slice(i, i + n);
        if (candidate.length === n && candidate.every((w) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(w)) && candidate.join('').replace(/[^a-z]/g, '') === spelt) return { value: candidate.join(' '), line: line.trim() };
      }
    }
  }
  return null;
}

/** A short name a person goes by, written between their forename and surname. */
const KNOWN_AS = /(\p{Lu}[\p{L}'’-]+)\s+(?:\(\s*["'“‘]?\p{Lu}[\p{L}'’-]{1,15}["'”’]?\s*\)|["'“‘]\p{Lu}[\p{L}'’-]{1,15}["'”’])\s+(?=\p{Lu})/gu;

const ORG_WORDS_IN_NAME = new RegExp(`\\b${ORG_SUFFIX}\\b|\\b(Road|Street|Lane|PCN|ICB|Services?|Trust|Hospital|Team|Limited|Ltd|Group|Network)\\b`, 'iu');

const OUTGOING_BEFORE = /\b(?:(?:taken|took|taking)\s+over\s+from|replac(?:e|es|ed|ing)|in\s+place\s+of|instead\s+of|succeed(?:s|ed|ing)?|previous(?:ly)?|former|outgoing|departing|retiring|(?:is|are)\s+still)\s+(?:(?:our|the)\s+)?(?:[a-z]+\s+){0,2}?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?$/i;
// "Mr. Saeed Anwar (…) who was our pharmacist manager, he is leaving us": what they were, then that they are going.
const OUTGOING_AFTER = /^\s*(?:\([^)]*\))?\s*,?\s*(?:who\s+(?:was|is)\s+[^.;\n]{1,60}?,?\s*(?:and\s+)?(?:(?:he|she|they)\s+)?|who\s+)?(?:has\s+(?:now\s+)?left|is\s+leaving|are\s+leaving|left\b|has\s+retired|is\s+retiring|retired\b|no\s+longer)/i;

/** "If you need anything please reply to Sandra (sandra@…)": an address given for replies, not the person the request is for. */
const CONTACT_LINE = /\b(?:reply|respond|get back)\s+to\b|\b(?:contact|get in touch with|speak to|call)\s+(?:me|us|him|her|them|\p{Lu}[\p{L}'’-]+)\b[^.\n]{0,40}\bif\b|\bif you (?:need|have) (?:anything|any)\b|\bany (?:questions|queries)\b/u;

/** Whether a line names the person as the one leaving or being replaced ("taken over from Alan Shaw (alan.shaw@…)"). */
function isOutgoing(line: string, name: string | null, email: string): boolean {
  const lower = line.toLowerCase();
  const at = name && lower.includes(name.toLowerCase()) ? lower.indexOf(name.toLowerCase()) : lower.indexOf(email);
  if (at < 0) return false;
  const end = Math.max(lower.indexOf(email) + email.length, name ? at + name.length : 0);
  return OUTGOING_BEFORE.test(line.slice(Math.max(0, at - 60), at)) || OUTGOING_AFTER.test(line.slice(end).replace(/^[>)\]]/, ''));
}

interface LabelledPerson {
  name: Found<string> | null;
  email: Found<string> | null;
  nameLine: string;
  emailLine: string;
}

/**
 * An address label that is not the person's own: a current or old one, a shared one, or the practice's ("Practice
 * email"), but not "The email address for the main contact we hold for your main practice", which is a person's.
 */
const NOT_A_PERSONS_ADDRESS = /\b(current|old|generic|shared)\b|^(?!.*\b(?:contact|nominee|person|user|manager|approver|signatory)\b).*\bpractice\b/i;

/** An address that is a person's, not PCSE's own ("By email: pcse.openexeter@nhs.net" over a letter's addressee). */
function notPcses(v: string): string | null {
  const address = email(v);
  return address && !isPcseMailbox(address) ? address : null;
}

export function labelledPerson(values: LabelledValue[], section: RegExp | undefined, notSection?: RegExp, nameLabel: RegExp = PERSON_NAME_LABEL): LabelledPerson | null {
  const n = joinForenameSurname(values, pick(values, nameLabel, name, section, NOT_PERSON_NAME, notSection));
  let e = pick(values, EMAIL_LABEL, notPcses, section, NOT_A_PERSONS_ADDRESS, notSection);
  if (!e && n) {
    const inName = pick(values, nameLabel, email, section, NOT_PERSON_NAME, notSection);
    if (inName) e = inName;
  }
  if (!e && n && section) {
    // "Primary User name: Ryan Cole" / "Job title: …" / "NHSmail address: …" under no heading: the address a line or two
    // after the name, in the same block, is that person's.
    const at = values.findIndex((v) => v.line === n.line);
    const own = at < 0 ? undefined : values.slice(at + 1, at + 4).find((v) => v.section === values[at]?.section && EMAIL_LABEL.test(v.label) && !PERSON_NAME_LABEL.test(v.label) && !NOT_A_PERSONS_ADDRESS.test(v.label) && !(notSection?.test(`${v.section} ${v.label}`) ?? false) && email(v.value));
    const address = own ? email(own.value) : null;
    if (own && address) e = { value: address, line: own.line };
  }
  if (!n && !e) return null;
  return { name: n, email: e, nameLine: n?.line ?? '', emailLine: e?.line ?? '' };
}

// "Forename(s)", "First name(s)": the plural in brackets is still the label.
const FORENAME = /^(?:[\p{L} ]*\s)?(?:forenames?|first(?: names?)?|given names?|christian name)(?:\s*\(s\))?$/iu;
const SURNAME = /^(?:[\p{L} ]*\s)?(?:surname|last name|family name)(?:\s*\(s\))?$/iu;

/**
 * The block a part of a name belongs to. A form's field is its own section ("PuFirst", "PuSurname" read as "primary user
 * first", "primary user surname"): the words before the part say whose it is.
 */
function sectionOfNamePart(v: LabelledValue): string {
  return v.section === v.label ? v.label.replace(/\s*\b(?:forenames?|first(?: names?)?|given names?|christian name|surname|last name|family name)(?:\s*\(s\))?$/i, '') : v.section;
}

/** "Forename: Priya" and "Surname: Chandrasekar" on separate lines (same block) are one name. */
function joinForenameSurname(values: LabelledValue[], n: Found<string> | null): Found<string> | null {
  if (!n) return n;
  const at = values.findIndex((v) => v.line === n.line);
  const v = values[at];
  if (!v) return n;
  const forename = FORENAME.test(v.label);
  if (!forename && !SURNAME.test(v.label)) return n;
  const other = values.find((o, i) => i !== at && sectionOfNamePart(o) === sectionOfNamePart(v) && (forename ? SURNAME : FORENAME).test(o.label) && cleanPersonName(o.value));
  const part = other ? cleanPersonName(other.value) : null;
  // A forename of two words ("Fatima Zahra", "Maria da Conceição") still takes the surname; a value that already
  // holds it does not take it twice.
  if (!other || !part || n.value.toLowerCase().split(/\s+/).includes(part.toLowerCase())) return n;
  return { value: forename ? `${n.value} ${part}` : `${part} ${n.value}`, line: forename ? `${v.line} / ${other.line}` : `${other.line} / ${v.line}` };
}

export const SIGNATORY = /\b(signator|signed|authori[sz]|declaration|approv|countersign)/i;

export function signatoryRole(raw: string | null): string | null {
  if (!raw) return null;
  if (/caldicott/i.test(raw)) return 'caldicott_guardian';
  if (/existing primary contact|current primary contact|primary contact/i.test(raw)) return 'existing_primary_contact';
  if (/existing primary user|current primary user|primary user/i.test(raw)) return 'existing_primary_user';
  // A practice's "Clinical Lead" is its lead GP; a service's ("Clinical Lead, Sexual Health") is not.
  if (/\blead\s+(gp|partner)|senior partner/i.test(raw) || /^\s*(?:GP\s+)?clinical lead\b(?!\s*[,–-]\s*\p{L}|\s+(?:for|of)\s)/iu.test(raw)) return 'lead_gp';
  if (/\bpartners?\b/i.test(raw)) return 'gp_partner';
  // A PCN's or a trust division's Clinical Director leads a service; they are not one of the organisation's board.
  if (/board|(?<!clinical\s+)director|chief executive|\bceo\b/i.test(raw)) return 'board_member';
  return 'other';
}

/**
 * The role a sign-off or a first-person line states. Clinical and support staff roles (nurse, healthcare
 * assistant, secretary) count only in a sign-off (`signOff`) or after "I am a …": in running text they are
 * usually someone else ("our practice nurse Jane …").
 */
/**
 * A role the email states of a named person, who may be named by surname only: "Dr Karim is a GP Partner here",
 * "signed by Dr Galbraith, who is a GP Partner". What a form left blank, the covering email often says.
 */
export function roleStatedOf(text: string, name: string | null): Found<string> | null {
  const surname = name?.trim().split(/\s+/).pop();
  if (!surname || surname.length < 2) return null;
  const escaped = escapeRegExp(surname);
  // "… signed by Dr Hamish Galbraith, our Lead GP, is attached": the role set beside the name says it as well.
  // "signed by Alasdair Kerr, a member of our Board of Trustees and Directors": so does one put after it.
  const statement = new RegExp(`\\b${escaped}\\b(?:,?\\s+(?:who\\s+)?(?:is|was|works as)\\s+(?:a|an|the|our)|,\\s+(?:our|the\\s+practice['’]s|their)(?=\\s+[^,.;!?\\n]{2,40}(?:,|\\.|$))|,\\s+(?:a|an|one\\s+of\\s+our)(?=\\s+(?:member|partner|director|trustee|GP|lead)))\\s+([^.;!?\\n]{2,60})`, 'i');
  // Sentences, not lines: a wrapped paragraph breaks "who" from "is a GP Partner"; a blank line still ends one.
  for (const sentence of text.split(/\n\s*\n/).flatMap((p) => p.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+/))) {
    const m = statement.exec(sentence);
    const role = m?.[1] ? roleFromText(m[1]) : null;
    if (role) return { value: role.value, line: sentence.trim() };
  }
  return null;
}

/** Staff roles that are no signatory's, said of a person in a sign-off. */
// "Head of Practice Operations" in a sign-off: an office with no role word of its own.
const STAFF_ROLE = /\b(advanced nurse practitioner|nurse practitioner|practice nurse|nurse|healthcare assistant|health care assistant|HCA|phlebotomist|medical secretary|secretary|head of(?: (?:&|and|[A-Za-z][A-Za-z-]*)){1,4}?(?=\s*(?:[,|(]|$)))\b/i;
/** The same roles said of oneself ("I am a practice nurse"). */
const OWN_STAFF_ROLE = /\b(?:I am|I'm|as)\s+(?:a|an|the)\s+(?:\w+\s+)?(advanced nurse practitioner|nurse practitioner|practice nurse|nurse|healthcare assistant|health care assistant|HCA|phlebotomist|medical secretary|secretary)\b/i;
// "the primary user form", "primary user access": the form or the access, not a person's role.
// "I would like to authorise a Primary User for …": the person asked for, not the writer's office.
const ROLE_IN_TEXT = /\b(lead GP|GP partners?|senior partner|managing partner|partners?|caldicott guardian|(?<!\b(?:authori[sz]e|request|nominate|appoint|add|set\s+up|need|want|require)\s+(?:(?:a|an|the|our)\s+)?(?:(?:new|second|additional)\s+)?)(?:existing )?primary (?:user|contact)(?!['’]?s?\s+(?:form|request|application|access|account|role|permissions?)\b)|member of (?:the|our) board(?: of directors)?|board of directors|board member|director|practice manager|office manager|salaried GP|GP|pharmacist|superintendent pharmacist|optometrist|dentist|receptionist|administrator|manager)\b/i;
// "signed as GP Partner", "I am the Caldicott Guardian": a role said of oneself beats a role word elsewhere on the line.
// Not "set up as a primary user": that "as" is about someone else.
// "I'm the practice's Caldicott Guardian": the organisation's role, said of oneself.
// "I'm the Service Manager": a word may qualify the role said ("Service" Manager, "new" Caldicott Guardian).
// Built once, as are the patterns below: one matching letters without regard to case takes milliseconds to compile.
const ROLE_STATED_OF_ONESELF = new RegExp(`(?:(?:^|[.;!]\\s+)As|\\bI am|\\bI'm|\\bsign(?:ed|ing)?\\b[^.\\n]{0,40}?\\bas)\\s+(?:(?:a|an|the|our)\\s+)?(?:(?:practice|surgery|pharmacy|organi[sz]ation|company)['’]s\\s+)?(?:(?!(?:only|same|one|person|first|last)\\b)\\p{L}[\\p{L}-]+\\s+)??${ROLE_IN_TEXT.source}`, 'iu');
/** Every role on a line, for matchAll. */
const ROLES_IN_LINE = new RegExp(ROLE_IN_TEXT.source, 'gi');

export function roleFromText(t: string, signOff = false): Found<string> | null {
  // "I've signed it myself as PM": a practice manager's shorthand (not the afternoon's "2 PM").
  for (const written of t.split('\n')) {
    // The evidence is the line as written; the patterns read the shorthand spelt out.
    // "im the practice manager": a phone's "I'm", without its apostrophe.
    const line = written.replace(/(?<!\d\s?)\bPM\b/g, 'practice manager').replace(/\b[Ii]m\b(?=\s+(?:the|a|an|our)\b)/g, "I'm");
    const m = ROLE_STATED_OF_ONESELF.exec(line) ?? mostSpecificRole(line);
    // "one of the GP partners here": the writer is a GP partner.
    if (m?.[1]) return { value: m[1].replace(/(partner)s$/i, '$1'), line: written.trim() };
    const st = signOff && line.trim().length < 100 ? STAFF_ROLE.exec(line) : OWN_STAFF_ROLE.exec(line);
    if (st?.[1]) return { value: st[1], line: written.trim() };
  }
  return null;
}

/** Roles a person holds beside a more telling one ("GP & Caldicott Guardian", "Director and Lead GP"). */
const GENERIC_ROLE = /^(?:GP|salaried GP|manager|administrator|director)$/i;

/** The role on a line; of several ("GP & Caldicott Guardian"), the first that says more than a generic title. */
function mostSpecificRole(line: string): RegExpExecArray | null {
  const all = [...line.matchAll(ROLES_IN_LINE)];
  return (all.find((m) => !GENERIC_ROLE.test(m[1] ?? '')) ?? all[0] ?? null) as RegExpExecArray | null;
}

/** The sender approves in the first person: "I authorise this", "I can confirm I approve", "happy to authorise it", "authorised by me". */
export const SELF_APPROVAL = /\bI\s+(?:(?:can\s+|hereby\s+|do\s+)?(?:confirm\s+(?:that\s+)?I\s+|confirm\s+and\s+)?)?(?:approve|authori[sz]e|give\s+my\s+(?:approval|authori[sz]ation))\b|\b(?<!\b(?:she|he|they|who|[\p{L}'’-]{2,}(?<!^I|\sI))\s+(?:is|are|was|were|['’]s)\s+(?:very\s+|more than\s+|quite\s+)?)(?:happy|pleased|able)\s+to\s+(?:approve|authori[sz]e)\b|\b(?:approved|authori[sz]ed|signed off)\s+by\s+me\b|\b(?:I\s+(?:have|am)|I['’]?m|Im)\s+(?:approved|authori[sz]ed|approving|authori[sz]ing)\b|\b(?:I\s+am|I['’]?m|Im)\s+(?:very\s+|more than\s+|quite\s+)?happy\s+for\s+(?!(?:you|us|them|him|her|me|this|that|it|the)\b)\p{L}[\p{L}'’ -]{1,40}?\s+to\s+(?:be|become|have|take|act|join|get)\b/iu;

/**
 * A forward whose own text opens with the verdict ("Approved - please action.", "Authorised, thanks"): the forwarder
 * approves what they pass on. "Approved by …" names someone else and is not this.
 */
// "See below, approved.", "PCSE team – see below, approved.": the forwarder's one word of approval, after a pointer
// to what it approves; "Approving the below request for the PCN.": the same in a verb.
export const FORWARDER_APPROVES = /^\s*(?:(?:hi|hello|dear)\b[^\n]*\n\s*)?(?:(?:PCSE|hi|hello|dear)\b[^\n,–:-]{0,30}[,–:-]\s*)?(?:(?:please\s+)?see\s+(?:below|attached)\s*[-–.,:;]?\s*)?(?:(?:approved|authori[sz]ed)\s*(?:[-–.,!:;]|\n|$)|(?:approving|authori[sz]ing)\s+(?:the|this)\s+(?:(?:below|above|attached)\s+)?(?:request|nomination|form|one)\b)/i;

/**
 * Who signs or approves an Open Exeter request: the sender, when their own new text approves or says they signed
 * ("I signed it as GP Partner", "I confirm my approval") above a forwarded request; otherwise the requester (the
 * forwarded author whose approval is passed on, or the sender of an ordinary email).
 */
export function signer(ctx: FieldContext): Person {
  const sender = ctx.sender;
  const fwd = ctx.forwarded;
  // "Please see the attached email from Dr Chaudhry … authorising …": a forwarded message whose author approves in
  // their own words is that author's authorisation, whoever forwards it.
  if (fwd && (fwd.from.name || fwd.from.email) && SELF_APPROVAL.test(fwd.text) && !SELF_APPROVAL.test(fwd.text ? ctx.body.replace(fwd.text, '') : '')) return fwd.from;
  if (!sender || !fwd || sender.email === ctx.requester.email) return ctx.requester;
  const ownText = fwd.text ? ctx.body.replace(fwd.text, '') : ctx.body;
  return SELF_APPROVAL.test(ownText) || FORWARDER_APPROVES.test(ownText) || /\bI\s+(?:have\s+)?signed\b|\bconfirm\s+my\s+(?:approval|authori[sz]ation)\b/i.test(ownText) ? sender : ctx.requester;
}

/**
 * The role written beside a person's own name in a sign-off: after a comma on the name's line ("Mandy Stephenson,
 * Practice Manager") or on the next non-blank line ("Dr Andrew Heslop" / "Lead GP, Ormesby Road Surgery"). The last
 * such line wins: a forwarded message's sign-off sits below the forwarder's own.
 */
export function roleBesideName(text: string, name: string | null): Found<string> | null {
  if (!name) return null;
  const words = name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  let found: Found<string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lower = line.toLowerCase();
    if (line.length > 80 || !words.every((w) => lower.includes(w))) continue;
    const sameLine = line.includes(',') ? roleFromText(line.slice(line.indexOf(',') + 1), true) : null;
    const next = lines[i + 1] ?? '';
    const below = !sameLine && next.length <= 100 && !/@/.test(next) ? roleFromText(next, true) ?? jobTitleLine(next) : null;
    const role = sameLine ?? below;
    if (role) found = { value: role.value, line: sameLine ? line : `${line} / ${next}` };
  }
  return found;
}

/**
 * A line under a signer's name that is a job title of its own ("Reception Lead", "Patient Services Co-ordinator"):
 * a few capitalised words ending in a word that names a post. Roles not in {@link roleFromText}'s list are still the
 * signer's role, which the request's checks must see (an Open Exeter signatory who is none of the allowed roles).
 */
function jobTitleLine(line: string): Found<string> | null {
  const m = /^((?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:Lead|Manager|Co-?ordinator|Supervisor|Officer|Administrator|Assistant|Clerk|Secretary|Technician|Receptionist|Navigator|Analyst|Executive|Head))\s*$/u.exec(line.trim());
  return m?.[1] ? { value: m[1], line: line.trim() } : null;
}

/** The last three short lines of the body: where a name and role sit when there is no sign-off word. */
export function bodyTail(body: string): string {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3)
    .filter((l) => l.length < 80 && !/[?]$/.test(l))
    .join('\n');
}

/*
 * The patterns copiedApprover reads a line with, built once: a pattern of names takes a millisecond or more to compile.
 */
// "Our ROLE, NAME, is copied in", "NAME, the practice's ROLE, is also copied in", "NAME (cc'd) approves", "Declan
// (our contract holder) is copied in": a forename alone where brackets follow it, made whole by the Cc header.
const COPIED_IN_OR_APPROVES = new RegExp(`(?:\\b(?:[Oo]ur|[Tt]he)\\s+(?:(?:practice|surgery|pharmacy|PCN)['’]s\\s+)?((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+),?\\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN}|\\p{Lu}[\\p{L}'’-]+(?=\\s*\\())(?:\\s*\\(([^)\\n]{0,40})\\))?(?:,\\s*(?:[Tt]he\\s+(?:[\\p{L}-]+['’]s\\s+)?|[Oo]ur\\s+)([\\p{L} -]{3,40}?),)?,?\\s+(?:(?:is|has been|was|are)\\s+(?:also\\s+)?(?:copied|cc['’]?d|cc['’]?ed|in copy|on copy)\\b|(approves|has approved|authori[sz]es|has authori[sz]ed|agrees|is happy|has asked|asked|has requested|requested)\\b)`, 'u');
// "Dr Pryce is our CQC Registered Manager and is copied in to approve": the role said of the name, then copied in.
const ROLE_THEN_COPIED_IN = new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\s+is\\s+(?:our|the(?:\\s+practice['’]s)?)\\s+([\\p{L} -]{3,40}?)\\s+and\\s+(?:is\\s+|has\\s+been\\s+)?(?:also\\s+)?(?:copied|cc['’]?e?d|in copy|on copy)\\b`, 'u');
// "Sent on behalf of Dr Yusuf Patel, Caldicott Guardian (copied in)": a secretary writing for the person copied in.
const ON_BEHALF_OF_COPIED = new RegExp(`\\b(?:sent|written|writing|emailing)\\s+on\\s+behalf\\s+of\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})(?:,\\s*([\\p{L} -]{3,40}?))?\\s*\\(((?:copied|cc['’]?e?d)[^)\\n]{0,20})\\)`, 'iu');
// "Anil (Anil Mistry, the contract holder) is copied in": the whole name in the brackets after a forename.
const FORENAME_THEN_WHOLE_NAME = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s*\\(\\1\\s+((?:${NAME_PATTERN}|\\p{Lu}[\\p{L}'’-]+))\\s*,\\s*([^()\\n]{3,40})\\)`, 'gu');

/** Words that say a sentence gives an approval (or asks on the approver's behalf). */
const APPROVES_IN_WORDS = /\b(?:approv|authori[sz]|sign|agree|consent|happy|support|on behalf of)/i;

/**
 * "Our CQC registered manager Dr Helen Okafor is copied in to confirm": an approver the text names as copied in, and
 * whom the Cc header names with an address that spells their surname. Both must agree: a name alone could be anyone's.
 */
export function copiedApprover(ctx: FieldContext): Found<{ name: string; email: string; role: string | null }> | null {
  const copied = ctx.copied ?? [];
  if (copied.length === 0) return null;
  for (const written of ctx.body.split('\n')) {
    const line = written.replace(FORENAME_THEN_WHOLE_NAME, '$1 $2 ($3)');
    const said = ROLE_THEN_COPIED_IN.exec(line);
    // As COPIED_IN_OR_APPROVES's groups: 1 the role before the name, 2 the name, 3 brackets after it, 4 the role after it, 5 approves.
    const behalf = said ? null : ON_BEHALF_OF_COPIED.exec(line);
    const m: (string | undefined)[] | null = said ? [said[0], said[2], said[1]] : behalf ? [behalf[0], undefined, behalf[1], behalf[3], behalf[2]] : COPIED_IN_OR_APPROVES.exec(line);
    if (!m) continue;
    // "our Clinical Director Dr Achebe": the title marks where the role ends and the name begins.
    const titled = /^(.+?)\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+(\S.*)$/u.exec(m[2] ?? '');
    if (titled?.[1] && titled[2] && m[1]) [m[1], m[2]] = [`${m[1]} ${titled[1]}`, titled[2]];
    const name = cleanPersonName(m[2]);
    if (!name) continue;
    // Approving without "is copied in" counts only where the brackets say they were copied in: "(cc'd) approves".
    if (m[5] && !/\b(?:cc['’]?e?d|copied|in copy|on copy)\b/i.test(m[3] ?? '')) continue;
    // "Dr Felicity Abernethy-Nkemelu (felicity.abernethy@nhs.net, copied)": the address written in the brackets is theirs,
    // though it spells only part of a double surname.
    const inBrackets = (p: { email: string | null }): boolean => !!p.email && (m[3] ?? '').toLowerCase().includes(p.email.toLowerCase());
    const cc = copied.find((p) => p.email && (emailMatchesName(p.email, name) || inBrackets(p)));
    if (!cc?.email) continue;
    // "Anil (Anil Mistry, the contract holder) is copied in": the role said in the brackets.
    // "(our CQC Registered Manager, copied in)": the role before how they were reached.
    const bracketRole = /(?:^|,\s*)(?:(?:the|our)\s+)?([\p{L} -]{3,40})$/iu.exec((m[3] ?? '').replace(/,?\s*(?:copied(?:\s+in)?|cc['’]?e?d(?:\s+in)?|in copy|on copy)\s*$/i, ''))?.[1];
    const stated = [m[1], m[4], bracketRole].find((r) => r && ROLE_WORDS.test(r));
    const role = stated ? stated.trim() : null;
    // "Zoe Ridley, our PCN business manager, is copied in and can supply anything else you need", from a sender who
    // approves it themselves ("as Clinical Director I am approving this myself"): copied in to help, not to approve.
    // "Our contract holder has approved this - please see his email below. Sam (area manager) is copied in so he knows
    // it has been sent": the approval is another sentence's; the one that copies Sam in says only why.
    const sentence = line.split(/(?<=[.!?])\s+/).find((x) => x.includes(m[2] ?? '')) ?? line;
    const approvalElsewhere = SELF_APPROVAL.test(ctx.body) ? !APPROVES_IN_WORDS.test(line) : APPROVES_IN_WORDS.test(line.replace(sentence, '')) && !APPROVES_IN_WORDS.test(sentence);
    if (role && !NAMES_APPROVING_OFFICE.test(role) && approvalElsewhere) continue;
    // "Dr Blackmore is copied in": a title and surname; the Cc header's display name gives the whole name.
    const whole = name.includes(' ') ? name : cleanPersonName(cc.name);
    if (!whole?.includes(' ') || !(emailMatchesName(cc.email, whole) || inBrackets(cc))) continue;
    return { value: { name: whole, email: cc.email, role }, line: written.trim() };
  }
  return null;
}

/** "On behalf of Dr Alistair Drummond-Kerr, Lead GP at Riverbend Surgery (J83044), who is copied into this email, …"; built once. */
const WRITING_FOR_SOMEONE_COPIED = new RegExp(`\\b[Oo]n behalf of\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})(?:,\\s*([^,(@\\n]{3,80}?)(?=\\s*(?:,|\\(|$|\\s+who\\b)))?`, 'u');

/**
 * The person a writer asks for, by name, who is copied in (a management company's helpdesk, an ICB team): they
 * authorise what the email asks, in the role written after their name.
 */
export function onBehalfOfCopied(ctx: FieldContext): { value: Person & { role: string | null }; line: string } | null {
  for (const line of ctx.body.split('\n')) {
    const m = WRITING_FOR_SOMEONE_COPIED.exec(line);
    const who = cleanPersonName(m?.[1] ?? null);
    if (!m || !who || !who.includes(' ')) continue;
    const email = copiedAddressOf(ctx, who);
    if (!email) continue;
    return { value: { name: who, email, role: m[2]?.trim() ?? null }, line: line.trim() };
  }
  return null;
}

/** The address the Cc header gives a person the text names, when it spells their name: a name alone could be anyone's. */
export function copiedAddressOf(ctx: FieldContext, name: string): string | null {
  const cc = (ctx.copied ?? []).find((p) => p.email && emailMatchesName(p.email, name));
  return cc?.email ? normaliseEmail(cc.email) : null;
}

/**
 * The one person the headers name (From, Cc, forwarded and quoted authors) whose surname is `surname` and whose
 * address spells it: a surname alone could be anyone's, so two such people give none.
 */
export function personBySurname(ctx: FieldContext, surname: string): { name: string; email: string } | null {
  const wanted = letters(surname);
  if (wanted.length < 3) return null;
  const found = new Map<string, string>();
  for (const p of [...(ctx.participants ?? []), ...(ctx.copied ?? [])]) {
    const name = cleanPersonName(p.name);
    if (!name?.includes(' ') || !p.email || letters(name.split(/\s+/).pop() ?? '') !== wanted || !emailMatchesName(p.email, name)) continue;
    const address = normaliseEmail(p.email);
    if (address) found.set(address, name);
  }
  const [only, ...others] = [...found];
  return only && others.length === 0 ? { name: only[1], email: only[0] } : null;
}
