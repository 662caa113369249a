// People named between a speech verb and a comma before a title or role (src/extract/entities/framed-people.ts).
// Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const people = (ents: Entity[]) => ents.filter((e) => e.type === 'PERSON').map((e) => e.name_ar);

test('a name of common words between a speech verb and a comma before a role is a person', () => {
  const ents = run('وقال ماهر حزام، المتحدث باسم الهيئة، إن القافلة وصلت.');
  const p = ents.find((e) => e.name_ar === 'ماهر حزام');
  assert.ok(p, JSON.stringify(people(ents)));
  assert.equal(p.type, 'PERSON');
  assert.ok(p.mentions.some((m) => m.text === 'ماهر حزام'));
});

test('no person without the whole frame, nor for a description or a source', () => {
  for (const text of [
    'وقال ماهر حزام إن القافلة وصلت.',
    'وقال مصدر عسكري، مدير العمليات سابقا، إن الهجوم فشل.',
    'وقال سائق سيارة الأجرة، مدير المرآب، إن الطريق مغلق.',
    'وقال المتحدث، مدير المكتب، إن شيئا لم يحدث.',
    'وقال في بيان، المتحدث باسم الجيش، إن القوات تقدمت.',
  ]) {
    const ps = people(run(text));
    assert.deepEqual(ps, [], `${text}: ${JSON.stringify(ps)}`);
  }
});

test('an apposition opened by «وهو» gives the person the body he serves («X، وهو مندوب ...»)', () => {
  const ents = extractEntities({ text: 'وقال سالم القماطي، وهو عضو المؤتمر الوطني العام، إن الحوار مستمر.', published: '2015-07-21' });
  const p = ents.find((e) => e.type === 'PERSON');
  assert.equal(p?.country, 'LBY', JSON.stringify(ents.map((e) => [e.name_en, e.country])));
});

test('a name set off by commas after a title of a country is the title\'s holder, with its country', () => {
  const ents = run('وقالت وزيرة الدولة للشؤون الخارجية الكينية، موانا كاريوكي، إن بلادها ترفض القرار.');
  const p = ents.find((e) => e.name_ar === 'موانا كاريوكي');
  assert.ok(p, JSON.stringify(people(ents)));
  assert.equal(p.type, 'PERSON');
  assert.equal(p.country, 'KEN');
  assert.ok(p.mentions.some((m) => m.text.startsWith('وزيرة الدولة')), JSON.stringify(p.mentions));
});

test('a title of a country followed by an aside in commas names nobody', () => {
  const ents = run('وقال وزير الخارجية الكيني، في مؤتمر صحافي، إن الحرب مستمرة.');
  assert.ok(!ents.some((e) => e.type === 'PERSON' && e.name_ar.includes('مؤتمر')), JSON.stringify(people(ents)));
});

test('a correspondent of a named outlet introduces a name, and the role gives the person the media sector', () => {
  const ents = run('وأفاد مراسل الميادين حسن فرحات بأن الغارات استهدفت البلدة.');
  const p = ents.find((e) => e.name_ar === 'حسن فرحات');
  assert.ok(p, JSON.stringify(people(ents)));
  assert.equal(p.sector, 'MED');
  assert.ok(p.mentions.some((m) => m.text.startsWith('مراسل')), JSON.stringify(p.mentions));
  assert.ok(!run('أفاد مراسلنا بأن الغارات استهدفت البلدة، وهذا أمر غير مقبول.').some((e) => e.type === 'PERSON'));
});

test('common given names open a name after a rank, and بأن after a name is no part of it', () => {
  const ents = run('وصرح النقيب فراس الجبوري بأن الهجوم فشل.');
  const p = ents.find((e) => e.type === 'PERSON');
  assert.equal(p?.name_ar, 'فراس الجبوري', JSON.stringify(people(ents)));
  assert.equal(p?.sector, 'MIL');
});

test('a time word that is also a given name may end the framed name, not open it', () => {
  assert.ok(people(run('وقال نادر صباح، مدير المستشفى، إن الجرحى وصلوا.')).includes('نادر صباح'));
  assert.deepEqual(people(run('وقال صباح اليوم، مدير المستشفى، إن الجرحى وصلوا.')).filter((n) => n.startsWith('صباح')), []);
});

test('with no comma, a known given name and a definite title after the speech verb name a person', () => {
  const ents = run('وقال سامي قرطاوي المتحدث باسم الهيئة إن القافلة وصلت.');
  const p = ents.find((e) => e.name_ar === 'سامي قرطاوي');
  assert.ok(p, JSON.stringify(people(ents)));
  assert.equal(p.type, 'PERSON');
});

test('with no comma, no person for a role of common words nor without a known given name', () => {
  for (const [text, word] of [
    ['وأوضح وكيل الجامعة الدكتور سليم بن خالد أن النظام يعمل.', 'وكيل'],
    ['وقال قرطاوي مبارز المتحدث باسم الهيئة إن القافلة وصلت.', 'مبارز'],
  ]) {
    const ps = people(run(text));
    assert.ok(!ps.some((n) => n.includes(word)), `${text}: ${JSON.stringify(ps)}`);
  }
});

test('a given name written with the article opens a name after a title', () => {
  const ents = run('وكان المستشار الطاهر قنبور، وزير العدل في الحكومة الليبية، قد طالب بالإفراج عن المعتقلين.');
  const p = ents.find((e) => e.type === 'PERSON' && e.name_ar.startsWith('الطاهر'));
  assert.ok(p, JSON.stringify(people(ents)));
  assert.equal(p.name_ar, 'الطاهر قنبور');
});
