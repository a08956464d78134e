/**
 * Replies that answer PCSE's own questions (or PCSE's published list of them) point by point: by number only ("1.
 * Marsh Lane Medical Practice - K81633"), between the quoted question lines, typed into the quoted message ("answers
 * in capitals below"), or under or in brackets after each listed point. The point is the only link between an answer
 * and what it is; these functions write each answer under its question as a label ("practice name and ODS code:
 * Marsh Lane Medical Practice - K81633") so the labelled-line reader can place it. A reply not written that way is
 * left as it was.
 */

const NUMBERED = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

const SAYS_ITSELF = /^(?:I|I['’]m|I['’]ve|Her|His|She|He|We|They|My|Our|Their|It|This|That|Yes|No)\b/i;

/** The reply with its numbered answers labelled by the quoted message's numbered questions, or the reply as it was. */
export function answerNumberedQuestions(reply: string, quotedQuestions: string): string {
  const questions = new Map<number, string>();
  for (const line of quotedQuestions.split('\n')) {
    const m = NUMBERED.exec(line.replace(/^(?:\s*>)+/, ''));
    if (m?.[1] && m[2] && !questions.has(Number(m[1]))) questions.set(Number(m[1]), m[2]);
  }
  if (questions.size < 2) return reply;
  let paired = 0;
  const lines = reply.split('\n').map((line) => {
    const m = NUMBERED.exec(line);
    const question = m?.[1] ? questions.get(Number(m[1])) : undefined;
    // An answer that already carries its own label ("2. Name: Priya Raghunathan") needs no other.
    // Nor one that says what it is in a sentence ("Her Open Exeter user ID is NDLAMINIHART", "I am a GP Partner at …"),
    // or heads a list of its own ("Permissions needed:").
    if (!m?.[2] || !question || /^[\p{L} /()-]{2,40}:(?:\s|$)/u.test(m[2]) || SAYS_ITSELF.test(m[2])) return line;
    paired++;
    return `${asLabel(question)}: ${m[2]}`;
  });
  return paired >= 2 ? lines.join('\n') : reply;
}

/** "The full name of the person to be given the role (…)?" → "full name of the person to be given the role". */
function asLabel(question: string): string {
  const label = question
    .replace(/\([^()]*\)/g, ' ')
    .replace(/^(?:please\s+(?:give|provide|confirm|tell us)\s+)?(?:the|their|your|a|an)\s+/i, '')
    .replace(/[?.:;,\s]+$/, '')
    .replace(/:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "full name of the person to be given the PL Organisation Administrator role": what is asked for comes first; the
  // clause about them is cut so the label stays a label's length.
  return label.length > 60 ? label.split(/\s+(?:to be|who|which|that|whom)\s/)[0] ?? label : label;
}

/**
 * A reply written between the lines of PCSE's quoted questions ("> 1. Your full name" / "Deborah Kemp" / ">" /
 * "> 2. Your PCSE Online username" / "deborah.kemp@nhs.net"): each unquoted line under a quoted question is the
 * answer to it. The pairs as "question: answer" lines, or null when the reply is not written that way.
 */
export function answersBetweenQuotedQuestions(raw: string): string | null {
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => /^\s*>/.test(l));
  if (start < 0 || !/PCSE|Primary Care Support/i.test(lines.slice(Math.max(0, start - 2), start + 40).join('\n'))) return null;
  const pairs: string[] = [];
  let question: string | null = null;
  for (const line of lines.slice(start)) {
    const quoted = /^\s*>/.test(line);
    const unquoted = line.replace(/^(?:\s*>)+\s?/, '');
    // "> *   1. The ODS code of the practice", "> *   Branch ODS code": a point of PCSE's list, bulleted.
    const bullet = quoted ? /^\s*[*•·▪-]\s+(?=\S)/.exec(unquoted) : null;
    const text = (bullet ? unquoted.slice(bullet[0].length) : unquoted).trim();
    if (!text) continue;
    if (quoted) {
      // "> GMC number:", "> Practice name and ODS code (if you work at a practice):": a point asked for after a colon.
      const askedAfterColon = /:$/.test(text) && ASKS_FOR.test(text) && text.length <= 120;
      question = NUMBERED.test(text) || /\?$/.test(text) || askedAfterColon || (bullet && ASKS_FOR.test(text) && text.length <= 120) ? text.replace(NUMBERED, '$2') : null;
      continue;
    }
    if (question) {
      pairs.push(`${asLabel(question)}: ${text.replace(ANSWER_MARK, '')}`);
      question = null;
    }
  }
  return pairs.length >= 2 ? pairs.join('\n') : null;
}

/** What a writer puts before an answer typed under a question: "→ 6098123", "-> …", ">> GP Partner". */
const ANSWER_MARK = /^(?:→|-+>|=+>|>>|»|(?:answer|ans)\s*[:–-]|A:)\s*/i;

const BULLETED = /^\s*(?:[-•*·▪]|\d{1,2}[.)])\s+(\S.{3,240})$/;
const ASKS_FOR = /\b(name|code|e-?mail|address|telephone|phone|number|username|user name|user ?id|role|title|position|permissions?)\b/i;

/**
 * PCSE's published list of questions typed out with each answer on the lines under its point ("- The name of your
 * existing practice" / "Cedar House Dental Practice"): each point becomes its answer's label. The text as it was
 * unless two or more points are answered that way.
 */
export function answersUnderListedQuestions(text: string): string {
  const { out, pairs } = pairListed(text);
  return pairs.length >= 2 ? out.join('\n') : text;
}

