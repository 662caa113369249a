// Who speaks in verbal and political acts (src/extract/events/speech-sides.ts, the anaphora of
// src/extract/entities/anaphora.ts, data/lexicon/{side_rule_words,anaphora_heads,surname_tails}.tsv).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { parseAnaphoraHeads } from '../src/extract/entities/anaphora.js';
import { parseSurnameTails, parseCorefOpeners } from '../src/extract/entities/coref.js';
import { loadSideRuleWords } from '../src/extract/events/side-rule-words.js';
import { loadTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
/** 'TYPE source>target' (countries, '-' for none) of the events whose trigger is `trigger`. */
function sides(text: string, trigger: string): string[] {
  const doc = analyzeText(text, meta, 't');
  return doc.events.filter((e) => e.trigger?.text === trigger).map((e) => `${e.type} ${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`);
}
const names = (text: string, trigger: string) =>
  analyzeText(text, meta, 't').events.filter((e) => e.trigger?.text === trigger).map((e) => `${e.source?.name_en ?? '-'}>${e.target?.name_en ?? '-'}`);

test('the new word classes load', () => {
  const words = loadSideRuleWords();
  assert.ok(words.get('experiencer')!.has(normalizeArabic('تواجه')));
  assert.ok(words.get('affiliation')!.has(normalizeArabic('التابعة')));
  assert.ok(words.get('response')!.has(normalizeArabic('رفضت')));
  // 'قبل' is also 'before': it is no verb of response.
  assert.ok(!words.get('response')!.has(normalizeArabic('قبل')));
});

test('anaphora heads: a word may stand for names with another noun; the default is the noun itself', () => {
  const heads = parseAnaphoraHeads(loadTsv('lexicon/anaphora_heads.tsv'));
  assert.deepEqual(heads.get('حركه'), ['حركه']);
  assert.ok(heads.get('برلمان')!.includes(normalizeArabic('مجلس النواب')));
  const own = parseAnaphoraHeads([{ word: 'الهيئة', names: 'هيئة|السلطة الوطنية', source: 'x' }]);
  assert.deepEqual(own.get(normalizeArabic('هيئة')), [normalizeArabic('هيئة'), normalizeArabic('سلطة الوطنية')]);
});

test('surname tails load in the stem form names are read in', () => {
  const tails = parseSurnameTails(loadTsv('lexicon/surname_tails.tsv'));
  assert.ok(tails.has('زاده') && tails.has('اوغلو'));
  assert.throws(() => parseSurnameTails([{ tail: 'اوغلو زاده', source: 'x' }]), /row 1/);
});

test('coref openers load in matching form; "والأخير" after a speech verb is the last person named', () => {
  const open = parseCorefOpeners(loadTsv('lexicon/coref_openers.tsv'));
  assert.ok(open.has(normalizeArabic('أكد')) && open.has(normalizeArabic('مؤكدا')));
  assert.throws(() => parseCorefOpeners([{ word: 'قال إن', source: 'x' }]), /row 1/);
  const doc = analyzeText('التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف. وأكد الأخير أن بلاده تدعم الحل السياسي.', meta, 't');
  const zarif = doc.entities.find((e) => e.mentions.some((m) => m.text === 'الأخير'));
  assert.equal(zarif?.type, 'PERSON');
});

test('"the ministry" and "the parliament" alone are the body named before, and speak', () => {
  assert.deepEqual(sides('قالت وزارة الخارجية الروسية إن الوضع خطير. وحذرت الوزارة الولايات المتحدة من عواقب التصعيد.', 'وحذرت'), ['THREATEN RUS>USA']);
  const text = 'أصدر مجلس النواب العراقي بيانا بشأن الأزمة. وتعهد البرلمان بملاحقة المتورطين في الهجمات، داعيا الحكومة التركية إلى سحب قواتها.';
  assert.deepEqual(sides(text, 'داعيا'), ['DEMAND IRQ>TUR']);
  assert.equal(sides(text, 'وتعهد')[0]?.split(' ')[1].split('>')[0], 'IRQ');
});

test('a definite adjective after the head makes another name; a definite object after a feminine head does not', () => {
  const doc = analyzeText('قالت وزارة الصحة الأردنية إن المستشفيات ممتلئة. وناشدت الوزارة المنظمات الدولية تقديم المساعدة. وقالت الوزارة الأخرى إن الوضع هادئ.', meta, 't');
  const ministry = doc.entities.find((e) => e.mentions.some((m) => m.text === 'الوزارة'));
  assert.ok(ministry, 'the ministry is named again');
  assert.equal(ministry.mentions.filter((m) => m.text === 'الوزارة').length, 1, 'not before the agreeing adjective الأخرى');
});

test('a participle takes the subject of its sentence, and one that opens a sentence the subject of the one before', () => {
  assert.deepEqual(sides('وأكد رئيس الوزراء العراقي أن الهجوم مرفوض، داعيا إيران إلى وقف التدخل في شؤون بلاده.', 'داعيا'), ['DEMAND IRQ>IRN']);
  assert.deepEqual(sides('وذكر رئيس الوزراء العراقي أن الاتفاق تم مع الشركات.. داعيا إيران إلى وقف التدخل.', 'داعيا'), ['DEMAND IRQ>IRN']);
});

test('"أنه" before a verb: the teller acts, and the actor after the verb is its object', () => {
  assert.deepEqual(sides('أكد رئيس الوزراء العراقي أنه يدعو إيران إلى وقف التدخل.', 'يدعو'), ['DEMAND IRQ>IRN']);
});

test('the subject of "تواجه" is accused; who accuses is not named', () => {
  assert.deepEqual(sides('وتواجه إسرائيل اتهامات بارتكاب جرائم حرب في غزة.', 'اتهامات'), ['ACCUSE ->ISR']);
});

test('a committee belonging to a body speaks for it; the actor after it is the object', () => {
  assert.deepEqual(names('اتهمت لجنة تابعة للأمم المتحدة روسيا بقصف المستشفيات في أوكرانيا.', 'اتهمت'), ['United Nations>Russia']);
});

test('a call that is rejected is the caller\'s, aimed at the one who rejects it', () => {
  assert.deepEqual(names('رفضت الحكومة الإثيوبية دعوة الاتحاد الأفريقي إلى وقف إطلاق النار.', 'دعوة'), ['African Union>Government of Ethiopia']);
});

test('"دانت" is a finite verb: its subject condemns the agent of the act it names', () => {
  assert.deepEqual(names('ودانت الحكومة السودانية الهجمات التي شنتها قوات الدعم السريع على المدنيين.', 'ودانت'), ['Government of Sudan>Rapid Support Forces']);
});

test('who tells a count of the dead is not who killed them', () => {
  const got = sides('وقالت وزارة الصحة الأردنية في بيان إنها أحصت 30 قتيلا في المدينة.', 'قتيلا');
  assert.ok(got.every((g) => !g.startsWith('ASSAULT JOR>')), got.join());
});

test('an official, a source or a minister "في" a body speaks for that body, not the object after the verb', () => {
  assert.deepEqual(sides('وانتقد مسؤول في وزارة الخارجية الأمريكية روسيا بسبب قصف المدنيين.', 'وانتقد'), ['ACCUSE USA>RUS']);
  assert.deepEqual(sides('ودعا مصدر في الحكومة العراقية تركيا إلى سحب قواتها.', 'ودعا'), ['DEMAND IRQ>TUR']);
});

test('the official named right after his body is the speaker, not the target', () => {
  const got = names('ودعا قيادي في حركة حماس يدعى محمود الزهار إلى مواصلة المواجهات.', 'ودعا');
  assert.ok(got.every((g) => !g.endsWith('>Mahmoud al-Zahar')), got.join());
});

test('a verb that opens its sentence with no subject goes on with the subject of the sentence before', () => {
  assert.deepEqual(sides('ندد الرئيس الفرنسي بالهجوم على المدنيين في غزة. كما يطالب بالإفراج الفوري عن الرهائن.', 'يطالب').map((s) => s.split('>')[0]), ['DEMAND FRA']);
  // A subject deep inside the sentence before (inside its reported speech) is not carried on.
  const deep = sides('وزعم البيان الصادر أمس أن الجماعات المسلحة في سوريا ارتكبت انتهاكات. كما يطالب بالإفراج الفوري عن الرهائن.', 'يطالب');
  assert.ok(deep.every((s) => !s.startsWith('DEMAND SYR')), deep.join());
  // A subject the coder does not know ('البنك') is still a subject: nothing is carried over.
  const own = sides('ندد الرئيس الفرنسي بالهجوم على المدنيين في غزة. ودعا البنك المواطنين إلى زيارة موقعه.', 'ودعا');
  assert.ok(own.every((s) => !s.startsWith('DEMAND FRA')), own.join());
});
