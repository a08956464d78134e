import type { ReplyModels } from '../../core/domain/replies.js';
import { type Block, type RenderedEmail, formatSubject, renderLayout } from './layout.js';

/** PCSE does not remove roles (seed 000): the practice's user administrator does. */
export function renderAdviceRoleRemoval(m: ReplyModels['advice-role-removal']): RenderedEmail {
  const blocks: Block[] = [
    { kind: 'p', text: 'Thank you for your email asking for roles to be removed from a user\u2019s account.' },
  ];
  if (m.username || m.roles.length > 0) {
    const rows = [
      ...(m.username ? [{ label: 'User', value: m.username }] : []),
      ...(m.roles.length > 0 ? [{ label: 'Roles', value: m.roles.join(', ') }] : []),
    ];
    blocks.push({ kind: 'rows', rows });
  }
  blocks.push(
    { kind: 'p', text: 'PCSE does not remove roles from user accounts. Your organisation\u2019s user administrator can do this in PCSE Online: open the user\u2019s record, amend their roles and save.' },
    { kind: 'p', text: 'If the user no longer works for your organisation, your user administrator can deactivate them instead.' },
  );
  return renderLayout({ subject: formatSubject(m.caseRef, 'Removing roles from a user account'), recipientName: m.recipientName, blocks });
}

/** Only user administrators and main contacts ask PCSE to reactivate their account (seed 002). */
export function renderAdviceReactivationAskYourAdmin(m: ReplyModels['advice-reactivation-ask-your-admin']): RenderedEmail {
  const account = m.username ? ` (${m.username})` : '';
  return renderLayout({
    subject: formatSubject(m.caseRef, 'Reactivating your PCSE Online account'),
    recipientName: m.recipientName,
    blocks: [
      { kind: 'p', text: `Thank you for your email asking us to reactivate your PCSE Online account${account}.` },
      { kind: 'p', text: 'PCSE reactivates accounts only for user administrators and main contacts. Please ask your organisation\u2019s user administrator to reactivate your account: they can do this in PCSE Online.' },
    ],
  });
}
