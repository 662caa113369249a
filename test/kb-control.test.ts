import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holderOf, parseControl } from '../src/kb/control.js';
import { loadKb } from '../src/kb/load.js';
import { loadTsv } from '../src/data-files.js';

test('control.tsv: every place is known to the KB and every row has a source', () => {
  const ids = new Set(loadKb().places.map((p) => p.id));
  for (const r of loadTsv('kb/control.tsv')) {
    assert.ok(ids.has(r.place), r.place);
    assert.ok(r.source, `${r.place} has a source`);
  }
});

test('holderOf: the side holding a disputed place on a day, a month or a year', () => {
  assert.equal(holderOf('rasad:place:stepanakert', '2020-10-07'), 'ARM');
  assert.equal(holderOf('rasad:place:stepanakert', '2024-01-15'), null, 'after Artsakh was dissolved the table says nothing');
  assert.equal(holderOf('rasad:place:jabrayil', '2020-10-08'), 'ARM');
  assert.equal(holderOf('rasad:place:jabrayil', '2020-10-20'), null);
  assert.equal(holderOf('rasad:place:shusha', '2020-11'), 'ARM', 'a month that starts in the span');
  assert.equal(holderOf('rasad:place:golan', '2023'), 'ISR');
  assert.equal(holderOf('Q9248', '2020-10-07'), null, 'an undisputed place');
  assert.equal(holderOf('rasad:place:stepanakert', null), 'ARM', 'with no date, the latest holding');
});

test('parseControl: bad rows are refused with their row number', () => {
  assert.throws(() => parseControl([{ place: 'x', held_by: 'Armenia', from: '2020-01-01', to: '' }]), /row 1.*alpha-3/);
  assert.throws(() => parseControl([{ place: 'x', held_by: 'ARM', from: '2020', to: '' }]), /row 1.*ISO dates/);
  assert.throws(() => parseControl([{ place: 'x', held_by: 'ARM', from: '2020-02-01', to: '2020-01-01' }]), /ends before/);
});
