// Places named after a settlement noun (data/kb/settlement_cues.tsv, src/extract/entities/cued-places.ts).
// Sentences and place names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';
import { settlementCues } from '../src/extract/entities/cued-places.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const places = (ents: Entity[]) => ents.filter((e) => e.type === 'PLACE').map((e) => e.name_ar);

test('settlement_cues.tsv loads: matching forms, one or two names, a source', () => {
  const rows = loadTsv('kb/settlement_cues.tsv');
  assert.ok(rows.length >= 10);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.match(r.names, /^([12]|many)$/, r.word);
    assert.match(r.form, /^(name|quoted|definite)$/, r.word);
    assert.ok(r.source, r.word);
  }
  const cues = settlementCues();
  assert.deepEqual(cues.get('قريه'), { names: 1, quoted: false });
  assert.deepEqual(cues.get('بلدتي'), { names: 2, quoted: false });
  assert.ok(cues.get('مستوطنات')!.names > 2);
  assert.equal(cues.get('مرتفع')!.quoted, true);
});

test('an unknown name after a settlement noun is a place, named without the noun', () => {
  const ents = run('اقتحمت القوات قرية زيتونان الغربية فجر اليوم واعتقلت عددا من الشبان.');
  const p = ents.find((e) => e.name_ar === 'زيتونان');
  assert.ok(p, JSON.stringify(places(ents)));
  assert.equal(p.type, 'PLACE');
  assert.equal(p.mentions[0].text, 'زيتونان');
  assert.match(p.name_en, /^Z[a-z']+n$/);
  const b = run('سقطت قذيفة على حي الكرامليه القديم وأصابت منزلين.');
  assert.ok(places(b).includes('الكرامليه'), JSON.stringify(places(b)));
});

test('a dual settlement noun names two places joined by و', () => {
  const ents = run('تعرضت بلدتي كفرسوسة وعينتورا لقصف مدفعي عنيف.');
  assert.ok(places(ents).includes('كفرسوسة'), JSON.stringify(places(ents)));
  assert.ok(places(ents).includes('عينتورا'), JSON.stringify(places(ents)));
});

test('a name ends before a nisba adjective, a و that starts another place, or a common word', () => {
  const a = run('استهدف القصف بلدة مرجعيون الحدودية وقرية شلعبون في الجنوب.');
  assert.ok(places(a).includes('مرجعيون'), JSON.stringify(places(a)));
  assert.ok(places(a).includes('شلعبون'), JSON.stringify(places(a)));
  assert.ok(!places(a).some((p) => p.includes('الحدودية') || p.includes('وقرية')), JSON.stringify(places(a)));
  const b = run('زار الوفد حي الكرامليه بالعاصمة أمس.');
  assert.ok(places(b).includes('الكرامليه'), JSON.stringify(places(b)));
  assert.ok(!places(b).some((p) => p.includes('بالعاصمة')), JSON.stringify(places(b)));
});

test('an adjective, a preposition or the definite noun after the cue is no place', () => {
  for (const text of [
    'يعيش السكان في قرية نائية بعيدة عن الخدمات.',
    'انتشرت الدوريات في منطقة سكنية مكتظة.',
    'تمركز الجنود في قرية بالقرب من الحدود.',
    'عاد الأهالي إلى القرية بعد انسحاب القوات.',
    'انتقلت الأسرة إلى حي يسكنه العمال قرب المصنع.',
    'يبحث المستثمرون عن منطقة واعدة للاستثمار.',
  ]) {
    const ps = places(run(text));
    assert.deepEqual(ps, [], `${text}: ${JSON.stringify(ps)}`);
  }
});

test('a plural settlement noun names a list in quotation marks or joined by و and commas', () => {
  const a = run('أطلقت الفصائل صواريخ على مستوطنات "كفار تسيون" و"نحال عوز" و"المنارة" صباح اليوم.');
  for (const p of ['كفار تسيون', 'نحال عوز', 'المنارة']) assert.ok(places(a).includes(p), JSON.stringify(places(a)));
  const b = run('قصفت المدفعية بلدات كفرسوسة، عينتورا وشلعبون في الريف الغربي.');
  for (const p of ['كفرسوسة', 'عينتورا', 'شلعبون']) assert.ok(places(b).includes(p), JSON.stringify(places(b)));
  const c = run('دوت صفارات الإنذار في مستوطنتي "بيت هلل" و"كفار يوفال".');
  for (const p of ['بيت هلل', 'كفار يوفال']) assert.ok(places(c).includes(p), JSON.stringify(places(c)));
});

test('a cue marked quoted names only a name in quotation marks', () => {
  const a = run('استهدفت المقاومة مرتفع "الزعرورة" بالقذائف.');
  assert.ok(places(a).includes('الزعرورة'), JSON.stringify(places(a)));
  const b = run('ظل سعر الوقود مرتفع جدا رغم تراجع الطلب في الأسواق.');
  assert.deepEqual(places(b).filter((p) => p.includes('جدا')), []);
  const c = run('قال إن الوضع في المنطقة مرتفع الخطورة.');
  assert.deepEqual(places(c).filter((p) => p.includes('الخطورة')), []);
});

test('a list ends at a word that is no name, and quotation marks must close', () => {
  const a = run('زار الوفد قرى "البيرة وأمضى يومين هناك.');
  assert.deepEqual(places(a).filter((p) => p.includes('أمضى')), []);
  const b = run('تضررت بلدات عديدة في الجنوب جراء القصف.');
  assert.deepEqual(places(b).filter((p) => p.includes('عديدة')), []);
});

test('منطقة names a place written with the article, in quotes or in a sentence with a known town', () => {
  const a = run('اندلعت اشتباكات عنيفة في منطقة الكرموشة التابعة لمحافظة أبين صباح اليوم.');
  assert.ok(places(a).includes('الكرموشة'), JSON.stringify(places(a)));
  const b = run('قصفت الطائرات مواقع في منطقة «الزعفرينة» صباح اليوم.');
  assert.ok(places(b).includes('الزعفرينة'), JSON.stringify(places(b)));
  // Its name ends at the last word written with the article: 'بمديرية' is no part of it.
  const c = run('تقدمت القوات في منطقة الكرموشة بمديرية الوادي قرب عدن.');
  assert.ok(places(c).includes('الكرموشة'), JSON.stringify(places(c)));
});

test('منطقة before an indefinite word, or a definite one in a sentence with no known town, names no place', () => {
  const a = run('أقامت القوات منطقة عازلة على طول الطريق.');
  assert.ok(!places(a).some((p) => p.includes('عازلة')), JSON.stringify(places(a)));
  const b = run('أصيب الرجل بكدمات في منطقة الكوع خلال المباراة.');
  assert.ok(!places(b).includes('الكوع'), JSON.stringify(places(b)));
});

test('a military position (موقع) names a definite place in a sentence that names a town; a website or a scene does not', () => {
  const ents = run('واستهدف المقاتلون موقع الرويسات قرب بلدة كفركلا ونشروا الصور على موقع تويتر وموقع إلكتروني من موقع الحادث.');
  const ps = places(ents);
  assert.ok(ps.includes('الرويسات'), JSON.stringify(ps));
  assert.ok(!ps.some((p) => /تويتر|إلكتروني|الحادث/.test(p)), JSON.stringify(ps));
});

test('a definite place name ends before a participle that describes it', () => {
  const ents = run('وسيطر المقاتلون على منطقة الصوالح المطلة على مدينة تعز.');
  const ps = places(ents);
  assert.ok(ps.includes('الصوالح'), JSON.stringify(ps));
});

test('a definite common word alone after a singular settlement noun names it when a clause or the sentence ends', () => {
  assert.ok(places(run('قصفت الطائرات قرية السلام التي يسيطر عليها المسلحون جنوب المدينة.')).includes('السلام'));
  assert.ok(places(run('اندلع حريق في منزل يقع في بلدة النصر.')).includes('النصر'));
  // A phrase goes on after it ('حي الأعمال الجديد'), or the noun is plural or of wider use: no name.
  assert.ok(!places(run('افتتحت الشركة مكتبا في حي الأعمال الجديد بالمدينة.')).includes('الأعمال'));
  assert.ok(!places(run('نفذت البلديات أعمالا في جميع مناطق المملكة، ضمن خطة الوزارة.')).includes('المملكة'));
});

test('a new place is named in English without its leading article', () => {
  const ents = run('قصفت الطائرات قرية الحمرات في الجنوب.');
  const names = ents.filter((e) => e.type === 'PLACE').map((e) => e.name_en);
  assert.ok(names.some((n) => /^H[a-z]+t$/.test(n)), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('al-')), names.join(', '));
});

test('a position after an attack word names a place whatever its form, and the next one joined by و', () => {
  const ps = places(run('قصفت المقاومة موقع برانيت في الجليل، وموقع زرعيت بالصواريخ. ونشرت المقاومة الصور على موقع تلغرام.'));
  assert.ok(ps.includes('برانيت') && ps.includes('زرعيت'), JSON.stringify(ps));
  assert.ok(!ps.includes('تلغرام'), JSON.stringify(ps));
});

test('a plural cue\'s list that opens with known places goes on to an unknown last one, a common word with the article', () => {
  const ents = run('قصفت المدفعية بلدات عيتا الشعب وكفركلا والخيام في جنوب لبنان مساء أمس.');
  assert.ok(places(ents).includes('الخيام'), JSON.stringify(places(ents)));
  // Not in a phrase that goes on after it, nor after a singular noun.
  assert.ok(!places(run('زار الوفد بلدات عيتا الشعب وكفركلا والخيام المنصوبة للنازحين.')).includes('الخيام'));
  assert.ok(!places(run('وصلت المساعدات إلى قرية عيتا الشعب والخيام في الساحة.')).includes('الخيام'));
});

test('a mountain noun is part of the place\'s name and takes one name word', () => {
  assert.equal(settlementCues().get('جبل')!.inName, true);
  const ents = run('اندلعت اشتباكات عنيفة في جبل موية بولاية سنار صباح اليوم.');
  const p = ents.find((e) => e.name_ar === 'جبل موية');
  assert.ok(p, JSON.stringify(places(ents)));
  assert.match(p.name_en, /^Jabal /);
  assert.ok(places(run('احتفل الأهالي في جبل قارا بهجة بالعيد.')).includes('جبل قارا'));
  assert.deepEqual(places(run('تراكم جبل من الديون على الشركة.')), []);
});
