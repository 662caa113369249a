// Writes data/kb/people_upetrarch.tsv: the people of the UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt,
// openeventdata/UniversalPetrarch branch arabic; MIT, (c) 2016 Open Event Data Alliance), one row per term (CAMEO code
// and date range), for the KB to link a person's name to a country and sector (src/kb/imported-people.ts).
// Which entries are people and which codes are kept: src/kb/upetrarch.ts. Besides those rules an entry is left out
// when its whole name is already a KB name (a country, place, organisation), when it is a KB organisation's name as the
// dictionary lemmatised it ('هلال_أحمر_' for 'الهلال الأحمر ...', 'عسكر_طيب_' for 'عسكر طيبة'), or when it is, holds or is held in the
// full name of a hand-written person of data/kb/people.tsv (that row is the one the KB keeps). The English name is the
// pipeline's transliteration of an unknown name (src/arabic/translit.ts).
// Usage: node --import tsx scripts/import-upetrarch-people.ts DICT [--out FILE] [--report FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { lemmatisedForms, looseForm, parseActorDict, personName, personTerms, withoutArticle as bare, type NameLists, type PersonTermRow } from '../src/kb/upetrarch.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { transliterate } from '../src/arabic/translit.js';
import { nisbaForms } from '../src/kb/nisba.js';
import { dataPath, loadTsv } from '../src/data-files.js';
import { readKb } from '../src/kb/load.js';
import { buildIndex } from '../src/kb/kb-index.js';
import { nameKey } from '../src/kb/match-words.js';
import { SECTORS } from '../src/kb/records.js';
import { containsWords } from '../src/kb/imported-people.js';
import { idSlug } from '../src/kb/slug.js';

export const SOURCE = 'UniversalPetrarch actor_dict_ar_v4.txt (MIT, (c) 2016 Open Event Data Alliance)';

const split = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean).map((w) => normalizeArabic(w));

/** The word lists of data/ the dictionary's entries are read with. */
export function nameLists(): NameLists {
  const titles = new Set<string>();
  const notName = new Set<string>();
  const nisbas = new Set<string>();
  const particles = new Set(loadTsv('kb/name_particles.tsv').map((r) => normalizeArabic(r.word)));
  // Titles, ranks and honorifics, and role nouns ('الجندي'): dropped at a name's start, no name word elsewhere.
  for (const r of loadTsv('lexicon/titles.tsv')) for (const f of split(r.forms)) { const w = words(f); titles.add(w[0]); titles.add(bare(w[0])); if (w.length > 1) titles.add(w.join(' ')); }
  for (const r of loadTsv('lexicon/person_cues.tsv')) for (const w of words(r.word)) { titles.add(w); titles.add(bare(w)); }
  // Heads of organisation and office phrases.
  const heads = [
    ...loadTsv('lexicon/org_heads.tsv').map((r) => r.word),
    ...loadTsv('lexicon/actor_heads.tsv').flatMap((r) => split(r.head)),
    ...loadTsv('kb/named_heads.tsv').map((r) => r.word),
    ...loadTsv('kb/place_org_heads.tsv').map((r) => r.head.split(' ')[0]),
    ...loadTsv('kb/org_patterns.tsv').flatMap((r) => split(r.forms_ar).flatMap((f) => f.split(/\s+/).filter((w) => !w.includes('{')))),
  ];
  for (const h of heads) { const w = words(h); if (w.length === 1) { notName.add(w[0]); notName.add(bare(w[0])); } }
  // Country names and their indefinite nisbas (a lemmatised phrase writes 'أميركي' for 'الأميركي').
  for (const r of loadTsv('kb/countries.tsv')) {
    for (const n of split(r.names_ar)) { const w = words(n.replace(/^~/, '')); if (w.length === 1) { notName.add(w[0]); notName.add(bare(w[0])); } }
    for (const b of split(r.nisba)) for (const f of nisbaForms(b)) if (!f.form.includes(' ')) (f.definite ? nisbas : notName).add(normalizeArabic(f.form));
  }
  // Common words of news that are never inside a person's name (ANERcorp), but for given names.
  const given = new Set(loadTsv('kb/given_names.tsv').flatMap((r) => split(r.word)).map((w) => normalizeArabic(w)));
  for (const r of loadTsv('kb/common_words.tsv')) if (!given.has(r.word)) notName.add(r.word);
  for (const p of particles) notName.delete(p);
  // Given names (data/kb/given_names.tsv and the NER tagger's list) and the words of Wikidata's people's names.
  const givenNames = new Set([...given, ...loadTsv('lexicon/ner_given_names.tsv').map((r) => normalizeArabic(r.name))]);
  const nameWordCounts = new Map(loadTsv('lexicon/ner_name_tokens.tsv').map((r) => [r.word, Number(r.wd_count) || 0]));
  const orgWords = new Set(loadTsv('kb/org_name_words.tsv').flatMap((r) => words(r.word)));
  return { titles, notName, nisbas, particles, givenNames, nameWordCounts, orgWords };
}

