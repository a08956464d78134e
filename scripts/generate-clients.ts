/**
 * `npm run generate`: writes the PostgreSQL variant of prisma/schema.prisma and generates one Prisma client
 * per provider into core/generated/{sqlite,postgresql}. PRISMA_SCHEMA_ENGINE_BINARY=/bin/false stops the
 * CLI from downloading a native engine it does not need for `generate` (Prisma 7 needs no engine binary to generate a client).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { locateSchemaFiles, readSchema } from '../core/adapters/prisma-schema-variant.js';

const pg = locateSchemaFiles('postgresql').schema;
await mkdir(path.dirname(pg), { recursive: true });
await writeFile(pg, `// GENERATED from prisma/schema.prisma by scripts/generate-clients.ts: do not edit.\n${await readSchema('postgresql')}`);

for (const schema of [locateSchemaFiles('sqlite').schema, pg]) {
  const result = spawnSync(path.resolve('node_modules/.bin/prisma'), ['generate', '--schema', schema], {
    stdio: 'inherit',
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
