/** The organisation a request is about: its code, name and stated type, and practice blocks (existing/new, main/branch) read by section. */
import type { OrganisationType } from '../../../core/domain/case.js';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { ADDRESS_LABEL, EMAIL_LABEL, ODS_LABEL, ORGANISATION_CODE_LABEL, ORG_NAME_LABEL, digitsOnlyCode, firstPhone, odsCodesWithLines, pick, requestedOdsCode, spacedOdsCode, type Found } from '../field-helpers.js';
import { UK_POSTCODE, cleanOrganisationName, joinValueLines } from '../field-helpers.js';
import { labelledPerson } from './people.js';
import { ORG_SUFFIX, set, ANY, address, ods, phoneAfterAddress, type FieldContext, type FieldResult, type Ev } from './context.js';

// "Our details:" over the writer's own practice's name and address, in a request about another one.
export const EXISTING = /\b(existing|current|old)\b|\bmain (practice|site|surgery|organi[sz]ation)\b|^(?:our|my)\s+(?:own\s+)?details$/i;

export const NEW = /\bnew\b/i;

export const BRANCH = /\bbranch\b/i;

export function organisation(ctx: FieldContext, ev: Ev, fields: Record<string, unknown>): FieldResult['organisation'] {
  if (ctx.kind === 'main_contact_extension' || ctx.kind === 'branch_setup') {
    const p = (fields.existingPractice ?? fields.mainPractice) as { odsCode: string | null; name: string | null } | undefined;
    const base = ctx.kind === 'branch_setup' ? 'fields.mainPractice' : 'fields.existingPractice';
    if (!p || (!p.odsCode && !p.name)) return null;
    if (p.odsCode && ev[`${base}.odsCode`]) ev['organisation.odsCode'] = ev[`${base}.odsCode`] ?? '';
    if (p.name && ev[`${base}.name`]) ev['organisation.name'] = ev[`${base}.name`] ?? '';
    return { odsCode: p.odsCode, name: p.name };
  }
  const code =
    pick(ctx.labelled, ODS_LABEL, ods, ANY, /e-?mail|gmc|post ?code|zip/i) ??
    pick(ctx.labelled, ORGANISATION_CODE_LABEL, digitsOnlyCode) ??
    ctx.singledOutSite ??
    codeTheSubjectSingsOut(ctx.body, ctx.subject) ??
    requestedOdsCode(`${ctx.body}\n${ctx.subject}`) ??
    spacedOdsCode(`${ctx.body}\n${ctx.subject}`) ??
    odsCodesWithLines(ctx.signature)[0] ??
    spacedOdsCode(ctx.signature) ??
    namedNhsBodyCode(`${ctx.body}\n${ctx.subject}`) ??
    null;
  // The name written on the code's own line ("Hillcrest Surgery, G82O33") before the first that reads as one anywhere
  // ("remove the Joiner & Leaver and Practice Estimate roles" names roles, not the practice).
  const besideCode = code && code.line !== ctx.singledOutSite?.line ? findOrgName(code.line) : null;
  const orgName = pick(ctx.labelled, ORG_NAME_LABEL, cleanOrganisationName) ?? besideCode ?? findOrgName(ctx.body) ?? findOrgName(ctx.subject) ?? findOrgName(ctx.signature);
  if (!code && !orgName) return null;
  // A branch's code named beside its parent's ("one branch, Moorside at Idle (B82031001) … for the main practice,
  // B82 031"): outside a branch set-up, the request is about the practice.
  const parent = code ? parentCodeWritten(code.value, `${ctx.body}\n${ctx.subject}`) : null;
  if (parent) Object.assign(code!, parent);
  if (orgName && code) orgName.value = withoutCode(orgName.value, code.value).replace(/^[\s,–-]+|[\s,–-]+$/g, '') || orgName.value;
  return { odsCode: set(ev, 'organisation.odsCode', code), name: set(ev, 'organisation.name', orgName) };
}

/**
 * A merger's two practices in the text, and one of them in the subject ("Main contact - Northgate Medical Centre
 * E84019 (merger with Priory Lane)"): the subject says which the request is about.
 */
function codeTheSubjectSingsOut(body: string, subject: string): Found<string> | null {
  const inBody = odsCodesWithLines(body);
  if (new Set(inBody.map((c) => c.value)).size < 2) return null;
  const inSubject = [...new Set(odsCodesWithLines(subject).map((c) => c.value))];
  const [only] = inSubject;
  if (inSubject.length !== 1 || !only) return null;
  // The subject's line, which names the practice beside its code as the body's sentence about the merger may not.
  return inBody.some((c) => c.value === only) ? { value: only, line: subject.trim() } : null;
}

/** The name without the code written in it ("Hillcrest Surgery G82O33"), case aside. */
function withoutCode(name: string, code: string): string {
  // The pattern is built per code, and compiling it costs more than the rest of the read: a name that does not
  // contain a plain letters-and-digits code, in any case, cannot match it.
  if (/^[A-Za-z0-9]+$/.test(code) && !name.toUpperCase().includes(code.toUpperCase())) return name;
  return name.replace(new RegExp(`\\b${code}\\b`, 'i'), '');
}


