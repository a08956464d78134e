import { openDatabase } from '../../core/adapters/database.js';
import { createPrismaCaseStore } from '../../core/adapters/prisma-case-store.js';
import { CaseStateSchema } from '../../core/domain/case.js';

/** `pcse cases list [--state S] [--json]`: one line per case, or one JSON object per line with --json. */
export async function runCasesList(databaseUrl: string | undefined, options: { state?: string; json?: boolean; limit?: string }): Promise<number> {
  const state = options.state === undefined ? undefined : CaseStateSchema.safeParse(options.state);
  if (state && !state.success) {
    console.error(`--state must be one of ${CaseStateSchema.options.join(', ')}`);
    return 2;
  }
  const db = await openDatabase(databaseUrl || undefined);
  try {
    const cases = await createPrismaCaseStore(db).listCases({ state: state?.data, limit: options.limit ? Number(options.limit) : 200 });
    for (const c of cases) {
      if (options.json) {
        console.log(JSON.stringify({ id: c.id, ref: c.ref, state: c.state, kind: c.kind, mailbox: c.mailbox, version: c.version, createdAt: c.createdAt, case: c.parsed }));
      } else {
        const org = c.parsed.organisation?.odsCode ?? '-';
        console.log([c.ref, c.state.padEnd(17), c.mailbox.padEnd(15), c.kind.padEnd(34), org, c.createdAt.toISOString()].join('  '));
      }
    }
    if (!options.json && cases.length === 0) console.log('no cases');
    return 0;
  } finally {
    await db.$disconnect();
  }
}
