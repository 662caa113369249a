// Examples at the end of a command's --help.
import type { Command } from 'commander';

/** Appends an "Examples:" block, each line a command and what it does. */
export function withExamples(cmd: Command, examples: [command: string, what: string][]): Command {
  const width = Math.max(...examples.map(([c]) => c.length));
  return cmd.addHelpText('after', `\nExamples:\n${examples.map(([c, w]) => `  $ ${c.padEnd(width)}   # ${w}`).join('\n')}\n`);
}
