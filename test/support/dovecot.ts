import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface DovecotOptions {
  /** Mailbox users to create; each gets a random password (see passwordFor). */
  users: string[];
  /** When given, logins are checked as OAuth2 bearer tokens (XOAUTH2/OAUTHBEARER) against this introspection URL. */
  oauth2?: { introspectionUrl: string };
}

export interface TestDovecot {
  host: string;
  port: number;
  dir: string;
  passwordFor(user: string): string;
  /** Stops the server and waits for it to exit (connected clients are dropped). */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port with the same mail. */
  restart(): Promise<void>;
}

/** Picks a free loopback port by binding port 0 and releasing it. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function renderConfig(dir: string, port: number, oauth2: DovecotOptions['oauth2']): string {
  const passdb = oauth2
    ? `passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = ${dir}/oauth2.conf.ext\n}\n`
    : `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/users\n}\n`;
  return `instance_name = test-dovecot-${port}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${oauth2 ? ' xoauth2 oauthbearer' : ''}
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u/Maildir
mailbox_idle_check_interval = 1 secs
${passdb}userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/**
 * Starts a throwaway Dovecot (Debian's dovecot-imapd) on a random loopback port with its own
 * config, state and maildirs under a temp dir. Runs as root with
 * default_internal_user dovecot, so the mail directory is owned by dovecot.
 */
export async function startDovecot(options: DovecotOptions): Promise<TestDovecot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pcse-dovecot-'));
  await chmod(dir, 0o755);
  const port = await findFreePort();
  const passwords = new Map(options.users.map((u) => [u, randomBytes(9).toString('base64url')]));
  for (const sub of ['run', 'state', 'mail']) await mkdir(path.join(dir, sub), { recursive: true });
  await run('chown', ['dovecot:dovecot', path.join(dir, 'mail')]);
  await writeFile(path.join(dir, 'users'), [...passwords].map(([u, p]) => `${u}:{PLAIN}${p}::::::`).join('\n') + '\n');
  if (options.oauth2) {
    await writeFile(
      path.join(dir, 'oauth2.conf.ext'),
      `introspection_mode = post\nintrospection_url = ${options.oauth2.introspectionUrl}\n` +
        `username_attribute = username\nactive_attribute = active\nactive_value = true\n`,
    );
  }
  const conf = path.join(dir, 'dovecot.conf');
  await writeFile(conf, renderConfig(dir, port, options.oauth2));

  let stopped = true;
  const start = async (): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn('dovecot', ['-c', conf], { stdio: 'ignore' });
        child.once('error', reject);
        child.once('exit', resolve);
      });
      if (code === 0) break;
      // 89: "already running?" while the kernel is still tearing down the killed instance's sockets.
      if (attempt >= 20) throw new Error(`dovecot exited with ${code}; see ${dir}/dovecot.log`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitForPort(port, 5000);
    // The launcher exits before the daemonised master has written its pid; stop() needs it.
    const deadline = Date.now() + 5000;
    while (!(await readFile(path.join(dir, 'run', 'master.pid'), 'utf8').catch(() => '')).trim()) {
      if (Date.now() > deadline) throw new Error('dovecot wrote no master.pid');
      await new Promise((r) => setTimeout(r, 10));
    }
    stopped = false;
  };
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const pidText = await readFile(path.join(dir, 'run', 'master.pid'), 'utf8').catch(() => '');
    const pid = Number(pidText.trim());
    if (!pid) return;
    // A graceful SIGTERM takes 2.5-8 s while the master waits for its children; tests only need the
    // server gone, so SIGKILL every live process of the master's session (it calls setsid(), so these
    // are exactly this instance's processes) until none is left.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const listed = await run('ps', ['-o', 'pid=,stat=', '-s', String(pid)]).then((r) => r.stdout, () => '');
      const live = listed
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([p, stat]) => Number(p) > 0 && !stat?.startsWith('Z'))
        .map(([p]) => Number(p));
      if (live.length === 0 || Date.now() > deadline) break;
      for (const p of live) {
        try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await rm(path.join(dir, 'run', 'master.pid'), { force: true });
  };
  await start();
  return {
    host: '127.0.0.1',
    port,
    dir,
    passwordFor(user: string): string {
      const password = passwords.get(user);
      if (!password) throw new Error(`no such test user: ${user}`);
      return password;
    },
    stop: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    },
    restart: async () => {
      await stop();
      await start();
    },
  };
}
