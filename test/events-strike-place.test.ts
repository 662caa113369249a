// Where a strike happened and who did it, told around the strike's noun (src/extract/events/attributes.ts, actors.ts,
// by-agent.ts): a country's nisba after the noun ('في غارة إسرائيلية') says who struck, not where; a place or country
// after a word of direction ('شمال العراق', 'جنوب لبنان') is where, not a party; the body of people named before a
// partitive من ('جنود من الجيش السوداني') suffered the act with them. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const assault = (text: string) => {
  const ev = analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev, `no attack: ${text}`);
  return { ev, show: `${text}: ${JSON.stringify({ src: ev.source, tgt: ev.target, loc: ev.location })}` };
};

test('the nisba of a strike names who struck, not where it struck', () => {
  for (const [text, country] of [
    ['واستشهد خمسة فلسطينيين في غارة إسرائيلية فجر اليوم.', 'ISR'],
    ['وقتل جنديان أوكرانيان في هجوم روسي بطائرة مسيرة.', 'RUS'],
    ['وقتل خمسة مسلحين في غارة تركية شمال العراق.', 'TUR'],
  ] as const) {
    const { ev, show } = assault(text);
    assert.equal(ev.source?.country, country, show);
    assert.notEqual(ev.location?.name_en ?? null, ev.source?.name_en, show);
  }
});

test('a country after a word of direction is where the strike fell, never who struck', () => {
  for (const [text, where] of [
    ['وقتل خمسة من عناصر حزب العمال الكردستاني في غارة شمال العراق.', 'Iraq'],
    ['وقتل ثلاثة مسلحين في غارة تركية شمال العراق.', 'Iraq'],
  ] as const) {
    const { ev, show } = assault(text);
    assert.notEqual(ev.source?.country, 'IRQ', show);
    assert.equal(ev.location?.name_en, where, show);
  }
});

test('a country in whose territory a force acts stays the place', () => {
  const { ev, show } = assault('وتوغلت القوات في عمق الأراضي الأرمينية.');
  assert.equal(ev.location?.name_en, 'Armenia', show);
});

test('the army whose soldiers were killed did not kill them', () => {
  for (const text of ['وقتل جنود من الجيش السوداني في هجوم بطائرة مسيرة على مدينة الأبيض.', 'وقتل عدد من جنود الجيش المالي في هجوم على قاعدة عسكرية.']) {
    const { ev, show } = assault(text);
    assert.equal(ev.source, null, show);
  }
  // The force after 'من' that follows the act is still who did it.
  const { ev, show } = assault('وتعرضت مدينة حلب لقصف من الطيران الروسي.');
  assert.equal(ev.source?.country, 'RUS', show);
});

test('«قوات الدفاع» with a nisba is that country\'s army', () => {
  const doc = analyzeText('واشتبك مقاتلو جبهة تحرير شعب تيغراي مع قوات الدفاع الوطني الإثيوبية.', meta, 't');
  const army = doc.entities.find((e) => e.name_en === 'Ethiopian Armed Forces');
  assert.ok(army, JSON.stringify(doc.entities.map((e) => e.name_en)));
  assert.equal(army.sector, 'MIL');
  const ev = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev && [ev.source?.country, ev.target?.country].includes('ETH'), JSON.stringify(ev));
});

test('air defences intercepting a missile or a drone is an act of the war; objecting to a resolution is not', () => {
  const evs = analyzeText('وتمكنت الدفاعات الجوية السعودية من اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه جازان.', meta, 't').events.filter((e) => e.type === 'ASSAULT');
  assert.ok(evs.some((e) => e.source?.country === 'SAU' && e.target?.name_en === 'Houthis'), JSON.stringify(evs.map((e) => [e.source, e.target])));
  assert.equal(analyzeText('واعترضت روسيا على مشروع القرار في مجلس الأمن.', meta, 't').events.filter((e) => e.type === 'ASSAULT').length, 0);
});
