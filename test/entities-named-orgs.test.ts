// Organisations and armed groups named by a head noun the KB does not know (src/extract/entities/named-orgs.ts,
// data/lexicon/org_heads.tsv and the lists beside it). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { orgNameEn, parseOrgHeads } from '../src/extract/entities/named-orgs.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
/** The organisations and groups named in the text (not the generic actors: 'المقاتلون', 'الأسرى'). */
const orgs = (ents: Entity[]) => ents.filter((e) => /^rasad:(org|group):/.test(e.id)).map((e) => [e.type, e.name_en, e.sector]);

test('org_heads.tsv and the lists beside it load: every row typed, with its source', () => {
  const heads = parseOrgHeads(loadTsv('lexicon/org_heads.tsv'));
  assert.ok(heads.size >= 10);
  assert.equal(heads.get('حزب')?.sector, 'PTY');
  assert.equal(heads.get('جيش')?.armed, 'yes');
  assert.equal(heads.get('حركه')?.armed, 'context');
  for (const f of ['org_heads', 'org_armed_cues', 'org_head_complements', 'org_name_links', 'org_name_openers']) {
    const rows = loadTsv(`lexicon/${f}.tsv`);
    assert.ok(rows.length > 0, f);
    for (const r of rows) {
      assert.match(r.word, /^[\u0621-\u064A]+$/, `${f}: ${r.word}`);
      assert.ok(r.source, `${f}: ${r.word}`);
    }
  }
  assert.throws(() => parseOrgHeads([{ word: 'حزب', en: 'Party', type: 'PLACE', armed: 'no', sector: '', definite: '', source: 'x' }]));
});

test('a party named by its head and words with the article is an organisation of its sector, named again by its head', () => {
  const ents = run('وأكد بيان صادر عن حزب التجمع الوطني للأحرار أن الحزب يرفض الاتفاق الجديد.');
  const party = ents.find((e) => e.name_en === 'al-Tajma al-Watni lil-Ahrar Party');
  assert.ok(party, JSON.stringify(orgs(ents)));
  assert.equal(party.type, 'ORG');
  assert.equal(party.sector, 'PTY');
  assert.deepEqual(party.mentions.map((m) => m.text), ['حزب التجمع الوطني للأحرار', 'الحزب']);
});

test('a name in quotation marks after a head is the name; a noun in construct carries a name on', () => {
  assert.deepEqual(orgs(run('أعلنت جمعية "أصدقاء البحر" عن حملة لتنظيف الشواطئ الشمالية.')), [['ORG', 'Asdaqa al-Bahr Association', 'NGO']]);
  assert.deepEqual(orgs(run('واستقبلت جمعية الأطفال ذوي الإعاقة عشرات الزوار.')).map((o) => o[1]), ['al-Atfal Dhouy al-Aaqa Association']);
});

test('a head that may name an armed group, after words that say its men bear arms, names a group', () => {
  assert.deepEqual(orgs(run('وقال عناصر من حركة أنصار الحق إنهم استولوا على نقطة تفتيش.')), [['GROUP', 'Ansar al-Haq Movement', 'REB']]);
  const army = orgs(run('وقال مقاتلون من جيش المهاجرين والأنصار إنهم سيطروا على التلة.'));
  assert.ok(army.some((o) => o[0] === 'GROUP' && o[1] === 'al-Mahajrin wal-Ansar Army'), JSON.stringify(army));
});

test('a company the tagger reads as an organisation after its head', () => {
  const ents = run('ووقعت شركة سيمنز الألمانية عقدا لبناء محطة جديدة للكهرباء.');
  assert.deepEqual(orgs(ents), [['ORG', 'Siemens Company', 'BUS']]);
  // The country's nisba after the name says whose company it is, and keeps its own mention.
  assert.equal(ents.find((e) => e.name_en === 'Siemens Company')?.country, 'DEU');
  assert.ok(ents.some((e) => e.name_en === 'Germany'));
});

