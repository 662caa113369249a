// Writes dist/kb/index.prebuilt.bin (and dist/workers/ner.prebuilt.bin, the NER tagger's data,
// dist/arabic/name-spellings.prebuilt.bin, the name spellings' word table, and
// dist/arabic/translit-model.prebuilt.bin, the learned speller's tables), the KB index in compact form that start-up reads instead of building it
// from the TSVs (src/kb/prebuilt.ts). Run by `npm run build` and `prepare` right after `tsc`; it runs the compiled
// code of dist/, so that the file's key covers the very code that built it. Usage:
//   node --import tsx scripts/build-kb-index.ts
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const writer = path.join(root, 'dist', 'kb', 'prebuilt-write.js');
if (!existsSync(writer)) {
  process.stderr.write(`build-kb-index: ${path.relative(root, writer)} is missing: run tsc -p tsconfig.json first\n`);
  process.exit(1);
}
const { writePrebuiltIndex } = (await import(pathToFileURL(writer).href)) as { writePrebuiltIndex: () => number };
const bytes = writePrebuiltIndex();
process.stderr.write(`build-kb-index: dist/kb/index.prebuilt.bin (${(bytes / 1048576).toFixed(1)} MB)\n`);

// The NER tagger's shared data in the layout it reads (src/workers/ner-prebuilt.ts), from the same compiled code.
const nerWriter = path.join(root, 'dist', 'workers', 'ner-prebuilt.js');
const { writeNerPrebuilt } = (await import(pathToFileURL(nerWriter).href)) as { writeNerPrebuilt: () => number };
const nerBytes = writeNerPrebuilt();
process.stderr.write(`build-kb-index: dist/workers/ner.prebuilt.bin (${(nerBytes / 1048576).toFixed(1)} MB)\n`);

// The name spellings' word table (src/arabic/name-spellings.ts), from the same compiled code.
const spellingWriter = path.join(root, 'dist', 'arabic', 'name-spellings.js');
const { writeNameSpellings } = (await import(pathToFileURL(spellingWriter).href)) as { writeNameSpellings: () => number };
const spellingBytes = writeNameSpellings();
process.stderr.write(`build-kb-index: dist/arabic/name-spellings.prebuilt.bin (${(spellingBytes / 1048576).toFixed(1)} MB)\n`);

// The learned name speller's tables (src/arabic/translit-model-file.ts), from the same compiled code.
const translitWriter = path.join(root, 'dist', 'arabic', 'translit-model-file.js');
const { writeTranslitTables } = (await import(pathToFileURL(translitWriter).href)) as { writeTranslitTables: () => number };
const translitBytes = writeTranslitTables();
process.stderr.write(`build-kb-index: dist/arabic/translit-model.prebuilt.bin (${(translitBytes / 1048576).toFixed(1)} MB)\n`);
