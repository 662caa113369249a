import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concatFeatures, loadKnowledge, type NerList } from '../src/ner/features.js';
import { bioAllowed, decodeEmissions, marginsOf, tableEmissions, emissionTable } from '../src/ner/perceptron.js';
import { pathDecoder } from '../src/ner/path-decoder.js';
import { documentTagger } from '../src/ner/tag-document.js';
import { baseFeatures, shippedModels } from '../src/ner/tagger.js';
import { stackedFeatures } from '../src/ner/document-features.js';
import { mulberry32 } from '../src/random.js';

const LABELS = ['O', 'B-LOC', 'I-LOC', 'B-PERS', 'I-PERS'];

test('the path decoder finds the path viterbi finds, ties included, on buffers it reuses', () => {
  const rand = mulberry32(7);
  const L = LABELS.length;
  const allowed = bioAllowed(LABELS);
  // Small whole numbers: many equal sums, so the order predecessors are tried in matters.
  const trans = Float32Array.from({ length: (L + 1) * (L + 1) }, () => Math.floor(rand() * 3) - 1);
  const decode = pathDecoder(LABELS, trans, allowed);
  for (const n of [0, 1, 2, 5, 90, 3]) {
    const e = Float64Array.from({ length: n * L }, () => Math.floor(rand() * 3));
    const copy = e.slice();
    assert.deepEqual(decode(e, n), decodeEmissions({ labels: LABELS, trans }, e, n, allowed));
    assert.deepEqual(e, copy);
  }
});

test('tagging a document gives the tags of the plain two-pass computation over concatenated features', () => {
  const m = shippedModels();
  const k = loadKnowledge((m.lists ?? []) as NerList[]);
  const opts = { window: m.window, doc: m.doc, oBias: m.oBias, margins: m.margins ?? false };
  const sentences = [
    ['قال', 'وزير', 'الخارجية', 'المصري', 'سامح', 'شكري', 'في', 'القاهرة', 'أمس'],
    ['وأضاف', 'شكري', 'أن', 'الأمم', 'المتحدة', 'ستعقد', 'اجتماعا', 'في', 'جنيف'],
    [],
    ['وصل', 'شكري', 'إلى', 'جنيف'],
  ];
  const plain = () => {
    const t1 = emissionTable(m.first);
    const t2 = emissionTable(m.second!);
    const base = baseFeatures(sentences, k, opts);
    const e1 = base.map((f) => tableEmissions(t1, f));
    const n = (s: number) => sentences[s].length;
    const margins = opts.margins ? e1.map((e, s) => marginsOf(m.first, e, n(s))) : undefined;
    const first = e1.map((e, s) => decodeEmissions(m.first, e, n(s), bioAllowed(m.first.labels)));
    const stacked = stackedFeatures(sentences, first, k, opts.window, margins);
    return base.map((f, s) => decodeEmissions(m.second!, tableEmissions(t2, concatFeatures([f, stacked[s]])), n(s), bioAllowed(m.second!.labels), opts.oBias));
  };
  const tag = documentTagger(m.first, m.second, opts, k);
  const want = plain();
  assert.ok(want.flat().some((t) => t !== 'O'));
  assert.deepEqual(tag(sentences), want);
  // Again, with the words' scores kept from the first call.
  assert.deepEqual(tag(sentences), want);
});
