import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureKey, makeKnowledge, sentenceFeatures, tokenKeys, type NerKnowledge } from '../src/ner/features.js';
import { stemPattern } from '../src/ner/cue-runs.js';
import { hashString, key, mix, template } from '../src/ner/hash.js';
import { wordInfo } from '../src/ner/word-info.js';

const lists = (switches: NerKnowledge['switches']) => ({
  ...makeKnowledge(
    [{ name: 'فرنسا', type: 'LOC' }],
    [
      { word: 'وزارة', kind: 'ORG_CUE' },
      { word: 'الرئيس', kind: 'PERS_TITLE' },
      { word: 'بطولة', kind: 'MISC_CUE' },
    ],
    [],
    [],
    [
      { word: 'شؤون', classes: ['h60', 't'] },
      { word: 'خارجية', classes: ['h60', 't'] },
    ],
  ),
  switches,
});

const keysOf = (words: string[], k: NerKnowledge, i: number) => [...tokenKeys(sentenceFeatures(words, k), i)];
/** The key of a 'runs' feature: template, cue kind, distance, then further parts. */
const runKey = (t: string, kind: string, d: number, ...more: number[]) =>
  key(template(t), more.reduce((h, m) => mix(h, m), mix(hashString(kind), hashString(String(d)))));

test('stem patterns: root letters become C, the augment letters stay', () => {
  assert.equal(stemPattern('مستشفيات'), 'مCتCCيات');
  assert.equal(stemPattern('كاتب'), 'CاتC');
  assert.equal(stemPattern('مدرسه'), 'مCCCه');
  assert.equal(stemPattern('من'), '', 'too short');
});

test('stem patterns: a feature of the word only when the model reads wazn', () => {
  const on = wordInfo('الاستثمارات', lists(['wazn']));
  const off = wordInfo('الاستثمارات', lists([]));
  const wz = featureKey('wz', stemPattern(on.stem));
  assert.ok(on.own.includes(wz));
  assert.ok(!off.own.includes(wz));
  assert.equal(off.own.length + 2, on.own.length);
});

test('cue runs: the third word after an organisation head still sees it, with its article', () => {
  const words = ['وقالت', 'وزارة', 'الشؤون', 'الخارجية', 'الفرنسية', 'إن'];
  const k = lists(['runs']);
  const third = keysOf(words, k, 4);
  assert.ok(third.includes(runKey('cr<', 'ORG_CUE', 3)));
  assert.ok(third.includes(runKey('cr<al', 'ORG_CUE', 3, hashString('al'))));
  // Every word between has the article: an idafa chain.
  assert.ok(third.includes(runKey('crch', 'ORG_CUE', 3, 1, hashString('al'))));
  assert.ok(keysOf(words, k, 2).includes(runKey('cr<', 'ORG_CUE', 1)));
  // The words before the head see it ahead of them.
  assert.ok(keysOf(words, k, 0).includes(runKey('cr>', 'ORG_CUE', 1)));
  // Off unless the model reads runs.
  assert.ok(!keysOf(words, lists([]), 4).includes(runKey('cr<', 'ORG_CUE', 3)));
});

test('cue runs: punctuation ends the run, and the cue word itself gets none', () => {
  const k = lists(['runs']);
  const words = ['الرئيس', '،', 'ماكرون'];
  assert.ok(!keysOf(words, k, 2).includes(runKey('cr<', 'PERS_TITLE', 2)));
  const cue = keysOf(['بطولة', 'العالم'], k, 0);
  assert.ok(!cue.some((x) => x === runKey('cr>', 'MISC_CUE', 1)));
});

test('wide window: a word no list knows sees the words three away; a known word does not', () => {
  const k = lists(['wide']);
  const words = ['الرئيس', 'في', 'حديث', 'زيلينسكي', 'امس', 'في', 'كييف'];
  const unknown = keysOf(words, k, 3);
  assert.ok(unknown.includes(featureKey('w-3', 'الرييس')));
  assert.ok(unknown.includes(featureKey('tr-3', 'PERS_TITLE')));
  assert.ok(unknown.includes(featureKey('w+3', 'كييف')));
  const known = keysOf(['خارجية', 'في', 'حديث', 'فرنسا'], k, 3);
  assert.ok(!known.includes(featureKey('w-3', 'خارجيه')));
});

test('neighbour patterns: the words ±1 give their stem patterns, only when the model reads wazn-near', () => {
  const words = ['المستشفيات', 'الحكومية', 'في'];
  const on = keysOf(words, lists(['wazn-near']), 1);
  assert.ok(on.includes(featureKey('wz-1', stemPattern('مستشفيات'))));
  assert.ok(!keysOf(words, lists([]), 1).includes(featureKey('wz-1', stemPattern('مستشفيات'))));
  // «في» is too short to have a pattern: no key after.
  assert.ok(!on.some((x) => x === featureKey('wz+1', '')));
});
