// The import of the UniversalPetrarch actor dictionary's people (scripts/import-upetrarch-people.ts, src/kb/upetrarch.ts)
// and their loading (src/kb/imported-people.ts): a small invented dictionary text, invented names and sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatisedForms, looseForm, parseActorDict, personName, personTerms, readCameo } from '../src/kb/upetrarch.js';
import { containsWords, mergeImportedPeople, parseImportedPeople, termOn } from '../src/kb/imported-people.js';
import { parseKbTsv } from '../src/kb/parse.js';
import { SECTORS, type PersonRecord } from '../src/kb/records.js';
import { importRows, nameLists, tsvRows } from '../scripts/import-upetrarch-people.js';
import { loadKb } from '../src/kb/load.js';
import { getIndex } from '../src/kb/kb-index.js';
import { extractEntities } from '../src/extract/entities/index.js';

const DICT = [
  'زاهر_قنطوري_',
  '\t[IRQGOV 20100101-20120101]',
  '\t[IRQELI 20120102-18000101]',
  'وزير_دفاع_أميركي_  [USAGOV]',
  'أمين_عام_ل_أمة_المتحدة_  [IGO]',
  'جنرال_نادر_طحيني_',
  '\t[IRQMIL >20050101]',
  '\t[IRQGOV <20050101]',
  '\t[SYRGOV 20050101-20060101]',
  'سامر_بلوطي_',
  '\t[IRQGOV]',
  '\t[SYRGOV]',
  'خليج_زمردي_  [ISR]',
  'ظافر_ملوحي_',
  '\t[LBNGOV 20120101-20100101]',
  '\t[LBNPTYLEG]',
  'قنطوري',
  '\t[IRQ]',
  'حسن_روحاني_  [IRNGOV >20130803]',
  'علي_خامنئي_الحسيني_  [IRNGOV]',
  'زاهر_قنطوري_  [IRQGOV 20100101-20120101]',
  'ماهر_زنجبيلي_  [XYZGOV]',
  'واشنطن_زاهر_  [USAMED]',
  'بنك_زمردي_  [IRQBUS]',
  'زمردي_تايمز_  [USAMED]',
  'ماهر_بلوطي_  [IRQBUS]',
  'زمرد_قنطوري_  [IRQGOV]',
  'شأن_بلدي_والقروية_  [IRQGOV]',
].join('\n');

const ISO = new Set(['IRQ', 'SYR', 'USA', 'LBN', 'ISR', 'IRN']);
const countryOf = (c: string) => (ISO.has(c) ? c : null);

test('the dictionary: a name, its codes on its line and the tab-indented lines, their date ranges', () => {
  const e = parseActorDict(DICT);
  assert.equal(e.length, 18);
  assert.deepEqual(e[0].words, ['زاهر', 'قنطوري']);
  assert.deepEqual(e[0].codes, [
    { code: 'IRQGOV', start: '2010-01-01', end: '2012-01-01', range: '20100101-20120101' },
    { code: 'IRQELI', start: '2012-01-02', end: null, range: '20120102-18000101' },
  ]);
  assert.deepEqual(e[1].codes, [{ code: 'USAGOV', start: null, end: null, range: '' }]);
  assert.deepEqual(e[3].codes.map((c) => [c.start, c.end]), [['2005-01-01', null], [null, '2005-01-01'], ['2005-01-01', '2006-01-01']]);
  assert.equal(e[3].line, 6);
});

test('a CAMEO code: country, then the first sector Rasad knows', () => {
  assert.deepEqual(readCameo('LBNGOVELI', countryOf, SECTORS), { country: 'LBN', sector: 'GOV' });
  assert.deepEqual(readCameo('ISRCVLHRI', countryOf, SECTORS), { country: 'ISR', sector: 'CVL' });
  assert.deepEqual(readCameo('IGO', countryOf, SECTORS), { country: null, sector: 'IGO' });
  assert.deepEqual(readCameo('IMGREB', countryOf, SECTORS), { country: null, sector: 'REB' });
  assert.deepEqual(readCameo('MIL', countryOf, SECTORS), { country: null, sector: 'MIL' });
  assert.deepEqual(readCameo('IRQ', countryOf, SECTORS), { country: 'IRQ', sector: '' });
  assert.equal(readCameo('XYZGOV', countryOf, SECTORS), null);
  assert.equal(readCameo('IRQGO', countryOf, SECTORS), null);
});

