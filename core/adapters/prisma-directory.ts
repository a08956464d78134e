import { withStoreErrors } from './prisma-errors.js';
import type { DirectoryFacts, DirectoryLookups, DirectoryOrganisation } from '../domain/directory-facts.js';
import type { DirectoryEffect } from '../domain/effects.js';
import { ADMIN_LIMIT } from '../domain/cases/user-admin-nomination.js';
import { MAIN_CONTACT, countAdministrators, isAdminLimitReached, isMainContactRole, isUserAdministratorRole } from '../domain/roles.js';
import { DirectoryEffectError, type DirectoryReader, type DirectoryUser, type DirectoryWriter } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { isUniqueViolation, runTransaction, type Transaction } from './prisma-transaction.js';

/** An effect refers to an organisation the directory does not hold. */
export class OrganisationNotFoundError extends Error {
  readonly code = 'organisation_not_found';
  constructor(readonly odsCode: string) {
    super(`organisation ${odsCode} is not in the directory`);
  }
}

/** An effect refers to a user the directory does not hold (ensure-user was not applied first). */
export class UserNotFoundError extends Error {
  readonly code = 'user_not_found';
  constructor() {
    super('the user named by the effect is not in the directory');
  }
}

/** Granting the role would give the organisation more than four user administrators for the service. */
export class AdminLimitReachedError extends Error {
  readonly code = 'admin_limit_reached';
  constructor(readonly odsCode: string, readonly service: string, readonly count: number) {
    super(`${odsCode} already has ${count} ${service} user administrators; the limit is ${ADMIN_LIMIT}`);
  }
}

/** The effect cannot be applied as given (e.g. a main contact without an email). */
export class InvalidEffectError extends Error {
  readonly code = 'invalid_effect';
}

/** The directory's reader port on Prisma (and the DirectoryFacts the domain checks take, read through it). */
/** `db` may be a transaction: a reply merged in the store is checked against the directory it sees (prisma-record-email). */
export function createPrismaDirectoryReader(db: Database | Transaction): DirectoryReader & { getDirectoryFacts(lookups: DirectoryLookups): Promise<DirectoryFacts> } {
  // Ingest reads the directory before storing: an outage must read as one (wait), not as a bad email.
  const reader = withStoreErrors({
    async isLoaded(): Promise<boolean> {
      return (await db.organisation.findFirst({ select: { odsCode: true } })) !== null;
    },

    async findOrganisation(odsCode: string): Promise<DirectoryOrganisation | null> {
      const code = odsCode.trim().toUpperCase();
      const org = await db.organisation.findUnique({ where: { odsCode: code }, include: { roles: { include: { user: true } } } });
      if (!org) return null;
      const adminCounts = countAdministrators(org.roles);
      const main = org.roles.find((r) => isMainContactRole(r.service, r.role));
      return {
        odsCode: org.odsCode,
        name: org.name,
        type: org.type,
        closed: org.status === 'closed',
        parentOdsCode: org.parentOdsCode,
        email: org.email,
        mainContact: main ? { name: main.user.name, email: main.user.email } : null,
        adminCounts,
      };
    },

    async isOnAuthorisedEmailList(email: string): Promise<boolean> {
      return (await db.authorisedApprover.findUnique({ where: { email: email.trim().toLowerCase() } })) !== null;
    },

    async findUserByEmailOrUsername(emailOrUsername: string): Promise<DirectoryUser | null> {
      const key = emailOrUsername.trim();
      const user = await db.user.findFirst({
        where: { OR: [{ username: key }, { username: key.toLowerCase() }, { email: key.toLowerCase() }] },
        include: { roles: true },
        orderBy: { createdAt: 'asc' },
      });
      if (!user) return null;
      return {
        id: user.id,
        email: user.email,
        username: user.username,
        name: user.name,
        locked: user.locked,
        active: user.active,
        roles: user.roles.map((r) => ({ odsCode: r.odsCode, service: r.service, role: r.role })),
      };
    },

    /** Everything listDirectoryLookups asked for, as the DirectoryFacts the domain checks take. */
    async getDirectoryFacts(lookups: DirectoryLookups): Promise<DirectoryFacts> {
      const facts: DirectoryFacts = { loaded: await reader.isLoaded(), organisations: {}, accounts: {}, authorisedEmails: {} };
      for (const code of lookups.odsCodes) facts.organisations[code.toUpperCase()] = await reader.findOrganisation(code);
      for (const account of lookups.accounts) facts.accounts[account.toLowerCase()] = await reader.findUserByEmailOrUsername(account);
      for (const email of lookups.authorisedEmails) facts.authorisedEmails[email.toLowerCase()] = await reader.isOnAuthorisedEmailList(email);
      return facts;
    },
  });
  return reader;
}

