import type { CaseKind, OrganisationType, Person } from '../../core/domain/case.js';
import { classifyOdsCode } from '../../core/domain/ods.js';
import { normaliseEmail } from '../../core/domain/people.js';
import {
  ADDRESS_LABEL, EMAIL_IN_TEXT, EMAIL_LABEL, NAME_PATTERN, NOT_PERSON_NAME, ODS_LABEL, ORG_NAME_LABEL, PERSON_NAME_LABEL, PHONE_LABEL, ROLE_LABEL,
  USERNAME_LABEL, clean, cleanPersonName, cleanTitledName, findPersonWithEmail, firstEmail, firstOdsCode, firstPhone, odsCodesWithLines,
  pick, spacedOdsCode, stripLeadingWords, type Found,
} from './field-helpers.js';
import type { LabelledValue } from './labelled-lines.js';

/** Everything field extraction reads. */
export interface FieldContext {
  kind: CaseKind;
  /** The request text: new text and forwarded request, plus attached form text; no signature, no quoted history. */
  body: string;
  signature: string;
  subject: string;
  labelled: LabelledValue[];
  /** The person who makes the request (the forwarded message's sender when forwarded). */
  requester: Person;
}

export interface FieldResult {
  fields: Record<string, unknown>;
  organisation: { odsCode: string | null; name: string | null } | null;
  statedOrganisationType: OrganisationType | null;
  evidence: Record<string, string>;
  /** Signature presence on an attached or typed form: null when there is no form. */
  formSigned: boolean | null;
}

type Ev = Record<string, string>;
const set = <T>(ev: Ev, path: string, f: Found<T> | null): T | null => {
  if (!f) return null;
  ev[path] = f.line;
  return f.value;
};

const ANY = undefined;
const name = (v: string): string | null => cleanPersonName(v);
const email = (v: string): string | null => firstEmail(v);
const ods = (v: string): string | null => firstOdsCode(v);
const text = (v: string): string | null => clean(v);
const phone = (v: string): string | null => firstPhone(v) ?? clean(v);

/** Extracts the kind's fields, the organisation and the evidence for each value. */
export function extractFields(ctx: FieldContext): FieldResult {
  const ev: Ev = {};
  const typeLabel = ctx.labelled.find((v) => /\b(organi[sz]ation|practice|contractor) type\b|^type of (organi[sz]ation|practice)$/i.test(v.label) && v.value);
  const stated = (typeLabel ? detectStatedType(`Organisation type: ${typeLabel.value}`) : null) ?? detectStatedType(ctx.body);
  const result: FieldResult = { fields: {}, organisation: null, statedOrganisationType: stated, evidence: ev, formSigned: null };
  switch (ctx.kind) {
    case 'user_admin_nomination':
      result.fields = {
        service: set(ev, 'fields.service', detectService(ctx.body + '\n' + ctx.subject)),
        nominee: nominee(ctx, ev, 'fields.nominee'),
        approver: approver(ctx, ev),
        existingAdminCount: set(ev, 'fields.existingAdminCount', existingAdminCount(ctx.body)),
      };
      break;
    case 'main_contact_change':
      result.fields = { newMainContact: nominee(ctx, ev, 'fields.newMainContact', /\bmain contact\b/i) };
      break;
    case 'verification_link_resend':
      result.fields = verification(ctx, ev);
      break;
    case 'account_unlock':
    case 'account_reactivation':
      result.fields = { username: set(ev, 'fields.username', username(ctx)) };
      break;
    case 'role_removal_request':
      result.fields = { username: set(ev, 'fields.username', username(ctx)), roles: roles(ctx, ev) };
      break;
    case 'practice_email_update':
      result.fields = practiceEmails(ctx, ev);
      break;
    case 'main_contact_extension':
      result.fields = extension(ctx, ev);
      break;
    case 'branch_setup':
      result.fields = branch(ctx, ev);
      break;
    case 'open_exeter_primary_user_request':
      result.fields = primaryUser(ctx, ev);
      break;
    case 'open_exeter_additional_permissions':
      result.fields = permissions(ctx, ev);
      break;
    case 'open_exeter_new_user_authorisation':
      result.fields = newUser(ctx, ev);
      break;
    case 'unclassified':
      break;
  }
  result.organisation = organisation(ctx, ev, result.fields);
  result.formSigned = formSigned(ctx);
  return result;
}

// ---- organisation ----------------------------------------------------------------------------

const EXISTING = /\b(existing|current|old)\b|\bmain (practice|site|surgery|organi[sz]ation)\b/i;
const NEW = /\bnew\b/i;
const BRANCH = /\bbranch\b/i;

function organisation(ctx: FieldContext, ev: Ev, fields: Record<string, unknown>): FieldResult['organisation'] {
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
    odsCodesWithLines(`${ctx.body}\n${ctx.subject}`)[0] ??
    spacedOdsCode(`${ctx.body}\n${ctx.subject}`) ??
    odsCodesWithLines(ctx.signature)[0] ??
    spacedOdsCode(ctx.signature) ??
    null;
  const orgName = pick(ctx.labelled, ORG_NAME_LABEL, text) ?? findOrgName(ctx.body) ?? findOrgName(ctx.subject) ?? findOrgName(ctx.signature);
  if (!code && !orgName) return null;
  if (orgName && code) orgName.value = orgName.value.replace(new RegExp(`\\b${code.value}\\b`, 'i'), '').replace(/^[\s,–-]+|[\s,–-]+$/g, '') || orgName.value;
  return { odsCode: set(ev, 'organisation.odsCode', code), name: set(ev, 'organisation.name', orgName) };
}

const ORG_SUFFIX = "(?:Surgery|Practice|Medical Centre|Medical Center|Health Centre|Medical Practice|Group Practice|Family Practice|Pharmacy|Chemists?|Dental Practice|Dental Care|Dental Surgery|Dental Centre|Dentistry|Dental|Opticians?|Optometrists?|Eyecare|Eye Care|Vision|Clinic|PCN|Primary Care Network|Partnership|Health Centre)";
const ORG_NAME_RE = new RegExp(`((?:\\p{Lu}[\\p{L}'’&.-]*\\s+|&\\s+|and\\s+|on\\s+|upon\\s+|the\\s+|of\\s+){0,5}${ORG_SUFFIX})\\b`, 'u');

function findOrgName(text: string): Found<string> | null {
  for (const line of text.split('\n')) {
    const m = [...line.matchAll(new RegExp(ORG_NAME_RE.source, 'gu'))].find(
      (x) => !/^\s+(user|manager|admin)/i.test(line.slice((x.index ?? 0) + (x[1] ?? '').length)) && !/\b(GPP|PL|OPTO)\b/.test(x[1] ?? ''),
    );
    if (!m?.[1]) continue;
    const words = m[1].trim().split(/\s+/);
    while (words.length > 1 && /^(the|and|on|of|upon|at|for|from|&|Our|We|I|Please|Hi|Hello|Dear|GP|New|Existing|Main|Branch|A|An|My)$/i.test(words[0] ?? '')) words.shift();
    const v = words.join(' ');
    if (words.length < 2 || /^(GP|the|our|a|dental|new|main|branch|existing)\s+(practice|surgery|pharmacy)$/i.test(v)) continue;
    return { value: v, line: line.trim() };
  }
  return null;
}

