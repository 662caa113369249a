// What the main thread loads once and hands to every analysis thread in workerData: the prebuilt KB index, the NER models,
// the shipped word tables and the tables of the knowledge the model's lists give (the gazetteer, name
// parts, word counts) and the models' emission tables, their arrays in SharedArrayBuffers. A thread then tags with the same memory
// instead of reading, parsing and decoding the files again (start-up time and RSS per thread).
import { sharedKnowledge, sharedTables, useSharedKnowledge, useSharedTables, type NerList } from '../ner/knowledge.js';
import type { KnowledgeData } from '../ner/knowledge-tables.js';
import type { StackModels } from '../ner/model-file.js';
import { emissionSlots, useEmissionSlots, type EmissionSlots } from '../ner/emission-table.js';
import { shippedModels, useSharedModels } from '../ner/tagger.js';
import type { WordTableData } from '../ner/word-table.js';
import type { EncodedIndex } from '../kb/index-codec.js';
import { sharedIndex, useSharedIndex } from '../kb/load.js';

export interface SharedData {
  models: StackModels;
  tables: Record<string, WordTableData>;
  /** The list parts of the knowledge the models read (their `lists`); null when they cannot be tabled. */
  knowledge: KnowledgeData | null;
  /** The models' emission tables (emission-table.ts), over their weights. */
  emission: { first: EmissionSlots; second: EmissionSlots | null };
  /** The prebuilt KB index as read from its file (src/kb/prebuilt.ts); null when there is none. */
  kb: EncodedIndex | null;
}

/** The lists a stack's features read (as the tagger reads them from the model). */
const listsOf = (m: StackModels) => (m.lists ?? []) as NerList[];

/** The shared data of this process (decoded and read now if not yet). */
export function sharedData(): SharedData {
  const models = shippedModels();
  const emission = { first: emissionSlots(models.first), second: models.second ? emissionSlots(models.second) : null };
  return { models, tables: sharedTables(), knowledge: sharedKnowledge(listsOf(models)), emission, kb: sharedIndex() };
}

/** Installs in this thread the data another thread shared (absent: this thread loads its own). */
export function useSharedData(data: SharedData | null | undefined): void {
  if (!data) return;
  if (data.kb) useSharedIndex(data.kb);
  useSharedTables(data.tables);
  useSharedModels(data.models);
  const models = shippedModels();
  // Tables built for these very models only (this thread may hold models of its own already).
  if (models === data.models) {
    useEmissionSlots(models.first, data.emission.first);
    if (models.second && data.emission.second) useEmissionSlots(models.second, data.emission.second);
  }
  if (data.knowledge) useSharedKnowledge(listsOf(data.models), data.knowledge);
}
