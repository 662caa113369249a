// The sides model's candidate index: one pass over the document's actors, the same candidates as filtering them
// for every act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { actorMentions } from '../src/extract/events/actors.js';
import { actorsBySentence, sideCandidates, type SidesRecord } from '../src/extract/events/sides/choose.js';
import { wordsOf } from '../src/arabic/words.js';

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
