// The sides model (src/extract/events/sides/): candidate features on sentences written for each rule, the
// perceptron's training (reproducible), the choice in both modes, and the shipped model end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { parseSideCues } from '../src/extract/events/sides/features.js';
import { loadSidesModel, parseSidesModel, scoreSides, trainSides, trainSidesBagged, type SideExample, type SidesModel } from '../src/extract/events/sides/model.js';
import type { SidesRecord } from '../src/extract/events/sides/choose.js';
import { loadTsv } from '../src/data-files.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
/** The candidates of the first act of a type in a sentence, with their features, by mention text. */
function record(text: string, type: string, model: SidesModel | null = null): { rec: SidesRecord; feats: Map<string, string[]> } {
  const doc = analyzeText(text, meta, 't');
  const recs = new Map<string, SidesRecord>();
  codeEvents(doc, { sides: { model, record: (r) => recs.set(`${r.hit.first}`, r) } });
  const rec = [...recs.values()].find((r) => r.hit.entry.type === type);
  assert.ok(rec, `a ${type} act in ${text}`);
  const feats = new Map(rec.candidates.map((c, k) => [doc.text.slice(c.start, c.end), rec.features[k]]));
  return { rec, feats };
}

test('side_cues.tsv loads; a row with no class or words is an error', () => {
  const cues = parseSideCues(loadTsv('lexicon/side_cues.tsv'));
  assert.ok(cues.classes.get('agent')?.has('برصاص'));
  assert.ok(cues.classes.get('victim')?.has('مقتل'));
  assert.throws(() => parseSideCues([{ class: '', words: 'x' }]), /class and words/);
});

test('features: the subject right after a verb is adjacent, first after it, with no preposition', () => {
  const { feats } = record('أطلق مسلحون مجهولون النار على شرطي في بيشاور.', 'ASSAULT');
  const f = feats.get('مسلحون مجهولون')!;
  for (const x of ['adjacent|dir=after', 'dir=after|rank=1', 'prep=none', 'generic', 'sector=UAF']) assert.ok(f.includes(x), x);
  const t = feats.get('شرطي')!;
  assert.ok(t.includes('prep=علي'), 'the object of على');
  assert.ok(t.includes('sector=COP'));
});

test('features: adjacency with the trigger\'s part of speech and voice (the object of a verbal noun, the subject of a verb)', () => {
  const noun = record('ندد الوزير بخطف صحافيين أجانب على طريق المطار.', 'ASSAULT').feats;
  assert.ok([...noun.values()].some((f) => f.includes('adjacent|dir=after|pos=noun|voice=active')), 'right after the verbal noun خطف');
  const verb = record('هاجم مسلحون مجهولون حافلة للركاب قرب الحدود.', 'ASSAULT').feats;
  assert.ok(verb.get('مسلحون مجهولون')!.includes('adjacent|dir=after|pos=verb|voice=active'));
});

test('features: an adjunct word (a preposition, a time word) before the candidate is a cue', () => {
  const cues = parseSideCues(loadTsv('lexicon/side_cues.tsv'));
  for (const w of ['في', 'خلال', 'امس']) assert.ok(cues.classes.get('adjunct')?.has(w), w);
  const { feats } = record('قصفت الطائرات الحربية مخيما للنازحين خلال الليل في ريف حماة.', 'ASSAULT');
  assert.ok([...feats.values()].some((f) => f.some((x) => x.startsWith('cue1=adjunct'))), 'في before a candidate');
});

test('features: an agent cue before the candidate (برصاص) and a victim head (مقتل)', () => {
  const { feats } = record('أسفر الهجوم عن مقتل ثلاثة مدنيين برصاص مسلحين في الموصل.', 'ASSAULT');
  assert.ok(feats.get('مسلحين')!.some((f) => f.startsWith('cue1=agent')), 'برصاص brings in the agent');
  assert.ok(feats.get('مدنيين')!.includes('counted|dir=after'), 'a counted noun');
});

test('features: a nisba, definiteness and a construct state', () => {
  const { feats } = record('قصفت القوات الروسية مواقع المعارضة في إدلب.', 'ASSAULT');
  const nisba = [...feats.entries()].find(([, f]) => f.includes('form=nisba'));
  assert.ok(nisba, 'the nisba is a candidate');
  assert.ok(feats.get('المعارضة')?.includes('definite'));
});

