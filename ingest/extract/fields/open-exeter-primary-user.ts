/** open_exeter_primary_user_request: organisation kind, nominee and signatory. */
import type { Person } from '../../../core/domain/case.js';
import { EMAIL_IN_TEXT, ROLE_LABEL, cleanPersonName, firstEmail, odsCodesWithLines, pick, type Found } from '../field-helpers.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { detectStatedType } from './organisation.js';
import { text, type FieldContext, type Ev } from './context.js';
import { HINT_THRESHOLD } from '../confidence.js';
import { ROLE_WORDS, emailMatchesName, signOffs } from '../participants.js';
import { bodyTail, nominee, labelledPerson, SIGNATORY, signatoryRole, signer, roleBesideName, roleFromText, roleStatedOf, copiedApprover, onBehalfOfCopied } from './people.js';

/**
 * "Practice Manager, signing for Dr Qureshi (GP Partner)", "Practice Manager pp Dr Qureshi": the one who signed
 * did so in their own capacity; the absent partner's role is not theirs.
 */
function ownCapacity(role: string): string {
  return role.split(/,?\s*\b(?:signing|signed|sign)\s+(?:for|on behalf of)\b|,?\s*\b(?:for and )?on behalf of\b|\s+p\.?p\.?\s/i)[0]?.trim() || role;
}

/**
 * An address the text gives for `name` ("Adrian's NHSmail address is …", "her email should be …") other than `given`,
 * that spells the same person: a correction of the address a form gives.
 */
