// Sectors of actors (src/extract/events/actors.ts): CAMEO's vocabulary, no default: a country named alone has
// none, a body's sector comes from the KB, a head noun before it, or the head noun its own name starts with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownSector } from '../src/extract/events/actors.js';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };

test('a country named alone has no sector; a head noun before it gives one', () => {
  assert.equal(ownSector({ type: 'COUNTRY', sector: 'GOV', name_ar: 'العراق' }), null);
  const doc = analyzeText('قصفت القوات الروسية مواقع في إدلب، وقالت تركيا إنها سترد.', meta, 't');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.source?.sector, 'MIL', 'the forces before the nisba');
});

test('a body with no KB sector takes the head noun its own name starts with, else none', () => {
  assert.equal(ownSector({ type: 'ORG', sector: null, name_ar: 'حزب الأمة الجديد' }), 'PTY');
  assert.equal(ownSector({ type: 'ORG', sector: null, name_ar: 'شركة النور للمقاولات' }), 'BUS');
  assert.equal(ownSector({ type: 'ORG', sector: null, name_ar: 'نادي الشباب' }), null, 'no head noun: no sector, not GOV');
  assert.equal(ownSector({ type: 'PERSON', sector: null, name_ar: 'سمير الأحمد' }), null);
  assert.equal(ownSector({ type: 'ORG', sector: 'NGO', name_ar: 'حزب' }), 'NGO', 'the KB sector first');
  assert.equal(ownSector({ type: 'MEDIA', sector: null, name_ar: 'الأفق' }), 'MED');
});

test('a preposition ends the construct: a head noun before it gives no sector to the name after it', () => {
  // 'المعارضة ضد الحكومة': the government is not of the opposition; 'الحزب أمام مقر البرلمان': the parliament is no party.
  const protest = (text: string) => analyzeText(text, meta, 'p').events.find((x) => x.type === 'PROTEST');
  assert.equal(protest('وتصاعدت احتجاجات المعارضة ضد الحكومة التايلاندية في بانكوك أمس.')?.target?.sector, 'GOV');
  assert.equal(protest('واعتصم العشرات من أعضاء الحزب أمام مقر البرلمان في القاهرة.')?.target?.sector, 'LEG');
});
