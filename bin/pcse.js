#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so there is no build step between a checkout and `npx pcse`.
import { register } from 'tsx/esm/api';
register();
await import('../cli/pcse.ts');
