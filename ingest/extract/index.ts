import type { Finding, Mailbox, ParsedCase } from '../../core/domain/case.js';
import { classifyOdsCode, endAtPostcode, formalNameFromSignOff, isPcseMailbox, personalDisplayName, reorderDisplayName } from './field-helpers.js';
import { CASE_REF_PATTERN } from '../../core/domain/case.js';
import { finaliseCase } from '../../core/domain/cases/index.js';
import { makeFinding } from '../../core/domain/findings.js';
import { INFORMATION_REQUEST, classifyEmail } from './classify.js';
import { applyCorrections, applyReplacements, findCorrections, findReplacements } from './corrections.js';
import { applyConfidence, READ_FROM_SCAN } from './confidence.js';
import { extractFields } from './fields.js';
import type { Doubt } from './fields/context.js';
import { detectIgnored } from './ignored.js';
import { SIGNATORY_CAPACITIES, readLabelledValues, type LabelledValue } from './labelled-lines.js';
import { parseMime, type AttachedMessage, type ExtractedAttachment } from './mime.js';
import { MESSAGE_PDF_BUDGET_MS, OUT_OF_MESSAGE_BUDGET, readPdfForm, type OcrLine, type PdfFormField, type PdfReadBudget, type PdfReadResult } from './pdf-form.js';
import { keepValuesWrittenAgain, normaliseFlatFormText } from './flat-form.js';
import { sameNameInAnyOrder } from './participants.js';
import { answerNumberedQuestions, answerToOneQuestion, answersBetweenQuotedQuestions, answersTypedIntoQuote, answersUnderListedQuestions } from './numbered-answers.js';
import { cleanScanNoise, typedSpellingOfScannedPeople, withoutPagesSetAside } from './scan-noise.js';
import { rejoinSentencesBrokenAtTheirVerb, unwrapHardWrapped } from './hard-wrap.js';
import { labelProseSentences } from './prose-labels.js';
import { convertPipeTables } from './pipe-tables.js';
import { singledOutRecord } from './records.js';
import { assessSenderAuthentication } from './sender-auth.js';
import { splitBody, type SplitBody } from './split-body.js';
import type { ParsedMime } from './mime.js';

export type { ExtractedAttachment } from './mime.js';

export interface ExtractOptions {
  mailbox: Mailbox;
  receivedAt?: Date;
  /** authserv-id of the trusted receiving host; null/absent = trust the topmost Authentication-Results. */
  trustedAuthServId?: string | null;
  /**
   * Reads an attached PDF by the budget's deadline (shared by the message's PDFs); the extraction sandbox passes one
   * that asks the parent thread's PDF pool.
   */
  readPdf?: (content: Buffer, budget: PdfReadBudget) => Promise<PdfReadResult>;
  /**
   * How long the message's PDFs may take, OCR included (default MESSAGE_PDF_BUDGET_MS, what ingest's inline reading
   * answers within). Readers nobody waits on (the OCR service, `pcse parse`) give a scan SCANNED_FORM_BUDGET_MS.
   */
  pdfBudgetMs?: number;
}

/**
 * Turns one raw email into one typed case (docs/case-contract.md). Never throws for bad input:
 * malformed MIME, odd charsets and unreadable, encrypted or hostile PDFs give findings and `error`.
 */
