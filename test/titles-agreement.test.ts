// A definite title with its country's nisba is a whole phrase (src/extract/entities/people.ts); a masculine verb does not
// take a feminine body right after it as its subject (src/extract/events/verb-agreement.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };

test('«الرئيس التركي الاتحاد الأوروبي»: the president of Turkey and the EU, not the head of the EU', () => {
  const doc = analyzeText('وانتقد الرئيس التركي الاتحاد الأوروبي بسبب موقفه من اللاجئين.', meta, 't');
  const names = doc.entities.map((e) => e.name_en);
  assert.ok(!names.some((n) => /Head of European Union/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('European Union'), JSON.stringify(names));
  const person = doc.entities.find((e) => e.type === 'PERSON');
  assert.equal(person?.country, 'TUR', JSON.stringify(doc.entities));
  // The head of a body named after the title keeps its reading.
  const libya = analyzeText('وقال رئيس البرلمان الليبي إن المفاوضات مستمرة.', meta, 't').entities.find((e) => e.type === 'PERSON');
  assert.match(libya?.name_en ?? '', /House of Representatives/);
});

test('a feminine body right after a masculine verb is whom the act addresses, not who does it', () => {
  const ev = analyzeText('وطالب الوزير السعودي الحكومة الإيرانية بالكف عن التدخل في شؤون جيرانها.', meta, 't').events.find((e) => e.type === 'DEMAND');
  assert.ok(ev);
  assert.notEqual(ev.source?.name_en, 'Government of Iran', JSON.stringify(ev));
  const direct = analyzeText('وكان الجبير قد هاجم السياسات الإيرانية وطالب الحكومة الإيرانية بالكف عن دعم الإرهاب.', meta, 't').events.find((e) => e.type === 'DEMAND');
  assert.ok(direct);
  assert.notEqual(direct.source?.country, 'IRN', JSON.stringify(direct));
  assert.equal(direct.target?.country, 'IRN', JSON.stringify(direct));
  // A feminine verb keeps its subject.
  const fem = analyzeText('وطالبت الحكومة الإيرانية المحتجين بفتح الطرق.', meta, 't').events.find((e) => e.type === 'DEMAND');
  assert.equal(fem?.source?.country, 'IRN', JSON.stringify(fem));
});

test('«علي» that opens a name is no preposition: the party named after the name is the verb\'s object', () => {
  const ev = analyzeText('وحذر المرشد الإيراني علي خامنئي الولايات المتحدة من أي اعتداء على بلاده.', meta, 't').events.find((e) => e.type === 'THREATEN');
  assert.ok(ev);
  assert.equal(ev.target?.country, 'USA', JSON.stringify(ev));
});
