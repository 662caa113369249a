// People the tagger finds right after a role noun no title of titles.tsv holds ('الجندي', 'الصحفي', 'الرقيب أول'), with
// the role and sector the noun says (data/lexicon/person_cues.tsv, role_en and sector). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { analyzeText } from '../src/pipeline.js';
import { personRoles } from '../src/extract/entities/cues.js';
import { loadTsv } from '../src/data-files.js';
import { SECTORS } from '../src/kb/records.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const people = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((p) => [p.name_en, p.role, p.sector]);

test('person_cues.tsv: a role noun has an English role and a known sector or none', () => {
  const roles = personRoles(loadTsv('lexicon/person_cues.tsv'));
  assert.equal(roles.get('الجندي')?.sector, 'MIL');
  assert.equal(roles.get('الصحفي')?.role, 'Journalist');
  for (const [w, r] of roles) {
    assert.ok(r.role, w);
    assert.ok(r.sector === null || SECTORS.has(r.sector), `${w}: ${r.sector}`);
  }
});

test('a name after a role noun that is not a common word is found, with the role and its sector', () => {
  assert.deepEqual(people('وقتل الجندي إيتاي شمعوني في الاشتباك الذي وقع فجرا.'), [["Itai Sham'oni", 'Soldier', 'MIL']]);
  assert.deepEqual(people('وأصيب الصحفي ماريو فرنانديز برصاصة في ساقه أثناء التغطية.'), [['Mario Fernandez', 'Journalist', 'MED']]);
});

test('a rank word between the role noun and the name, and a role noun after the name', () => {
  assert.deepEqual(people('وأصيب الرقيب أول يوسي بن حاييم بجروح خطيرة.'), [['Yossi bin Haim', 'Sergeant', 'MIL']]);
  const ents = run('وقال جمال أبو ريدة الناشط في لجان مقاومة الجدار إن الجنود اعتدوا عليه.');
  const p = ents.find((e) => e.type === 'PERSON');
  assert.deepEqual([p?.name_en, p?.role, p?.sector], ['Jamal Abu Rida', 'Activist', 'OPP']);
  // The role noun is the person's, not a group of activists.
  assert.equal(ents.some((e) => e.name_en === 'activists'), false);
});

test('a role noun with no name after it stays a group, and a role noun is no part of a name before a second one', () => {
  assert.deepEqual(people('وقتل الجندي الإسرائيلي في الاشتباك.'), []);
  const names = people('ونعى الجيش العريف حسن إبراهيم الخطيب ووكيل الرقيب سعد مفرح الزهراني أمس.').map((p) => p[0]);
  assert.ok(names.includes('Saad Mafrah al-Zahrani') && !names.some((n) => String(n).includes('Raqib')), JSON.stringify(names));
});

test("an office of a body is of the body's sector, and takes no country from where it speaks of", () => {
  const doc = analyzeText('ودان الأمين العام للأمم المتحدة القصف الإسرائيلي على مستشفى في غزة.', { title: null, outlet: null, url: null, published: null }, 't');
  const sg = doc.entities.find((e) => e.name_en === 'Secretary-General of United Nations');
  assert.equal(sg?.sector, 'IGO');
  const condemn = doc.events.find((e) => e.type === 'ACCUSE');
  assert.equal(condemn?.source?.country ?? null, null, 'not Palestine');
  const hezbollah = extractEntities({ text: 'وقال الأمين العام لحزب الله إن المقاومة سترد.', published: '2015-07-22' }).find((e) => e.type === 'PERSON');
  assert.equal(hezbollah?.sector, 'REB');
});