// The lookbehind starts a match only at a word's start: from every letter of a long capitalised run
// the words loop would rescan the rest of the run (quadratic).
const ORG_NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}'’&.-])((?:\\p{Lu}[\\p{L}'’&.-]*\\s+|&\\s+|and\\s+|on\\s+|upon\\s+|the\\s+|of\\s+){0,5}(?:${ORG_SUFFIX}|Service|Unit|Laboratory)(?:\\s+Services?)?)\\b`, 'u');

/** ORG_NAME_RE for matchAll (which copies it, so its lastIndex stays 0), built once rather than for every line. */
const ORG_NAME_RE_ALL = new RegExp(ORG_NAME_RE.source, 'gu');
const ENDS_WITH_ORG_SUFFIX = new RegExp(`${ORG_SUFFIX}$`, 'u');
/** A name whose last word is an organisation's ("… Pharmacy"), after a word break. */
const ENDS_WITH_ORG_WORD = new RegExp(`\\b${ORG_SUFFIX}$`, 'u');
/**
 * An organisation's word alone, and one among a name's words or a place's: built once, since a pattern matched without
 * regard to case compiles slowly (milliseconds) where it mentions letters of any script.
 */
const ONLY_ORG_WORD = new RegExp(`^${ORG_SUFFIX}$`, 'iu');
const ORG_OR_PLACE_WORD = new RegExp(`\\b${ORG_SUFFIX}\\b|\\b(Road|Street|Lane|Hill|Park|House|Centre|Group|Health|Care|Medical)\\b`, 'iu');

/**
 * "Tamesis Community Health NHS Trust, code RY9": a trust's or another NHS body's three-character code, which free
 * text is too full of look-alikes to find unless a word names it as the code.
 */
function namedNhsBodyCode(text: string): Found<string> | null {
  for (const line of text.split('\n')) {
    const m = /\b(?:ODS|org(?:anisation)?|trust)?\s*code\s*(?:is|:|-|=)?\s*([RQ][A-Z0-9]{2})\b(?![A-Za-z0-9@-])/.exec(line);
    if (m?.[1] && classifyOdsCode(m[1])?.type === 'other') return { value: m[1], line: line.trim() };
  }
  return null;
}

function findOrgName(text: string): Found<string> | null {
  for (const line of text.split('\n')) {
    const m = [...line.matchAll(ORG_NAME_RE_ALL)].find(
      (x) => !/^\s+(user|manager|admin)/i.test(line.slice((x.index ?? 0) + (x[1] ?? '').length)) && !/\b(GPP|PL|OPTO)\b/.test(x[1] ?? ''),
    );
    if (!m?.[1]) continue;
    // "… the non-responder report on Open Exeter. Orchard House Surgery, M83622": a sentence ends before the name
    // begins; the dot of "St. Luke's" or an initial does not end one.
    const words = m[1].trim().split(/(?<!(?:^|\s)(?:\p{L}|St|Dr|Mt))\.\s+(?=\p{Lu})/u).pop()!.split(/\s+/);
    while (words.length > 1 && /^(the|and|on|of|upon|at|for|from|&|Our|We|I|Please|Hi|Hello|Dear|GP|New|Existing|Main|Branch|A|An|My)$/i.test(words[0] ?? '')) words.shift();
    const v = words.join(' ');
    if (words.length < 2 || /^(GP|the|our|a|dental|new|main|branch|existing)\s+(practice|surgery|pharmacy)$/i.test(v)) continue;
    // PCSE's own services are not the practice ("the Open Exeter Service", "PCSE Customer Support Service").
    if (/\b(open exeter|PCSE|primary care support|NHS England|NHSmail|customer|support|portal|helpdesk)\b/i.test(v) && !ENDS_WITH_ORG_SUFFIX.test(v)) continue;
    return { value: v, line: line.trim() };
  }
  return null;
}

/** The type the email states in words ("we are a dental practice", "Organisation type: GP"). */
export function detectStatedType(body: string): OrganisationType | null {
  const typed = /organi[sz]ation type\s*[:-]\s*([^\n]+)/i.exec(body)?.[1] ?? null;
  const phrase =
    typed ??
    // "Ophthalmic practice code: …", "Pharmacy ODS code -": a code labelled with the kind of organisation it is for.
    /^\s*((?:optical|opticians?|ophthalmic|optometry|dental|pharmacy|GP)\s+(?:practice\s+|surgery\s+)?(?:ods\s+)?code)\s*[:-]/im.exec(body)?.[1] ??
    /\b(?:we are|we're|i am from|i work (?:at|for)|this is)\s+(?:an?|the)\s+([^.,\n]{0,40})/i.exec(body)?.[1] ??
    // "for our optical practice", "our dental surgery": the organisation described by its kind.
    /\bour\s+((?:optical|opticians?|ophthalmic|optometry|dental|dentist'?s|community|GP|general)\s+(?:practice|surgery|pharmacy|clinic))\b/i.exec(body)?.[1] ??
    // "Clearview Optometrists (ophthalmic practice - ODS …)", "[dental practice, ods code …]", "we're a community pharmacy";
    // not a form label's options ("Organisation type (GP practice / other)").
    /[([]\s*(?:an?\s+)?((?:optical|opticians?|ophthalmic|optometry|dental|community|GP|general)\s+(?:practice|surgery|pharmacy|clinic)|pharmacy|dentists?|opticians?)\b(?!\s*(?:\/|\bor\b))/i.exec(body)?.[1] ??
    /\b(?:is|as|are|being)\s+an?\s+((?:independent\s+)?community pharmacy)\b/i.exec(body)?.[1] ??
    // "the email address held for our pharmacy", "our opticians": the bare kind after "our" (a qualified one is above).
    /\b(?:for|of|at|from|on behalf of)\s+our\s+(pharmacy|chemists?|dental practice|dental surgery|dentists?|opticians?|optometrists?)\b/i.exec(body)?.[1] ??
    // "Brookside Health Centre (G8512)": a code that fits no shape, written after a GP practice's kind of name.
    [...body.matchAll(/\b(Surgery|Medical Centre|Health Centre|Medical Practice)\s*[,(–-]\s*([A-Z]\d{3,7})\b/g)].find((m) => !classifyOdsCode(m[2] ?? ''))?.[1] ??
    null;
  if (!phrase) return null;
  if (/\bdent/i.test(phrase)) return 'dental_practice';
  if (/\b(ophthalm|optic|optom)/i.test(phrase)) return 'ophthalmic_practice';
  if (/\bpharmac|chemist/i.test(phrase)) return 'pharmacy';
  if (/\bPCN\b|primary care network/i.test(phrase)) return 'pcn';
  // "GP federation (community interest company)", "GP out-of-hours provider": GPs' organisation, not a practice.
  // "Walk-in Centre (NHS Trust)", "Urgent Treatment Centre", "Hospice": an organisation that is no practice.
  if (/\b(?:federation|alliance|collaborative|out[-\s]of[-\s]hours|provider|company|hub|at[-\s]scale|walk[-\s]in|trust|hospital|urgent (?:care|treatment)|hospice|prison|social enterprise)\b/i.test(phrase)) return 'other';
  if (/\bbranch\b/i.test(phrase)) return 'gp_branch';
  if (/\bGP\b|general pract|surgery|medical (centre|practice)|health centre/i.test(phrase)) return 'gp_practice';
  return null;
}


/** A value that is an organisation's name by its last word ("… Pharmacy", "… Surgery"), else null. */
function organisationNamed(value: string): string | null {
  const name = cleanOrganisationName(value);
  return name && ENDS_WITH_ORG_WORD.test(name) ? name : null;
}

/**
 * The number a clause says is the phone, before its sentence ends: "… and the phone number there is 01204 000 781",
 * "… PE21 8RZ tel 01205 362114 ext 204" (the extension kept, as firstPhone keeps it).
 */
function statedPhone(clause: string): string | null {
  const m = /^[^.;]*?\b(?:(?:tele)?phone(?:\s+number)?(?:\s+there)?\s+is|tel\.?|phone:?)\s+(?=[(+\d])/i.exec(clause);
  return m ? firstPhone(clause.slice(m[0].length, m[0].length + 40)) : null;
}

/** "Address: 7 Grey Street / Newcastle upon Tyne" then "Postcode: NE1 6EE": a form's postcode box ends the address it follows. */
function withLabelledPostcode(ctx: FieldContext, found: Found<string> | null): Found<string> | null {
  if (!found || UK_POSTCODE.test(found.value)) return found;
  const at = ctx.labelled.findIndex((v) => v.line === found.line);
  const next = at >= 0 ? ctx.labelled.slice(at + 1, at + 3).find((v) => /^post\s?code$/i.test(v.label)) : undefined;
  const postcode = next && UK_POSTCODE.exec(next.value)?.[0];
  return postcode ? { value: `${found.value}, ${postcode}`, line: found.line } : found;
}

/** Practice details in a section (existing/main/new/branch), falling back to the order codes appear in. */
const NAMES_A_SITE = /\b(?:practice|surgery|pharmacy|site|shop|store|branch|organi[sz]ation|premises|location)\b/i;

export function practice(ctx: FieldContext, ev: Ev, base: string, section: RegExp, notSection: RegExp | undefined, withContact: boolean, codeIndex: number, otherPracticeCode: string | null = null) {
  // The other practice's code is not this one's, wherever it sits in the text.
  const codes = odsCodesWithLines(ctx.body).filter((c) => c.value !== otherPracticeCode);
  // "Existing practice: Beckside Surgery, G83054": a line labelled with the section's own name gives its code, before
  // whichever code the prose wrote first.
  const sectionNamed = ctx.labelled.find((v) => section.test(v.label) && !notSection?.test(v.label) && NAMES_A_SITE.test(v.label) && !/e-?mail|post ?code|phone|tel|address|contact/i.test(v.label) && odsCodesWithLines(v.value).length > 0);
  const named = sectionNamed ? { value: odsCodesWithLines(sectionNamed.value)[0]?.value ?? '', line: sectionNamed.line } : null;
  const code = pick(ctx.labelled, ODS_LABEL, ods, section, /e-?mail|post ?code/i, notSection) ?? pick(ctx.labelled, ORGANISATION_CODE_LABEL, digitsOnlyCode, section, ANY, notSection) ?? named ?? codes[codeIndex] ?? null;
  const out: Record<string, unknown> = {
    odsCode: set(ev, `${base}.odsCode`, code),
    // "EXISTING" / "Name: Lechlade Pharmacy": a bare "Name" in a practice's section names the practice when it reads
    // as one.
    name: set(ev, `${base}.name`, pick(ctx.labelled, ORG_NAME_LABEL, cleanOrganisationName, section, ANY, notSection) ?? pick(ctx.labelled, /^name$/i, organisationNamed, section, ANY, notSection)),
    address: set(ev, `${base}.address`, withLabelledPostcode(ctx, pick(ctx.labelled, ADDRESS_LABEL, address, section, EMAIL_LABEL, notSection))),
  };
  if (withContact) {
    const p = labelledPerson(ctx.labelled, section, notSection);
    if (p?.name) ev[`${base}.mainContact.name`] = p.nameLine;
    if (p?.email) ev[`${base}.mainContact.email`] = p.emailLine;
    out.mainContact = { name: p?.name?.value ?? null, email: p?.email?.value ?? null };
  }
  return out;
}

/** A practice's phone written after its labelled address's postcode ("Main practice address: …, TR11 2AA. Phone 01326 …"). */
export function phoneAfterLabelledAddress(ctx: FieldContext, section: RegExp, notSection: RegExp | undefined): Found<string> | null {
  return pick(ctx.labelled, ADDRESS_LABEL, phoneAfterAddress, section, EMAIL_LABEL, notSection);
}

/**
 * Fills what labels did not give from a prose clause around the practice's code:
 * "Main site is Hillcrest Practice, M83012, 20 Hill Street, Walsall, WS1 2AB, 01922 496 100".
 */
export function fillFromProse(ctx: FieldContext, ev: Ev, base: string, out: Record<string, unknown>, code: string | null, withPhone: boolean): void {
  if (!code) return;
  // The code as a whole token: "C8204" is not the start of "C82044". Written as it was read: "D83 004", "c81-022".
  const chars = code.replace(/[^A-Z0-9]/g, '');
  const find = (t: string): WrittenCode | null => findWrittenCode(t.toUpperCase(), chars);
  const has = (t: string): boolean => find(t) !== null;
  const src = firstLineWithCode(ctx.body, chars);
  if (!src) return;
  const clauses = src.split(/(?<=[.;])\s+(?=[A-Z])|;\s*/);
  // "… for Brightwater Dental (V034519) and we have just taken over … . Our details: Brightwater Dental, V034519, main
  // contact …, 8 Quay Street, Lymington SO41 3AS, tel …": the clause that writes the code beside a postcode gives the details.
  const clause = clauses.find((c) => has(c) && UK_POSTCODE.test(c.slice(find(c)?.index ?? 0))) ?? clauses.find(has) ?? src;
  const line = src.trim();
  const parts = clause.split(/,\s*/).map((x) => x.trim());
  const at = parts.findIndex(has);
  if (!out.name && at >= 0) {
    // The name is written just before the code: in the code's own clause part ("main contact for Kapoor Chemists (FA104)")
    // or as the part before it ("Lakeside Pharmacy Ambleside, ODS code 7731-X").
    // "Birchwood Surgery whose code is C8204": the words naming the code are not part of the name.
    // "Priory Fields Surgery's ODS code is L81027": the possessive is not part of the name either.
    const sameRaw = (parts[at] ?? '').slice(0, find(parts[at] ?? '')?.index ?? -1).replace(/\s*[([]?\s*\b(?:whose|with|its|their|(?:the\s+)?(?:new\s+)?(?:practice|pharmacy|surgery)|(?:the\s+)?new)?\s*(?:ODS\s+)?code\s*(?:is|:|-|=)?\s*$/i, '').replace(/['’]s$/, '');
    // "Weaver Street Surgery (GP), ODS Y02718": what kind of site it is, in brackets after the name, is not the name.
    const candidates = [sameRaw, at > 0 ? parts[at - 1] ?? '' : ''].map((c) => c.replace(/\s*\([^()\n]{1,30}\)\s*$/, ''));
    for (const before of candidates) {
      // "the purchase of Whitby Smiles, code V114498": a name after a buying or opening verb needs no organisation word.
      const acquired = /\b(purchase of|bought|acquired|taken over|took over|opened|merged with|acquisition of)\s+((?:\p{Lu}[\p{L}'’&-]*\s*){1,5})$/u.exec(before.trim());
      const n = trailingProperName(before) ?? (acquired?.[2] ? acquired[2].trim() : null);
      if (n) {
        // "Mistry Pharmacy in Exmouth (FK207)": where it is, after a name that ends with what it is, is not the name.
        out.name = /^(.*\b(?:Pharmacy|Chemists?|Surgery|Practice|Medical Centre|Health Centre|Opticians?|Optometrists|Dental Care|Dental Practice|Clinic))\s+in\s+\p{Lu}[\p{L}'’ -]*$/u.exec(n)?.[1] ?? n;
        ev[`${base}.name`] = line;
        break;
      }
    }
  }
  if (!out.address && at >= 0) {
    const addr: string[] = [];
    // "Sleights Surgery (ODS B82631) at 2 Coach Road, Sleights, …": the address starts in the code's own part.
    const own = parts[at] ?? '';
    const codeAt = find(own);
    const afterCode = codeAt ? own.slice(codeAt.index + codeAt.length).replace(/^\s*[)\]]?\s*/, '') : '';
    // "… code is FR442 and the address is 61 Narborough Road, …": the address named after the code.
    const startsHere = /^(?:(?:and\s+)?(?:which|that|it)\s+is\s+|(?:based|located|situated)\s+)?(?:at|in|on)\s+(\d[\w\s'’.-]*)$/i.exec(afterCode) ?? /^(?:and\s+)?(?:the|its)\s+address\s+is\s+(\d[\w\s'’.-]*)$/i.exec(afterCode);
    if (startsHere?.[1]) addr.push(startsHere[1].trim());
    for (const p of parts.slice(at + 1)) {
      // "V034519, main contact Kasia Nowicka (kasia.nowicka@nhs.net), 8 Quay Street, …": who the contact is, between the
      // code and the address, is not where the details end.
      if (/^main\s+contact\b[^,]*@/i.test(p) && !addr.length) continue;
      if (/@|^(phone|tel|telephone)\b/i.test(p) || firstPhone(p) === p.trim()) break;
      // Another organisation's code starts another organisation's details.
      if (/\b(code|ods)\b/i.test(p) || odsCodesWithLines(p).some((c) => c.value !== code)) break;
      // "(new ODS code P87631, 22 Moor Lane, Rochdale, OL11 3QP)": the bracket closing the aside is not the address's.
      const cleaned = (address(p) ?? p).replace(/[.;]\s*$/, '').replace(/^(at|in|on)\s+/i, '').replace(/^([^()]*)\)$/, '$1');
      addr.push(cleaned);
      if (UK_POSTCODE.test(cleaned)) break;
    }
    if (addr.length && addr.some((a) => UK_POSTCODE.test(a))) {
      out.address = joinValueLines(addr);
      ev[`${base}.address`] = line;
    }
  }
  // "… for Anwar Pharmacy (FW614), which is at" / "22 Church Street" / "Bolton" / "BL1 1HU" / "and the phone number
  // there is 01204 000 781.": the address on the lines under the sentence that says where it is.
  if (!out.address && /\b(?:is|are)\s+(?:(?:based|located|situated)\s+)?at:?\s*$/i.test(line)) {
    // An HTML body's paragraphs come a line apart: the blank lines between are not the address's end.
    const below = ctx.body.split('\n').map((l) => l.trim()).filter(Boolean);
    const from = below.indexOf(line);
    const addr: string[] = [];
    for (const l of from >= 0 ? below.slice(from + 1, from + 7) : []) {
      if (/@/.test(l) || firstPhone(l) === l) break;
      addr.push(l.replace(/[.;,]\s*$/, ''));
      if (UK_POSTCODE.test(l)) break;
    }
    if (addr.length && UK_POSTCODE.test(addr[addr.length - 1] ?? '')) {
      out.address = joinValueLines(addr);
      ev[`${base}.address`] = [line, ...addr].join(' / ');
      const next = below[from + addr.length + 1] ?? '';
      const ph = withPhone && !out.phone ? statedPhone(next) : null;
      if (ph) {
        out.phone = ph;
        ev[`${base}.phone`] = next;
      }
    }
  }
  // "… our code is N81093 … Riverbank is at 14 Mill Lane, Nantwich, CW5 5RJ and the phone number is (01270) 610 442":
  // a later sentence of the same paragraph says where the practice is, by its name, and its number.
  const firstWord = typeof out.name === 'string' ? /^\p{Lu}[\p{L}'’-]+/u.exec(out.name)?.[0] : undefined;
  // "we are at …" is where the writers are: their own practice, not a branch or a new site they write about.
  const ours = base === 'fields.branch' || base === 'fields.newPractice' ? '' : '|[Ww]e';
  const subject = `(?:${firstWord ? `${firstWord}(?:\\s+\\p{Lu}[\\p{L}'’-]*)*|` : ''}[Ii]t${ours}|[Tt]he (?:practice|surgery|pharmacy))`;
  // The pattern is built per name and costs more to compile than the line costs to read: most lines say nobody "is at"
  // a numbered address, which a fixed pattern tells first.
  const where = SAYS_IT_IS_AT_A_NUMBER.test(line) ? new RegExp(`\\b${subject}\\s+(?:is|are)\\s+(?:(?:based|located|situated)\\s+)?at\\s+(\\d[^.;@]{3,120}?${UK_POSTCODE.source})`, 'u').exec(line) : null;
  if (!out.address && where?.[1]) {
    out.address = where[1].trim();
    ev[`${base}.address`] = line;
  }
  if (withPhone && !out.phone && where) {
    // "… we are at 22 Brook Street Boston PE21 8RZ tel 01205 362114 ext 204": "tel" as well as "the phone number is".
    const ph = statedPhone(line.slice((where.index ?? 0) + where[0].length));
    if (ph) {
      out.phone = ph;
      ev[`${base}.phone`] = line;
    }
  }
  if (withPhone && !out.phone) {
    // Another organisation's code ends this one's details: "code V071188, … our branch V071188001 (…, 01326 496 010)".
    const found = find(clause);
    const codeEnd = found ? found.index + found.length : code.length;
    const other = odsCodesWithLines(clause.slice(codeEnd)).find((c) => c.value !== code);
    const own = other ? clause.slice(0, codeEnd + Math.max(0, clause.slice(codeEnd).toUpperCase().indexOf(other.value))) : clause;
    const ph = firstPhone(own.replace(EMAIL_RE, ' '));
    if (ph) {
      out.phone = ph;
      ev[`${base}.phone`] = line;
    }
  }
  fillFromAddressCard(ctx, ev, base, out, withPhone);
}

/** Where a code was written in a text, and how many characters it took there. */
interface WrittenCode {
  index: number;
  length: number;
}

/**
 * The first place the code's characters are written in order in text already in capitals, a space or a hyphen allowed
 * between two of them, as a whole token (no letter or digit just before or after): what the pattern
 * (?<![A-Z0-9])C[ -]?8[ -]?1…(?![A-Z0-9]) finds. A pattern built per code cost more to compile, at every email, than
 * reading the text: this reads it without one.
 */
function findWrittenCode(upper: string, chars: string): WrittenCode | null {
  for (let start = 0; start <= upper.length; start++) {
    if (start > 0 && isCodeCharacter(upper[start - 1]!)) continue;
    let at = start;
    let matched = 0;
    while (matched < chars.length) {
      if (matched > 0 && (upper[at] === ' ' || upper[at] === '-') && upper[at + 1] === chars[matched]) at++;
      if (upper[at] !== chars[matched]) break;
      at++;
      matched++;
    }
    if (matched === chars.length && !(at < upper.length && isCodeCharacter(upper[at]!))) return { index: start, length: at - start };
  }
  return null;
}

function isCodeCharacter(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/**
 * The first line of the text where the code is written (findWrittenCode, in capitals). A code cannot span a line
 * break, so the whole text is put in capitals and searched once, instead of line by line.
 */
function firstLineWithCode(text: string, chars: string): string | undefined {
  const upper = text.toUpperCase();
  const m = findWrittenCode(upper, chars);
  if (!m) return undefined;
  // Capitals can be longer than their letter ("ß" is "SS"), never a line break: lines are counted, not offsets.
  const lineIndex = upper.slice(0, m.index).split('\n').length - 1;
  return text.split('\n')[lineIndex];
}

/** What fillFromProse's "<name> is at <number> …, <postcode>" needs after its subject, whatever the name. */
const SAYS_IT_IS_AT_A_NUMBER = /\s(?:is|are)\s+(?:(?:based|located|situated)\s+)?at\s+\d/;

/**
 * A heading that opens a practice's block: "My current practice:", "New practice: Millbrook Surgery, code C81 640",
 * "OLD SHOP (the one you have already)", "My practice now:", "New one:".
 */
// "Main practice:" with its first detail after it, or a heading alone on its line ("Main practice", "Branch").
const BLOCK_HEADING = /^\s*((?:our|my)\s+(?:own\s+)?details|(?:existing|current|old|new)(?=\s*(?::\s*$|[–-]\s+\S))|(?:(?:my|our|the)\s+)?(?:(?:current|existing|old|new|main|parent|branch|second|other|my|our)\b[\p{L} ]{0,20}?\b(?:practice|site|surgery|pharmacy|branch|organi[sz]ation|premises|shop|store|one)|branch)(?:\s+(?:details|site|now))?)(?:\s*\([^()@]{0,60}\))?\s*(?:[:–-]\s*(.*))?$/iu;

/**
 * A practice written as a block under its heading, one detail a line and mostly unlabelled:
 * "My current practice:" / "Harbour Street Practice - ODS E86631" / "15 Harbour Street, Whitby, YO21 3DA" /
 * "01947 602 118", or an address spread over lines ("Millbrook Lane" / "Belper" / "DE56 1WQ"). The block ends at a
 * blank line or the next heading; only empty values are filled.
 */
export function fillFromBlock(ctx: FieldContext, ev: Ev, base: string, out: Record<string, unknown>, section: RegExp, notSection: RegExp | undefined, withPhone: boolean): void {
  if (out.name && out.address && (out.phone || !withPhone)) return;
  // A bulleted block ("- Wolds Edge Surgery", "• 01430 555 870") is read as the same block without its bullets.
  const lines = ctx.body.split('\n').map((l) => l.trim().replace(/^(?:[-–•*·▪]|\d{1,2}[.)])\s+/, ''));
  const isHeading = (l: string): RegExpExecArray | null => {
    const m = BLOCK_HEADING.exec(l);
    return m && !/@/.test(m[1] ?? '') && !/\b(?:contact|e-?mail|phone|tel|telephone|address|code|name)\b/i.test(m[1] ?? '') ? m : null;
  };
  const at = lines.findIndex((l) => {
    const m = isHeading(l);
    return !!m && section.test(m[1] ?? '') && !(notSection?.test(m[1] ?? ''));
  });
  if (at < 0) return;
  const heading = isHeading(lines[at] ?? '');
  const block: string[] = [];
  if (heading?.[2]?.trim()) block.push(heading[2].trim());
  for (const l of lines.slice(at + 1)) {
    if (!l || isHeading(l)) break;
    block.push(l);
  }
  const evidence = [lines[at], ...block.slice(heading?.[2]?.trim() ? 1 : 0)].join(' / ');
  const unlabelled = (l: string): boolean => !/^[\p{L} ]{2,30}:/u.test(l) && !/@/.test(l);
  // The block's name: its first line, or in a list of details the first line that is only a name ("Wolds Edge
  // Surgery - Holme Branch", both parts naming the place, is one name).
  for (const [i, l] of block.entries()) {
    if (out.name || !unlabelled(l) || (i > 0 && (firstPhone(l) || UK_POSTCODE.test(l) || odsCodesWithLines(l).length > 0))) continue;
    const parts = l.split(/\s+[–-]\s+|,\s*/).map((x) => x.trim());
    const first = parts[0] ?? '';
    // "Hartwell Pharmacy - Shepshed", "Wolds Edge Surgery - Holme Branch": the shop or site after the dash is part of its name.
    const place = parts[1] ?? '';
    const whole = parts.length === 2 && ORG_NAME_END.test(first) && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(place) && !/\b(?:contact|manager|reception|admin|team|office|lead)\b/i.test(place) && !odsCodesWithLines(l).length ? l.trim() : null;
    const cleaned = odsCodesWithLines(first).length === 0 ? cleanOrganisationName(first) : null;
    // "The Eye Studio, TPM44" at the top of a block: the name written with its code needs no word saying what it is
    // (and "Look Optical, TPR19, 88 Queen Street, …", the code alone between the name and the address).
    const withItsCode = (parts.length === 2 || /^\S+$/.test(place)) && odsCodesWithLines(place).length > 0 && /^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5}$/u.test(first) ? first : null;
    // "Clearview Eyecare Stamford": a chain's name and the town of this one of its shops.
    const inTown = cleaned && parts.length === 1 && [/^(.+)\s+\p{Lu}[\p{L}'’-]+$/u, /^(.+)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u].some((town) => ORG_NAME_END.test(town.exec(cleaned)?.[1] ?? ''));
    const name = whole ?? (cleaned && ORG_NAME_END.test(cleaned) ? cleaned : null) ?? withItsCode ?? (inTown && !/\b(?:contact|manager|reception|admin|team|office|lead)\b/i.test(cleaned ?? '') ? cleaned : null);
    if (name) {
      out.name = name;
      ev[`${base}.name`] = evidence;
    }
  }
  // "Code E8561201 (this is what ODS gave us)": a code line, even when the code is not one ODS could have issued.
  const CODE_LINE = /^(?:(?:ODS|practice|branch|site|organi[sz]ation)\s+)?code\s*(?:is\s*|[:=–-]\s*)?([A-Za-z0-9]{4,10})\b/i;
  const givenCode = block.map((l) => CODE_LINE.exec(l)?.[1]).find((c) => c && /\d/.test(c));
  if (!out.odsCode && givenCode) {
    out.odsCode = givenCode.toUpperCase();
    ev[`${base}.odsCode`] = evidence;
  }
  if (!out.address) {
    const addr: string[] = [];
    for (const l of block) {
      if (CODE_LINE.test(l)) continue;
      // "- Address:" over its lines (read as one labelled line): the address, whatever came before it.
      const labelled = /^address\s*:\s*(.*)$/i.exec(l);
      if (labelled) {
        addr.length = 0;
        if (labelled[1] && UK_POSTCODE.test(labelled[1])) {
          addr.push(labelled[1].replace(/[.;,]\s*$/, ''));
          break;
        }
        continue;
      }
      // The block's name line is not part of its address (a line that is no name is not the name that was not found).
      const isName = !!out.name && (out.name === l.trim() || out.name === cleanOrganisationName((l.split(/\s+[–-]\s+|,\s*/)[0] ?? '').trim()));
      if ((isName || odsCodesWithLines(l).length > 0) && !UK_POSTCODE.test(l)) continue;
      if (!unlabelled(l) || firstPhone(l) === l || odsCodesWithLines(l).length > 0) {
        if (addr.length) break;
        continue;
      }
      addr.push(l.replace(/[.;,]\s*$/, ''));
      if (UK_POSTCODE.test(l)) break;
    }
    if (addr.length && UK_POSTCODE.test(addr[addr.length - 1] ?? '')) {
      out.address = joinValueLines(addr);
      ev[`${base}.address`] = evidence;
    }
  }
  if (withPhone && !out.phone) {
    const ph = block.filter(unlabelled).map((l) => firstPhone(l)).find((x): x is string => !!x);
    if (ph) {
      out.phone = ph;
      ev[`${base}.phone`] = evidence;
    }
  }
}

/**
 * An address card line that starts with the organisation's name, away from its code:
 * "Westgate Pharmacy, 2 West Gate, Leeds LS1 4AA, 0113 496 0001". Only a line whose parts after the
 * name end in a postcode counts as an address.
 */
function fillFromAddressCard(ctx: FieldContext, ev: Ev, base: string, out: Record<string, unknown>, withPhone: boolean): void {
  const name = typeof out.name === 'string' ? out.name : null;
  if (!name || (out.address && (out.phone || !withPhone))) return;
  const src = ctx.body.split('\n').map((l) => l.trim()).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()},`));
  if (!src) return;
  const parts = src.slice(name.length + 1).split(/,\s*/).map((x) => x.trim()).filter(Boolean);
  const addr: string[] = [];
  for (const p of parts) {
    if (/@|^(phone|tel|telephone)\b/i.test(p) || firstPhone(p) === p || odsCodesWithLines(p).length > 0) break;
    addr.push(p.replace(/[.;]\s*$/, ''));
    if (UK_POSTCODE.test(p)) break;
  }
  if (!out.address && addr.length && UK_POSTCODE.test(addr[addr.length - 1] ?? '')) {
    out.address = joinValueLines(addr);
    ev[`${base}.address`] = src;
  }
  if (withPhone && !out.phone && out.address) {
    const ph = firstPhone(src.replace(EMAIL_RE, ' '));
    if (ph) {
      out.phone = ph;
      ev[`${base}.phone`] = src;
    }
  }
}