function addressGivenFor(body: string, name: string, given: string): Found<string> | null {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  for (const line of body.split('\n')) {
    const m = /\b(?:e-?mail|NHSmail)(?:\s+address)?\s+(?:is|should\s+be|is\s+actually)\s*:?\s*([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i.exec(line);
    const address = normaliseEmail(m?.[1]);
    if (!m || !address || address === given.toLowerCase() || !emailMatchesName(address, name)) continue;
    const before = line.slice(0, m.index).toLowerCase();
    if (words.some((w) => before.includes(w))) return { value: address, line: line.trim() };
  }
  return null;
}

/** The sender signed the form for the signatory it names: "I have signed it on his behalf", "I've signed for Dr Mehta". */
const SIGNED_FOR_SOMEONE = /\bI\s+(?:have\s+|['’]ve\s+)?signed\s+(?:it\s+|this\s+|the\s+form\s+)?(?:on\s+(?:his|her|their)\s+behalf|on\s+behalf\s+of\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b|for\s+(?:him|her|them|Dr|Mr|Mrs|Ms|Miss|Prof)\b)|\bsigned\s+(?:it\s+)?p\.?p\.?\s/i;

/** Asking for someone to be made something ('add X as a …', 'set Y up as the …'): the role after it is theirs. */
// A dot inside an address ("omar.haddad@nhs.net") does not end the sentence.
const NOMINATING_AS = /\b(?:add|make|set\s+(?:\S+\s+){0,3}up|nominate|register|appoint|have)\b(?:[^.\n]|\.(?=\S)){0,80}?\bas\s+(?:a|an|the|our)\b/i;

/** "As Caldicott Guardian for Northgate Surgery, I …", "As Lead GP at Sandpiper Surgery (N81077) I …": the writer's capacity, stated before the first person. */
const AS_CAPACITY = /(?:^|[.;!]\s+)As\s+\p{Lu}[^,.\n]{2,60}?,?\s+I\b/u;

/** The sender's own words that they signed the form or are the practice's primary user (who may sign). */
/** The words of the printed signatory capacities, each allowing for a letter or two lost to a scan. */
const CAPACITY_WORDS = [/\blead\b/i, /\bpartner\b/i, /\bguardian\b|\bca\w{0,2}dicott\b/i, /\bprimary\s+(?:contact|user)\b/i, /\bboard\b/i];

/**
 * The printed capacities side by side ("Lead GP GP Partner Caldicott Guardian"): three of them, or two not joined as
 * one person's offices are ("GP Partner and Caldicott Guardian").
 */
function listsCapacities(value: string): boolean {
  const named = CAPACITY_WORDS.filter((w) => w.test(value)).length;
  return named >= 3 || (named === 2 && !/\s(?:and|&|\/|\+)\s|,/i.test(value));
}

const SENDER_SIGNED = /\bI\s+(?:have\s+)?signed\b|\bI['’]m\b[^.\n]{0,80}\band\s+(?:I\s+)?(?:have\s+|['’]ve\s+)?signed\b|\bI['’]ve\s+signed\b|\bsigned by me\b|\bmy (?:signature|approval)\b|\bI am (?:currently )?(?:our|the) (?:only |existing |current )?primary user\b/i;

/**
 * A scan that lost the signatory's heading: the name labelled just above the capacity ticked ("Name: Alistair Brennan"
 * / "Signatory capacity: Member of the Board of Directors") is the signatory's, and the address just below it theirs.
 */
function capacityHolder(ctx: FieldContext): ReturnType<typeof labelledPerson> {
  const at = ctx.labelled.findIndex((v) => /^(?:signatory\s+)?capacity\b/i.test(v.label) && v.value);
  if (at < 1) return null;
  const name = ctx.labelled.slice(Math.max(0, at - 2), at).reverse().find((v) => /^(?:full\s+)?name$/i.test(v.label) && cleanPersonName(v.value));
  if (!name) return null;
  const mail = ctx.labelled.slice(at + 1, at + 3).find((v) => /e-?mail/i.test(v.label) && firstEmail(v.value));
  const address = mail ? firstEmail(mail.value) : null;
  return {
    name: { value: cleanPersonName(name.value) ?? '', line: name.line },
    email: address && mail ? { value: address, line: mail.line } : null,
    nameLine: name.line,
    emailLine: mail?.line ?? '',
  };
}

export function primaryUser(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const userSection = /\b(primary user|nominee|applicant|new user|user details|proposed|requested user|person to be)\b/i;
  const p = labelledPerson(ctx.labelled, userSection, SIGNATORY) ?? labelledPerson(ctx.labelled, undefined, SIGNATORY);
  let nomineePerson: Person;
  if (p) {
    if (p.name) ev['fields.nominee.name'] = p.nameLine;
    if (p.email) ev['fields.nominee.email'] = p.emailLine;
    nomineePerson = { name: p.name?.value ?? null, email: p.email?.value ?? null };
  } else nomineePerson = nominee(ctx, ev, 'fields.nominee', userSection);
  // "NB the email address on the form is missing the 1 - Adrian's NHSmail address is adrian.kowalczyk1@nhs.net": the
  // covering email corrects the form's address for the same person.
  const corrected = nomineePerson.name && nomineePerson.email ? addressGivenFor(ctx.body, nomineePerson.name, nomineePerson.email) : null;
  if (corrected) {
    nomineePerson = { ...nomineePerson, email: corrected.value };
    ev['fields.nominee.email'] = corrected.line;
  }
  let s = labelledPerson(ctx.labelled, SIGNATORY) ?? capacityHolder(ctx) ?? null;
  // "Capacity (tick one)": on these forms only the signatory signs in a capacity, whatever heading it sits under.
  // The capacity ticked is what they sign as; a job title beside it ("Position: Principal Dentist") is their day job.
  // "Lead GP GP Partner Caldicott Guardian Existing Primary Contact" under "the capacity ticked below": the printed
  // options with no tick read, not a capacity; the position labelled after them may still be.
  // "My capacity is (tick one): 3", "… : BE FE.", "Capacity (tick one): J Leadcp": specks, or a box read as a letter before options
  // misread, where the tick went is no capacity ("IT contractor, Kernow Digital Ltd" is one: a job, written out).
  const misreadBoxes = (v: string): boolean => (!/\p{L}{3}/u.test(v) && !ROLE_WORDS.test(v)) || (/^\s*(?:\[?\p{L}\]?|[|[(\]])\s+\S/u.test(v) && signatoryRole(v.replace(/^\s*\S+\s+/, '')) === 'other' && !ROLE_WORDS.test(v));
  // "[ ] Lead GP" under "Capacity of signatory (tick one)", every box empty: the first option printed, not one ticked.
  const unticked = (v: string): boolean => /^\s*(?:\[\s*\]|☐|\(\s*\))\s*\p{L}/u.test(v);
  const capacity = (v: string): string | null => (listsCapacities(v) || misreadBoxes(v) || unticked(v) ? null : text(v));
  let roleF = pick(ctx.labelled, /^signatory capacity$/i, capacity) ?? pick(ctx.labelled, ROLE_LABEL, capacity, SIGNATORY) ?? pick(ctx.labelled, /^capacity\b/i, capacity);
  // The sender's own statements ("As a GP Partner … I authorise", "I've signed it as practice manager").
  // "add Gemma Rowley as a second primary user": that "as" is the nominee's role, not the writer's.
  const firstPerson = ctx.body.split('\n').filter((l) => /\b(I am|I'm|as (a|the)|I authori[sz]e|I confirm)\b|\bI(?:\s+have|['’]ve)?\s+sign(?:ed)?\b[^.\n]{0,40}\bas\b/i.test(l) || AS_CAPACITY.test(l))
    .filter((l) => !NOMINATING_AS.test(l) || AS_CAPACITY.test(l) || /\b(I am|I'm|I authori[sz]e|I confirm)\b|\bI(?:\s+have|['’]ve)?\s+sign/i.test(l)).join('\n');
  // A letter written in the email itself ends in its signature, which the body does not hold.
  const letter = !s && !roleF ? letterSignatory(`${ctx.body}\n${ctx.signature}`) : null;
  if (letter) {
    s = { name: { value: letter.name, line: letter.line }, email: letter.email ? { value: letter.email, line: letter.line } : null, nameLine: letter.line, emailLine: letter.line };
    roleF = letter.role ? { value: letter.role, line: letter.line } : null;
  }
  // "The practice's Lead GP, Dr X (x@nhs.net, copied), has asked us to request …" from a team's mailbox: the one
  // copied in who asks, or for whom the writer asks, signs.
  const copiedAsks = !s && !roleF ? copiedApprover(ctx) ?? onBehalfOfCopied(ctx) : null;
  if (copiedAsks?.value.name) {
    s = { name: { value: copiedAsks.value.name, line: copiedAsks.line }, email: copiedAsks.value.email ? { value: copiedAsks.value.email, line: 'Cc header' } : null, nameLine: copiedAsks.line, emailLine: 'Cc header' };
    const said = copiedAsks.value.role ? roleFromText(copiedAsks.value.role, true) : null;
    // The words that give the role, up to the name: the rest of the paragraph names others in theirs.
    const name = copiedAsks.value.name;
    const sentence = copiedAsks.line.split(/(?<=[.!?])\s+/).find((x) => x.includes(name)) ?? copiedAsks.line;
    roleF = said ? { value: said.value, line: sentence.slice(0, sentence.indexOf(name) + name.length) || sentence } : null;
  }
  if (!s && !roleF) {
    // No form: the email itself is the authorisation when its sender states their role.
    // Else the sender asks in their own name and their sign-off states the role ("Lorna Beck / Practice Manager").
    const who = signer(ctx);
    roleF = roleFromText(firstPerson) ?? roleBesideName(`${ctx.body}\n${ctx.signature}`, cleanPersonName(who.name)) ?? roleFromText(ctx.signature, true) ?? roleFromText(bodyTail(ctx.body), true);
    if (roleF && (who.name || who.email)) {
      s = { name: who.name ? { value: cleanPersonName(who.name) ?? '', line: 'From header' } : null, email: who.email ? { value: who.email, line: 'From header' } : null, nameLine: 'From header', emailLine: 'From header' };
      // A form came but none of its values could be read (a scan, an unusual form): the form names who signs, and
      // the sender is as often the nominee or an administrator posting it, unless they say they signed it.
      if (ctx.formAttached && !SENDER_SIGNED.test(firstPerson)) {
        const reason = 'taken from the sender, but a form came with the email and its signatory could not be read';
        for (const k of ['name', 'email', 'role']) ctx.doubts?.set(`fields.signatory.${k}`, { c: 0.4, reason });
      }
    }
  }
  // "Signatory: me, Nicholas Fairclough, Director …": the writer names themselves, so the address is theirs.
  const selfNamed = s?.nameLine && /^\s*(?:me|myself)\b/i.test(s.nameLine.replace(/^[^:]*:\s*/, ''));
  if (s && selfNamed && !s.email) {
    const who = signer(ctx);
    if (who.email) s = { ...s, email: { value: who.email, line: s.nameLine }, emailLine: s.nameLine };
  }
  // The form's signatory is the sender, who says what they signed as ("I've signed it as practice manager"), whatever
  // box the form shows.
  // The name as a scan read it ("Hifary Vance-Oduya" from hilary.vance-oduya@) is still the sender's when their address spells it.
  const senderSigned = !!s && ((!!s.email?.value && s.email.value === ctx.requester.email) || (!!s.name?.value && (s.name.value === cleanPersonName(ctx.requester.name) || emailMatchesName(ctx.requester.email, s.name.value))));
  // "I have signed it myself as practice manager as the partners are all on leave": a capacity the signatory says they
  // signed in that the guidance does not allow outweighs a box read on the form (a scan's tick, another hand's entry).
  if (senderSigned) {
    for (const line of firstPerson.split('\n').filter((l) => /\bI(?:\s+have|['’]ve)?\s+sign(?:ed)?\b[^.\n]{0,40}\bas\b/i.test(l))) {
      const said = roleFromText(line.replace(/^.*?\bsign(?:ed)?\b[^.\n]{0,40}?\bas\b/i, 'As'));
      // Over a capacity the form gives, only a statement of one the guidance does not allow ("as practice manager"):
      // "I've signed it myself as the doctors are all out" gives a reason, not a capacity.
      if (said && (!roleF || signatoryRole(said.value) === 'other')) {
        roleF = { value: said.value, line: line.trim() };
        break;
      }
    }
  }
  // The form's role box left empty (or unreadable): the signatory's own line, or the covering email, may say it.
  if (!roleF && s?.name?.value && s.nameLine) {
    const own = roleFromText(s.nameLine.replace(/^[^:]*:/, '').replace(s.name.value, ' '));
    if (own) roleF = { value: own.value, line: s.nameLine };
  }
  if (!roleF && s?.name?.value) roleF = roleStatedOf(ctx.body, s.name.value);
  // "Capacity (tick one): B® Lesa cp J GP Partner 0 caigicott Guardian": the printed options read with no mark that
  // could be made out; the first option whose name survived is not the one ticked.
  if (roleF && /\b(?:tick(?:ed)?|select(?:ed)?|circled?|choose)\b/i.test(roleF.line) && CAPACITY_WORDS.filter((w) => w.test(roleF?.value ?? '')).length >= 2) roleF = null;
  // "Dr Mehta is away until the 30th so I have signed it on his behalf": the form names the lead GP, but the sender
  // signed it, in their own capacity; the guidance refuses a form signed for a signatory, and the card must say who did.
  const ownText = ctx.forwarded?.text ? ctx.body.replace(ctx.forwarded.text, '') : ctx.body;
  const signedFor = SIGNED_FOR_SOMEONE.exec(ownText);
  const sender = signer(ctx);
  if (signedFor && (sender.name || sender.email) && !senderSigned) {
    const line = ownText.split('\n').find((l) => SIGNED_FOR_SOMEONE.test(l))?.trim() ?? signedFor[0];
    s = { name: sender.name ? { value: cleanPersonName(sender.name) ?? '', line } : null, email: sender.email ? { value: sender.email, line } : null, nameLine: line, emailLine: line };
    const own = roleFromText(ctx.signature, true) ?? roleFromText(bodyTail(ctx.body), true);
    roleF = { value: own?.value ?? 'signing for another', line: own?.line ?? line };
  }
  if (s?.name) ev['fields.signatory.name'] = s.nameLine;
  if (s?.email) ev['fields.signatory.email'] = s.emailLine;
  if (roleF) ev['fields.signatory.role'] = roleF.line;
  // A fillable form's code is in a field ("orgOdsCode"), not in the page text.
  const code = odsCodesWithLines(ctx.body)[0] ?? odsCodesWithLines(ctx.labelled.filter((v) => /\b(ods|code)\b/i.test(v.label)).map((v) => v.line).join('\n'))[0];
  const type = code ? classifyOdsCode(code.value)?.type : null;
  let kind: string | null = null;
  const typeLabel = ctx.labelled.find((v) => /\b(organi[sz]ation|practice) type\b|^type of organi[sz]ation$/i.test(v.label) && v.value);
  // "(not a GP practice)", "Organisation type: Other - hospital colposcopy clinic": the email's words decide before the code.
  // "Your 'other organisations' form": the writer names the form for organisations that are not GP practices.
  const notGp = /\bnot\s+(?:a\s+)?(?:GP|general)\s+(?:practice|surgery)\b|\bnon[-\s]?GP\b|\bother\s+organi[sz]ations?['"’”]?\s+(?:form|version)\b/i.test(ctx.body) || OTHER_ORGANISATIONS_FORM.test(ctx.body);
  const gpForm = GP_PRACTICES_FORM.exec(ctx.body);
  if (typeLabel && /^\s*other\b/i.test(typeLabel.value)) kind = 'other';
  else if (typeLabel && detectStatedType(`Organisation type: ${typeLabel.value}`) === 'other') kind = 'other';
  // "GP Federation", "GP out-of-hours service": organisations of general practice that are not a practice.
  else if (typeLabel && /\bGP\b|general practice/i.test(typeLabel.value) && !GP_BUT_NOT_A_PRACTICE.test(typeLabel.value)) kind = 'gp_practice';
  else if (typeLabel && GP_BUT_NOT_A_PRACTICE.test(typeLabel.value)) kind = 'other';
  else if (notGp) kind = 'other';
  else if (gpForm) kind = 'gp_practice';
  else if (type) kind = type === 'gp_practice' || type === 'gp_branch' ? 'gp_practice' : 'other';
  else if (/\b(GP practice|GP surgery|medical centre|general practice)\b/i.test(ctx.body)) kind = 'gp_practice';
  else if (/\b(pharmacy|hospital|trust|laboratory|clinic|dental|optician|ICB|council|hospice|prison|HMP|YOI|immigration removal centre)\b/i.test(ctx.body) || /\b\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:Service|Unit|Laboratory)\b/u.test(ctx.body.replace(/\b(?:Open Exeter|PCSE|Customer|Support)\b[^\n]*/g, ''))) kind = 'other';
  // A faint scan's title and its practice code, read apart, both say GP practice: the two agree, which a misreading
  // of either would not make them do.
  if (kind === 'gp_practice' && gpForm && !typeLabel && (type === 'gp_practice' || type === 'gp_branch')) ctx.doubts?.set('fields.organisationKind', { c: HINT_THRESHOLD, reason: 'the form\'s title and the practice code agree' });
  if (kind) ev['fields.organisationKind'] = typeLabel && kind !== null && (typeLabel.value.match(/^\s*other\b/i) || /\bGP\b/.test(typeLabel.value)) ? typeLabel.line : gpForm && !notGp ? gpForm[0].trim() : code?.line ?? 'organisation named in the email';
  return {
    organisationKind: kind,
    nominee: nomineePerson,
    signatory: { name: s?.name?.value ?? null, email: s?.email?.value ?? null, role: signatoryRole(roleF ? ownCapacity(roleF.value) : null) },
  };
}

/** Organisations of general practice that are not a GP practice. */
const GP_BUT_NOT_A_PRACTICE = /\b(?:federation|alliance|collaborative|network|PCN|hubs?|out[-\s]of[-\s]hours|OOH|extended\s+access|GP\s+led\s+health\s+centre|walk[-\s]in)\b/i;

/** The primary-user form's title, before the organisations it is for: "Request for a Primary User", "Open Exeter - Primary User Request". */
const PRIMARY_USER_FORM_TITLE = String.raw`(?:Open Exeter\s*[-–—]\s*)?(?:Request for a Primary User|Primary User Request(?:\s+Form)?)`;

/** The form for GP practices says so in its title ("Request for a Primary User – GP Practices", "… (GP Practices)") or under it. */
const GP_PRACTICES_FORM = new RegExp(String.raw`^[ \t]*${PRIMARY_USER_FORM_TITLE}\s*(?:[-–—]\s*|\(\s*)GP Practices?\b[^\na-zA-Z]{0,12}$|^[ \t]*GP Practices?\b[^\na-zA-Z]{0,12}$`, 'im');

/**
 * The other organisations' form by its title line, not by the GP form's guidance that names it ("Please use the form
 * “Request for a Primary User – Other Organisations”").
 */
const OTHER_ORGANISATIONS_FORM = new RegExp(String.raw`^[ \t]*${PRIMARY_USER_FORM_TITLE}\s*(?:[-–—]\s*|\(\s*)(?:Other Organi[sz]ations\b|organi[sz]ations other than GP\b)`, 'im');

/** "I confirm that I am authorised to sign", "I write as a member of the Board": the writer of a letter signs it. */
const SIGNS_THIS_LETTER = /\bI\s+(?:confirm|authori[sz]e|approve|nominate|write\s+as|am\s+writing\s+as|am\s+authori[sz]ed|am\s+signing|sign\s+(?:this|as))\b/i;

/**
 * A letter written instead of the form ("Dear Sir/Madam … I confirm that I am authorised to sign this request …
 * Yours faithfully" / "Dr Bernadette Quayle" / "Director of Clinical Services and Board member" / address): whoever
 * signs it off is the signatory, with the role under their name. The letter may be the email or an attached PDF.
 */
export function letterSignatory(text: string): { name: string; email: string | null; role: string | null; line: string } | null {
  const lines = text.split('\n');
  const closing = lines.findIndex((l) => /^\s*yours\s+(?:faithfully|sincerely|truly)\b/i.test(l));
  const opening = lines.findIndex((l) => /^\s*dear\b/i.test(l));
  if (closing < 0 || opening < 0 || opening > closing || !SIGNS_THIS_LETTER.test(lines.slice(opening, closing).join(' '))) return null;
  const block = lines.slice(closing + 1, closing + 7).join('\n');
  const letter = lines.slice(opening, closing);
  const email = firstEmail(block);
  // "B. Quayle" (the signature, typed) above "Dr Bernadette Quayle" / her role: the name with the role under it.
  const candidates = signOffs(block).filter((o) => o.role || emailMatchesName(email, o.name));
  const author = candidates.find((o) => o.role) ?? candidates[0];
  if (!author) return null;
  // "Please contact me at peter.lindqvist@…" in the letter: the author's address, where it spells their name.
  const ownEmail = email && emailMatchesName(email, author.name) ? email : letter.flatMap((l) => [...l.matchAll(EMAIL_IN_TEXT)].map((m) => normaliseEmail(m[0]))).find((e) => emailMatchesName(e, author.name)) ?? null;
  // "General Practitioner" over "Caldicott Guardian, Brambles Medical Centre", and "I am the Caldicott Guardian for
  // …" in the letter: the capacity the author signs in is the one the form allows, wherever the letter says it.
  const signedIn = (role: string | null): boolean => !!role && signatoryRole(ownCapacity(role)) !== 'other';
  const stated = signedIn(author.role) ? null : letter.map((l) => (/\bI\s+am\s+(?:the|a|an)\s/i.test(l) ? roleFromText(l) : null)).find((r) => signedIn(r?.value ?? null));
  const role = stated?.value ?? author.role;
  return { name: author.name, email: ownEmail, role, line: stated ? `${author.line} / ${stated.line}` : author.line };
}
