// The sides model's candidate index: one pass over the document's actors, the same candidates as filtering them
// for every act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { actorMentions } from '../src/extract/events/actors.js';
import { actorsBySentence, chooseSides, sideCandidates, type SidesRecord } from '../src/extract/events/sides/choose.js';
import { wordsOf } from '../src/arabic/words.js';
import type { SidesModel } from '../src/extract/events/sides/model.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };

test('actorsBySentence: each sentence lists its own actors in document order', () => {
  const doc = analyzeText('قتل مسلحون مجهولون جنديين عراقيين في الموصل. وتظاهر طلاب أمام جامعة بغداد.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const actors = actorMentions(doc.entities, words);
  const index = actorsBySentence(words, actors);
  const listed = [...index.values()].flat();
  assert.equal(listed.length, actors.filter((a) => words[a.first]).length);
  for (const [s, list] of index) for (const a of list) assert.equal(words[a.first].sentence, s);
});

test('sideCandidates: the same candidates with the sentence index as without it', () => {
  const doc = analyzeText('وقال مصدر في الشرطة إن مسلحين مجهولين أطلقوا النار على مصلين عراقيين قرب مسجد في بغداد. واعتقلت الشرطة ثلاثة منهم.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const actors = actorMentions(doc.entities, words);
  const recs: SidesRecord[] = [];
  codeEvents(doc, { sides: { model: null, record: (r) => recs.push(r) } });
  assert.ok(recs.length > 0);
  const index = actorsBySentence(words, actors);
  for (const r of recs) {
    const plain = sideCandidates({ words, text: doc.text, actors }, r.hit, r.rule);
    const indexed = sideCandidates({ words, text: doc.text, actors, bySentence: index }, r.hit, r.rule);
    assert.deepEqual(indexed.map((a) => [a.entity.id, a.start]), plain.map((a) => [a.entity.id, a.start]));
  }
});

test('per-role floors: a side below margin 0 is filled only in the second pass, and only down to the floor', () => {
  const doc = analyzeText('أطلق مسلحون مجهولون النار على شرطي في بيشاور.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const actors = actorMentions(doc.entities, words);
  const recs: SidesRecord[] = [];
  codeEvents(doc, { sides: { model: null, record: (r) => recs.push(r) } });
  const r = recs.find((x) => x.hit.entry.type === 'ASSAULT')!;
  // The policeman scores target 0.5 against none 1: a margin of -0.5.
  const model: SidesModel = { format: 'rasad-sides-perceptron', mode: 'choose', types: ['ASSAULT'], weights: { 'sector=COP': [0, 0.5, 0], bias: [0, 0, 1] } };
  const ctx = { words, text: doc.text, actors };
  const clause: [number, number] = [0, words.length];
  const target = (m: SidesModel, second: boolean) => chooseSides({ ...ctx, secondPass: second }, r.hit, clause, r.rule, { model: m }).target?.sector ?? null;
  assert.equal(target(model, true), null, 'no floors: margin 0');
  assert.equal(target({ ...model, floors: [0, -1] }, false), null, 'first pass: margin 0');
  assert.equal(target({ ...model, floors: [0, -1] }, true), 'COP', 'second pass: down to -1');
  assert.equal(target({ ...model, floors: [0, -0.25] }, true), null, 'not below the floor');
});
