import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon, verbForms, nounForms, QUAD } from '../src/extract/events/lexicon.js';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const typesIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => h.entry.type);

test('verb inflection: perfect, imperfect, feminine, dual, plural, final-weak verbs', () => {
  const f = verbForms('قصف', 'يقصف');
  for (const form of ['قصف', 'قصفت', 'قصفا', 'قصفوا', 'يقصف', 'تقصف', 'يقصفون', 'تقصفان', 'نقصف']) assert.ok(f.includes(form), form);
  const weak = verbForms('نفي', 'ينفي');
  for (const form of ['نفي', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون']) assert.ok(weak.includes(form), form);
  const call = verbForms('دعا', 'يدعو');
  for (const form of ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون']) assert.ok(call.includes(form), form);
});

test('noun endings: plural, dual of ta marbuta nouns, accusative tanwin', () => {
  assert.ok(nounForms('غاره').includes('غارات'));
  assert.ok(nounForms('غاره').includes('غارتين'));
  assert.ok(nounForms('هجوم').includes('هجوما'));
  assert.ok(!nounForms('حرب').includes('حربي'), 'no nisba adjectives');
});

test('every lexicon row loads with a known type, a quad and a numeric intensity', () => {
  const lex = loadLexicon();
  assert.ok(lex.entries.length > 100);
  for (const e of lex.entries) {
    assert.ok(QUAD[e.type], e.lemma);
    assert.ok(e.intensity >= -10 && e.intensity <= 10, e.lemma);
    assert.match(e.cameo, /^\d{3,4}$/, e.lemma);
  }
});

test('triggers: verbs with clitics and passives, verbal nouns with the article', () => {
  assert.deepEqual(typesIn('وقصفت الطائرات مواقع المسلحين.'), ['ASSAULT']);
  assert.deepEqual(typesIn('واتهمه الوزير بالتقصير.'), ['ACCUSE']);
  assert.deepEqual(typesIn('نُقلت التعزيزات إلى الجبهة.'), ['MOBILIZE']);
  assert.deepEqual(typesIn('وبعد الاشتباكات هدأت المدينة.'), ['ASSAULT']);
  assert.deepEqual(typesIn('أعلنت الحكومة التعبئة العامة.'), ['MOBILIZE']);
});

test('triggers: multi-word triggers (phone calls, martial law, ceasefire calls)', () => {
  assert.deepEqual(typesIn('أجرى الرئيس اتصالا هاتفيا مع نظيره.'), ['CONSULT']);
  assert.deepEqual(typesIn('أعلن رئيس الوزراء الأحكام العرفية في البلاد.'), ['COERCE']);
  assert.deepEqual(typesIn('لقي ثلاثة جنود مصرعهم في الانفجار.'), ['ASSAULT', 'ASSAULT']);
});

test('triggers: ambiguous words need their context (نشر deploys forces, publishes statements)', () => {
  assert.deepEqual(typesIn('نشر الجيش بطاريات صواريخ على الحدود.'), ['MOBILIZE']);
  assert.deepEqual(typesIn('نشرت الوزارة بيانا عن الوضع.'), []);
  assert.deepEqual(typesIn('ضربت الأزمة المالية الأسواق.'), []);
  assert.deepEqual(typesIn('ضرب الطيران مواقع المسلحين.'), ['ASSAULT']);
  assert.deepEqual(typesIn('وصلت القوات عند الفجر.'), []);
  assert.deepEqual(typesIn('فجر انتحاري نفسه في السوق.'), ['ASSAULT']);
});

test('triggers: the most specific reading wins (أضرب عن الطعام is a strike, not an assault)', () => {
  assert.deepEqual(typesIn('أضرب المعتقلون عن الطعام احتجاجا على ظروفهم.'), ['PROTEST', 'PROTEST']);
});
