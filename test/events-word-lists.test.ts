import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { eventWordLists, eventWords } from '../src/extract/events/word-lists.js';

// The coder's modules and the entity stages that read the same lists (things struck, unnamed groups).
const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/extract');

test('event word lists: every list is non-empty and written in matching form', () => {
  const lists = eventWordLists();
  assert.ok(lists.size > 0);
  for (const [name, words] of lists) {
    assert.ok(words.size > 0, `${name} is empty`);
    for (const w of words) assert.equal(normalizeArabic(w), w, `${name}: '${w}' is not in matching form`);
  }
});

test('event word lists: every list the code asks for is in the file, and every list in the file is used', () => {
  const asked = new Set<string>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile() || !f.name.endsWith('.ts')) continue;
    for (const m of readFileSync(path.join(f.parentPath ?? f.path, f.name), 'utf8').matchAll(/eventWords\('([a-z_]+)'\)/g)) asked.add(m[1]);
  }
  assert.deepEqual([...asked].sort(), [...eventWordLists().keys()].sort());
});

test('event word lists: an unknown list is a clear error', () => {
  assert.throws(() => eventWords('no_such_list'), /event_words\.tsv has no list 'no_such_list'/);
  assert.ok(eventWords('relative_pronouns').has('الذي'));
});
