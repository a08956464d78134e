import type { RobustnessReport } from './run-robustness.js';

/** One line per failure with the command that reproduces it, for test output and the script. */
export function formatFailures(report: RobustnessReport, extraArgs = ''): string[] {
  return report.failures.map(
    (f) => `${f.kind} seed ${f.seed} (${f.base} + ${f.mutations.join(', ')}): ${f.detail} — reproduce: npx tsx scripts/robustness-run.ts --seed ${f.seed} --count 1${extraArgs}`,
  );
}

/** The figures worth printing after a run. */
export function summariseReport(report: RobustnessReport): string {
  const perWindow = (pick: (w: RobustnessReport['windows'][number]) => number) => report.windows.map(pick).join(' / ');
  const windows = report.windows.length > 1
    ? `; in ${report.windows.length} windows of ${report.windows[0]!.messages}: p50 ${perWindow((w) => w.p50Ms)} ms, CPU ${perWindow((w) => w.cpuMsPerMessage)} ms per message, load ${perWindow((w) => w.loadAverage)}`
    : '';
  return `robustness: ${report.count} messages from seed ${report.firstSeed} (${report.seedMessages} seed messages, shared corpora ${report.sharedCorpora}) in ${Math.round(report.durationMs / 1000)} s; per message p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms (seed ${report.slowest.seed})${windows}; outcomes ${JSON.stringify(report.outcomes)}; dead letters ${JSON.stringify(report.deadLetterReasons)} (seeds ${JSON.stringify(report.deadLetterSeeds)}); threw-then-settled ${report.thrownThenSettled.length}; failures ${report.failures.length}`;
}
