// A noun of protest that is the subject of a verb of breaking out or taking place in the past («واندلعت مظاهرة», «وخرجت أمس
// مظاهرات») is an act told as happened: the report check doubts it, never drops it (brokeOut in report-filter.ts). Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { brokeOut, readCandidate, reportCandidates } from '../src/extract/events/report-filter.js';

function protestNouns(text: string) {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  const coded = codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) });
  const cands = reportCandidates(coded, 'PROTEST');
  return cands.flatMap((c) => {
    const read = readCandidate(coded, c.sentence, c.events, cands.length, doc.sentences.length);
    return c.events.map((e, k) => ({ word: coded.words[e.hit.first].text, pos: e.hit.pos, brokeOut: brokeOut(e, coded.words), protectedEvent: read.protects[k] }));
  });
}

const protectedNoun = (text: string, word: string) => protestNouns(text).find((r) => r.word === word);

test('a protest noun right after a verb of breaking out, or after a time, a count or في and a place, is told as happened (a place named: the rules find it concrete)', () => {
  for (const [text, word] of [
    ['واندلعت مظاهرات غاضبة في العاصمة بعد إعلان نتائج الانتخابات.', 'مظاهرات'],
    ['واندلعت أمس مظاهرات في مدينة حمص للمطالبة برحيل الحكومة.', 'مظاهرات'],
    ['وجرت عدة تظاهرات أمام مقر البرلمان احتجاجا على القانون الجديد.', 'تظاهرات'],
    ['واندلعت في طهران احتجاجات على ارتفاع أسعار الخبز.', 'احتجاجات'],
    ['وانطلقت مسيرة احتجاجية من ساحة التحرير في بغداد باتجاه المنطقة الخضراء.', 'مسيرة'],
  ]) {
    const r = protectedNoun(text, word);
    assert.ok(r, `${text}: the rules find ${word}`);
    assert.equal(r.brokeOut, true, text);
    assert.equal(r.protectedEvent, true, text);
  }
});

test('a protest talked about, called for or far from the verb is not protected by it', () => {
  // Called for: the act noun after «إلى» governed by a word of calling.
  const called = protectedNoun('ودعت النقابة إلى مظاهرات في العاصمة يوم الأحد.', 'مظاهرات');
  assert.notEqual(called?.brokeOut, true);
  // The protesters are no act: the verb's subject is the act itself.
  for (const r of protestNouns('وخرج المتظاهرون إلى الشوارع رافعين الأعلام.')) assert.equal(r.brokeOut, false, r.word);
  // A verb of another kind before the noun ('نظمت' organised: a report of intent as often as of the act).
  const organised = protectedNoun('وقالت الحركة إنها ستنظم مظاهرات حاشدة الأسبوع المقبل.', 'مظاهرات');
  assert.notEqual(organised?.brokeOut, true);
});
