import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concatFeatures, loadKnowledge, type NerKnowledge, type NerList } from '../src/ner/features.js';
import { bioAllowed, decodeEmissions, marginsOf, tableEmissions, emissionTable, type SequenceModel } from '../src/ner/perceptron.js';
import { pathDecoder } from '../src/ner/path-decoder.js';
import { documentTagger } from '../src/ner/tag-document.js';
import { baseFeatures, shippedModels, type TaggerOptions } from '../src/ner/tagger.js';
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

const SENTENCES = [
  ['قال', 'وزير', 'الخارجية', 'المصري', 'سامح', 'شكري', 'في', 'القاهرة', 'أمس'],
  ['وأضاف', 'شكري', 'أن', 'الأمم', 'المتحدة', 'ستعقد', 'اجتماعا', 'في', 'جنيف'],
  [],
  ['وصل', 'شكري', 'إلى', 'جنيف'],
];

/** The tags of the plain two-pass computation: every key of the concatenated features looked up in order. */
function plainTags(first: SequenceModel, second: SequenceModel, k: NerKnowledge, opts: TaggerOptions, sentences: string[][]): string[][] {
  const t1 = emissionTable(first);
  const t2 = emissionTable(second);
  const base = baseFeatures(sentences, k, opts);
  const e1 = base.map((f) => tableEmissions(t1, f));
  const n = (s: number) => sentences[s].length;
  const margins = opts.margins ? e1.map((e, s) => marginsOf(first, e, n(s))) : undefined;
  const firstPass = e1.map((e, s) => decodeEmissions(first, e, n(s), bioAllowed(first.labels)));
  const stacked = stackedFeatures(sentences, firstPass, k, opts.window, margins);
  return base.map((f, s) => decodeEmissions(second, tableEmissions(t2, concatFeatures([f, stacked[s]])), n(s), bioAllowed(second.labels), opts.oBias));
}

function shipped() {
  const m = shippedModels();
  const k = loadKnowledge((m.lists ?? []) as NerList[]);
  return { m, k, opts: { window: m.window, doc: m.doc, oBias: m.oBias, margins: m.margins ?? false } };
}

test('tagging a document gives the tags of the plain two-pass computation over concatenated features', () => {
  const { m, k, opts } = shipped();
  // The shipped weights are multiples of 2^-28 below 2^7: sums of up to ~490,000 of them are exact.
  assert.ok(emissionTable(m.first).exactTerms > 100_000);
  const tag = documentTagger(m.first, m.second, opts, k);
  const want = plainTags(m.first, m.second!, k, opts, SENTENCES);
  assert.ok(want.flat().some((t) => t !== 'O'));
  assert.deepEqual(tag(SENTENCES), want);
  // Again, with the words' scores kept from the first call.
  assert.deepEqual(tag(SENTENCES), want);
});

test('with weights whose sums are not exact, the tagger adds them in the order the features are listed', () => {
  const { m, k, opts } = shipped();
  // One tiny weight: the lowest bit set drops to about 2^-90, so no sum of two weights is exact any more.
  const odd = (x: SequenceModel): SequenceModel => {
    const weights = x.weights.slice();
    weights[weights.findIndex((w) => w === 0)] = 1e-27;
    for (let i = 0; i < weights.length; i += 7) weights[i] *= 1.0000001;
    return { ...x, weights };
  };
  const first = odd(m.first);
  const second = odd(m.second!);
  assert.ok(emissionTable(first).exactTerms < 2);
  const tag = documentTagger(first, second, opts, k);
  assert.deepEqual(tag(SENTENCES), plainTags(first, second, k, opts, SENTENCES));
});