/** The directory's writer port on Prisma: effects applied with their key and audit event, in one transaction. */
export function createPrismaDirectoryWriter(db: Database): DirectoryWriter {
  return withStoreErrors({
    /**
     * Applies one effect in one transaction. The AppliedEffect row is inserted first, so a concurrent run of
     * the same effect waits on its key and then finds it applied.
     */
    async applyEffect(effect: DirectoryEffect, context: { caseId: string }): Promise<{ applied: boolean }> {
      try {
        return await runTransaction(db, async (tx) => {
          if (await tx.appliedEffect.findUnique({ where: { key: effect.key } })) return { applied: false };
          await tx.appliedEffect.create({ data: { key: effect.key, caseId: context.caseId, type: effect.type } });
          await applyInTransaction(tx, effect, context.caseId);
          // The one writer of `effect_applied`: in the effect's own transaction, so a crash cannot leave an applied
          // effect unaudited (a retry would find its key and only ever audit it as skipped).
          await appendAuditEvent(tx, { caseId: context.caseId, type: 'effect_applied', actor: null, data: { key: effect.key, effect: effect.type } });
          return { applied: true };
        });
      } catch (error) {
        if (isUniqueViolation(error) && (await db.appliedEffect.findUnique({ where: { key: effect.key } }))) return { applied: false };
        throw error;
      }
    },

    /**
     * Applies a case's effects in one transaction: one commit for its whole directory change. Each effect's key is
     * inserted before it is applied, so a concurrent run of the same effects waits on the first key and, once this
     * one commits, runs again and finds them all applied. An effect applied before is audited `effect_skipped` here,
     * in the same transaction.
     */
    async applyEffects(effects: DirectoryEffect[], context: { caseId: string }): Promise<{ applied: boolean }[]> {
      if (effects.length === 0) return [];
      for (let attempt = 1; ; attempt++) {
        try {
          return await runTransaction(db, (tx) => applyEffectsInTransaction(tx, effects, context.caseId));
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
        }
      }
    },
  });
}

/**
 * applyEffects' work inside the caller's transaction (ExecutionLog.loadAndApply shares it): each effect's key is
 * inserted before it is applied, a key applied before is audited `effect_skipped`, a failing effect throws
 * DirectoryEffectError naming it, and a key inserted meanwhile by another run throws the unique violation.
 */
