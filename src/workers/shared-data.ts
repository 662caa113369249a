// What the main thread loads once and hands to every analysis thread in workerData: the NER models
// and the shipped word tables, their arrays in SharedArrayBuffers. A thread then tags with the same
// memory instead of reading, parsing and decoding the files again (start-up time and RSS per thread).
import { sharedTables, useSharedTables } from '../ner/knowledge.js';
import type { StackModels } from '../ner/model-file.js';
import { shippedModels, useSharedModels } from '../ner/tagger.js';
import type { WordTableData } from '../ner/word-table.js';

export interface SharedData {
  models: StackModels;
  tables: Record<string, WordTableData>;
}

/** The shared data of this process (decoded and read now if not yet). */
export function sharedData(): SharedData {
  return { models: shippedModels(), tables: sharedTables() };
}

/** Installs in this thread the data another thread shared (absent: this thread loads its own). */
export function useSharedData(data: SharedData | null | undefined): void {
  if (!data) return;
  useSharedTables(data.tables);
  useSharedModels(data.models);
}
