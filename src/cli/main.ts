#!/usr/bin/env node
// The `rasad` command line.
import { buildProgram } from './program.js';
import { reportFailure } from './errors.js';
import { boundHeapGrowth } from '../ingest/heap-growth.js';
import { delayTierUp } from '../ingest/tier-up.js';

async function main(): Promise<void> {
  boundHeapGrowth();
  delayTierUp();
  const verbose = process.argv.includes('--verbose');
  const fail = (e: unknown) => reportFailure(e, verbose, (s) => process.stderr.write(s));
  // An error outside the command's own flow (a stream's or a socket's) ends the run the same way.
  const fatal = (e: unknown) => process.exit(fail(e));
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // A closed pipe (rasad ... | head) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fatal(e);
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    process.exitCode = fail(e);
  }
}

await main();
