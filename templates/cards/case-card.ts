import { findingsNeedingOverride } from '../../core/domain/findings.js';
import type { Finding } from '../../core/domain/case.js';
import { CASE_KINDS } from '../../core/domain/case.js';
import { neutraliseDisplayName } from '../../core/domain/sender-trust.js';
import type { OrganisationFacts, StoredCase } from '../../core/ports.js';
import template from './case-card.json' with { type: 'json' };
import { listEditableFields } from '../../core/domain/cases/edit-case.js';
import { escapeCardLabel, escapeCardText, plainCardText } from './escape-card-text.js';
import { expandCardTemplate, type AdaptiveCardJson } from './expand-card-template.js';
import { KIND_LABELS, MAILBOX_LABELS, ORGANISATION_TYPE_LABELS, REJECT_REASONS, STATE_LABELS } from './labels.js';

/** Everything the case card shows; built by the bot from the stored case and the directory. */
export interface CaseCardInput {
  case: StoredCase;
  /** The organisation as the directory knows it, or null when unknown or the directory is not loaded. */
  directoryOrganisation: OrganisationFacts | null;
  riskLevel: string;
  needsPhoneVerification: boolean;
  /** Approvals already given (a high-risk case needs two different approvers). */
  approvals: { name: string | null; at: Date }[];
  /** A message for the person who clicked, e.g. why their click was refused. */
  notice?: { text: string; tone: 'attention' | 'good' | 'warning' } | null;
  /** Values staff corrected ("Edit fields…"), by case path: the card says who, so no approver takes them for the email's. */
  corrections?: Record<string, { by: string | null; at: Date }>;
  /** Teams user ids (29:…) whose clients fetch the latest card through the `refresh` verb. */
  refreshUserIds?: string[];
}

type Pair = { title: string; value: string };

/** Inputs of the "Edit fields…" form are named after the case path they correct, behind this prefix. */
export const EDIT_INPUT_PREFIX = 'edit:';

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_COLOR: Record<Finding['severity'], string> = { error: 'Attention', warning: 'Warning', info: 'Default' };

/**
 * Renders the approval card for a case as Adaptive Card 1.5 JSON. Every string that came from an email
 * passes through `escapeCardText`; the actions carry only `caseId` and `cardVersion`, so the server
 * always reloads the case and a stale card cannot approve what it no longer shows.
 */
