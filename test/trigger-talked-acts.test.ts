// Acts talked about, not done: a verbal noun after a verb whose object is an act («لا تتيح خطف المدنيين») or after
// «نوع»/«مثل», an attack in words on a wish, a decision or a plan («فهاجم النائب رغبة الحكومة»); and chanting, and an act
// inside quoted words of a sentence read alone: words said, left to the report check. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { chanted, neverDropped, readCandidate, reportCandidates } from '../src/extract/events/report-filter.js';
import { quotedAt } from '../src/extract/events/report-features.js';

const hits = (text: string) => findTriggers(wordsOf(text, splitSentences(text)));
const posOf = (text: string, word: string) => {
  const words = wordsOf(text, splitSentences(text));
  return findTriggers(words).find((h) => words[h.first].text === word)?.pos;
};

test('a verbal noun right after a verb whose object is an act is the noun, not a past verb', () => {
  for (const [text, word] of [
    ['وقال القاضي إن القانون لا يجيز قتل الأسرى تحت أي ظرف.', 'قتل'],
    ['ويرى الخبراء أن هذه الثغرة تتيح خطف الطائرات بسهولة.', 'خطف'],
    ['وأضاف أن الوضع يستدعي قصف مواقع المتمردين قبل الشتاء.', 'قصف'],
    ['وقال الوزير إن الخطر الذي يشكله خطف البحارة يزداد.', 'خطف'],
    ['ولا شيء يبرر قتل المدنيين في الحرب.', 'قتل'],
  ] as const) assert.equal(posOf(text, word), 'noun', text);
  // A past verb that opens its clause stays one.
  assert.equal(posOf('وقال الشهود إن مسلحين خطفوا سائقا أمس.', 'خطفوا'), 'verb');
  assert.equal(posOf('وخطف مسلحون سائقا على الطريق الدولي أمس.', 'وخطف'), 'verb');
});

test('after «نوع», «مثل», «كيفية» or «على عاتقهم» the form is a noun: an act named, not told', () => {
  assert.equal(posOf('وهي خطوة أبعد أثرا من خطوات من نوع خطف جندي أو إطلاق صاروخ.', 'خطف'), 'noun');
  assert.equal(posOf('وحذر التقرير من جرائم مثل قتل الصحفيين وسجنهم.', 'قتل'), 'noun');
  // How an act was done, and what a group took upon itself, name the act.
  assert.equal(posOf('وطالبت اللجنة بمعرفة كيفية قتل الصحفيين الثلاثة.', 'قتل'), 'noun');
  assert.equal(posOf('وهي الجماعة التي أخذت على عاتقها خطف الأجانب.', 'خطف'), 'noun');
});

test('attacking a wish, a decision, a plan or a proposal is an attack in words, no assault', () => {
  const assaults = (text: string) => hits(text).filter((h) => h.entry.type === 'ASSAULT');
  assert.deepEqual(assaults('فهاجم النائب رغبة الحكومة في التفاوض مع المعارضة.'), []);
  assert.deepEqual(assaults('وهاجم زعيم الحزب قرار المحكمة بحل البرلمان.'), []);
  assert.deepEqual(assaults('وهاجم المرشح خطة خصمه لخفض الضرائب.'), []);
  // An armed attack on a convoy is one.
  assert.ok(assaults('وهاجم مسلحون قافلة للجيش قرب الحدود أمس.').length > 0);
});

function protestReading(text: string) {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  const coded = codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) });
  const cands = reportCandidates(coded, 'PROTEST');
  return cands.flatMap((c) => {
    const read = readCandidate(coded, c.sentence, c.events, cands.length, doc.sentences.length);
    return c.events.map((e, k) => ({ e, protectedEvent: read.protects[k], chant: chanted(e, coded.words) }));
  });
}

test('chanting is words said: the never-drop rule does not protect it, the act of protest it does', () => {
  const chant = protestReading('وردد المحتجون هتافات مناهضة للحكومة أمام مبنى البلدية.').filter((r) => r.e.hit.pos === 'verb');
  assert.ok(chant.length > 0, 'the rules find the chanting');
  for (const r of chant) {
    assert.equal(r.chant, true);
    assert.equal(r.protectedEvent, false);
  }
  const march = protestReading('تظاهر آلاف الطلاب أمام وزارة التعليم احتجاجا على قرار الحكومة.').filter((r) => r.e.hit.pos === 'verb');
  assert.ok(march.length > 0, 'the rules find the protest');
  for (const r of march) {
    assert.equal(r.chant, false);
    assert.equal(neverDropped(r.e), true);
    assert.equal(r.protectedEvent, true);
  }
});

function assaultReading(text: string) {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  const coded = codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) });
  const cands = reportCandidates(coded, 'ASSAULT');
  return cands.flatMap((c) => {
    const read = readCandidate(coded, c.sentence, c.events, cands.length, doc.sentences.length);
    return c.events.map((e, k) => ({ e, protectedEvent: read.protects[k], quoted: quotedAt(coded.words, e.hit.first) }));
  });
}

test('an act inside quoted words of a sentence read alone is what a speaker says: the model decides, the never-drop rule does not', () => {
  const said = assaultReading('وقال المتحدث إن «القوات الإسرائيلية قصفت مدينة رفح أمس».').filter((r) => r.e.hit.pos === 'verb');
  assert.ok(said.length > 0, 'the rules find the shelling');
  for (const r of said) {
    assert.equal(r.quoted, true);
    assert.equal(neverDropped(r.e), true, 'explicit, both sides named');
    assert.equal(r.protectedEvent, false);
  }
  // Told by the report itself, it stays protected.
  const told = assaultReading('قصفت القوات الإسرائيلية مدينة رفح أمس، بحسب «الوكالة».').filter((r) => r.e.hit.pos === 'verb');
  assert.ok(told.length > 0 && told.every((r) => !r.quoted && r.protectedEvent));
  // In an article an official's quoted statement is often the report itself: protected there.
  const article = assaultReading('قصف على رفح.\n\nوقال المتحدث إن «القوات الإسرائيلية قصفت مدينة رفح أمس».\n\nوأضاف أن المعارك مستمرة.')
    .filter((r) => r.e.hit.pos === 'verb' && r.quoted);
  assert.ok(article.length > 0 && article.every((r) => r.protectedEvent), JSON.stringify(article.map((r) => r.protectedEvent)));
});
