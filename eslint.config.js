// @ts-check
import tseslint from 'typescript-eslint';

const IO_LIBRARIES = [
  '@prisma/*', 'prisma', 'imapflow', 'mailparser', 'pdf-parse', 'pdf-lib', 'bullmq', 'ioredis', 'nodemailer',
  'smtp-server', 'express', 'botbuilder', 'botbuilder-*', '@microsoft/*', 'pg', 'better-sqlite3', 'mailauth',
  'node:*', 'fs', 'net', 'http', 'https', 'child_process', 'pino',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'var/**', 'core/generated/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure domain imports only zod and itself (docs/decisions/0001-pure-domain.md).
    files: ['core/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: IO_LIBRARIES, message: 'core/domain is pure: no I/O libraries.' },
          { group: ['../adapters/*', '../../adapters/*', '**/adapters/**', '**/ingest/**', '**/bot/**'], message: 'core/domain does not reach into adapters or processes.' },
        ],
      }],
    },
  },
);
