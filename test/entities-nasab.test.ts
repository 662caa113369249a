// An imported person's name carried on by 'آل' and a family the KB's people do not bear is someone else's longer name
// (src/extract/entities/nasab.ts); the KB's own families and a grandfather's name keep the imported person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { getIndex } from '../src/kb/kb-index.js';

const IMPORTED = 'rasad:person:upetrarch-mohammed-bin-faisal';
const ids = (text: string) => extractEntities({ text, published: '2015-07-01' }).filter((e) => e.type === 'PERSON').map((e) => e.id);

test('the imported name is in the KB (else the other tests prove nothing)', () => {
  assert.ok(getIndex().entities.get(IMPORTED)?.person?.imported);
});

test('a family no KB person bears: another person, named in full', () => {
  const found = ids('وقال رجل الأعمال محمد بن فيصل آل زمردان إن السوق تعافى.');
  assert.ok(!found.includes(IMPORTED), found.join(' '));
});

test('the bare imported name, a family of the KB\'s people, a grandfather\'s name: the imported person', () => {
  assert.ok(ids('وقال محمد بن فيصل إن السوق تعافى.').includes(IMPORTED));
  assert.ok(ids('وقال الأمير محمد بن فيصل آل سعود إن السوق تعافى.').includes(IMPORTED));
  assert.ok(ids('وقال الأمير محمد بن فيصل بن عبدالعزيز إن السوق تعافى.').includes(IMPORTED));
});
