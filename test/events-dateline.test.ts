// A dateline says where a wire was filed and by whom: nobody in it is a side (src/extract/events/dateline.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { wordsOf } from '../src/arabic/words.js';
import { datelineWords } from '../src/extract/events/dateline.js';
import { actorMentions } from '../src/extract/events/actors.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };

test('the country in a dateline is not the source of the act after it', () => {
  const doc = analyzeText('رويترز - جنيف (سويسرا): وقّعت الفصائل اليمنية المتحاربة اتفاقا لتبادل الأسرى.', meta, 's');
  const ev = doc.events.find((e) => e.type === 'AGREE');
  assert.ok(ev);
  assert.notEqual(ev.source?.country, 'CHE');
});

test('a dateline needs an agency: a country and a colon is a speaker, no dateline', () => {
  const text = 'إيران: سنرد على أي هجوم أمريكي.';
  const doc = analyzeText(text, meta, 's');
  const words = wordsOf(doc.text, doc.sentences);
  assert.equal(datelineWords(words, actorMentions(doc.entities, words)).size, 0);
});

test('the words of a dateline with the agency\'s initials', () => {
  const text = 'بيروت (أ ف ب) - قال مسؤول لبناني إن الجيش اعتقل خمسة مسلحين.';
  const doc = analyzeText(text, meta, 's');
  const words = wordsOf(doc.text, doc.sentences);
  const d = datelineWords(words, actorMentions(doc.entities, words));
  assert.deepEqual([...d].map((k) => words[k].text), ['بيروت', '(', 'أ', 'ف', 'ب', ')']);
});
