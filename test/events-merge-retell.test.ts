// One happening told twice (merge-retell.ts): a toll in the sentence after the fighting, a statement carried on in
// the next sentence by a word that names no one, what a call asks for. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { mergeEvents } from '../src/extract/events/merge.js';
import type { EventRecord } from '../src/doc.js';
import type { TriggerEntry } from '../src/extract/events/lexicon.js';
import { markRetellings, retellingCues, SAID_AGAIN_FLAG, RELATIVE_FLAG } from '../src/extract/events/retelling-cues.js';

const LEAD = 'أفاد مراسلنا بتطورات جديدة. ';
const coded = (text: string) =>
  analyzeText(LEAD + text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type}/${e.mode}`);

test('dead with no place of their own, told in the sentence after a seizure, are its toll', () => {
  const seizure = 'سيطرت قوات الجيش اليمني على حي المنصورة في مدينة تعز بعد معارك مع الحوثيين. ';
  assert.ok(!coded(seizure + 'وقال شهود إن 12 مسلحا سقطوا قتلى.').includes('ASSAULT/killing'));
  // Dead told with an attack and a place of their own are another happening.
  assert.ok(coded(seizure + 'وقال شهود إن 12 مدنيا قتلوا في قصف جوي على مدينة الحديدة.').includes('ASSAULT/killing'));
});

test('what a call asks for (talks, a deal, aid) is the call; a refusal told after it is an act of its own', () => {
  assert.deepEqual(coded('دعت جامعة الدول العربية طرفي النزاع إلى الاجتماع في القاهرة للتوقيع على اتفاق سلام.'), ['DEMAND/appeal']);
  assert.deepEqual(coded('دعت الحكومة المواطنين إلى الهدوء، فيما رفضت المعارضة إجراء محادثات معها.'), ['DEMAND/appeal', 'REJECT/rejection']);
});

type Side = EventRecord['source'];
const side = (name: string): Side => ({ entity: `Q-${name}`, name_en: name, country: null, sector: 'IGO' });
const warn: Pick<TriggerEntry, 'pos' | 'lemma' | 'type' | 'cameo' | 'frame'> = { pos: 'verb', lemma: 'حذر', type: 'THREATEN', cameo: '130', frame: ['obj'] };

function said(sentence: number, at: number, trigger: number, source: Side, lemma = 'حذر') {
  return {
    type: 'THREATEN' as const, mode: 'warning', cameo: '130', quad: 'verbal-conflict' as const, intensity: -4,
    source, target: null, location: null, date: null, modality: 'asserted' as const, claimed_by: null, numbers: [],
    summary_en: '', evidence: { start: at, end: at + 80 }, confidence: 0.7,
    trigger: { start: at + trigger, end: at + trigger + 4, text: lemma },
    sentence, clause: at, flags: [], hit: { entry: { ...warn, lemma } },
  } as unknown as EventRecord & { sentence: number; clause: number; flags: string[]; hit: { entry: typeof warn } };
}

test('a warning carried on in the next sentence by a word that names no one is the warning told before', () => {
  // 'حذرت المنظمة من انهيار المستشفيات.' / 'وقال مديرها في بيان إن نقص الوقود يهدد حياة المرضى.'
  assert.equal(mergeEvents([said(1, 0, 0, side('WHO')), said(2, 100, 40, null, 'هدد')], false).length, 1);
  // A word that opens its sentence tells a new statement ('وحذر مسؤولون من ...'), and two sentences on is too far.
  assert.equal(mergeEvents([said(1, 0, 0, side('WHO')), said(2, 100, 0, null)], false).length, 2);
  assert.equal(mergeEvents([said(1, 0, 0, side('WHO')), said(3, 200, 40, null, 'هدد')], false).length, 2);
});

test('a place taken, told again further on with its word and the same place, is one seizure', () => {
  const text = 'استعادت القوات الحكومية السيطرة على مدينة سرت بعد معارك طويلة. وأضاف المتحدث أن الحياة بدأت تعود إلى طبيعتها. ' +
    'وقال مسؤول إن استعادة مدينة سرت فتحت الطريق أمام عودة النازحين.';
  assert.equal(coded(text).filter((t) => t === 'COERCE/seizure').length, 1);
});

test('the word before an act marks it as told before: a statement said again, a verb in a relative clause', () => {
  const text = 'وكرر رفض الحوار. فقدت الاتصال بالمستشفى الذي اقتحمه الجيش. وتجدد القصف على البلدة.';
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  const made = (w: string, quad: string, pos: string) => ({ trigger: at(w), quad, flags: [] as string[], hit: { entry: { pos } } }) as unknown as EventRecord & { flags: string[]; hit: { entry: { pos: string } } };
  const [said, known, renewed] = markRetellings([made('رفض', 'verbal-conflict', 'noun'), made('اقتحمه', 'material-conflict', 'verb'), made('القصف', 'material-conflict', 'noun')], { text });
  assert.deepEqual(said.flags, [SAID_AGAIN_FLAG]);
  assert.deepEqual(known.flags, [RELATIVE_FLAG]);
  // Shelling 'renewed' is a new act, not a statement said again.
  assert.deepEqual(renewed.flags, []);
});

type Made = { sentence: number; at: number; clause?: number; type?: string; mode?: string; lemma?: string; pos?: 'verb' | 'noun'; text?: string; source?: Side; target?: Side; flags?: string[]; date?: string | null; place?: string | null; quad?: string };
const country = (c: string): Side => ({ entity: `Q-${c}`, name_en: c, country: c, sector: 'GOV' });
function act(m: Made) {
  const lemma = m.lemma ?? 'رفض';
  return {
    type: m.type ?? 'REJECT', mode: m.mode ?? 'rejection', cameo: '120', quad: m.quad ?? 'verbal-conflict', intensity: -4,
    source: m.source ?? null, target: m.target ?? null, location: m.place ? { entity: m.place, name_en: m.place, precision: 'city' } : null,
    date: m.date ?? null, modality: 'asserted' as const, claimed_by: null, numbers: [],
    summary_en: '', evidence: { start: m.at, end: m.at + 80 }, confidence: 0.7,
    trigger: { start: m.at + 10, end: m.at + 14, text: m.text ?? lemma },
    sentence: m.sentence, clause: m.clause ?? m.at, flags: m.flags ?? [], hit: { entry: { pos: m.pos ?? 'verb', lemma, type: m.type ?? 'REJECT', cameo: '120', frame: ['obj'] }, pos: m.pos ?? 'verb' },
  } as unknown as EventRecord & { sentence: number; clause: number; flags: string[]; hit: { entry: typeof warn } };
}

test('a statement said again is the one told before, even with its sides read otherwise, if it names no other party', () => {
  const first = () => act({ sentence: 2, at: 100, source: country('FRA'), target: country('IRN') });
  // 'وكرر رفض الحوار مع الحكومة الإيرانية': the coder took Iran for the one who refused.
  const again = (flags: string[], source = country('IRN')) => act({ sentence: 9, at: 900, source, flags });
  assert.equal(mergeEvents([first(), again([SAID_AGAIN_FLAG])], false).length, 1);
  assert.equal(mergeEvents([first(), again([])], false).length, 2);
  assert.equal(mergeEvents([first(), again([SAID_AGAIN_FLAG], country('RUS'))], false).length, 2);
});

test('an attack told in a relative clause is the one told before with its word, the day before or at no other place', () => {
  const raid = () => act({ sentence: 1, at: 0, type: 'ASSAULT', mode: 'military', quad: 'material-conflict', lemma: 'اقتحم', source: country('ISR'), target: country('PSE'), place: 'town-A', date: '2024-03-09' });
  const known = (flags: string[], place: string | null = null) =>
    act({ sentence: 5, at: 500, type: 'ASSAULT', mode: 'military', quad: 'material-conflict', lemma: 'اقتحم', source: country('ISR'), flags, place, date: '2024-03-10' });
  assert.equal(mergeEvents([raid(), known([RELATIVE_FLAG])], false).length, 1);
  assert.equal(mergeEvents([raid(), known([])], false).length, 2);
  assert.equal(mergeEvents([raid(), known([RELATIVE_FLAG], 'town-B')], false).length, 2);
});

test('a definite noun retells the act told just before with that word, whatever word opened its telling', () => {
  // 'قتل 12 مدنيا إثر سقوط صاروخ على السوق.' / 'وقال المدير إن الصاروخ أصاب السوق وقت الذروة.'
  const shelling = { type: 'ASSAULT', quad: 'material-conflict', source: country('SYR'), place: 'town-A' };
  const killed = act({ ...shelling, sentence: 1, at: 0, mode: 'killing', lemma: 'قتل' });
  const rocket = act({ ...shelling, sentence: 1, at: 20, mode: 'shelling', lemma: 'قذائف', pos: 'noun', text: 'صاروخ' });
  const again = () => act({ ...shelling, sentence: 2, at: 200, mode: 'shelling', lemma: 'قذائف', pos: 'noun', text: 'الصاروخ' });
  assert.equal(mergeEvents([killed, rocket, again()], false).length, 1);
  assert.equal(mergeEvents([act({ ...shelling, sentence: 1, at: 0, mode: 'killing', lemma: 'قتل' }), again()], false).length, 2);
});

test('the retelling cues load from data/lexicon/retelling_cues.tsv', () => {
  const cues = retellingCues();
  assert.ok(cues.repeat.has('كرر') && cues.relative.has('الذي'));
});

test('an act told with a definite noun folds into the act told just before with that word, or anywhere before when a relative clause says what was done', () => {
  const strike = { type: 'ASSAULT', quad: 'material-conflict', source: country('TUR'), place: 'region-A' };
  // 'شنت المقاتلات التركية أولى غاراتها على مواقع التنظيم.' ... 'قتل تسعة مسلحين في الغارات التي نفذتها المقاتلات التركية.'
  const first = () => [act({ ...strike, sentence: 1, at: 0, mode: 'military', lemma: 'شن' }), act({ ...strike, sentence: 1, at: 25, mode: 'air', lemma: 'غاره', pos: 'noun', text: 'غاراتها' })];
  const later = (sentence: number, relative: boolean) => [
    act({ ...strike, sentence, at: sentence * 100, mode: 'killing', lemma: 'قتل' }),
    act({ ...strike, sentence, at: sentence * 100 + 20, mode: 'air', lemma: 'غاره', pos: 'noun', text: 'الغارات' }),
    ...(relative ? [act({ ...strike, sentence, at: sentence * 100 + 35, mode: 'military', lemma: 'نفذ', flags: [RELATIVE_FLAG] })] : []),
  ];
  assert.equal(mergeEvents([...first(), ...later(2, false)], false).length, 1);
  assert.equal(mergeEvents([...first(), ...later(8, true)], false).length, 1);
  // Far on, without a relative clause, the raids may be others.
  assert.equal(mergeEvents([...first(), ...later(8, false)], false).length, 2);
  // Clashes go on from day to day: 'واستمرت الاشتباكات' is not the fighting told before.
  const clash = { ...strike, mode: 'military', lemma: 'اشتباك', pos: 'noun' as const };
  const fight = (sentence: number, text: string) => {
    const e = act({ ...clash, sentence, at: sentence * 100, text });
    e.hit.entry.frame = ['sym'];
    return e;
  };
  assert.equal(mergeEvents([fight(1, 'معارك'), act({ ...strike, sentence: 3, at: 300, mode: 'military', lemma: 'استمر' }), fight(3, 'الاشتباكات')], false).length, 2);
});

test('support told with the means it is given by is one act of support, kept without the means\' sides', () => {
  // 'وتدعم الدول الحليفة قوات الجيش بالضربات الجوية وشحنات السلاح.'
  const support = () => act({ sentence: 2, at: 0, clause: 0, type: 'AID', mode: 'aid', quad: 'material-cooperation', lemma: 'دعم', text: 'وتدعم' });
  const means = (text: string, at = 30) => act({ sentence: 2, at, clause: 0, type: 'ASSAULT', mode: 'air', quad: 'material-conflict', lemma: 'غاره', pos: 'noun', text, source: country('YEM'), target: country('SAU') });
  const one = mergeEvents([support(), means('بالضربات الجوية')], false);
  assert.deepEqual(one.map((e) => [e.type, e.source, e.target]), [['AID', null, null]]);
  // A noun not governed by ب, or far on, tells an act of its own.
  assert.equal(mergeEvents([support(), means('الضربات الجوية')], false).length, 2);
  assert.equal(mergeEvents([support(), means('بالضربات الجوية', 200)], false).length, 2);
});

test('a headline statement naming one party is the statement naming it and another with the same word', () => {
  // 'الأمم المتحدة تتهم إسرائيل ...' read with Israel accusing; the body: 'اتهمت لجنة تابعة للأمم المتحدة إسرائيل ...'.
  const accuse = { type: 'ACCUSE', mode: 'accusation', quad: 'verbal-conflict', lemma: 'اتهم' };
  const headline = () => act({ ...accuse, sentence: 1, at: 0, source: country('ISR') });
  const body = (source: Side) => act({ ...accuse, sentence: 6, at: 600, source, target: country('ISR') });
  const out = mergeEvents([headline(), body(side('UN'))], true);
  assert.equal(out.length, 1);
  assert.equal(out[0].target?.country, 'ISR');
  // Below the lead, or naming a third party, it is another statement.
  assert.equal(mergeEvents([act({ ...accuse, sentence: 4, at: 400, source: country('ISR') }), body(side('UN'))], true).length, 2);
  assert.equal(mergeEvents([act({ ...accuse, sentence: 1, at: 0, source: country('EGY') }), body(side('UN'))], true).length, 2);
});

test('a truce told again by a word that names nobody, a few days off, is the same truce; dead told on after dead are one toll', () => {
  const truce = { type: 'RETREAT', mode: 'ceasefire', quad: 'material-cooperation', lemma: 'هدنه', pos: 'noun' as const };
  const first = () => act({ ...truce, sentence: 1, at: 0, source: country('SAU'), date: '2024-03-10' });
  assert.equal(mergeEvents([first(), act({ ...truce, sentence: 4, at: 400, date: '2024-03-07' })], false).length, 1);
  assert.equal(mergeEvents([first(), act({ ...truce, sentence: 4, at: 400, date: '2024-02-20' })], false).length, 2);
  // 'قتل خمسة من أفراد الأسرة في الغارة.' / 'وقتل أيضا طفلان منها.'
  const dead = { type: 'ASSAULT', mode: 'killing', quad: 'material-conflict', lemma: 'قتل' };
  const toll = (flags: string[]) => act({ ...dead, sentence: 3, at: 300, source: country('ISR'), target: country('PSE'), flags });
  assert.equal(mergeEvents([act({ ...dead, sentence: 2, at: 200, target: country('PSE') }), toll(['inherited-sides'])], false).length, 1);
  assert.equal(mergeEvents([act({ ...dead, sentence: 2, at: 200, target: country('PSE') }), toll([])], false).length, 2);
});
