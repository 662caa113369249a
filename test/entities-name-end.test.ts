// Where a personal name after a title ends: a bare word right after a family name with the article is what follows
// the name (an object past a long subject), unless it is a given name. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const people = (text: string) => extractEntities({ text, published: '2015-07-20' }).filter((e) => e.type === 'PERSON').map((e) => e.name_ar);

test('a bare word after a family name with the article is no part of the name', () => {
  assert.ok(people('نقل مدير التعليم الدكتور فهد بن سالم العتيبي تهاني الوزير للطلاب المتفوقين.').includes('فهد بن سالم العتيبي'));
  assert.ok(people('وسلم العميد ناصر القحطاني شهادات التقدير للخريجين.').includes('ناصر القحطاني'));
});

test('a given name after a family name with the article stays in the name', () => {
  assert.ok(people('وقال اللواء أحمد الحسن علي إن القوات تقدمت.').includes('أحمد الحسن علي'));
  // A name of three bare words is read whole.
  assert.ok(people('وقال العقيد خالد سالم حمدان إن القوات تقدمت.').includes('خالد سالم حمدان'));
});

test('the prayer said after a name is no part of it', () => {
  assert.ok(people('وافتتح المعرض في عهد الملك فهد بن عبدالعزيز رحمه الله قبل ثلاثين عاما.').includes('فهد بن عبدالعزيز'));
  assert.ok(people('ورعى الحفل الأمير فيصل بن سلمان حفظه الله بحضور المسؤولين.').includes('فيصل بن سلمان'));
});