test('features: the hand rules choice is a feature, and the subject before the verb ranks first', () => {
  const { rec, feats } = record('وقال المتحدث إن الجيش الإسرائيلي قصف مواقع لحركة حماس.', 'ASSAULT');
  const k = rec.candidates.findIndex((c) => c.start <= rec.rule.source!.start && rec.rule.source!.end <= c.end);
  assert.ok(feats.has('الجيش الإسرائيلي'), 'the widest mention is the candidate');
  const f = rec.features[k];
  assert.ok(f.includes('rule=source'));
  assert.ok(f.includes('dir=before|rank=1'));
  assert.ok([...feats.values()].some((x) => x.includes('rule=target')));
});

test('features: a generic actor\'s family, alone and with the act\'s type and side', () => {
  const { feats } = record('أطلق مسلحون مجهولون النار على دورية للشرطة قرب الحدود.', 'ASSAULT');
  const f = feats.get('مسلحون مجهولون')!;
  for (const x of ['kind=unidentified_gunmen', 'kind=unidentified_gunmen|type=ASSAULT', 'kind=unidentified_gunmen|dir=after']) assert.ok(f.includes(x), x);
});

test('features: the candidate\'s gender against the verb\'s agreement', () => {
  const { feats } = record('قصفت الطائرات الحربية قرية في الريف الشمالي.', 'ASSAULT');
  assert.ok(feats.get('الطائرات الحربية')!.includes('agree=f|gen=f|dir=after'), 'a feminine plural after a verb in ت');
  const m = record('هاجم مسلحون مجهولون حافلة للركاب قرب الحدود.', 'ASSAULT').feats;
  assert.ok(m.get('مسلحون مجهولون')!.includes('agree=m|gen=m|dir=after'));
});

test('features: a verb whose object is the act brings in who did it (support cue: نفذها, شن, ارتكب)', () => {
  const cues = parseSideCues(loadTsv('lexicon/side_cues.tsv'));
  for (const w of ['نفذ', 'شن', 'ارتكب']) assert.ok(cues.classes.get('support')?.has(w), w);
  const { feats } = record('قتل خمسة جنود في هجوم نفذه مسلحون مجهولون على نقطة تفتيش.', 'ASSAULT');
  assert.ok([...feats.values()].some((f) => f.some((x) => x.startsWith('cue1=support'))), 'the candidate right after نفذه');
});

test('candidates: «طائرات عسكرية» is the generic military aircraft (data/lexicon/generic_actors.tsv)', () => {
  const { feats } = record('قصفت طائرات عسكرية قرية في الريف الشمالي.', 'ASSAULT');
  assert.ok(feats.get('طائرات عسكرية')?.includes('kind=military_aircraft'));
});

test('features: the verb agreement and the candidate number make one feature', () => {
  const { feats } = record('تظاهر الطلاب أمام الجامعة.', 'PROTEST');
  assert.ok(feats.get('الطلاب')!.some((f) => f.startsWith('agree=m|num=')));
});

const toy: SideExample[] = [
  { features: ['bias', 'dir=before'], label: 'source' },
  { features: ['bias', 'dir=after', 'prep=علي'], label: 'target' },
  { features: ['bias', 'dir=after', 'place'], label: 'none' },
  { features: ['bias', 'dir=before', 'place'], label: 'none' },
];

test('training is reproducible: the same examples and seed give the same weights', () => {
  const a = trainSides(toy, 8, 3);
  const b = trainSides(toy, 8, 3);
  assert.deepEqual(a, b);
  assert.deepEqual(Object.keys(a), [...Object.keys(a)].sort(), 'keys sorted for a stable file');
  assert.deepEqual(trainSidesBagged(toy, 8, 3, 4), trainSidesBagged(toy, 8, 3, 4), 'bagged: the same too');
});

test('the perceptron separates a separable toy problem', () => {
  const w = trainSides(toy, 20, 1);
  const cls = (f: string[]) => ['source', 'target', 'none'][scoreSides({ weights: w }, f).reduce((b, x, k, s) => (x > s[b] ? k : b), 0)];
  for (const ex of toy) assert.equal(cls(ex.features), ex.label);
});