/** Why a kept name's first word names people, for the report: 'given name', 'name word, wd_count 3', 'particle'. */
function firstWordNote(key: string, lists: NameLists): string {
  const forms = [key, bare(key)];
  if (forms.some((f) => lists.particles.has(f))) return `first word '${key}' a particle`;
  if (forms.some((f) => lists.givenNames.has(f))) return `first word '${key}' a given name`;
  return `first word '${key}' a name word, wd_count ${Math.max(...forms.map((f) => lists.nameWordCounts.get(f) ?? -1))}`;
}

export interface ImportRow extends PersonTermRow {
  id: string;
  name_en: string;
  name_ar: string;
  entry: string;
  line: number;
}

export function importRows(text: string): { rows: ImportRow[]; report: string[] } {
  // The KB without the rows this script wrote before: the hand-written people, countries, places, organisations.
  const all = readKb();
  const kb = { ...all, people: all.people.filter((p) => !p.imported) };
  const idx = buildIndex(kb);
  const lists = nameLists();
  const iso = new Set(kb.countries.map((c) => c.iso3));
  const cameoToIso = new Map(loadTsv('kb/cameo_codes.tsv').filter((r) => r.kind === 'country').map((r) => [r.cameo, r.rasad]));
  const countryOf = (c: string) => cameoToIso.get(c) ?? (iso.has(c) ? c : null);
  const hand = kb.people.flatMap((p) => p.names_ar.map((n) => nameKey(n)));
  // The KB's name trie at the end of the words, if they are the start (or the whole) of a KB name.
  const trieNode = (ws: readonly string[]) => {
    let node = idx.trie.get(ws[0]);
    for (const w of ws.slice(1)) node = node?.next?.get(w);
    return node;
  };
  const orgLoose = new Map(kb.orgs.flatMap((o) => o.names_ar.map((n) => [looseForm(nameKey(n.text)), o.id] as const)));
  const report: string[] = [];
  // Entries of one name (its matching form) are one person: their codes are read together.
  const byName = new Map<string, { name: string; entry: string; line: number; codes: ReturnType<typeof parseActorDict>[number]['codes'] }>();
  for (const e of parseActorDict(text)) {
    const entry = `${e.words.join('_')}_`;
    const p = personName(e.words, lists);
    if (p.reject) { if (e.words.length > 1) report.push(`line ${e.line}\t${entry}\tnot a person: ${p.reject}`); continue; }
    const key = nameKey(p.name).join(' ');
    const prev = byName.get(key);
    if (prev) prev.codes.push(...e.codes);
    else byName.set(key, { name: p.name, entry, line: e.line, codes: [...e.codes] });
  }
  const rows: ImportRow[] = [];
  const ids = new Set(kb.people.map((p) => p.id));
  for (const [key, p] of byName) {
    const k = key.split(' ');
    // A word that is a KB name alone (a city, a country, an organisation: 'واشنطن_بوست_', 'نيويورك_تايمز_') names no person.
    const place = k.find((w) => idx.singleKeys.has(w));
    if (place) { report.push(`line ${p.line}\t${p.entry}\tword '${place}' is a KB name`); continue; }
    const node = trieNode(k);
    if (node?.entries?.length) { report.push(`line ${p.line}\t${p.entry}\talready a KB name (${node.entries[0].id})`); continue; }
    // The dictionary lemmatises: 'هلال_أحمر_' is the start of 'الهلال الأحمر ...', 'عسكر_طيب_' is 'عسكر طيبة'.
    const { articled, loose } = lemmatisedForms(k);
    if (articled && trieNode(articled)) { report.push(`line ${p.line}\t${p.entry}\tthe start of a KB name with the article ('${articled!.join(' ')}')`); continue; }
    const org = orgLoose.get(loose);
    if (org) { report.push(`line ${p.line}\t${p.entry}\ta KB organisation's name lemmatised (${org})`); continue; }
    const clash = hand.find((h) => containsWords(h, k) || containsWords(k, h));
    if (clash) { report.push(`line ${p.line}\t${p.entry}\ta hand-written person's name (${clash.join(' ')})`); continue; }
    const { terms, dropped } = personTerms(p.codes, countryOf, SECTORS);
    for (const d of dropped) report.push(`line ${p.line}\t${p.entry}\tcode dropped: ${d}`);
    if (!terms.length) { report.push(`line ${p.line}\t${p.entry}\tno code left`); continue; }
    const name_en = transliterate(p.name);
    let id = `rasad:person:upetrarch-${idSlug(name_en)}`;
    for (let n = 2; ids.has(id); n++) id = `rasad:person:upetrarch-${idSlug(name_en)}-${n}`;
    ids.add(id);
    for (const t of terms) rows.push({ ...t, id, name_en, name_ar: p.name, entry: p.entry, line: p.line });
    report.push(`line ${p.line}\t${p.entry}\tkept: ${firstWordNote(k[0], lists)}`);
  }
  return { rows, report };
}