export async function extractCase(raw: Buffer, options: ExtractOptions): Promise<ParsedCase> {
  const mime = await parseMime(raw);
  const findings: Finding[] = [];
  const errors: string[] = mime.error ? [mime.error] : [];
  // Classification and extraction read at most a few KB of any one line: no request needs more, and
  // a hostile 40 KB one-word Subject must not make a pattern's cost grow with it.
  const subject = capLineLength(mime.subject ?? '');
  const receivedAt = (options.receivedAt ?? mime.date ?? new Date()).toISOString();
  const base: ParsedCase = {
    mailbox: options.mailbox,
    kind: 'unclassified',
    ignored: null,
    messageId: mime.messageId,
    from: mime.from,
    subject: mime.subject,
    caseRef: null,
    receivedAt,
    organisation: null,
    fields: {},
    missing: [],
    findings: [],
    evidence: {},
    statedOrganisationType: null,
    inReplyTo: mime.inReplyTo,
    references: mime.references,
    // With the files inside a message forwarded as an attachment: the form it carries came with this email.
    attachments: [...mime.attachments, ...mime.attachedMessages.flatMap((m) => m.attachments)].map(({ filename, contentType, size, sha256 }) => ({ filename, contentType, size, sha256 })),
    authentication: null,
    error: null,
  };
  const ignored = detectIgnored({
    headerLines: mime.headerLines,
    subject: mime.subject,
    fromEmail: mime.from.email,
    rawHead: raw.subarray(0, 256 * 1024).toString('latin1'),
    text: mime.text,
  });
  if (ignored) {
    return finaliseCase({ ...base, ignored, error: errors.join('; ') || null });
  }

  // The PDFs are read in their own thread while this one reads the body: nothing before the forms' text needs them.
  const formFindings: Finding[] = [];
  const formErrors: string[] = [];
  const readingForms = readForms(withoutIgnoredAttachments([...mime.attachments, ...mime.attachedMessages.flatMap((m) => m.attachments)], mime.text), formFindings, formErrors, options.readPdf ?? ((content, budget) => readPdfForm(content, {}, budget)), options.pdfBudgetMs ?? MESSAGE_PDF_BUDGET_MS);

  const auth = assessSenderAuthentication({ headerLines: mime.headerLines, fromEmail: mime.from.email, fromCount: mime.fromCount, trustedAuthServId: options.trustedAuthServId ?? null });
  findings.push(...auth.findings, ...checkFromHeader(mime.fromCheck));
  if (auth.authentication.verdict === 'none') findings.push(makeFinding('sender_unauthenticated', DKIM_NOT_CHECKED));

  const asSplit = withAttachedForward(splitBody(rejoinSentencesBrokenAtTheirVerb(unwrapHardWrapped(capLineLength(mime.text))), subject), mime.attachedMessages);
  const split = answeredInline(answeredByNumber(asSplit), capLineLength(mime.text));
  const answersPcseQuestions = split !== asSplit;
  const forwardedText = split.forwarded ? split.forwarded.text : '';
  const sender = split.forwarded && (split.forwarded.from.email || split.forwarded.from.name) && split.newText.replace(/\s+/g, ' ').length < 200 ? split.forwarded.from : mime.from;
  const ownSignOff = [split.signature, split.newText.split('\n').slice(-12).join('\n')].join('\n');
  const requesterSignOff = sender === mime.from ? ownSignOff : split.forwarded?.signature ?? '';
  const requester = { ...sender, name: formalNameFromSignOff(personalDisplayName(reorderDisplayName(sender.name), requesterSignOff), requesterSignOff, sender.email) };

  // A writer correcting their own request ("Sorry, wrong email address, the right one is …", above it quoted): the
  // request is the quoted one, and the correction is read after it, as a second thought.
  const corrected = ownRequestCorrected(split, mime.from);
  const body = answersUnderListedQuestions(convertPipeTables((corrected ? [subjectAsRequest(subject, split), corrected, split.newText] : [subjectAsRequest(subject, split), split.newText, forwardedText]).filter((t) => t?.trim()).join('\n\n')));
  const caseRef = CASE_REF_PATTERN.exec(subject)?.[0] ?? CASE_REF_PATTERN.exec(capLineLength(mime.text))?.[0] ?? null;

  // A form inside a message forwarded as an attachment is the request's form as much as one attached directly.
  const forms = (await readingForms).map((f) => withoutPagesSetAside(cleanScanNoise(f), split.newText));
  findings.push(...formFindings);
  errors.push(...formErrors);
  const formTexts = forms.map((f) => keepValuesWrittenAgain(normaliseFlatFormText(f.text), split.newText));
  const formText = formTexts.join('\n');
  const formFields = forms.flatMap((f) => joinNameParts(f.fields));
  const formLabelled: LabelledValue[] = formFields
    .filter((x) => x.value !== null && x.type !== 'signature')
    .map((x) => {
      // A ticked box answers the question printed over it with the option printed after it.
      if (x.option && x.type === 'checkbox' && x.label && x.heading) {
        const question = x.heading.replace(/[:*\s]+$/, '').toLowerCase();
        const line = `PDF tick box ${x.name} (${x.heading.replace(/[:*\s]+$/, '')}): [X] ${x.label}`;
        // "[X] I agree with the statement above" under "… the User Administrator role … I am an approver": a declaration
        // ticked answers no field, whatever words the statement it agrees to uses.
        if (DECLARATION_TICKED.test(x.label)) return { section: 'declaration', label: 'declaration', value: x.label, line };
        // "[X] GP Partner" under "Capacity (tick one)" or only under the section's heading ("C. Authorised
        // signatory"): a signatory capacity ticked is the signatory's capacity, not a value of whatever heads it.
        if (/\bcapacity\b/.test(question) || SIGNATORY_CAPACITY.test(x.label)) return { section: 'signatory capacity', label: 'capacity', value: x.label, line };
        return { section: formSection(question), label: question, value: x.label, line };
      }
      // "UserName" holding "Kerry Lomas" is the user's full name, not a login.
      // "main_name", "branch_name", "existing_name": a section's bare name on a practice form is the organisation's.
      const name = (x.label?.toLowerCase() ?? humanise(x.name)).replace(/^(main|existing|current|parent|new|branch|site)( practice| site| surgery)? name$/, (_m, section: string) => `${section} ${section === 'branch' || section === 'site' ? '' : 'practice '}name`.replace(/\s+/g, ' '));
      const label = /^(.* )?user name$/.test(name) && /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*)+$/u.test((x.value ?? '').trim()) ? `${name.replace(/user name$/, 'user full name')}` : name;
      // A field read under its printed label sits in the section its heading names, as a typed label would.
      const section = formSection(label) !== label || !x.heading ? formSection(label) : headingWithItsPurpose(x.heading, formText).toLowerCase();
      return { section, label, value: x.value ?? '', line: `PDF field ${x.name}${x.label && x.label !== humanise(x.name) ? ` (${x.label})` : ''}: ${x.value ?? ''}` };
    });
  const signatureFields = formFields.filter((x) => isSignatureField(x));

  const requestText = [body, requestQuotedByPcse(split), formText].filter((t) => t?.trim()).join('\n\n');
  const { kind } = classifyEmail({ mailbox: options.mailbox, subject: `${subject} ${split.forwarded?.subject ?? ''}`, body, formText: `${formText}\n${formLabelled.map((l) => l.line).join('\n')}`, caseRef, quoted: split.quoted, quotedFromPcse: isPcseMailbox(quotedAuthorEmail(split)), answersPcseQuestions, ownText: split.forwarded && !corrected ? split.newText : undefined });

  // Several sites listed, one of them singled out (records.ts): the other sites' values are not the request's.
  const singledOut = singledOutRecord(body, subject, kind);
  // A line the chosen record shares with the others ("Created By: BRENNAN, Moira" in every row) is the chosen one's too.
  const chosenLines = new Set(singledOut?.chosen.lines ?? []);
  const otherSites = new Set(singledOut?.others.flatMap((r) => r.lines).filter((l) => !chosenLines.has(l)) ?? []);
  const fromOtherSite = (line: string): boolean => otherSites.size > 0 && (otherSites.has(line.trim()) || [...otherSites].some((l) => line.startsWith(`${l} / `)));
  // Details written as sentences are read as labelled lines, except on a scan: a sentence OCR misread is not a value.
  const typedProse = labelProseSentences([body, requestQuotedByPcse(split)].filter((t) => t?.trim()).join('\n\n'));
  const formsProse = forms.map((f, i) => (f.ocr ? { text: formTexts[i] ?? '', sentenceOf: new Map<string, string>() } : labelProseSentences(formTexts[i] ?? '')));
  const sentenceOf = new Map([...typedProse.sentenceOf, ...formsProse.flatMap((f) => [...f.sentenceOf])]);
  const labelledText = [typedProse.text, formsProse.map((f) => f.text).join('\n')].filter((t) => t?.trim()).join('\n\n');
  const typedLabelled = readLabelledValues(labelledText).map((v) => ({ ...v, line: sentenceOf.get(v.line) ?? v.line }));
  const labelled = [...formLabelled, ...typedLabelled].filter((v) => !fromOtherSite(v.line));
  const doubts = new Map<string, Doubt>();
  const formAttached = [...mime.attachments, ...mime.attachedMessages.flatMap((m) => m.attachments)].some((a) => /^application\/pdf$|^image\//i.test(a.contentType) || /\.pdf$/i.test(a.filename ?? ''));
  const result = extractFields({ kind, doubts, formAttached, singledOutSite: singledOut ? { value: singledOut.chosen.code, line: singledOut.chosen.lines.join(' / ') } : null, body: requestText, signature: [split.signature, split.forwarded?.signature ?? ''].join('\n'), subject, labelled, requester, copied: mime.cc.map((p) => ({ ...p, name: reorderDisplayName(p.name) })), sender: { ...mime.from, name: formalNameFromSignOff(personalDisplayName(reorderDisplayName(mime.from.name), ownSignOff), ownSignOff, mime.from.email) }, forwarded: split.forwarded ? { from: { ...split.forwarded.from, name: reorderDisplayName(split.forwarded.from.name) }, text: split.forwarded.text, signature: split.forwarded.signature } : null, quotedFrom: split.quotedFrom ? { ...split.quotedFrom, name: reorderDisplayName(split.quotedFrom.name) } : null, participants: [mime.from, split.forwarded?.from, split.quotedFrom].filter((p): p is NonNullable<typeof p> => !!p).map((p) => ({ ...p, name: reorderDisplayName(p.name) })) });

  // "Sorry - the code is actually FQ412, not FQ421": the writer's own correction replaces what they first wrote.
  applyCorrections(result, findCorrections(body));
  // "Actually, please make it Rosalind Achterberg-Kaye instead": the second thought replaces the first.
  // In a reply to PCSE, the request PCSE quoted under its answer was written before the reply's second thought
  // ("please use X as the new practice email instead of my own address"), though it is read after it.
  const earlierRequest = requestQuotedByPcse(split) ?? '';
  const replacements = findReplacements(body);
  if (earlierRequest.trim()) applyReplacements(result, replacements.map((r) => ({ ...r, at: r.at + earlierRequest.length + 2 })), [earlierRequest, body, formText].filter((t) => t?.trim()).join('\n\n'));
  else applyReplacements(result, replacements, requestText);
  endAddressesAtPostcodes(result.fields);

  // Before confidence: a value read from a scan is only as sure as the OCR line it came from.
  markReadFromScan(result.evidence, forms.flatMap((f) => f.ocr?.lines ?? []), (path) => valueAt(result, path));
  typedSpellingOfScannedPeople(result, [mime.from, split.forwarded?.from, split.quotedFrom, ...mime.cc]);
  const { confidence, hints } = applyConfidence(result.fields, result.evidence, [result.organisation?.name, ...organisationNamesOf(result.fields)], doubts, requestText);
  // "Practice code (ODS): 82144" read from a scan: a code of no shape, OCR having lost a character, is a guess for
  // the reviewer to check, not the practice's code (nor a reason to say the practice's code is invalid).
  const scannedCode = result.organisation?.odsCode;
  if (result.organisation && scannedCode && /^read from a scan\b/.test(result.evidence['organisation.odsCode'] ?? '') && !classifyOdsCode(scannedCode)) {
    hints.push({ path: 'organisation.odsCode', value: scannedCode, confidence: 0.3, reason: 'read from a scan, and it fits no ODS code\'s shape: a character may have been lost', evidence: result.evidence['organisation.odsCode'] ?? null });
    result.organisation.odsCode = null;
    delete result.evidence['organisation.odsCode'];
  }

  if (kind !== 'unclassified') {
    // Any signed form (GPP certification, Open Exeter Organisation Maintenance, …): filled in but its signature empty.
    const filledFields = formFields.filter((x) => x.value !== null && !isSignatureField(x)).length;
    const fieldSigned = signatureFields.length > 0 && filledFields >= 2 ? signatureFields.some((x) => !!x.value) : null;
    // A scanned form's box is judged by its ink (ocr-pages.mjs): OCR'd text beside a signature label is noise.
    const ocrSigned = forms.some((f) => f.ocr?.signature === 'signed') ? true : forms.some((f) => f.ocr?.signature === 'blank') ? false : null;
    // A signature drawn on the page (Acrobat's "Fill & Sign", a pen on a tablet) leaves no text beside the label.
    const drawnSigned = forms.some((f) => f.drawn) ? true : null;
    // A printed signature label read with nothing beside it is the weakest sign: "Part B is signed by Dr Okafor" in the
    // covering email outweighs it (a fillable form is often signed by typing, or in a box the text does not show).
    const printedSigned = result.formSigned === false && SAYS_FORM_SIGNED.test(body.slice(0, 4000)) ? null : result.formSigned;
    const signed = fieldSigned ?? ocrSigned ?? drawnSigned ?? printedSigned;
    if (signed === false) findings.push(makeFinding('missing_signature', 'The form is filled in but its signature is empty.'));
    // "He has filled in his part but hasn't been able to sign it yet": the writer says so, whatever the page shows.
    else if (formAttached && SAYS_FORM_UNSIGNED.test(body.slice(0, 4000))) findings.push(makeFinding('missing_signature', 'The email says the form is not signed yet.'));
  }


  const draft: ParsedCase = {
    ...base,
    kind,
    caseRef: caseRef ? caseRef.toUpperCase() : null,
    from: mime.from,
    // The code's shape decides the type (finaliseCase); when the code fits no shape, the type the email states stands.
    organisation: result.organisation ? { odsCode: result.organisation.odsCode, name: result.organisation.name, type: result.statedOrganisationType ?? 'other' } : null,
    fields: result.fields,
    findings,
    evidence: result.evidence,
    confidence,
    hints,
    statedOrganisationType: result.statedOrganisationType,
    authentication: auth.authentication,
    error: errors.join('; ') || null,
  };
  return finaliseCase(draft);
}

