// Buildings, places and units named by a head noun (data/kb/named_heads.tsv, src/extract/entities/named-heads.ts),
// and the places and people the tagger finds in every sentence (src/extract/entities/tagged.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';
import { namedHeads } from '../src/extract/entities/named-heads.js';
import { buildEntityCues, entityCues, personCueWords, speechVerbs } from '../src/extract/entities/cues.js';
import { loadKnowledge } from '../src/ner/features.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name_en === name);

test('named_heads.tsv loads: a matching-form head, a type, a source; an English head only for naming types', () => {
  const rows = loadTsv('kb/named_heads.tsv');
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.match(r.type, /^(PLACE|GROUP|ORG|OTHER)$/, r.word);
    assert.ok(r.source, r.word);
    if (r.en) assert.notEqual(r.type, 'OTHER', r.word);
  }
  const heads = namedHeads();
  assert.equal(heads.get('مستشفي')?.en, 'Hospital');
  assert.equal(heads.get('كتيبه')?.type, 'GROUP');
});

test('the cue words are built once and shared by every document; the builders stay pure', () => {
  const a = personCueWords();
  assert.ok(a.size > 10);
  assert.notEqual(a, personCueWords());
  assert.equal(entityCues(), entityCues());
  assert.deepEqual([...buildEntityCues().cues].sort(), [...entityCues().cues].sort());
  assert.deepEqual(entityCues().settlements.get('بلدتي'), { names: 2, quoted: false });
});

test('the speech verbs and person cues read from ner_triggers.tsv are the tagger knowledge\'s triggers of those kinds', () => {
  const triggers = [...loadKnowledge().triggers];
  assert.deepEqual([...speechVerbs()], triggers.filter(([, kinds]) => kinds.includes('SPEECH_VERB')).map(([w]) => w));
  const cues = personCueWords();
  for (const [w, kinds] of triggers) if (kinds.includes('PERS_TITLE') || kinds.includes('SPEECH_VERB')) assert.ok(cues.has(w), w);
});

test('a hospital named after a person is a place, not a person', () => {
  const ents = run('نقل الجرحى إلى مستشفى يوسف حمدان في المدينة بعد القصف.');
  const h = byName(ents, `${ents.find((e) => e.type === 'PLACE' && e.name_en.endsWith(' Hospital'))?.name_en}`);
  assert.ok(h, JSON.stringify(ents.map((e) => e.name_en)));
  assert.equal(h.type, 'PLACE');
  assert.equal(h.name_ar, 'مستشفى يوسف حمدان');
  assert.ok(!ents.some((e) => e.type === 'PERSON'), JSON.stringify(ents.map((e) => e.name_en)));
});

test('an airport of a known place takes the place\'s English name, and the place keeps its mention', () => {
  const ents = run('هبطت الطائرة في مطار دمشق صباح الأحد.');
  assert.equal(byName(ents, 'Damascus Airport')?.type, 'PLACE');
  assert.ok(ents.some((e) => e.name_en === 'Damascus' && e.mentions.length === 1));
});

test('a battalion named after a person is a group', () => {
  const ents = run('أعلنت كتيبة عمر المختار السيطرة على الموقع.');
  const g = ents.find((e) => e.type === 'GROUP' && e.name_en.endsWith(' Battalion'));
  assert.ok(g, JSON.stringify(ents.map((e) => [e.type, e.name_en])));
  assert.equal(g.name_ar, 'كتيبة عمر المختار');
  assert.ok(!ents.some((e) => e.type === 'PERSON'));
});

test('a common word after a head names nothing; a preposition or a conjunction ends the name', () => {
  assert.ok(!run('أقيم مستشفى ميداني قرب الحدود.').some((e) => e.name_en.endsWith('Hospital')));
  const ents = run('وصل المصابون إلى مستشفى سليم وفي الطريق قتل اثنان.');
  assert.ok(ents.some((e) => e.name_ar === 'مستشفى سليم'), JSON.stringify(ents.map((e) => e.name_ar)));
});

