// One event per happening per document: mergeEvents decides from the structured fields of the coded
// events (type, sides and whether they were named or guessed, place, date), on records built here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from '../src/extract/events/merge.js';
import type { EventRecord } from '../src/doc.js';
import type { TriggerEntry } from '../src/extract/events/lexicon.js';

type Side = EventRecord['source'];
const side = (country: string): Side => ({ entity: `Q-${country}`, name_en: country, country, sector: 'MIL' });
const rule: Pick<TriggerEntry, 'pos' | 'lemma' | 'type' | 'cameo' | 'frame'> = { pos: 'verb', lemma: 'قصف', type: 'ASSAULT', cameo: '195', frame: ['obj'] };

interface Made {
  sentence: number;
  clause?: number;
  at: number;
  source?: Side;
  target?: Side;
  flags?: string[];
  type?: EventRecord['type'];
  date?: string | null;
  entry?: typeof rule;
}

function ev(m: Made) {
  return {
    type: m.type ?? 'ASSAULT',
    mode: 'military',
    cameo: '195',
    quad: 'material-conflict' as const,
    intensity: -9,
    source: m.source ?? null,
    target: m.target ?? null,
    location: null,
    date: m.date ?? null,
    modality: 'asserted' as const,
    claimed_by: null,
    numbers: [],
    summary_en: '',
    evidence: { start: m.at, end: m.at + 40 },
    confidence: 0.7,
    trigger: { start: m.at + 5, end: m.at + 9, text: 'قصف' },
    sentence: m.sentence,
    clause: m.clause ?? 0,
    flags: m.flags ?? [],
    hit: { entry: m.entry ?? rule },
  } as EventRecord & { sentence: number; clause: number; flags: string[]; hit: { entry: typeof rule } };
}

test('a guessed target does not keep apart two readings of one act in a sentence', () => {
  const named = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('BBB') });
  const guessedOther = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('CCC'), flags: ['guessed-target'], entry: { ...rule, frame: ['subj'] } });
  // Trigger positions differ, so only the sides decide.
  guessedOther.trigger = { start: 120, end: 124, text: 'غارة' };
  const out = mergeEvents([guessedOther, named], false);
  assert.equal(out.length, 1);
  assert.equal(out[0].target?.country, 'BBB', 'the named target is kept over the guessed one');
  assert.deepEqual(out[0].flags, []);
});

test('two named, different targets in one clause stay two events', () => {
  const a = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('BBB') });
  const b = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('CCC') });
  b.trigger = { start: 130, end: 134, text: 'قصف' };
  assert.equal(mergeEvents([a, b], false).length, 2);
});

test('a side taken over from a guessed reading stays marked as guessed', () => {
  const bare = ev({ sentence: 3, at: 200, source: side('AAA'), date: '2020-01-01' });
  const guessedTarget = ev({ sentence: 3, at: 200, source: side('AAA'), target: side('BBB'), flags: ['guessed-target'] });
  guessedTarget.trigger = { start: 215, end: 219, text: 'قصف' };
  const out = mergeEvents([bare, guessedTarget], false);
  assert.equal(out.length, 1);
  assert.equal(out[0].target?.country, 'BBB');
  assert.ok(out[0].flags.includes('guessed-target'));
});

test('readings a few words apart across a clause break are one act when their sides agree', () => {
  const a = ev({ sentence: 4, clause: 0, at: 300, source: side('AAA'), target: side('BBB') });
  const b = ev({ sentence: 4, clause: 1, at: 300, target: side('BBB'), entry: { ...rule, lemma: 'غارة', pos: 'noun' } });
  b.trigger = { start: 330, end: 334, text: 'غارة' };
  assert.equal(mergeEvents([a, b], false).length, 1);
  // Far apart in a long sentence, they are two acts.
  const far = ev({ sentence: 4, clause: 1, at: 300, target: side('BBB'), entry: { ...rule, lemma: 'غارة', pos: 'noun' } });
  far.trigger = { start: 420, end: 424, text: 'غارة' };
  assert.equal(mergeEvents([ev({ sentence: 4, at: 300, source: side('AAA'), target: side('BBB') }), far], false).length, 2);
  // Named sides that disagree keep them apart, however close.
  const other = ev({ sentence: 4, clause: 1, at: 300, source: side('AAA'), target: side('CCC'), entry: { ...rule, lemma: 'غارة', pos: 'noun' } });
  other.trigger = { start: 330, end: 334, text: 'غارة' };
  assert.equal(mergeEvents([ev({ sentence: 4, at: 300, source: side('AAA'), target: side('BBB') }), other], false).length, 2);
});

