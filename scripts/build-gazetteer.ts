// Builds data/gazetteer/places.tsv, the compact gazetteer the matcher loads, from the shared gazetteer inputs
// (shared/data/gazetteer, see data/gazetteer/README.md for sources and licences):
//   - every first-level region (admin1) of the dr5hn database;
//   - every city of the conflict region (the countries of places_ar_region.tsv) with a population of 1,000 or more,
//     or with no population recorded;
//   - every other city of 100,000 people or more, and Wikidata city labels (jamsshhayd) of that size not yet listed.
// Arabic names are cleaned ('جبرائيل (مدينة)' -> 'جبرائيل'), normalised for matching (keys), deduplicated by
// key + country + kind. A name that is also a common Arabic word — frequent outside location tags in the ANERcorp
// training section, a given name, a function word or a title — is marked match=cue (matched only after a place cue
// such as مدينة or محافظة) or dropped.
// A Wikidata label that belongs to another item ('Sarh' / 'خيبر بختونخوا') is left out (src/kb/gazetteer-labels.ts;
// reviewed exceptions in data/gazetteer/label_exceptions.tsv).
// Usage: node --import tsx scripts/build-gazetteer.ts [SHARED_DIR] [OUT_FILE]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTsv, type TsvRow } from '../src/data-files.js';
import { normalizeArabic, normalizeText, LIGHT_RULES } from '../src/arabic/normalize.js';
import { nameKey } from '../src/kb/match-words.js';
import { PLACE_CUES } from '../src/kb/matcher.js';
import { loadSkeletonRules, skeletonSimilarity } from '../src/arabic/skeleton.js';
import { isMislabel, labelKey } from '../src/kb/gazetteer-labels.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? process.env.RASAD_SHARED ?? path.join(repo, '..', 'shared'));
const gaz = path.join(shared, 'data', 'gazetteer');
const outFile = path.resolve(process.argv[3] ?? path.join(repo, 'data', 'gazetteer', 'places.tsv'));
const read = (p: string): TsvRow[] => parseTsv(readFileSync(p, 'utf8'), path.basename(p));

const countries = read(path.join(gaz, 'countries_ar.tsv'));
const iso3 = new Map(countries.map((c) => [c.iso2, c.iso3]));
const region = new Set(read(path.join(gaz, 'places_ar_region.tsv')).map((r) => r.country));
const dr5hn = read(path.join(gaz, 'places_ar_dr5hn.tsv'));
const wikidata = read(path.join(gaz, 'wikidata_cities_ar_jamsshhayd.tsv'));

// Words that must not be place names on their own.
const words = (file: string) => parseTsv(readFileSync(path.join(repo, 'data', file), 'utf8'), file)
  .flatMap((r) => (r.word ?? r.forms ?? '').split('|')).map((w) => w.trim()).filter(Boolean);
const blockedNotGiven = new Set([
  ...words('kb/name_stopwords.tsv').map(normalizeArabic),
  ...words('lexicon/titles.tsv').map(normalizeArabic),
]);
const blockedAll = new Set([...words('kb/given_names.tsv').map(normalizeArabic), ...blockedNotGiven]);
// Places named like a person that a reviewer kept (data/gazetteer/given_name_places.tsv): given names do not block them.
const givenNamePlaces = new Set(parseTsv(readFileSync(path.join(repo, 'data', 'gazetteer', 'given_name_places.tsv'), 'utf8'), 'given_name_places.tsv')
  .map((r) => labelKey(r.country, r.name_en, r.name_ar)));
const lightBlocked = new Set(words('kb/name_stopwords.tsv').map((w) => normalizeText(w, LIGHT_RULES)));

// Common words from the ANERcorp training section: how often a word is tagged O and how often LOC.
// How often a word is a personal name in the name pairs (data/kb/name_spellings.tsv, 'spelt/total'): far from the
// region, a one-word city name that people are often called ('بوتو' Bhutto, not Putuo; 'جيمي' Jimmy, not Jimei) needs
// a place cue.
const personNameCount = new Map(parseTsv(readFileSync(path.join(repo, 'data', 'kb', 'name_spellings.tsv'), 'utf8'), 'name_spellings.tsv')
  .map((r) => [r.ar, Number((r.count ?? '').split('/')[1] ?? 0)] as const));
