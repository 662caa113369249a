import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { splitSentences } from '../src/arabic/sentences.js';
import type { Entity } from '../src/doc.js';
import { analyzeText } from '../src/pipeline.js';
import { HAS_SHARED, SHARED_ABSENT, seedRecords } from './helpers.js';

/** Entities for names found in the text (every occurrence becomes a mention). */
function entitiesFor(text: string, defs: [string, Entity['type'], string[]][]): Entity[] {
  return defs.map(([id, type, names]) => ({
    id, type, name_en: id, name_ar: names[0], country: null, role: null, geo: null,
    mentions: names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n, form: 'name' as const }))),
  }));
}

const speakers = (text: string, ents: Entity[]) =>
  extractQuotes(text, splitSentences(text), ents).map((q) => [text.slice(q.start, q.end), q.speaker, q.cue, q.direct]);

test('direct quotes in every quote style with the speaker after the verb', () => {
  const text = 'وقال وزير الخارجية سامي الأحمد: «لن نقبل بأي تدخل في شؤوننا». وقال النائب رامي يوسف "نحن ندعم الحوار بين الأطراف". وقالت الوزارة “المفاوضات مستمرة حتى الآن”.';
  const ents = entitiesFor(text, [['sami', 'PERSON', ['سامي الأحمد']], ['rami', 'PERSON', ['رامي يوسف']], ['ministry', 'ORG', ['الوزارة']]]);
  assert.deepEqual(speakers(text, ents), [
    ['لن نقبل بأي تدخل في شؤوننا', 'sami', 'وقال', true],
    ['نحن ندعم الحوار بين الأطراف', 'rami', 'وقال', true],
    ['المفاوضات مستمرة حتى الآن', 'ministry', 'وقالت', true],
  ]);
});

test('quoted names are not quotes', () => {
  const text = 'نقلت وكالة "فرانس برس" عن مصدر أن قوات "الدعم السريع" تقدمت.';
  const qs = extractQuotes(text, splitSentences(text), []);
  assert.ok(qs.every((q) => q.direct === false), JSON.stringify(qs));
});

test('indirect speech: قال إن / أكد أن / حذر من, with SVO and VSO subjects', () => {
  const text = 'أكد الرئيس سامي الأحمد أن بلاده مستعدة للحوار. الوزير رامي يوسف حذر من تصعيد خطير على الحدود.';
  const ents = entitiesFor(text, [['sami', 'PERSON', ['سامي الأحمد']], ['rami', 'PERSON', ['رامي يوسف']]]);
  assert.deepEqual(speakers(text, ents), [
    ['بلاده مستعدة للحوار', 'sami', 'أكد', false],
    ['تصعيد خطير على الحدود', 'rami', 'حذر', false],
  ]);
});

test('وأضاف continues the last speaker; من جهته switches to the other party', () => {
  const text = 'قال الرئيس سامي الأحمد في اتصال مع نظيره رامي يوسف إن "الوضع خطير جدا". وأضاف أن "الحل سياسي فقط". من جهته، أكد أن "بلاده تدعم التهدئة".';
  const ents = entitiesFor(text, [['sami', 'PERSON', ['سامي الأحمد']], ['rami', 'PERSON', ['رامي يوسف']]]);
  const got = speakers(text, ents);
  assert.deepEqual(got.map((g) => g[1]), ['sami', 'sami', 'rami']);
});

test('participles (قائلا) take the clause subject; قوله takes the object of عن', () => {
  const text = 'اتهم الوزير رامي يوسف الجماعة بالهجوم، قائلا "لدينا أدلة كاملة على ذلك". ونقل التلفزيون عن سامي الأحمد قوله إن القوات في حالة تأهب.';
  const ents = entitiesFor(text, [['sami', 'PERSON', ['سامي الأحمد']], ['rami', 'PERSON', ['رامي يوسف']], ['tv', 'MEDIA', ['التلفزيون']]]);
  assert.deepEqual(speakers(text, ents).map((g) => [g[0], g[1]]), [
    ['لدينا أدلة كاملة على ذلك', 'rami'],
    ['القوات في حالة تأهب', 'sami'],
  ]);
});