test('a death toll and the attack it came from, in one sentence, are one event with the dead', () => {
  const killing = { ...rule, lemma: 'قتل', cameo: '186' };
  const toll = ev({ sentence: 5, clause: 0, at: 500, target: side('BBB'), entry: killing });
  toll.mode = 'killing';
  toll.numbers = [{ kind: 'killed', value: 12, unit: null }];
  const strike = ev({ sentence: 5, clause: 1, at: 500, source: side('AAA'), target: side('BBB'), entry: { ...rule, lemma: 'غارة', pos: 'noun' } });
  strike.trigger = { start: 590, end: 594, text: 'غارات' };
  const out = mergeEvents([toll, strike], false);
  assert.equal(out.length, 1);
  assert.equal(out[0].source?.country, 'AAA');
  assert.deepEqual(out[0].numbers, [{ kind: 'killed', value: 12, unit: null }]);
  // A toll whose named sides contradict the attack's is another happening.
  const otherToll = ev({ sentence: 5, clause: 0, at: 500, source: side('BBB'), target: side('AAA'), entry: killing });
  otherToll.mode = 'killing';
  assert.equal(mergeEvents([otherToll, strike], false).length, 2);
});

test('one toll counted again in another sentence is one event; another toll or another day is not', () => {
  const place = { entity: 'Q-town', name_en: 'Town', lat: null, lon: null, precision: 'city' as const };
  const killedN = (value: number) => [{ kind: 'killed' as const, value, unit: null }];
  const make = (sentence: number, at: number, count: number, date: string | null) => {
    const e = ev({ sentence, at, source: side('AAA'), date });
    e.location = place;
    e.numbers = killedN(count);
    return e;
  };
  // 'more than 20 killed' in the lead, '21 killed' in the body, reported a day later.
  assert.equal(mergeEvents([make(1, 80, 20, '2020-03-02'), make(3, 300, 21, '2020-03-01')], true).length, 1);
  assert.equal(mergeEvents([make(1, 80, 20, '2020-03-02'), make(3, 300, 45, '2020-03-02')], true).length, 2);
  assert.equal(mergeEvents([make(1, 80, 20, '2020-03-02'), make(3, 300, 20, '2020-02-20')], true).length, 2);
});

test("the headline's act told again in the body is one event when one side is named in both", () => {
  const headline = ev({ sentence: 0, at: 0, source: side('AAA'), type: 'COERCE', entry: { ...rule, type: 'COERCE', lemma: 'اعتقل' } });
  const body = ev({ sentence: 2, at: 200, source: side('AAA'), target: side('BBB'), type: 'COERCE', entry: { ...rule, type: 'COERCE', lemma: 'اعتقال', pos: 'noun' } });
  const out = mergeEvents([headline, body], true);
  assert.equal(out.length, 1);
  assert.equal(out[0].sentence, 2, 'the body sentence is the evidence kept');
  // A headline whose only side is a guess shares nothing named with the body: two acts.
  const guessedHeadline = ev({ sentence: 0, at: 0, source: side('CCC'), flags: ['guessed-source'], type: 'COERCE', entry: { ...rule, type: 'COERCE', lemma: 'اعتقل' } });
  assert.equal(mergeEvents([guessedHeadline, ev({ sentence: 2, at: 200, target: side('BBB'), type: 'COERCE', entry: { ...rule, type: 'COERCE', lemma: 'اعتقال', pos: 'noun' } })], true).length, 2);
});