const PERSON_NAME_MIN = 10;
/** Anywhere, a word this often a personal name needs a cue ('مايكل' Michael, not Maekel; 'بول' Paul, not Bol). */
const PERSON_NAME_ALWAYS = 50;
const aner = new Map<string, { o: number; loc: number }>();
for (const line of readFileSync(path.join(shared, 'data', 'anercorp', 'train.txt'), 'utf8').split('\n')) {
  const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
  if (!m) continue;
  const k = normalizeArabic(m[1]);
  const c = aner.get(k) ?? { o: 0, loc: 0 };
  if (m[2].endsWith('LOC')) c.loc++;
  else if (m[2] === 'O') c.o++;
  aner.set(k, c);
}

// A one-word Arabic label that shares few consonants with the English name and is a dictionary word is a translation
// of the name, not the name: 'Tank' / 'صهريج' (a tanker), 'Hit' / 'يضرب' (strikes), "Ha'il" / 'يشيد' (praises), 'Bay' / 'خليج'.
const skeletonRules = loadSkeletonRules();
const dictionaryWords = new Set(parseTsv(readFileSync(path.join(repo, 'data', 'lexicon', 'ner_dictionary.tsv'), 'utf8'), 'ner_dictionary.tsv').map((r) => r.word));
const TRANSLATED_BELOW = 0.34;
const translated: string[] = [];
// Wikidata labels of another item ('Mosul' / 'فاموتيدين', a drug); labels a reviewer kept are listed as data.
const keptLabels = new Set(parseTsv(readFileSync(path.join(repo, 'data', 'gazetteer', 'label_exceptions.tsv'), 'utf8'), 'label_exceptions.tsv')
  .map((r) => labelKey(r.country, r.name_en, r.name_ar)));
const mislabelled: string[] = [];
function isTranslation(nameEn: string, display: string): boolean {
  if (/\s/.test(display) || !dictionaryWords.has(normalizeArabic(display))) return false;
  return skeletonSimilarity(nameEn, display, skeletonRules) < TRANSLATED_BELOW;
}

const cueWords = PLACE_CUES;
const PREFIX = /^(محافظة|ولاية|منطقة|مقاطعة|إقليم|اقليم|مديرية|قضاء|ناحية|بلدية|مدينة|جمهورية|إمارة|امارة)\s+/;

