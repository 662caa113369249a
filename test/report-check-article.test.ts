// The report check read as the pipeline reads it: the trainer sees a GSR sentence the pipeline splits in two as use does
// (no floor), an article (three sentences or more) has a threshold of its own, and a noun act in a longer text is kept,
// doubted, when its doer (a nisba) and its target are named. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { applyReportCheck, namedNoun, readCandidate, reportCandidates, thresholdFor, type ReportModel } from '../src/extract/events/report-filter.js';
import { keptBy } from '../src/extract/events/report-training.js';
import type { Coded } from '../src/extract/events/context.js';

function codedOf(text: string): Coded {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  return codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) });
}

const f = new Map([['bias', 1]]);

test('keptBy: where the floor does not hold (a sentence the pipeline splits) a protected event is kept however low the score', () => {
  assert.equal(keptBy({ label: 'yes', cands: [{ f, kept: true }] }, 0.01, 0.5, true, 0.5), false);
  assert.equal(keptBy({ label: 'yes', cands: [{ f, kept: true }], floorHolds: false }, 0.01, 0.5, true, 0.5), true);
  // Each candidate is read on its own score, a lenient one at a quarter of the threshold.
  const two = { label: 'yes', cands: [{ f, kept: false }, { f, kept: false, lenient: true }] };
  assert.equal(keptBy(two, [0.3, 0.1], 0.5, true), false);
  assert.equal(keptBy(two, [0.3, 0.2], 0.5, true), true);
});

test('an article has its own threshold; a shorter text, or a model without one, keeps the GSR threshold', () => {
  const model: ReportModel = { type: 'ASSAULT', threshold: 0.4, article: 0.1, weights: {} };
  assert.equal(thresholdFor(model, 1), 0.4);
  assert.equal(thresholdFor(model, 2), 0.4);
  assert.equal(thresholdFor(model, 3), 0.1);
  assert.equal(thresholdFor({ ...model, article: undefined }, 5), 0.4);
});

test('the article threshold is the one applied in a text of three sentences', () => {
  const text = 'عقدت الحكومة اجتماعا طارئا صباح اليوم. وقال شهود إن مسلحين أطلقوا النار على حافلة للركاب قرب الحدود. ودعا البرلمان إلى تحقيق عاجل.';
  const coded = codedOf(text);
  const cands = reportCandidates(coded, 'ASSAULT');
  assert.ok(cands.length > 0, 'the rules find the shooting');
  // bias -1.4: a score of about 0.2, under 0.5 and over 0.1.
  const model: ReportModel = { type: 'ASSAULT', threshold: 0.5, weights: { bias: -1.4 } };
  const unprotected = (c: Coded) => ({ ...c, events: c.events.map((e) => ({ ...e, source: null })) });
  const strict = applyReportCheck(unprotected(coded), new Map([['ASSAULT', model]]), 3).filter((e) => e.type === 'ASSAULT');
  const lenient = applyReportCheck(unprotected(coded), new Map([['ASSAULT', { ...model, article: 0.1 }]]), 3).filter((e) => e.type === 'ASSAULT');
  assert.equal(strict.length, 0);
  assert.ok(lenient.length > 0);
});

test('a noun act with a nisba doer and a named target is protected in a longer text, not in a sentence alone', () => {
  const text = 'عقد مجلس الأمن جلسة طارئة مساء الأحد. وأدان المندوب البريطاني القصف الروسي على مدينة خاركيف الأوكرانية. وطالب بوقف التصعيد.';
  const coded = codedOf(text);
  const e = coded.events.find((x) => x.type === 'ASSAULT' && x.hit.pos === 'noun');
  assert.ok(e, 'the rules find the shelling');
  assert.ok(e.source && e.target, `${e.source?.name_en} > ${e.target?.name_en}`);
  assert.equal(namedNoun(e, coded.words), true);
  // One side and a place is not enough.
  assert.equal(namedNoun({ ...e, target: null }, coded.words), false);
  assert.equal(namedNoun({ ...e, modality: 'claimed' }, coded.words), false);
  const read = readCandidate(coded, e.sentence, [e], 1, 3);
  assert.deepEqual(read.protects, [true]);
  assert.equal(read.floorHolds, false);
  assert.deepEqual(readCandidate(coded, e.sentence, [e], 1, 1).protects, [false], 'a sentence read alone: the model decides');
});

test('examplesOf: a GSR sentence the pipeline splits is scored but not trained on when skipSplit is set', async () => {
  const { examplesOf } = await import('../src/extract/events/report-training.js');
  const f = new Map([['bias', 1]]);
  const rows = [
    { label: 'yes', cands: [{ f, kept: false }], floorHolds: true },
    { label: 'easy no', cands: [{ f, kept: false }], floorHolds: false },
  ];
  const s = { posWeight: 1, l2: 0.1, epochs: 1, bagOfWords: false };
  assert.equal(examplesOf(rows, s, 0.5).length, 2);
  assert.deepEqual(examplesOf(rows, s, 0.5, true).map((e) => e.y), [1]);
});
