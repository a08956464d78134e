import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationDirectory, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { locateSchemaFiles, type DatabaseProvider } from './prisma-schema-variant.js';

/**
 * The Prisma schema engine compiled to WebAssembly, driven through a driver adapter, so migrations need
 * no native engine binary and no network (shared/NOTES.md, "Prisma 7 offline").
 */

const require = createRequire(import.meta.url);
let initialised: Promise<void> | null = null;

/** Loads the .wasm once per process; the bindings keep it in module state. */
function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    // The engine reports panics through this global before it throws.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = { set_message() {} };
    // The package exports no path to its .wasm; it sits beside the bindings.
    const bindings = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(bindings), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes), { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    (bg as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return initialised;
}

/** Which provider a database URL speaks: `file:` is SQLite, `postgres(ql)://` is PostgreSQL. */
export function detectProvider(databaseUrl: string): DatabaseProvider {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql';
  throw new UnsupportedDatabaseUrlError();
}

export class UnsupportedDatabaseUrlError extends Error {
  readonly code = 'database_url_unsupported';
  constructor() {
    super('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
  }
}

/** A driver adapter factory for the URL, as the client and the engine both take it. */
export function createAdapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  return detectProvider(databaseUrl) === 'sqlite'
    ? new PrismaBetterSqlite3({ url: databaseUrl, timeout: 15_000 })
    : new PrismaPg({ connectionString: databaseUrl });
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  provider: DatabaseProvider;
  /** Frees the engine and closes every connection it opened (SQLite: releases its EXCLUSIVE lock). */
  close(): Promise<void>;
}

/** Starts a schema engine on the database at `databaseUrl`, with the schema for its provider. */
export async function openSchemaEngine(databaseUrl: string, datamodel: string): Promise<OpenedSchemaEngine> {
  await initialiseWasm();
  const provider = detectProvider(databaseUrl);
  const factory = createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  // Track every connection so close() can dispose it: the engine leaves SQLite in locking_mode=EXCLUSIVE.
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const schemaPath = locateSchemaFiles(provider).schema;
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    provider,
    async close() {
      engine.free();
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose().catch(() => undefined)));
    },
  };
}

/** Reads prisma/migrations/<provider>/ into the engine's MigrationList shape. */
export async function readMigrationsList(provider: DatabaseProvider): Promise<MigrationList> {
  const baseDir = locateSchemaFiles(provider).migrations;
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const sql = await readFile(path.join(baseDir, entry, 'migration.sql'), 'utf8');
    migrationDirectories.push({ path: entry, migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: sql } } });
  }
  const lockfileContent = await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockfileContent },
    migrationDirectories,
    shadowDbInitScript: '',
  };
}