const HEADER = `# People of the UniversalPetrarch Arabic actor dictionary, one row per CAMEO code of the entry (a term).
# GENERATED by scripts/import-upetrarch-people.ts from actor_dict_ar_v4.txt (openeventdata/UniversalPetrarch, branch
# arabic, data/dictionaries/arabic/; MIT licence, Copyright (c) 2016 Open Event Data Alliance: this notice goes with the
# rows). Regenerate rather than edit; hand-written people go in people.tsv, which always wins: a row here whose name is,
# holds or is held in a people.tsv name is never loaded (src/kb/imported-people.ts).
# Kept: entries that read as a person's name (two name words or more, no office, organisation or common-noun word, no
# word of a company, outlet or place name of org_name_words.tsv, a first word that is a given name or a name word of
# lexicon/ner_name_tokens.tsv); codes that read as a country and/or a sector, whose range does not end before it
# starts, and whose country agrees with most of the entry's codes; not when every code is BUS or MED. name_en: the pipeline's transliteration (src/arabic/translit.ts), not checked by hand.
# country: ISO alpha-3 (empty: IGO or no country); sector: the first Rasad sector of the code (empty: none);
# start/end: YYYY-MM-DD, empty = open (the dictionary's 18000101); cameo: the code and range as written; entry: the
# dictionary's entry; line: its line there.
`;

function tsvRows(rows: ImportRow[]): string {
  const cols = ['id', 'name_en', 'names_ar', 'country', 'sector', 'start', 'end', 'cameo', 'entry', 'source'] as const;
  const out = [cols.join('\t')];
  for (const r of rows) {
    out.push([r.id, r.name_en, r.name_ar, r.country ?? '', r.sector, r.start ?? '', r.end ?? '', r.cameo, r.entry, `${SOURCE} line ${r.line}`].join('\t'));
  }
  return `${HEADER}${out.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dict = args[0];
  if (!dict || dict.startsWith('--')) {
    process.stderr.write('usage: import-upetrarch-people.ts DICT [--out FILE] [--report FILE]\n');
    process.exit(2);
  }
  const { rows, report } = importRows(readFileSync(dict, 'utf8'));
  const out = opt('--out') ?? dataPath('kb', 'people_upetrarch.tsv');
  writeFileSync(out, tsvRows(rows));
  if (opt('--report')) writeFileSync(opt('--report')!, `${report.join('\n')}\n`);
  process.stderr.write(`import-upetrarch-people: ${new Set(rows.map((r) => r.id)).size} people, ${rows.length} terms -> ${out}; ${report.length} notes\n`);
}

export { tsvRows };
