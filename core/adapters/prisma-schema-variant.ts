import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one schema (prisma/schema.prisma) is written for SQLite. Prisma ties a generated client and its
 * migrations to one provider, so the PostgreSQL variant is derived from it mechanically: only the
 * datasource provider and the client's output folder change (docs/decisions/0002-one-schema-two-databases.md).
 */

export type DatabaseProvider = 'sqlite' | 'postgresql';

export const PROVIDERS: readonly DatabaseProvider[] = ['sqlite', 'postgresql'];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute paths of the things that exist per provider. */
export function locateSchemaFiles(provider: DatabaseProvider): { schema: string; migrations: string } {
  return {
    schema: provider === 'sqlite' ? path.join(ROOT, 'prisma/schema.prisma') : path.join(ROOT, 'core/generated/schema.postgresql.prisma'),
    migrations: path.join(ROOT, 'prisma/migrations', provider),
  };
}

/** Thrown when the source schema no longer has the shape the derivation relies on. */
export class SchemaVariantError extends Error {
  readonly code = 'schema_variant_unexpected_shape';
}

/**
 * Returns the schema text for `provider`. The PostgreSQL text sits in core/generated/, one folder below
 * prisma/, so its generator output becomes `./postgresql` (core/generated/postgresql).
 */
export function deriveSchema(sqliteSchema: string, provider: DatabaseProvider): string {
  if (provider === 'sqlite') return sqliteSchema;
  const providerLine = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const outputLine = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;
  if (!providerLine.test(sqliteSchema) || !outputLine.test(sqliteSchema)) {
    throw new SchemaVariantError('prisma/schema.prisma must declare `provider = "sqlite"` in `datasource db` and an `output` in `generator client`');
  }
  return sqliteSchema.replace(providerLine, '$1"postgresql"').replace(outputLine, '$1"./postgresql"');
}

/** Reads prisma/schema.prisma and derives the text for `provider`. */
export async function readSchema(provider: DatabaseProvider): Promise<string> {
  const text = await readFile(path.join(ROOT, 'prisma/schema.prisma'), 'utf8');
  return deriveSchema(text, provider);
}