/**
 * What extraction says when no trusted verdict exists: the same bytes give the same finding in `pcse parse`
 * and in ingest, where the DKIM check (ingest/verify-dkim.ts) then replaces it with its own verdict.
 * "Not checked" must never read as "fine".
 */
export const DKIM_NOT_CHECKED = 'No trusted Authentication-Results from the receiving boundary, and DKIM was not checked here (offline: pcse parse makes no network calls; ingest checks DKIM).';

/** Findings for a From header that names no single author, or shows an address other than the real one. */
function checkFromHeader(check: ParsedMime['fromCheck']): Finding[] {
  const out: Finding[] = [];
  if (check.invalid) out.push(makeFinding('sender_address_invalid', `No sender address was taken: ${check.invalid}.`));
  if (check.deceptive) out.push(makeFinding('sender_address_deceptive', `The From header shows an address that is not the sender\u2019s: ${check.deceptive}.`));
  return out;
}

async function readForms(
  attachments: ExtractedAttachment[],
  findings: Finding[],
  errors: string[],
  readPdf: (content: Buffer, budget: PdfReadBudget) => Promise<PdfReadResult>,
  budgetMs: number,
): Promise<PdfReadResult[]> {
  const out: PdfReadResult[] = [];
  // One budget for all of the message's PDFs: ten scans attached to one email are not ten times the wait.
  const budget: PdfReadBudget = { deadlineAt: Date.now() + budgetMs };
  for (const a of attachments) {
    const claimsPdf = a.contentType === 'application/pdf' || /\.pdf$/i.test(a.filename ?? '');
    if (!claimsPdf) continue;
    const label = a.filename ?? 'attachment';
    const r = await readPdf(a.content, budget);
    if (r.ocrPending && r.ocrPending.length > 0) {
      findings.push(makeFinding('scan_pending', `${label} is a scanned form being read: the values on page ${r.ocrPending.join(', ')} are added when it has been read.`));
    }
    if (r.ocr && r.ocr.unreadablePages.length > 0) {
      const late = new Set(r.ocr.outOfTimePages ?? []);
      const unclear = r.ocr.unreadablePages.filter((n) => !late.has(n));
      if (unclear.length > 0) {
        findings.push(makeFinding('scan_unreadable', `${label} is a scan and page ${unclear.join(', ')} could not be read by OCR: read it by hand.`));
        errors.push(`scan_unreadable: ${label} page ${unclear.join(', ')}`);
      }
      if (late.size > 0) {
        findings.push(makeFinding('scan_unreadable', `${label} is a scan and page ${[...late].join(', ')} was not read in time: read it by hand.`));
        errors.push(`scan_unreadable: ${label} page ${[...late].join(', ')} not read in time`);
      }
    }
    switch (r.status) {
      case 'ok':
        out.push(r);
        break;
      case 'encrypted':
        findings.push(makeFinding('encrypted_attachment', `${label} is encrypted or password-protected: read it by hand.`));
        errors.push(`encrypted_attachment: ${label}`);
        break;
      case 'not_pdf':
        findings.push(makeFinding('attachment_unreadable', `${label} claims to be a PDF but is not one.`));
        errors.push(`attachment_unreadable: ${label} is not a PDF`);
        break;
      case 'too_large':
        findings.push(makeFinding('attachment_unreadable', `${label} is too large to read automatically (${a.size} bytes).`));
        errors.push(`attachment_unreadable: ${label} too large`);
        break;
      case 'timeout':
        if (r.error === OUT_OF_MESSAGE_BUDGET) {
          findings.push(makeFinding('attachment_unreadable', `${label} was not read: the time for reading this email's attachments ran out. Read it by hand.`));
          errors.push(`attachment_unreadable: ${label} not read in time`);
          break;
        }
        if (r.error === 'ocr') {
          findings.push(makeFinding('scan_unreadable', `${label} is a scan that took too long to read by OCR: read it by hand.`));
          errors.push(`scan_unreadable: ${label} timed out`);
          break;
        }
        findings.push(makeFinding('attachment_unreadable', `${label} took too long to read and was skipped.`));
        errors.push(`attachment_unreadable: ${label} timed out`);
        break;
      case 'unreadable':
        findings.push(makeFinding('attachment_unreadable', `${label} could not be read as a PDF.`));
        errors.push(`attachment_unreadable: ${label}`);
        break;
    }
  }
  return out;
}

