import type { CaseKind, Mailbox } from '../../core/domain/case.js';
import { getCaseModule } from '../../core/domain/cases/registry.js';
import { findOdsCodes } from '../../core/domain/ods.js';
import { EMAIL_IN_TEXT, UK_POSTCODE } from './field-helpers.js';
import { KIND_READERS, type KindReader } from './kinds.js';

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
  /** The quote's author is one of PCSE's mailboxes (its reply header says so, whatever the quoted text says). */
  quotedFromPcse?: boolean;
  /** The new text answers PCSE's quoted questions one by one (numbered-answers.ts). */
  answersPcseQuestions?: boolean;
  /**
   * The sender's own new text, when a forwarded message is part of `body`: what the sender says of themselves ("I'm the
   * main contact") is read here only, not in the forwarded author's words.
   */
  ownText?: string;
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
  // "Two things, sorry: 1. Main contact … please change it to … 2. Separately, I've locked my own login": the first
  // request listed is the case; the second is for the reviewer to see in the text.
  const first = firstOfNumberedRequests(input.body);
  if (first && own.kind !== 'unclassified') {
    const alone = classifyNewText({ ...input, body: first, formText: '', caseRef: null });
    if (alone.kind !== 'unclassified' && alone.kind !== own.kind && (alone.scores[alone.kind] ?? 0) >= 4) return { kind: alone.kind, scores: own.scores };
  }
  // Answers written to PCSE's own numbered questions: the question names what the request is, whatever words the
  // answers use ("GPP Practice User Administrator" is the role the writer holds, in a reactivation).
  if (input.answersPcseQuestions && input.quoted?.trim()) {
    const asked = classifyNewText({ mailbox: input.mailbox, subject: input.subject, body: input.quoted, formText: '', caseRef: null });
    if (asked.kind !== 'unclassified') return { kind: asked.kind, scores: own.scores };
  }
  if (own.kind !== 'unclassified' || !input.quoted?.trim() || !(input.quotedFromPcse || PCSE_TEXT.test(input.quoted)) || !INFORMATION_REQUEST.test(input.quoted)) return own;
  // A reply that gives the details PCSE asked for: the quoted PCSE message names the kind of request, the new text
  // gives the values (so it must carry a code, an address or a labelled value); fields read the new text first, then
  // the quoted request (index.ts requestQuotedByPcse).
  if (!hasConcreteDetail(maskAddresses(input.body)) && !input.formText.trim()) return own;
  if (isChaser(input.body)) return own;
  const quoted = classifyNewText({ mailbox: input.mailbox, subject: input.subject, body: input.quoted, formText: '', caseRef: null });
  return quoted.kind === 'unclassified' ? own : { kind: quoted.kind, scores: own.scores };
}

/**
 * The first of two or more requests written as numbered paragraphs ("1. …", "2. …", each a sentence or more, not a
 * list of labelled details), or null.
 */
