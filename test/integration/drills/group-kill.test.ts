import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendEmails, assertExactlyOnce, makeDrillRig, sleep, waitForIngested, type DrillRig } from '../../support/drill-rig.js';
import type { TestProvider } from '../../support/database.js';

/**
 * Issue 14: `pcse ingest` killed as supervisors kill it (SIGKILL to the whole process group, restarted at once),
 * and its launcher killed alone. The launcher and the process doing the work must die together, and every
 * restart must start (no orphan holding the database, no start-up giving up on a lock).
 */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

const makeRig = (provider: TestProvider, label: string): Promise<DrillRig> => makeDrillRig(provider, label, (c) => cleanups.push(async () => c()));

/** `setsid node bin/pcse.js ingest`: the launcher leads a process group of its own, as under a supervisor. */
function startLauncher(env: Record<string, string>): { launcher: ChildProcess; exited: Promise<void>; output: () => string } {
  const launcher = spawn(process.execPath, ['bin/pcse.js', 'ingest'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  launcher.stdout?.on('data', (c: Buffer) => { text = (text + c.toString()).slice(-20_000); });
  launcher.stderr?.on('data', (c: Buffer) => { text = (text + c.toString()).slice(-20_000); });
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
  return { launcher, exited, output: () => text };
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  try {
    // A zombie has no resources left but still answers kill(0): read its state.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function processGroupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/** Pids of every process whose command line runs this rig's ingest (matched by its unique queue prefix in the environment). */
function rigProcesses(prefix: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`QUEUE_PREFIX=${prefix}\0`) && isAlive(Number(entry))) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}


async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('process-group kills (issue 14)', () => {
  it('the working process shares the launcher\'s process group and dies within 1 s of a SIGKILL to the launcher alone, mid-drain', async () => {
    const rig = await makeRig('sqlite', 'orphan');
    const run = startLauncher(rig.env);
    cleanups.push(async () => { for (const pid of rigProcesses(rig.prefix)) process.kill(pid, 'SIGKILL'); });
    await appendEmails(rig.dovecot, 200, { messageIdPrefix: 'group-kill' });
    await waitFor(async () => (await rig.db.prisma.email.count().catch(() => 0)) >= 20, 60_000, 'the drain to start').catch((e) => { throw new Error(`${(e as Error).message}: ${run.output()}`); });
    const [child] = childrenOf(run.launcher.pid!);
    expect(child).toBeDefined();
    expect(processGroupOf(child!)).toBe(run.launcher.pid);
    expect(await rig.db.prisma.email.count()).toBeLessThan(200);

    run.launcher.kill('SIGKILL');
    const killedAt = Date.now();
    await waitFor(() => !isAlive(child!), 1000, 'the orphaned child to exit');
    expect(Date.now() - killedAt).toBeLessThan(1000);
    await run.exited;
    // A process the kernel is still tearing down lingers in /proc for a moment.
    await waitFor(() => rigProcesses(rig.prefix).length === 0, 1000, 'no pcse process of this rig left');
  }, 120_000);

  it('a Ctrl-C to the group (SIGINT reaching the child directly and through the launcher) stops it once, cleanly', async () => {
    const rig = await makeRig('sqlite', 'ctrl_c');
    const run = startLauncher(rig.env);
    cleanups.push(async () => { for (const pid of rigProcesses(rig.prefix)) process.kill(pid, 'SIGKILL'); });
    await waitFor(() => run.output().includes('imap connected'), 60_000, 'ingest to connect');
    process.kill(-run.launcher.pid!, 'SIGINT');
    await run.exited;
    // A second SIGINT counted as a second Ctrl-C would have killed the child mid-stop (exit by signal, not 0).
    expect(run.launcher.exitCode).toBe(0);
    await waitFor(() => rigProcesses(rig.prefix).length === 0, 1000, 'no pcse process of this rig left');
  }, 120_000);

  for (const provider of ['sqlite', 'postgresql'] as const) {
    it(`${provider}: 1,000 emails, 50 SIGKILLs to the whole process group at random moments, each restarted 0.3 s later`, async () => {
      const TOTAL = 1000;
      const KILLS = 50;
      const rig = await makeRig(provider, `group_kill_${provider}`);
      let run = startLauncher(rig.env);
      cleanups.push(async () => { for (const pid of rigProcesses(rig.prefix)) process.kill(pid, 'SIGKILL'); });
      const appending = appendEmails(rig.dovecot, TOTAL, { messageIdPrefix: 'group-kill' });
      const lives: string[] = [];
      for (let kills = 0; kills < KILLS; kills++) {
        // Any moment of a life: start-up (migrations, first queries), connecting, or draining.
        await sleep(100 + Math.random() * 2900);
        process.kill(-run.launcher.pid!, 'SIGKILL');
        await run.exited;
        lives.push(run.output());
        await sleep(300);
        run = startLauncher(rig.env);
      }
      await appending;
      await waitForIngested(rig, TOTAL, 300_000, () => {
        if (run.launcher.exitCode !== null) throw new Error(`the last ingest exited (${run.launcher.exitCode}): ${run.output()}`);
      });
      process.kill(-run.launcher.pid!, 'SIGTERM');
      await run.exited;
      expect(run.launcher.exitCode).toBe(0);
      await waitFor(() => rigProcesses(rig.prefix).length === 0, 2000, 'no pcse process of this rig left');
      // No life may have given up at start-up: each was killed, none exited on its own.
      expect(lives.filter((text) => /refusing to start|migration_failed|SchemaConnectorError/.test(text))).toEqual([]);
      await assertExactlyOnce(rig, TOTAL);
    }, 600_000);
  }
});
