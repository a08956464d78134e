import type { ReplyModels } from '../../core/domain/replies.js';
import { type RenderedEmail, formatSubject, renderLayout } from './layout.js';

/** Asks the practice for what the reviewer needs before deciding. */
export function renderInfoRequest(m: ReplyModels['info-request']): RenderedEmail {
  return renderLayout({
    subject: formatSubject(m.caseRef, 'More information needed for your request'),
    recipientName: m.recipientName,
    blocks: [
      { kind: 'p', text: `We are looking at your request (reference ${m.caseRef}) and need a little more information before we can complete it:` },
      { kind: 'list', items: m.questions },
      { kind: 'p', text: 'Please reply to this email, keeping the reference in the subject line.' },
    ],
  });
}
