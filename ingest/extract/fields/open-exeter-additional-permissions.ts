/** open_exeter_additional_permissions: the user, the permissions and the signatory. */
import type { Person } from '../../../core/domain/case.js';
import { EMAIL_LABEL, ROLE_LABEL, USERNAME_LABEL, clean, cleanPersonName, listGoesOnAfter, findPersonWithEmail, firstEmail, pick, stripLeadingWords, type Found } from '../field-helpers.js';
import { nominee, labelledPerson, SIGNATORY, signatoryRole, signer, roleBesideName, roleFromText, bodyTail, copiedApprover, onBehalfOfCopied } from './people.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { nameSpelledByLogin, proseUsername } from './username.js';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { emailMatchesName } from '../participants.js';
import { letterSignatory } from './open-exeter-primary-user.js';
import { set, ANY, email, text, type FieldContext, type Ev } from './context.js';

export function permissions(ctx: FieldContext, ev: Ev): Record<string, unknown> {
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
    const prose = proseUser(ctx) ?? userBesideId(ctx.body);
    if (prose) {
      user = prose.person;
      Object.assign(ev, prose.ev);
      unFound ??= prose.username;
    } else if (OWN_ACCOUNT.test(ctx.body) && (!findPersonWithEmail(ctx.body, new Set(ctx.requester.email ? [ctx.requester.email] : [])) || OWN_WORK_ADDRESS.test(ctx.body)) && (ctx.requester.name || ctx.requester.email)) {
      // "can i have X added to my open exeter": the sender is the user, by their From header; "my work email is …"
      // from home gives the account's own address.
      const line = ctx.body.split('\n').find((l) => OWN_ACCOUNT.test(l))?.trim() ?? 'From header';
      user = { name: cleanPersonName(ctx.requester.name), email: normaliseEmail(OWN_WORK_ADDRESS.exec(ctx.body)?.[1]) ?? ctx.requester.email };
      if (user.name) ev['fields.user.name'] = line;
      if (user.email) ev['fields.user.email'] = line;
      unFound ??= proseUsername(ctx.body, ctx.requester.email);
    } else {
      user = nominee(ctx, ev, 'fields.user', userSection);
      // "Her username is adoyle83": a login stated for the person named (not the sender's own "my username").
      const stated = proseUsername(ctx.body);
      if (stated && !/\bmy\s+(user\s*name|username|login|user\s*id)\b/i.test(stated.line)) unFound ??= stated;
    }
  }
  if (p && !unFound) {
    // "User: Rosa Delgado, Open Exeter user ID DELGADOR, rosa.delgado@nhs.net": the login written beside the person.
    const stated = proseUsername(ctx.body);
    if (stated && !/\bmy\s+(user\s*name|username|login|user\s*id)\b/i.test(stated.line)) unFound = stated;
  }
  if (!user.name && !user.email && !p) {
    // A login found but no person: the person named in the request ("Could our receptionist Ben Hall have …").
    const named = nominee(ctx, ev, 'fields.user', userSection);
    if (named.name || named.email) user = named;
  }
  if (!user.name && unFound) {
    // "give tracey hart access … her username is HARTT": a name typed in lower case, confirmed by the login it spells.
    const spelled = nameSpelledByLogin(ctx.body, unFound.value);
    if (spelled) {
      user.name = spelled.value;
      ev['fields.user.name'] = spelled.line;
    }
  }
  // A letter's title over its salutation ("Request for additional Open Exeter permissions" / "Dear Colleagues") names none.
  const lab = ctx.labelled.find((v) => /permission|access (required|needed|requested)|^access$|applications?/i.test(v.label) && !SALUTATION.test(v.value));
  let perms: string[] = [];
  if (lab) {
    ev['fields.permissions'] = lab.line;
    // "Prior Notification List and Cytology History Enquiry please": the courtesy is not part of the last one.
    // "Cytology Results Enquiry and Failsafe Reports. Fatima will be taking over …": the list ends with its sentence.
    // "Call and Recall", like "Call/Recall", is one permission's name.
    perms = lab.value.split(/(?<=\p{Ll}|\))\.\s+(?=\p{Lu})/u)[0]!.replace(/[\s,.]+(?:please|thanks|thank\s+you|if\s+possible)[\s.!]*$/i, '').split(/\s*(?:,|;|\band\b(?!\s+recall\b))\s*|\s+\/\s+|\/(?!\s*recall)/i).map((x) => x.trim()).filter(Boolean);
  } else if (quotedPermissions(ctx.body)) {
    const f = quotedPermissions(ctx.body);
    perms = f?.value ?? [];
    if (f) ev['fields.permissions'] = f.line;
  } else if (accessList(ctx.body)) {
    const f = accessList(ctx.body);
    perms = f?.value ?? [];
    if (f) ev['fields.permissions'] = f.line;
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
      perms = m[1].split(/\s*(?:,|;|\band\b(?!\s+recall\b))\s*/i).map((x) => x.replace(/^(the|a)\s+/i, '').trim()).filter(Boolean);
      ev['fields.permissions'] = ctx.body.split('\n').find((l) => l.includes(m[1] ?? '\u0000'))?.trim() ?? m[0];
    }
  }
  // "Our Lead GP, Dr Babatunde Ogunleye, is copied in and has approved this": the person copied in who approves signs.
  const copied = copiedApprover(ctx);
  const copiedApproves = copied && APPROVES.test(copied.line) ? copied : null;
  // "Please find attached a letter from Dr Lindsay Crowther, Caldicott Guardian …", sent by her PA: the letter's author,
  // who writes in her capacity and signs it, is the signatory, not whoever sends it on.
  // "On behalf of Dr Alistair Drummond-Kerr, Lead GP at Riverbend Surgery, who is copied into this email, please add …":
  // the one a helpdesk writes for, copied in, authorises it.
  const onBehalf = copiedApproves ? null : onBehalfOfCopied(ctx);
  const copiedSigns = copiedApproves ?? onBehalf;
  const letter = copiedSigns ? null : letterSignatory(`${ctx.body}\n${ctx.signature}`);
  const letterSigns = letter && !emailMatchesName(ctx.requester.email, letter.name) ? letter : null;
  const signatory: Person = copiedSigns ? { name: copiedSigns.value.name, email: copiedSigns.value.email } : letterSigns ? { name: letterSigns.name, email: letterSigns.email } : signer(ctx);
  const copiedRole = copiedSigns?.value.role ? roleFromText(copiedSigns.value.role, true) : null;
  const role =
    (copiedRole ? { value: copiedRole.value, line: copiedSigns!.line } : null) ??
    (letterSigns?.role ? { value: letterSigns.role, line: letterSigns.line } : null) ??
    pick(ctx.labelled, ROLE_LABEL, text, SIGNATORY) ??
    // "As a GP Partner at Ashworth & Partners I'd like to request …" over the sign-off "Senior Partner": the capacity the
    // signatory writes in, said of themselves, before what their sign-off calls them.
    (!copiedSigns && !ctx.forwarded ? roleFromText(ctx.body.split('\n').filter((l) => SAYS_OWN_CAPACITY.test(l)).join('\n')) : null) ??
    // The signatory's own sign-off first: a forwarder's sign-off ("Mandy Stephenson, Practice Manager") is not theirs.
    roleBesideName(`${ctx.body}\n${ctx.signature}`, cleanPersonName(signatory.name)) ??
    roleFromText(ctx.body.split('\n').filter((l) => /\bI am\b|\bI['’]?m\b|\bas\b/i.test(l)).join('\n')) ??
    // "Approved - please action." / "Dr Ben Arkwright" / "Caldicott Guardian, Thornbury Health Centre" over a forwarded
    // request: the forwarder's own sign-off, not the forwarded message's ("Kerry" / "Practice Manager").
    (ctx.forwarded?.text ? roleFromText(bodyTail(ctx.body.replace(ctx.forwarded.text, '')), true) : null) ??
    roleFromText(ctx.signature, true) ??
    // A sign-off without "Regards" stays in the body: its last short lines ("GP Partner, Saltmarsh Surgery").
    roleFromText(bodyTail(ctx.body), true) ??
    // "thanks sandra (practice manager, Wellspring Surgery K83022)": the role in brackets after the sign-off's name.
    roleInSignOffBrackets(ctx.body);
  if (role) ev['fields.signatory.role'] = role.line;
  if (signatory.name) ev['fields.signatory.name'] = copiedSigns ? copiedSigns.line : letterSigns ? letterSigns.line : 'From header';
  if (signatory.email) ev['fields.signatory.email'] = copiedSigns ? 'Cc header' : letterSigns ? letterSigns.line : 'From header';
  return {
    user: { ...user, username: set(ev, 'fields.user.username', unFound ?? loginAfterUser(ctx.body)) },
    // A permission written in quotes ('"Sample taker"') is the permission's name; "☒ Result enquiries" is one ticked,
    // "☐ Call/Recall" one left empty.
    permissions: onceEach(perms.filter((x) => !/^\s*(?:☐|\[\s*\])/.test(x)).map((x) => x.replace(/^\s*(?:☒|☑|✓|✔|\[\s*[xX✓✔]\s*\])\s*/, '').replace(/^["'“‘]+|["'”’]+$/g, '').trim()).filter(Boolean)),
    signatory: { name: cleanPersonName(signatory.name), email: signatory.email, role: signatoryRole(role?.value ?? null) },
  };
}

/**
 * "access to the non-responder report" in the covering note and "the Non-Responders report" in the approval below it:
 * one permission written twice. The spelling with capitals is kept, as Open Exeter names its functions.
 */
function onceEach(perms: string[]): string[] {
  // "the PNL permission … sign off the prior notification lists": PNL is the Prior Notification List's short name.
  const key = (p: string): string => (/^pnl$|^prior notification/i.test(p.trim()) ? 'prior notification list' : p.toLowerCase().split(/[^a-z]+/).filter(Boolean).map((w) => w.replace(/s$/, '')).join(' '));
  const kept = new Map<string, string>();
  const capitals = (p: string): number => p.replace(/[^A-Z]/g, '').length;
  for (const p of perms) {
    const k = key(p);
    const had = kept.get(k);
    if (had === undefined || capitals(p) > capitals(had)) kept.set(k, p);
  }
  return [...kept.values()];
}

/** A letter's greeting, read as the value of the title above it. */
const SALUTATION = /^\s*(?:dear|hi|hello|good\s+(?:morning|afternoon))\b/i;

/** A line whose writer says what they are: "As a GP Partner at …", "I am the Caldicott Guardian", "I'm a partner". */
const SAYS_OWN_CAPACITY = /(?:^|[.;!]\s+)As\s+(?:a|an|the)\s+|\bI\s+am\s+(?:a|an|the)\s+|\bI['’]m\s+(?:a|an|the)\s+/;

/** What a copied-in person does when they sign: "has approved this", "approves", "authorises", "is happy for". */
const APPROVES = /\b(?:approv\w*|authori[sz]\w*|agreed|signed|happy for|supports?|on behalf of)\b/i;

/** "to user TPRICE9": a login in capitals with a digit straight after "user" or "account" (case-sensitive). */
function loginAfterUser(body: string): Found<string> | null {
  for (const line of body.split('\n')) {
    const m = /\b(?:[Uu]ser|[Aa]ccount|[Ll]ogin)\s+([A-Z][A-Z]{2,}\d{1,3})\b/.exec(line);
    if (m?.[1]) return { value: m[1], line: line.trim() };
  }
  return null;
}

/** Open Exeter's cervical screening functions, as practices name them (any case); "all permissions" as asked. */
// "PNL" is the Prior Notification List's short name: asked for by it alone, or the same function as its full name.
const OE_PERMISSION = /\b(prior notification(?: list)?|PNL|call\s*(?:\/|and|&)\s*recall(?:\s+enquir(?:y|ies))?|sample taker(?:\s+(?:enquiry|search|codes?|maintenance|update|database))?|cytology results?(?:\s+(?:enquiry|search))?|(?:cervical screening\s+)?result enquiry|patient enquiry|screening history|failsafe\s+(?:reports?|lists?)|non[-\s]?responders?(?:\s+(?:reports?|lists?))?|organisation maintenance|ceasing|all (?:open exeter |available |the )?permissions)\b/gi;

/** Any other function written as a capitalised "… Enquiry" (case-sensitive: \p{Lu} under /i matches any letter). */
const OE_ENQUIRY = /\b((?:\p{Lu}\p{Ll}+\s+){1,3}Enquir(?:y|ies))\b/gu;

/** The same names, for a test of one line (the global patterns above keep their place between calls). */
const ONE_PERMISSION = new RegExp(OE_PERMISSION.source, 'i');
const ONE_ENQUIRY = new RegExp(OE_ENQUIRY.source, 'u');

/**
 * Permissions listed as bullets after the request ("the following:" then "- Prior Notification List"),
 * or Open Exeter functions named anywhere in the request, in the order written.
 */
function listedPermissions(body: string): Found<string[]> | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // "she needs two more things adding to her account:" over the list.
    if (!/(:|\bfollowing)\s*$/i.test(line.trim()) || !/\b(following|permissions?|access|functions?|add(?:ing|ed)?|grant(?:ed)?|giv(?:e|en)|things)\b/i.test(line)) continue;
    const items: string[] = [];
    let known = false;
    for (let j = i + 1; j < lines.length; j++) {
      // "the following additional permission:" / "Cytology - Result Enquiry": a function's name on a line of its own,
      // without a bullet, is an item as the writer names it. "Cytology History" over "Prior Notification List": a name
      // in capitals on its own line is one too, in a list that names at least one function Open Exeter has.
      const plain = (lines[j] ?? '').trim();
      const namesOne = ONE_PERMISSION.test(plain) || ONE_ENQUIRY.test(plain);
      const bare = plain.length <= 60 && !/[.!?]$/.test(plain) && (namesOne || FUNCTION_IN_CAPITALS.test(plain));
      const b = /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+(.+?)\s*$/.exec(lines[j] ?? '') ?? (bare ? ['', plain] : null);
      if (!b) {
        // A blank line before the list, or between its items (an HTML list turned into text): the list goes on.
        if (!(lines[j] ?? '').trim() && (items.length === 0 || listGoesOnAfter(lines, j))) continue;
        break;
      }
      known ||= namesOne || !!/^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s/.exec(lines[j] ?? '');
      items.push((b[1] ?? '').replace(/[.;,]$/, ''));
    }
    if (items.length && known) return { value: items, line: [line.trim(), ...items].join(' / ') };
  }
  const found: string[] = [];
  let where = '';
  const quotedNames = lines.some((line) => [...line.matchAll(OE_PERMISSION)].some((m) => quotedAround(line, m.index ?? 0, (m[0] ?? '').length)));
  for (const line of lines) {
    const hits = [...line.matchAll(OE_PERMISSION), ...line.matchAll(OE_ENQUIRY)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const m of hits) {
      // "the Sample Taker Registration permission": a function's name in capitals goes on to its last capitalised word.
      const further = /^\p{Lu}/u.test(m[0] ?? '') ? /^(?:\s+\p{Lu}\p{Ll}+){1,2}(?=\s+(?:permission|access|function|module|role|option)s?\b)/u.exec(line.slice((m.index ?? 0) + (m[0] ?? '').length))?.[0] ?? '' : '';
      const v = quotedAround(line, m.index ?? 0, (m[0] ?? '').length) ?? `${m[1] ?? ''}${further}`.replace(/\s+/g, ' ').trim();
      // "her sample taker training": what the training is in, not a permission asked for.
      if (/^\s+(?:training|course|qualification|exam|assessment|update)\b/i.test(line.slice((m.index ?? 0) + (m[0] ?? '').length))) continue;
      // "have 'Prior Notification List' and 'Cytology History Enquiry' added … not the screening history": where the
      // writer quotes the functions' names, a function mentioned in lower case without quotes is only described.
      if (quotedNames && !quotedAround(line, m.index ?? 0, (m[0] ?? '').length) && !/^\p{Lu}/u.test(m[0] ?? '')) continue;
      if (found.some((x) => x.toLowerCase().includes(v.toLowerCase()) || v.toLowerCase().includes(x.toLowerCase()))) continue;
      if (/^(open exeter|general|any|an|the|my|our)\b/i.test(v) && !/\b(list|recall|taker|cytology|result|maintenance)\b/i.test(v)) continue;
      // "He has just qualified as a sample taker": what the person is, not a permission asked for.
      // "at the moment she can only see cytology results": what the user has already, not what is asked for.
      const before = line.slice(0, m.index ?? 0);
      if (/\b(?:as|is|am|are|being|become|became)\s+(?:a|an|our|the)\s+(?:new\s+|trained\s+|qualified\s+)?$/i.test(before)) continue;
      if (/\b(?:already\s+(?:has|have|got)|currently\s+(?:has|have|sees?)|can\s+(?:only\s+)?see|only\s+(?:has|have))\s+(?:the\s+|access\s+to\s+(?:the\s+)?)?$/i.test(before)) continue;
      // "She already has an Open Exeter account (user ID HWHITWORTH1) for cytology results": what the account is for now.
      if (/\b(?:already|currently)\s+(?:has|have|got|holds?)\b[^.!?]{0,80}?\b(?:for|with)\s+(?:the\s+)?$/i.test(before)) continue;
      if (!found.some((x) => x.toLowerCase() === v.toLowerCase())) found.push(v);
      where ||= line.trim();
    }
  }
  const named = found.some((x) => /prior notification list/i.test(x)) ? found.filter((x) => x.toUpperCase() !== 'PNL') : found;
  return named.length ? { value: named, line: where } : null;
}

/** A function's name written on a line of its own, in capitals ("Cytology History", "Sample Taker Database"). */
const FUNCTION_IN_CAPITALS = /^\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|and|of|&|\/)){1,5}$/u;

/** "the "Cervical screening result enquiry" permission": a function named in quotes is the whole quoted name. */
function quotedAround(line: string, at: number, length: number): string | null {
  // Single quotes as well ('Prior Notification List'), but not an apostrophe inside a word ("the practice's").
  const open = Math.max(line.lastIndexOf('"', at), line.lastIndexOf('“', at), line.lastIndexOf('‘', at), /(?<!\p{L})'/u.test(line.slice(0, at)) ? line.slice(0, at).search(/(?<!\p{L})'[^']*$/u) : -1);
  if (open < 0 || /["“”‘’]|(?<!\p{L})'|'(?!\p{L})/u.test(line.slice(open + 1, at))) return null;
  const close = line.slice(at + length).search(/["”’]|'(?!\p{L})/u);
  if (close < 0) return null;
  const quoted = line.slice(open + 1, at + length + close).replace(/\s+/g, ' ').trim();
  return quoted.length <= 60 && !/[.!?]/.test(quoted) ? quoted : null;
}

/** "my work email is sharon.whitlock@nhs.net", written from a home address. */
const OWN_WORK_ADDRESS = /\bmy\s+(?:work|nhs(?:\.net|mail)?|own|usual)\s+e-?mail(?:\s+address)?\s+(?:is|:)\s+([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i;

const OWN_ACCOUNT = /\bmy\s+(?:own\s+)?(open exeter|account|log-?in|username|user name|user\s*id|access)\b/i;

const CAP_PHRASE = "\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|&\\s+|of\\s+)?\\p{Lu}[\\p{L}-]*){1,5}";

/** The two ways a permission is asked for by its name (namedPermission); built once. */
const NAMED_PERMISSION = [
  new RegExp(`\\b(?:add|grant|give|enable|have|need|needs|requires?)\\s+(?:the\\s+|a\\s+)?(${CAP_PHRASE})\\s+(?:permissions?|access|module|role)\\b`, 'u'),
  new RegExp(`\\b(?:add|grant|give|enable)\\s+(?:the\\s+)?(${CAP_PHRASE})\\s+(?:for|to)\\b`, 'u'),
];

/** "add Prior Notification List permission", "have the Sample Taker Enquiry permission", "add Sample Taker Enquiry for Tomasz". */
/** 'add the "Prior Notification List" and "Result Letters" permissions': each name in quotes on a line about permissions. */
function quotedPermissions(body: string): Found<string[]> | null {
  for (const line of body.split('\n')) {
    if (!/\bpermissions?\b|\baccess\b/i.test(line)) continue;
    const names = [...line.matchAll(/["“]([^"”\n]{3,60})["”]/g)].map((m) => (m[1] ?? '').trim());
    if (names.length >= 2) return { value: names, line: line.trim() };
  }
  return null;
}

function namedPermission(body: string): Found<string> | null {
  const res = NAMED_PERMISSION;
  for (const line of body.split('\n')) {
    for (const re of res) {
      const m = re.exec(line);
      if (m?.[1] && !/^(Open Exeter|Open Exeter User)$/i.test(m[1])) return { value: m[1].replace(/^Open Exeter\s+/i, ''), line: line.trim() };
    }
  }
  return null;
}

/** A person with their username or user ID in brackets after them (proseUser); built once. */
const NAME_THEN_USER_IN_BRACKETS = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(\\p{Lu}[\\p{L}-]*(?:['’]\\p{Lu}[\\p{L}-]*)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:['’]\\p{Lu}[\\p{L}-]*)?){0,3}?)(?:['’]s\\s+(?:[Oo]pen [Ee]xeter\\s+)?(?:account|log-?in|user account))?\\s*\\(([^)]*\\b(?:user\\s*name|user\\s*id|user)\\b[^)]*)\\)`, 'u');

/** "for Sandra Kowalczyk (Open Exeter user SKOWAL1)", "Can Kerry Lomas (username KLOMAS, kerry.lomas1@nhs.net) have …". */
function proseUser(ctx: FieldContext): { person: Person; username: Found<string> | null; ev: Ev } | null {
  for (const line of ctx.body.split('\n')) {
    const m = NAME_THEN_USER_IN_BRACKETS.exec(line);
    if (!m?.[2]) continue;
    const inner = m[2];
    const un = /\b(?:user\s*name|user\s*id|user)\s*(?:is|:|-)?\s*([A-Za-z0-9._@-]{3,})/i.exec(inner)?.[1] ?? null;
    let personName = m[1] ? cleanPersonName(stripLeadingWords(m[1]) ?? (m[1].split(/\s+/).length >= 2 ? null : null)) : null;
    let mail = firstEmail(inner);
    // "add Sample Taker Enquiry for Tomasz (username TNOWAK2)" in reply to Tomasz Nowak's own message: that author.
    const q = ctx.quotedFrom;
    const first = m[1]?.trim() ?? '';
    if (!personName && /^\p{Lu}[\p{L}'’-]+$/u.test(first) && q?.name && new RegExp(`^${first}\\s+\\S`, 'u').test(cleanPersonName(q.name) ?? '')) {
      personName = cleanPersonName(q.name);
      mail ??= q.email;
    }
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

const ID_TOKEN = '([A-Za-z][A-Za-z0-9._-]{2,30})';
const PERSON = "((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})";

/** "her user ID is RKAUR4 (Ravinder Kaur)" (userBesideId); built once. */
const ID_THEN_NAME = new RegExp(`\\b(?:user\\s*-?\\s*id|user\\s*name|username|log-?in(?:\\s*id)?)\\s*(?:is|:|-|=)?\\s*${ID_TOKEN}\\s*\\(\\s*${PERSON}\\s*\\)`, 'iu');

/** "Ravinder Kaur (RKAUR4)" (userBesideId); built once. */
const NAME_THEN_ID = new RegExp(`${PERSON}\\s*\\(\\s*(?:(?:user\\s*-?\\s*id|user\\s*name|username|log-?in|ID)\\s*[:=-]?\\s*)?([A-Z][A-Z0-9._-]{2,30})\\s*\\)`, 'u');

/**
 * "her user ID is RKAUR4 (Ravinder Kaur)", "login: TBARK2 (Tom Barker)", "Ravinder Kaur (RKAUR4)" when the email
 * speaks of a user ID or login: the person and their Open Exeter user ID written side by side. An ODS code in
 * brackets is not a user ID.
 */
function userBesideId(body: string): { person: Person; username: Found<string> | null; ev: Ev } | null {
  const speaksOfIds = /\b(user\s*-?\s*id|user\s*name|username|log-?in)\b/i.test(body);
  for (const line of body.split('\n')) {
    const a = ID_THEN_NAME.exec(line);
    const b = a ? null : speaksOfIds ? NAME_THEN_ID.exec(line) : null;
    const id = a?.[1] ?? b?.[2];
    const who = cleanPersonName(a?.[2] ?? b?.[1] ?? null);
    if (!id || !who || !/\d/.test(id) && id.length < 4 || classifyOdsCode(id)) continue;
    const ev: Ev = { 'fields.user.name': line.trim() };
    return { person: { name: who, email: null }, username: { value: id, line: line.trim() }, ev };
  }
  return null;
}

/**
 * "access to the patient registration and the prior notification list on Open Exeter": the items of an
 * "access to …" phrase that lists two or more short function names (not "access to her account").
 */
function accessList(body: string): Found<string[]> | null {
  for (const line of body.split('\n')) {
    const m = /\baccess to\s+([^.\n?]{3,160}?)(?:\s+(?:on|in|within|for)\s+(?:the\s+)?(?:open exeter|her|his|their|my)\b|[.?\n]|$)/i.exec(line);
    if (!m?.[1]) continue;
    const items = m[1].split(/\s*(?:,|;|\band\b(?!\s+recall\b)|&(?!\s*recall\b))\s*/).map((x) => x.replace(/^(the|a|an)\s+/i, '').replace(/\s+(functions?|modules?|screens?|permissions?)$/i, '').trim()).filter(Boolean);
    if (items.length >= 2 && items.every((x) => x.split(/\s+/).length <= 6 && !/\b(account|her|his|their|my|our|system|open exeter|log-?in)\b/i.test(x))) return { value: items, line: line.trim() };
  }
  return null;
}

function roleInSignOffBrackets(body: string): Found<string> | null {
  const m = /\b(?:thanks|thank you|regards|cheers|many thanks)\b[,!.]?\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s*\(([^()]{3,80})\)\s*$/imu.exec(body.trim());
  return m?.[1] ? roleFromText(m[1].split(',')[0] ?? '', true) : null;
}