test('a model file must say its format, mode and types', () => {
  assert.throws(() => parseSidesModel('{"format":"x","mode":"fill","types":[],"weights":{}}'), /not a sides model/);
  assert.throws(() => parseSidesModel('{"format":"rasad-sides-perceptron","mode":"fill","weights":{}}'), /not a sides model/);
  const m = loadSidesModel();
  if (m) assert.ok(m.types.includes('ASSAULT'));
});

const always = (label: 0 | 1, feature: string): SidesModel => ({ format: 'rasad-sides-perceptron', mode: 'choose', types: ['ASSAULT'], weights: { [feature]: label === 0 ? [5, 0, 0] : [0, 5, 0], bias: [0, 0, 1] } });

test('choose mode: the model picks the sides, whatever the rules said', () => {
  const doc = analyzeText('أطلق مسلحون مجهولون النار على شرطي في بيشاور.', meta, 't');
  const events = codeEvents(doc, { sides: { model: always(0, 'sector=COP') } }).events.filter((e) => e.type === 'ASSAULT');
  assert.equal(events[0].source?.sector, 'COP', 'the policeman, as this model says');
});

test('fill mode: a side the rules named stands; the model fills only an empty one', () => {
  const model = { ...always(1, 'sector=COP'), mode: 'fill' as const };
  const doc = analyzeText('أطلق مسلحون مجهولون النار على شرطي في بيشاور.', meta, 't');
  const e = codeEvents(doc, { sides: { model } }).events.find((x) => x.type === 'ASSAULT')!;
  assert.equal(e.target?.sector, 'COP');
});

test('types the model was not trained on keep the hand rules', () => {
  const text = 'اعتقلت الشرطة المصرية عشرة أشخاص في القاهرة.';
  const doc = analyzeText(text, meta, 't');
  const rules = codeEvents(doc, { sides: { model: null } }).events.map((e) => [e.source?.entity, e.target?.entity]);
  const model = codeEvents(doc, { sides: { model: always(0, 'bias') } }).events.map((e) => [e.source?.entity, e.target?.entity]);
  assert.deepEqual(model, rules);
});

test('shipped model: gunmen who shot civilians are the source, the civilians the target', () => {
  const doc = analyzeText('قتل ثلاثة مدنيين برصاص مسلحين مجهولين في الموصل.', meta, 't');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.source?.sector, 'UAF');
  assert.equal(e?.target?.sector, 'CVL');
});

test('a guessed side is marked in a structured field; named sides are not', async () => {
  const { guessedSides } = await import('../src/extract/events/sides/guessed.js');
  const actor = { entity: 'x', name_en: 'X', country: 'SYR', sector: 'GOV' };
  assert.deepEqual(guessedSides({ source: actor, target: actor }, ['guessed-target', 'two-sided']), ['target']);
  assert.deepEqual(guessedSides({ source: actor, target: null }, ['inherited-sides']), ['source']);
  assert.deepEqual(guessedSides({ source: actor, target: actor }, ['two-sided']), []);
  // End to end: a side named in the sentence is not marked; one taken from the report's conflict is.
  const named = analyzeText('قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان صباح اليوم.', meta, 't').events[0];
  assert.equal(named.guessed, undefined);
});

test("a guessed attacker of a party's civilians is the other party, never their own state", () => {
  const text = 'قصفت السعودية مطار صنعاء الدولي في اليمن. وردت القوات اليمنية بقصف مواقع سعودية في جيزان. وقال الجيش اليمني إن الحكومة اليمنية لن تقبل بذلك. وقالت مصادر محلية إن غارة جديدة أدت إلى إصابة خمسة مدنيين في صنعاء.';
  const e = analyzeText(text, meta, 't').events.filter((x) => x.type === 'ASSAULT').at(-1)!;
  assert.equal(e.target?.sector, 'CVL');
  assert.equal(e.source?.country, 'SAU', 'the other party of the conflict, more mentioned or not');
  assert.deepEqual(e.guessed, ['source'], 'and marked guessed');
});