/**
 * The section a form field's name puts it in: "main_contact_name" sits in the main practice's section as
 * "Main contact name" sits under a "Main practice" heading on the page; other fields are their own section.
 */
/** A tick box's option that is one of the signatory's capacities. */
const SIGNATORY_CAPACITY = new RegExp(String.raw`^(?:${SIGNATORY_CAPACITIES})\b`, 'i');

/** Every address among the fields, without a label written into it and cut at its postcode (endAtPostcode). */
function endAddressesAtPostcodes(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    // "address 3 Page Moss Parade, …": the label written into a run-on sentence is not part of the address.
    if (key === 'address' && typeof value === 'string') (node as Record<string, unknown>)[key] = endAtPostcode(value.replace(/^address\s*[:-]?\s+(?=\d)/i, ''));
    else endAddressesAtPostcodes(value);
  }
}

/**
 * "PART B" says nothing of whose details follow; the sentence printed under it does ("I certify that I am an approver
 * for the organisation named in Part A"): a bare part's heading takes the role that sentence names.
 */
function headingWithItsPurpose(heading: string, formText: string): string {
  if (!/^(?:part|section|step)\s+[a-h1-9]$/i.test(heading.trim())) return heading;
  const lines = formText.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.toLowerCase() === heading.trim().toLowerCase());
  const said = at < 0 ? '' : lines.slice(at + 1, at + 3).join(' ');
  const role = /\b(?:approver|approving|authoris(?:e|ing)\s+(?:this|the)\s+nomination)\b/i.test(said) ? 'approver' : /\b(?:nominee|nominated|person to be nominated)\b/i.test(said) ? 'nominee' : /\bsignatory\b/i.test(said) ? 'signatory' : null;
  return role ? `${heading} ${role}` : heading;
}