test('a person\'s name: titles at the start dropped; office, organisation and lemmatised phrases are none', () => {
  const lists = nameLists();
  assert.deepEqual(personName(['زاهر', 'قنطوري'], lists), { name: 'زاهر قنطوري' });
  assert.deepEqual(personName(['جنرال', 'نادر', 'طحيني'], lists), { name: 'نادر طحيني' });
  assert.ok(personName(['وزير', 'دفاع', 'أميركي'], lists).reject);
  assert.ok(personName(['أمين', 'عام', 'ل', 'أمة', 'المتحدة'], lists).reject);
  assert.ok(personName(['حركة', 'زاهر'], lists).reject);
  assert.ok(personName(['أمير', 'سلمان'], lists).reject, 'one name word after the title');
  assert.ok(personName(['أبو', 'زاهر'], lists).reject, 'a particle is no name word');
  assert.ok(personName(['الاثيوبي', 'زاهر', 'قنطوري'], lists).reject, 'a nisba before the name');
  assert.ok(personName(['إم', 'بي', 'سي'], lists).reject, 'letters spelt out');
  assert.deepEqual(personName(['زاهر', 'المصري'], lists), { name: 'زاهر المصري' });
  assert.deepEqual(personName(['أبو', 'زاهر', 'قنطوري'], lists), { name: 'أبو زاهر قنطوري' });
  assert.deepEqual(personName(['الزاهر', 'قنطوري'], lists), { name: 'الزاهر قنطوري' }, 'a given name with the article');
});

test('a company, an outlet, a phrase: an organisation word, a first word that names no one, a word opening with وال', () => {
  const lists = nameLists();
  assert.match(personName(['بنك', 'زمردي'], lists).reject!, /'بنك' names a company/);
  assert.match(personName(['المصرف', 'زمردي'], lists).reject!, /'المصرف' names a company/);
  assert.match(personName(['زمردي', 'تايمز'], lists).reject!, /'تايمز' names a company, outlet/);
  assert.match(personName(['زاهر', 'زمردي', 'برس'], lists).reject!, /'برس'/);
  assert.match(personName(['زمرد', 'قنطوري'], lists).reject!, /first word 'زمرد' is no given name/);
  assert.match(personName(['مرشح', 'قنطوري'], lists).reject!, /first word/);
  assert.match(personName(['زاهر', 'قنطوري', 'والزمردي'], lists).reject!, /وال/);
  assert.deepEqual(personName(['زاهر', 'والتر'], lists), { name: 'زاهر والتر' }, 'too short to be و + ال');
  assert.deepEqual(personName(['عبد', 'الزمرد', 'قنطوري'], lists), { name: 'عبد الزمرد قنطوري' }, 'a particle first');
});

test('terms: an entry whose every code is BUS or MED is a company, an outlet, a businessperson or journalist', () => {
  const codes = (...cs: string[]) => cs.map((code) => ({ code, start: null, end: null, range: '' }));
  assert.deepEqual(personTerms(codes('IRQBUS', 'IRQMED'), countryOf, SECTORS).terms, []);
  assert.match(personTerms(codes('IRQBUS'), countryOf, SECTORS).dropped.at(-1)!, /BUS or MED/);
  assert.deepEqual(personTerms(codes('IRQBUS', 'IRQGOV'), countryOf, SECTORS).terms.map((t) => t.sector), ['BUS', 'GOV']);
});

test('terms: unreadable codes, ranges that end before they start and a country against the others are dropped', () => {
  const [, , , nader, samer, bay, zafer] = parseActorDict(DICT);
  const n = personTerms(nader.codes, countryOf, SECTORS);
  assert.deepEqual(n.terms.map((t) => t.cameo), ['IRQMIL >20050101', 'IRQGOV <20050101']);
  assert.match(n.dropped[0], /SYRGOV .*disagrees/);
  assert.deepEqual(personTerms(samer.codes, countryOf, SECTORS).terms, [], 'two countries, neither has most codes');
  assert.deepEqual(personTerms(bay.codes, countryOf, SECTORS).terms, [], 'no sector: a place');
  const z = personTerms(zafer.codes, countryOf, SECTORS);
  assert.deepEqual(z.terms.map((t) => [t.country, t.sector, t.start, t.end]), [['LBN', 'PTY', null, null]]);
  assert.match(z.dropped[0], /ends before it starts/);
});

