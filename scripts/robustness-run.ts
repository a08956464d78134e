/**
 * The robustness run: seeded mutations of real MIME messages through the full ingest path (real
 * processor, Prisma store, BullMQ on the machine's Redis, SMTP sink; only the mailbox source is fake).
 *
 *   npx tsx scripts/robustness-run.ts [--seed N] [--count M] [--provider sqlite|postgresql] [--no-shared-corpora] [--json]
 *
 * Message i uses seed N + i, so a failure printed with seed S is reproduced by `--seed S --count 1`.
 * Exits 1 when any message crashed, hung (over 5 s) or left no durable outcome.
 */
import { startIngestHarness } from '../test/robustness/support/ingest-harness.js';
import { loadSeedMessages } from '../test/robustness/support/load-seed-messages.js';
import { runRobustness } from '../test/robustness/support/run-robustness.js';

function readArgs(argv: string[]): { seed: number; count: number; provider: 'sqlite' | 'postgresql'; shared: boolean; json: boolean } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(value('--seed') ?? 1);
  const count = Number(value('--count') ?? 10_000);
  const provider = value('--provider') ?? 'sqlite';
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1 || (provider !== 'sqlite' && provider !== 'postgresql')) {
    throw new Error('usage: robustness-run.ts [--seed N] [--count M] [--provider sqlite|postgresql] [--no-shared-corpora] [--json]');
  }
  return { seed, count, provider, shared: !argv.includes('--no-shared-corpora'), json: argv.includes('--json') };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const { seeds, sharedCorpora } = loadSeedMessages({ includeSharedCorpora: args.shared });
  const harness = await startIngestHarness({ provider: args.provider, label: 'robustness' });
  process.stderr.write(`robustness: ${args.count} messages from seed ${args.seed}, ${seeds.length} seed messages (shared corpora: ${sharedCorpora}), ${args.provider}\n`);
  try {
    const report = await runRobustness({
      harness, seeds, sharedCorpora, firstSeed: args.seed, count: args.count,
      onProgress: (done, r) => {
        if (done % 1000 === 0) process.stderr.write(`  ${done}/${args.count} (${r.failures} failures)\n`);
      },
    });
    if (args.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const { failures, thrownThenSettled, ...summary } = report;
      process.stdout.write(`${JSON.stringify({ ...summary, thrownThenSettled: thrownThenSettled.length }, null, 2)}\n`);
      for (const t of thrownThenSettled.slice(0, 20)) process.stdout.write(`threw then settled as ${t.final}: seed ${t.seed}: ${t.error}\n`);
      for (const f of failures) {
        process.stdout.write(`FAILURE ${f.kind} seed ${f.seed} (${f.base} + ${f.mutations.join(', ')}): ${f.detail}\n  reproduce: npx tsx scripts/robustness-run.ts --seed ${f.seed} --count 1\n`);
      }
    }
    process.exitCode = report.failures.length > 0 ? 1 : 0;
  } finally {
    await harness.stop();
  }
}

await main();