function formSection(label: string): string {
  const m = /^(main|existing|current|parent)\b/.exec(label);
  if (m) return `${m[1]} practice`;
  if (/^branch\b/.test(label)) return 'branch';
  return label;
}

export { READ_FROM_SCAN };

/**
 * Outlook's "forward as attachment": the body says little ("see the attached email") and the request is a
 * message/rfc822 part. Its author and text are the forwarded message, as an inline forward's would be.
 */
/**
 * A request written in the subject alone ("Please add Jo Briggs jo.briggs@nhs.net as PL admin for y02 611") above a
 * body that only says "as above please", or above no body at all: the subject is the request's first line. A reply's subject is the older
 * message's topic, and a body that gives an address of its own says the request itself.
 */
function subjectAsRequest(subject: string, split: SplitBody): string | null {
  if (/^\s*(re|aw|sv)\s*:/i.test(subject) || split.forwarded) return null;
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
  // A body with nothing to say ("", "thanks", "as above") leaves the whole request to the subject.
  const silent = split.newText.replace(/\s+/g, ' ').trim().length < 40 && !address.test(split.newText);
  if (!silent && (!address.test(subject) || address.test(split.newText))) return null;
  return subject.replace(/^\s*((fw|fwd)\s*:\s*)+/i, '').trim();
}



/**
 * A reply to PCSE's "further information required" message gives the missing value in a line ("her email address is
 * …") above a quote that holds the rest of the case: PCSE's summary of the request and the practice's original
 * message. The quote is read after the new text, so what the reply says now comes first.
 */
/** A reply that answers PCSE's numbered questions by number: each answer labelled by its question (numbered-answers.ts). */
function answeredByNumber(split: SplitBody): SplitBody {
  if (split.forwarded || !isPcseMailbox(quotedAuthorEmail(split))) return split;
  const newText = answerNumberedQuestions(split.newText, quotedMessageText(split.quoted));
  return newText === split.newText ? split : { ...split, newText };
}

