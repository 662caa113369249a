// The guard 'endangers' of triggers.tsv: a danger described ('تهدد أمن المنطقة', 'يشكل تهديدا') is no threat made.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const coded = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type} ${e.trigger?.text}`);

test('a danger described is no threat made', () => {
  assert.ok(!coded('وقال الوزير إن هذه الجماعة المتطرفة تهدد أمن المنطقة واستقرارها.').some((e) => e.startsWith('THREATEN')));
  assert.ok(!coded('وأكد الوزير أن التنظيم يشكل تهديدا مباشرا لدول الجوار.').some((e) => e.startsWith('THREATEN')));
  assert.ok(coded('وهدد الحوثيون بقصف المنشآت الأمنية في جازان.').some((e) => e.startsWith('THREATEN')));
});