/**
 * "Hi, answers in capitals below." over PCSE's quoted questions with the answers typed under each, without quote
 * marks: the answers, labelled by their questions ("current practice email address: LINDLEY.SURGERY@NHS.NET"), or null.
 */
export function answersTypedIntoQuote(ownText: string, quoted: string): string | null {
  if (!/\banswers?\b[^.\n]{0,40}\b(?:below|inline|underneath|in\s+(?:capitals|caps|red|blue|bold|green))\b/i.test(ownText)) return null;
  const { pairs } = pairListed(quoted);
  // "The user's full name:" / ">> Megan Toller": each question asked after a colon, answered on the lines under it.
  const lines = quoted.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const question = lines[i] ?? '';
    if (!/:$/.test(question) || !ASKS_FOR.test(question) || question.length > 160 || /^(?:from|sent|to|cc|subject|date)\s*:/i.test(question)) continue;
    const answers: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j] && !/:$/.test(lines[j] ?? '') && answers.length < 6; j++) answers.push((lines[j] ?? '').replace(ANSWER_MARK, ''));
    if (answers.length > 0 && answers.every((a) => a.length <= 120)) pairs.push(`${asLabel(question)}: ${answers.join(', ')}`);
  }
  // "Current practice email address: papadopoulou.opt@yahoo.co.uk (this one)": a question answered after its colon.
  for (const line of quoted.split('\n')) {
    const m = /^\s*([\p{L}()/' -]{2,50}):\s+(\S.*)$/u.exec(line);
    if (m?.[1] && ASKS_FOR.test(m[1]) && !/^(?:from|sent|to|cc|subject|date)$/i.test(m[1].trim()) && !pairs.some((p) => p.startsWith(`${m[1]}:`))) pairs.push(`${m[1]}: ${m[2]}`);
  }
  return pairs.length >= 2 ? pairs.join('\n') : null;
}

/**
 * PCSE asked for one thing ("Please reply with: * The address of the new practice") and the reply gives it in a
 * sentence ("The Otley practice is at 5 Kirkgate, Otley, LS21 3HN."): the answer, labelled by the question, or null.
 * Only an address is read this way: it is the one value a sentence marks off on its own (it ends at its postcode).
 */
export function answerToOneQuestion(ownText: string, quoted: string): string | null {
  const points = quoted.split('\n').map((l) => BULLETED.exec(l)?.[1]).filter((q): q is string => !!q && ASKS_FOR.test(q));
  const question = points.length === 1 ? points[0] ?? '' : '';
  if (!/\baddress\b/i.test(question) || /\be-?mail\b/i.test(question)) return null;
  const m = /\b(?:is\s+at|is\s+now\s+at|is|at|:)\s+(\d[^.\n:]{3,100}?\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/.exec(ownText);
  return m?.[1] ? `${asLabel(question)}: ${m[1]}` : null;
}

function pairListed(text: string): { out: string[]; pairs: string[] } {
  const lines = text.split('\n');
  const out: string[] = [];
  const pairs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BULLETED.exec(lines[i] ?? '');
    // "1. Organisation code: V045519": a point answered on its own line after the question's colon.
    // Or after two dashes ("The user's Open Exeter user ID  -- BWROBLEWSKI").
    const answeredInLine = m?.[1] ? /^([\p{L}()/'’ -]{2,50}?)(?::|\s+--?\s+|\s+[–—]\s+)\s*(\S.*)$/u.exec(m[1]) : null;
    if (answeredInLine?.[1] && ASKS_FOR.test(answeredInLine[1])) {
      out.push(lines[i] ?? '');
      pairs.push(`${answeredInLine[1]}: ${answeredInLine[2]}`);
      continue;
    }
    // "- The name of your main practice (Westgate Medical Practice)": the answer put in brackets after the point.
    const bracketed = m?.[1] ? /^(.*\S)\s*\(([^()]{2,120})\)\s*$/.exec(m[1]) : null;
    if (bracketed?.[1] && bracketed[2] && ASKS_FOR.test(bracketed[1].replace(/\([^()]*\)/g, ''))) {
      out.push(`${listedLabel(bracketed[1])}: ${bracketed[2].trim()}`);
      pairs.push(out[out.length - 1] ?? '');
      continue;
    }
    const question = m?.[1];
    const answers: string[] = [];
    if (question && ASKS_FOR.test(question) && !/:\s*\S/.test(question)) {
      for (let j = i + 1; j < lines.length; j++) {
        const l = (lines[j] ?? '').trim();
        if (!l || BULLETED.test(lines[j] ?? '') || /:\s*$/.test(l)) break;
        answers.push(l.replace(ANSWER_MARK, ''));
      }
    }
    if (!question || answers.length === 0 || answers.length > 6) {
      out.push(lines[i] ?? '');
      continue;
    }
    out.push(`${listedLabel(question)}: ${answers.join(', ')}`);
    pairs.push(out[out.length - 1] ?? '');
    i += answers.length;
  }
  return { out, pairs };
}

/** "The name of your existing practice" → "existing practice name"; other questions as `asLabel` writes them. */
function listedLabel(question: string): string {
  // "… the main contact (that) you would like to set up for your branch", "… we hold for …": who holds it is not what it is.
  const label = asLabel(question).replace(/\s+(?:that\s+)?(?:you|we|PCSE)\s+(?:(?:would like|wish|want)\s+to\s+)?(?:set up|hold|holds|have)\b/gi, '').replace(/\b(?:your|our)\s+/gi, '');
  return /^(?:full\s+)?name\s+of\s+(?:the\s+)?((?:\S+\s+){0,2}(?:practice|pharmacy|surgery|organi[sz]ation|branch|site))$/i.exec(label)?.[1]?.concat(' name') ?? label;
}