test('a person the tagger finds with a known given name needs no role; a shorter form later is the same person', () => {
  const text = 'التقى محمود الزعبلاوي وفدا من التجار في السوق. وقال الزعبلاوي إن الأسعار ارتفعت.';
  const ps = run(text).filter((e) => e.type === 'PERSON');
  assert.equal(ps.length, 1, JSON.stringify(ps.map((p) => p.name_ar)));
  assert.equal(ps[0].name_ar, 'محمود الزعبلاوي');
  assert.equal(ps[0].mentions.length, 2);
});

test('a village the KB does not know, tagged LOC, becomes a place with a transliterated name', () => {
  const ents = run('قصفت الطائرات بلدة الخريبات في ريف حماة أمس.');
  const p = ents.find((e) => e.name_ar === 'الخريبات');
  assert.ok(p, JSON.stringify(ents.map((e) => e.name_ar)));
  assert.equal(p.type, 'PLACE');
  // A new place is named without its leading article (session 19): 'Kharibat', not 'al-Kharibat'.
  assert.match(p.name_en, /^[A-Z]/);
  assert.doesNotMatch(p.name_en, /^al-/i);
  assert.ok(p.id.startsWith('rasad:place:'));
});

test('place_cues.tsv loads: matching forms with a source', () => {
  const rows = loadTsv('kb/place_cues.tsv');
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.ok(r.source, r.word);
  }
});

test('name_particles.tsv loads into the index: Arabic particles and foreign ones', async () => {
  const { getIndex } = await import('../src/kb/kb-index.js');
  const idx = getIndex();
  assert.ok(idx.arabicParticles.has('ابو') && idx.arabicParticles.has('بن'));
  assert.ok(idx.particles.has('دي') && !idx.arabicParticles.has('دي'));
  for (const r of loadTsv('kb/name_particles.tsv')) {
    assert.match(r.kind, /^(arabic|foreign)$/, r.word);
    assert.ok(r.source, r.word);
  }
});

test('a definite hospital and a country nisba name the hospital; other heads with a nisba only describe', () => {
  const ents = run('نقل المصابون إلى المستشفى الماليزي شمال المدينة بعد الغارة.');
  const h = byName(ents, 'Malaysian Hospital');
  assert.ok(h, JSON.stringify(ents.map((e) => e.name_en)));
  assert.equal(h.type, 'PLACE');
  assert.equal(h.name_ar, 'المستشفى الماليزي');
  const other = run('هبطت الطائرة في المطار الروسي بعد منتصف الليل.');
  assert.ok(!other.some((e) => e.name_en.endsWith('Airport')), JSON.stringify(other.map((e) => e.name_en)));
});

test('quoted names after a settlement noun, plural or dual, joined by و, are places; a plural cue alone names nothing', () => {
  // Names the KB does not list (those it lists are its places: 'عين يعقوب' Ein Ya'akov).
  const names = run('دوت صفارات الإنذار في مستوطنات "عين زيفان" و"يرؤون"، وفي مستوطنتي "شوميرا" و"كفار بلوم".').map((e) => e.name_en);
  assert.equal(names.filter((n) => /^(Ain|Ein) /.test(n)).length, 1, names.join(', '));
  assert.ok(names.some((n) => /^Y/i.test(n)), names.join(', '));
  assert.ok(names.some((n) => /^Sh/.test(n)), names.join(', '));
  const plain = run('وزار الوفد قرى الجنوب وبلدات كثيرة.').filter((e) => e.type === 'PLACE');
  assert.equal(plain.length, 0, plain.map((e) => e.name_en).join(', '));
});

test('a name in quotation marks after a head: all its words, the marks left out', () => {
  const ents = run('سقطت قذيفة قرب مستشفى "نور الأمل" في المدينة صباح اليوم.');
  const h = byName(ents, 'Nour al-Amal Hospital');
  assert.equal(h?.type, 'PLACE', JSON.stringify(ents.map((e) => e.name_en)));
  assert.ok(!h!.name_ar.includes('"'), h!.name_ar);
});

