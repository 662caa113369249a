// Writes generated inputs to a folder and accounts for them: every file must end as documents or
// error lines, the documents read must equal stored + duplicates + errors, and the good reports
// must all be stored. Shared by test/hostile.test.ts and bench/hostile.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBuffer, readInputs } from '../../src/ingest/read.js';
import { assemble } from '../../src/ingest/assemble.js';
import { printableName } from '../../src/ingest/files.js';
import { contentId } from '../../src/pipeline.js';
import type { Store } from '../../src/store/store.js';
import type { HostileInput } from './generate.js';

export interface Written {
  /** Printable paths of every file and special entry written (what the reader must account for). */
  entries: string[];
  /** The good reports: printable path and the content id their document must have. */
  good: { file: string; id: string }[];
}

/** Writes the inputs into `dir` (names as bytes), plus links, a loop and a FIFO. */
export function writeInputs(dir: string, inputs: HostileInput[]): Written {
  mkdirSync(dir, { recursive: true });
  const base = Buffer.from(dir + path.sep);
  const entries: string[] = [];
  const good: Written['good'] = [];
  for (const x of inputs) {
    writeFileSync(Buffer.concat([base, x.name]), x.bytes);
    const shown = path.join(dir, printableName(x.name));
    entries.push(shown);
    if (x.good) {
      const [r] = readBuffer(x.bytes, shown, path.extname(shown).toLowerCase());
      if (!r.ok) throw new Error(`a good report does not read: ${shown}: ${r.error.message}`);
      good.push({ file: shown, id: contentId(assemble(r.doc).text) });
    }
  }
  const extra = (name: string, make: (p: string) => void) => {
    make(path.join(dir, name));
    entries.push(path.join(dir, name));
  };
  extra('zz-link-to-good.txt', (p) => symlinkSync(path.join(dir, printableName(inputs.find((x) => x.good)!.name)), p));
  extra('zz-dangling.txt', (p) => symlinkSync(path.join(dir, 'no-such-file.txt'), p));
  extra('zz-fifo.txt', (p) => execFileSync('mkfifo', [p]));
  mkdirSync(path.join(dir, 'zz-sub'));
  extra(path.join('zz-sub', 'loop'), (p) => symlinkSync(dir, p));
  return { entries, good };
}

export interface ReadCount {
  documents: number;
  errors: number;
  /** Entries that gave neither a document nor an error line. */
  unaccounted: string[];
}

/** Reads `dir` as ingest would and checks that every entry gave at least one result. */
export async function countRead(dir: string, written: Written, maxBytes?: number): Promise<ReadCount> {
  const seen = new Set<string>();
  let documents = 0;
  let errors = 0;
  for await (const r of readInputs([dir], { maxBytes })) {
    const input = r.ok ? r.doc.input : r.input;
    if (r.ok) documents++;
    else errors++;
    seen.add(input);
    const hash = input.lastIndexOf('#');
    if (hash > 0) seen.add(input.slice(0, hash));
  }
  return { documents, errors, unaccounted: written.entries.filter((e) => !seen.has(e)) };
}

/** The good reports whose document is not in the store. */
export async function missingGood(store: Store, written: Written): Promise<string[]> {
  const missing: string[] = [];
  for (const g of written.good) if (!(await store.hasDocument(g.id))) missing.push(g.file);
  return missing;
}
