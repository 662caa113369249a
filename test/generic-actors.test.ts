// Generic actors ('المتظاهرون', 'مسلحون مجهولون', 'مستوطنون إسرائيليون'): src/extract/entities/generic.ts and
// data/lexicon/generic_actors.tsv. One written sentence per family.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { analyzeText } from '../src/pipeline.js';
import { isStruckThing, parseGenericActors } from '../src/extract/entities/generic.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2020-05-01' });
const generic = (ents: Entity[]) => ents.filter((e) => e.id.startsWith('rasad:generic:'));
/** The things struck a text names, as 'family/sector'. */
const struck = (text: string) => generic(run(text)).filter((e) => isStruckThing(e.id)).map((e) => `${e.id.split(':')[2]}/${e.sector}`);

test('generic_actors.tsv loads: every row has a CAMEO sector, a name and a source', () => {
  const rows = loadTsv('lexicon/generic_actors.tsv');
  const lex = parseGenericActors(rows);
  assert.ok(rows.length >= 30);
  assert.ok(lex.byFirst.get('متظاهرين')?.some((f) => f.key === 'protesters'));
  for (const list of lex.byFirst.values()) for (let k = 1; k < list.length; k++) assert.ok(list[k - 1].words.length >= list[k].words.length, 'longest first');
  assert.throws(() => parseGenericActors([{ key: 'x', forms: 'مسلحون', sector: 'POL', name_en: 'x', country: 'place', source: 's' }]), /unknown sector/);
  assert.throws(() => parseGenericActors([{ key: 'x', forms: 'مسلحون', sector: 'UAF', name_en: '', country: 'place', source: 's' }]), /required/);
  assert.throws(() => parseGenericActors([{ key: 'x', forms: 'مسلحون', sector: 'UAF', name_en: 'x', country: 'here', source: 's' }]), /country must be/);
});

const families: [string, string, string, string | null][] = [
  // sentence, mention, sector, country
  ['خرج المتظاهرون إلى الشوارع.', 'المتظاهرون', 'CVL', null],
  ['أطلق مسلحون مجهولون النار على السيارة.', 'مسلحون مجهولون', 'UAF', null],
  ['هاجم مستوطنون إسرائيليون المزارعين.', 'مستوطنون إسرائيليون', 'CVL', 'ISR'],
  ['وفجر مفجر انتحاري نفسه وسط السوق.', 'مفجر انتحاري', 'UAF', null],
  ['اشتبك المتمردون مع دورية.', 'المتمردون', 'REB', null],
  ['سيطر مقاتلو المعارضة على البلدة.', 'مقاتلو المعارضة', 'REB', null],
  ['قتل ثلاثة جنود أمريكيين.', 'جنود أمريكيين', 'MIL', 'USA'],
  ['اعتقلت الشرطة عشرة أشخاص.', 'أشخاص', 'CVL', null],
  ['أصيب شرطي بجروح.', 'شرطي', 'COP', null],
  ['اعتصم الطلاب أمام الجامعة.', 'الطلاب', 'EDU', null],
  ['قطع رجال القبائل الطريق.', 'رجال القبائل', 'CVL', null],
  ['قصفت طائرات التحالف المعسكر.', 'طائرات التحالف', 'MIL', null],
  ['أضرب العمال عن العمل.', 'العمال', 'LAB', null],
  ['فر آلاف النازحين من القتال.', 'النازحين', 'REF', null],
  ['خطف القراصنة السفينة.', 'القراصنة', 'CRM', null],
  ['هاجم المسلحون الحاجز.', 'المسلحون', 'UAF', null],
  ['وأطلق متطرفون النار على المصلين.', 'متطرفون', 'UAF', null],
  ['وقصف الفدائيون المعسكر.', 'الفدائيون', 'UAF', null],
  ['وأسفر الانفجار عن سقوط 12 قتيلا.', 'قتيلا', 'CVL', null],
  ['وأوقع القصف عشرات القتلى والجرحى.', 'القتلى', 'CVL', null],
  ['واعتقلت الشرطة مصورا في المدينة.', 'مصورا', 'MED', null],
  ['هاجم جهاديون قاعدة للجيش.', 'جهاديون', 'UAF', null],
  ['وخطف قطاع طرق عشرات المسافرين.', 'قطاع طرق', 'CRM', null],
  ['وهاجم رعاة مسلحون قرية في الإقليم.', 'رعاة مسلحون', 'UAF', null],
  ['وأغلق المزارعون الطريق احتجاجا على الأسعار.', 'المزارعون', 'CVL', null],
];