/** The type the email states in words ("we are a dental practice", "Organisation type: GP"). */
export function detectStatedType(body: string): OrganisationType | null {
  const typed = /organi[sz]ation type\s*[:-]\s*([^\n]+)/i.exec(body)?.[1] ?? null;
  const phrase =
    typed ??
    /\b(?:we are|we're|i am from|i work (?:at|for)|this is)\s+(?:an?|the)\s+([^.,\n]{0,40})/i.exec(body)?.[1] ??
    // "for our optical practice", "our dental surgery": the organisation described by its kind.
    /\bour\s+((?:optical|opticians?|ophthalmic|optometry|dental|dentist'?s|community|GP|general)\s+(?:practice|surgery|pharmacy|clinic))\b/i.exec(body)?.[1] ??
    null;
  if (!phrase) return null;
  if (/\bdent/i.test(phrase)) return 'dental_practice';
  if (/\b(ophthalm|optic|optom)/i.test(phrase)) return 'ophthalmic_practice';
  if (/\bpharmac|chemist/i.test(phrase)) return 'pharmacy';
  if (/\bPCN\b|primary care network/i.test(phrase)) return 'pcn';
  if (/\bbranch\b/i.test(phrase)) return 'gp_branch';
  if (/\bGP\b|general pract|surgery|medical (centre|practice)/i.test(phrase)) return 'gp_practice';
  return null;
}

// ---- people ---------------------------------------------------------------------------------

const SELF = /\b(make me|nominate me|set me up|add me|i would like to (be|become)|i'd like to (be|become)|i wish to (be|become)|(can|could|may) i (please )?(be|become)|please (can|could) i (be|become)|i am to be|myself)\b|\((me|myself)\)|\b(that|it) is me\b|\b(that|it)'s me\b|\b(should|will|to|now) (now )?be me\b|\bchange (it|this) to me\b/i;
const NOMINEE_SECTION = /\b(nominee|nominated|new main contact|main contact|user details|person|applicant|proposed|primary user|new user|admin(istrator)? details|user to)\b/i;
const APPROVER_SECTION = /\b(approv\w*|authori[sz]\w*|signator\w*|signed|declaration|certif\w*|registered manager|contract holder|countersign\w*)/i;

/** The person the request is about: labelled lines first, then "make Jane Smith (jane@…)" text, then "make me". */
function nominee(ctx: FieldContext, ev: Ev, path: string, sectionHint?: RegExp): Person {
  const sec = sectionHint ?? NOMINEE_SECTION;
  const inSection = labelledPerson(ctx.labelled, sec, APPROVER_SECTION) ?? labelledPerson(ctx.labelled, undefined, APPROVER_SECTION);
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
  const spoken = new RegExp(
    // An optional lower-case descriptor may sit between the verb and the name: "nominate our practice manager, Tomasz …",
    // "set my dispensing optician Wiktor Sadowski up", "to our new practice manager Mrs Bronwen Ashby-Tate".
    `\\b(?:make|nominate|nominating|set ?up|set|add|appoint|appointing|assign|give|be|is|will be|to be|as|for|to|request(?:ing)? (?:that|for)?|grant)\\s+(?:(?:our|my|the|a)\\s+(?:[a-z][\\w-]*\\s+){0,3}[a-z][\\w-]*,?\\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`,
    'gu',
  );
  /** The first name spoken on a line that is a person's, not an organisation's ("for our practice, Brightwater Opticians"). */
  const spokenName = (line: string): string | null => {
    for (const m of line.matchAll(spoken)) {
      const n = m[1] ? cleanPersonName(stripLeadingWords(m[1])) : null;
      if (n && !new RegExp(`\\b${ORG_SUFFIX}$|\\b(Road|Street|Lane|House|Centre|PCN|ICB)$`, 'iu').test(n)) return n;
    }
    return null;
  };
  const requesterEmail = ctx.requester.email;
  const withEmail = findPersonWithEmail(body, new Set(requesterEmail && !SELF.test(body) ? [requesterEmail] : []));
  if (withEmail) {
    ev[`${path}.email`] = withEmail.line;
    let personName = withEmail.value.name;
    if (!personName && withEmail.value.email === requesterEmail && SELF.test(body)) {
      // "Can I please be made the main contact? My email is …": the sender, by their From name.
      personName = cleanPersonName(ctx.requester.name);
      if (personName) ev[`${path}.name`] = withEmail.line;
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
    if (ctx.requester.name) ev[`${path}.name`] = line;
    if (ctx.requester.email) ev[`${path}.email`] = line;
    return { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email };
  }
  for (const line of body.split('\n')) {
    const n = spokenName(line);
    if (n) {
      ev[`${path}.name`] = line.trim();
      return { name: n, email: null };
    }
  }
  return { name: null, email: null };
}

interface LabelledPerson {
  name: Found<string> | null;
  email: Found<string> | null;
  nameLine: string;
  emailLine: string;
}

function labelledPerson(values: LabelledValue[], section: RegExp | undefined, notSection?: RegExp, nameLabel: RegExp = PERSON_NAME_LABEL): LabelledPerson | null {
  const n = pick(values, nameLabel, name, section, NOT_PERSON_NAME, notSection);
  let e = pick(values, EMAIL_LABEL, email, section, /\b(practice|current|old|new practice|generic|shared)\b/i, notSection);
  if (!e && n) {
    const inName = pick(values, nameLabel, email, section, NOT_PERSON_NAME, notSection);
    if (inName) e = inName;
  }
  if (!n && !e) return null;
  return { name: n, email: e, nameLine: n?.line ?? '', emailLine: e?.line ?? '' };
}

function approver(ctx: FieldContext, ev: Ev): (Person & { role: string | null }) | null {
  const p = labelledPerson(ctx.labelled, APPROVER_SECTION);
  // "Authorising partner: Dr Cormac Tierney (GP Partner) – c.t@nhs.net": the role in brackets beside the name.
  const bracketRole = p?.name ? /\(([^)@]{2,60})\)/.exec(ctx.labelled.find((v) => v.line === p.nameLine)?.value ?? '') : null;
  const role = pick(ctx.labelled, ROLE_LABEL, text, APPROVER_SECTION) ?? (bracketRole?.[1] && p ? { value: bracketRole[1].trim(), line: p.nameLine } : null);
  if (p || role) {
    if (p?.name) ev['fields.approver.name'] = p.nameLine;
    if (p?.email) ev['fields.approver.email'] = p.emailLine;
    return { name: p?.name?.value ?? null, email: p?.email?.value ?? null, role: set(ev, 'fields.approver.role', role) };
  }
  // "our Clinical Director, Dr Sabine Lindqvist, has approved it" / "approved by our ICB lead, Jo Bloggs".
  const spokenApprover = new RegExp(
    `\\b(?:[Oo]ur|[Tt]he)\\s+((?:[A-Z][\\w-]*\\s+){0,4}[A-Z][\\w-]*),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN}),?\\s+(?:has\\s+|have\\s+)?(?:approved|authori[sz]ed|signed)|\\b(?:approved|authori[sz]ed|signed off)\\s+by\\s+(?:[Oo]ur|[Tt]he)\\s+((?:[A-Z][\\w-]*\\s+){0,4}[A-Z][\\w-]*),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`,
    'u',
  );
  for (const line of ctx.body.split('\n')) {
    const m = spokenApprover.exec(line);
    const who = cleanPersonName(m?.[2] ?? m?.[4] ?? null);
    if (m && who) {
      const role = (m[1] ?? m[3] ?? '').trim();
      const mail = findPersonWithEmail(line.slice((m.index ?? 0)));
      ev['fields.approver.name'] = line.trim();
      if (role) ev['fields.approver.role'] = line.trim();
      const email = mail && mail.value.name === who ? mail.value.email : null;
      if (email) ev['fields.approver.email'] = line.trim();
      return { name: who, email, role: role || null };
    }
  }
  const self = /\b(?:as the|i am the|i'm the|as)\s+((?:practice'?s?\s+)?(?:CQC registered manager|registered manager|contract holder|ICB approver|lead GP|GP partner|senior partner|caldicott guardian|clinical director|PCN clinical director|PCN manager|practice manager|director))\b/i;
  // "approved by me - I am the Clinical Director of the PCN": the sender approves in their stated role.
  if (/\b(approved|authori[sz]ed|signed off)\s+by\s+me\b|\bI\s+(approve|authori[sz]e)\b/i.test(ctx.body)) {
    for (const line of ctx.body.split('\n')) {
      const m = /\b(?:I am|I'm)\s+(?:the|a|an)\s+([A-Z][\w ]{2,40}?)(?=\s+(?:of|at|for|in)\b|[,.;(]|$)/.exec(line);
      if (m?.[1]) {
        ev['fields.approver.role'] = line.trim();
        if (ctx.requester.name) ev['fields.approver.name'] = 'From header';
        if (ctx.requester.email) ev['fields.approver.email'] = 'From header';
        return { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email, role: m[1].trim() };
      }
    }
  }
  for (const line of ctx.body.split('\n')) {
    const m = self.exec(line);
    if (m?.[1]) {
      ev['fields.approver.role'] = line.trim();
      if (ctx.requester.name) ev['fields.approver.name'] = 'From header';
      if (ctx.requester.email) ev['fields.approver.email'] = 'From header';
      return { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email, role: m[1] };
    }
  }
  return null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** "We already have four GPP user admins" / "there are already 4 administrators": the count the email states. */
function existingAdminCount(body: string): Found<number> | null {
  // "a fifth" administrator means four are already in post.
  const fifth = body.split('\n').find((l) => /\b(add|nominate|appoint|have|be)\s+(?:a|our)\s+fifth\b|\bfifth\s+(?:\w+\s+){0,3}admin/i.test(l));
  if (fifth) return { value: 4, line: fifth.trim() };
  const re = /\b(?:our|the)\s+(\d|one|two|three|four|five|six|seven|eight)\s+(?:current|existing)\s+(?:[\w-]+\s+){0,4}?(?:user\s+)?admin(?:istrator)?s\b|\b(?:already|currently)\s+(?:have|has|got|are)\s+(?:got\s+)?(\d|one|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+){0,4}?(?:user\s+)?admin(?:istrator)?s\b|\b(\d|one|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+){0,3}?(?:user\s+)?admin(?:istrator)?s\s+(?:already|currently)\b/i;
  for (const line of body.split('\n')) {
    const m = re.exec(line);
    const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
    if (!word) continue;
    const n = NUMBER_WORDS[word] ?? Number(word);
    if (Number.isInteger(n)) return { value: n, line: line.trim() };
  }
  return null;
}

function detectService(t: string): Found<'GPP' | 'PL' | 'OPTO' | 'PCN'> | null {
  const cues: [RegExp, 'GPP' | 'PL' | 'OPTO' | 'PCN'][] = [
    [/\bPCN\b[^.\n]{0,30}admin|primary care network[^.\n]{0,30}admin/i, 'PCN'],
    [/\bGPP{1,2}\b|GP payments|pensions/i, 'GPP'],
    [/\bPL\b[^.\n]{0,30}(admin|organi[sz]ation)|performers? list/i, 'PL'],
    [/\bopto\b|ophthalmic payments|user management \(organi[sz]ation\)|OPTO organi[sz]ation/i, 'OPTO'],
    [/\bPCN\b/i, 'PCN'],
  ];
  let best: { idx: number; f: Found<'GPP' | 'PL' | 'OPTO' | 'PCN'> } | null = null;
  for (const [re, svc] of cues) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.idx)) {
      const start = t.lastIndexOf('\n', m.index) + 1;
      const end = t.indexOf('\n', m.index);
      best = { idx: m.index, f: { value: svc, line: t.slice(start, end < 0 ? undefined : end).trim() } };
    }
  }
  return best?.f ?? null;
}

function verification(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const gmc = /\bGMC\b[^\d\n]{0,30}(\d{7})\b/i.exec(ctx.body) ?? /\b(\d{7})\b/.exec(ctx.labelled.find((v) => /gmc/i.test(v.label) && /number|no\b|ref/i.test(v.label))?.value ?? '');
  const gmcLine = gmc ? ctx.body.split('\n').find((l) => l.includes(gmc[1] ?? '\u0000'))?.trim() ?? `GMC ${gmc[1]}` : null;
  if (gmc && gmcLine) ev['fields.gmcNumber'] = gmcLine;
  const forOther = /\b(?:for|on behalf of)\s+(?:my\s+)?(?:colleague|dr\.?|gp|partner)\b[^\n]*/i.exec(ctx.body);
  const labelled = pick(ctx.labelled, EMAIL_LABEL, email);
  const inText = forOther ? findPersonWithEmail(forOther[0]) : null;
  const anyEmail = findPersonWithEmail(ctx.body);
  let accountEmail: string | null = null;
  if (inText) {
    accountEmail = inText.value.email;
    ev['fields.accountEmail'] = inText.line;
  } else if (labelled) accountEmail = set(ev, 'fields.accountEmail', labelled);
  else if (anyEmail) {
    accountEmail = anyEmail.value.email;
    ev['fields.accountEmail'] = anyEmail.line;
  } else if (ctx.requester.email && /\b(my|i|me)\b/i.test(ctx.body)) {
    accountEmail = ctx.requester.email;
    ev['fields.accountEmail'] = 'From header (the sender asks for their own account)';
  }
  return { accountEmail, gmcNumber: gmc?.[1] ?? null };
}

/** "my username is jo.bloggs@nhs.net", "His username was …", "user ID PNAIR4". */
const PROSE_USERNAME = /\b(?:us(?:e)?r\s*-?\s*n(?:a)?me|user\s*id|login(?:\s*id)?)\s*(?:(?:is|was|will be)\b|:|-|=)?\s*(?:is\b\s*)?([^\s,;()]+@[^\s,;()]+|[a-z0-9._-]{3,}@?[a-z0-9._-]*)/i;
/** "username is this email address", "my username is my email": the sender's own address is the username. */
const USERNAME_IS_OWN_EMAIL = /\b(?:us(?:e)?r\s*-?\s*n(?:a)?me|user\s*id|login)\s*(?:is|was|=|:)?\s*(?:the same as\s+)?(?:this|my|the)\s+(?:e-?mail|email address|e-?mail address|address (?:i'?m|i am) (?:writing|emailing) from)\b/i;

/** A username written in running text, or null. */
function proseUsername(body: string, requesterEmail: string | null = null): Found<string> | null {
  for (const line of body.split('\n')) {
    if (requesterEmail && USERNAME_IS_OWN_EMAIL.test(line)) return { value: requesterEmail, line: line.trim() };
    const m = PROSE_USERNAME.exec(line);
    if (m?.[1] && !/^(is|was|and|for|the|will|this|my|same|that)$/i.test(m[1])) return { value: (normaliseEmail(m[1]) ?? m[1]).replace(/[.,;]+$/, ''), line: line.trim() };
  }
  return null;
}

function username(ctx: FieldContext): Found<string> | null {
  const lab = pick(ctx.labelled, USERNAME_LABEL, (v) => clean(v.split(/\s/)[0] ?? null)) ?? pick(ctx.labelled, EMAIL_LABEL, email);
  if (lab) return lab;
  const prose = proseUsername(ctx.body, ctx.requester.email);
  if (prose) return prose;
  const e = findPersonWithEmail(ctx.body);
  return e ? { value: e.value.email, line: e.line } : null;
}

const KNOWN_ROLES = [
  'GPP Practice User Administrator', 'GPP - Practice User Management', 'GPP Practice User Management', 'Joiner & Leaver', 'Joiner and Leaver',
  'Practice Estimate and Salary Change', 'PL Organisation Administrator', 'PL Organisation User Administration', 'PL Practice Manager',
  'Opto User Management', 'OPTO Organisation User Administration', 'User Management (Organisation)', 'Contractor Signatory', 'GOS Performer',
  'Practice Order Entry Clerk', 'Practice Records Movement Admin', 'Main Contact', 'PCN user admin', 'Performer',
];

function roles(ctx: FieldContext, ev: Ev): string[] {
  const lab = ctx.labelled.find((v) => /\broles?\b/i.test(v.label));
  if (lab) {
    ev['fields.roles'] = lab.line;
    return lab.value.split(/\s*(?:,|;|\band\b(?! salary| leaver)|\/)\s*/i).map((r) => r.trim()).filter(Boolean);
  }
  const found: string[] = [];
  let line = '';
  let rest = ctx.body;
  for (const role of KNOWN_ROLES) {
    const re = new RegExp(role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
    const m = re.exec(rest);
    if (m) {
      found.push(m[0].replace(/\s+/g, ' '));
      line ||= rest.split('\n').find((l) => re.test(l))?.trim() ?? '';
      rest = rest.replace(re, ' ');
    }
  }
  if (found.length) ev['fields.roles'] = line;
  return found;
}

function practiceEmails(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  let current = pick(ctx.labelled, /\b(current|old|existing|previous|present)\b.*e-?mail|^from$/i, email);
  let next = pick(ctx.labelled, /\bnew\b.*e-?mail|^to$|\b(change|update)d? to\b/i, email);
  const body = ctx.body;
  if (!current || !next) {
    const cued = cuedEmails(body);
    current ??= cued.current;
    next ??= cued.next && cued.next.value !== current?.value ? cued.next : null;
  }
  return { currentEmail: set(ev, 'fields.currentEmail', current?.value ? current : null), newEmail: set(ev, 'fields.newEmail', next?.value ? next : null) };
}

/**
 * Which address in running text is the old one and which the new, from the words around each:
 * "change X to Y", "from X to Y", "to mine, Y - the old one X isn't monitored", "X is no longer
 * used, please use Y". An address with no cue either way is left alone.
 */
function cuedEmails(body: string): { current: Found<string> | null; next: Found<string> | null } {
  let current: { f: Found<string>; score: number } | null = null;
  let next: { f: Found<string>; score: number } | null = null;
  for (const line of body.split('\n')) {
    for (const m of line.matchAll(EMAIL_IN_TEXT)) {
      const address = normaliseEmail(m[0].replace(/[.,;]+$/, ''));
      if (!address) continue;
      const at = m.index ?? 0;
      const before = line.slice(Math.max(0, at - 60), at).replace(/\S+@\S+/g, ' ');
      const after = line.slice(at + m[0].length, at + m[0].length + 60);
      let old = 0;
      let fresh = 0;
      if (/\bfrom\s*<?$/i.test(before) || /\b(old|previous|current|existing|present|former|retired?)\b[^@.;]{0,30}$/i.test(before)) old += 2;
      if (/\b(change|changing|replace|replacing|update|updating|amend|switch|swap)\s+(?:it\s+)?(?:from\s+)?<?$/i.test(before)) old += 2;
      if (/^>?[^@]{0,10}\s+(to|with|for)\b/i.test(after) && !/\bto\s*<?$/i.test(before)) old += 1;
      if (/^>?[^@]{0,40}\b(is no longer|isn'?t|is not|no longer|not (being )?(used|monitored|in use)|will (close|be closed|stop)|closing|is closing)\b/i.test(after)) old += 3;
      if ((/\b(to|new|use|using|with|is now|will be|moving to|mine)\b[^@]{0,12}$/i.test(before) || /\b(to|new)\b[^@.;]{0,40}$/i.test(before)) && !/\bfrom\s*<?$/i.test(before)) fresh += 2;
      if (/^>?[^@]{0,30}\b(is (our|the) new|instead|from now on|going forward)\b/i.test(after)) fresh += 2;
      const f = { value: address, line: line.trim() };
      if (old > fresh && (!current || old > current.score)) current = { f, score: old };
      if (fresh > old && (!next || fresh > next.score)) next = { f, score: fresh };
    }
  }
  return { current: current?.f ?? null, next: next?.f ?? null };
}

/** Practice details in a section (existing/main/new/branch), falling back to the order codes appear in. */
function practice(ctx: FieldContext, ev: Ev, base: string, section: RegExp, notSection: RegExp | undefined, withContact: boolean, codeIndex: number) {
  const codes = odsCodesWithLines(ctx.body);
  const code = pick(ctx.labelled, ODS_LABEL, ods, section, /e-?mail|post ?code/i, notSection) ?? codes[codeIndex] ?? null;
  const out: Record<string, unknown> = {
    odsCode: set(ev, `${base}.odsCode`, code),
    name: set(ev, `${base}.name`, pick(ctx.labelled, ORG_NAME_LABEL, text, section, ANY, notSection)),
    address: set(ev, `${base}.address`, pick(ctx.labelled, ADDRESS_LABEL, text, section, EMAIL_LABEL, notSection)),
  };
  if (withContact) {
    const p = labelledPerson(ctx.labelled, section, notSection);
    if (p?.name) ev[`${base}.mainContact.name`] = p.nameLine;
    if (p?.email) ev[`${base}.mainContact.email`] = p.emailLine;
    out.mainContact = { name: p?.name?.value ?? null, email: p?.email?.value ?? null };
  }
  return out;
}

/**
 * Fills what labels did not give from a prose clause around the practice's code:
 * "Main site is Hillcrest Practice, M83012, 20 Hill Street, Walsall, WS1 2AB, 01922 496 100".
 */
function fillFromProse(ctx: FieldContext, ev: Ev, base: string, out: Record<string, unknown>, code: string | null, withPhone: boolean): void {
  if (!code) return;
  const src = ctx.body.split('\n').find((l) => l.toUpperCase().includes(code));
  if (!src) return;
  const clauses = src.split(/(?<=[.;])\s+(?=[A-Z])|;\s*/);
  const clause = clauses.find((c) => c.toUpperCase().includes(code)) ?? src;
  const line = src.trim();
  const parts = clause.split(/,\s*/).map((x) => x.trim());
  const at = parts.findIndex((x) => x.toUpperCase().includes(code));
  if (!out.name && at >= 0) {
    // The name is written just before the code: in the code's own clause part ("main contact for Kapoor Chemists (FA104)")
    // or as the part before it ("Lakeside Pharmacy Ambleside, ODS code 7731-X").
    const sameRaw = (parts[at] ?? '').slice(0, (parts[at] ?? '').toUpperCase().indexOf(code));
    const candidates = [sameRaw, at > 0 ? parts[at - 1] ?? '' : ''];
    for (const before of candidates) {
      const n = trailingProperName(before);
      if (n) {
        out.name = n;
        ev[`${base}.name`] = line;
        break;
      }
    }
  }
  if (!out.address && at >= 0) {
    const addr: string[] = [];
    for (const p of parts.slice(at + 1)) {
      if (/@|^(phone|tel|telephone)\b/i.test(p) || firstPhone(p) === p.trim()) break;
      const cleaned = p.replace(/[.;]\s*$/, '');
      addr.push(cleaned);
      if (/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(cleaned)) break;
    }
    if (addr.length && addr.some((a) => /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(a))) {
      out.address = addr.join(', ');
      ev[`${base}.address`] = line;
    }
  }
  if (withPhone && !out.phone) {
    const ph = firstPhone(clause.replace(EMAIL_RE, ' '));
    if (ph) {
      out.phone = ph;
      ev[`${base}.phone`] = line;
    }
  }
}

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
  while (out.length > 0 && (NAME_JOINER.test(out[0] ?? '') || /^(I'm|I|We|We've|We're|Our|My|Hi|Hello|Dear|Please|The|A|An|New|Existing|Main|Branch|Site|Practice|Name|Pharmacy:)$/i.test(out[0] ?? ''))) out.shift();
  const n = out.join(' ');
  if (out.length === 0 || /@|\d{3}/.test(n) || out.length > 7) return null;
  if (out.length === 1 && !new RegExp(`^${ORG_SUFFIX}$`, 'iu').test(n)) return null;
  // A bare person's name ("Sunil Kapoor") is not an organisation: it needs an organisation word or more words.
  if (out.length <= 3 && !new RegExp(`\\b${ORG_SUFFIX}\\b|\\b(Road|Street|Lane|Hill|Park|House|Centre|Group|Health|Care|Medical)\\b`, 'iu').test(n) && !/\p{Lu}{2,}/u.test(n)) {
    return null;
  }
  return n;
}

function extension(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const existing = practice(ctx, ev, 'fields.existingPractice', EXISTING, NEW, true, 0);
  existing.phone = set(ev, 'fields.existingPractice.phone', pick(ctx.labelled, PHONE_LABEL, phone, EXISTING, ANY, NEW));
  const mc = existing.mainContact as Person;
  if (!mc.name && !mc.email) {
    const p = findPersonWithEmail(ctx.body);
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
  const newPractice = practice(ctx, ev, 'fields.newPractice', NEW, EXISTING, false, 1);
  fillFromProse(ctx, ev, 'fields.existingPractice', existing, existing.odsCode as string | null, true);
  fillFromProse(ctx, ev, 'fields.newPractice', newPractice, newPractice.odsCode as string | null, false);
  return { existingPractice: existing, newPractice };
}

function branch(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const MAIN = /\b(existing|parent)\b|\bmain (practice|site|surgery|organi[sz]ation)\b/i;
  const codes = odsCodesWithLines(ctx.body);
  const main = practice(ctx, ev, 'fields.mainPractice', MAIN, BRANCH, true, -1);
  if (!main.odsCode) {
    const c = codes.find((x) => classifyOdsCode(x.value)?.type !== 'gp_branch');
    main.odsCode = set(ev, 'fields.mainPractice.odsCode', c ?? null);
  }
  main.phone = set(ev, 'fields.mainPractice.phone', pick(ctx.labelled, PHONE_LABEL, phone, MAIN, ANY, BRANCH));
  const b = practice(ctx, ev, 'fields.branch', BRANCH, MAIN, false, -1);
  if (!b.odsCode) {
    const c = codes.find((x) => classifyOdsCode(x.value)?.type === 'gp_branch');
    b.odsCode = set(ev, 'fields.branch.odsCode', c ?? null);
  }
  b.phone = set(ev, 'fields.branch.phone', pick(ctx.labelled, PHONE_LABEL, phone, BRANCH, ANY, MAIN));
  const n = pick(ctx.labelled, PERSON_NAME_LABEL, (v) => (cleanPersonName(v) ? v : null), BRANCH, NOT_PERSON_NAME, MAIN);
  const titled = cleanTitledName(n?.value);
  const titleLabel = pick(ctx.labelled, /^title$|\btitle\b/i, (v) => clean(v), BRANCH, /job/i, MAIN);
  const e = pick(ctx.labelled, EMAIL_LABEL, email, BRANCH, ANY, MAIN);
  if (n) ev['fields.branch.mainContact.name'] = n.line;
  if (titled.title && n) ev['fields.branch.mainContact.title'] = n.line;
  else if (titleLabel) ev['fields.branch.mainContact.title'] = titleLabel.line;
  if (e) ev['fields.branch.mainContact.email'] = e.line;
  fillFromProse(ctx, ev, 'fields.mainPractice', main, main.odsCode as string | null, true);
  fillFromProse(ctx, ev, 'fields.branch', b, b.odsCode as string | null, true);
  proseContacts(ctx, ev, main, b, n === null && e === null);
  if (b.mainContactFromProse) {
    delete b.mainContactFromProse;
    return { mainPractice: main, branch: b };
  }
  b.mainContact = { title: titled.title ?? (titleLabel ? titleLabel.value.replace(/\.$/, '') : null), name: titled.name, email: e?.value ?? null };
  return { mainPractice: main, branch: b };
}

/** "main contact is me (Anil Mehta, a@nhs.net)" / "Main contact for the branch will be Dr Kwame Asante, k@nhs.net". */
function proseContacts(ctx: FieldContext, ev: Ev, main: Record<string, unknown>, b: Record<string, unknown>, branchMissing: boolean): void {
  const mc = main.mainContact as Person;
  for (const line of ctx.body.split('\n')) {
    for (const clause of line.split(/(?<=[.;])\s+|;\s*/)) {
      if (!/main contact/i.test(clause)) continue;
      const isBranch = /branch/i.test(clause) || classifyOdsCode(firstOdsCode(clause) ?? '')?.type === 'gp_branch';
      const p = findPersonWithEmail(clause);
      const afterIs = new RegExp(`main contact[^,:]*?(?:is|will be|:)\\s*(?:me\\s*\\(?)?((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+)?${NAME_PATTERN})`, 'u').exec(clause);
      const rawName = afterIs?.[1] ?? null;
      const person = { name: p?.value.name ?? cleanPersonName(rawName), email: p?.value.email ?? null };
      if (!person.name && !person.email) continue;
      if (isBranch && branchMissing) {
        b.mainContact = { title: rawName ? cleanTitledName(rawName).title : null, name: person.name, email: person.email };
        b.mainContactFromProse = true;
        if (person.name) ev['fields.branch.mainContact.name'] = line.trim();
        if (person.email) ev['fields.branch.mainContact.email'] = line.trim();
        if (rawName && cleanTitledName(rawName).title) ev['fields.branch.mainContact.title'] = line.trim();
      } else if (!isBranch && !mc.name && !mc.email) {
        main.mainContact = person;
        if (person.name) ev['fields.mainPractice.mainContact.name'] = line.trim();
        if (person.email) ev['fields.mainPractice.mainContact.email'] = line.trim();
      }
    }
  }
}

const SIGNATORY = /\b(signator|signed|authori[sz]|declaration|approv|countersign)/i;

function signatoryRole(raw: string | null): string | null {
  if (!raw) return null;
  if (/caldicott/i.test(raw)) return 'caldicott_guardian';
  if (/existing primary contact|current primary contact|primary contact/i.test(raw)) return 'existing_primary_contact';
  if (/existing primary user|current primary user|primary user/i.test(raw)) return 'existing_primary_user';
  if (/\blead\s+(gp|partner)|senior partner|clinical lead/i.test(raw)) return 'lead_gp';
  if (/\bpartner\b/i.test(raw)) return 'gp_partner';
  if (/board|director|chief executive|\bceo\b/i.test(raw)) return 'board_member';
  return 'other';
}

function roleFromText(t: string): Found<string> | null {
  const re = /\b(lead GP|GP partner|senior partner|managing partner|partner|caldicott guardian|existing primary (?:user|contact)|primary (?:user|contact)|member of the board(?: of directors)?|board member|director|practice manager|office manager|salaried GP|GP|pharmacist|superintendent pharmacist|optometrist|dentist|receptionist|administrator|manager)\b/i;
  for (const line of t.split('\n')) {
    const m = re.exec(line);
    if (m?.[1]) return { value: m[1], line: line.trim() };
  }
  return null;
}

function primaryUser(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const userSection = /\b(primary user|nominee|applicant|new user|user details|proposed|requested user|person to be)\b/i;
  const p = labelledPerson(ctx.labelled, userSection, SIGNATORY) ?? labelledPerson(ctx.labelled, undefined, SIGNATORY);
  let nomineePerson: Person;
  if (p) {
    if (p.name) ev['fields.nominee.name'] = p.nameLine;
    if (p.email) ev['fields.nominee.email'] = p.emailLine;
    nomineePerson = { name: p.name?.value ?? null, email: p.email?.value ?? null };
  } else nomineePerson = nominee(ctx, ev, 'fields.nominee', userSection);
  let s = labelledPerson(ctx.labelled, SIGNATORY) ?? null;
  let roleF = pick(ctx.labelled, ROLE_LABEL, text, SIGNATORY);
  if (!s && !roleF) {
    // No form: the email itself is the authorisation when its sender states their role ("As a GP Partner … I authorise").
    const firstPerson = ctx.body.split('\n').filter((l) => /\b(I am|I'm|as (a|the)|I authori[sz]e|I confirm)\b/i.test(l)).join('\n');
    roleF = roleFromText(firstPerson) ?? (firstPerson ? roleFromText(ctx.signature) : null);
    if (roleF && (ctx.requester.name || ctx.requester.email)) {
      s = { name: ctx.requester.name ? { value: cleanPersonName(ctx.requester.name) ?? '', line: 'From header' } : null, email: ctx.requester.email ? { value: ctx.requester.email, line: 'From header' } : null, nameLine: 'From header', emailLine: 'From header' };
    }
  }
  if (s?.name) ev['fields.signatory.name'] = s.nameLine;
  if (s?.email) ev['fields.signatory.email'] = s.emailLine;
  if (roleF) ev['fields.signatory.role'] = roleF.line;
  const code = odsCodesWithLines(ctx.body)[0];
  const type = code ? classifyOdsCode(code.value)?.type : null;
  let kind: string | null = null;
  const typeLabel = ctx.labelled.find((v) => /\b(organi[sz]ation|practice) type\b|^type of organi[sz]ation$/i.test(v.label) && v.value);
  // "(not a GP practice)", "Organisation type: Other - hospital colposcopy clinic": the email's words decide before the code.
  const notGp = /\bnot\s+(?:a\s+)?(?:GP|general)\s+(?:practice|surgery)\b|\bnon-?GP\b/i.test(ctx.body);
  if (typeLabel && /^\s*other\b/i.test(typeLabel.value)) kind = 'other';
  else if (typeLabel && /\bGP\b|general practice/i.test(typeLabel.value)) kind = 'gp_practice';
  else if (notGp) kind = 'other';
  else if (type) kind = type === 'gp_practice' || type === 'gp_branch' ? 'gp_practice' : 'other';
  else if (/\b(GP practice|GP surgery|medical centre|general practice)\b/i.test(ctx.body)) kind = 'gp_practice';
  else if (/\b(pharmacy|hospital|trust|laboratory|clinic|dental|optician|ICB|council|hospice)\b/i.test(ctx.body)) kind = 'other';
  if (kind) ev['fields.organisationKind'] = typeLabel && kind !== null && (typeLabel.value.match(/^\s*other\b/i) || /\bGP\b/.test(typeLabel.value)) ? typeLabel.line : code?.line ?? 'organisation named in the email';
  return {
    organisationKind: kind,
    nominee: nomineePerson,
    signatory: { name: s?.name?.value ?? null, email: s?.email?.value ?? null, role: signatoryRole(roleF?.value ?? null) },
  };
}

/** True/false when the form has a signature line or field; null when there is no form to judge. */
function formSigned(ctx: FieldContext): boolean | null {
  const sig = ctx.labelled.filter((v) => /\bsignature\b|^signed$/i.test(v.label));
  if (sig.length === 0) return null;
  return sig.some((v) => !!clean(v.value) && !/^(_+|\.+|-+|\[\s*\]|none|blank)$/i.test(v.value.trim()));
}

function permissions(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const userSection = /\b(user|staff|colleague|account)\b/i;
  const p = labelledPerson(ctx.labelled, userSection, SIGNATORY);
  const un = pick(ctx.labelled, USERNAME_LABEL, (v) => clean(v.split(/\s/)[0] ?? null));
  let user: Person = { name: p?.name?.value ?? null, email: p?.email?.value ?? null };
  if (p?.name) ev['fields.user.name'] = p.nameLine;
  if (p?.email) ev['fields.user.email'] = p.emailLine;
  if (p && !p.email) {
    const e = pick(ctx.labelled, EMAIL_LABEL, email, ANY, /\b(practice|current|old|generic|shared)\b/i, SIGNATORY);
    if (e && e.value !== ctx.requester.email) user.email = set(ev, 'fields.user.email', e);
  }
  let unFound = un;
  if (!p) {
    const prose = proseUser(ctx);
    if (prose) {
      user = prose.person;
      Object.assign(ev, prose.ev);
      unFound ??= prose.username;
    } else if (OWN_ACCOUNT.test(ctx.body) && !findPersonWithEmail(ctx.body, new Set(ctx.requester.email ? [ctx.requester.email] : [])) && (ctx.requester.name || ctx.requester.email)) {
      // "can i have X added to my open exeter": the sender is the user, by their From header.
      const line = ctx.body.split('\n').find((l) => OWN_ACCOUNT.test(l))?.trim() ?? 'From header';
      user = { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email };
      if (user.name) ev['fields.user.name'] = line;
      if (user.email) ev['fields.user.email'] = line;
      unFound ??= proseUsername(ctx.body, ctx.requester.email);
    } else user = nominee(ctx, ev, 'fields.user', userSection);
  }
  const lab = ctx.labelled.find((v) => /permission|access (required|needed|requested)|^access$|applications?/i.test(v.label));
  let perms: string[] = [];
  if (lab) {
    ev['fields.permissions'] = lab.line;
    perms = lab.value.split(/\s*(?:,|;|\band\b|\/)\s*/).map((x) => x.trim()).filter(Boolean);
  } else if (listedPermissions(ctx.body)) {
    const f = listedPermissions(ctx.body);
    perms = f?.value ?? [];
    if (f) ev['fields.permissions'] = f.line;
  } else if (namedPermission(ctx.body)) {
    const f = namedPermission(ctx.body);
    perms = f ? [f.value] : [];
    if (f) ev['fields.permissions'] = f.line;
  } else {
    const m = /\b(?:add|grant|give|enable|needs?|requires?|request(?:ing)?)\b[^.\n]{0,40}?\b(?:access to|permissions? (?:for|to)|the)\s+([^.\n]{3,80}?)\s*(?:permissions?|access|module|application|role)?(?:\s+(?:for|to|on)\b|[.\n]|$)/i.exec(ctx.body);
    if (m?.[1]) {
      perms = m[1].split(/\s*(?:,|;|\band\b)\s*/).map((x) => x.replace(/^(the|a)\s+/i, '').trim()).filter(Boolean);
      ev['fields.permissions'] = ctx.body.split('\n').find((l) => l.includes(m[1] ?? '\u0000'))?.trim() ?? m[0];
    }
  }
  const role =
    pick(ctx.labelled, ROLE_LABEL, text, SIGNATORY) ??
    roleFromText(ctx.body.split('\n').filter((l) => /\bI am\b|\bI'm\b|\bas\b/i.test(l)).join('\n')) ??
    roleFromText(ctx.signature) ??
    // A sign-off without "Regards" stays in the body: its last short lines ("GP Partner, Saltmarsh Surgery").
    roleFromText(bodyTail(ctx.body));
  if (role) ev['fields.signatory.role'] = role.line;
  if (ctx.requester.name) ev['fields.signatory.name'] = 'From header';
  if (ctx.requester.email) ev['fields.signatory.email'] = 'From header';
  return {
    user: { ...user, username: set(ev, 'fields.user.username', unFound) },
    permissions: perms,
    signatory: { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email, role: signatoryRole(role?.value ?? null) },
  };
}

/** Open Exeter's cervical screening functions, as practices name them (any case). */
const OE_PERMISSION = /\b(prior notification list|call\s*\/\s*recall(?:\s+enquiry)?|sample taker(?:\s+enquiry)?|cytology results?(?:\s+enquiry)?|result enquiry|organisation maintenance)\b/gi;
/** Any other function written as a capitalised "… Enquiry" (case-sensitive: \p{Lu} under /i matches any letter). */
const OE_ENQUIRY = /\b((?:\p{Lu}\p{Ll}+\s+){1,3}Enquiry)\b/gu;

/**
 * Permissions listed as bullets after the request ("the following:" then "- Prior Notification List"),
 * or Open Exeter functions named anywhere in the request, in the order written.
 */
function listedPermissions(body: string): Found<string[]> | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!/(:|\bfollowing)\s*$/i.test(line.trim()) || !/\b(following|permissions?|access|functions?|add|grant|give)\b/i.test(line)) continue;
    const items: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const b = /^\s*(?:[-•*·▪]|\d{1,2}[.)])\s+(.+?)\s*$/.exec(lines[j] ?? '');
      if (!b) {
        if (!(lines[j] ?? '').trim() && items.length === 0) continue;
        break;
      }
      items.push((b[1] ?? '').replace(/[.;,]$/, ''));
    }
    if (items.length) return { value: items, line: [line.trim(), ...items].join(' / ') };
  }
  const found: string[] = [];
  let where = '';
  for (const line of lines) {
    const hits = [...line.matchAll(OE_PERMISSION), ...line.matchAll(OE_ENQUIRY)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const m of hits) {
      const v = (m[1] ?? '').replace(/\s+/g, ' ').trim();
      if (found.some((x) => x.toLowerCase().includes(v.toLowerCase()) || v.toLowerCase().includes(x.toLowerCase()))) continue;
      if (/^(open exeter|general|any|an|the|my|our)\b/i.test(v) && !/\b(list|recall|taker|cytology|result|maintenance)\b/i.test(v)) continue;
      if (!found.some((x) => x.toLowerCase() === v.toLowerCase())) found.push(v);
      where ||= line.trim();
    }
  }
  return found.length ? { value: found, line: where } : null;
}

const OWN_ACCOUNT = /\bmy\s+(open exeter|account|log-?in|username|user name|access)\b/i;

/** The last three short lines of the body: where a name and role sit when there is no sign-off word. */
function bodyTail(body: string): string {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3)
    .filter((l) => l.length < 80 && !/[?]$/.test(l))
    .join('\n');
}

const CAP_PHRASE = "\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|&\\s+|of\\s+)?\\p{Lu}[\\p{L}-]*){1,5}";

/** "add Prior Notification List permission", "have the Sample Taker Enquiry permission", "add Sample Taker Enquiry for Tomasz". */
function namedPermission(body: string): Found<string> | null {
  const res = [
    new RegExp(`\\b(?:add|grant|give|enable|have|need|needs|requires?)\\s+(?:the\\s+|a\\s+)?(${CAP_PHRASE})\\s+(?:permissions?|access|module|role)\\b`, 'u'),
    new RegExp(`\\b(?:add|grant|give|enable)\\s+(?:the\\s+)?(${CAP_PHRASE})\\s+(?:for|to)\\b`, 'u'),
  ];
  for (const line of body.split('\n')) {
    for (const re of res) {
      const m = re.exec(line);
      if (m?.[1] && !/^(Open Exeter|Open Exeter User)$/i.test(m[1])) return { value: m[1].replace(/^Open Exeter\s+/i, ''), line: line.trim() };
    }
  }
  return null;
}

/** "for Sandra Kowalczyk (Open Exeter user SKOWAL1)", "Can Kerry Lomas (username KLOMAS, kerry.lomas1@nhs.net) have …". */
function proseUser(ctx: FieldContext): { person: Person; username: Found<string> | null; ev: Ev } | null {
  const re = new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(\\p{Lu}[\\p{L}-]*(?:['’]\\p{Lu}[\\p{L}-]*)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:['’]\\p{Lu}[\\p{L}-]*)?){0,3}?)(?:['’]s\\s+(?:[Oo]pen [Ee]xeter\\s+)?(?:account|log-?in|user account))?\\s*\\(([^)]*\\b(?:user\\s*name|user\\s*id|user)\\b[^)]*)\\)`, 'u');
  for (const line of ctx.body.split('\n')) {
    const m = re.exec(line);
    if (!m?.[2]) continue;
    const inner = m[2];
    const un = /\b(?:user\s*name|user\s*id|user)\s*(?:is|:|-)?\s*([A-Za-z0-9._@-]{3,})/i.exec(inner)?.[1] ?? null;
    const personName = m[1] ? cleanPersonName(stripLeadingWords(m[1]) ?? (m[1].split(/\s+/).length >= 2 ? null : null)) : null;
    const mail = firstEmail(inner);
    const ev: Ev = {};
    if (personName) ev['fields.user.name'] = line.trim();
    if (mail) ev['fields.user.email'] = line.trim();
    return {
      person: { name: personName, email: mail },
      username: un ? { value: normaliseEmail(un) ?? un.replace(/[.,;]+$/, ''), line: line.trim() } : null,
      ev,
    };
  }
  return null;
}

function newUser(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const CREATED = /\bcreated\b|\bprimary user\b|\bby\b/i;
  const p = labelledPerson(ctx.labelled, ANY, CREATED);
  const un = pick(ctx.labelled, USERNAME_LABEL, (v) => clean(v.split(/\s/)[0] ?? null), ANY, ANY, CREATED);
  if (p?.name) ev['fields.user.name'] = p.nameLine;
  if (p?.email) ev['fields.user.email'] = p.emailLine;
  const c = labelledPerson(ctx.labelled, CREATED) ?? null;
  const createdLine = ctx.labelled.find((v) => CREATED.test(v.label));
  let createdBy: Person = { name: c?.name?.value ?? null, email: c?.email?.value ?? null };
  if (c?.name) ev['fields.createdBy.name'] = c.nameLine;
  if (c?.email) ev['fields.createdBy.email'] = c.emailLine;
  if (!c && createdLine) {
    createdBy = { name: cleanPersonName(createdLine.value), email: firstEmail(createdLine.value) };
    if (createdBy.name) ev['fields.createdBy.name'] = createdLine.line;
    if (createdBy.email) ev['fields.createdBy.email'] = createdLine.line;
  }
  const user: Person = { name: p?.name?.value ?? null, email: p?.email?.value ?? null };
  let userName = un ?? (p ? null : proseUsername(ctx.body));
  if (!p) {
    // Prose: "I have just created a new Open Exeter user for our new HCA, Priya Nair, user ID PNAIR4, email priya.nair7@nhs.net".
    const other = findPersonWithEmail(ctx.body, new Set(ctx.requester.email ? [ctx.requester.email] : []));
    if (other) {
      user.email = other.value.email;
      ev['fields.user.email'] = other.line;
      user.name = other.value.name ?? lastNameBefore(other.line, other.value.email);
      if (user.name) ev['fields.user.name'] = other.line;
    }
    if (userName && userName.value === user.email) userName = null;
  }
  if (!c && !createdLine && /\bI\s+(?:have\s+)?(?:just\s+)?(?:created|set up|added|registered)\b/i.test(ctx.body) && (ctx.requester.name || ctx.requester.email)) {
    createdBy = { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email };
    if (createdBy.name) ev['fields.createdBy.name'] = 'From header (the sender says they created the user)';
    if (createdBy.email) ev['fields.createdBy.email'] = 'From header (the sender says they created the user)';
  }
  return { user: { ...user, username: set(ev, 'fields.user.username', userName) }, createdBy };
}

/** The last capitalised two-to-four-word name before an address on its line ("…new HCA, Priya Nair, user ID …, email x@"). */
function lastNameBefore(line: string, addr: string): string | null {
  const before = line.slice(0, Math.max(0, line.toLowerCase().indexOf(addr)));
  const names = [...before.matchAll(new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`, 'gu'))]
    .map((m) => (m[1] ? stripLeadingWords(m[1]) : null))
    .filter((x): x is string => !!x && x.split(/\s+/).every((w) => /\p{Ll}/u.test(w)) && !new RegExp(`\\b${ORG_SUFFIX}\\b|Open Exeter`, 'iu').test(x));
  return cleanPersonName(names[names.length - 1] ?? null);
}
