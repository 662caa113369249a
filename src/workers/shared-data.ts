// What the main thread loads once and hands to every analysis thread in workerData: the prebuilt KB index, the
// NER models, the shipped word tables, the tables of the knowledge the model's lists give (the gazetteer, name
// parts, word counts) and the models' emission tables, their arrays in SharedArrayBuffers. A thread then tags with
// the same memory instead of reading, parsing and decoding the files again (start-up time and RSS per thread).
// The same data is what the build writes into the prebuilt NER file (ner-prebuilt.ts).
import { sharedKnowledge, sharedTables, useSharedKnowledge, useSharedTables, type NerList } from '../ner/knowledge.js';
import type { KnowledgeData } from '../ner/knowledge-tables.js';
import type { StackModels } from '../ner/model-file.js';
import type { SequenceModel } from '../ner/perceptron.js';
import { makeIndex, type FeatureIndex } from '../ner/feature-index.js';
import { emissionSlots, useEmissionSlots, type EmissionSlots } from '../ner/emission-table.js';
import { shippedModels, useSharedModels } from '../ner/tagger.js';
import type { WordTableData } from '../ner/word-table.js';
import type { EncodedIndex } from '../kb/index-codec.js';
import { sharedIndex, useSharedIndex } from '../kb/load.js';

/** A model without its feature index: tagging reads the emission table, which maps the same keys to the same rows. */
export type BareModel = Omit<SequenceModel, 'index'>;

export interface SharedData {
  models: Omit<StackModels, 'first' | 'second'> & { first: BareModel; second: BareModel | null };
  tables: Record<string, WordTableData>;
  /** The list parts of the knowledge the models read (their `lists`); null when they cannot be tabled. */
  knowledge: KnowledgeData | null;
  /** The models' emission tables (emission-table.ts), over their weights. */
  emission: { first: EmissionSlots; second: EmissionSlots | null };
  /** The prebuilt KB index as read from its file (src/kb/prebuilt.ts); null when there is none. */
  kb: EncodedIndex | null;
}

/** The lists a stack's features read (as the tagger reads them from the model). */
const listsOf = (m: { lists?: string[] }) => (m.lists ?? []) as NerList[];

const bare = (m: SequenceModel): BareModel => ({ labels: m.labels, weights: m.weights, trans: m.trans });

/** The shared data of this process (decoded and read now if not yet). */
export function sharedData(): SharedData {
  const { first, second, ...opts } = shippedModels();
  const emission = { first: emissionSlots(first), second: second ? emissionSlots(second) : null };
  return {
    models: { ...opts, first: bare(first), second: second ? bare(second) : null },
    tables: sharedTables(),
    knowledge: sharedKnowledge(listsOf(opts)),
    emission,
    kb: sharedIndex(),
  };
}

/**
 * A whole model over a bare one and its emission table: its feature index (for training code and model files,
 * never for tagging) is rebuilt from the table's keys and rows when first read.
 */
export function withIndex(m: BareModel, e: EmissionSlots): SequenceModel {
  let index: FeatureIndex | null = null;
  const model = { labels: m.labels, weights: m.weights, trans: m.trans } as SequenceModel;
  Object.defineProperty(model, 'index', {
    enumerable: true,
    get: () => {
      if (!index) {
        const rows = new Int32Array(m.weights.length / m.labels.length);
        for (let s = 0; s < e.slots.length; s += 2) if (e.slots[s] !== 0) rows[e.slots[s + 1]] = e.slots[s];
        index = makeIndex(rows);
      }
      return index;
    },
  });
  useEmissionSlots(model, e);
  return model;
}

/** Installs in this thread the data another thread shared (absent: this thread loads its own). */
export function useSharedData(data: SharedData | null | undefined): void {
  if (!data) return;
  if (data.kb) useSharedIndex(data.kb);
  useSharedTables(data.tables);
  const { first, second, ...opts } = data.models;
  const e = data.emission;
  useSharedModels({ ...opts, first: withIndex(first, e.first), second: second && e.second ? withIndex(second, e.second) : null });
  if (data.knowledge) useSharedKnowledge(listsOf(opts), data.knowledge);
}