for (const [text, mention, sector, country] of families) {
  test(`generic actor: ${mention} (${sector})`, () => {
    const g = generic(run(text));
    const e = g.find((x) => x.mentions.some((m) => m.text === mention));
    assert.ok(e, `${mention} in ${g.map((x) => x.mentions.map((m) => m.text).join('/')).join(', ')}`);
    assert.equal(e.sector, sector);
    assert.equal(e.type, 'GROUP');
    assert.equal(e.country, country);
  });
}

test('the dead and wounded a number counts are one actor, wherever the count is a number word, digits or a vague amount', () => {
  for (const text of ['وأسفر الانفجار عن سقوط ثمانية قتلى.', 'وأسفر الانفجار عن سقوط 12 قتيلا.', 'وخلف القصف مئات الجرحى.']) {
    assert.ok(generic(run(text)).some((e) => e.id.startsWith('rasad:generic:casualties')), text);
  }
  // Not the word alone: 'قتيل' is also what a report calls one dead man it goes on to name.
  assert.ok(!generic(run('وعثر على القتيل في منزله.')).some((e) => e.id.startsWith('rasad:generic:casualties')));
});

test('a country named right after a singular or broken-plural noun is whose they are ("جنديا تركيا": a Turkish soldier)', () => {
  const soldiers = run('وقتل 15 جنديا تركيا في الهجوم.').find((e) => e.id === 'rasad:generic:soldiers:TUR');
  assert.equal(soldiers?.name_en, 'Turkish soldiers');
  assert.equal(soldiers?.mentions[0].text, 'جنديا تركيا');
  assert.ok(run('وقتل خمسة من جنود روسيا.').some((e) => e.id === 'rasad:generic:soldiers:RUS'));
  // A sound plural is never followed by a nisba spelled as a country's name: there the country is a party of its own.
  assert.ok(!run('وقال إن مسلحين سوريا هاجموا القرية.').some((e) => e.id.startsWith('rasad:generic:gunmen')));
});

test('a nisba after a generic actor gives it a country and a name ("Israeli settlers"), and stays a mention of the country', () => {
  const ents = run('هاجم مستوطنون إسرائيليون المزارعين.');
  const settlers = ents.find((e) => e.id === 'rasad:generic:settlers:ISR');
  assert.equal(settlers?.name_en, 'Israeli settlers');
  assert.equal(settlers?.mentions[0].text, 'مستوطنون إسرائيليون');
  assert.ok(ents.some((e) => e.type === 'COUNTRY' && e.country === 'ISR'));
});

test("with no nisba, the sentence's place gives the country, and the name and id say it was inferred", () => {
  const e = generic(run('أطلق مسلحون مجهولون النار على حافلة في بيشاور.'))[0];
  assert.equal(e.name_en, 'unidentified gunmen (Pakistan)');
  assert.equal(e.country, 'PAK');
  assert.equal(e.id, 'rasad:generic:unidentified_gunmen:in-PAK');
});

test('an adjective may stand between the generic noun and its nisba', () => {
  const e = generic(run('نفى مسؤولون حكوميون أتراك الاتهامات.'))[0];
  assert.equal(e.country, 'TUR');
  assert.equal(e.mentions[0].text, 'مسؤولون حكوميون أتراك');
});

test('a body named after the generic word is the actor: مقاتلو حماس is Hamas, not fighters', () => {
  const g = generic(run('هاجم مقاتلو حماس الموقع.'));
  assert.deepEqual(g.map((e) => e.id), []);
});