test('the same noun again later in a sentence refers back to the act it named', () => {
  const aid: typeof rule = { pos: 'noun', lemma: 'مساعدات', type: 'AID', cameo: '073', frame: ['الي'] };
  const give = (m: Made) => ({ ...ev({ ...m, type: 'AID', entry: aid }), mode: 'humanitarian', quad: 'material-cooperation' as const });
  const first = give({ sentence: 6, clause: 0, at: 600, source: side('AAA') });
  const again = give({ sentence: 6, clause: 2, at: 600, source: side('AAA'), target: side('BBB') });
  again.trigger = { start: 760, end: 768, text: 'المساعدات' };
  assert.equal(mergeEvents([first, again], false).length, 1);
  // Another donor named with the second mention is another act.
  const other = give({ sentence: 6, clause: 2, at: 600, source: side('CCC') });
  other.trigger = { start: 760, end: 768, text: 'المساعدات' };
  assert.equal(mergeEvents([give({ sentence: 6, at: 600, source: side('AAA') }), other], false).length, 2);
});

test('between two readings of one act, each naming one side, the verb reading is kept', () => {
  const noun = ev({ sentence: 3, at: 200, source: side('BBB'), target: side('AAA'), flags: ['guessed-source'], entry: { ...rule, pos: 'noun', lemma: 'عدوان' } });
  const verb = ev({ sentence: 3, at: 200, source: side('AAA'), target: side('BBB'), flags: ['guessed-target'] });
  verb.trigger = { start: 230, end: 236, text: 'اقتحم' };
  const out = mergeEvents([noun, verb], false);
  assert.equal(out.length, 1);
  assert.equal(out[0].source?.country, 'AAA', 'the side the verb names as its subject is kept');
});

test('a headline that names no side is the act the lead tells with its sides', () => {
  const head = ev({ sentence: 0, at: 0, type: 'COERCE' });
  const lead = ev({ sentence: 1, at: 60, type: 'COERCE', source: side('AAA'), target: side('BBB') });
  const out = mergeEvents([head, lead], true);
  assert.equal(out.length, 1);
  assert.equal(out[0].sentence, 1, 'the body sentence is the evidence');
  assert.equal(out[0].source?.country, 'AAA');
  // Further into the body, an act of the same word is another one.
  const later = ev({ sentence: 5, at: 400, type: 'COERCE', source: side('AAA'), target: side('BBB') });
  assert.equal(mergeEvents([ev({ sentence: 0, at: 0, type: 'COERCE' }), later], true).length, 2);
});

test('the lead told again in the next sentence with the same sides is one act', () => {
  const lead = ev({ sentence: 1, at: 60, source: side('AAA'), target: side('BBB') });
  const next = ev({ sentence: 2, at: 200, source: side('AAA'), target: side('BBB'), date: '2024-03-09' });
  const out = mergeEvents([lead, next], true);
  assert.equal(out.length, 1);
  assert.equal(out[0].date, '2024-03-09');
  // Other sides in the next sentence: another act.
  const other = ev({ sentence: 2, at: 200, source: side('CCC'), target: side('DDD') });
  assert.equal(mergeEvents([ev({ sentence: 1, at: 60, source: side('AAA'), target: side('BBB') }), other], true).length, 2);
});

test('a place taken from the act before does not keep apart a headline and its body sentence', () => {
  const place = (id: string) => ({ entity: id, name_en: id, lat: 0, lon: 0, precision: 'city' as const });
  const head = { ...ev({ sentence: 0, at: 0, source: side('AAA'), target: side('BBB') }), location: place('Q-town') };
  const body = { ...ev({ sentence: 3, at: 250, source: side('AAA'), target: side('BBB'), flags: ['inherited-location'] }), location: place('Q-elsewhere') };
  const out = mergeEvents([head, body], true);
  assert.equal(out.length, 1);
  assert.equal(out[0].location?.entity, 'Q-town', "the place the text gives the act replaces the inherited one");
  // A place the body sentence names itself keeps the two apart.
  const own = { ...ev({ sentence: 3, at: 250, source: side('AAA'), target: side('BBB') }), location: place('Q-elsewhere') };
  assert.equal(mergeEvents([{ ...ev({ sentence: 0, at: 0, source: side('AAA'), target: side('BBB') }), location: place('Q-town') }, own], true).length, 2);
});