test('seeds: every quote has the right speaker (cue word and speaker, in order)', { skip: !HAS_SHARED && SHARED_ABSENT }, async () => {
  // Checked by hand against the reports; each line is one quote: its cue word and who says it.
  const expected: Record<string, [string, string | null][]> = {
  '000': [['قوله', "Qader Rahimzadeh"], ['أضاف', "Qader Rahimzadeh"], ['وقال', "Qader Rahimzadeh"], ['حذر', "Qader Rahimzadeh"], ['حذر', "Abolfazl Shekarchi"], ['قائلا', "Mohammad Javad Zarif"], ['محذرا', "Mohammad Javad Zarif"]],
  '001': [['يقول', "Hassan Rouhani"], ['يؤكد', "Ilham Aliyev"], ['قال', "Hassan Rouhani"], ['وأضاف', "Hassan Rouhani"], ['أكد', "Ilham Aliyev"], ['أكدت', "Sputnik"], ['وقال', "Ali Akbar Velayati"], ['داعياً', "Ali Akbar Velayati"], ['وأكد', "Ali Akbar Velayati"], ['وأعلنت', "Tehran"], ['شدد', "Saeed Khatibzadeh"], ['موضحاً', "Saeed Khatibzadeh"], ['وقال', "Abdolreza Rahmani Fazli"], ['قالت', "Azerbaijan"]],
  '002': [['وصرّح', "Zakir Hasanov"], ['ادعى', "Zakir Hasanov"], ['وادعى', "Zakir Hasanov"], ['قال', "Mohammad Bagheri"]],
  '003': [['وقال', "Vladimir Dzhabarov"], ['وأعلنت', "Armenia"]],
  '004': [['ذكرت', "Ministry of Defense of Armenia"], ['ذكرت', "Ministry of Defense of Armenia"], ['قالت', "Ministry of Defense of Armenia"], ['مضيفةً', "Ministry of Defense of Armenia"], ['اعتبر', "Ilham Aliyev"], ['وقال', "Ilham Aliyev"], ['وأعلن', "Ilham Aliyev"], ['مشيراً', "Ilham Aliyev"], ['وأضاف', "Ilham Aliyev"], ['أعلن', "Nikol Pashinyan"], ['وقال', "Nikol Pashinyan"], ['مضيفاً', "Nikol Pashinyan"], ['حذر', "Sergey Naryshkin"], ['مشيراً', "Sergey Naryshkin"], ['مشيراً', "Sergey Naryshkin"], ['فحذر', "Hassan Rouhani"], ['مؤكداً', "Hassan Rouhani"]],
  };
  for (const r of seedRecords()) {
    const d = analyzeText(`${r.title}\n\n${r.text}`, { title: r.title, outlet: r.outlet, url: null, published: r.published }, r.id);
    const got = d.quotes.map((q) => [q.cue, d.entities.find((e) => e.id === q.speaker)?.name_en ?? null]);
    assert.deepEqual(got, expected[r.id.slice(0, 3)], r.id);
  }
});

test('indirect speech ending in a long run of commas and spaces costs one pass over it', () => {
  // About 1 MB of the marks trimmed off the end of indirect speech, with a word after them: a trim
  // anchored at the end of the text would retry from every mark of the run (about 10^11 steps).
  const run = '، '.repeat(250_000);
  const text = `وقال الوزير سامي الأحمد إن الوضع ${run}هادئ تماما ${run}`;
  const ents = entitiesFor('', []);
  const qs = extractQuotes(text, [{ start: 0, end: text.length }], ents);
  assert.equal(qs.length, 1);
  assert.equal(text.slice(qs[0].start, qs[0].end).split(/[\s،]+/).filter(Boolean).join(' '), 'الوضع هادئ تماما');
  assert.ok(!/[\s،]$/.test(text.slice(qs[0].start, qs[0].end)), 'the trailing marks are trimmed');
});

test('the agency of a dateline is not the speaker of the cue after its colon; a person before a colon still is', () => {
  const text = 'عمان - بترا: أكد وزير الخارجية أن الأردن يرفض أي تدخل في شؤون جيرانه.';
  const ents = entitiesFor(text, [['petra', 'MEDIA', ['بترا']], ['amman', 'PLACE', ['عمان']]]);
  assert.notEqual(speakers(text, ents)[0]?.[1], 'petra', JSON.stringify(speakers(text, ents)));
  const headline = 'سامي الأحمد: لن نقبل بأي تدخل في شؤوننا. وأضاف أن المفاوضات مستمرة حتى الآن.';
  const withPerson = entitiesFor(headline, [['sami', 'PERSON', ['سامي الأحمد']]]);
  assert.equal(speakers(headline, withPerson).find((q) => q[2] === 'وأضاف')?.[1], 'sami');
});