function clean(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Out {
  id: string; name_en: string; name_ar: string; keys: Set<string>; country: string; kind: 'admin1' | 'city';
  lat: number; lon: number; population: number; match: 'free' | 'cue'; source: string;
}

const byKey = new Map<string, Out>();
const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

function add(r: { name_ar: string; name_en: string; lat: string; lon: string; iso2: string; kind: 'admin1' | 'city'; population: number; wikidata: string; source: string; regional: boolean }): void {
  const country = iso3.get(r.iso2);
  if (!country || !r.name_ar || !r.lat || !r.lon) return;
  const lat = Number(r.lat);
  const lon = Number(r.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
  const display = clean(r.name_ar);
  if (!/[\u0600-\u06FF]/.test(display)) return;
  if (isTranslation(r.name_en, display)) {
    translated.push(`${r.name_en}/${display}`);
    return;
  }
  if (r.source === 'jamsshhayd' && isMislabel(r.iso2, r.name_en, display, skeletonRules, keptLabels)) {
    mislabelled.push(`${r.iso2} ${r.name_en}/${display}`);
    return;
  }
  const blocked = givenNamePlaces.has(labelKey(r.iso2, r.name_en, display)) ? blockedNotGiven : blockedAll;
  const variants = new Set([display]);
  const stripped = display.replace(PREFIX, '');
  if (stripped !== display && stripped.length >= 3) variants.add(stripped);
  const keys = new Set<string>();
  let common = false;
  for (const v of variants) {
    const key = nameKey(v);
    if (!key.length) continue;
    const joined = key.join(' ');
    if (key.length > 1 && key.every((k) => blocked.has(k) || cueWords.has(k) || (aner.get(k)?.o ?? 0) >= 3)) common = true;
    if (key.every((k) => cueWords.has(k))) continue;
    if (key.length === 1) {
      const k = key[0];
      if (k.length < 3 || blocked.has(k) || lightBlocked.has(normalizeText(v, LIGHT_RULES))) continue;
      const a = aner.get(k);
      if (a && a.o >= 20 && a.loc === 0) continue; // a plain word
      if (a && a.o >= 2 && a.o > 2 * a.loc) common = true;
      const asName = personNameCount.get(k) ?? 0;
      if (asName >= PERSON_NAME_ALWAYS || (!r.regional && asName >= PERSON_NAME_MIN && r.population < 2000000)) common = true;
    }
    keys.add(joined);
  }
  if (!keys.size) return;
  // A one-word name with the article ('المنشأة', 'المركز') is often a common noun: free only for big places.
  const articled = [...keys].every((k) => !k.includes(' ') && k.startsWith('ال'));
  // Far from the region only big cities with names of four letters or more match without a cue ('جوي' is Juye, China).
  const short = [...keys].every((k) => !k.includes(' ') && k.length < 4);
  const prominent = r.regional
    ? (articled ? r.population >= 200000 : r.kind === 'admin1' || r.population >= 20000)
    : !short && !articled && r.population >= 1000000;
  const match: 'free' | 'cue' = prominent && !common ? 'free' : 'cue';
  const id = /^Q[1-9]\d*$/.test(r.wikidata) ? r.wikidata : `rasad:geo:${r.iso2.toLowerCase()}:${r.kind}:${slug(r.name_en)}`;
  const dedupe = `${[...keys][0]}|${country}|${r.kind}`;
  const prev = byKey.get(dedupe);
  if (prev) {
    if (r.population > prev.population) { prev.population = r.population; prev.lat = lat; prev.lon = lon; }
    for (const k of keys) prev.keys.add(k);
    if (match === 'free' && !common) prev.match = 'free';
    return;
  }
  byKey.set(dedupe, { id, name_en: r.name_en, name_ar: display, keys, country, kind: r.kind, lat, lon, population: r.population, match, source: r.source });
}

for (const r of dr5hn) {
  const fc = r.feature_class;
  if (fc === 'country') continue;
  const kind = fc.startsWith('admin1') ? 'admin1' : fc === 'city' ? 'city' : null;
  if (!kind) continue;
  const pop = Number(r.population) || 0;
  const regional = region.has(r.country);
  if (kind === 'city' && !(pop >= 100000 || (regional && (pop >= 1000 || !r.population)))) continue;
  add({ name_ar: r.name_ar, name_en: r.name_en, lat: r.lat, lon: r.lon, iso2: r.country, kind, population: pop, wikidata: r.wikidata, source: 'dr5hn', regional });
}
for (const r of wikidata) {
  const pop = Number(r.population) || 0;
  if (pop < 100000 || !r.lat_from_dr5hn) continue;
  add({ name_ar: r.name_ar, name_en: r.name_en, lat: r.lat_from_dr5hn, lon: r.lon_from_dr5hn, iso2: r.country_iso2, kind: 'city', population: pop, wikidata: '', source: 'jamsshhayd', regional: region.has(r.country_iso2) });
}

// Ids must be unique: a QID shared by two rows (admin1 and city of one name) keeps it on the first only.
const seenIds = new Set<string>();
const rows = [...byKey.values()].sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.name_en.localeCompare(b.name_en));
for (const o of rows) {
  if (seenIds.has(o.id)) o.id = `rasad:geo:${o.country.toLowerCase()}:${o.kind}:${slug(o.name_en)}`;
  let k = 2;
  const base = o.id;
  while (seenIds.has(o.id)) o.id = `${base}-${k++}`;
  seenIds.add(o.id);
}

const header = ['id', 'name_en', 'name_ar', 'keys', 'country', 'kind', 'lat', 'lon', 'population', 'match', 'source'];
const text = [
  '# GENERATED by scripts/build-gazetteer.ts — do not edit; curated places go to data/kb/places.tsv.',
  '# Sources and licences: data/gazetteer/README.md (dr5hn: ODbL 1.0; jamsshhayd: CC BY 4.0). keys: matching forms (|).',
  '# match: free = matched anywhere; cue = also a common word, matched only after a place cue (مدينة, محافظة, ...).',
  header.join('\t'),
  ...rows.map((o) => [o.id, o.name_en, o.name_ar, [...o.keys].join('|'), o.country, o.kind, o.lat.toFixed(4), o.lon.toFixed(4), o.population || '', o.match, o.source]
    .map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t')),
].join('\n') + '\n';
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, text);
console.error(`gazetteer: ${translated.length} labels left out as translations of the name (${translated.slice(0, 12).join(', ')} ...)`);
console.error(`gazetteer: ${mislabelled.length} Wikidata labels left out as another item's:\n  ${mislabelled.join('\n  ')}`);
console.error(`gazetteer: ${rows.length} places (${rows.filter((r) => r.match === 'free').length} free, ${rows.filter((r) => r.kind === 'admin1').length} admin1), ${(text.length / 1e6).toFixed(2)} MB`);