test('adjectives and words of other meanings are not actors: هجوم انتحاري, طالب بالإفراج', () => {
  assert.deepEqual(generic(run('وقع هجوم انتحاري في المدينة.')), []);
  assert.deepEqual(generic(run('طالب الوزير بالإفراج عنهم.')), []);
});

test('one entity per kind and place across mentions', () => {
  const g = generic(run('تظاهر محتجون في القاهرة. وردد المحتجين هتافات.'));
  assert.equal(g.length, 1);
  assert.equal(g[0].mentions.length, 2);
});

test('foreign forces take no country from the place: coalition aircraft over Sanaa are not Yemeni', () => {
  // Before the coalition fought there, they are no one's.
  const before = generic(extractEntities({ text: 'شنت طائرات التحالف غارات قرب صنعاء.', published: '2014-05-01' })).find((x) => x.id.includes('coalition_aircraft'));
  assert.equal(before?.country, null);
  assert.equal(before?.name_en, 'coalition aircraft (Yemen)');
  // Since March 2015 they are the Saudi-led coalition's (data/kb/theatre_coalitions.tsv), never Yemen's.
  const e = generic(run('شنت طائرات التحالف غارات قرب صنعاء.')).find((x) => x.id.includes('coalition_aircraft'));
  assert.equal(e?.country, 'SAU');
  assert.equal(e?.name_en, 'coalition aircraft (Saudi-led coalition)');
});

test('a counted accusative singular is an actor after a number only: قتل 15 مسلحا, not هجوما مسلحا', () => {
  const counted = generic(run('وقالت الشرطة إن الجيش قتل 15 مسلحا في اشتباكات قرب الحدود.'));
  assert.ok(counted.some((e) => e.id.startsWith('rasad:generic:gunmen')), 'gunmen after a number');
  const adjective = generic(run('وتعرضت القافلة لهجوما مسلحا قرب الحدود.'));
  assert.ok(!adjective.some((e) => e.id.startsWith('rasad:generic:gunmen')), 'an adjective, no gunmen');
  const rebels = generic(run('وأعلن الجيش مقتل 32 متمردا في غارة.'));
  assert.ok(rebels.some((e) => e.id.startsWith('rasad:generic:rebels')));
  const dual = generic(run('وأصيب شخصان بجروح في الانفجار.'));
  assert.ok(dual.some((e) => e.id.startsWith('rasad:generic:civilians')), 'the dual');
});

test('a singular suicide bomber is an actor, but not as the adjective of an act: فجر انتحاري نفسه, not هجوم انتحاري', () => {
  const actor = generic(run('وقالت الشرطة إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب السوق.'));
  assert.ok(actor.some((e) => e.id.startsWith('rasad:generic:suicide_bomber')));
  for (const text of ['وقتل عشرة أشخاص في هجوم انتحاري قرب السوق.', 'وتبنت الجماعة العمليات الانتحارية الأخيرة.', 'ووقع التفجير الانتحاري قرب السوق.']) {
    assert.ok(!generic(run(text)).some((e) => e.id.startsWith('rasad:generic:suicide_bomber')), text);
  }
  assert.throws(() => parseGenericActors([{ key: 'x', forms: 'مسلحون', sector: 'UAF', name_en: 'x', country: 'place', source: 's', adjective_forms: 'انتحاري' }]), /need not_after/);
});

test("a coalition's aircraft take the country of the one coalition the report named, and none when it named two", () => {
  const one = generic(run('وأعلن التحالف بقيادة السعودية بدء هدنة. وقال سكان إن طائرات التحالف الحربية نفذت غارات قرب المدينة.'));
  const a = one.find((e) => e.id.startsWith('rasad:generic:coalition_aircraft'));
  assert.equal(a?.country, 'SAU');
  assert.match(a!.name_en, /Saudi-led coalition/);
  const two = generic(run('وقال التحالف الدولي إنه يدعم التحالف بقيادة السعودية. وقال سكان إن طائرات التحالف الحربية نفذت غارات قرب المدينة.'));
  assert.equal(two.find((e) => e.id.startsWith('rasad:generic:coalition_aircraft'))?.country ?? null, null, 'two coalitions: no guess');
});

