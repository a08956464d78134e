import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries in eslint.config.js, proved by planting one import per boundary in a file of the
 * area it guards and linting it with the project's own configuration (`npm run lint` runs the same rules).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const PLANTED: [string, string, RegExp][] = [
  ['core/domain/planted.ts', "import { readFileSync } from 'node:fs';", /pure/],
  ['core/domain/planted.ts', "import { createPrismaStores } from '../adapters/prisma-stores.js';", /adapters/],
  ['core/domain/cases/planted.ts', "import { extractCase } from '../../../ingest/extract/index.js';", /ingest/],
  ['core/jobs/planted.ts', "import { Queue } from 'bullmq';", /BullMQ belongs in core\/adapters/],
  ['core/jobs/planted.ts', "import { extractCase } from '../../ingest/extract/index.js';", /does not import ingest/],
  ['core/planted.ts', "import { renderStatusCard } from '../templates/cards/status-card.js';", /templates/],
  ['core/adapters/planted.ts', "import { createBotApp } from '../../bot/app.js';", /bot/],
  ['core/adapters/planted.ts', "import { simpleParser } from 'mailparser';", /ingest/],
  ['bot/planted.ts', "import { ImapFlow } from 'imapflow';", /ingest/],
  ['bot/planted.ts', "import { Worker } from 'bullmq';", /BullMQ/],
  ['bot/handlers/planted.ts', "import { extractCase } from '../../ingest/extract/index.js';", /never import each other/],
  ['ingest/planted.ts', "import { TeamsActivityHandler } from 'botbuilder';", /Teams libraries belong in bot/],
  ['ingest/sources/planted.ts', "import { createBotApp } from '../../bot/app.js';", /never import each other/],
  ['cli/commands/planted.ts', "import { Application } from '@microsoft/teams-ai';", /Teams/],
  ['cli/commands/planted.ts', "import { PDFParse } from 'pdf-parse';", /ingest/],
  ['templates/cards/planted.ts', "import { Queue } from 'bullmq';", /BullMQ/],
];

describe('environment reads', () => {
  it.each(['cli/commands/planted.ts', 'core/config.ts', 'ingest/config.ts', 'core/jobs/worker-config.ts', 'bot/config.ts'])('refuses process.env in %s', async (filePath) => {
    const [planted] = await eslint.lintText('export const url = process.env.DATABASE_URL;\n', { filePath });
    expect(planted!.messages.map((m) => m.ruleId)).toEqual(['no-restricted-properties']);
  });

  it('allows process.env in cli/config.ts, the one place the environment is read', async () => {
    const code = 'export const url = process.env.DATABASE_URL;\n';
    const [allowed] = await eslint.lintText(code, { filePath: 'cli/config.ts' });
    expect(allowed!.messages).toEqual([]);
  });
});

describe('import boundaries', () => {
  it.each(PLANTED)('%s: %s is refused', async (filePath, code, message) => {
    const messages = await restrictedImports(filePath, `${code}\nexport const planted = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['bot/planted.ts', "import { TeamsActivityHandler } from 'botbuilder';"],
    ['ingest/planted.ts', "import { simpleParser } from 'mailparser';"],
    ['core/adapters/planted.ts', "import { Queue } from 'bullmq';"],
    ['core/jobs/planted.ts', "import { createBullmqCaseQueue } from '../adapters/bullmq-case-queue.js';"],
    ['cli/commands/planted.ts', "import { createBotApp } from '../../bot/app.js';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport const planted = 1;\n`)).toEqual([]);
  });
});