test('a head as an ordinary noun, with an adjective or a state army after it, names no organisation', () => {
  assert.deepEqual(orgs(run('وشهدت حركة المرور ازدحاما كبيرا في شوارع المدينة أمس.')), []);
  assert.deepEqual(orgs(run('وكان مجلس إدارة الشركة قد أوصى بتوزيع الأرباح على المساهمين.')), []);
  assert.deepEqual(orgs(run('وجرى تبادل الأسرى بوساطة منظمة دولية في المدينة.')), []);
  assert.ok(!orgs(run('وأطلق عناصر جيش الاحتلال النار على المتظاهرين.')).some((o) => String(o[1]).endsWith(' Army')));
});

test('a name stops before a relative pronoun', () => {
  assert.deepEqual(orgs(run('وطالب حزب الإصلاح الذي يقود المعارضة بانتخابات مبكرة.')).map((o) => o[1]), ['al-Aslah Party']);
});

test('a place after an organisation in a title opens no name; the head of an organisation found in the report has its sector', () => {
  const ents = run('وأكد مدير عام جمعية البر بالأحساء معاذ الجارالله أن الجمعية وزعت السلال الغذائية.');
  assert.deepEqual(ents.filter((e) => e.type === 'PERSON').map((p) => p.name_ar), ['معاذ الجارالله']);
  const head = run('وقال رئيس جمعية البر إن الجمعية وزعت السلال الغذائية.').find((e) => e.type === 'PERSON');
  assert.deepEqual([head?.name_en, head?.sector], ['Head of al-Bar Association', 'NGO']);
});

test('org names in Latin letters join و and لل to the word they stand on', () => {
  assert.equal(orgNameEn('العدالة والتنمية'), 'al-Adala wal-Tanmiya');
  assert.equal(orgNameEn('الوطني للأحرار'), 'al-Watni lil-Ahrar');
});

test('the name found after its head is the same organisation when the report names it again without the head', () => {
  const group = run('وقال عناصر من حركة أنصار الحق إنهم استولوا على نقطة تفتيش. وأعلن أنصار الحق مسؤوليتهم عن الهجوم.').find((e) => e.type === 'GROUP' && e.name_en === 'Ansar al-Haq Movement');
  assert.deepEqual(group?.mentions.map((m) => m.text), ['حركة أنصار الحق', 'أنصار الحق']);
  const charity = run('أعلنت جمعية "بلسم" عن حملة للتبرع بالدم. وقالت بلسم إن الحملة تستمر أسبوعا.').find((e) => e.name_en === 'Balsam Association');
  assert.equal(charity?.mentions.length, 2);
  // A given name before the one word makes it a surname, not the company.
  const ford = run('وافتتحت شركة فورد مصنعا جديدا. وكان هنري فورد قد أسس الشركة.').find((e) => e.name_en === 'Ford Company');
  assert.equal(ford?.mentions.length, 1);
});

test('an opener noun after the head names the body, a KB place at its end nested in the name', () => {
  const ents = run('وتبنى جيش تحرير كردستان الهجوم على قافلة عسكرية قرب الحدود.');
  assert.deepEqual(orgs(ents), [['GROUP', 'Tahrir Kurdistan Army', 'REB']]);
  const place = ents.find((e) => e.name_en === 'Kurdistan');
  assert.equal(place?.mentions.length, 1);
  assert.deepEqual(orgs(run('وحل حزب نداء تونس ثانيا في الانتخابات البلدية.')), [['ORG', 'Nada Tunisia Party', 'PTY']]);
});

test('a name opened by a noun ends before the act the sentence goes on with or an adjective, not before a nisba', () => {
  assert.deepEqual(orgs(run('وتبنى جيش تحرير الأحواز الهجوم على قافلة عسكرية قرب الحدود.')), [['GROUP', 'Tahrir al-Ahouaz Army', 'REB']]);
  assert.ok(orgs(run('وقالت جبهة تحرير مورو الإسلامية إنها وقعت الاتفاق.')).some(([, name]) => /Islamiya/.test(name ?? '')));
});

test('a slur after a head noun is no party of its own («حزب الشيطان»)', () => {
  assert.deepEqual(orgs(run('وهاجم الخطيب حزب الشيطان في خطبته أمس.')), []);
});