test('merged events come out in the order the text tells them', () => {
  const head = ev({ sentence: 0, at: 0, source: side('AAA'), target: side('BBB') });
  const other = ev({ sentence: 1, at: 60, type: 'PROTEST', source: side('CCC') });
  const body = ev({ sentence: 2, at: 200, source: side('AAA'), target: side('BBB') });
  const out = mergeEvents([head, other, body], true);
  assert.deepEqual(out.map((e) => e.sentence), [1, 2]);
});

test('the same word read by two lexicon entries later in a sentence is the act it named before', () => {
  const noun = { ...rule, pos: 'noun' as const, lemma: 'مساعدات', type: 'AID' as const, cameo: '073' };
  const first = ev({ sentence: 4, at: 300, type: 'AID', source: side('AAA'), target: side('BBB'), entry: noun });
  const again = ev({ sentence: 4, at: 300, type: 'AID', source: side('AAA'), entry: { ...noun, lemma: 'مساعده', cameo: '0234' } });
  first.trigger = { start: 310, end: 319, text: 'المساعدات' };
  again.trigger = { start: 480, end: 489, text: 'المساعدات' };
  again.clause = 9;
  assert.equal(mergeEvents([first, again], false).length, 1);
  // Another word of the same type is another act.
  const other = ev({ sentence: 4, at: 300, type: 'AID', source: side('AAA'), entry: { ...noun, lemma: 'اغاثه', cameo: '0234' } });
  other.trigger = { start: 480, end: 486, text: 'إغاثة' };
  other.clause = 9;
  const first2 = ev({ sentence: 4, at: 300, type: 'AID', source: side('AAA'), target: side('BBB'), entry: noun });
  first2.trigger = { start: 310, end: 319, text: 'المساعدات' };
  assert.equal(mergeEvents([first2, other], false).length, 2);
});

test('one act told again in a later sentence, both sides named and the same, same day and place, is one event', () => {
  const place = { entity: 'Q-town' } as EventRecord['location'];
  const told = (sentence: number, at: number, extra: Partial<ReturnType<typeof ev>> = {}) => Object.assign(ev({ sentence, at, source: side('ISR'), target: side('LBN'), date: '2024-03-09' }), { location: place }, extra);
  assert.equal(mergeEvents([told(2, 100), told(5, 400), told(8, 700)], false).length, 1);
  // Another place, another day, another count of dead, another kind of act: two acts.
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { location: { entity: 'Q-other' } as EventRecord['location'] })], false).length, 2);
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { date: '2024-03-10' })], false).length, 2);
  const dead = (value: number) => ({ numbers: [{ kind: 'killed' as const, value, unit: null }] });
  assert.equal(mergeEvents([told(2, 100, dead(3)), told(5, 400, dead(40))], false).length, 2);
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { mode: 'killing', hit: { entry: { ...rule, lemma: 'قتل' } } })], false).length, 2);
});

test('a guessed side, or no day in one telling with other bodies of the state, does not make one act', () => {
  const told = (sentence: number, at: number, m: Partial<Made> = {}) => ev({ sentence, at, source: side('ISR'), target: side('LBN'), date: '2024-03-09', ...m });
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { flags: ['guessed-source'] })], false).length, 2);
  const ministry: Side = { entity: 'Q-ministry', name_en: 'ministry', country: 'ISR', sector: 'MIL' };
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { source: ministry, date: null })], false).length, 2);
  assert.equal(mergeEvents([told(2, 100), told(5, 400, { source: ministry })], false).length, 1);
});

