// cliticAnalyses builds no proclitic list per word: the lists are shared, frozen constants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliticAnalyses } from '../src/arabic/clitics.js';

const readings = (w: string) => cliticAnalyses(w).map((a) => `${a.proclitics.join('+')}|${a.stem}|${a.enclitic ?? ''}`);

test('cliticAnalyses: conjunction, preposition and article, then a suffix, lightest first', () => {
  assert.deepEqual(readings('وبالبيت'), ['|وبالبيت|', 'و|بالبيت|', 'و+ب|البيت|', 'و+ب+ال|بيت|']);
  assert.deepEqual(readings('للجيش'), ['|للجيش|', 'ل|لجيش|', 'ل+ال|جيش|']);
  assert.deepEqual(readings('فسيكتبونها'), ['|فسيكتبونها|', 'ف|سيكتبونها|', '|فسيكتبون|ها', 'ف+س|يكتبونها|', 'ف|سيكتبون|ها', 'ف+س|يكتبون|ها']);
});

test('cliticAnalyses: the proclitic lists are shared between words and cannot be changed', () => {
  const a = cliticAnalyses('والبيت').find((x) => x.proclitics.join('+') === 'و+ال')!;
  const b = cliticAnalyses('والقلم').find((x) => x.proclitics.join('+') === 'و+ال')!;
  assert.equal(a.proclitics, b.proclitics);
  assert.ok(Object.isFrozen(a.proclitics));
  assert.throws(() => a.proclitics.push('x'));
});