export async function applyEffectsInTransaction(tx: Transaction, effects: DirectoryEffect[], caseId: string): Promise<{ applied: boolean }[]> {
  if (effects.length === 0) return [];
  const keys = effects.map((e) => e.key);
  const done = new Set((await tx.appliedEffect.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((r) => r.key));
  const results: { applied: boolean }[] = [];
  for (const effect of effects) {
    if (done.has(effect.key)) {
      await appendAuditEvent(tx, { caseId, type: 'effect_skipped', actor: null, data: { key: effect.key, effect: effect.type } });
      results.push({ applied: false });
      continue;
    }
    try {
      await tx.appliedEffect.create({ data: { key: effect.key, caseId, type: effect.type } });
      await applyInTransaction(tx, effect, caseId);
    } catch (cause) {
      // A key inserted meanwhile by another run is that run's effect, not this effect's failure: the caller retries.
      if (isUniqueViolation(cause)) throw cause;
      throw new DirectoryEffectError(effect.key, effect.type, { cause });
    }
    await appendAuditEvent(tx, { caseId, type: 'effect_applied', actor: null, data: { key: effect.key, effect: effect.type } });
    done.add(effect.key);
    results.push({ applied: true });
  }
  return results;
}

async function applyInTransaction(tx: Transaction, effect: DirectoryEffect, caseId: string): Promise<void> {
  switch (effect.type) {
    case 'ensure-user':
      await ensureUser(tx, { username: effect.username, email: effect.email, name: effect.name });
      return;
    case 'grant-role':
      await grantRole(tx, effect);
      return;
    case 'replace-main-contact':
      await replaceMainContact(tx, effect.odsCode, effect.contact);
      return;
    case 'set-organisation-email':
      await lockOrganisation(tx, effect.odsCode);
      await tx.organisation.update({ where: { odsCode: effect.odsCode.toUpperCase() }, data: { email: effect.email.toLowerCase() } });
      return;
    case 'create-organisation': {
      const odsCode = effect.odsCode.toUpperCase();
      const parentOdsCode = effect.parentOdsCode?.toUpperCase() ?? null;
      if (parentOdsCode) await lockOrganisation(tx, parentOdsCode);
      const data = { name: effect.name, type: effect.orgType, parentOdsCode, address: effect.address, phone: effect.phone };
      await tx.organisation.upsert({ where: { odsCode }, create: { odsCode, ...data, source: `case:${caseId}` }, update: data });
      return;
    }
    case 'unlock-account':
      await updateUser(tx, effect.username, { locked: false });
      return;
    case 'reactivate-account':
      await updateUser(tx, effect.username, { active: true });
      return;
    case 'issue-verification-link':
      await updateUser(tx, effect.username, { verificationIssuedAt: new Date() });
      return;
    case 'issue-temporary-password':
      await updateUser(tx, effect.username, { tempPasswordIssuedAt: new Date() });
      return;
    default: {
      const unreachable: never = effect;
      throw new InvalidEffectError(`unknown effect ${(unreachable as { type: string }).type}`);
    }
  }
}

async function findUserId(tx: Transaction, usernameOrEmail: string): Promise<string | null> {
  const key = usernameOrEmail.trim();
  const user = await tx.user.findFirst({
    where: { OR: [{ username: key }, { email: key.toLowerCase() }] },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  return user?.id ?? null;
}

async function ensureUser(tx: Transaction, person: { username: string; email: string | null; name: string | null }): Promise<string> {
  const existing = (await findUserId(tx, person.username)) ?? (person.email ? await findUserId(tx, person.email) : null);
  if (existing) return existing;
  const created = await tx.user.create({ data: { username: person.username.trim(), email: person.email?.toLowerCase() ?? null, name: person.name } });
  return created.id;
}

async function updateUser(tx: Transaction, username: string, data: { locked?: boolean; active?: boolean; verificationIssuedAt?: Date; tempPasswordIssuedAt?: Date }) {
  const id = await findUserId(tx, username);
  if (!id) throw new UserNotFoundError();
  await tx.user.update({ where: { id }, data });
}

/** The first write of a transaction that changes an organisation's roles: later writers queue behind it. */
async function lockOrganisation(tx: Transaction, odsCode: string): Promise<void> {
  const { count } = await tx.organisation.updateMany({ where: { odsCode: odsCode.toUpperCase() }, data: { updatedAt: new Date() } });
  if (count === 0) throw new OrganisationNotFoundError(odsCode.toUpperCase());
}

async function grantRole(tx: Transaction, effect: Extract<DirectoryEffect, { type: 'grant-role' }>): Promise<void> {
  const odsCode = effect.odsCode.toUpperCase();
  await lockOrganisation(tx, odsCode);
  const userId = await findUserId(tx, effect.username);
  if (!userId) throw new UserNotFoundError();
  const where = { userId, odsCode, service: effect.service, role: effect.role };
  if (await tx.roleAssignment.findFirst({ where })) return;
  if (isUserAdministratorRole(effect.service, effect.role)) {
    const roles = await tx.roleAssignment.findMany({ where: { odsCode, service: effect.service }, select: { role: true } });
    const count = roles.filter((r) => isUserAdministratorRole(effect.service, r.role)).length;
    if (isAdminLimitReached(count)) throw new AdminLimitReachedError(odsCode, effect.service, count);
  }
  await tx.roleAssignment.create({ data: where });
}

async function replaceMainContact(tx: Transaction, odsCodeInput: string, contact: { name: string | null; email: string | null }): Promise<void> {
  const odsCode = odsCodeInput.toUpperCase();
  if (!contact.email) throw new InvalidEffectError('a main contact needs an email address');
  await lockOrganisation(tx, odsCode);
  const userId = await ensureUser(tx, { username: contact.email.toLowerCase(), email: contact.email, name: contact.name });
  await tx.roleAssignment.deleteMany({ where: { odsCode, ...MAIN_CONTACT, userId: { not: userId } } });
  const mine = await tx.roleAssignment.findFirst({ where: { odsCode, ...MAIN_CONTACT, userId } });
  if (!mine) await tx.roleAssignment.create({ data: { odsCode, ...MAIN_CONTACT, userId } });
}
