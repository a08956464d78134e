import type { ReplyModels } from '../../core/domain/replies.js';
import { type RenderedEmail, describeOrganisation, formatSubject, renderLayout } from './layout.js';

/** Tells the practice we cannot complete the request, and why. */
export function renderRejected(m: ReplyModels['rejected']): RenderedEmail {
  return renderLayout({
    subject: formatSubject(m.caseRef, `We could not complete your ${m.kindLabel}`),
    recipientName: m.recipientName,
    blocks: [
      { kind: 'p', text: `We have reviewed your ${m.kindLabel} for ${describeOrganisation(m.organisationName, m.odsCode)} and are unable to complete it.` },
      { kind: 'p', text: `Reason: ${m.reason}` },
      { kind: 'p', text: 'If you can resolve this, please send a new request or reply to this email with the details.' },
    ],
  });
}
