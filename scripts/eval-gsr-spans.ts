// Scores who did what to whom on the GSR span records (../shared/data/arabic_event_gsr/*.spans.dev.jsonl):
// runs the pipeline on each sentence and compares the sides of the detected event of the record's type with
// the annotators' majority (scripts/gsr-spans.ts says how). Prints a Markdown table.
// The shipped sides model (data/model/sides.json) was trained on these dev sentences: with it the figures are
// in-sample. `--rules` scores the hand rules alone; scripts/train-sides.ts gives the cross-validated figures.
// Usage: node --import tsx scripts/eval-gsr-spans.ts [GSR_DIR] [--rules]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';
import { addTally, emptyTally, readSpans, spanFiles, tallyRow, tallySentence, TALLY_HEADER, TALLY_NOTE } from './gsr-spans.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rulesOnly = args.includes('--rules');
const dir = args.find((a) => !a.startsWith('--')) ?? path.resolve(root, '..', 'shared', 'data', 'arabic_event_gsr');
if (!spanFiles(dir).every(existsSync)) {
  console.error(`no GSR span files in ${dir}`);
  process.exit(1);
}
let total = emptyTally();
const rows: string[] = [];
for (const file of spanFiles(dir)) {
  const t = emptyTally();
  for (const r of readSpans(file)) {
    const doc = analyzeText(r.text, { title: null, outlet: null, url: null, published: null }, r.id);
    tallySentence(t, rulesOnly ? { ...doc, events: extractEvents(doc, { sides: { model: null } }) } : doc, r);
  }
  rows.push(tallyRow(path.basename(file, '.spans.dev.jsonl'), t));
  total = addTally(total, t);
}
rows.push(tallyRow('all', total));
console.log([...TALLY_HEADER, ...rows].join('\n'));
console.log(`\n${TALLY_NOTE}`);
if (!rulesOnly) console.log('With the shipped sides model, trained on these sentences: in-sample figures (scripts/train-sides.ts gives cross-validated ones).');