export function renderCaseCard(input: CaseCardInput): AdaptiveCardJson {
  const c = input.case;
  const p = c.parsed;
  // An unclassified email cannot be approved (there is nothing to do), but staff must still be able to
  // reclassify it, reject it or ask the practice what they want.
  const decidable = c.state === 'awaiting_approval';
  const approvable = decidable && c.kind !== 'unclassified';
  const auth = p.authentication;
  const org = p.organisation;
  const dir = input.directoryOrganisation;
  const facts: Pair[] = [
    // The real address first: a display name is the sender's free text and can pose as another address.
    { title: 'From', value: `${p.from.email ? escapeCardText(p.from.email, 200) : '(no single sender address)'} · name: ${escapeCardText(neutraliseDisplayName(p.from.name), 120) || '(none)'}` },
    { title: 'Sender check', value: auth ? `${auth.verdict.toUpperCase()} (${escapeCardText(auth.source, 120)})` : 'NONE (no trusted authentication result)' },
    { title: 'Subject', value: escapeCardText(p.subject, 200) || '(none)' },
    {
      title: 'Organisation',
      value: org
        ? `${escapeCardLabel(org.odsCode) || '(no code)'} · ${ORGANISATION_TYPE_LABELS[org.type]} · ${escapeCardText(org.name, 120) || '(no name given)'}${
            input.corrections?.['organisation.odsCode'] ? ` · code ${describeCorrection(input.corrections['organisation.odsCode']).toLowerCase()}` : ''
          }`
        : '(none given)',
    },
    {
      title: 'Directory',
      value: dir
        ? `${escapeCardText(dir.name, 120) || '(unnamed)'} · ${escapeCardLabel(dir.type)}${dir.closed ? ' · CLOSED' : ''}`
        : 'Not found in the directory',
    },
    { title: 'Risk', value: input.riskLevel === 'high' ? 'High: needs two different approvers' : escapeCardLabel(input.riskLevel) },
    { title: 'State', value: STATE_LABELS[c.state] },
  ];
  const fields = flattenFields(p.fields).map(([path, value]) => ({
    label: escapeCardLabel(labelForPath(path)),
    // A TextRun is plain text in Teams: the value is shown (and copied) exactly, with nothing to escape.
    value: plainCardText(value, 300),
    evidence: escapeCardText(p.evidence[`fields.${path}`], 200),
    corrected: describeCorrection(input.corrections?.[`fields.${path}`]),
  }));
  const findings = [...c.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((f) => ({ label: `${f.severity.toUpperCase()} ${escapeCardLabel(f.code)}`, message: escapeCardText(f.message, 300), color: SEVERITY_COLOR[f.severity] }));
  const missingLabels = p.missing.map((m) => escapeCardLabel(labelForPath(m.replace(/^fields\./, ''))));
  // Values extraction doubted and left missing (issue 9): shown as candidates to check, never as the value.
  const hints = (p.hints ?? []).map((h) => ({
    text: `${escapeCardLabel(labelForPath(h.path.replace(/^fields\./, '')))} ${escapeCardText(Array.isArray(h.value) ? h.value.join(', ') : String(h.value), 120)}, ${escapeCardText(h.reason, 120)}`,
  }));
  const attachments = (p.attachments ?? []).map((a) => ({
    text: `${escapeCardText(a.filename, 120) || '(unnamed)'} · ${escapeCardLabel(a.contentType)} · ${formatSize(a.size)}`,
  }));
  const approvalsText = input.approvals.length
    ? `Approved so far by ${input.approvals.map((a) => `${escapeCardText(a.name, 80) || 'a staff member'} (${formatTime(a.at)})`).join(', ')}${
        input.riskLevel === 'high' && input.approvals.length < 2 ? '; a second, different approver is needed.' : ''
      }`
    : '';
  return expandCardTemplate(template, {
    caseId: c.id,
    cardVersion: c.version,
    refreshUserIds: input.refreshUserIds ?? [],
    title: `${KIND_LABELS[c.kind]} · ${escapeCardLabel(c.ref)}`,
    subtitle: `${MAILBOX_LABELS[c.mailbox]} · received ${formatTime(new Date(p.receivedAt))}`,
    notice: input.notice ? escapeCardText(input.notice.text, 400) : '',
    noticeColor: input.notice?.tone === 'good' ? 'Good' : input.notice?.tone === 'warning' ? 'Warning' : 'Attention',
    facts,
    fields,
    findings,
    missingText: missingLabels.join(', '),
    hints,
    attachments,
    approvalsText,
    canDecide: decidable,
    canApprove: approvable,
    needsPhoneVerification: input.needsPhoneVerification,
    needsOverride: findingsNeedingOverride(c.findings).length > 0,
    rejectReasons: REJECT_REASONS.map((r) => ({ ...r })),
    infoChoices: [
      ...p.missing.map((m, i) => ({ value: m, title: missingLabels[i] ?? m })),
      { value: 'other', title: 'Something else (say what in the message)' },
    ],
    editFields: listEditableFields(p).map((f) => ({
      id: `${EDIT_INPUT_PREFIX}${f.path}`,
      label: `${labelForPath(f.path.replace(/^fields\./, ''))}${f.list ? ' (one a line)' : ''}`,
      // An input's value is never rendered as Markdown: it is given as it is, so staff edit the real text.
      value: f.value,
      list: f.list,
    })),
    kindChoices: CASE_KINDS.filter((k) => k !== c.kind && k !== 'unclassified').map((k) => ({ value: k, title: KIND_LABELS[k] })),
  });
}

/** "Corrected by Alex Wilber (2026-12-04 04:42 UTC)", or '' when staff did not change the value. */
function describeCorrection(c: { by: string | null; at: Date } | undefined): string {
  return c ? `Corrected by ${escapeCardText(c.by, 80) || 'a staff member'} (${formatTime(c.at)})` : '';
}

/** Flattens the per-kind fields into `[path, text]` pairs, in the order the email module produced them. */
export function flattenFields(fields: Record<string, unknown>, prefix = ''): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (const [key, value] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...flattenFields(value as Record<string, unknown>, path));
    } else if (Array.isArray(value)) {
      out.push([path, value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : null]);
    } else {
      out.push([path, value === null || value === undefined ? null : String(value)]);
    }
  }
  return out;
}

/** A staff-facing label for a case path ("nominee.email" → "nominee › email"). */
export function labelForPath(path: string): string {
  return path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Times on cards are UTC ISO minutes: staff sit in England, and an unambiguous stamp beats a local guess. */
export function formatTime(at: Date): string {
  return Number.isNaN(at.getTime()) ? 'unknown time' : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
