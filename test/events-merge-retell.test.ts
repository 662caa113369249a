// One happening told twice (merge-retell.ts): a toll in the sentence after the fighting, a statement carried on in
// the next sentence by a word that names no one, what a call asks for. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { mergeEvents } from '../src/extract/events/merge.js';
import type { EventRecord } from '../src/doc.js';
import type { TriggerEntry } from '../src/extract/events/lexicon.js';

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