/** Answers written between the lines of PCSE's quoted questions join the writer's own text (numbered-answers.ts). */
function answeredInline(split: SplitBody, raw: string): SplitBody {
  if (split.forwarded) return split;
  const fromPcse = isPcseMailbox(quotedAuthorEmail(split));
  const answers = answersBetweenQuotedQuestions(raw) ?? (fromPcse ? answersTypedIntoQuote(split.newText, quotedMessageText(split.quoted)) ?? answerToOneQuestion(split.newText, quotedMessageText(split.quoted)) : null);
  return answers ? { ...split, newText: `${split.newText}\n\n${answers}` } : split;
}

/** A tick box's own words that agree to a statement rather than answer a question. */
const DECLARATION_TICKED = /^\s*(?:I\s+(?:agree|confirm|certify|declare|accept|understand)\b|I\s+have\s+read\b|agreed?\s*$|yes\s*$)/i;

function requestQuotedByPcse(split: SplitBody): string | null {
  const quotedAuthor = quotedAuthorEmail(split);
  if (split.forwarded || !isPcseMailbox(quotedAuthor)) return null;
  if (!INFORMATION_REQUEST.test(split.quoted)) return null;
  return quotedMessageText(split.quoted);
}

/**
 * A quote's lines without their ">" marks, cut into header blocks (runs of From, Sent, To, Cc, Subject, Date lines that
 * have a Sent, Date or Subject line) and the text between them: "From: pennineviewpractice.b87012@nhs.net" / "To:
 * penineview.practice@…" alone is a request's own old and new address, not a header.
 */
function quotedParts(quoted: string): { header: boolean; lines: string[] }[] {
  const lines = quoted.split('\n').map((l) => l.replace(/^(?:\s*>)+\s?/, ''));
  const headerLine = (l: string): boolean => /^\s*(?:From|Sent|To|Cc|Subject|Date)\s*:/i.test(l);
  const parts: { header: boolean; lines: string[] }[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    // Outlook's text of an HTML quote may leave a blank line between the header's fields.
    while (end < lines.length && (headerLine(lines[end] ?? '') || (end > i && !(lines[end] ?? '').trim() && headerLine(lines[end + 1] ?? '')))) end++;
    if (end === i) end = i + 1;
    const block = lines.slice(i, end);
    parts.push({ header: headerLine(block[0] ?? '') && block.some((l) => /^\s*(?:Sent|Date|Subject)\s*:/i.test(l)), lines: block });
    i = end;
  }
  return parts;
}

/** A quote's text without its ">" marks and its header blocks. */
function quotedMessageText(quoted: string): string {
  return quotedParts(quoted).filter((p) => !p.header).flatMap((p) => p.lines).join('\n');
}

/** The quote's author: its reply header's, or the From of the first header block inside an Outlook quote. */
function quotedAuthorEmail(split: SplitBody): string | null {
  if (split.quotedFrom?.email) return split.quotedFrom.email;
  const from = quotedParts(split.quoted).find((p) => p.header)?.lines.find((l) => /^\s*From\s*:/i.test(l));
  return from ? /([^\s<>]+@[^\s<>]+)/.exec(from)?.[1] ?? null : null;
}

/**
 * What a writer says when they correct something they sent: one value wrong, a part of it to ignore, "everything else
 * is the same". Not "please ignore my email below" alone: the whole of it is withdrawn, and the new text is the request.
 */
const OWN_CORRECTION = /\b(?:sorry|apolog\w*)\b[^\n]{0,80}\bwrong\b|\bthe\s+(?:right|correct)\s+(?:one|e-?mail|address|user\s*id|username|code|nominee|name|person|contact|user)\b|\b(?:I\s+)?(?:mis-?typed|made a (?:typo|mistake))\b|\bignore\s+the\s+[\w\s-]{1,30}?\s+(?:in\s+my\s+(?:last\s+|previous\s+|earlier\s+)?(?:e-?mail|message)|I\s+(?:gave|sent|put|wrote|typed)(?:\s+(?:below|earlier|before))?)\b|\btypo\b|\bit\s+should\s+(?:have\s+)?(?:be|been|read|say|said)\b|\bthe\s+rest\s+(?:is|was)\s+(?:right|correct|fine|ok)\b|\beverything\s+else\s+(?:(?:is|stays)\s+the\s+same|stands|is\s+(?:correct|right|as\s+(?:before|it\s+was)))\b|\bcorrection\s+to\s+my\s+(?:last\s+|previous\s+|earlier\s+|first\s+)?(?:e-?mail|message|request)\b|\b(?:I\s+)?forgot\s+to\s+(?:put|add|include|give|attach|mention)\b/i;

/**
 * The writer's own earlier message, quoted under a short correction of it ("Sorry - wrong user ID in my email below.
 * The right one is POPESCUA1"): its text without quote marks and header lines, or null.
 */
function ownRequestCorrected(split: SplitBody, sender: { name: string | null; email: string | null }): string | null {
  if (split.forwarded || !sender.email || !split.quoted.trim()) return null;
  if (split.newText.replace(/\s+/g, ' ').length > 500 || !OWN_CORRECTION.test(split.newText)) return null;
  const quotedAuthor = quotedAuthorEmail(split);
  // Outlook within one organisation quotes its author by display name only ("From: Lumb Rebecca (RIVERBANK …)").
  const same = quotedAuthor ? quotedAuthor.toLowerCase() === sender.email.toLowerCase() : sameNameInAnyOrder(split.quotedFrom?.name, sender.name);
  return same ? quotedMessageText(split.quoted) : null;
}

