import { firstEmail } from '../field-helpers.js';
/** branch_setup: the main practice and the branch, with the branch main contact's title. */
import type { Person } from '../../../core/domain/case.js';
import { BRANCH, calledName, practice, fillFromBlock, fillFromProse, phoneAfterLabelledAddress } from './organisation.js';
import { EMAIL_LABEL, ORGANISATION_CODE_LABEL, NAME_PATTERN, NOT_PERSON_NAME, PERSON_NAME_LABEL, PHONE_LABEL, clean, cleanPersonName, cleanTitledName, escapeRegExp, findPersonWithEmail, firstOdsCode, odsCodesWithLines, pick } from '../field-helpers.js';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { nameSpelledByAddress } from '../names-from-addresses.js';
import { set, ANY, email, phone, type FieldContext, type Ev } from './context.js';

export function branch(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  // "Main address:", "Main phone:", "Main contact:": a label that starts with "Main" is the main practice's.
  // A bare "Main contact" is the branch's, unless the branch's has its own label ("Branch main contact"): then it is
  // the main practice's.
  const branchContactLabelled = ctx.labelled.some((v) => /^branch\b.*\bcontact\b/i.test(v.label));
  const MAIN = branchContactLabelled ? /\b(existing|parent)\b|\bmain (practice|site|surgery|organi[sz]ation)\b|^main\b/i : /\b(existing|parent)\b|\bmain (practice|site|surgery|organi[sz]ation)\b|^main\b(?!\s+contact)/i;
  const codes = odsCodesWithLines(ctx.body);
  // An ODS report of the branch ("Organisation code: D82044002", "Address: THE GREEN …"): a section whose own code is
  // a branch's holds the branch's details, whatever its labels say, never the main practice's.
  const branchSections = new Set(ctx.labelled.filter((v) => ORGANISATION_CODE_LABEL.test(v.label) && !/\b(parent|main|branch|site|new|existing)\b/i.test(v.label) && classifyOdsCode(firstOdsCode(v.value) ?? '')?.type === 'gp_branch').map((v) => v.section));
  const main = practice(branchSections.size ? { ...ctx, labelled: ctx.labelled.filter((v) => !branchSections.has(v.section) || /\b(parent|main)\b/i.test(v.label)) } : ctx, ev, 'fields.mainPractice', MAIN, BRANCH, true, -1);
  if (!main.odsCode) {
    const c = codes.find((x) => classifyOdsCode(x.value)?.type !== 'gp_branch');
    main.odsCode = set(ev, 'fields.mainPractice.odsCode', c ?? null);
  }
  main.phone = set(ev, 'fields.mainPractice.phone', pick(ctx.labelled, PHONE_LABEL, phone, MAIN, ANY, BRANCH) ?? phoneAfterLabelledAddress(ctx, MAIN, BRANCH));
  const b = practice(ctx, ev, 'fields.branch', BRANCH, MAIN, false, -1);
  if (!b.odsCode) {
    const c = codes.find((x) => classifyOdsCode(x.value)?.type === 'gp_branch');
    b.odsCode = set(ev, 'fields.branch.odsCode', c ?? null);
  }
  b.phone = set(ev, 'fields.branch.phone', pick(ctx.labelled, PHONE_LABEL, phone, BRANCH, ANY, MAIN) ?? phoneAfterLabelledAddress(ctx, BRANCH, MAIN));
  const n = pick(ctx.labelled, PERSON_NAME_LABEL, (v) => (cleanPersonName(v) ? v : null), BRANCH, NOT_PERSON_NAME, MAIN);
  const titled = cleanTitledName(n?.value);
  // "Branch main contact including title - Dr Amelia Hart": the title is the value's first word, not the whole value.
  const titleLabel = pick(ctx.labelled, /^title$|\btitle\b/i, (v) => cleanTitledName(v).title ?? (/^\p{L}{2,5}\.?$/u.test(v.trim()) ? clean(v) : null), BRANCH, /job/i, MAIN);
  // "Branch main contact: Ms Precious Nyathi, precious.nyathi@nhs.net": the address may share the name's line.
  // Under a branch's own heading ("BRANCH PRACTICE" / "Main contact email"), "main contact" is the branch's main contact.
  const underBranchHeading = ctx.labelled.filter((v) => BRANCH.test(v.section) && !/\bmain\s+(?:practice|site|surgery|organi[sz]ation)\b/i.test(v.section));
  const e =
    pick(ctx.labelled, EMAIL_LABEL, email, BRANCH, ANY, MAIN) ??
    pick(underBranchHeading, EMAIL_LABEL, email, undefined, /\b(?:existing|parent)\b|\bmain\s+(?:practice|site|surgery|organi[sz]ation)\b/i) ??
    (n && firstEmail(n.value) ? { value: firstEmail(n.value) ?? '', line: n.line } : null);
  if (n) ev['fields.branch.mainContact.name'] = n.line;
  if (titled.title && n) ev['fields.branch.mainContact.title'] = n.line;
  else if (titleLabel) ev['fields.branch.mainContact.title'] = titleLabel.line;
  if (e) ev['fields.branch.mainContact.email'] = e.line;
  // The sentence that gives the main practice's code with its address comes before a block that only follows a
  // "Parent organisation" line (an ODS report of the branch, whose address is the branch's).
  if (branchSections.size) fillFromProse(ctx, ev, 'fields.mainPractice', main, main.odsCode as string | null, true);
  fillFromBlock(ctx, ev, 'fields.mainPractice', main, MAIN, BRANCH, true);
  fillFromBlock(ctx, ev, 'fields.branch', b, BRANCH, MAIN, true);
  fillFromProse(ctx, ev, 'fields.mainPractice', main, main.odsCode as string | null, true);
  fillFromProse(ctx, ev, 'fields.branch', b, b.odsCode as string | null, true);
  if (!b.name) b.name = set(ev, 'fields.branch.name', calledName(ctx, /(?:the\s+|our\s+|new\s+)*branch(?:\s+surgery|\s+site)?/));
  if (!b.name) namedInApposition(ctx, ev, b);
  if (!b.address) {
    // "opening a branch surgery at Old School House, 12 Church Street, Marlborough, SN8 1LP": the branch's address in prose.
    for (const line of ctx.body.split('\n')) {
      const m = /\bbranch\b[^.\n]{0,60}?\b(?:at|located at|based at|address is)\s+([^.\n]*?\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/.exec(line);
      if (m?.[1] && !/@/.test(m[1])) {
        const address = m[1].trim();
        b.address = address;
        ev['fields.branch.address'] = line.trim();
        if (typeof main.address === 'string' && address.endsWith(main.address)) {
          main.address = null;
          delete ev['fields.mainPractice.address'];
        }
        break;
      }
    }
  }
  proseContacts(ctx, ev, main, b, n === null && e === null);
  if (b.mainContactFromProse) {
    delete b.mainContactFromProse;
    return { mainPractice: main, branch: b };
  }
  b.mainContact = { title: titled.title ?? (titleLabel ? titleLabel.value.replace(/\.$/, '') : null), name: titled.name, email: e?.value ?? null };
  return { mainPractice: main, branch: b };
}

/**
 * "it is now our branch, Kingsmead at Northgate, Northgate Health Village, Fenwick Road, Yarford YF7 3JD, phone 01632
 * 960499", "The branch is Over Hill Surgery, 3 Dale Street, Winsford, CW7 2LX, tel 01606 553260": the branch's name, then its address up to the postcode, then its phone, each set off by commas. An address
 * read from the same words carries the name at its front, and loses it here.
 */
const BRANCH_IN_APPOSITION = /(?:\b(?:is|as|be)\s+(?:now\s+)?(?:our|the)\s+(?:new\s+)?branch(?:\s+surgery|\s+site)?,|\b(?:[Tt]he|[Oo]ur)\s+(?:new\s+)?branch(?:\s+surgery|\s+site)?\s+(?:is|will\s+be)(?:\s+called)?)\s+(\p{Lu}[^,\d\n]{2,60}),\s+([^.\n]*?\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b(?:,?\s*(?:phone|tel(?:ephone)?)\s*:?\s*(\+?\d[\d ]{8,14}\d))?/u;

function namedInApposition(ctx: FieldContext, ev: Ev, b: Record<string, unknown>): void {
  for (const line of ctx.body.split('\n')) {
    const m = BRANCH_IN_APPOSITION.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const [name, address] = [m[1].trim(), m[2].trim()];
    b.name = name;
    ev['fields.branch.name'] = line.trim();
    if (!b.address || b.address === `${name}, ${address}` || (typeof b.address === 'string' && b.address.endsWith(address))) {
      b.address = address;
      ev['fields.branch.address'] = line.trim();
    }
    if (!b.phone && m[3]) {
      b.phone = m[3].trim();
      ev['fields.branch.phone'] = line.trim();
    }
    return;
  }
}

const PRONOUN_CONTACT = /\b(?:could|can|should|will|would)\s+(?:he|she|they)\s+(?:please\s+)?be\s+(?:its|the|our)\s+(?:branch\s+)?main contact\b/i;
const TITLED_NAME = new RegExp(`((?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+${NAME_PATTERN})`, 'u');
const PRONOUN_EMAIL = /^[^\n]{0,40}?\b(?:his|her|their)\s+e-?mail(?:\s+address)?\s+is\s+([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** "main contact is Dr X", "branch contact will be (me) X": the name after the contact's label; built once. */
const CONTACT_IS_NAMED = new RegExp(`(?:[Mm]ain|[Bb]ranch) [Cc]ontact[^,:]*?(?:is|will be|:|\\s)\\s*\\(?(?:me\\s*\\(?)?((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+)?${NAME_PATTERN})`, 'u');

/** "main contact is me (Anil Mehta, a@nhs.net)" / "Main contact for the branch will be Dr Kwame Asante, k@nhs.net". */
function proseContacts(ctx: FieldContext, ev: Ev, main: Record<string, unknown>, b: Record<string, unknown>, branchMissing: boolean): void {
  const mc = main.mainContact as Person;
  for (const line of ctx.body.split('\n')) {
    // "Our main contact is X, and the branch contact will be Y": one sentence, two contacts.
    let at = 0;
    for (const clause of line.split(/(?<=[.;])\s+|;\s*|,?\s+(?:and|while|whilst|but)\s+(?=(?:the\s+|our\s+|their\s+)?(?:main|branch)\b|I\s+(?:will|am|shall)\b)/i)) {
      const start = line.indexOf(clause, at);
      at = start + clause.length;
      if (!/\b(main|branch) contact\b/i.test(clause)) continue;
      // "branch is Westwood Surgery …, and main contact there will be …": a clause that names no site is about the site
      // the line spoke of last.
      // "I'm the main contact you hold for us": the writer already is one, so of the practice that already exists.
      const alreadyIs = /\b(?:I am|I['’]m)\s+(?:the|your)\s+(?:current\s+|existing\s+)?main contact\b/i.test(clause);
      // "I'm the main contact for Thornbury Road Practice … and we've now got our code for the new branch": of the main
      // practice, whatever the clause goes on to say of the branch.
      const isBranch = (!alreadyIs && /branch/i.test(clause)) || classifyOdsCode(firstOdsCode(clause) ?? '')?.type === 'gp_branch' || (!MAIN_SITE.test(clause) && !alreadyIs && lastSiteBefore(line.slice(0, Math.max(0, start))) === 'branch');
      const p = findPersonWithEmail(clause);
      // "Mr Tomasz Kowalczyk will run the branch, so please could he be its main contact. His email is …": the person
      // named before the pronoun, and the address the next sentence gives for him.
      const byPronoun = !p && PRONOUN_CONTACT.test(clause) ? TITLED_NAME.exec(clause) : null;
      const afterIs = CONTACT_IS_NAMED.exec(clause) ?? byPronoun;
      const rawName = afterIs?.[1] ?? null;
      const pronounEmail = byPronoun ? normaliseEmail(PRONOUN_EMAIL.exec(line.slice(at))?.[1]) : null;
      const person = { name: p?.value.name ?? cleanPersonName(rawName), email: p?.value.email ?? pronounEmail };
      // "Main contact is me, a@nhs.net": the sender, by their From header.
      if (!person.name && /\b(is|will be|should be)\s+me\b/i.test(clause)) person.name = cleanPersonName(ctx.requester.name);
      // "I'm the main contact you hold for us, a@nhs.net": the sender's own address, so the sender's name.
      if (!person.name && person.email && person.email === ctx.requester.email) person.name = cleanPersonName(ctx.requester.name);
      // "I am the main contact for the main practice": the sender, by their From header.
      if (!person.name && !person.email && /\b(?:I am|I['’]m)\s+(?:the|its|their)\s+main contact\b/i.test(clause)) Object.assign(person, { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email });
      // "I would like to be the main contact for the branch as well, please, on the same email address": the sender.
      const writerWantsIt = !person.name && !person.email && /\bI\s+(?:would like|want|wish|['’]d like)\s+to\s+be\s+(?:the|its)\s+main contact\b/i.test(clause);
      if (writerWantsIt) Object.assign(person, { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email });
      if (!person.name && !person.email) continue;
      // "Please set up Dr Anna Whitby as the main contact for the branch, anna.whitby@nhs.net": the name the address spells.
      if (!person.name && person.email) person.name = nameSpelledByAddress(clause, person.email)?.name ?? null;
      // "that's Mrs Beverley Hocking, same email as above": the address already given for her.
      if (person.name && !person.email && /\bsame\s+(?:e-?mail|address|contact details)\b/i.test(clause)) {
        const known = main.mainContact as Person;
        if (known.name === person.name) person.email = known.email;
      }
      if (isBranch && branchMissing) {
        // The title as the email writes it with the whole name, here or elsewhere ("Please set up Dr Anna Whitby as the
        // main contact for the branch, anna.whitby@…"; "You hold me as our main contact - Mrs Claire Peplow-Davies").
        const writtenTitle = person.name ? new RegExp(`\\b(Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+${escapeRegExp(person.name)}\\b`).exec(ctx.body)?.[1] ?? null : null;
        const title = (rawName ? cleanTitledName(rawName).title : null) ?? writtenTitle;
        b.mainContact = { title, name: person.name, email: person.email };
        b.mainContactFromProse = true;
        if (person.name) ev['fields.branch.mainContact.name'] = line.trim();
        if (person.email) ev['fields.branch.mainContact.email'] = line.trim();
        if (title) ev['fields.branch.mainContact.title'] = line.trim();
      } else if (!isBranch && !mc.name && !mc.email) {
        main.mainContact = person;
        if (person.name) ev['fields.mainPractice.mainContact.name'] = line.trim();
        if (person.email) ev['fields.mainPractice.mainContact.email'] = line.trim();
      }
    }
  }
}

const MAIN_SITE = /\b(?:main|parent|existing)\s+(?:practice|surgery|site|organi[sz]ation)\b/i;

/** The site ("branch" or "main") the text last spoke of, by its last cue; null without one. */
function lastSiteBefore(text: string): 'branch' | 'main' | null {
  let last: { at: number; site: 'branch' | 'main' } | null = null;
  for (const m of text.matchAll(/\bbranch\b|\b(?:main|parent|existing)\s+(?:practice|surgery|site|organi[sz]ation)\b/gi)) {
    last = { at: m.index ?? 0, site: /^branch$/i.test(m[0]) ? 'branch' : 'main' };
  }
  return last?.site ?? null;
}
