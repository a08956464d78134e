import { Command } from 'commander';

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

await program.parseAsync(process.argv);