function firstOfNumberedRequests(body: string): string | null {
  const items = [...body.matchAll(/^[ \t]*([1-9])[.)][ \t]+(.+)$/gm)];
  if (items.length < 2 || items[0]?.[1] !== '1' || items[1]?.[1] !== '2') return null;
  const sentences = items.every((m) => (m[2] ?? '').length >= 60 && !/^[\p{L} ()/'’-]{2,40}:/u.test(m[2] ?? ''));
  return sentences ? items[0]?.[2] ?? null : null;
}

/** Text written by PCSE (our acknowledgements and information requests), as it appears quoted in a practice's reply. */
const PCSE_TEXT = /\bPCSE\b|Primary Care Support England|pcse\.[a-z]+@|\bPCSE-\d{4}-\d{6}\b/i;

/** PCSE asking the practice for something (a thank-you to a completion notice is not answering one). */
export const INFORMATION_REQUEST = /\b(?:please\s+(?:(?:could|can|would)\s+(?:you|they|he|she|the\s+\w+)\s+)?(?:provide|confirm|send|supply|reply|let us know|tell us|advise)|we\s+(?:will\s+)?(?:need|require)|could you\s+(?:please\s+)?(?:provide|confirm|send|supply|let us know|tell us|advise)|can you\s+(?:please\s+)?(?:provide|confirm|send)|unable to\s+(?:proceed|process|action|complete)|before we can|so that we can|(?:further|more|additional) information|need the following|is missing|was missing|did not include|didn't include)\b/i;

function classifyNewText(input: ClassifyInput): Classification {
  // A reply's subject names the older message's topic; the new request is in the new text.
  const isReply = /^\s*(re|aw|sv)\s*:/i.test(input.subject);
  const subjectWeight = isReply ? 0.3 : 0.8;
  const subject = maskAddresses(input.subject.replace(/^\s*((re|fw|fwd|aw|sv)\s*:\s*)+/i, '').replace(/\[?PCSE-\d{4}-\d{6}\]?/gi, ''));
  input = { ...input, body: maskAddresses(input.body), formText: maskAddresses(input.formText), ownText: input.ownText === undefined ? undefined : maskAddresses(input.ownText) };
  const scores: Partial<Record<CaseKind, number>> = {};
  let bodyBest = 0;
  /** The strongest ask in the email's own words (forms not counted). */
  let ownBest = 0;
  for (const [kind, { cues }] of Object.entries(KIND_READERS) as [CaseKind, KindReader][]) {
    if (cues.length === 0) continue;
    let body = 0;
    let subj = 0;
    let own = 0;
    for (const [re, w] of cues) {
      // Each cue runs once over each text: the body is the longest, and 74 cues run for every email.
      // A cue against a kind (a negative weight) is something the sender says of themselves.
      if (re.test(w < 0 && input.ownText !== undefined ? input.ownText : input.body)) {
        own += w;
        body += w;
      } else if (re.test(input.formText)) body += w * 0.8;
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
  // "Our branch surgery … will close permanently; please remove the branch": closing a branch is not setting one up.
  if (BRANCH_CLOSING.test(input.body) && !BRANCH_OPENING.test(input.body)) scores.branch_setup = 0;
  // A branch is set up for a code or with its details; a mention of "branch" alone is a question or a chaser. (Halving
  // no score changes nothing: the texts are read for details only when a cue named a branch set-up.)
  if (scores.branch_setup !== 0 && !hasConcreteDetail(`${input.body}\n${input.formText}\n${subject}`)) scores.branch_setup = (scores.branch_setup ?? 0) * 0.5;
  // The form's identity decides when the body is silent: a primary-user application whose guidance page talks about
  // permissions is still a primary-user application.
  const identity = formIdentity(input.formText);
  if (identity && ownBest < 3) scores[identity] = Math.max(...Object.values(scores).map((v) => v ?? 0), 3) + 1;
  const ranked = (Object.entries(scores) as [CaseKind, number][]).sort((a, b) => b[1] - a[1]);
  const [bestKind, best] = ranked[0] ?? ['unclassified', 0];
  if (best < 3) return { kind: 'unclassified', scores };
  // "my smartcard … cannot log in NHSmail, it say account locked": PCSE unlocks PCSE Online accounts (and Open Exeter's,
  // which it administers), not NHSmail's or a smartcard's; the practice's IT support does, which the reply says.
  if (bestKind === 'account_unlock' && !input.formText.trim() && lockedOutOfAnotherSystem(`${subject}\n${input.body}`)) return { kind: 'unclassified', scores };
  // "Something different this time … please could you change the main contact to my successor: … jo@nhs.net": a reply
  // under the reference that asks for something new, with the person to act on, is a request, however short.
  // "Attached again – it seems the attachment was stripped the first time": a form sent under the reference is the request.
  if (input.caseRef && bodyBest < 3 && !input.formText.trim() && isChaserOrThanks(input.body) && !asksAfreshForSomeone(input.body)) return { kind: 'unclassified', scores };
  // "Could you let me know where this has got to? … still cannot log in as Primary User" under a case reference:
  // chasing the logged request, whose words it repeats, asks for nothing new.
  if (input.caseRef && !input.formText.trim() && isChaser(input.body)) return { kind: 'unclassified', scores };
  // "PCSE-2026-005102 - Open Exeter primary user form - any update?": the subject chases the logged request, and a body
  // that asks for nobody new only recalls it ("We sent in a primary user form for Megan on 20 November").
  if (input.caseRef && !input.formText.trim() && isChaser(input.subject) && !asksAfreshForSomeone(input.body)) return { kind: 'unclassified', scores };
  // "Your PCSE Online password expires today … verify your login: http://…", "Microsoft Teams meeting … Meeting ID": a notice
  // to the reader about their own account, or a meeting invitation, asks PCSE for nothing (a phishing look-alike among them).
  if (!input.formText.trim() && (noticeAboutReadersAccount(input.body) || MEETING_INVITATION.test(input.body))) return { kind: 'unclassified', scores };
  // "Thank you for adding the Prior Notification List permission": thanks for something done asks for nothing, even when it names the kind's words.
  if (isThanksForDone(input.body)) return { kind: 'unclassified', scores };
  // A question whose writer says nothing is to be done yet asks for an answer, even when it names its practice's code.
  if (!input.formText.trim() && statesNoActionYet(input.body)) return { kind: 'unclassified', scores };
  // "Not a request, just a question", "I'm not asking for anything to be changed", "there's nothing for you to do":
  // the writer says so in as many words.
  if (!input.formText.trim() && saysItIsNotARequest(input.body)) return { kind: 'unclassified', scores };
  // A chaser or a general question asks for nothing new: it has no code, address or form to act on.
  if (!input.formText.trim() && !hasConcreteDetail(input.body) && (isChaser(input.body) || isQuestionOnly(input.body))) return { kind: 'unclassified', scores };
  // Questions and nothing else ("Will the users need to be created again under C83015, or can PCSE move them
  // across? And will …?"): the codes are the practices asked about, and nothing is asked to be done.
  // A subject that is a question ("Does our branch need its own Open Exeter organisation?") is one of them.
  const askedInSubject = /^\s*(?:does|do|is|are|can|could|how|what|should|will|would|who|when|why|which)\b[^?\n]*\?\s*$/i.test(input.subject);
  if (!input.formText.trim() && onlyQuestions(askedInSubject ? `${input.subject}\n${input.body}` : input.body)) return { kind: 'unclassified', scores };
  return { kind: bestKind, scores };
}

/** A meeting invitation's own furniture (Teams, Zoom), whatever its agenda names. */
const MEETING_INVITATION = /\bMicrosoft Teams meeting\b|\bJoin (?:on your computer|the meeting now|Zoom Meeting)\b|^\s*Meeting ID\s*:/im;

/**
 * Written to the reader about the reader's own account ("Your PCSE Online password expires today", "your Open Exeter
 * account has been suspended"), with a link to follow and no word of the writer's own (I, we, my, our): no practice
 * writes to PCSE so; a phishing look-alike does. A link's own words ("Restore my account", a short line) are not the writer's.
 */
const CALL_TO_ACTION = /https?:\/\/|\b(?:verify|confirm|restore|click|reactivate)\b[^.\n]{0,40}\b(?:log-?in|account|credentials|access|here|password)\b/i;

function noticeAboutReadersAccount(body: string): boolean {
  const ownWords = body.replace(/\b(?:Dear|Hi|Hello)\s+[^\n,]*/g, '').split('\n').filter((l) => !/https?:\/\//i.test(l) && l.trim().split(/\s+/).length > 4).join('\n');
  return /\byour\s+(?:PCSE\s+Online\s+|Open\s+Exeter\s+|NHS\s+)?(?:account|password|log-?in|credentials)\b/i.test(body) && CALL_TO_ACTION.test(body) && !/\b(?:I|we|my|our|I['’]m|I['’]ve|we['’]re)\b/.test(ownWords);
}

const BRANCH_CLOSING = /\bbranch\b[^.\n]{0,80}\b(?:close|closes|closing|closed|closure)\b|\b(?:closure of|remove|removing|deactivate|close)\s+(?:the|our|this)\s+branch\b/i;
const BRANCH_OPENING = /\b(?:new branch|set(?:ting)?\s*up|open(?:s|ing)?|add(?:ing)?)\b[^.\n]{0,40}\bbranch\b|\bbranch\b[^.\n]{0,40}\b(?:set(?:ting)?\s*up|opens|opening)\b/i;

/** PCSE's forms, by what their title asks for (the first lines of an attached form's text). */
const FORM_TITLES: readonly [RegExp, Exclude<CaseKind, 'unclassified'>][] = [
  [/\b(?:application|request|nomination|registration)\b[^\n]{0,30}\bprimary user\b|\bprimary user\b[^\n]{0,30}\b(?:application|request|nomination|registration|access) form\b/i, 'open_exeter_primary_user_request'],
  [/\bpractice user administrator\b[^\n]{0,40}\bcertification\b|\buser admin(?:istrator)?\b[^\n]{0,30}\b(?:certification|nomination) form\b/i, 'user_admin_nomination'],
];

function formIdentity(formText: string): Exclude<CaseKind, 'unclassified'> | null {
  // No form attached (most emails): no title to read.
  if (!formText.trim()) return null;
  const head = formText.split('\n').filter((l) => l.trim()).slice(0, 4).join('\n');
  return FORM_TITLES.find(([re]) => re.test(head))?.[1] ?? null;
}

/**
 * Writes every address as "mail@box" so a cue's "same sentence" window ([^.\n]) is not cut short by
 * the dots of "jane.smith@nhs.net" written between the verb and the noun it governs.
 */
function maskAddresses(text: string): string {
  // "change the main contract for our pharmacy": a phone's autocorrect of "main contact" (a contract's holder is not).
  // Typographic apostrophes ("I’m", "haven’t") read as typed ones, so every cue sees one spelling.
  // "Pls change MC for Meadowbank Surgery", "New MC:": a practice's shorthand for its main contact.
  return text.replace(EMAIL_IN_TEXT, 'mail@box').replace(/\bmain contract\b(?!\s+holder)/gi, 'main contact').replace(/\bMC\b/g, 'main contact').replace(/[’‘]/g, "'");
}

function hasConcreteDetail(text: string): boolean {
  // "yes, I signed the form, and I signed as a GP Partner": the capacity PCSE asked the signatory to confirm.
  const statesCapacity = /\bI\s+(?:have\s+)?signed\b[^.\n]{0,40}\bas\s+(?:a|an|the)?\s*\p{L}|\bI\s+(?:am|was)\s+(?:the|a|an)\s+(?:lead\s+GP|GP\s+partner|partner|caldicott|director|board|existing\s+primary|primary\s+(?:user|contact))/iu;
  // "It is: … / Rowley Regis / B65 0HG": an address PCSE asked for ends with its postcode.
  const postcode = UK_POSTCODE.test(text);
  // Any one detail is enough: the cheapest reads come first, the capacity pattern (tried at every "I") last.
  // "the phone number for Golden Valley Dental is 01981 550 644": a UK number PCSE asked for.
  const phone = /(?<![\d-])(?:\+44\s?\(?0?\)?|0)\d{2,4}[ \t]?\d{3}[ \t]?\d{3,4}(?![\d-])/.test(text);
  return postcode || phone || /(?<![^\s@])[^\s@]+@[^\s@]+\.[a-z]{2,}|\bmail@box\b/i.test(text) || /^[ \t]*[A-Za-z][\w ()/-]{1,40}:[ \t]*\S/m.test(text) || findOdsCodes(text).length > 0 || statesCapacity.test(text);
}

/** A system PCSE has no part in, so does not unlock accounts of. */
const NOT_PCSE_SYSTEM = /\b(?:nhs\s*mail|smart\s*card|smartcard|spine|emis|systm\s*one)\b/i;

/** The writer is locked out of another system (NHSmail, a smartcard) and names none of PCSE's. */
function lockedOutOfAnotherSystem(text: string): boolean {
  if (/\bPCSE\s*Online\b|\bportal\b|\bPCSE\s+(?:account|log-?in)\b/i.test(text)) return false;
  return text.split(/(?<=[.!?])\s+|\n/).some((sentence) => /\block(?:ed)?\b|\blog\s*-?in\b|\bpassword\b/i.test(sentence) && NOT_PCSE_SYSTEM.test(sentence));
}

function isChaser(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  return t.length < 500 && /\b(just chasing|just checking (?:on|in on|in about|about|where)|checking (?:in )?on (?:this|the request|our request|progress)|chasing (this|up|the (?:below|above|request|e-?mail|form))|(?:^|[.!]\s)chasing\b|any update|nothing since|let us know when (?:it|this|that) will be (?:done|sorted|actioned|completed|processed)|any news|any progress|following up|follow(ing)? up on|still waiting|still (isn't|is not|hasn't|has not|not) |still (?:haven['’]t|have not|had no|not had) (?:had |heard|received|got|seen)|where (this|it|things|we) (has|have) got to|where (this|it|things) (is|are) up to|where we are with|(haven't|have not|not) heard (back|anything))/i.test(t);
}

/**
 * Two or more questions, no request ("please", "could you", "I would like") and no sentence that states a need: the
 * writer wants answers.
 */
/**
 * "What do you need help with?: My account is locked", "Have you tried 'Forgotten your login details'? Yes - …": a
 * form's question answered on its own line is the writer's answer, not the writer's question; only the answer is kept.
 */
function answersOnly(body: string): string {
  // Answered: after a colon, by a yes or no, or in a few words with no full stop; a question of the writer's own
  // ("How many admins can we have? We already have 3.", "Hi, just checking whether …? Thanks") stays a question.
  return body.replace(/^[ \t]*(?:\d{1,2}[.)]\s*)?\p{Lu}[^?,\n]{2,80}\?(?:[ \t]*:[ \t]*(?=\S)|[ \t]+(?=(?:yes|no)\b)|[ \t]+(?=(?:\S+[ \t]+){0,4}[^\s.?!]+[ \t]*$))/gimu, '');
}

function onlyQuestions(body: string): boolean {
  const t = answersOnly(body).replace(/\s+/g, ' ').trim();
  if (t.length >= 1500 || (t.match(/\?/g) ?? []).length < 2) return false;
  // "What do we need to send you?" asks what to do; its "we need" is the question's, not a request's.
  return !/\b(?:please|pls|could you|can you|would you|kindly|I would like|we would like|I'd like|we'd like|I need|we need|request(?:ing)?\b(?!\s+forms?\b)|attached|enclosed)\b/i.test(t.replace(ASK_FOR_ANSWER, ' ').replace(/\b(?:do|will|would|shall|should)\s+(?:we|I)\s+need\b/gi, ' '));
}

/** "How long does it take to get a branch ODS code?" with no "please"/"could you": information, not a request. */
function isQuestionOnly(body: string): boolean {
  const t = answersOnly(body).replace(/\s+/g, ' ').trim();
  if (t.length >= 600) return false;
  // The writer says outright that nothing is to be done.
  if (NOT_ASKING.test(t)) return true;
  // "Could you tell me whether …?" asks for an answer, not an action: its "could you" is not a request's.
  const rest = t.replace(ASK_FOR_ANSWER, ' ').replace(INDIRECT_QUESTIONS, ' ');
  const asks = /\b(how (long|do|does|can|would|should)|what (is|are|happens)|is it possible|do you know|when (will|does|do)|whether|who can|do (?:we|I) (?:need|have) to)\b[^?]*\?/i.test(t) || QUESTION_SENTENCE.test(t) || INDIRECT_QUESTION.test(t);
  // "can sign the request form" names a form; it asks for nothing.
  return asks && !/\b(please|could you|can you|would you|kindly|I would like|we would like|I'd like|we'd like|request(?!\s+forms?\b))\b/i.test(rest);
}

/**
 * A sentence that is a question by its first word ("Is it me who must reset it?", "And where in the system do I find
 * this?"), or a clause after a dash or an "or" ("… - can one of the others give it her, or do we have to send a
 * form?"), or after an "if" clause ("If I'm user admin at both, will I see both …?"). Not "Can/Could/Would you …?",
 * which asks for something to be done.
 */
const QUESTION_SENTENCE = /(?:^|[.!?]\s+|\s[-–]\s+|,\s+or\s+)(?:(?:and|so|but|also)\s+)?(?:if\s[^,?.!]{1,60},\s*)?(?:how|what|where|when|who|which|why|is|are|do|does|must|should|(?:will|would|can|could)\s+(?!you\b)(?=I\b|we\b|they\b|it\b|the\b|there\b|she\b|he\b))\b[^.!?]*\?/i;

/** A question asked without its question mark: "we want to know how long it takes", "I was wondering whether …". */
const INDIRECT_QUESTION = /\b(?:(?:want|wanted|would like|'d like|need|needed) to (?:know|find out|understand|check)|(?:was|am|were|are) wondering|wonder(?:ed)?)\s+(?:how|what|whether|if|when|who|which|why|where)\b/i;

/** INDIRECT_QUESTION for a global replace (which starts at lastIndex 0 whatever it was); built once. */
const INDIRECT_QUESTIONS = new RegExp(INDIRECT_QUESTION.source, 'gi');

/**
 * "Nothing to do yet, we are just planning", "Just checking before we decide anything", "we don't want to change
 * anything yet", "No action is needed yet – this is for planning only", "We are not submitting a request yet": a question with the writer's own word that it is not a request. Not "for information only", which
 * is said of a copied-in colleague in real requests.
 */
const NO_ACTION_YET = /\b(?:before (?:we|I) (?:send|submit|apply|go ahead)|(?:we|I) (?:haven't|have not) (?:sent|submitted) anything (?:yet|in)|(?:just|only) want to get it right|nothing (?:to do|to action|needed) (?:yet|now|for now|at the moment)|(?:don['’]t|do not) want to change anything|just (?:checking|planning)|we are (?:just|only) planning|before we decide|(?:just|only) (?:trying to |want(?:ed)? to |wanting to )?understand|(?:we are|we're|I am|I'm) not (?:asking|requesting) (?:for )?(?:any|a) changes?|no action (?:is )?(?:needed|required) (?:yet|for now|at this stage)|for planning (?:purposes )?only|(?:we are|we're|I am|I'm) not (?:submitting|sending|making) (?:a|any|the) (?:request|form|application)s? (?:yet|at this stage|for now))\b/i;

/** The writer's own word that nothing is to be done: no question needed. */
const NOT_A_REQUEST = /\b(?:(?:this\s+is\s+)?not\s+a\s+request\b|(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+not\s+asking\s+(?:for\s+)?(?:anything|you)\s+to\s+(?:be\s+)?(?:change|changed|do|done|action|actioned)\b|(?:there['’]s|there\s+is)\s+nothing\s+(?:for\s+(?:you|PCSE)\s+)?to\s+(?:do|action)\b|(?:please\s+)?(?:don['’]t|do\s+not)\s+change\s+anything\s+(?:for\s+now|yet|at\s+the\s+moment)\b|no\s+action\s+(?:is\s+)?(?:needed|required)\s+(?:from|by)\s+(?:you|PCSE)\b)/i;

function saysItIsNotARequest(body: string): boolean {
  const t = answersOnly(body).replace(/\s+/g, ' ').trim();
  return t.length < 1500 && NOT_A_REQUEST.test(t);
}

function statesNoActionYet(body: string): boolean {
  const t = answersOnly(body).replace(/\s+/g, ' ').trim();
  return t.length < 1200 && (t.includes('?') || INDIRECT_QUESTION.test(t)) && NO_ACTION_YET.test(t);
}

const ASK_FOR_ANSWER = /\b(?:could|can|would)\s+(?:you|someone)\s+(?:please\s+)?(?:tell|explain|clarify|advise|confirm|let)(?:\s+(?:me|us))?\s*(?:know\s+)?(?=whether|if|how|what|who|why|when|which|\?)/gi;

const NOT_ASKING = /\b(?:(?:we are|we're|I am|I'm) not (?:asking|requesting) (?:for )?(?:any|a) changes?|no change (?:is )?(?:needed|required) (?:at the moment|yet|now)|(?:just|only) (?:trying to |want(?:ed)? to |wanting to )?understand|for (?:information|reference) only)\b/i;

/** Gratitude for a finished piece of work, with no new ask ("please", "could you", a question, "also"). */
function isThanksForDone(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  if (t.length > 400 || !/\b(thank you|thanks|many thanks|cheers|grateful)\b/i.test(t)) return false;
  const done = /\b(?:for (?:adding|setting(?: \w+)? up|sorting|updating|changing|granting|doing|actioning|processing|resetting|unlocking|reactivating|removing|extending|fixing|arranging|completing)|(?:has|have) (?:now )?(?:gone|went) through|went through|came through|(?:has|have) (?:now )?(?:come|arrived) through|(?:confirmation|link|e-?mail|letter|it) (?:has )?(?:now )?(?:arrived|(?:been )?received)|received it|got it|(?:(?:has|have|['’]ve)\s+)?(?:received|got)\s+(?:your|the)\s+(?:confirmation|email|link|reply|message)|(?:we|I)\s+receive\s+(?:your|the)\s+(?:confirmation|email|link|reply|message)|(?:has|have)\s+(?:now\s+)?(?:got|received|had)\s+(?:her|his|their|the|my)\s+(?:verification\s+)?(?:e-?mail|link)|(?:has|have)\s+(?:now\s+)?logged\s+in|logged\s+in\s+(?:fine|ok|okay|now)|(?:is|are) (?:now )?working|works now|working now|can (?:now )?(?:see|access|log ?in|use)|(?:all|now) (?:sorted|done|working)|(?:has|have) been (?:done|sorted|actioned|completed|added|updated))\b/i;
  const ask = /\b(?:please|could you|can you|would you|can I|could I|can we|could we|I would like|we would like|I'd like|we'd like|also (?:need|add|like|want)|(?:still|now) need|however|but (?:we|I|she|he|they|it))\b|\?/i;
  return done.test(t) && !ask.test(t);
}

/** A request in so many words ("please could you", "can you") naming an address to act on, and not chasing or thanking. */
function asksAfreshForSomeone(body: string): boolean {
  return /\bmail@box\b/.test(body) && /\b(?:please\s+(?:could|can|would)\s+you|(?:could|can|would)\s+you\s+(?:please\s+)?(?:change|add|set|update|make|give|remove|unlock|send))\b/i.test(body) && !isChaser(body) && !isThanksForDone(body);
}

function isChaserOrThanks(body: string): boolean {
  const t = body.replace(/\s+/g, ' ').trim();
  return t.length < 400 || /\b(thank|thanks|any update|chas|following up|follow up|still waiting|heard back|received|done|sorted)\b/i.test(t);
}
