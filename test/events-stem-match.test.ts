// The compiled word lists of the report checks answer as testing the list word by word (wordHas with prefix) does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemMatcher } from '../src/extract/events/stem-match.js';

/** The reference: a stem is a word of the list, or starts with one of `min` letters or more. */
const byWord = (list: string[], min: number) => (stem: string) => list.some((c) => stem === c || (c.length >= min && stem.startsWith(c)));

test('a stem matches a word of the list, or a longer word starting with one of three letters or more', () => {
  const list = ['قتل', 'جرح', 'اشتباك', 'دم', 'غارة'];
  const m = stemMatcher(list, 3);
  for (const [stem, want] of [['قتل', true], ['قتلى', true], ['جرحى', true], ['اشتباكات', true], ['دم', true], ['دمار', false], ['غار', false], ['غارات', false], ['غارة', true], ['', false], ['ق', false]] as const) {
    assert.equal(m(stem), want, stem);
    assert.equal(m(stem), byWord(list, 3)(stem), stem);
  }
});

test('the compiled list agrees with the word-by-word test on every prefix of its words and more', () => {
  const list = ['مظاهر', 'احتجاج', 'اعتصام', 'مسيرة', 'ال', 'صباح', 'مساء', 'فجر'];
  for (const min of [1, 3, 4, 9]) {
    const m = stemMatcher(list, min);
    const ref = byWord(list, min);
    const stems = list.flatMap((w) => Array.from({ length: w.length + 3 }, (_, n) => (w + 'ات').slice(0, n)));
    for (const st of [...stems, 'المظاهرات', 'فجرا', 'صباحا', 'مساءات', 'xyz']) assert.equal(m(st), ref(st), `${st} (min ${min})`);
  }
});