test('features: the voice of the trigger, written passive or after تم, and what follows it', () => {
  const passive = record('وقُتل ثلاثة جنود في هجوم على دورية قرب الحدود.', 'ASSAULT');
  assert.ok([...passive.feats.values()].some((f) => f.includes('voice=passive|dir=after')), 'a vocalized passive');
  const aux = record('وتم استهداف دورية للشرطة قرب الحدود.', 'ASSAULT');
  assert.ok([...aux.feats.values()].every((f) => f.some((x) => x.startsWith('voice=passive'))), 'تم before the act noun');
  const active = record('هاجم مسلحون دورية للشرطة قرب الحدود.', 'ASSAULT');
  const f = active.feats.get('مسلحون')!;
  assert.ok(f.includes('voice=active|dir=after') && f.includes('next=cand|dir=after'), 'an active verb, the candidate right after it');
});

test('features: an object pronoun on the verb', () => {
  const { feats } = record('وكان الجنود قد اعتقلوا المطلوب ثم قتلوه قرب الحدود.', 'ASSAULT');
  assert.ok([...feats.values()].some((f) => f.includes('verb-object|dir=before')));
});

test('a place after a preposition is where the act happened, never a side the model picks; its holder is', () => {
  const model = always(1, 'etype=PLACE');
  const doc = analyzeText('وقال سكان إن طائرات حربية سورية نفذت غارات قرب حلب.', meta, 't');
  const e = codeEvents(doc, { sides: { model } }).events.find((x) => x.type === 'ASSAULT')!;
  assert.notEqual(e.target?.entity, doc.entities.find((x) => x.type === 'PLACE')?.id, 'not the place itself');
});

test('side_cues.tsv: a stem is looked up once and lists its classes in file order', () => {
  const cues = parseSideCues([{ class: 'agent', words: 'برصاص|على يد' }, { class: 'victim', words: 'مقتل|برصاص' }]);
  assert.deepEqual(cues.byStem.get('برصاص'), ['agent', 'victim']);
  assert.deepEqual(cues.byStem.get('مقتل'), ['victim']);
});

test('a model with per-role floors parses them; absent floors are 0/0', () => {
  const m = parseSidesModel(JSON.stringify({ format: 'rasad-sides-perceptron', mode: 'fill', override: 10, floors: [-5, -10], types: ['ASSAULT'], weights: {} }));
  assert.deepEqual(m.floors, [-5, -10]);
  assert.throws(() => parseSidesModel(JSON.stringify({ ...m, floors: [1] })), /floors/);
});

test('an army and the police of one country are one side: the model may not make one the target of the other', () => {
  const model = { ...always(1, 'sector=COP'), mode: 'fill' as const };
  const own = analyzeText('اشتبكت قوات الشرطة والجيش الأفغانية مع مسلحي طالبان في ولاية هلمند.', meta, 't');
  const e = codeEvents(own, { sides: { model } }).events.find((x) => x.type === 'ASSAULT')!;
  assert.ok(e.source?.sector === 'MIL' || e.source?.sector === 'COP', 'a state force acts');
  assert.ok(!(e.target && ['MIL', 'COP'].includes(e.target.sector ?? '') && e.target.country === e.source?.country), `not its own police: ${JSON.stringify(e.target)}`);
  // Another country's police may be struck.
  const other = analyzeText('قصف الجيش الإسرائيلي مقرا للشرطة الفلسطينية في غزة.', meta, 't');
  const f = codeEvents(other, { sides: { model } }).events.find((x) => x.type === 'ASSAULT')!;
  assert.equal(f.target?.sector, 'COP');
});

test('who suffered an act where a verb of suffering names him stays its target, whatever the model prefers', () => {
  const model = { ...always(1, 'sector=MIL'), mode: 'fill' as const, override: 0 };
  const doc = analyzeText('ومنيت ميليشيات الحوثي بخسائر فادحة في المعارك مع الجيش اليمني في مأرب أمس.', meta, 't');
  const e = codeEvents(doc, { sides: { model } }).events.find((x) => x.type === 'ASSAULT' && x.hit.pos === 'verb')!;
  assert.equal(e.target?.sector, 'REB', JSON.stringify(e.target));
});