/** A line that ends with what an organisation is ("… Dispensing Practice", "… Pharmacy"). */
const ORG_NAME_END = new RegExp(`\\b${ORG_SUFFIX}$`, 'iu');


const EMAIL_RE = /\S+@\S+/g;

const NAME_JOINER = /^(?:&|and|of|on|upon|the|at|in|-|–|\(\p{Lu}[\p{L}'’.-]*\))$/u;

/**
 * The proper name that ends a stretch of prose: "We've just bought Station Road Pharmacy" → "Station
 * Road Pharmacy"; "please extend my main contact (Lakeside Pharmacy" → "Lakeside Pharmacy". Null
 * when the text ends in lower-case words, or the name looks like a person ("I'm Sunil Kapoor").
 */
function trailingProperName(raw: string): string | null {
  const text = raw.replace(/\(?\s*(?:ods(?:\s+code)?|code|practice code|branch code)\s*(?:is|:|-)?\s*$/i, '').replace(/[\s(:,–-]+$/, '');
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] ?? '').replace(/^\(/, '');
    if (/^\p{Lu}[\p{L}'’&.-]*\)?$/u.test(w) || (out.length > 0 && i > 0 && NAME_JOINER.test(w))) {
      out.unshift(w);
      if ((words[i] ?? '').startsWith('(') && !/\)$/.test(w)) break;
    } else break;
  }
  while (out.length > 0 && (NAME_JOINER.test(out[0] ?? '') || /^(I'm|I|We|We've|We're|Our|My|Hi|Hello|Dear|Please|The|A|An|New|Existing|Main|Branch|Site|Practice|Name|Pharmacy:|Contact|Contacts)$/i.test(out[0] ?? ''))) out.shift();
  const n = out.join(' ');
  if (out.length === 0 || /@|\d{3}/.test(n) || out.length > 7) return null;
  if (out.length === 1 && !ONLY_ORG_WORD.test(n)) return null;
  // A bare person's name ("Sunil Kapoor") is not an organisation: it needs an organisation word or more words.
  if (out.length <= 3 && !ORG_OR_PLACE_WORD.test(n) && !/\p{Lu}{2,}/u.test(n)) {
    return null;
  }
  return n;
}

/**
 * The writer's own practice as their signature gives it: the line with its code ("Thaxted Road Dispensing Practice |
 * ODS D83022"), the address line under it and its "Tel" number. Null when the signature names no code but `except`.
 */
export function practiceFromSignature(signature: string, except: string | null): { odsCode: string; name: string | null; address: string | null; phone: string | null; line: string; lines: { name: string; address: string; phone: string } } | null {
  const code = odsCodesWithLines(signature).find((c) => c.value !== except);
  if (!code) return null;
  const lines = signature.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l === code.line);
  const before = code.line.split(/\s*(?:[|(]|\b(?:ODS|practice|org(?:anisation)?)\s+code\b|\bODS\b|,)\s*/i)[0]?.trim() ?? '';
  const above = lines[at - 1] ?? '';
  const name = before && odsCodesWithLines(before).length === 0 && ORG_NAME_END.test(before) ? cleanOrganisationName(before) : ORG_NAME_END.test(above) && !/[@\d|]/.test(above) ? cleanOrganisationName(above) : null;
  let address: string | null = null;
  const next = lines[at + 1] ?? '';
  if (UK_POSTCODE.test(next) && !/@/.test(next) && !firstPhone(next)) address = next.replace(/[.;,]\s*$/, '');
  const telLine = lines.slice(at).find((l) => /^(?:t|tel|telephone|phone)\b\.?\s*:?/i.test(l));
  const phone = telLine ? firstPhone(telLine) : null;
  return { odsCode: code.value, name, address, phone, line: code.line, lines: { name: before && name ? code.line : above, address: next, phone: telLine ?? '' } };
}

/**
 * "The branch is called Babbacombe Surgery, at …", "the new site will be known as Ridge View": the name the text
 * gives a site it speaks of (`site` names which one), when no label did.
 */
export function calledName(ctx: FieldContext, site: RegExp): Found<string> | null {
  const called = new RegExp(`\\b(?:${site.source})\\s+(?:is|will be|shall be|is going to be)\\s+(?:called|named|known as)\\s+((?:\\p{Lu}[\\p{L}'’&-]*|of|and|the|on|upon|in|&)(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|of|and|the|on|upon|in|&)){0,6})`, 'iu');
  for (const line of ctx.body.split('\n')) {
    const m = called.exec(line);
    const name = m?.[1] ? trailingProperName(m[1].replace(/\s+(?:of|and|the|on|upon|in|&)$/i, '')) ?? m[1].trim() : null;
    if (name && /^\p{Lu}/u.test(name)) return { value: name, line: line.trim() };
  }
  return null;
}

/** The parent practice's code ("B82031" or "B82 031"), when `code` is a branch's and the text writes its parent's too. */
function parentCodeWritten(code: string, text: string): Found<string> | null {
  if (classifyOdsCode(code)?.type !== 'gp_branch') return null;
  const parent = code.slice(0, 6);
  const written = new RegExp(`(?<![A-Z0-9])${parent.slice(0, 3)}\\s?${parent.slice(3)}(?![A-Z0-9]|\\s?\\d)`, 'i');
  const line = text.split('\n').find((l) => written.test(l));
  // "Main site G82117 stays with me", "it's the branch, not the main site (Longmoor, M85021), that one's fine": the
  // parent is named to say the request is not about it.
  if (!line || PARENT_LEFT_AS_IS.test(line)) return null;
  return { value: parent, line: line.trim() };
}

const PARENT_LEFT_AS_IS = /\bnot\s+(?:the\s+)?(?:main|parent)\b|\b(?:main|parent)\s+(?:site|practice|surgery)\b[^.\n]{0,40}\b(?:stays?|remains?|unchanged|is fine|no change|as it is)\b|\bthat one['’]?s fine\b/i;
