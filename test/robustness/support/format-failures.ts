import type { RobustnessReport } from './run-robustness.js';

/** One line per failure with the command that reproduces it, for test output and the script. */
export function formatFailures(report: RobustnessReport, extraArgs = ''): string[] {
  return report.failures.map(
    (f) => `${f.kind} seed ${f.seed} (${f.base} + ${f.mutations.join(', ')}): ${f.detail} — reproduce: npx tsx scripts/robustness-run.ts --seed ${f.seed} --count 1${extraArgs}`,
  );
}

/** The figures worth printing after a run. */
export function summariseReport(report: RobustnessReport): string {
  return `robustness: ${report.count} messages from seed ${report.firstSeed} (${report.seedMessages} seed messages, shared corpora ${report.sharedCorpora}) in ${Math.round(report.durationMs / 1000)} s; per message p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms (seed ${report.slowest.seed}); outcomes ${JSON.stringify(report.outcomes)}; dead letters ${JSON.stringify(report.deadLetterReasons)} (seeds ${JSON.stringify(report.deadLetterSeeds)}); threw-then-settled ${report.thrownThenSettled.length}; failures ${report.failures.length}`;
}
