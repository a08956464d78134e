/** main_contact_extension: the existing practice (with its main contact) and the new practice. */
import type { Person } from '../../../core/domain/case.js';
import { EXISTING, NEW, practice, fillFromProse } from './organisation.js';
import { PHONE_LABEL, cleanPersonName, findPersonWithEmail, pick } from '../field-helpers.js';
import { set, ANY, phone, type FieldContext, type Ev } from './context.js';

export function extension(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const existing = practice(ctx, ev, 'fields.existingPractice', EXISTING, NEW, true, 0);
  existing.phone = set(ev, 'fields.existingPractice.phone', pick(ctx.labelled, PHONE_LABEL, phone, EXISTING, ANY, NEW));
  const mc = existing.mainContact as Person;
  if (!mc.name && !mc.email) {
    const p = findPersonWithEmail(ctx.body);
    if (p) {
      existing.mainContact = { name: p.value.name, email: p.value.email };
      ev['fields.existingPractice.mainContact.email'] = p.line;
      if (p.value.name) ev['fields.existingPractice.mainContact.name'] = p.line;
    }
  }
  const contact = existing.mainContact as Person;
  // "please extend my main contact", "I'm Sunil Kapoor, main contact for …": the sender is the existing main contact.
  const selfContact = /\bmy main contact\b|\b(I am|I'm)\b[^.\n]{0,60}\bmain contact\b|\bI am the main contact\b/i;
  if (!contact.name && (selfContact.test(ctx.body) || (contact.email && contact.email === ctx.requester.email)) && ctx.requester.name) {
    const selfLine = ctx.body.split('\n').find((l) => selfContact.test(l))?.trim() ?? 'From header';
    contact.name = cleanPersonName(ctx.requester.name);
    if (contact.name) ev['fields.existingPractice.mainContact.name'] = selfLine;
    if (!contact.email && ctx.requester.email) {
      contact.email = ctx.requester.email;
      ev['fields.existingPractice.mainContact.email'] = selfLine;
    }
  }
  const newPractice = practice(ctx, ev, 'fields.newPractice', NEW, EXISTING, false, 1);
  fillFromProse(ctx, ev, 'fields.existingPractice', existing, existing.odsCode as string | null, true);
  fillFromProse(ctx, ev, 'fields.newPractice', newPractice, newPractice.odsCode as string | null, false);
  return { existingPractice: existing, newPractice };
}
