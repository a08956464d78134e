import type { IgnoredReason } from '../../core/domain/case.js';
import type { HeaderLine } from './mime.js';

/** What detectIgnored needs: the headers in order, the subject, the sender and a peek at the raw body. */
export interface IgnoredInput {
  headerLines: HeaderLine[];
  subject: string | null;
  fromEmail: string | null;
  /** The first part of the raw message, to spot nested delivery-status / feedback-report parts. */
  rawHead: string;
  text: string;
}

const BOUNCE_SUBJECT =
  /(undeliverable|undelivered|undeliverable mail|delivery (status notification|failure|has failed|failed|problem|notification|report)|mail delivery (failed|failure|subsystem|system)|returned mail|returned to sender|failure notice|non[- ]?delivery|nondeliverable|could not be delivered|couldn't be delivered|not delivered|delivery unsuccessful|undelivered mail returned|message (not delivered|delivery failure|could not be delivered|undeliverable|status)|mail (could not|not) (be )?delivered|permanent (error|failure)|bounced? (mail|message)|warning: could not send|mail system error|error sending message|rejected|unzustellbar|non remis|no entregado|abuse report|complaint|email feedback report|fbl)/i;
const BOUNCE_SENDER = /^(mailer-daemon|post_?master|mail-daemon|mailerdaemon|mail\.daemon|bounce[s]?|bounce-[^@]*|double-bounce|mdaemon|nobody|noreply-dmarc|fbl|abuse|feedback|scomp|staff|complaints)@/i;
const BOUNCE_SENDER_NAME = /mail delivery (subsystem|system)|mailer[- ]daemon|postmaster|mail administrator|internet mail delivery|microsoft outlook/i;
const AUTO_SUBJECT =
  /^\s*(automatic reply|auto(matic)?[- ]?(reply|response|answer)|out of (the )?office|ooo\b|autoreply|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|away from (the )?office|on annual leave|on leave\b|i am (currently )?(out of|away))/i;

/**
 * Decides whether an email is not a request at all: a bounce (RFC 3464 delivery-status, RFC 5965
 * feedback report, or a mailer daemon's failure notice) or an automatic reply (RFC 3834, list mail,
 * out-of-office, our own acknowledgements coming back). Such emails are recorded, never answered.
 */
export function detectIgnored(input: IgnoredInput): IgnoredReason | null {
  const h = (name: string): string[] => input.headerLines.filter((l) => l.key === name).map((l) => l.value);
  const first = (name: string): string => h(name)[0] ?? '';
  const subject = (input.subject ?? first('subject')).trim();
  const contentType = first('content-type').toLowerCase();
  const from = (input.fromEmail ?? '').toLowerCase();
  const fromHeader = first('from');
  const raw = input.rawHead;

  // RFC 3464 / RFC 6522: a multipart/report is a machine's report, whatever it reports.
  if (/multipart\/report/i.test(contentType) || /^message\/(delivery-status|disposition-notification|feedback-report)/i.test(contentType)) return 'bounce';
  if (/content-type:\s*(message\/(delivery-status|feedback-report|global-delivery-status)|multipart\/report|text\/rfc822-headers)/i.test(raw)) return 'bounce';
  if (h('x-failed-recipients').length > 0) return 'bounce';
  // Amazon SES and similar relay bounces and complaints as a JSON notification.
  if (/\\?"notificationType\\?"\s*:\s*\\?"(Bounce|Complaint|Delivery)\\?"/.test(input.text)) return 'bounce';

  // RFC 3834 §5: anything but "no" marks an automatic message; ours carry X-PCSE-Auto as well.
  const autoSubmitted = first('auto-submitted').toLowerCase();
  if (h('x-pcse-auto').length > 0) return 'auto_reply';
  // Exchange stamps Auto-Submitted on its plain-text non-delivery reports too: a failure notice
  // (flagged as an NDR, or titled "Undeliverable:" over a failure body) is a bounce, not an auto-reply.
  if (h('x-ms-exchange-message-is-ndr').length > 0) return 'bounce';
  if (/^\s*(undeliverable|undelivered mail|delivery status notification|mail delivery failed|returned mail|delivery failure|non[- ]?delivery)\b/i.test(subject) && looksLikeBounceBody(input.text)) return 'bounce';
  // auto-generated system notices (Open Exeter's "new user" email) can be requests; auto-replies never are.
  // So can a practice's ticketing system's notice that carries a request written to PCSE ("PCSE - please can you remove
  // Kieran's PCSE roles above from the 4th").
  if (autoSubmitted && !/^no\b/.test(autoSubmitted) && !(/^auto-generated/.test(autoSubmitted) && (isSystemRequest(subject, input.text, `${fromHeader} ${from}`) || ASKS_PCSE.test(input.text.slice(0, 6000))))) return 'auto_reply';

  const daemon = BOUNCE_SENDER.test(from) || BOUNCE_SENDER_NAME.test(fromHeader) || (!from && /mailer|daemon|postmaster/i.test(fromHeader));
  if (BOUNCE_SUBJECT.test(subject) && (daemon || !subject || looksLikeBounceBody(input.text))) return 'bounce';
  if (daemon && looksLikeBounceBody(input.text)) return 'bounce';
  if (/^\s*(undeliverable|undelivered mail|returned mail|delivery status notification|mail delivery failed|failure notice|delivery failure|non[- ]?delivery)/i.test(subject)) return 'bounce';
  if (/^(mailer-daemon|post_?master)@/i.test(from)) return 'bounce';
  if (/^(no-?reply|do-?not-?reply)@/i.test(from) && looksLikeBounceBody(input.text) && /content-type:\s*(message\/rfc822|text\/rfc822-headers)/i.test(raw)) return 'bounce';

  // Open Exeter's own notices may go out as bulk mail: the system's request is still one.
  if (/^(bulk|junk|list|auto_reply)\b/i.test(first('precedence')) && !isSystemRequest(subject, input.text, `${fromHeader} ${from}`)) return 'auto_reply';
  if (h('x-autoreply').length > 0 || h('x-autorespond').length > 0 || h('x-autoresponder').length > 0) return 'auto_reply';
  // RFC 2369 / RFC 2919: mailing-list mail is never a request to us.
  // An onboarding or HR system's notice carries List-Unsubscribe as every bulk sender must now, and is a request when it
  // names the organisation's code and asks PCSE for access; a list (List-Id, List-Post …) never is.
  if (['list-id', 'list-subscribe', 'list-post', 'list-help', 'mailing-list', 'x-mlserver', 'x-ml-name'].some((k) => h(k).length > 0)) return 'auto_reply';
  if (h('list-unsubscribe').length > 0 && !asksPcseForAccess(subject, input.text)) return 'auto_reply';
  if (AUTO_SUBJECT.test(subject)) return 'auto_reply';
  if (h('x-auto-response-suppress').length > 0 && /(out of office|automatic|auto[- ]?reply|away)/i.test(subject)) return 'auto_reply';
  if (/^(no-?reply|do-?not-?reply)@/i.test(from) && /(out of office|automatic reply|auto[- ]?reply)/i.test(subject)) return 'auto_reply';
  return null;
}

/**
 * Open Exeter notifies PCSE of a new user by an automatic email that PCSE must act on (seed 004). The system
 * names itself in the subject, the body or only its sender ("oe.notifications@", "openexeter.donotreply@"),
 * and writes "OE" as often as "Open Exeter".
 */
function isSystemRequest(subject: string, text: string, sender: string): boolean {
  const head = `${subject} ${text.slice(0, 2000)}`;
  const fromSystem = /open ?exeter|\boe\b/i.test(`${head} ${sender.replace(/[._-]/g, ' ')}`);
  return fromSystem && /new user|authori[sz]/i.test(head);
}

/** Words written to PCSE, asking it to act: "PCSE - please can you …", "PCSE, could you …". */
const ASKS_PCSE = /\bPCSE\s*[-–—,:]\s*(?:please|pls|could|can|would)\b/i;

/** A notice that asks for access to a PCSE system for someone at an organisation it names by code. */
function asksPcseForAccess(subject: string, text: string): boolean {
  const head = `${subject}\n${text.slice(0, 3000)}`;
  return /\b(?:PCSE|Open\s+Exeter)\b/i.test(head) && /\baccess\b/i.test(head) && /@[\w-]+\./.test(head) && /\b(?:ODS|(?:organi[sz]ation|practice|org)\s+code)\b[^\n]{0,20}?\b[A-Z][A-Z0-9]{4,8}\b/i.test(head);
}

function looksLikeBounceBody(text: string): boolean {
  const head = text.slice(0, 6000);
  return /(could not be delivered|delivery (has )?failed|undeliverable|permanent (fatal )?error|user unknown|unknown user|mailbox (unavailable|not found|full|is full)|no such (user|mailbox|address)|recipient (address )?rejected|message was not delivered|delivery to the following recipient|returned to sender|550[ -]5\.|5\.\d\.\d|454 |552 |553 |554 |host or domain name not found|over quota|quota exceeded|this is the mail system|the following addresses had permanent fatal errors|i'm sorry to have to inform you|your message (could not|did not|was not)|transcript of session|delivery status notification)/i.test(
    head,
  );
}