test('the script: rows of people only, one per term, none for a hand-written person; the file loads back', () => {
  const { rows, report } = importRows(DICT);
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(r.name_ar, [...(byName.get(r.name_ar) ?? []), `${r.country ?? ''}${r.sector} ${r.start ?? ''}-${r.end ?? ''}`]);
  assert.deepEqual([...byName.keys()].sort(), ['زاهر قنطوري', 'نادر طحيني', 'ظافر ملوحي'].sort());
  assert.deepEqual(byName.get('زاهر قنطوري'), ['IRQGOV 2010-01-01-2012-01-01', 'IRQELI 2012-01-02-'], 'the repeated entry adds no term');
  assert.ok(report.some((l) => l.includes('حسن_روحاني_') && /KB name/.test(l)));
  assert.ok(report.some((l) => l.includes('علي_خامنئي_الحسيني_') && /hand-written|KB name/.test(l)));
  assert.ok(report.some((l) => l.includes('واشنطن_زاهر_') && l.includes("'واشنطن' is a KB name")));
  assert.ok(report.some((l) => l.includes('ماهر_زنجبيلي_') && l.includes('no code left')));
  for (const entry of ['بنك_زمردي_', 'زمردي_تايمز_', 'زمرد_قنطوري_', 'شأن_بلدي_والقروية_']) {
    assert.ok(report.some((l) => l.includes(entry) && l.includes('not a person')), entry);
  }
  assert.ok(report.some((l) => l.includes('ماهر_بلوطي_') && l.includes('BUS or MED')));
  assert.ok(report.some((l) => l.includes('زاهر_قنطوري_') && l.includes("kept: first word 'زاهر' a given name")));
  const text = tsvRows(rows);
  assert.match(text, /MIT licence, Copyright \(c\) 2016 Open Event Data Alliance/);
  const people = parseImportedPeople(parseKbTsv(text, 'x.tsv'), new Set([...ISO]), 'x.tsv');
  assert.equal(people.length, 3);
  const zaher = people.find((p) => p.names_ar[0] === 'زاهر قنطوري')!;
  assert.equal(zaher.imported, true);
  assert.equal(zaher.name_en.split(' ').length, 2);
  assert.match(zaher.source, /UniversalPetrarch .*line 1$/);
  assert.deepEqual(zaher.terms.map((t) => t.office), ['', '']);
});

const person = (id: string, names: string[], terms: [string, string, string | null, string | null][], imported = false): PersonRecord => ({
  id, name_en: id, names_ar: names, short_ar: [], source: 's',
  terms: terms.map(([country, sector, start, end]) => ({ office: imported ? '' : 'head_of_state', role: '', country, org: null, start, end, sector })),
  ...(imported ? { imported: true as const } : {}),
});

test('the loader: bad rows fail; an imported person never takes a hand-written one\'s id or name', () => {
  const head = 'id\tname_en\tnames_ar\tcountry\tsector\tstart\tend\tsource';
  assert.throws(() => parseImportedPeople(parseKbTsv(`${head}\nrasad:person:x\tX\tاكس\tXYZ\tGOV\t\t\ts`, 't'), ISO, 't'), /unknown country/);
  assert.throws(() => parseImportedPeople(parseKbTsv(`${head}\nrasad:person:x\tX\tاكس\tIRQ\tFOO\t\t\ts`, 't'), ISO, 't'), /unknown sector/);
  assert.throws(() => parseImportedPeople(parseKbTsv(`${head}\nrasad:person:x\tX\tاكس\t\t\t\t\ts`, 't'), ISO, 't'), /neither/);
  assert.throws(() => parseImportedPeople(parseKbTsv(`${head}\nrasad:person:x\tX\tاكس\tIRQ\tGOV\t2012\t2010\ts`, 't'), ISO, 't'), /ends/);
  const hand = [person('rasad:person:a', ['زاهر قنطوري'], [['IRQ', 'GOV', null, null]])];
  const imported = [
    person('rasad:person:b', ['زاهر قنطوري البصري'], [['IRQ', 'MIL', null, null]], true),
    person('rasad:person:c', ['قنطوري'], [['IRQ', 'MIL', null, null]], true),
    person('rasad:person:a', ['نادر طحيني'], [['IRQ', 'MIL', null, null]], true),
    person('rasad:person:d', ['نادر طحيني'], [['IRQ', 'MIL', null, null]], true),
  ];
  assert.deepEqual(mergeImportedPeople(hand, imported).map((p) => p.id), ['rasad:person:a', 'rasad:person:d']);
  assert.ok(containsWords(['a', 'b', 'c'], ['b', 'c']) && !containsWords(['a', 'b'], ['a', 'c']));
});

