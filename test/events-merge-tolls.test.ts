// One happening told as an attack and as its dead, or in the headline's lead with a country for its place
// and in the next sentence with a town: mergeEvents on records built here (structured fields only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from '../src/extract/events/merge.js';
import type { EventRecord } from '../src/doc.js';
import type { TriggerEntry } from '../src/extract/events/lexicon.js';

type Side = EventRecord['source'];
type Place = EventRecord['location'];
const side = (country: string): Side => ({ entity: `Q-${country}`, name_en: country, country, sector: 'MIL' });
const place = (id: string, precision: string): Place => ({ entity: id, name_en: id, precision } as Place);
const verb: Pick<TriggerEntry, 'pos' | 'lemma' | 'type' | 'cameo' | 'frame'> = { pos: 'verb', lemma: 'قصف', type: 'ASSAULT', cameo: '195', frame: ['obj'] };
const noun = { ...verb, pos: 'noun' as const, lemma: 'غارة' };

interface Made { sentence: number; at: number; clause?: number; mode?: string; source?: Side; target?: Side; flags?: string[]; location?: Place; killed?: number; entry?: typeof verb }

function ev(m: Made) {
  return {
    type: 'ASSAULT' as const, mode: m.mode ?? 'military', cameo: '195', quad: 'material-conflict' as const, intensity: -9,
    source: m.source ?? null, target: m.target ?? null, location: m.location ?? null, date: null,
    modality: 'asserted' as const, claimed_by: null,
    numbers: m.killed ? [{ kind: 'killed', value: m.killed }] : [],
    summary_en: '', evidence: { start: m.at, end: m.at + 40 }, confidence: 0.7,
    trigger: { start: m.at + 5, end: m.at + 9, text: 'قصف' },
    sentence: m.sentence, clause: m.clause ?? m.at, flags: m.flags ?? [], hit: { entry: m.entry ?? verb },
  } as unknown as EventRecord & { sentence: number; clause: number; flags: string[]; hit: { entry: typeof verb } };
}

test('the dead told a few words from a raid, read with the sides the wrong way round, are the raid', () => {
  const dead = ev({ sentence: 3, at: 100, mode: 'killing', source: side('AAA'), target: side('BBB') });
  const raid = ev({ sentence: 3, at: 130, source: side('BBB'), target: side('AAA'), entry: noun });
  assert.equal(mergeEvents([dead, raid], false).length, 1);
  // Far apart in the sentence, contradicting sides tell two happenings.
  const far = ev({ sentence: 3, at: 300, source: side('BBB'), target: side('AAA'), entry: noun });
  assert.equal(mergeEvents([ev({ sentence: 3, at: 100, mode: 'killing', source: side('AAA'), target: side('BBB') }), far], false).length, 2);
  // The dead of one pair of sides and a raid between two others stay two happenings.
  const dead2 = ev({ sentence: 3, at: 100, mode: 'killing', source: side('AAA'), target: side('BBB') });
  assert.equal(mergeEvents([dead2, ev({ sentence: 3, at: 200, source: side('CCC'), target: side('DDD'), entry: noun })], false).length, 2);
});

test('the lead with a whole country for its place and the next sentence with a town tell one strike', () => {
  const lead = ev({ sentence: 1, at: 50, source: side('AAA'), target: side('BBB'), location: place('country-X', 'country') });
  const next = ev({ sentence: 2, at: 150, source: side('AAA'), location: place('town-Y', 'city'), entry: noun });
  assert.equal(mergeEvents([lead, next], true).length, 1);
  // Two towns set two strikes apart.
  const other = ev({ sentence: 1, at: 50, source: side('AAA'), target: side('BBB'), location: place('town-Z', 'city') });
  assert.equal(mergeEvents([other, ev({ sentence: 2, at: 150, source: side('AAA'), location: place('town-Y', 'city'), entry: noun })], true).length, 2);
});

test('the dead counted in the next sentence, with the sides taken from the attack, are its toll', () => {
  const attack = ev({ sentence: 4, at: 100, source: side('AAA'), target: side('BBB') });
  const toll = ev({ sentence: 5, at: 200, mode: 'killing', source: side('AAA'), target: side('BBB'), flags: ['inherited-sides'], killed: 20, entry: noun });
  const out = mergeEvents([attack, toll], false);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].numbers.map((n) => n.value), [20]);
  // A toll whose sides the text names itself is not taken for the attack before it; nor one two sentences on.
  const named = ev({ sentence: 5, at: 200, mode: 'killing', source: side('AAA'), target: side('BBB'), killed: 20, entry: noun });
  assert.equal(mergeEvents([ev({ sentence: 4, at: 100, source: side('AAA'), target: side('BBB') }), named], false).length, 2);
  const later = ev({ sentence: 6, at: 300, mode: 'killing', source: side('AAA'), target: side('BBB'), flags: ['inherited-sides'], killed: 20, entry: noun });
  assert.equal(mergeEvents([ev({ sentence: 4, at: 100, source: side('AAA'), target: side('BBB') }), later], false).length, 2);
});

test('an indefinite act noun in another clause of the sentence is a new act; a definite one points back', () => {
  const aid: typeof verb = { ...noun, lemma: 'مساعدات', type: 'AID', cameo: '073' };
  const make = (at: number, clause: number, text: string, enclitic: string | null = null) => {
    const e = ev({ sentence: 2, at, clause, source: side('AAA'), target: side('BBB'), entry: aid });
    e.type = 'AID';
    e.mode = 'humanitarian';
    e.trigger = { start: at + 5, end: at + 5 + text.length, text };
    (e.hit as { enclitic?: string | null }).enclitic = enclitic;
    return e;
  };
  assert.equal(mergeEvents([make(100, 10, 'مساعدات'), make(300, 40, 'مساعدات')], false).length, 2);
  assert.equal(mergeEvents([make(100, 10, 'مساعدات'), make(300, 40, 'المساعدات')], false).length, 1);
  assert.equal(mergeEvents([make(100, 10, 'مساعدات'), make(300, 40, 'مساعداتها', 'ها')], false).length, 1);
  // In one clause the same noun again is the same act.
  assert.equal(mergeEvents([make(100, 10, 'مساعدات'), make(300, 10, 'مساعدات')], false).length, 1);
});

test('a later telling of a truce that names nobody is the truce told before; a sideless attack is not', () => {
  const truce: typeof verb = { ...noun, lemma: 'هدنه', type: 'RETREAT', cameo: '0871' };
  const make = (sentence: number, at: number, source: Side | undefined, entry: typeof verb = truce, type: EventRecord['type'] = 'RETREAT') => {
    const e = ev({ sentence, at, source, entry });
    e.type = type;
    e.mode = type === 'RETREAT' ? 'ceasefire' : 'military';
    return e;
  };
  assert.equal(mergeEvents([make(2, 100, side('AAA')), make(6, 600, undefined)], false).length, 1);
  // Two truces each with its own named side stay two.
  assert.equal(mergeEvents([make(2, 100, side('AAA')), make(6, 600, side('CCC'))], false).length, 2);
  // A report tells many attacks with one word: a sideless one later is not folded into the first.
  assert.equal(mergeEvents([make(2, 100, side('AAA'), noun, 'ASSAULT'), make(6, 600, undefined, noun, 'ASSAULT')], false).length, 2);
});