test('a definite act noun in the next sentences points back to the act of its kind told just before', () => {
  const verb = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('BBB'), date: '2020-01-01' });
  const noun = ev({ sentence: 4, at: 300, target: side('BBB'), entry: { ...rule, pos: 'noun' } });
  noun.hit = { entry: { ...rule, pos: 'noun' }, pos: 'noun' } as typeof noun.hit;
  noun.trigger = { start: 310, end: 315, text: 'القصف' };
  const out = mergeEvents([verb, noun], false);
  assert.equal(out.length, 1, 'قصفت ... القصف: one shelling');
  assert.equal(out[0].source?.country, 'AAA');
  // Three sentences on, or without the article ('قصف' is another shelling), or with a preposition fused to it, it is new.
  const far = { ...noun, sentence: 5 };
  assert.equal(mergeEvents([verb, far], false).length, 2);
  const bare = { ...noun, trigger: { start: 310, end: 313, text: 'قصف' } };
  assert.equal(mergeEvents([verb, bare], false).length, 2);
  const governed = { ...noun, trigger: { start: 310, end: 316, text: 'للقصف' } };
  assert.equal(mergeEvents([verb, governed], false).length, 2);
});

test('a definite noun of another act, or of the same act in another place, is not the act told before', () => {
  const verb = ev({ sentence: 2, at: 100, source: side('AAA'), target: side('BBB') });
  const other = ev({ sentence: 3, at: 300, target: side('BBB'), entry: { ...rule, pos: 'noun', lemma: 'تقدم' } });
  other.hit = { entry: { ...rule, pos: 'noun', lemma: 'تقدم' }, pos: 'noun' } as typeof other.hit;
  other.trigger = { start: 310, end: 316, text: 'التقدم' };
  assert.equal(mergeEvents([verb, other], false).length, 2, 'قصفت ... التقدم: two acts');
  const place = (entity: string) => ({ entity, name_en: entity, lat: 0, lon: 0, precision: 'city' as const });
  const here = { ...verb, location: place('town-a') };
  const there = { ...other, hit: { entry: rule, pos: 'noun' }, trigger: { start: 310, end: 315, text: 'القصف' }, location: place('town-b') } as typeof other;
  assert.equal(mergeEvents([here, there], false).length, 2, 'the shelling of another town');
  assert.equal(mergeEvents([here, { ...there, location: place('town-a') }], false).length, 1);
});

test('a noun the text points back to (تلك الهجمات، خلال اقتحامها) is the act of its kind told before, however far', () => {
  const raid = ev({ sentence: 1, at: 50, source: side('AAA'), target: side('BBB') });
  const back = ev({ sentence: 6, at: 600, target: side('BBB'), flags: ['back-reference'] });
  back.hit = { entry: { ...rule, pos: 'noun', lemma: 'هجوم' }, pos: 'noun' } as typeof back.hit;
  back.trigger = { start: 610, end: 617, text: 'الهجمات' };
  assert.equal(mergeEvents([raid, back], false).length, 1);
  // Without the pointer, six sentences on, it is another act; and never to an act of other parties.
  assert.equal(mergeEvents([raid, { ...back, flags: [] }], false).length, 2);
  assert.equal(mergeEvents([raid, { ...back, source: side('CCC'), target: side('DDD') }], false).length, 2);
});

test('the dead named by a definite noun just after an attack are its toll, whatever word told the attack', () => {
  const strike = ev({ sentence: 3, at: 300, source: side('AAA'), target: side('BBB'), entry: { ...rule, lemma: 'غارة', pos: 'noun' } });
  const dead = ev({ sentence: 4, at: 400, target: side('BBB') });
  dead.mode = 'killing';
  dead.hit = { entry: { ...rule, pos: 'noun', lemma: 'مقتل' }, pos: 'noun' } as typeof dead.hit;
  dead.trigger = { start: 410, end: 416, text: 'القتلى' };
  assert.equal(mergeEvents([strike, dead], false).length, 1);
  // Another count of dead is another toll.
  const other = { ...dead, numbers: [{ kind: 'killed', value: 300 }] } as typeof dead;
  const counted = { ...strike, numbers: [{ kind: 'killed', value: 14 }] } as typeof strike;
  assert.equal(mergeEvents([counted, other], false).length, 2);
});