function withAttachedForward(split: SplitBody, attached: AttachedMessage[]): SplitBody {
  const message = attached[0];
  if (split.forwarded || !message || (!message.from.email && !message.text.trim())) return split;
  const inner = splitBody(capLineLength(message.text), message.subject);
  return { ...split, forwarded: { from: message.from, subject: message.subject, text: inner.newText, signature: inner.signature } };
}

/**
 * "please IGNORE "GPP form v1" and use the one called "GPP form CORRECTED"": the attachment the writer says to ignore,
 * named as its file is, is not read (the other one is). Never all of them: a name that matches every file is no guide.
 */
function withoutIgnoredAttachments(attachments: ExtractedAttachment[], text: string): ExtractedAttachment[] {
  if (attachments.length < 2) return attachments;
  const stem = (a: ExtractedAttachment): string => (a.filename ?? '').replace(/\.[a-z0-9]{2,4}$/i, '').toLowerCase();
  const ignored = [...text.matchAll(/\b(?:ignore|disregard|do\s+not\s+use|don['’]t\s+use)\s+(?:the\s+(?:one|attachment|form|file)\s+(?:called|named)\s+)?["“'‘]([^"”'’\n]{3,60})["”'’]/gi)].map((m) => (m[1] ?? '').toLowerCase().trim());
  if (ignored.length === 0) return attachments;
  const kept = attachments.filter((a) => !ignored.some((name) => stem(a) === name || stem(a) === name.replace(/\.[a-z0-9]{2,4}$/i, '')));
  return kept.length > 0 && kept.length < attachments.length ? kept : attachments;
}

/**
 * Values whose evidence line is a line OCR read from a scanned page: the evidence says so, with tesseract's
 * confidence for that line (applyConfidence caps the value's confidence with it). Lines are compared on their
 * letters, digits, "@" and "." only: OCR drops the colon the labelled-line reader writes after a label.
 */
function markReadFromScan(evidence: Record<string, string>, lines: OcrLine[], valueOf: (path: string) => unknown): void {
  if (lines.length === 0) return;
  const squash = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, '');
  const read = lines.map((l) => ({ line: l, text: squash(l.text) })).filter((l) => l.text.length >= 5);
  for (const [path, line] of Object.entries(evidence)) {
    // "First name: Agata / Surname: Nowako wska": a value joined from two lines is read from the scan when each of
    // them is, and is as sure as the line the value came from.
    const whole = squash(line);
    const split = line.split(' / ').map(squash);
    const parts = read.some((l) => l.text.includes(whole)) || split.some((e) => e.length < 5) ? [whole] : split;
    if (whole.length < 5) continue;
    // The OCR line must hold the whole evidence line: a short OCR'd label ("Email") inside a line typed in the
    // body would otherwise mark that value as read from the scan.
    const hits = parts.map((e) => read.find((l) => l.text.includes(e)));
    if (hits.some((h) => !h)) continue;
    // Of the lines, the one the value was read from ("Approver email" / "callum.ferris@nhs.net": the second), else the least sure.
    const value = valueOf(path);
    const own = typeof value === 'string' && squash(value).length >= 3 ? hits.find((h) => h?.text.includes(squash(value))) : undefined;
    const hit = own ?? hits.reduce((a, b) => ((b?.line.confidence ?? 1) < (a?.line.confidence ?? 1) ? b : a));
    if (!hit) continue;
    evidence[path] = `${READ_FROM_SCAN} (OCR page ${hit.line.page}, confidence ${Math.round(hit.line.confidence * 100)} %): ${line}`;
  }
}

/** The value a path of the evidence names ("fields.nominee.email", "organisation.odsCode"), or undefined. */
function valueAt(result: { fields: Record<string, unknown>; organisation: unknown }, path: string): unknown {
  const [root, ...keys] = path.split('.');
  let node: unknown = root === 'organisation' ? result.organisation : root === 'fields' ? result.fields : undefined;
  for (const key of keys) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** The writer saying the attached form is not signed: "hasn't been able to sign it yet", "will sign it when he's back". */
const SAYS_FORM_UNSIGNED = /\b(?:has(?:n['’]t| not)|have(?:n['’]t| not)|had(?:n['’]t| not))\s+(?:yet\s+)?(?:been\s+able\s+to\s+|managed\s+to\s+|had\s+(?:a\s+)?chance\s+to\s+)?sign(?:ed)?(?:\s+(?:it|the\s+form|this|the\s+request)\b|\s+yet\b|\s*(?:[-–,.;]|$))|\bwill\s+sign\s+(?:it\s+)?(?:when|once|on\s+(?:his|her|their)\s+return)\b|\b(?:form|it)\s+is\s+(?:still\s+)?(?:unsigned|not\s+(?:yet\s+)?signed)\b/i;

/** The writer saying the attached form is signed: "Part B is signed by Dr Okafor", "Dr X has signed it", "signed form attached". */
const SAYS_FORM_SIGNED = /\b(?:is|has\s+been|was|been)\s+(?:duly\s+)?signed\s+(?:by|off\s+by)\b|\b(?:has|have)\s+(?:now\s+)?signed\s+(?:it|the\s+form|part\s+\w+)\b|\bsigned\s+(?:form|copy|request)\b/i;

/** A form's signature field (typed, or a text box named for the signature), not the date it was signed. */
function isSignatureField(x: PdfFormField): boolean {
  if (x.type === 'signature') return true;
  const h = humanise(x.name);
  return (/signature|signed/i.test(x.name) || /\bsignature\b/.test(h)) && !/\b(date|dated|day|when|on)\b/.test(h);
}

/** A form field, with the label it is read under when that is not its humanised name (joined name parts). */
type NamedFormField = PdfFormField & { label?: string };

const FIRST_NAME = /^(.*?)\s*\b(?:first names?|forenames?|given names?|christian name)$/;
const LAST_NAME = /^(.*?)\s*\b(?:surname|last name|family name)$/;

/**
 * Forms split a person's name in two ("nominee_first_name" + "nominee_surname", "puFirstName" + "puLastName"):
 * the two parts with the same prefix become one "<prefix> name" field holding the full name, unless the form
 * also has a full-name field for that person beside them.
 */
function joinNameParts(fields: PdfFormField[]): NamedFormField[] {
  const out: NamedFormField[] = [...fields];
  for (const first of fields) {
    const fm = FIRST_NAME.exec(humanise(first.name));
    if (!fm || !first.value?.trim()) continue;
    const prefix = fm[1] ?? '';
    const last = fields.find((x) => x.value?.trim() && LAST_NAME.exec(humanise(x.name))?.[1] === prefix);
    if (!last) continue;
    const fullName = `${prefix} name`.trim();
    // A full-name field counts beside the two parts; the signatory's "Name" a section further down is another person's.
    const near = (x: PdfFormField): boolean => Math.abs(fields.indexOf(x) - fields.indexOf(first)) <= 3;
    if (fields.some((x) => x.value?.trim() && near(x) && (humanise(x.name) === fullName || humanise(x.name) === `${prefix} full name`.trim()))) continue;
    const joined: NamedFormField = { name: `${first.name} + ${last.name}`, label: fullName, type: 'text', value: `${first.value.trim()} ${(last.value ?? '').trim()}` };
    const at = out.indexOf(first);
    out.splice(at, 1, joined);
    out.splice(out.indexOf(last), 1);
  }
  return out;
}

/** "existingPracticeOdsCode" / "existing_practice_ods_code" → "existing practice ods code". */
function humanise(name: string): string {
  return name
    // "PUName", "SigEMail": an upper-case abbreviation before a capitalised word is a word of its own.
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._\-[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    // Form authors abbreviate: "SigName", "SigRole", "AuthSig", "txt_appr_mail", "txt_nom_name".
    .replace(/^(txt|fld|tb|tf|txtbox|field|f)\s+/, '')
    // "Part2.Cert_By", "Part2.Cert_Capacity": the form's part is not the field; the certifier is who certifies.
    .replace(/^part ?\d+\s+/, '')
    .replace(/\bcert(?:ified)? by\b/, 'certified by')
    .replace(/\bcert\b/, 'certifier')
    .replace(/^ua\b/, 'user administrator')
    .replace(/\bsig$/, 'signature')
    .replace(/\bsig\b/g, 'signatory')
    .replace(/\b(appr|apr|auth)\b/g, 'approver')
    // "txtAppName", "txtAppRole": "app" before a person's detail is the approver, not an application.
    .replace(/\bapp\b(?=\s+(?:name|role|e ?mail|email|job|position|title|tel|phone|signature|sig)\b)/g, 'approver')
    .replace(/\b(nom|nomin)\b/g, 'nominee')
    // "Txt_PU_FN", "Txt_PU_SN", "Txt_Org_Nm", "Txt_PU_JT": a form author's initials for a field.
    .replace(/\bfn$/, 'first name')
    .replace(/\b(?:sn|ln)$/, 'surname')
    .replace(/\bnm$/, 'name')
    .replace(/\bjt$/, 'job title')
    .replace(/\b(first ?name|fname|f name|forename)\b/g, 'first name')
    .replace(/\b(last ?name|lname|l name|family ?name)\b/g, 'last name')
    .replace(/^pu\b/, 'primary user')
    .replace(/\b(addr|add)$/, 'address')
    .replace(/\be ?mail ?addr(ess)?\b/g, 'email address')
    .replace(/\bmail\b/g, 'email')
    .replace(/\bpos\b/g, 'position')
    .replace(/\borg\b/g, 'organisation')
    .replace(/\btel\b/g, 'telephone')
    .replace(/\bjob$/, 'job title');
}

/** The names of the organisations a kind's fields give (main practice, branch, new practice …). */
function organisationNamesOf(fields: Record<string, unknown>): string[] {
  return Object.values(fields).flatMap((v) => {
    const o = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    return o && 'odsCode' in o && typeof o.name === 'string' ? [o.name] : [];
  });
}

const MAX_LINE = 4096;

/** Cuts every line to {@link MAX_LINE} characters (what classification and field extraction scan). */
function capLineLength(text: string): string {
  if (text.length <= MAX_LINE) return text;
  return text.split('\n').map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l)).join('\n');
}

