/**
 * The memory baseline for `pcse ingest`: a node process (tsx loader, as bin/pcse.js) that loads the same
 * modules as the ingest command, then does nothing. Prints `ready` once everything is imported.
 */
await import('commander');
await import('../cli/commands/ingest.js');
console.log('ready');
const keepAlive = setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => clearInterval(keepAlive));
