// A thread for test/shared-data.test.ts: installs the data the pool shares (workerData.shared), then
// answers {words} with what its tagger and word tables say of them, and whether they read shared memory.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../../src/ner/knowledge.js';
import { getIndex } from '../../src/kb/kb-index.js';
import { sharedIndex } from '../../src/kb/load.js';
import { loadTagger, shippedModels } from '../../src/ner/tagger.js';
import { useSharedData, type SharedData } from '../../src/workers/shared-data.js';

const shared = (workerData as { shared: SharedData }).shared;
useSharedData(shared);
parentPort!.on('message', (words: string[]) => {
  const k = loadKnowledge(['names', 'wikifane']);
  parentPort!.postMessage({
    tags: loadTagger().tag(words),
    classes: words.map((w) => k.clusters.get(w) ?? null),
    dictionary: words.map((w) => k.dictionary.get(w) ?? null),
    names: words.map((w) => k.nameTokens.get(w) ?? null),
    gazetteer: words.map((w) => k.gazetteer.get(w) ?? null),
    entities: words.map((w) => getIndex().trie.get(w)?.entries?.map((e) => getIndex().entities.get(e.id)?.name_en) ?? null),
    sameIndex: !!shared.kb && sharedIndex() === shared.kb,
    sameModels: shippedModels().first.weights === shared.models.first.weights,
  });
});
