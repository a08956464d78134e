import { readdirSync, readFileSync } from 'node:fs';

/** Live child processes of this process whose command line mentions `name` (Linux /proc). */
export function childProcesses(name: string): number[] {
  const tids = readdirSync(`/proc/${process.pid}/task`);
  const pids = tids.flatMap((t) => readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
    } catch {
      return false;
    }
  });
}
