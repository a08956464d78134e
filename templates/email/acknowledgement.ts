import type { ReplyModels } from '../../core/domain/replies.js';
import { type Block, type RenderedEmail, formatSubject, renderLayout } from './layout.js';

/** Sent when a case opens: what we understood, what is missing, and the reference to quote. */
export function renderAcknowledgement(m: ReplyModels['acknowledgement']): RenderedEmail {
  const blocks: Block[] = [
    { kind: 'p', text: `Thank you for your email. We have logged it as a ${m.kindLabel} with the reference ${m.caseRef}.` },
  ];
  if (m.understood.length > 0) {
    blocks.push({ kind: 'p', text: 'This is what we understood from your email:' }, { kind: 'rows', rows: m.understood });
  }
  if (m.missing.length > 0) {
    blocks.push(
      { kind: 'p', text: 'We could not find the following, so please reply to this email with it:' },
      { kind: 'list', items: m.missing },
    );
  } else {
    blocks.push({ kind: 'p', text: 'A member of our team will review your request. You do not need to do anything else for now.' });
  }
  blocks.push({ kind: 'p', text: `Please keep ${m.caseRef} in the subject line if you write to us about this request.` });
  return renderLayout({ subject: formatSubject(m.caseRef, `We have received your ${m.kindLabel}`), recipientName: m.recipientName, blocks });
}