test('a definite common word alone names a hospital; not when more of the name follows', () => {
  const ents = run('نقل الجرحى إلى مستشفى العودة في المخيم بعد القصف.');
  assert.equal(byName(ents, 'al-Awda Hospital')?.type, 'PLACE', JSON.stringify(ents.map((e) => e.name_en)));
  const king = run('نقل الجرحى إلى مستشفى الملك فهد بعد الحادث.');
  assert.ok(!king.some((e) => e.name_en === 'al-Malak Hospital'), JSON.stringify(king.map((e) => e.name_en)));
  // Only heads marked common_name: a camp of the displaced is no named camp.
  const camp = run('وصلت العائلات إلى مخيم النازحين قرب الحدود.');
  assert.ok(!camp.some((e) => e.name_en.endsWith('Camp')), JSON.stringify(camp.map((e) => e.name_en)));
});

test('head_complements.tsv loads: matching-form heads of named_heads.tsv and words, a source each', () => {
  const heads = namedHeads();
  for (const r of loadTsv('kb/head_complements.tsv')) {
    assert.ok(heads.has(r.head) || r.head === 'حقول', r.head);
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.ok(r.source, r.word);
  }
  assert.equal(heads.get('محطه')?.complements?.get('كهرباء'), 'Power');
});

test('fields, plains and stations are named places; a complement noun goes into the English head', () => {
  const ents = run('اندلعت اشتباكات قرب حقل المهر النفطي، وقصفت الطائرات سهل الروج ومحطة كهرباء الفاضلية.');
  assert.equal(byName(ents, 'al-Mehr Field')?.type, 'PLACE', JSON.stringify(ents.map((e) => e.name_en)));
  assert.equal(byName(ents, 'al-Rouj Plain')?.type, 'PLACE', JSON.stringify(ents.map((e) => e.name_en)));
  assert.ok(ents.some((e) => e.type === 'PLACE' && / Power Station$/.test(e.name_en) && e.name_ar === 'محطة كهرباء الفاضلية'), JSON.stringify(ents.map((e) => e.name_en)));
});

test('a minefield, a container terminal, an easy task and a bridge of a preposition name no place', () => {
  const ents = run('عبرت الدورية حقل ألغام ووصلت إلى محطة الحاويات، والأمر سهل ممتنع، ومدت جسراً على النهر ثم جسر على الطريق وجسر لتطوير المهارات.');
  assert.ok(!ents.some((e) => e.type === 'PLACE' && / (Field|Station|Plain|Bridge)$/.test(e.name_en)), JSON.stringify(ents.map((e) => e.name_en)));
});

test('a unit\'s name ends before a participle that agrees with the head', () => {
  const ents = run('وقال آمر كتيبة سعد بن عبادة المكلفة بحماية المعبر إن الوضع هادئ.');
  const unit = ents.find((e) => e.type === 'GROUP' && e.name_en.endsWith(' Battalion'));
  assert.equal(unit?.name_ar, 'كتيبة سعد بن عبادة', JSON.stringify(ents.map((e) => e.name_ar)));
});

test('Mecca alone and with a preposition is the city, not a new place spelt with the preposition', () => {
  const ents = run('أدى الحجاج الصلاة بمكة أمس.');
  assert.ok(ents.some((e) => e.name_en === 'Mecca' && e.name_ar !== 'بمكة'), JSON.stringify(ents.map((e) => e.name_en)));
  assert.ok(!ents.some((e) => /^Bam/.test(e.name_en)), JSON.stringify(ents.map((e) => e.name_en)));
});

test('a head noun in the dual names two things joined by و (named_heads.tsv column dual)', () => {
  const heads = namedHeads();
  assert.ok(heads.get('حقل')?.duals?.includes('حقلي'));
  const names = (text: string) => extractEntities({ text, published: '2015-07-22' }).filter((e) => e.type === 'PLACE').map((e) => e.name_en);
  const fields = names('سيطر المسلحون على حقلي الهيل وآراك للغاز شرق المدينة.');
  assert.equal(fields.filter((n) => n.endsWith(' Field')).length, 2, fields.join(', '));
  // KB places keep their own entities; each also names the building.
  const airports = names('أغلقت السلطات مطاري صنعاء وعدن أمام الرحلات المدنية.');
  assert.ok(airports.includes('Sanaa Airport') && airports.includes('Aden Airport') && airports.includes('Aden'), airports.join(', '));
  // A second unknown word after the first name makes a phrase this rule does not read.
  assert.deepEqual(names('زار الوفد حقلي تجارب زراعية حديثة في الريف.').filter((n) => n.endsWith(' Field')), []);
});
