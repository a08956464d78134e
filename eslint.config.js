// @ts-check
import tseslint from 'typescript-eslint';

const IO_LIBRARIES = [
  '@prisma/*', 'prisma', 'imapflow', 'mailparser', 'pdf-parse', 'pdf-lib', 'bullmq', 'ioredis', 'nodemailer',
  'smtp-server', 'express', 'botbuilder', 'botbuilder-*', '@microsoft/*', 'pg', 'better-sqlite3', 'mailauth',
  'node:*', 'fs', 'net', 'http', 'https', 'child_process', 'pino',
];

const TEAMS_ONLY_IN_BOT = { group: ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'], message: 'Teams libraries belong in bot/.' };
const MAIL_ONLY_IN_INGEST = { group: ['mailparser', 'pdf-parse', 'pdf-parse/*', 'imapflow'], message: 'Mail and PDF parsing belong in ingest/.' };
const QUEUE_ONLY_IN_ADAPTERS = { group: ['bullmq'], message: 'BullMQ belongs in core/adapters (bullmq-case-queue.ts).' };
/** core never imports the processes or the card templates. */
const NOT_PROCESSES = (/** @type {string} */ area) => [{ group: ['**/ingest/**', '**/bot/**', '**/templates/**'], message: `${area} does not import ingest/, bot/ or templates/.` }];

/**
 * @param {string[]} files
 * @param {{ group: string[]; message: string }[]} patterns
 * @param {string[]} [ignores]
 */
function boundary(files, patterns, ignores = []) {
  return [{ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'var/**', 'core/generated/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries (issue 12). Each area below lists everything it may not import; an area matched by two blocks
  // would keep only the last block's rule, so the globs do not overlap. Tests, benches and scripts drive the
  // real parts and are exempt.
  ...boundary(['core/domain/**/*.ts'], [
    { group: IO_LIBRARIES, message: 'core/domain is pure: no I/O libraries (docs/decisions/0001-pure-domain.md).' },
    { group: ['../adapters/*', '../../adapters/*', '**/adapters/**'], message: 'core/domain does not reach into adapters.' },
    ...NOT_PROCESSES('core/domain'),
  ]),
  ...boundary(['core/adapters/**/*.ts'], [TEAMS_ONLY_IN_BOT, MAIL_ONLY_IN_INGEST, ...NOT_PROCESSES('core')]),
  ...boundary(['core/**/*.ts'], [TEAMS_ONLY_IN_BOT, MAIL_ONLY_IN_INGEST, QUEUE_ONLY_IN_ADAPTERS, ...NOT_PROCESSES('core')], ['core/domain/**', 'core/adapters/**']),
  ...boundary(['bot/**/*.ts'], [MAIL_ONLY_IN_INGEST, QUEUE_ONLY_IN_ADAPTERS, { group: ['**/ingest/**'], message: 'bot and ingest never import each other.' }]),
  ...boundary(['ingest/**/*.ts'], [TEAMS_ONLY_IN_BOT, QUEUE_ONLY_IN_ADAPTERS, { group: ['**/bot/**'], message: 'bot and ingest never import each other.' }]),
  ...boundary(['cli/**/*.ts', 'templates/**/*.ts'], [TEAMS_ONLY_IN_BOT, MAIL_ONLY_IN_INGEST, QUEUE_ONLY_IN_ADAPTERS]),
  {
    // The environment is read in one place, cli/config.ts; the per-process config schemas parse what it hands them.
    files: ['cli/**/*.ts', 'bot/**/*.ts', 'ingest/**/*.ts', 'core/**/*.ts', 'templates/**/*.ts'],
    ignores: ['cli/config.ts', 'core/generated/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment through cli/config.ts; config schemas take the record it hands them.' }] },
  },
);
