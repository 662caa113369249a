// The occupation's forces, police and authorities ('قوات الاحتلال', 'شرطة الاحتلال', 'سلطات الاحتلال') are
// actors of their own kind, not multinational forces: their country comes from a nisba only.
// Also: English country names from data (country_names_en.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { countryName } from '../src/extract/events/countries.js';

const run = (text: string) => extractEntities({ text, published: '2020-05-01' }).filter((e) => e.id.startsWith('rasad:generic:'));

const cases: [string, string, string, string | null][] = [
  ['وداهم جنود الاحتلال البريطاني البيوت.', 'occupation_forces', 'MIL', 'GBR'],
  ['وقصفت طائرات الاحتلال منزلا في البلدة.', 'occupation_forces', 'MIL', null],
  ['وأطلقت دبابات الاحتلال قذائف على الحي.', 'occupation_forces', 'MIL', null],
  ['واعتقلت شرطة الاحتلال شابين عند البوابة.', 'occupation_police', 'COP', null],
  ['وهدمت سلطات الاحتلال الإسرائيلية ثلاثة منازل.', 'occupation_authorities', 'GOV', 'ISR'],
];

for (const [text, key, sector, country] of cases) {
  test(`occupation actor: ${text}`, () => {
    const e = run(text).find((x) => x.id.startsWith(`rasad:generic:${key}`));
    assert.ok(e, `${key} found`);
    assert.equal(e.sector, sector);
    assert.equal(e.country, country);
    assert.ok(!run(text).some((x) => x.id.startsWith('rasad:generic:coalition_forces')), 'not multinational forces');
  });
}

test('country names: Intl names replaced from data where event data use another', () => {
  assert.equal(countryName('TUR'), 'Turkey');
  assert.equal(countryName('FRA'), 'France');
});

test('event place: a country named after «في» when the sentence names no finer place', async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
  const evs = analyzeText('شن سلاح الجو الأردني غارات على مواقع للمتمردين في سورية أمس.', meta, 't').events;
  assert.ok(evs.length >= 1);
  assert.ok(evs.every((e) => e.location?.name_en === 'Syria'), JSON.stringify(evs.map((e) => e.location?.name_en)));
  // A finer place in the sentence wins over the country.
  const fine = analyzeText('وقصفت الطائرات الحربية مواقع للمسلحين في مدينة حلب في سورية أمس.', meta, 't').events;
  assert.ok(fine.length >= 1);
  assert.equal(fine[0].location?.name_en, 'Aleppo');
});

test('the one state whose army the report names is the occupation, whoever\'s places it names most', () => {
  const text = 'قصف حزب الله مستوطنات "عين يعقوب" و"جعتون" و"يحيعام" و"شتولا" و"زرعيت" بالصواريخ.\n'
    + 'وقال المتحدث باسم الجيش الإسرائيلي إن صفارات الإنذار دوت في "المنارة" و"أفيفيم".\n'
    + 'وأطلق الاحتلال قذائف مدفعية على بلدة يارون في جنوب لبنان.';
  const occ = run(text).find((e) => e.id.startsWith('rasad:generic:occupation_forces'));
  assert.equal(occ?.country, 'ISR', JSON.stringify(run(text)));
});
