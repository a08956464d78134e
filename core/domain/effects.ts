import { z } from 'zod';
import { PersonSchema } from './case.js';

/**
 * What approving a case does, as data. The executor applies each effect through the ports;
 * every effect carries a `key` so that applying it twice (a queue may run a job twice) changes nothing.
 */

const base = { key: z.string().min(1) };

export const SERVICES = ['GPP', 'PL', 'OPTO', 'PCN', 'SUPPLIES_RECORDS', 'OPEN_EXETER'] as const;
export const ServiceSchema = z.enum(SERVICES);
export type Service = z.infer<typeof ServiceSchema>;

export const EffectSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('ensure-user'), email: z.string().nullable(), username: z.string(), name: z.string().nullable() }),
  z.object({ ...base, type: z.literal('grant-role'), username: z.string(), odsCode: z.string(), service: ServiceSchema, role: z.string() }),
  z.object({ ...base, type: z.literal('replace-main-contact'), odsCode: z.string(), contact: PersonSchema }),
  z.object({ ...base, type: z.literal('set-organisation-email'), odsCode: z.string(), email: z.string() }),
  z.object({
    ...base,
    type: z.literal('create-organisation'),
    odsCode: z.string(),
    name: z.string().nullable(),
    orgType: z.string(),
    parentOdsCode: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  z.object({ ...base, type: z.literal('unlock-account'), username: z.string() }),
  z.object({ ...base, type: z.literal('reactivate-account'), username: z.string() }),
  z.object({ ...base, type: z.literal('issue-verification-link'), username: z.string() }),
  z.object({ ...base, type: z.literal('issue-temporary-password'), username: z.string() }),
  z.object({
    ...base,
    type: z.literal('send-reply'),
    /** A template name in templates/email. */
    template: z.string(),
    to: z.array(z.string()).min(1),
    model: z.record(z.string(), z.unknown()),
  }),
]);
export type Effect = z.infer<typeof EffectSchema>;
export type DirectoryEffect = Exclude<Effect, { type: 'send-reply' }>;
export type ReplyEffect = Extract<Effect, { type: 'send-reply' }>;
