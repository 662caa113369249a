// Writes the prebuilt KB index (src/kb/prebuilt.ts) from the TSVs, with the code it sits beside: called by
// scripts/build-kb-index.ts on the compiled code after `tsc`, so that the key covers the code that built it.
import { writeFileSync } from 'node:fs';
import { buildIndex } from './kb-index.js';
import { readKb } from './load.js';
import { encodeIndex } from './index-codec.js';
import { PREBUILT_FILE, kbSources, prebuiltBytes, sourceKey } from './prebuilt.js';
import { sourceStamp } from '../prebuilt-file.js';

/** Builds the index from the TSVs and writes it to `file`; returns the file's size in bytes. */
export function writePrebuiltIndex(file = PREBUILT_FILE): number {
  const bytes = prebuiltBytes(sourceKey(), encodeIndex(buildIndex(readKb())), sourceStamp(kbSources()));
  writeFileSync(file, bytes);
  return bytes.length;
}
