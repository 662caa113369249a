// Sectors of the targets of attacks named by what was struck or by who they are (data/lexicon/generic_actors.tsv,
// src/extract/entities/generic.ts), and of a body named after one who speaks for it (side_rule_words.tsv, speaker_head;
// src/extract/events/actors.ts). Sentences written for these rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { parseGenericActors } from '../src/extract/entities/generic.js';
import { analyzeText } from '../src/pipeline.js';
import { actorMentions, toEventActor } from '../src/extract/events/actors.js';
import { wordsOf } from '../src/arabic/words.js';

const generic = (text: string) =>
  extractEntities({ text, published: '2020-05-01' })
    .filter((e) => e.id.startsWith('rasad:generic:'))
    .map((e) => `${e.id.split(':')[2]}/${e.sector}${e.country && !/:in-/.test(e.id) ? `/${e.country}` : ''}`);

test('a patrol named alone is the police\'s; named by its state or as military, that state\'s forces', () => {
  assert.ok(generic('واستهدفت عبوة ناسفة دورية على طريق المطار.').includes('struck_patrol/COP'));
  assert.ok(generic('وانفجرت عبوة ناسفة على دورية فرنسية قرب الحدود.').includes('struck_patrol/MIL/FRA'));
  assert.ok(generic('وهاجم مسلحون دورية عسكرية في ريف المدينة.').includes('struck_military_patrol/MIL'));
  // No attack told before it: no actor.
  assert.deepEqual(generic('وسيرت البلدية دورية عسكرية لتنظيم السير.').filter((g) => g.startsWith('struck_')), []);
});

test('nisba_sector is read and checked', () => {
  const lex = parseGenericActors([{ key: 'struck_x', forms: 'دورية', sector: 'COP', name_en: 'x', country: 'place', source: 's', after_act: 'هاجم', nisba_sector: 'MIL' }]);
  assert.equal(lex.byFirst.get('دوريه')?.[0].nisbaSector, 'MIL');
  assert.throws(() => parseGenericActors([{ key: 'x', forms: 'دورية', sector: 'COP', name_en: 'x', country: 'place', source: 's', nisba_sector: 'ARMY' }]), /unknown nisba_sector/);
});

test('a military site or a clinic struck stands for the forces or the medical staff there', () => {
  assert.ok(generic('وفجر انتحاري نفسه أمام مصنع عسكري في شمال البلاد.').includes('struck_military_site/MIL'));
  assert.ok(generic('وسقطت قذائف هاون على قاعدة عسكرية قرب الحدود.').includes('struck_military_site/MIL'));
  // A camp is often named ('معسكر المنار'): not a family of its own.
  assert.ok(generic('واستهدف انفجار عيادة في وسط المدينة.').includes('struck_clinic/HLH'));
  assert.deepEqual(generic('وزار الوزير عيادة في وسط المدينة.').filter((g) => g.startsWith('struck_')), []);
});

test('a police officer is police, a soldier or an officer named alone the army', () => {
  assert.ok(generic('واغتال مسلحون ضابطا في الشرطة غرب المدينة.').includes('police/COP'));
  assert.ok(generic('وقتل ضابط شرطة في انفجار عبوة.').includes('police/COP'));
  assert.ok(generic('وقتل ضابط في انفجار عبوة.').includes('soldiers/MIL'));
});

test('the intelligence service named without its country is a state\'s spies (SPY)', () => {
  assert.ok(generic('وأطلق مسلحون النار على مقر للاستخبارات في المدينة.').includes('intelligence/SPY'));
  assert.ok(generic('واعتقلت المخابرات ثلاثة أشخاص.').includes('intelligence/SPY'));
  // Right after a title or a word of its parts, the service is part of a larger name: no actor of its own.
  assert.ok(!generic('وقال رئيس الاستخبارات إن الوضع هادئ.').includes('intelligence/SPY'));
});

test('a body named after one who speaks for it is coded by its own sector; the rules still read the speaker\'s head', () => {
  const after = (text: string, id: string) => {
    const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2020-05-01' }, 's');
    return actorMentions(doc.entities, wordsOf(doc.text, doc.sentences)).filter((m) => m.entity.id === id);
  };
  for (const text of ['وقال المتحدث باسم الجيش الأمريكي إن خمسة جنود قتلوا.', 'وقال مسؤول في الجيش الأمريكي إن خمسة جنود قتلوا.']) {
    const [army] = after(text, 'rasad:org:us-armed-forces');
    assert.equal(army.sector, 'GOV', text);
    assert.equal(toEventActor(army)?.sector, 'MIL', text);
  }
  // A preposition between ends the phrase; with no speaker, nothing changes.
  const [plain] = after('وقصف الجيش الأمريكي مواقع في المدينة.', 'rasad:org:us-armed-forces');
  assert.equal(plain.recordSector, undefined);
  assert.equal(toEventActor(plain)?.sector, 'MIL');
});
