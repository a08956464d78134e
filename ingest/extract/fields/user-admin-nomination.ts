/** user_admin_nomination: the service, the approver (form rows, "Authorising partner", prose) and the stated number of administrators. */
import type { Person } from '../../../core/domain/case.js';
import { letterSignatory } from './open-exeter-primary-user.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { nominatesAdministratorsFor } from '../../../core/domain/cases/user-admin-nomination.js';
import { APPROVER_SECTION, FORWARDER_APPROVES, SELF_APPROVAL, bodyTail, copiedAddressOf, copiedApprover, labelledPerson, personBySurname } from './people.js';
import { ROLE_WORDS, authorBySignOff, emailIsPersons, emailMatchesName, isMailboxName, letters } from '../participants.js';
import { EMAIL_IN_TEXT, EMAIL_LABEL, NAME_PATTERN, ROLE_LABEL, cleanPersonName, escapeRegExp, findPersonWithEmail, pick, type Found } from '../field-helpers.js';
import { ORG_SUFFIX, set, text, type FieldContext, type Ev } from './context.js';
import { APPROVING_ROLE, officeHoldersWhoConsent, samePerson } from '../role-holders.js';

export function approver(ctx: FieldContext, ev: Ev, nominee?: Person | null, service: string | null = null): (Person & { role: string | null }) | null {
  const written = approverAsWritten(ctx, ev, nominee, service);
  const found = written ? wholeApprover(ctx, ev, written) : written;
  return found?.role ? { ...found, role: approvingPart(withoutOrganisation(found.role)) } : found;
}

/**
 * "On behalf of Dr Esterhuizen, our CQC Registered Manager": the text names the approver by title and surname, and
 * the headers name her whole ("ESTERHUIZEN, Ruth (Dr)" above her forwarded approval): one person of the email with
 * that surname, whose address spells it, gives the whole name and the address.
 */
function wholeApprover(ctx: FieldContext, ev: Ev, found: Person & { role: string | null }): Person & { role: string | null } {
  if (!found.name || found.name.includes(' ')) return found;
  const whole = personBySurname(ctx, found.name);
  if (!whole || (found.email && found.email !== whole.email)) return found;
  if (!found.email) ev['fields.approver.email'] = `the headers' ${whole.name} / ${ev['fields.approver.name'] ?? ''}`;
  // The surname as the text writes it: a directory's display name shouts it ("ESTERHUIZEN, Ruth").
  return { ...found, name: whole.name.replace(/\S+$/u, found.name), email: whole.email };
}

/** An office, then the organisation it is held at in capitals ("Clinical Director Riverside & Canal PCN"); built once. */
const HELD_AT_AFTER_ROLE = new RegExp(`^(.*?\\b(?:Director|Manager|Partner|Holder|Lead|Owner|Pharmacist|Optometrist|Dentist|GP))\\s+(?:(?:at|for|of)\\s+)?(?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}'’&-]*))*\\s+${ORG_SUFFIX}$`, 'u');

/** "Clinical Director, Three Rivers PCN": where the role is held, after a comma, is not the role (an ICB is kept: which ICB matters to the Authorised Email List). */
function withoutOrganisation(role: string): string {
  // "Clinical Director Riverside & Canal PCN": where the role is held, written on without a comma, is not the role either.
  return role.replace(HELD_AT_AFTER_ROLE, '$1').replace(/,\s*[^,]*\b(?:PCN|Surgery|Practice|Medical Centre|Health Centre|Pharmacy|Opticians?|Optometrists?|Partnership|Group)\s*$/i, '').trim() || role;
}

/**
 * "Practice Manager & CQC Registered Manager", "Contract holder / Optometrist": of two roles held together, the one
 * that lets them approve is the one they approve in.
 */
function approvingPart(role: string): string {
  const parts = role.split(/\s*(?:&|\/|\+|\band\b)\s*/i).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return role;
  const approving = parts.filter((x) => APPROVING_ROLE.test(x));
  // Only beside a day job ("Practice Manager", "Optometrist"); "Caldicott Guardian / GP Partner" are two offices.
  const others = parts.filter((x) => !APPROVING_ROLE.test(x));
  return approving.length === 1 && others.every((x) => DAY_JOB.test(x)) ? approving[0] ?? role : role;
}

/** A role the writer states as theirs ("As the practice's CQC Registered Manager", "I'm CQC reg manager"). */
const SELF_STATED_ROLE = String.raw`(?:practice\s+)?(?:CQC registered manager|CQC reg\.? manager|registered manager|contract holder|ICB approver|lead GP|GP partner|senior partner|caldicott guardian|clinical director|PCN clinical director|PCN manager|practice manager|director)`;

/**
 * The writer stating that role as theirs: "As the practice's CQC Registered Manager" (the role is the CQC Registered
 * Manager; whose it is goes), "I'm CQC reg manager" (a phone's shorthand, no article), "Im the…" and "I’m the…" (phone
 * keyboards), "I am writing as an ICB approver", "I'm the GP and the CQC registered manager" (a one-doctor practice); built once.
 */
const STATES_OWN_ROLE = new RegExp(String.raw`\b(?:as the|i am(?: the)?|i['’]?m(?: the)?|as|(?:as|i am|i['’]?m)\s+an(?=\s+ICB approver))\s+(?:(?:practice|surgery|pharmacy|organisation)['’]s\s+)?(?:(?:only\s+|sole\s+)?(?:GP|doctor|owner|partner|pharmacist|optometrist|dentist)\s+(?:and|&)\s+(?:the\s+)?)?(${SELF_STATED_ROLE})\b`, 'i');

/** "our Clinical Director has approved it himself": the one sending an approval on names its author's office; built once. */
const OFFICE_APPROVED_ITSELF = new RegExp(String.raw`\b(?:our|the)\s+(${SELF_STATED_ROLE})\s+has\s+approved\s+(?:it|this|the\s+request)\s+(?:himself|herself|themselves|themself)\b`, 'i');

const DAY_JOB = /^(?:(?:assistant\s+|deputy\s+)?(?:practice|business|operations|office|surgery|store|branch)\s+manager|(?:company\s+|managing\s+)?director|optometrist|dispensing optician|pharmacist|dentist|administrator|receptionist|nurse|(?:salaried\s+)?GP)$/i;

/** "our Clinical Director, Dr Sabine Lindqvist, has approved it", "approved by our ICB lead, Jo Bloggs" (approverAsWritten); built once. */
const SPOKEN_APPROVER = new RegExp(
  `\\b(?:[Oo]ur|[Tt]he)\\s+((?:(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\b)[A-Za-z][\\w-]*\\s+){0,4}(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\b)[A-Za-z][\\w-]*),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})(?:\\s*\\([^()\\n]{3,80}\\))?,?\\s+(?:has\\s+|have\\s+)?(?:approved|approves|authori[sz]ed|authori[sz]es|signed|(?:(?:said|confirmed|agreed)\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:is|are|['’]s|['’]re)\\s+|(?:is|are)\\s+)(?:happy|willing|content)\\s+to\\s+(?:approve|authori[sz]e|sign))|\\b(?:approved|authori[sz]ed|signed off)\\s+by\\s+(?:[Oo]ur|[Tt]he)\\s+((?:[A-Za-z][\\w-]*\\s+){0,4}[A-Za-z][\\w-]*),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`,
  'u',
);

/**
 * "Dr Lucy Hargreaves, our CQC Registered Manager, has approved this", "Dr Helen Ó Murchú, Senior Partner, is copied in
 * and approves Rhys's nomination" (approverAsWritten); built once.
 */
