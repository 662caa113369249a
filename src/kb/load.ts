// Loaders for the knowledge base under data/kb/ (countries, places, people and the imported people of
// people_upetrarch.tsv, organisations, organisation patterns),
// the title lexicon (data/lexicon/titles.tsv), the nisba and coreference lexicons and the gazetteer
// (data/gazetteer/places.tsv). Every loader validates its rows and throws a KbError naming the file and line
// (unknown types, bad ISO codes, duplicate ids, malformed dates or coordinates). `loadKb()` reads everything once.
import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dataPath, loadTsv, parseTsv, type TsvRow } from '../data-files.js';
import type { Kb } from './records.js';
import type { Index } from './kb-index.js';
import { decodeIndex, type EncodedIndex } from './index-codec.js';
import { readPrebuilt } from './prebuilt.js';
import { once } from '../once.js';
import { mergeImportedPeople, parseImportedPeople } from './imported-people.js';
import { parseKbTsv, splitList, validateKb, parseCountries, parsePlaces, parsePeople, parseOrgs, parseOrgPatterns, parseTitles, parseNisbaIrregular, parseGroupNisba, parseCoref, parseGazetteer } from './parse.js';

function readKbFile(relative: string): TsvRow[] {
  return parseKbTsv(readFileSync(dataPath(relative), 'utf8'), relative);
}

function readGazetteer(): TsvRow[] {
  const gz = dataPath('gazetteer', 'places.tsv.gz');
  if (existsSync(gz)) return parseTsv(gunzipSync(readFileSync(gz)).toString('utf8'), 'gazetteer/places.tsv.gz');
  if (existsSync(dataPath('gazetteer', 'places.tsv'))) return loadTsv('gazetteer/places.tsv');
  return [];
}

// --- the whole KB ----------------------------------------------------------------------------------------------

/** The encoded index another thread read and shared (useSharedIndex), in place of reading the file. */
const handedOver: { enc: EncodedIndex | null } = { enc: null };

const prebuilt = once(() => {
  const enc = handedOver.enc ?? readPrebuilt();
  try {
    return { enc, index: enc ? decodeIndex(enc, (iso) => parseGazetteer(readGazetteer(), iso)) : null };
  } catch {
    return { enc: null, index: null };
  }
});

/**
 * The prebuilt index (src/kb/prebuilt.ts) when the build wrote one for these TSVs and this code, read once per
 * process; null otherwise. Its gazetteer records are read from the TSV only if something asks for them.
 */
export function prebuiltIndex(): Index | null {
  return prebuilt().index;
}

/** The encoded prebuilt index this process reads (its tables in a SharedArrayBuffer), for worker threads; null when there is none. */
export function sharedIndex(): EncodedIndex | null {
  return prebuilt().enc;
}

/** Takes the encoded index another thread read (sharedIndex), before this thread reads its own: it then reads no file. */
export function useSharedIndex(enc: EncodedIndex | null): void {
  handedOver.enc ??= enc;
}

/** Loads and validates the whole knowledge base once per process (the prebuilt index's when there is one). */
export const loadKb = once((): Kb => prebuiltIndex()?.kb ?? readKb());

/** Reads and validates the whole knowledge base from its TSV files. */
export function readKb(): Kb {
  const countries = parseCountries(readKbFile('kb/countries.tsv'));
  const iso = new Set(countries.map((c) => c.iso3));
  const base = {
    countries,
    places: parsePlaces(readKbFile('kb/places.tsv'), iso),
    people: mergeImportedPeople(parsePeople(readKbFile('kb/people.tsv'), iso), parseImportedPeople(readKbFile('kb/people_upetrarch.tsv'), iso, 'kb/people_upetrarch.tsv')),
    orgs: parseOrgs(readKbFile('kb/orgs.tsv'), iso),
    orgPatterns: parseOrgPatterns(readKbFile('kb/org_patterns.tsv')),
    titles: parseTitles(readKbFile('lexicon/titles.tsv')),
    nisbaIrregular: parseNisbaIrregular(readKbFile('lexicon/nisba_irregular.tsv'), iso),
    groupNisba: parseGroupNisba(readKbFile('kb/group_nisba.tsv')),
    coref: parseCoref(readKbFile('lexicon/coref.tsv')),
    gazetteer: parseGazetteer(readGazetteer(), iso),
  };
  return { ...base, ...validateKb(base) };
}

/** Reads a small TSV of words (column `word`, '|'-separated variants allowed) from data/kb/. */
export function loadWordList(relative: string, column = 'word'): string[] {
  const out: string[] = [];
  for (const r of loadTsv(relative)) out.push(...splitList(r[column]));
  return out;
}
