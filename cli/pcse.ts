import { Command } from 'commander';
import { cliEnv } from './config.js';

/**
 * The `pcse` command. Each subcommand lives in cli/commands/<name>.ts and is imported only when
 * it runs, so `pcse parse` loads no database, queue or network code.
 */
const program = new Command('pcse').description('PCSE user-access casework: email → typed case → Teams approval → directory');

program
  .command('parse')
  .description('Print one JSON case per email file (no database, Redis or network)')
  .requiredOption('--mailbox <mailbox>', 'portalenquiries | datamanager | openexeter')
  .argument('<files...>', '.eml files')
  .action(async (files: string[], opts: { mailbox: string }) => {
    const { runParse } = await import('./commands/parse.js');
    process.exitCode = await runParse(files, opts.mailbox);
  });

program
  .command('migrate')
  .description('Apply the database migrations to DATABASE_URL (default: SQLite file var/pcse.db)')
  .action(async () => {
    const { runMigrate } = await import('./commands/migrate.js');
    // Exit at once: the wasm schema engine leaves a ~10 s timer (its migration lock timeout) pending.
    process.exit(await runMigrate(cliEnv().DATABASE_URL));
  });

const directory = program.command('directory').description('The directory of organisations, users and roles');
directory
  .command('import')
  .description('Import NHS ODS extracts and directory CSVs (docs/directory-csv.md); bad rows are listed, not fatal')
  .option('--epraccur <file>', 'ODS GP practices (epraccur.csv)')
  .option('--ebranchs <file>', 'ODS GP branch surgeries (ebranchs.csv)')
  .option('--pharmacies <file>', 'ODS pharmacies (edispensary.csv)')
  .option('--dental <file>', 'ODS dental practices (egdpprac.csv)')
  .option('--opticians <file>', 'ODS ophthalmic practices (eopthq.csv)')
  .option('--users <file>', 'users CSV')
  .option('--roles <file>', 'role assignments CSV')
  .option('--ael <file>', 'Authorised Email List CSV')
  .option('--signatories <file>', 'known signatories CSV')
  .action(async (opts: Record<string, string | undefined>) => {
    const { runDirectoryImport } = await import('./commands/directory.js');
    process.exitCode = await runDirectoryImport(cliEnv().DATABASE_URL, opts);
  });

program
  .command('cases')
  .description('Cases in the store')
  .command('list')
  .description('List cases, oldest first')
  .option('--state <state>', 'only cases in this state')
  .option('--limit <n>', 'at most this many', '200')
  .option('--json', 'one JSON object per line')
  .action(async (opts: { state?: string; json?: boolean; limit?: string }) => {
    const { runCasesList } = await import('./commands/cases.js');
    process.exitCode = await runCasesList(cliEnv().DATABASE_URL, opts);
  });

program
  .command('corrections')
  .description('Cases staff corrected in Teams')
  .command('export')
  .argument('<dir>', 'folder to write <mailbox>/<ref>.eml and <ref>.expected.json into (the corpus layout)')
  .description('Write each corrected case as a corpus entry: the raw email and the case as corrected (PERSONAL DATA)')
  .option('--since <date>', 'only cases corrected on or after this date')
  .action(async (dir: string, opts: { since?: string }) => {
    const { runCorrectionsExport } = await import('./commands/corrections.js');
    process.exitCode = await runCorrectionsExport(cliEnv().DATABASE_URL, dir, opts);
  });

program
  .command('ingest')
  .description('Read the mailboxes (IMAP, or Maildir under DROP_DIR) into queued cases until stopped')
  .action(async () => {
    const { runIngest } = await import('./commands/ingest.js');
    // Exit at once when stopped: the wasm schema engine that migrated at start-up leaves a timer pending.
    process.exit(await runIngest());
  });

program
  .command('ocr')
  .description('Read the scanned forms of cases ingest stored as "scanned form being read", and fill the cases in')
  .action(async () => {
    const { runOcr } = await import('./commands/ocr.js');
    process.exit(await runOcr());
  });

const deadLetters = program.command('dead-letters').description('Emails that could not be processed');
deadLetters
  .command('list')
  .description('List unresolved dead letters (ids, mailbox, reason; no personal data)')
  .option('--all', 'include resolved ones')
  .option('--json', 'one JSON object per line')
  .action(async (opts: { all?: boolean; json?: boolean }) => {
    const { runDeadLettersList } = await import('./commands/dead-letters.js');
    process.exitCode = await runDeadLettersList(cliEnv().DATABASE_URL, opts);
  });
deadLetters
  .command('replay')
  .description('Run a dead letter through the ingest path again')
  .argument('<id>')
  .action(async (id: string) => {
    const { runDeadLettersReplay } = await import('./commands/dead-letters.js');
    process.exitCode = await runDeadLettersReplay(cliEnv().DATABASE_URL, cliEnv().REDIS_URL, id, { prefix: cliEnv().QUEUE_PREFIX });
  });

program
  .command('bot')
  .description('The Teams approval bot: /api/messages on PORT (3978), card posting, escalations, /admin/queues')
  .action(async () => {
    const { runBot } = await import('./commands/bot.js');
    // Exit at once when stopped: the wasm schema engine that migrated at start-up leaves a timer pending.
    process.exit(await runBot());
  });

program
  .command('worker')
  .description('Execute decided cases: apply approvals to the directory and send the replies')
  .action(async () => {
    const { runWorker } = await import('./commands/worker.js');
    // Exit at once when stopped: the wasm schema engine that migrated at start-up leaves a timer pending.
    process.exit(await runWorker());
  });

program
  .command('start')
  .description('Everything in one process: ingest, the bot on :3978 and the worker; local mode (SQLite, drop folders, outbox, Playground) for whatever is not configured')
  .action(async () => {
    const { runStart } = await import('./commands/start.js');
    process.exit(await runStart());
  });

const audit = program.command('audit').description('The hash-chained audit trail');
audit
  .command('verify')
  .description('Recompute every hash; exit 1 and print where when the chain is broken')
  .action(async () => {
    const { runAuditVerify } = await import('./commands/audit.js');
    process.exit(await runAuditVerify(cliEnv().DATABASE_URL));
  });
audit
  .command('show')
  .description("A case's history: raw email hash → case → decisions → execution → reply Message-IDs")
  .argument('<ref>', 'case reference (PCSE-2026-000123) or id')
  .option('--json', 'one JSON object per event')
  .action(async (ref: string, opts: { json?: boolean }) => {
    const { runAuditShow } = await import('./commands/audit.js');
    process.exit(await runAuditShow(cliEnv().DATABASE_URL, ref, opts));
  });

await program.parseAsync(process.argv);