const NAME_THEN_ROLE_APPROVES = new RegExp(
  `(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(?<name>${NAME_PATTERN}),\\s+(?:(?:[Oo]ur|[Tt]he\\s+practice['’]s|[Tt]he)\\s+)?(?<role>(?:[A-Za-z][\\w-]*\\s+){0,4}[A-Za-z][\\w-]*),\\s+(?:is\\s+(?:also\\s+)?(?:copied|cc['’]?e?d)(?:\\s+in)?\\s+and\\s+)?(?:has\\s+|have\\s+)?(?:approved|approves|authori[sz]ed|authori[sz]es|signed|agreed|agrees)`,
  'u',
);

/** "Our contract holder is Mrs Helen Ashworth (…, copied in) who is happy to approve" (approverAsWritten); built once. */
const ROLE_IS_NAME_APPROVES = new RegExp(
  `\\b(?:[Oo]ur|[Tt]he)\\s+((?:[A-Za-z][\\w-]*\\s+){0,4}[A-Za-z][\\w-]*)\\s+is\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})\\b(?:[^.\\n]|\\.(?=\\S)){0,80}?\\b(?:who\\s+(?:is|has)|(?:and\\s+)?(?:she|he|they)\\s+(?:is|has|['’]s))\\s+(?:(?:very|more than)\\s+)?(?:happy|willing|content|agreed|approved)\\b`,
  'u',
);

/**
 * "On behalf of Dr Rhodri Pritchard, GP Partner and our CQC Registered Manager (copied in), …", "Sent on behalf of Dr
 * Abdul Rahman, CQC Registered Manager:" over the request (approverAsWritten); built once.
 */
const ON_BEHALF_OF_APPROVER = new RegExp(`\\b[Oo]n behalf of\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN}),\\s+([^,(@\\n]{3,80}?)\\s*(?:\\((?:copied(?: in)?|cc['’]?e?d|in copy)\\)\\s*)?(?:,|:\\s*$)`, 'u');

/** In every match of SPOKEN_APPROVER and NAME_THEN_ROLE_APPROVES (as they read it, case-sensitive). */
const APPROVING_VERB = /approve|authori[sz]|sign|agreed/;

/** "Approved by Dr X, Role (address)", "signed by Dr X (GP Partner)" (approverAsWritten); built once. */
const APPROVED_BY = new RegExp(`\\b(?:[Aa]pproved|[Aa]uthori[sz]ed|[Ss]igned off|[Ss]igned|[Aa]greed|[Ee]ndorsed)\\s+by\\s+(?:(?:the|our|their)\\s+[^,.;@\\n]{2,60},\\s*)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})(?:,\\s*([^,(@.;\\n]{3,60}?)\\s*(?=[(,.;–-]|$)|\\s*\\(([^()@\\n]{3,40})\\))?\\s*(?:\\(([^()\\s]+@[^()\\s]+)\\)|\\((?:[Cc][Cc]['’]?e?d|copied(?: in)?|in copy)\\))?(?=[\\s,.;–-]|$)`, 'u');

/** A form's next label read as a blank box's value ("Role position" / "Email address_2"): no job title reads so. */
const LABEL_AS_VALUE = /\b(?:e-?mail|address|telephone|phone|date|name|signature)\b|_\d+$/i;
const roleText = (value: string): string | null => (LABEL_AS_VALUE.test(value) ? null : text(value));

const NOMINEE_LINES = /\bnominee\b|\bto be nominated\b|\bnominated person\b/i;

