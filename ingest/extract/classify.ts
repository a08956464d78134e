import type { CaseKind, Mailbox } from '../../core/domain/case.js';
import { getCaseModule } from '../../core/domain/cases/registry.js';
import { findOdsCodes } from '../../core/domain/ods.js';
import { EMAIL_IN_TEXT } from './field-helpers.js';

/** What a kind is asked for in words: a phrase and how strongly it points at the kind. */
type Cue = readonly [RegExp, number];

const CUES: Record<Exclude<CaseKind, 'unclassified'>, readonly Cue[]> = {
  user_admin_nomination: [
    [/\b(make|nominate|set ?up|add|appoint|assign|give|request(ing)?|grant|become|be (made|set up as|added as|given))\b[^.\n]{0,80}\b(user )?admin(istrator)?s?\b/i, 4],
    [/\buser[- ]?admin(istrator)?s?\b/i, 1.5],
    [/\bnominat(e|ed|ion|ing)\b/i, 2],
    [/\bGPP{1,2}\b[^.\n]{0,30}(practice )?user admin/i, 3],
    [/\bPL\b[^.\n]{0,10}organi[sz]ation (user )?admin/i, 3],
    [/performers? list[^.\n]{0,20}admin/i, 2],
    [/\bopto\b[^.\n]{0,30}(user management|user admin)|user management \(organi[sz]ation\)|organi[sz]ation user administration/i, 3],
    [/\bPCN\b[^.\n]{0,20}user admin/i, 3],
    [/certification form/i, 2],
    [/\b(additional|new|another|extra|second) (user )?admin/i, 2],
  ],
  main_contact_change: [
    // A bare mention ("our main contact has tried the portal") is not a request to change it.
    [/\bmain contact\b/i, 1],
    [/\b(change|changing|update|updating|replace|replacing|new|nominate|appoint|set up|no longer|leaving|left|retir|make|become|be made|added as|take over|takes over|taking over)\w*\b[^.\n]{0,60}\bmain contact\b|\bmain contact\b[^.\n]{0,60}\b(change|has left|is leaving|no longer|replace|will be|should be|to be)\b/i, 4],
    [/(does not|doesn't|do not|don't) have a main contact|no main contact/i, 4],
    // The sender already is the main contact ("I'm the main contact for …"): not a change of contact.
    [/\b(I am|I'm|as)\s+(the\s+)?(current\s+|existing\s+)?main contact\b/i, -3],
  ],
  main_contact_extension: [
    [/\bextend\w*\b[^.\n]{0,80}\bmain contact\b|\bmain contact\b[^.\n]{0,80}\bextend/i, 7],
    [/\bmain contact\b[^.\n]{0,80}\bnew (practice|pharmacy|site|organi[sz]ation)\b/i, 3],
    [/\bexisting practice\b/i, 2],
    [/\bnew (practice|pharmacy)( ods)? code\b|\bdetails of (the|your|our) new (practice|pharmacy)/i, 3],
    // "please add it to my account so that I am main contact there too": extending in prose.
    [/\b(add|extend|link|attach|include)\w*\b[^.\n]{0,60}\b(to|on|onto|under)\s+my\s+(account|access|log-?in|main contact)/i, 4],
    [/\bmain contact\b[^.\n]{0,30}\b(there|for (it|both|them|that one)) (too|as well)\b|\bmain contact (for|of|at) both\b/i, 4],
    [/\b(opened|bought|acquired|purchased|purchase of|taken (on|over)|took over|merged with)\b[^.\n]{0,60}\b(practice|pharmacy|surgery|site|opticians?|dental|branch)\b/i, 2],
  ],
  verification_link_resend: [
    [/\bverification (link|e-?mail)\b/i, 6],
    [/\b(never|not|haven't|have not|didn't|did not) (yet )?(received|receive|got|get|had)\b[^.\n]{0,40}\blink\b/i, 4],
    [/\b(new|another|fresh|re-?send|resend)\b[^.\n]{0,20}\blink\b/i, 3],
    [/\blink\b[^.\n]{0,40}\b(expired|not work|doesn't work|does not work)/i, 3],
    [/\bGMC\b/i, 1],
  ],
  account_unlock: [
    [/\bunlock\w*\b/i, 5],
    [/\blocked( me)?( out)?\b/i, 4],
    [/\b(five|5|too many)\b[^.\n]{0,30}\b(wrong|incorrect|failed|invalid|attempts)\b/i, 3],
  ],
  account_reactivation: [
    [/\bre-?activat\w*\b/i, 5],
    [/\bdeactivated\b/i, 4],
    [/\b(account|login)\b[^.\n]{0,30}\b(disabled|inactive|suspended)\b/i, 3],
  ],
  role_removal_request: [
    [/\bremov\w*\b[^.\n]{0,60}\broles?\b|\broles?\b[^.\n]{0,60}\bremov\w*/i, 5],
    [/\btake\b[^.\n]{0,40}\boff\b[^.\n]{0,30}(roles?|access|account|pcse)/i, 3],
    [/\b(revoke|withdraw)\w*\b[^.\n]{0,40}(roles?|access)/i, 4],
    [/\bremov\w*\b[^.\n]{0,40}\b(access|permissions?)\b/i, 2],
    [/\btake\b[^.\n]{0,90}\broles?\b[^.\n]{0,20}\boff\b/i, 6],
    [/\b(former|left|no longer (works?|with us|at))\b[^\n]{0,120}\b(still has|still have)\b[^.\n]{0,60}\broles?\b|\bstill (has|have)\b[^.\n]{0,60}\broles?\b/i, 2],
  ],
  practice_email_update: [
    [/update practice e-?mail address/i, 6],
    [/\bpractice('s)? (generic |shared |nhs\.?net )?e-?mail( address)?\b/i, 3],
    [/\b(change|update|amend)\w*\b[^.\n]{0,60}\be-?mail address\b/i, 2],
    [/\b(current|old|existing) (practice )?e-?mail\b/i, 2],
    [/\bnew (practice )?e-?mail( address)?\b/i, 1.5],
    [/\b(change|update|amend|switch)\w*\b[^.\n]{0,30}\b(our|the practice'?s?|practice|pharmacy'?s?|surgery'?s?|generic|shared|nhsmail)\s+e-?mail\b/i, 4],
    [/\bfrom\s+<?[^\s@<>]+@[^\s<>]+?>?\s+to\b[^.\n]{0,40}@/i, 2],
    // Addresses are masked as "mail@box": "change mail@box to mail@box", "mail@box is no longer used, please use mail@box".
    [/\b(change|update|switch|replace|amend)\w*\s+<?mail@box>?\s+(to|with|for)\s+<?mail@box/i, 5],
    [/mail@box>?[^.\n]{0,20}\b(is no longer|isn'?t|is not|no longer)\b[^\n]{0,60}\b(use|using|switch to|change to)\s+<?mail@box/i, 5],
    // One-sentence requests: "change the email for X from a to b", "a new shared mailbox … please use it instead of b".
    [/\b(change|update|amend)\w*\s+(the|our|its)?\s*e-?mail\s+(address\s+)?(for|of|on|held)\b/i, 3],
    [/\bnew\s+(shared\s+|generic\s+|practice\s+|team\s+|nhs\.?net\s+)?(mailbox|inbox|e-?mail account)\b/i, 4],
    [/mail@box>?[^.\n]{0,80}\b(instead of|rather than|in place of|replacing)\s+(the\s+old\s+(one\s+)?|our\s+old\s+(one\s+)?)?\(?<?mail@box/i, 4],
    [/\b(old|previous|former)\s+(one|address|mailbox|inbox)\b[^.\n]{0,60}\b(closed?|closing|deleted|no longer|shut|decommission\w*)/i, 3],
  ],
  branch_setup: [
    [/\bbranch\b/i, 2],
    [/\bbranch (practice|surgery|site|ods|code)\b/i, 3],
    [/\bset(ting)? ?up\b[^.\n]{0,40}\bbranch\b/i, 3],
  ],
  open_exeter_primary_user_request: [
    [/\bprimary (user|contact)\b/i, 4],
    // The sender's own standing ("As primary user for …, I have created …") is not a request for one.
    [/\b(as|I am|I'm)\s+(the\s+|a\s+|an\s+)?(existing\s+|current\s+)?(open exeter\s+)?primary (user|contact)\b/i, -4],
    [/\borgani[sz]ation maintenance\b/i, 3],
    // Who must act on a notice ("authorisation by the organisation's primary user") is not a request for one.
    [/\b(by|from|to)\s+(the|your|an?)\s+([\p{L}']+\s+)?primary user\b/iu, -4],
    [/\bauthori[sz]ed signatory\b/i, 1],
  ],
  open_exeter_additional_permissions: [
    [/\b(additional|extra|more|further|new)\b[^.\n]{0,20}\b(permissions?|access rights|access levels?)\b/i, 5],
    [/\bpermissions?\b/i, 2],
    [/\bexisting (open exeter )?user\b/i, 2],
    [/\b(add|grant|give|enable)\w*\b[^.\n]{0,40}\b(access|permission)\b[^.\n]{0,40}\b(to|for)\b/i, 1],
    // Open Exeter's permission names, asked for in any case ("can i have the prior notification list added").
    [/\b(prior notification list|call\/?recall|sample taker|cytology result|result enquiry|PNL)\b/i, 3],
    [/\b(add|added|grant|give|enable|have)\b[^.\n]{0,60}\b(to|on)\s+(my|his|her|their|the)\s+(open exeter|account|log-?in)\b/i, 2],
  ],
  open_exeter_new_user_authorisation: [
    [/\bnew user\b[^.\n]{0,40}\b(has been |was )?(created|added|set up|registered)\b/i, 5],
    [/\bauthori[sz]\w*\b[^.\n]{0,40}\bnew user\b/i, 4],
    [/\bcreated by\b/i, 1.5],
    [/\b(created|set up|added|registered)\b[^.\n]{0,30}\bnew\b[^.\n]{0,25}\buser\b/i, 5],
    [/\bauthori[sz]e (her|him|them|the (new )?user)\b/i, 2],
    [/\bnew user (notification|request|account)\b/i, 3],
    // A system notice: "The following user has been created and requires authorisation".
    [/\buser\b[^.\n]{0,30}\b(has|have) been (created|added|set up|registered)\b/i, 4],
    [/\b(awaiting|requires?|needs?|pending|requiring)\s+(your\s+)?authori[sz]ation\b/i, 3],
    // The system's own heading: "USER AUTHORISATION REQUEST", "OE USER AUTHORISATION REQUIRED".
    [/\buser authori[sz]ation (request|required|needed|pending)\b/i, 5],
  ],
};


export interface ClassifyInput {
  mailbox: Mailbox;
  subject: string;
  /** The author's new text plus any forwarded request; never the quoted history. */
  body: string;
  /** Text of attached forms (page text and field names/values). */
  formText: string;
  caseRef: string | null;
  /** Quoted earlier messages of a reply (never forwarded requests): consulted only when the new text alone names no kind. */
  quoted?: string;
}

export interface Classification {
  kind: CaseKind;
  scores: Partial<Record<CaseKind, number>>;
}

/**
 * Chooses the case kind by weighted phrases over the subject, the new text and attached forms.
 * The mailbox is a prior, not a rule: a misdirected email is classified by what it asks. A reply
 * that only thanks or chases a known case reference stays unclassified (the case-contract).
 */
export function classifyEmail(input: ClassifyInput): Classification {
  const own = classifyNewText(input);
  if (own.kind !== 'unclassified' || !input.quoted?.trim() || !PCSE_TEXT.test(input.quoted) || !INFORMATION_REQUEST.test(input.quoted)) return own;
  // A reply that gives the details PCSE asked for: the quoted PCSE message names the kind of request, the new text
  // gives the values (so it must carry a code, an address or a labelled value); field values come from the new text only.
  if (!hasConcreteDetail(maskAddresses(input.body)) && !input.formText.trim()) return own;
  if (isChaser(input.body)) return own;
  const quoted = classifyNewText({ mailbox: input.mailbox, subject: input.subject, body: input.quoted, formText: '', caseRef: null });
  return quoted.kind === 'unclassified' ? own : { kind: quoted.kind, scores: own.scores };
}

/** Text written by PCSE (our acknowledgements and information requests), as it appears quoted in a practice's reply. */
const PCSE_TEXT = /\bPCSE\b|Primary Care Support England|pcse\.[a-z]+@|\bPCSE-\d{4}-\d{6}\b/i;

/** PCSE asking the practice for something (a thank-you to a completion notice is not answering one). */
const INFORMATION_REQUEST = /\b(?:please\s+(?:could\s+you\s+)?(?:provide|confirm|send|supply|reply|let us know|tell us|advise)|we\s+(?:will\s+)?(?:need|require)|could you\s+(?:please\s+)?(?:provide|confirm|send|supply|let us know|tell us|advise)|can you\s+(?:please\s+)?(?:provide|confirm|send)|unable to\s+(?:proceed|process|action|complete)|before we can|is missing|was missing|did not include|didn't include)\b/i;

function classifyNewText(input: ClassifyInput): Classification {
  // A reply's subject names the older message's topic; the new request is in the new text.
  const isReply = /^\s*(re|aw|sv)\s*:/i.test(input.subject);
  const subjectWeight = isReply ? 0.3 : 0.8;
  const subject = maskAddresses(input.subject.replace(/^\s*((re|fw|fwd|aw|sv)\s*:\s*)+/i, '').replace(/\[?PCSE-\d{4}-\d{6}\]?/gi, ''));
  input = { ...input, body: maskAddresses(input.body), formText: maskAddresses(input.formText) };
  const scores: Partial<Record<CaseKind, number>> = {};
  let bodyBest = 0;
  /** The strongest ask in the email's own words (forms not counted). */
  let ownBest = 0;
  for (const [kind, cues] of Object.entries(CUES) as [Exclude<CaseKind, 'unclassified'>, readonly Cue[]][]) {
    let body = 0;
    let subj = 0;
    let own = 0;
    for (const [re, w] of cues) {
      if (re.test(input.body)) own += w;
      if (re.test(input.body)) body += w;
      else if (re.test(input.formText)) body += w * 0.8;
      if (re.test(subject)) subj += w;
    }
    // A kind's home mailboxes are its module's (core/domain/cases): arriving there is a mild prior.
    const prior = getCaseModule(kind).mailboxes.includes(input.mailbox) ? 1.5 : 0;
    scores[kind] = body + subj * subjectWeight + (body + subj > 0 ? prior : 0);
    bodyBest = Math.max(bodyBest, body);
    ownBest = Math.max(ownBest, own);
  }
  // The extension's vocabulary contains the change's ("main contact"): extending is the more specific ask.
  if ((scores.main_contact_extension ?? 0) >= 7) scores.main_contact_change = Math.min(scores.main_contact_change ?? 0, 1);
  // A branch's main contact is part of setting up the branch.
  if ((scores.branch_setup ?? 0) >= 6) scores.main_contact_change = Math.min(scores.main_contact_change ?? 0, (scores.branch_setup ?? 0) - 1);
  // A branch is set up for a code or with its details; a mention of "branch" alone is a question or a chaser.
  if (!hasConcreteDetail(`${input.body}\n${input.formText}\n${subject}`)) scores.branch_setup = (scores.branch_setup ?? 0) * 0.5;
  // The form's identity decides when the body is silent: a primary-user application whose guidance page talks about
  // permissions is still a primary-user application.
  const identity = formIdentity(input.formText);
  if (identity && ownBest < 3) scores[identity] = Math.max(...Object.values(scores).map((v) => v ?? 0), 3) + 1;
  const ranked = (Object.entries(scores) as [CaseKind, number][]).sort((a, b) => b[1] - a[1]);
  const [bestKind, best] = ranked[0] ?? ['unclassified', 0];
  if (best < 3) return { kind: 'unclassified', scores };
  if (input.caseRef && bodyBest < 3 && isChaserOrThanks(input.body)) return { kind: 'unclassified', scores };
  // "Thank you for adding the Prior Notification List permission": thanks for something done asks for nothing, even when it names the kind's words.
  if (isThanksForDone(input.body)) return { kind: 'unclassified', scores };
  // A chaser or a general question asks for nothing new: it has no code, address or form to act on.
  if (!input.formText.trim() && !hasConcreteDetail(input.body) && (isChaser(input.body) || isQuestionOnly(input.body))) return { kind: 'unclassified', scores };
  return { kind: bestKind, scores };
}

/** PCSE's forms, by what their title asks for (the first lines of an attached form's text). */
const FORM_TITLES: readonly [RegExp, Exclude<CaseKind, 'unclassified'>][] = [
  [/\b(?:application|request|nomination|registration)\b[^\n]{0,30}\bprimary user\b|\bprimary user\b[^\n]{0,30}\b(?:application|request|nomination|registration|access) form\b/i, 'open_exeter_primary_user_request'],
  [/\bpractice user administrator\b[^\n]{0,40}\bcertification\b|\buser admin(?:istrator)?\b[^\n]{0,30}\b(?:certification|nomination) form\b/i, 'user_admin_nomination'],
];

function formIdentity(formText: string): Exclude<CaseKind, 'unclassified'> | null {
  const head = formText.split('\n').filter((l) => l.trim()).slice(0, 4).join('\n');
  return FORM_TITLES.find(([re]) => re.test(head))?.[1] ?? null;
}

/**
 * Writes every address as "mail@box" so a cue's "same sentence" window ([^.\n]) is not cut short by
 * the dots of "jane.smith@nhs.net" written between the verb and the noun it governs.
 */
function maskAddresses(text: string): string {
  return text.replace(EMAIL_IN_TEXT, 'mail@box');
}

function hasConcreteDetail(text: string): boolean {
  return findOdsCodes(text).length > 0 || /(?<![^\s@])[^\s@]+@[^\s@]+\.[a-z]{2,}|\bmail@box\b/i.test(text) || /^[ \t]*[A-Za-z][\w ()/-]{1,40}:[ \t]*\S/m.test(text);
}

function isChaser(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  return t.length < 500 && /\b(just chasing|chasing (this|up)|any update|any news|following up|follow(ing)? up on|still waiting|still (isn't|is not|hasn't|has not|not) )/i.test(t);
}

/** "How long does it take to get a branch ODS code?" with no "please"/"could you": information, not a request. */
function isQuestionOnly(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  if (t.length >= 600) return false;
  // The writer says outright that nothing is to be done.
  if (NOT_ASKING.test(t)) return true;
  // "Could you tell me whether …?" asks for an answer, not an action: its "could you" is not a request's.
  const rest = t.replace(ASK_FOR_ANSWER, ' ');
  return /\b(how (long|do|does|can|would|should)|what (is|are|happens)|is it possible|do you know|when (will|does|do)|whether|who can)\b[^?]*\?/i.test(t) && !/\b(please|could you|can you|would you|kindly|I would like|we would like|I'd like|we'd like|request)\b/i.test(rest);
}

const ASK_FOR_ANSWER = /\b(?:could|can|would)\s+(?:you|someone)\s+(?:please\s+)?(?:tell|explain|clarify|advise|confirm|let)\s+(?:me|us)?\s*(?:know\s+)?(?=whether|if|how|what|who|why|when|which)/gi;

const NOT_ASKING = /\b(?:(?:we are|we're|I am|I'm) not (?:asking|requesting) (?:for )?(?:any|a) change|no change (?:is )?(?:needed|required) (?:at the moment|yet|now)|(?:just|only) (?:trying to |want(?:ed)? to |wanting to )?understand|for (?:information|reference) only)\b/i;

/** Gratitude for a finished piece of work, with no new ask ("please", "could you", a question, "also"). */
function isThanksForDone(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  if (t.length > 400 || !/\b(thank you|thanks|many thanks|cheers|grateful)\b/i.test(t)) return false;
  const done = /\b(?:for (?:adding|setting(?: \w+)? up|sorting|updating|changing|granting|doing|actioning|processing|resetting|unlocking|reactivating|removing|extending|fixing|arranging|completing)|(?:has|have) (?:now )?(?:gone|went) through|went through|(?:is|are) (?:now )?working|works now|working now|can (?:now )?(?:see|access|log ?in|use)|(?:all|now) (?:sorted|done|working)|(?:has|have) been (?:done|sorted|actioned|completed|added|updated))\b/i;
  const ask = /\b(?:please|could you|can you|would you|can I|could I|can we|could we|I would like|we would like|I'd like|we'd like|also (?:need|add|like|want)|(?:still|now) need|however|but (?:we|I|she|he|they|it))\b|\?/i;
  return done.test(t) && !ask.test(t);
}

function isChaserOrThanks(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  return t.length < 400 || /\b(thank|thanks|any update|chas|following up|follow up|still waiting|heard back|received|done|sorted)\b/i.test(t);
}