test('the term on a date: the one holding it, else the last that ended before it, else the first', () => {
  const p = person('rasad:person:x', ['x'], [['USA', 'GOV', '1977-01-20', '1981-01-20'], ['USA', 'MIL', null, '1961-01-01'], ['USA', 'ELI', '1981-01-21', null]], true);
  assert.equal(termOn(p, '1979-05-01')!.sector, 'GOV');
  assert.equal(termOn(p, '2015-05-01')!.sector, 'ELI');
  assert.equal(termOn(p, '1950-05-01')!.sector, 'MIL');
  const q = person('rasad:person:y', ['y'], [['USA', 'GOV', '1990-01-01', '1991-01-01'], ['USA', 'ELI', '1995-01-01', '1996-01-01']], true);
  assert.equal(termOn(q, '1993-01-01')!.sector, 'GOV');
  assert.equal(termOn(q, '1980-01-01')!.sector, 'GOV');
  assert.equal(termOn(q, null), null);
});

test('the KB loads the imported people after the hand-written ones; their names are in the index, no KB name is theirs', () => {
  const kb = loadKb();
  const imported = kb.people.filter((p) => p.imported);
  assert.ok(imported.length >= 500, `imported: ${imported.length}`);
  assert.ok(kb.people.findIndex((p) => p.imported) > kb.people.findLastIndex((p) => !p.imported));
  for (const p of imported) assert.ok(p.terms.every((t) => !t.office && (t.country || t.sector)), p.id);
  const idx = getIndex();
  const carter = idx.trie.get('جيمي')?.next?.get('كارتر')?.entries ?? [];
  assert.deepEqual(carter.map((e) => e.id), ['rasad:person:upetrarch-jimmy-carter']);
  // No office holder comes from an imported row.
  for (const list of idx.holders.values()) for (const h of list) assert.ok(!h.person.imported, h.person.id);
});

test('a sentence: an imported person is linked, with the country and sector of the term on the document\'s date', () => {
  const text = 'وانتقد جيمي كارتر في كلمة ألقاها أمس السياسة الجديدة.';
  const on = (published: string) => extractEntities({ text, published }).find((e) => e.id === 'rasad:person:upetrarch-jimmy-carter');
  assert.deepEqual([on('2015-06-01')?.country, on('2015-06-01')?.sector], ['USA', 'ELI']);
  assert.deepEqual([on('1979-06-01')?.country, on('1979-06-01')?.sector], ['USA', 'GOV']);
});

test('a title of two words goes whole: no name is left opening with its second word', () => {
  const lists = nameLists();
  assert.ok(personName(['آية', 'الله', 'زمردي'], lists).reject, 'one name word after the title');
  assert.deepEqual(personName(['فريق', 'أول', 'زاهر', 'بلوطي'], lists), { name: 'زاهر بلوطي' });
});

test('a lemmatised phrase of a KB organisation is no person: the articled start of a KB name, or its loose form', () => {
  assert.deepEqual(lemmatisedForms(['هلال', 'احمر']).articled, ['الهلال', 'الاحمر']);
  assert.equal(lemmatisedForms(['الزاهر', 'القنطوري']).articled, null);
  assert.equal(looseForm(['عسكر', 'طيبه']), 'عسكر طيب');
  const { rows, report } = importRows(['هلال_أحمر_  [NGOHLH]', 'عسكر_طيب_  [PAKREB]', 'زاهر_بلوطي_  [IRQGOV]'].join('\n'));
  assert.deepEqual([...new Set(rows.map((r) => r.name_ar))], ['زاهر بلوطي']);
  assert.ok(report.some((l) => l.includes('هلال_أحمر_') && l.includes('the start of a KB name')));
  assert.ok(report.some((l) => l.includes('عسكر_طيب_') && l.includes('lemmatised (rasad:org:lashkar-e-taiba)')));
});
