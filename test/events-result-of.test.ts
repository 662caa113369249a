// What an attack caused, told after a result verb in its sentence ('ما أسفر عن تدمير', 'مما أوقع عددا من القتلى', 'أدت
// إلى مقتل'), is the attack's toll: one event, with the attack's doer and target (src/extract/events/result-of.ts, merge.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { RESULT_FLAG } from '../src/extract/events/result-of.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const events = (text: string) => analyzeText(text, meta, 't').events;
const show = (es: ReturnType<typeof events>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));
const flagged = (text: string) => codeEvents(analyzeText(text, meta, 't')).events.filter((e) => e.flags.includes(RESULT_FLAG)).map((e) => e.trigger?.text);

test('the destruction an air strike caused is the strike, never an act of the struck side', () => {
  const es = events('شن طيران التحالف غارة جوية أمس على مقر اللواء 19 في محافظة شبوة أسفر عن تدمير دبابتين.');
  const assaults = es.filter((e) => e.type === 'ASSAULT');
  assert.equal(assaults.length, 1, show(es));
  assert.match(assaults[0].source?.name_en ?? '', /coalition/, show(es));
  assert.equal(assaults[0].target?.name_en, '19th Brigade', show(es));
});

test('the dead told several words after the result verb are the toll of the act before it', () => {
  assert.deepEqual(flagged('ألقى الجيش براميل متفجرة على البلدة أمس، مما أوقع عددا كبيرا من القتلى بين السكان.'), ['القتلى']);
  assert.deepEqual(flagged('وقصفت الطائرات الحربية مواقع المسلحين، ما أدى في ساعات الفجر الأولى إلى مقتل قائد ميداني.'), ['مقتل']);
  assert.deepEqual(flagged('استهدفت المدفعية الحي الشرقي ما أسفر عن مقتل ثلاثة أطفال.'), ['أسفر عن مقتل']);
});

test('the act noun a result verb has for its subject is no result: it caused the dead', () => {
  const codes = flagged('وفي بغداد أدى تفجير سيارة مفخخة إلى مقتل 12 شخصا.');
  assert.ok(!codes.includes('تفجير'), JSON.stringify(codes));
  assert.ok(!flagged('وأوقعت الغارة عشرات القتلى في البلدة.').includes('الغارة'));
});

test('a comma ends the search for the result verb', () => {
  assert.deepEqual(flagged('وأسفر الاجتماع عن اتفاق، وقتل مسلحون جنديا في هجوم على حاجز.'), []);
});

test('an incursion and an expulsion named by two nouns of one clause are two acts (merge.ts groundAndFire: only ground taken or closed is one act with the fighting)', async () => {
  const { extractEvents } = await import('../src/extract/events/index.js');
  const types = (text: string) => extractEvents(analyzeText(text, meta, 't'), { reportFilter: false }).map((e) => e.type).sort();
  assert.deepEqual(types('وواصل الجيش التوغل والقصف في بلدات جنوب لبنان بالتزامن مع الإخلاء والتهجير القسري لسكانها.'), ['ASSAULT', 'COERCE']);
});
