// Starts the extraction sandbox's thread when the process runs the TypeScript sources (tsx, vitest): a worker
// thread does not inherit its parent's loader, so it registers tsx before importing the thread's module. The
// compiled build (dist/) starts sandbox-worker.js directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
