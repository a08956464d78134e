/**
 * A reply to PCSE's numbered questions ("1. The practice name and ODS code" … "4. The name and role of the person
 * authorising the request") often answers by number only: "1. Marsh Lane Medical Practice - K81633". The number is
 * the only link between the answer and what it is; this writes each such answer under its question as a label
 * ("practice name and ODS code: Marsh Lane Medical Practice - K81633") so the labelled-line reader can place it.
 */

const NUMBERED = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

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
    if (!m?.[2] || !question || /^[\p{L} /()-]{2,40}:\s/u.test(m[2])) return line;
    paired++;
    return `${asLabel(question)}: ${m[2]}`;
  });
  return paired >= 2 ? lines.join('\n') : reply;
}

/** "The full name of the person to be given the role (…)?" → "full name of the person to be given the role". */
function asLabel(question: string): string {
  return question
    .replace(/\([^()]*\)/g, ' ')
    .replace(/^(?:please\s+(?:give|provide|confirm|tell us)\s+)?(?:the|their|your|a|an)\s+/i, '')
    .replace(/[?.:;,\s]+$/, '')
    .replace(/:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
