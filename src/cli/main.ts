#!/usr/bin/env node
// The `rasad` command line.
import { buildProgram } from './program.js';
import { reportFailure } from './errors.js';

async function main(): Promise<void> {
  // A closed pipe (rasad ... | head) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    process.exitCode = reportFailure(e, process.argv.includes('--verbose'), (s) => process.stderr.write(s));
  }
}

await main();