function approverAsWritten(ctx: FieldContext, ev: Ev, nominee?: Person | null, service: string | null = null): (Person & { role: string | null }) | null {
  // A form titled "… Certification Form" is an approver's section by its title; the nominee's own lines in it are not.
  const p = labelledPerson(ctx.labelled, APPROVER_SECTION, NOMINEE_LINES);
  // "Authorising partner: Dr Cormac Tierney (GP Partner) – c.t@nhs.net": the role in brackets beside the name.
  const nameValue = p?.name ? ctx.labelled.find((v) => v.line === p.nameLine)?.value ?? '' : '';
  // "(cc'd)", "(copied in)" after the name says how they were reached, not their role.
  const bracketRole = /\(([^)@]{2,60})\)/.exec(nameValue);
  const bracket = bracketRole?.[1] && !/^\s*(cc|cc['’]?d|copied(?: in)?|in copy|cc['’]?ed)\s*$/i.test(bracketRole[1]) ? bracketRole[1].trim() : null;
  // "Dr Wendy Bell, GP Partner and CQC Registered Manager (cc'd)": the role after the name's comma (or a spaced dash:
  // "Dr Lowenna Tregear – CQC Registered Manager (…)").
  // "Lorna McBride, Head of Primary Care, NHS Lancashire Coast ICB, lorna.mcbride@nhs.net": where it is held may follow.
  const afterComma = /^[^,@–]+?(?:,|\s[–-]\s)\s*([^,(@]{3,80}?)\s*(?:\(|,|$)/.exec(nameValue)?.[1] ?? null;
  const commaRole = afterComma && ROLE_WORDS.test(afterComma) ? afterComma.trim() : null;
  const inline = commaRole ?? bracket;
  // "Contract holder name: Samuel Idowu": the label says in what role they approve.
  // "Nominated by (CQC Registered Manager): Dr Simon Reeve": in the label's brackets too, which the label itself lost.
  // "CQC Registered Manager email: …" says it of the address's owner.
  const asWritten = (line: string | undefined): string => {
    const entry = line ? ctx.labelled.find((v) => v.line === line) : undefined;
    return entry ? `${entry.label} ${entry.line.slice(0, Math.max(0, entry.line.indexOf(entry.value)))}` : '';
  };
  const labelAsWritten = `${p?.name ? asWritten(p.nameLine) : ''} ${p?.email ? asWritten(p.emailLine) : ''}`;
  const labelRole = p ? /\b(contract holder|(?:CQC\s+)?registered manager|clinical director|lead GP|senior partner|managing partner|GP partner|superintendent pharmacist|practice owner)\b/i.exec(labelAsWritten)?.[1] : undefined;
  // "Approver name: Sven Lindqvist" / "Role position: Senior Partner" under no approver heading: the role labelled
  // beside the approver's name (the next line or two of the form) is theirs.
  const at = p?.name ? ctx.labelled.findIndex((v) => v.line === p.nameLine) : -1;
  const besideName = at >= 0 ? ctx.labelled.slice(at + 1, at + 3).find((v) => ROLE_LABEL.test(v.label) && !EMAIL_LABEL.test(v.label) && roleText(v.value)) : undefined;
  const role = pick(ctx.labelled, ROLE_LABEL, roleText, APPROVER_SECTION, undefined, NOMINEE_LINES) ?? (inline && p ? { value: inline, line: p.nameLine } : null) ?? (labelRole && p ? { value: labelRole, line: p.nameLine || p.emailLine } : null) ?? (besideName ? { value: roleText(besideName.value) ?? '', line: besideName.line } : null);
  if (p || role) {
    if (p?.name) ev['fields.approver.name'] = p.nameLine;
    if (p?.email) ev['fields.approver.email'] = p.emailLine;
    // "Name and role of the person authorising: Dr Ravi Shah, …" with Dr Shah in Cc: the address the Cc header gives.
    const copied = !p?.email && p?.name ? copiedAddressOf(ctx, p.name.value) : null;
    if (copied) ev['fields.approver.email'] = `Cc header / ${p?.nameLine ?? ''}`;
    return { name: p?.name?.value ?? null, email: p?.email?.value ?? copied, role: set(ev, 'fields.approver.role', role) };
  }
  // A letter sent on by someone else ("Letter from our CQC registered manager attached"): "As the CQC Registered Manager
  // … I nominate our Practice Manager, Mr Craig Lomax" over "Yours faithfully, Dr Rukhsana Iqbal": its author approves.
  const letter = letterSignatory(`${ctx.body}\n${ctx.signature}`);
  const nomineeWroteIt = !!letter && !!nominee && (emailMatchesName(nominee.email, letter.name) || cleanPersonName(nominee.name ?? '')?.toLowerCase() === letter.name.toLowerCase());
  if (letter && !nomineeWroteIt && !emailMatchesName(ctx.requester.email, letter.name)) {
    ev['fields.approver.name'] = letter.line;
    if (letter.email) ev['fields.approver.email'] = letter.line;
    if (letter.role) ev['fields.approver.role'] = letter.line;
    return { name: letter.name, email: letter.email, role: letter.role };
  }
  // "our Clinical Director, Dr Sabine Lindqvist, has approved it" / "approved by our ICB lead, Jo Bloggs".
  for (const line of ctx.body.split('\n')) {
    // Both patterns try a name at every capital letter; a line without an approving verb cannot match either.
    if (!APPROVING_VERB.test(line)) continue;
    // "Dr Lucy Hargreaves, our CQC Registered Manager, has approved this": the name first, then the role.
    // "Our Clinical Director, Dr Rachel Ambrose, has approved it": an office read as the name is the role-first pattern's.
    const nameFirstRead = NAME_THEN_ROLE_APPROVES.exec(line);
    const nameFirst = nameFirstRead && !ROLE_WORDS.test(nameFirstRead.groups?.name ?? '') ? nameFirstRead : null;
    const m = nameFirst ?? SPOKEN_APPROVER.exec(line);
    const who = cleanPersonName(nameFirst?.groups?.name ?? m?.[2] ?? m?.[4] ?? null);
    const role = (nameFirst?.groups?.role ?? m?.[1] ?? m?.[3] ?? '').trim();
    if (who && ROLE_WORDS.test(who)) continue;
    // "our senior partner Dr X has approved": a role in lower case is still a role, but "our new GP" is not a job title.
    if (m && who && (/^\p{Lu}/u.test(role) || ROLE_WORDS.test(role))) {
      const mail = findPersonWithEmail(line.slice((m.index ?? 0)));
      // The sentence that approves: the rest of the line may give someone else a role ("Sam Price, Finance Lead").
      const sentence = line.split(/(?<=[.!?])\s+/).find((x) => x.includes(m[0])) ?? line.trim();
      ev['fields.approver.name'] = sentence;
      if (role) ev['fields.approver.role'] = sentence;
      const email = mail && mail.value.name === who ? mail.value.email : copiedAddressOf(ctx, who);
      if (email) ev['fields.approver.email'] = mail && mail.value.name === who ? line.trim() : `Cc header / ${line.trim()}`;
      return { name: who, email, role: role || null };
    }
  }
  // "Our contract holder is Mrs Helen Ashworth (helen.ashworth@nhs.net, copied in) who is happy to approve".
  for (const line of ctx.body.split('\n')) {
    const m = ROLE_IS_NAME_APPROVES.exec(line);
    const who = cleanPersonName(m?.[2] ?? null);
    const role = m?.[1]?.trim() ?? '';
    if (!m || !who || !ROLE_WORDS.test(role) || ROLE_WORDS.test(who)) continue;
    const mail = findPersonWithEmail(line.slice(m.index ?? 0));
    const written = mail && emailMatchesName(mail.value.email, who) ? mail.value.email : null;
    const email = written ?? copiedAddressOf(ctx, who);
    ev['fields.approver.name'] = line.trim();
    ev['fields.approver.role'] = line.trim();
    if (email) ev['fields.approver.email'] = written ? line.trim() : `Cc header / ${line.trim()}`;
    return { name: who, email, role };
  }
  // "Dr Patel (senior partner) has said she is happy with it", "Dr Fairclough (CQC Registered Manager) has asked me to
  // confirm that she approves": a title and surname, the role in brackets, the approval in words; the whole name is the one the email writes elsewhere ("Dr Neha Patel").
  // Without a title the name is written whole: "Alistair Venn (Contract Holder) approves this nomination".
  const titledApproves = /(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+|(?<![\p{L}'’-])(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*\())((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)\s*\(([^()@\n]{3,40})\)\s*,?\s+(?:has\s+asked\s+me\s+to\s+(?:confirm|say|let\s+you\s+know|tell\s+you)\s+(?:that\s+)?(?:she|he|they)\s+(?:approves?|agrees?|authori[sz]es?|(?:is|are)\s+happy)\b|(?:has\s+|have\s+)?(?:approved|approves|authori[sz]ed|authori[sz]es|signed|agreed|agrees|(?:(?:said|confirmed)\s+(?:that\s+)?(?:she|he|they)\s+(?:is|are|['’]s|['’]re)\s+|(?:is|are)\s+)(?:happy|content|fine)\b))/u;
  for (const line of ctx.body.split('\n')) {
    const m = titledApproves.exec(line);
    if (!m?.[1] || !m[2] || !ROLE_WORDS.test(m[2])) continue;
    const surname = m[1].split(/\s+/).pop() ?? '';
    // Or in the sign-off ("Medical Secretary to Dr Imogen Fairclough"); a name never runs over a line's end.
    const whole = m[1].includes(' ') ? m[1] : new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+[ \\t]+${escapeRegExp(surname)})\\b`, 'u').exec(`${ctx.body}\n${ctx.signature}`.replace(/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+(?=\p{Lu}[\p{L}'’-]+\s)/gu, '').replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s*/, ''))?.[1];
    const who = cleanPersonName(whole ?? null);
    if (!who || !who.includes(' ') || ROLE_WORDS.test(who)) continue;
    // The sentence that says it: the line may name others in other roles.
    const sentence = line.slice(Math.max(0, line.lastIndexOf('. ', m.index ?? 0) + 1)).split(/(?<=[.!?])\s/)[0]?.trim() ?? line.trim();
    ev['fields.approver.name'] = sentence;
    ev['fields.approver.role'] = sentence;
    const email = copiedAddressOf(ctx, who);
    if (email) ev['fields.approver.email'] = `Cc header / ${sentence}`;
    return { name: who, email, role: m[2].trim() };
  }
  // "Approved by Dr Naomi Fairbrother, Managing Partner (naomi.fairbrother@nhs.net)": the name first, then its role and address.
  // "Approved by Dr X, Role (address)", "signed by Dr X (GP Partner)", "Authorised by the contract holder's nominated
  // director, Simon Aldridge, Director of Optical Services": a description of them may come first.
  for (const line of ctx.body.split('\n')) {
    const m = APPROVED_BY.exec(line);
    const who = cleanPersonName(m?.[1] ?? null);
    if (!m || !who || ROLE_WORDS.test(who)) continue;
    // "Dr X, CQC Registered Manager for St Aidan's, who is copied in": the role, without where it is held.
    const stated = (m[2] ?? m[3] ?? '').trim().replace(/\s+(?:for|at)\s+(?:the\s+)?\p{Lu}.*$/u, '');
    // "approved by the CQC Registered Manager for the location, Dr Ahmed Raza Chaudhry": the description is the role.
    const described = (/\bby\s+(?:the|our|their)\s+([^,.;@\n]{2,60}),/.exec(m[0])?.[1] ?? '').replace(/\s+(?:for|of|at)\s+(?:the|our|this)\s+\w+$/i, '').trim();
    const role = stated && ROLE_WORDS.test(stated) ? stated : described && ROLE_WORDS.test(described) && /^\p{Lu}/u.test(described) ? described : null;
    const email = m[4] ? normaliseEmail(m[4]) : copiedAddressOf(ctx, who);
    ev['fields.approver.name'] = line.trim();
    if (role) ev['fields.approver.role'] = line.trim();
    if (email) ev['fields.approver.email'] = m[4] ? line.trim() : `Cc header / ${line.trim()}`;
    return { name: who, email, role };
  }
  // "On behalf of Dr Rhodri Pritchard, GP Partner and our CQC Registered Manager (copied in), please could you set up …":
  // the writer asks for the one who approves, in the office that nominates for the service.
  for (const line of ctx.body.split('\n')) {
    const m = ON_BEHALF_OF_APPROVER.exec(line);
    const who = cleanPersonName(m?.[1] ?? null);
    const offices = (m?.[2] ?? '').replace(/\b(?:our|the|practice['’]s)\s+/gi, '').trim();
    if (!m || !who || !ROLE_WORDS.test(offices) || ROLE_WORDS.test(who)) continue;
    const parts = offices.split(/\s*(?:&|\/|\+|\band\b)\s*/i).filter(Boolean);
    const role = parts.find((x) => nominatesAdministratorsFor(service, x)) ?? approvingPart(offices);
    const email = copiedAddressOf(ctx, who);
    ev['fields.approver.name'] = line.trim();
    ev['fields.approver.role'] = line.trim();
    if (email) ev['fields.approver.email'] = `Cc header / ${line.trim()}`;
    return { name: who, email, role };
  }
  const copiedIn = copiedApprover(ctx);
  if (copiedIn) {
    ev['fields.approver.name'] = copiedIn.line;
    ev['fields.approver.email'] = `Cc header / ${copiedIn.line}`;
    if (copiedIn.value.role) ev['fields.approver.role'] = copiedIn.line;
    return { name: copiedIn.value.name, email: copiedIn.value.email, role: copiedIn.value.role };
  }
  // "I authorise this request" / "happy to authorise it" with the role in the sign-off ("Harriet Okonkwo / GP Partner").
  // The approval may be the forwarded message's ("I approve …" from the ICB, forwarded by the practice): its author approves.
  const fwd = ctx.forwarded;
  const ownText = fwd?.text ? ctx.body.replace(fwd.text, '') : ctx.body;
  // "I approve Priya's request below" in the forwarder's own text: the forwarder approves, even when the request
  // (and so the requester) is the forwarded message's.
  const author = ctx.sender ?? ctx.requester;
  const approverPerson = SELF_APPROVAL.test(ownText) || (fwd && FORWARDER_APPROVES.test(ownText)) ? author : fwd && (SELF_APPROVAL.test(fwd.text) || APPROVES_ADDRESSEE.test(fwd.text) || APPROVED_TO_ADDRESSEE.test(fwd.text) || APPROVAL_IS_BELOW.test(ownText)) ? fwd.from : null;
  if (fwd && approverPerson === fwd.from) {
    // The forwarded approval's author, by their own sign-off: the "From" of a shared approvals mailbox
    // ("DEVICE, Approvals (NHS DEVON ICB)") names no person, and the forwarder is not the approver.
    const author = authorBySignOff(fwd.signature ?? '', fwd.from.email);
    if (author && (isMailboxName(fwd.from.name, fwd.from.email) || emailMatchesName(fwd.from.email, author.value.name))) {
      ev['fields.approver.name'] = author.line;
      if (fwd.from.email) ev['fields.approver.email'] = 'the forwarded message\'s From header';
      // "As CQC Registered Manager I'm happy for you to be …" over "CQC Registered Manager / GP Partner": the office
      // they approve in, as they say it, before all they sign off with.
      const stated = roleStatedInApproval(fwd.text);
      const role = stated ?? (author.value.role ? { value: author.value.role, line: author.line } : null);
      if (role) ev['fields.approver.role'] = role.line;
      return { name: author.value.name, email: fwd.from.email, role: role?.value ?? null };
    }
  }
  if (approverPerson && (approverPerson.name || approverPerson.email)) {
    const who = cleanPersonName(approverPerson.name);
    // The author of a forwarded approval in the office they say they approve in ("As CQC Registered Manager I'm happy
    // for you to …"), before all their sign-off lists ("CQC Registered Manager / GP Partner").
    const statedInApproval = fwd && approverPerson === fwd.from ? roleStatedInApproval(fwd.text) : null;
    // "I am on the Authorised Email List as an ICB approver" over "Helen Marsh / Primary Care Contracts Manager": the
    // capacity they approve in; their role is the job their sign-off gives.
    const job = statedInApproval ? jobBehindApproverCapacity(statedInApproval.value, `${ctx.body}\n${ctx.signature}`, who) : null;
    const role = job ?? statedInApproval ?? roleUnderName(`${ctx.body}\n${ctx.signature}`, who) ?? (approverPerson === author ? approverRoleFromText(ctx.signature) ?? approverRoleFromText(bodyTail(ctx.body)) : fwd && approverPerson === fwd.from ? roleOfForwardedApprover(fwd.text, ownText) : null);
    if (role) {
      ev['fields.approver.role'] = role.line;
      if (who) ev['fields.approver.name'] = 'From header';
      if (approverPerson.email) ev['fields.approver.email'] = 'From header';
      return { name: approverPerson === author ? senderName(author, ctx, role.value, ev) : who, email: approverPerson.email, role: role.value };
    }
  }
  // "approved by me - I am the Clinical Director of the PCN": the sender approves in their stated role.
  // "I'm the Managing Partner and approve this": the approval joined to the statement of the role.
  if (/\b(approved|authori[sz]ed|signed off)\s+by\s+me\b|\bI\s+(approve|authori[sz]e)\b|\bI(?:\s+am|['’]m)\s+(?:the|a|an)\s+[^.\n]{2,40}?\s+and\s+(?:I\s+)?(?:approve|authori[sz]e)\s+(?:this|it|the)\b/i.test(ctx.body)) {
    for (const line of ctx.body.split('\n')) {
      const m = /\b(?:I am|I['’]m)\s+(?:the|a|an)\s+([A-Z][\w ]{2,40}?)(?=\s+(?:of|at|for|in|and)\b|[,.;(]|$)/.exec(line);
      if (m?.[1]) {
        ev['fields.approver.role'] = line.trim();
        if (ctx.requester.name) ev['fields.approver.name'] = 'From header';
        if (ctx.requester.email) ev['fields.approver.email'] = 'From header';
        return approverWritingFrom(ctx.requester, senderName(ctx.requester, ctx, m[1].trim(), ev), m[1].trim(), ctx, ev);
      }
    }
  }
  // From the practice's inbox, the sender's own address given as the nominee's ("My own email is …") is still theirs.
  const nominatesSelf = !!nominee?.email && (nominee.email.toLowerCase() === ctx.requester.email?.toLowerCase() || emailIsPersons(nominee.email, cleanPersonName(ctx.requester.name)));
  for (const line of ctx.body.split('\n')) {
    const said = line.replace(/\bCQC reg\.? manager\b|\bregistered manager (?:with|for|at) (?:the )?CQC\b/i, 'CQC Registered Manager');
    // "I've recently joined as practice manager … I'd like the role": the nominee's own job, not an approval. "I am the
    // CQC Registered Manager … so I am nominating myself": an office that approves for the service approves itself.
    const m = STATES_OWN_ROLE.exec(said);
    if (nominatesSelf && !/\b(approv|authori[sz]|sign)/i.test(said) && !(m?.[1] && nominatesAdministratorsFor(service, m[1]))) continue;
    // "As contract holder for TPH62 I'm happy for Andrés to have the OPTO user admin role" in the reply forwarded: its author speaks.
    // Not when the request itself is the forwarded message: its author is then the requester, handled below.
    const speaker = fwd?.from.email && fwd.from.email !== ctx.requester.email ? cleanPersonName(fwd.from.name) : null;
    if (m?.[1] && fwd && speaker && fwd.text.includes(line.trim()) && !ownText.includes(line.trim())) {
      ev['fields.approver.role'] = line.trim();
      ev['fields.approver.name'] = 'the forwarded message\'s From header';
      ev['fields.approver.email'] = 'the forwarded message\'s From header';
      // "BLAKE, Fiona (MEADOWBANK SURGERY)" signs "Dr Fiona Blake": the name as she writes it.
      const signed = authorBySignOff(fwd.signature ?? '', fwd.from.email)?.value.name;
      return { name: cleanPersonName(signed) ?? speaker, email: fwd.from.email, role: m[1] };
    }
    if (m?.[1]) {
      ev['fields.approver.role'] = line.trim();
      if (ctx.requester.name) ev['fields.approver.name'] = 'From header';
      if (ctx.requester.email) ev['fields.approver.email'] = 'From header';
      // "I am the contract holder, Martin Hollis" from a shop's mailbox: the name the sender gives after their role.
      const named = new RegExp(`^[,\\s]+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`, 'u').exec(said.slice((m.index ?? 0) + m[0].length))?.[1];
      const fromSender = senderName(ctx.requester, ctx, m[1], ev);
      const name = fromSender ?? (named ? cleanPersonName(named) : null);
      if (!fromSender && name) ev['fields.approver.name'] = line.trim();
      // "I am writing as an ICB approver": the capacity they approve in; their role is the job their sign-off gives.
      // The sign-off may sit in the body, over a team's list of names and roles: whatever follows the statement.
      const job = jobBehindApproverCapacity(m[1], `${ctx.body.slice(ctx.body.indexOf(line) + line.length)}\n${ctx.signature}`, name);
      if (job) ev['fields.approver.role'] = job.line;
      // "As practice manager and CQC Registered Manager for Ashgrove": both roles, of which the approving one counts.
      const both = new RegExp(String.raw`^\s+(?:and|&)\s+(?:the\s+)?(${SELF_STATED_ROLE})\b`, 'i').exec(said.slice((m.index ?? 0) + m[0].length))?.[1];
      // "I'm the contract holder" over the sign-off "Contract Holder, Grant Eyecare": the office as the sign-off capitalises it.
      const capitalised = [...`${ctx.signature}\n${ctx.body}`.matchAll(new RegExp(`\\b${escapeRegExp(m[1]).replace(/\\s+/g, '\\s+')}\\b`, 'gi'))].map((x) => x[0]).find((x) => x.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && x !== x.toUpperCase());
      return approverWritingFrom(ctx.requester, name, job?.value ?? (both ? approvingPart(`${m[1]} & ${both}`) : capitalised ?? m[1]), ctx, ev);
    }
  }
  // A nomination of someone else by a sender who says they own the practice or hold its contract, signed off in a
  // role that approves ("I own Qureshi Optometrists and hold the contract" … "Contract holder"): the sender is the
  // approver, as when they write "I approve". A sign-off alone approves only in the role that nominates for the
  // service asked for (seeds 000, 001, 003): a PL request signed off "CQC Registered Manager", an OPTO one "Contract
  // holder", a PCN one "Clinical Director". A GP partner's sign-off on a GPP request is not the certification form.
  const sender = ctx.sender ?? ctx.requester;
  const ownRole = !fwd ? approvingSignOffRole(ctx) : null;
  const signOffRole = ownRole && (OWNER_VOICE.test(ownText) || nominatesAdministratorsFor(service, ownRole.value)) ? ownRole : null;
  if (signOffRole && sender.email && nominee?.email && nominee.email.toLowerCase() !== sender.email.toLowerCase()) {
    ev['fields.approver.role'] = signOffRole.line;
    if (sender.name) ev['fields.approver.name'] = 'From header';
    ev['fields.approver.email'] = 'From header';
    return approverWritingFrom(sender, senderName(sender, ctx, signOffRole.value, ev), signOffRole.value, ctx, ev);
  }
  return officeHolderApprover(ctx, ev, nominee);
}

/** "As CQC Registered Manager I'm happy for …": the office stated in the sentence that approves. */
function roleStatedInApproval(text: string): Found<string> | null {
  for (const line of text.split('\n')) {
    const office = /\b(?:approv|authori[sz]|happy|agree|consent|support)/i.test(line) ? ownOfficeOn(line) : null;
    if (office) return { value: office, line: line.trim() };
  }
  return null;
}

/** The office a line's writer states as theirs ("I'm the CD" is the Clinical Director). */
function ownOfficeOn(line: string): string | null {
  return STATES_OWN_ROLE.exec(line.replace(/\bCD\b/g, 'Clinical Director'))?.[1] ?? null;
}

/**
 * The office of the author of an approval sent on: as they say it ("I'm not on the ICB's list but I'm the CD"), or as
 * the one sending it on says it ("our Clinical Director has approved it himself - see his reply below").
 */
function roleOfForwardedApprover(forwarded: string, covering: string): Found<string> | null {
  for (const line of forwarded.split('\n')) {
    const office = ownOfficeOn(line);
    if (office) return { value: office, line: line.trim() };
  }
  for (const line of covering.split('\n')) {
    const m = OFFICE_APPROVED_ITSELF.exec(line);
    if (m?.[1]) return { value: m[1], line: line.trim() };
  }
  return null;
}

/**
 * The holder of an approving office the text names in a sentence of consent ("Dr Ferris is our CQC Registered Manager
 * and is happy with this"), by the whole name the email gives them elsewhere: the Cc header ("PRYCE-JONES, Rhiannon
 * (Dr)"), or the text ("2. Dr Sam Ferris"). A title and surname the email never completes is not enough to act on.
 */
function officeHolderApprover(ctx: FieldContext, ev: Ev, nominee?: Person | null): (Person & { role: string }) | null {
  for (const held of officeHoldersWhoConsent(ctx.body)) {
    const bare = held.written.replace(/^(?:dr|mrs?|ms|miss|prof)\.?\s+/i, '');
    const surname = bare.split(/\s+/).pop() ?? '';
    const headerPerson = [...(ctx.copied ?? []), ...(ctx.participants ?? [])].find((p) => p.name && samePerson(p.name.replace(/\([^)]*\)/g, ' ').replace(/^([^,]+),\s*(.+)$/, '$2 $1').trim(), surname));
    const fromHeader = headerPerson?.name ? cleanPersonName(headerPerson.name.replace(/\((?:Dr|Mr|Mrs|Ms|Miss|Prof)\)/gi, '')) : null;
    // The surname as the text writes it ("Pryce-Jones"), not as a directory's capitals ("PRYCE-JONES").
    const headerName = fromHeader ? fromHeader.replace(new RegExp(`${escapeRegExp(surname)}$`, 'i'), (s) => (s === s.toUpperCase() && surname !== surname.toUpperCase() ? surname : s)) : null;
    const inText = new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}${escapeRegExp(surname)})\\b`, 'iu').exec(`${ctx.body}\n${ctx.signature}`.replace(/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+(?=\p{Lu}[\p{L}'’-]+\s*$)/gmu, ''));
    const written = /^\p{Lu}/u.test(bare) && bare.includes(' ') ? cleanPersonName(bare) : null;
    const name = written ?? headerName ?? cleanPersonName(inText?.[1]?.replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\s+/i, '') ?? null);
    if (!name || !name.includes(' ') || ROLE_WORDS.test(name)) continue;
    if (nominee?.name && samePerson(name, nominee.name, nominee.email)) continue;
    const email = headerPerson?.email && emailMatchesName(headerPerson.email, name) ? normaliseEmail(headerPerson.email) : copiedAddressOf(ctx, name);
    ev['fields.approver.name'] = held.sentence;
    ev['fields.approver.role'] = held.sentence;
    if (email) ev['fields.approver.email'] = `Cc header / ${held.sentence}`;
    return { name, email, role: held.office };
  }
  return null;
}

/** "Lauren - approved, please forward to PCSE.": a forwarded reply that approves in a word, to the one it answers. */
const APPROVED_TO_ADDRESSEE = /^\s*(?:(?:hi|hello|dear)\s+)?\p{Lu}[\p{L}'’-]+\s*[-–,:]\s*(?:yes\s*[-–,.]\s*)?(?:approved|authori[sz]ed)\b/u;
/** "Our contract holder has approved this - please see his email below": the covering text says the forwarded message is the approval. */
const APPROVAL_IS_BELOW = /\b(?:has|have)\s+approved\s+(?:it|this|the\s+request)\b[^.\n]{0,20}?\bsee\s+(?:his|her|their)\s+(?:e-?mail|reply|message|response)\s+below\b|\b(?:his|her|their)\s+approval\s+is\s+below\b/i;

/**
 * "Sandra, … I'm happy for you to be our PL Organisation Administrator": an approval written to the nominee, which
 * she forwards. In the writer's own text "you" is PCSE, so this is read in a forwarded message only.
 */
const APPROVES_ADDRESSEE = /\b(?:I\s+am|I['’]?m|Im)\s+(?:very\s+|more than\s+|quite\s+)?happy\s+for\s+you\s+to\s+(?:be|become|have|take|act|get)\b/i;

/** A department's or a team's mailbox ("Regional Operations - …", "Contracts Team"); not an organisation's own. */
const DEPARTMENT_MAILBOX = /\b(?:operations|ops|team|office|reception|admin(?:istration)?|enquiries|support|department|accounts|contracts|compliance|helpdesk|service ?desk|mailbox|no-?reply|finance|governance)\b/i;

/**
 * The approver who wrote the email, with its author's address as theirs, unless that is a department's mailbox
 * ("Regional Operations - Clearview Opticians") that does not spell the person who signs: on the card it would read
 * as the approver's, and a reply would go to the department. A one-site business's own mailbox ("Bright Eyes
 * Opticians") is the contract holder's.
 */
function approverWritingFrom(author: Person, name: string | null, role: string, ctx: FieldContext, ev: Ev): Person & { role: string } {
  // The author's display name as the header wrote it: `author.name` may already be the person from the sign-off.
  const displayName = ctx.participants?.find((p) => p.email === author.email)?.name ?? '';
  // A practice's shared mailbox ("Ravenscourt Surgery" <ravenscourt.surgery@…>) with the person's own address in
  // their sign-off ("angela.moss3@nhs.net | 01922 …"): the address that spells them is theirs.
  // "rajan@shahopticians.co.uk" is Rajan Shah's own, and priya.shah@ in his text is not: it spells another Shah.
  const own = author.email && name && !emailMatchesName(author.email, name) && !spellsForename(author.email, name) ? ownAddressInSignOff(ctx, name) : null;
  if (own) {
    ev['fields.approver.email'] = own.line;
    return { name, email: own.value, role };
  }
  const departmental = !!author.email && DEPARTMENT_MAILBOX.test(displayName) && !emailMatchesName(author.email, name);
  if (departmental) delete ev['fields.approver.email'];
  return { name, email: departmental ? null : author.email, role };
}

/** An address whose local part is the person's forename ("rajan@…"), as a small business's people often have. */
function spellsForename(email: string, name: string): boolean {
  const forename = letters(name.split(/\s+/)[0] ?? '');
  return forename.length >= 3 && letters(email.split('@')[0] ?? '') === forename;
}

/** The writer giving their own address in the text ("please contact me at …", "my email is …"). */
const OWN_ADDRESS_SAID = /\b(?:(?:contact|email|e-mail|reach)\s+me\s+(?:at|on|via)|my\s+(?:e-?mail|nhs\.?net)(?:\s+address)?\s+is)\b/i;

/**
 * An address in the sign-off (or the forwarded message's), or one the writer says is theirs, that spells the person's
 * name: a letter sent on from the practice's mailbox ("If you need anything further please contact me at …").
 */
function ownAddressInSignOff(ctx: FieldContext, name: string): Found<string> | null {
  const saidOwn = ctx.body.split('\n').filter((l) => OWN_ADDRESS_SAID.test(l));
  for (const line of [ctx.signature, ctx.forwarded?.signature ?? '', bodyTail(ctx.body), ...saidOwn].join('\n').split('\n')) {
    for (const m of line.matchAll(EMAIL_IN_TEXT)) {
      const address = normaliseEmail(m[0]);
      if (address && emailIsPersons(address, name)) return { value: address, line: line.trim() };
    }
  }
  return null;
}

/** The sender speaking as the one who owns the organisation or holds its contract. */
const OWNER_VOICE = /\bI\s+(?:own|hold|am the owner of|am a partner|am the partner)\b|\bI(?:\s+am|['’]m)\s+the\s+(?:owner|contract holder)\b|\bI\s+(?:also\s+)?(?:run|own)\s+(?:the\s+)?(?:practice|pharmacy|surgery)\b/i;


/** The sender's sign-off role when it alone is an approving role ("Contract holder", "GP Partner"). */
function approvingSignOffRole(ctx: FieldContext): Found<string> | null {
  const role = approverRoleFromText(ctx.signature) ?? approverRoleFromText(bodyTail(ctx.body));
  // "Clinical Director | Tweed Valley PCN | U29904": the role is the line's first part.
  // "Director and Contract Holder": of two roles held, the one that approves.
  const ownPart = (line: string): string => {
    const first = (line.split(/\s+[|–-]\s+|\s*[|,]\s*/)[0] ?? line).replace(/[.;,]$/, '').trim();
    return first.split(/\s+(?:and|&)\s+/).find((r) => APPROVING_ROLE.test(r)) ?? first;
  };
  return role && APPROVING_ROLE.test(ownPart(role.value)) && APPROVING_ROLE.test(ownPart(role.line)) ? { ...role, value: ownPart(role.value) } : null;
}

/** A name that ends as an organisation's does; built once. */
const ENDS_AS_ORGANISATION = new RegExp(`\\b${ORG_SUFFIX}$`, 'iu');

/** A name with an organisation's word in it; built once. */
const NAMES_AN_ORGANISATION = new RegExp(`\\b${ORG_SUFFIX}\\b`, 'iu');

/**
 * The approving sender's name: the From display name, unless it is an organisation ("Bright Eyes Opticians"); then the
 * sign-off line above their role ("Hannah Greaves" / "Contract Holder, Bright Eyes Opticians"), or null.
 */
function senderName(sender: Person, ctx: FieldContext, role: string, ev: Ev): string | null {
  const fromName = cleanPersonName(sender.name);
  if (fromName && !ENDS_AS_ORGANISATION.test(fromName)) return fromName;
  delete ev['fields.approver.name'];
  const lines = `${ctx.signature}\n${bodyTail(ctx.body)}`.split('\n').map((l) => l.trim());
  for (let i = 1; i < lines.length; i++) {
    if (!(lines[i] ?? '').toLowerCase().includes(role.toLowerCase()) || (lines[i] ?? '').length > 100) continue;
    const above = lines[i - 1] ?? '';
    const n = cleanPersonName(above);
    if (n && n.split(' ').length >= 2 && !NAMES_AN_ORGANISATION.test(n)) {
      ev['fields.approver.name'] = `${above} / ${lines[i]}`;
      return n;
    }
  }
  return null;
}


/** ", Brightwater Opticians" after a role: the organisation, not the role; built once. */
const TRAILING_ORGANISATION = new RegExp(`\\s*[,|–-]\\s*(?:[\\p{L}'’&.-]+\\s+){0,5}${ORG_SUFFIX}$`, 'u');

/**
 * The line under the approver's own name in a sign-off ("Fiona Holloway" / "Primary Care Commissioning Manager, NHS
 * North West ICB"): the role as written, when it reads as a job title. The last such sign-off wins (a forwarded
 * approval sits below the forwarder's own sign-off only when the approver is the forwarded sender).
 */
/**
 * "ICB approver" is the capacity an ICB officer approves in, not their role: the job their sign-off gives under their
 * name ("Helen Marsh" / "Primary Care Contracts Manager"), when it gives one.
 */
function jobBehindApproverCapacity(capacity: string, text: string, name: string | null): Found<string> | null {
  return /^ICB approver$/i.test(capacity) ? roleUnderName(text, name) : null;
}

function roleUnderName(text: string, name: string | null): Found<string> | null {
  if (!name) return null;
  const parts = name.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  // Outlook's HTML leaves a blank line between every sign-off line: the line under a name is the next non-blank one.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  let found: Found<string> | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = (lines[i] ?? '').toLowerCase().replace(/^(?:dr|mr|mrs|ms|miss|prof)\.?\s+/, '');
    if (!l || l.length > 60 || !parts.every((w) => l.includes(w))) continue;
    // "Approved - Helen Marsh, CQC Registered Manager": the role after the name on its own line.
    const nameEnd = Math.max(...parts.map((w) => l.lastIndexOf(w) + w.length)) + ((lines[i] ?? '').length - l.length);
    const after = /^\s*[,–(-]\s*([^,()@\d]{4,50}?)\)?[.!]?$/.exec((lines[i] ?? '').slice(nameEnd));
    if (after?.[1] && ROLE_WORDS.test(after[1])) return { value: after[1].trim(), line: lines[i] ?? '' };
    const next = lines[i + 1] ?? '';
    if (next.length < 4 || next.length > 120 || /@|\d{4}/.test(next)) continue;
    if (ROLE_WORDS.test(next)) {
      // "Senior Partner, Old Mill Surgery": the practice after the role is the organisation, not part of the role.
      // "Name: Dev Patel" / "Position: Contract Holder" (a table's row, read a line a cell): the role without its label.
      const role = next.replace(/[.;]$/, '').replace(/^(?:position|role|job\s*title|title|capacity|designation)\s*:\s*/i, '').replace(TRAILING_ORGANISATION, '');
      // "Primary Care Contracts Manager" / "NHS West Yorkshire ICB (Leeds place)": where the office is held, when it is an
      // ICB's, goes with it (core reads an ICB approver's role with it).
      const heldAt = lines[i + 2] ?? '';
      const icb = /\bICB\b|integrated care board|\bCCG\b/i.test(heldAt) && heldAt.length <= 80 && !/@/.test(heldAt) ? ` / ${heldAt}` : '';
      found = { value: role, line: `${lines[i]} / ${next}${icb}` };
    }
  }
  return found;
}

/** An approver's role as the sign-off writes it ("CQC Registered Manager", "Senior Partner, Old Mill Surgery" → "Senior Partner"). */
function approverRoleFromText(t: string): Found<string> | null {
  const re = /\b((?:CQC\s+)?registered manager|contract holder|lead GP|GP partner|senior partner|managing partner|clinical director|PCN clinical director|PCN manager|practice manager|business manager|caldicott guardian|ICB approver|(?:medical|practice|managing|clinical|operations) director|superintendent pharmacist|principal optometrist|practice owner|owner|partner)\b/i;
  for (const line of t.split('\n')) {
    const m = re.exec(line);
    if (m?.[1] && line.trim().length < 80) return { value: compoundRole(line) ?? m[1], line: line.trim() };
  }
  return null;
}

/**
 * A sign-off line that is only roles joined by "and", "&", "/" or "|" ("GP Partner and CQC Registered Manager",
 * "Director / Caldicott Guardian"): the whole line is the role, not its first title. An organisation after a comma
 * ("…, Old Mill Surgery") is not part of it. Null when any part is not a role.
 */
export function compoundRole(line: string): string | null {
  const role = line.trim().replace(/[.;]$/, '').replace(TRAILING_ORGANISATION, '').split(/\s*,\s*/)[0] ?? '';
  const parts = role.split(/\s+(?:and|&)\s+|\s*[/|]\s*/i).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  return parts.every((p) => p.split(/\s+/).length <= 5 && ROLE_WORDS.test(p)) ? role : null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** "one more user administrator please. We already have 4" (existingAdminCount); built once. */
const ELLIPTICAL_ADMIN_COUNT = new RegExp(`\\badmin(?:istrator)?s?\\b[^\\n]{0,120}?\\b(?:already|currently)\\s+(?:have|has|got)\\s+(?:got\\s+)?(\\d|${Object.keys(NUMBER_WORDS).join('|')})(?=\\s*(?:[(,.;:]|$|\\s+(?:but|and|so|of them|in post)\\b))`, 'i');

/** "We already have four GPP user admins" / "there are already 4 administrators": the count the email states. */
export function existingAdminCount(body: string): Found<number> | null {
  // "a fifth" administrator means four are already in post.
  // "Please add me as a fifth", "so that is four already".
  const fifth = body.split('\n').find((l) => /\b(add|nominate|appoint|have|be|need|want|require)\s+(?:a|our)\s+(?:fifth|5th)\b|\b(?:fifth|5th)\s+(?:\w+\s+){0,3}admin|\b(?:add|set\s+up|have)\s+(?:me|him|her|them|[A-Z][a-z]+)\s+as\s+(?:a|the|our)\s+(?:fifth|5th)\b|\b(?:that|which)\s+(?:is|makes)\s+(?:four|4)\s+already\b/i.test(l));
  if (fifth) return { value: 4, line: fifth.trim() };
  const re = /\b(?:our|the)\s+(\d|one|two|three|four|five|six|seven|eight)\s+(?:current|existing)\s+(?:[\w-]+\s+){0,4}?(?:user\s+)?admin(?:istrator)?s\b|\b(?:already|currently)\s+(?:have|has|got|are)\s+(?:got\s+)?(?:the\s+following\s+)?(\d|one|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+){0,4}?(?:user\s+)?admin(?:istrator)?s\b|\b(\d|one|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+){0,3}?(?:user\s+)?admin(?:istrator)?s\s+(?:already|currently)\b/i;
  for (const line of body.split('\n')) {
    const m = re.exec(line);
    const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
    if (!word) continue;
    const n = NUMBER_WORDS[word] ?? Number(word);
    if (Number.isInteger(n)) return { value: n, line: line.trim() };
  }
  // "at the moment the four people with the role are me, …": the people said to hold it.
  // "we would like to keep the four we have": the administrators already there.
  const holders = /\b(?:the|our)\s+(\d|one|two|three|four|five|six|seven|eight)\s+(?:people|users|staff|members of staff|colleagues|of us)\s+(?:who\s+(?:have|hold|already have)|with|holding|that have)\s+(?:the|that|this)\s+(?:role|access)\b|\b(?:keep|retain)\s+(?:the|all)\s+(\d|one|two|three|four|five|six|seven|eight)\s+(?:(?:user\s+)?admin(?:istrator)?s\s+)?(?:(?:that|who)\s+)?we\s+(?:already\s+)?(?:have|['’]ve got|have got)\b/i;
  for (const line of body.split('\n')) {
    const held = holders.exec(line);
    const word = (held?.[1] ?? held?.[2])?.toLowerCase();
    const n = word ? NUMBER_WORDS[word] ?? Number(word) : NaN;
    if (Number.isInteger(n)) return { value: n, line: line.trim() };
  }
  const listed = listedAdmins(body) ?? adminsNamedInASentence(body) ?? adminsListedWithAddresses(body) ?? adminsSaidOtherwise(body);
  if (listed) return listed;
  // "one more user administrator please. We already have 4 (me, …)": the count after the noun, which it leaves out.
  for (const line of body.split('\n')) {
    const word = ELLIPTICAL_ADMIN_COUNT.exec(line)?.[1]?.toLowerCase();
    if (!word) continue;
    const n = NUMBER_WORDS[word] ?? Number(word);
    if (Number.isInteger(n)) return { value: n, line: line.trim() };
  }
  return null;
}

/** "Our current PL admins are:", "These are the people who already do it:" over the list of them, one a line. */
const CURRENT_ADMINS_HEAD = /\b(?:current|existing)\s+(?:[\w-]+\s+){0,3}?(?:user\s+)?admin(?:istrator)?s\s*(?:are|is|:)\s*:?\s*$|\b(?:the\s+)?(?:people|ones|staff|users)\s+who\s+already\s+(?:do\s+(?:it|this|that)|have\s+(?:it|the\s+role|that\s+role|this\s+access))\s*(?:are)?\s*:\s*$/i;
/** One person a line ("Dr J Pryce", "Karen Tipton: karen.tipton2@nhs.net", "Marcus Adeyemi (me)", "Gemma Chidgey - on maternity leave until May"), not a sentence about one. */
const LISTED_PERSON = /^\s*(?:[-*•·]|\d{1,2}[.)])?\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:[-–:,]\s*\S+@\S+|\([^)]{1,20}\)))?(?:\s+[-–]\s+\p{Ll}[^@\n]{0,60})?\s*$/u;

/** One person in a run of them: "me", or a name of one to three capitalised words. */
const ONE_OF_THEM = String.raw`(?:me|myself|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
/** "We've got me, Lowenna Trevail, Sam Hocking and Priyesh Mistry as admins already"; built once. */
const ADMINS_NAMED = new RegExp(String.raw`\b(?:[Ww]e(?:['’]ve|\s+have)\s+(?:got\s+)?|[Tt]here\s+(?:is|are)\s+)(${ONE_OF_THEM}(?:\s*,\s*${ONE_OF_THEM})*(?:,?\s+and\s+${ONE_OF_THEM}))\s+as\s+(?:(?:our|the)\s+)?(?:[\w-]+\s+){0,2}?admin(?:istrator)?s\s+(?:already|currently|at\s+the\s+moment|now)\b`, 'u');

/** "Our current Opto User Management admins at Lumen Eyecare Stockport (TPL19) are Joanne Pickering, … and myself"; built once. */
const CURRENT_ADMINS_ARE = new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he)\s+(?:current|existing)\s+(?:[\w-]+\s+){0,4}?admin(?:istrator)?s\s+(?:(?:at|for)\s+[^.;\n]{2,60}?\s+)?(?:are|is)\s+(${ONE_OF_THEM}(?:\s*,\s*${ONE_OF_THEM})*(?:,?\s+and\s+${ONE_OF_THEM}))(?=\s*[.;]|\s*$)`, 'u');

/** The administrators a sentence names as already in post, by name: how many there are. */
function adminsNamedInASentence(body: string): Found<number> | null {
  for (const line of body.split('\n')) {
    const run = ADMINS_NAMED.exec(line)?.[1] ?? CURRENT_ADMINS_ARE.exec(line)?.[1];
    if (run) return { value: run.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).length, line: line.trim() };
  }
  return null;
}

/** "Their current PL admins, exported from PCSE Online this morning:", "Our current admins on PCSE Online are:". */
const CURRENT_ADMINS_TABLE_HEAD = /\bcurrent\s+(?:[\w-]+\s+){0,3}?(?:user\s+)?admin(?:istrator)?s\b[^.\n]{0,60}:\s*$/i;

/**
 * The administrators a table or an export lists under a heading, one address each (an ASCII table, a CSV export): how
 * many different addresses stand under it before the prose resumes.
 */
function adminsListedWithAddresses(body: string): Found<number> | null {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => CURRENT_ADMINS_TABLE_HEAD.test(l));
  if (at < 0) return null;
  const addresses = new Set<string>();
  const taken: string[] = [];
  for (const line of lines.slice(at + 1, at + 60)) {
    // A sentence again ("Lorna is going on maternity leave …", "They would like Owen Blake adding"): the list ended.
    if (line.split(/\s+/).length > 8 && /[a-z]/.test(line) && !/[|:]/.test(line)) break;
    for (const m of line.matchAll(EMAIL_IN_TEXT)) addresses.add(m[0].toLowerCase());
    if (line.trim()) taken.push(line.trim());
  }
  return addresses.size >= 2 && addresses.size <= 10 ? { value: addresses.size, line: [lines[at]?.trim() ?? '', ...taken.filter((l) => l.includes('@'))].join(' / ') } : null;
}

/**
 * "We have already four user admins", "at the moment we have four user add mins" (dictated), "We currently have four
 * people set up as "PL Organisation Administrator"": the count in the words other writers use.
 */
const ADMINS_SAID_OTHERWISE = new RegExp(
  String.raw`\b(?:(?:have|has|['’]ve)\s+(?:got\s+)?(?:already|currently)|(?:at the moment|currently|right now|at present),?\s+we\s+(?:have|['’]ve got|have got)|(?:already|currently)\s+have)\s+(\d|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:(?:people|users|staff|members of staff|colleagues)\s+(?:set\s+up\s+)?(?:as|with)\s+(?:the\s+)?["'“‘]?(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,3}?)(?:user\s+)?(?:admin(?:istrator)?s?|add\s?mins?)\b`,
  'i',
);

function adminsSaidOtherwise(body: string): Found<number> | null {
  for (const line of body.split('\n')) {
    const word = ADMINS_SAID_OTHERWISE.exec(line)?.[1]?.toLowerCase();
    const n = word ? NUMBER_WORDS[word] ?? Number(word) : NaN;
    if (Number.isInteger(n) && n > 0) return { value: n, line: line.trim() };
  }
  return null;
}

/** The administrators an email lists as already in post: how many there are. */
function listedAdmins(body: string): Found<number> | null {
  // The heading is tried on every line: a body that never says "admin" or "already" has none.
  if (!/admin|already/i.test(body)) return null;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!CURRENT_ADMINS_HEAD.test(lines[i] ?? '')) continue;
    // The list may stand a blank line below its heading.
    const first = (lines[i + 1] ?? '').trim() ? i + 1 : i + 2;
    let n = 0;
    while (LISTED_PERSON.test(lines[first + n] ?? '') && n < 10) n++;
    if (n > 0) return { value: n, line: [lines[i], ...lines.slice(first, first + n)].map((l) => l?.trim()).join(' / ') };
  }
  return null;
}

export function detectService(t: string): Found<'GPP' | 'PL' | 'OPTO' | 'PCN'> | null {
  const cues: [RegExp, 'GPP' | 'PL' | 'OPTO' | 'PCN'][] = [
    [/\bPCN\b[^.\n]{0,30}admin|primary care network[^.\n]{0,30}admin/i, 'PCN'],
    [/\bGPP{1,2}\b|GP payments|pensions/i, 'GPP'],
    [/\bPL\b[^.\n]{0,30}(admin|organi[sz]ation)|performers? list/i, 'PL'],
    // General Ophthalmic Services: "so she can put the GOS claims through".
    [/\bopto\b|oph?thalmic payments|user management \(organi[sz]ation\)|OPTO organi[sz]ation|\bGOS\s+(?:claims?|forms?|payments?)\b/i, 'OPTO'],
  ];
  // "Clinical Director for Severn Vale PCN … PL Organisation Administrator": a PCN named as where the writer works
  // says less than a service named with its administrator; a bare "PCN" decides only when nothing else does.
  return earliestCue(t, cues) ?? earliestCue(t, [[/\bPCN\b/i, 'PCN']]);
}

function earliestCue<S extends string>(t: string, cues: [RegExp, S][]): Found<S> | null {
  let best: { idx: number; f: Found<S> } | null = null;
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
