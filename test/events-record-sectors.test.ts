// Sectors the event record codes where the sides are already right (src/extract/events/actors.ts,
// data/lexicon/actor_heads.tsv), and the definite force before a person's name as the doer (src/extract/entities/generic.ts,
// src/extract/events/code-hit.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const first = (text: string, type: string) => analyzeText(text, meta, 't').events.find((e) => e.type === type);

test('a unit named after «من» before a state body is coded by the body\'s sector («قوة من الشرطة» COP, not MIL)', () => {
  for (const text of ['وقال سكان إن قوة من الشرطة العراقية داهمت مسجدا واعتدت على المصلين بالضرب.', 'وذكر شهود أن قوة من الشرطة الأفغانية هاجمت قرية قرب قندهار أمس.']) {
    const ev = first(text, 'ASSAULT');
    assert.match(ev?.source?.entity ?? '', /police/, text);
    assert.equal(ev?.source?.sector, 'COP', text);
  }
  // A force head with no «من» keeps its own reading: the army's forces.
  const army = first('وقصفت القوات الأرمينية قرية حدودية أمس.', 'ASSAULT');
  assert.equal(army?.source?.sector, 'MIL');
});

test('security men named without the article are the police («رجال أمن مصريون» COP)', () => {
  const ev = first('وقالت الحركة إن رجال أمن مصريين اختطفوا منسقها العام من منزله في القاهرة أمس.', 'ASSAULT');
  assert.equal(ev?.source?.country, 'EGY', JSON.stringify(ev?.source));
  assert.equal(ev?.source?.sector, 'COP');
});

test('«المعارضة» heading a name is the political opposition (OPP), its armed factions rebels', () => {
  const ev = first('وهاجم مسلحون مجهولون منزل زعيم المعارضة أحمد سعيد في العاصمة أمس.', 'ASSAULT');
  assert.match(ev?.target?.entity ?? '', /person/, JSON.stringify(ev?.target));
  assert.equal(ev?.target?.sector, 'OPP');
  const armed = first('وقصفت فصائل المعارضة المسلحة مواقع للجيش في ريف حماة.', 'ASSAULT');
  assert.equal(armed?.source?.sector, 'REB', JSON.stringify(armed?.source));
});

test('the definite force before a person\'s name is the doer and the person its object («واعتقلت الشرطة أحمد X»)', () => {
  const ev = first('واعتقلت الشرطة أحمد الخطيب في مدينة الخليل أمس.', 'COERCE');
  assert.match(ev?.source?.entity ?? '', /police/, JSON.stringify(ev?.source));
  assert.equal(ev?.source?.sector, 'COP');
  assert.match(ev?.target?.entity ?? '', /person/, JSON.stringify(ev?.target));
  assert.equal(ev?.target?.sector, null);
  // One word of what he is may stand between; the person keeps his own sector.
  const act = first('واعتقلت قوات الأمن الناشط محمد سعيد في القاهرة أمس.', 'COERCE');
  assert.match(act?.source?.entity ?? '', /security_forces/, JSON.stringify(act?.source));
  assert.match(act?.target?.entity ?? '', /person/, JSON.stringify(act?.target));
  assert.notEqual(act?.target?.sector, 'COP');
});

test('a title before the force still heads the name («مدير الشرطة أحمد X» is the police\'s)', () => {
  const doc = analyzeText('وقال مدير الشرطة العقيد أحمد علي إن مسلحين هاجموا نقطة تفتيش أمس.', meta, 't');
  const person = doc.entities.find((e) => e.type === 'PERSON');
  assert.ok(person, JSON.stringify(doc.entities.map((e) => e.id)));
  const ev = doc.events.find((e) => e.type === 'ASSAULT');
  assert.match(ev?.source?.entity ?? '', /gunmen/, JSON.stringify(ev?.source));
});

test('a name joined by و takes no sector from the head before the first party («فصائل المعارضة وجبهة النصرة»)', async () => {
  const { actorMentions } = await import('../src/extract/events/actors.js');
  const { wordsOf } = await import('../src/arabic/words.js');
  const mentions = (text: string) => {
    const doc = analyzeText(text, meta, 't');
    return actorMentions(doc.entities, wordsOf(doc.text, doc.sentences)).map((a) => ({ id: a.entity.id, text: text.slice(a.start, a.end), sector: a.sector }));
  };
  const nusra = mentions('وقالت مصادر إن الغارات قتلت عشرات من مقاتلي فصائل المعارضة وجبهة النصرة في ريف إدلب.').find((a) => /nusra/.test(a.id));
  assert.ok(nusra, 'al-Nusra is a mention');
  assert.equal(nusra.sector, 'INS');
  // With no و the head still gives its sector.
  const armenian = mentions('وقصفت القوات الأرمينية قرية حدودية أمس.').find((a) => a.text === 'الأرمينية');
  assert.equal(armenian?.sector, 'MIL', JSON.stringify(armenian));
});

test('the armed wing of the Popular Resistance Committees is a Palestinian group (data/kb/orgs.tsv)', () => {
  const ev = first('وفي الليلة قبل الماضية اغتال الجيش الإسرائيلي عنصرين من «ألوية الناصر صلاح الدين» بقصف سيارتهما في غزة.', 'ASSAULT');
  assert.equal(ev?.target?.country, 'PSE', JSON.stringify(ev?.target));
  assert.equal(ev?.target?.sector, 'REB');
});