const occupier = (text: string) => generic(run(text)).find((e) => e.id.startsWith('rasad:generic:occupation'));

test('the occupation takes the nisba after it, else the one occupier the report names with one', () => {
  assert.equal(occupier('داهمت دبابات الاحتلال الإسرائيلي منزلا في نابلس.')?.country, 'ISR');
  const later = run('اعتقلت قوات الاحتلال شابين في جنين. وقال شهود إن جنود الاحتلال الإسرائيلي انسحبوا لاحقا.');
  assert.ok(generic(later).filter((e) => e.id.startsWith('rasad:generic:occupation')).every((e) => e.country === 'ISR'), JSON.stringify(generic(later)));
  assert.equal(occupier('قصفت طائرات الاحتلال الأمريكي مواقع قرب الفلوجة.')?.country, 'USA');
});

test('with no nisba, the occupation is the state the report names most besides the country of its places', () => {
  const e = occupier('قصفت إسرائيل بلدة الخيام في جنوب لبنان. وقال الجيش اللبناني إن طائرات الاحتلال حلقت فوق صور. وردت إسرائيل بقصف بلدة كفرشوبا.');
  assert.equal(e?.country, 'ISR');
  assert.match(e!.name_en, /occupation forces \(Israel\)/);
});

test("'the enemy' is someone's enemy: a country only from a nisba", () => {
  assert.equal(generic(run('قصف العدو الصهيوني بلدة في الجنوب.')).find((e) => e.id.includes('enemy'))?.country, 'ISR');
  assert.equal(generic(run('قال الجيش الفرنسي إن العدو انسحب من الجبهة.')).find((e) => e.id.includes('enemy'))?.country ?? null, null);
});

test("the occupation is a side the coder's rules read, as they read a named army", async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const text = 'تصاعد التوتر على الحدود الجنوبية أمس. قصفت مدفعية الاحتلال الإسرائيلي أطراف بلدة كفركلا. وشن الاحتلال غارات على بلدة عيترون.';
  const events = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-02' }, 'test').events;
  const raid = events.find((e) => text.slice(e.evidence.start, e.evidence.end).includes('غارات'));
  assert.equal(raid?.source?.country, 'ISR', JSON.stringify(events.map((e) => [e.type, e.source?.name_en, e.target?.name_en])));
  assert.ok(raid!.source!.entity!.startsWith('rasad:generic:occupation_forces'));
});

test('a body named after a link word gives a generic actor its country: متمردا من طالبان, مقاتلون موالون لروسيا', () => {
  assert.equal(generic(run('قتلت القوات 150 متمردا من طالبان في الولاية.'))[0]?.id, 'rasad:generic:rebels:AFG');
  assert.equal(generic(run('اتهمت أوكرانيا مقاتلين موالين لروسيا بقصف المدينة.'))[0]?.country, 'RUS');
  // A place after من says where they came from, not whose they are: the place's country as before, marked inferred.
  const fromVillage = generic(run('هاجم مسلحون من قرية قرب بيشاور حافلة.'))[0];
  assert.ok(!fromVillage || fromVillage.id.includes(':in-') || !fromVillage.id.split(':')[3], fromVillage?.id);
});

test('generic_links.tsv loads, normalised', async () => {
  const { parseGenericLinks } = await import('../src/extract/entities/generic.js');
  const links = parseGenericLinks(loadTsv('lexicon/generic_links.tsv'));
  assert.ok(links.has('من') && links.has('الموالين'));
  assert.throws(() => parseGenericLinks([{ word: ' ' }]), /word is required/);
});