test('one act told again with the same word further on is one event; warnings said again, and attacks elsewhere, stay apart', () => {
  const aidRule = { ...rule, pos: 'noun' as const, lemma: 'مساعدات', type: 'AID' as const };
  const first = ev({ sentence: 1, at: 50, source: side('AAA'), target: side('BBB'), type: 'AID', entry: aidRule, date: '2020-01-01' });
  const again = ev({ sentence: 9, at: 900, target: side('BBB'), type: 'AID', entry: aidRule });
  again.trigger = { start: 905, end: 912, text: 'مساعدات' };
  assert.equal(mergeEvents([first, again], false).length, 1, 'the aid flight told twice');
  // Another giver, another day, or another word is another act.
  assert.equal(mergeEvents([first, { ...again, source: side('CCC') }], false).length, 2);
  assert.equal(mergeEvents([first, { ...again, date: '2020-01-05' }], false).length, 2);
  assert.equal(mergeEvents([first, { ...again, hit: { entry: { ...aidRule, lemma: 'اغاثه' } } }], false).length, 2);
  // Nobody named in both: it may be anyone's aid.
  assert.equal(mergeEvents([{ ...first, target: null }, { ...again, source: null }], false).length, 2);
  // A warning said again is another statement.
  const warnRule = { ...rule, lemma: 'حذر/يحذر', type: 'THREATEN' as const };
  const w1 = ev({ sentence: 1, at: 50, source: side('AAA'), type: 'THREATEN', entry: warnRule });
  const w2 = ev({ sentence: 9, at: 900, source: side('AAA'), type: 'THREATEN', entry: warnRule });
  assert.equal(mergeEvents([w1, { ...w2, trigger: { start: 905, end: 908, text: 'حذر' } }], false).length, 2);
  // Two shellings with one word, in places not known to be one, are two.
  const s1 = ev({ sentence: 1, at: 50, source: side('AAA'), target: side('BBB') });
  const s2 = ev({ sentence: 9, at: 900, source: side('AAA') });
  assert.equal(mergeEvents([s1, { ...s2, trigger: { start: 905, end: 908, text: 'قصفت' } }], false).length, 2);
});

test('two acts with no place on the map stay two when their sentences name other villages, one when the same', () => {
  const make = (sentence: number, village: string) => ({ ...ev({ sentence, at: sentence * 100, source: side('AAA') }), uncharted: [village] });
  assert.equal(mergeEvents([make(0, 'rasad:place:x'), make(1, 'rasad:place:y')], false).length, 2);
  assert.equal(mergeEvents([make(0, 'rasad:place:x'), make(1, 'rasad:place:x')], false).length, 1);
  // Without a village named in one of them, nothing sets them apart.
  const bare = ev({ sentence: 1, at: 100, source: side('AAA') });
  assert.equal(mergeEvents([make(0, 'rasad:place:x'), bare], false).length, 1);
});

test('two acts of one sentence told with two words, each followed by villages of its own, stay two', () => {
  const strike = { ...rule, pos: 'verb' as const, lemma: 'استهدف' };
  const make = (at: number, entry: typeof rule, after: string[]) => ({ ...ev({ sentence: 1, at, source: side('AAA'), entry }), uncharted: ['rasad:place:x', 'rasad:place:y', 'rasad:place:z'], placesAfter: after });
  // 'أطلق الجيش قذائف على بلدتي X وY، واستهدفت طائراته بلدة Z'
  assert.equal(mergeEvents([make(0, rule, ['rasad:place:x', 'rasad:place:y']), make(60, strike, ['rasad:place:z'])], false).length, 2);
  // The same villages after both words, or none after one of them: one act told twice.
  assert.equal(mergeEvents([make(0, rule, ['rasad:place:x']), make(60, strike, ['rasad:place:x'])], false).length, 1);
  assert.equal(mergeEvents([make(0, rule, []), make(60, strike, ['rasad:place:z'])], false).length, 1);
});