test('a generic actor of a country with no demonym in the KB is named by the country, not its code', () => {
  const e = generic(run('قال المسؤول إن 145 امرأة من أروبا وصلن إلى المدينة.')).find((x) => x.country === 'ABW');
  assert.ok(e, 'a generic actor of Aruba');
  assert.ok(!/\bABW\b/.test(e.name_en) && /Aruba/.test(e.name_en), e.name_en);
  // With a demonym (countries.overlay.tsv), the demonym names them.
  const p = generic(run('قال المسؤول إن 145 امرأة من الفلبين وصلن إلى المدينة.')).find((x) => x.country === 'PHL');
  assert.equal(p?.name_en, 'Philippine civilians');
});

test('a state body named without its country is an actor of the sector of its kind: الحكومة, البرلمان, المحكمة, مجلس المحافظة', () => {
  const cases: [string, string, string][] = [
    ['تظاهر المئات مطالبين باستقالة الحكومة.', 'الحكومة', 'GOV'],
    ['اعتصم المعلمون أمام مقر البرلمان.', 'البرلمان', 'LEG'],
    ['قضت المحكمة بسجن الناشط.', 'المحكمة', 'JUD'],
    ['اقتحم محتجون مبنى مجلس المحافظة.', 'مجلس المحافظة', 'GOV'],
  ];
  for (const [text, mention, sector] of cases) {
    const e = generic(run(text)).find((x) => x.mentions.some((m) => m.text === mention));
    assert.ok(e, `${mention} in ${text}`);
    assert.equal(e.sector, sector);
  }
  // With a place, the place's country (inferred: the id says so).
  const g = generic(run('تجمع المتظاهرون في بغداد احتجاجا على قرار الحكومة.')).find((x) => x.sector === 'GOV');
  assert.equal(g?.id, 'rasad:generic:government:in-IRQ');
});

test('a state body right after a title or a source is part of a larger phrase, and a named government is linked, not generic', () => {
  for (const text of ['وقال رئيس الحكومة إن الوضع مستقر.', 'وذكرت مصادر الحكومة أن الاجتماع تأجل.', 'ونفذت قوات الأمن عملية أمنية محكمة.']) {
    assert.ok(!generic(run(text)).some((e) => ['GOV', 'JUD', 'LEG'].includes(e.sector ?? '')), text);
  }
  const ents = run('أعلنت الحكومة العراقية خطة جديدة. وقالت الحكومة إنها ستنفذها.');
  assert.ok(!generic(ents).some((e) => e.sector === 'GOV'));
  assert.ok(ents.some((e) => e.id === 'rasad:org:government:IRQ' && e.mentions.length === 2));
});

test('generic actors in the dual: two gunmen, two suicide bombers, not two suicide attacks', () => {
  const keyOf = (text: string) => generic(run(text)).map((e) => e.id.split(':')[2]);
  assert.ok(keyOf('وقال الشهود إن مسلحان أطلقا النار على الحاجز.').includes('gunmen'));
  assert.ok(keyOf('وفجر انتحاريان نفسيهما عند مدخل السوق.').includes('suicide_bomber'));
  assert.ok(!keyOf('واستهدف هجومان انتحاريان نقطة التفتيش.').includes('suicide_bomber'));
  assert.ok(keyOf('وأصيب مدنيان بجروح في القصف.').includes('civilians'));
});

test('things struck stand for the people there, only where an attack is told before them, and never act', () => {
  assert.deepEqual(struck('انفجرت سيارة مفخخة في سوق شعبي وسط بعقوبة.'), ['struck_market/CVL']);
  assert.deepEqual(struck('واستهدف القصف مدرسة للبنات في الحي.'), ['struck_school/EDU']);
  assert.deepEqual(struck('واستهدفت عبوة ناسفة دورية على الطريق العام.'), ['struck_patrol/COP']);
  // No attack before it: the market of prices, a school of thought.
  assert.deepEqual(struck('ارتفعت أسعار النفط في السوق العالمية أمس.'), []);
  assert.deepEqual(struck('وزار الوزير مدرسة في المدينة.'), []);
  // A thing struck is never the side that acts, whatever the model scores.
  const ev = analyzeText('وقال مصدر أمني إن التفجير الذي استهدف سوقا شعبية في بغداد أسفر عن مقتل 17 شخصا. وأضاف أن الوضع صعب.', { title: null, outlet: null, url: null, published: '2015-07-22' }, 't').events;
  for (const e of ev) assert.ok(!e.source?.entity || !isStruckThing(e.source.entity), JSON.stringify(e.source));
});

test('a thing that undergoes an attack stands for the people there: before or after the verb of undergoing it', () => {
  assert.deepEqual(struck('وتعرضت ثكنة للجيش في شمال البلاد لهجوم بقذائف الهاون.'), ['struck_barracks/MIL']);
  assert.deepEqual(struck('وقالت الشرطة إن فندقا في وسط العاصمة تعرض لهجوم مسلح ليلة أمس.'), ['struck_hotel/BUS']);
  assert.deepEqual(struck('وكان جسر المدينة الرئيسي قد تعرض للقصف قبل أيام.'), ['struck_bridge/CVL']);
  // Undergoing nothing: a bridge built, a hotel visited.
  assert.deepEqual(struck('وافتتح الوزير جسرا جديدا على النهر ثم زار فندقا في المدينة.'), []);
});

test('a group the report names only by a noun like الحركة, with no organisation named before and an act near, is an unnamed group', async () => {
  const ids = (text: string) => run(text).map((e) => e.id);
  assert.ok(ids('وخطفت الحركة عشرات العمال الأجانب خلال سلسلة هجمات في الشتاء الماضي.').includes('rasad:generic:unnamed_group'));
  // Named before: the named group, not an unnamed one.
  assert.ok(!ids('وقالت حماس في بيان إن الحركة نفذت الهجوم على الموقع.').includes('rasad:generic:unnamed_group'));
  // After a preposition, or with no act near: a front line, a motion, traffic.
  assert.ok(!ids('وتدور اشتباكات عنيفة على الجبهة منذ أسبوع.').includes('rasad:generic:unnamed_group'));
  assert.ok(!ids('وأكد المسؤول أن الحركة في شوارع المدينة عادت إلى طبيعتها.').includes('rasad:generic:unnamed_group'));
});

test('settlers are Israeli with or without the nisba, wherever the place is', () => {
  const settlers = run('وهاجم عشرات المستوطنين منازل المواطنين في قرية قرب نابلس.').find((e) => e.id.includes(':settlers'));
  assert.equal(settlers?.id, 'rasad:generic:settlers:ISR');
  assert.equal(settlers?.name_en, 'Israeli settlers');
});

test('people loyal to a body are one actor with it: its country, and the body no side of its own', () => {
  const m = run('وهاجمت ميليشيات موالية لإيران قاعدة عسكرية في شرق البلاد.').find((e) => e.id.includes(':militia'));
  assert.equal(m?.id, 'rasad:generic:militia:IRN');
  assert.equal(m?.mentions[0].text, 'ميليشيات موالية لإيران');
  const t = run('وقال المسؤول إن المتشددين الموالين لطالبان نفذوا الهجوم.').find((e) => e.id.includes(':militants'));
  assert.equal(t?.country, 'AFG');
});

test('a verb of killing with an indefinite subject and a count after it is active: the subject killed, the counted suffered it', () => {
  const ev = analyzeText('وقتل مسلحون 20 قرويا في هجوم على قرية بالإقليم.', { title: null, outlet: null, url: null, published: '2020-05-01' }, 't').events.find((e) => e.type === 'ASSAULT');
  assert.match(ev?.source?.name_en ?? '', /gunmen/);
  assert.match(ev?.target?.name_en ?? '', /residents/);
});

test('rebel forces, factions and groups named by the adjective are rebels, not the army their noun could head', () => {
  for (const text of ['شنت القوات الحكومية هجوما ضد القوات المتمردة في الولاية.', 'هاجمت جماعات متمردة قافلة عسكرية في الشمال.']) {
    const ids = generic(run(text)).map((e) => `${e.id.split(':')[2]}/${e.sector}`);
    assert.ok(ids.some((id) => id === 'rebels/REB'), `${text}: ${ids.join(', ')}`);
  }
});
