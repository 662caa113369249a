// The people of the UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt, MIT, (c) 2016 Open Event Data
// Alliance) as rows of data/kb/people_upetrarch.tsv: scripts/import-upetrarch-people.ts reads the dictionary and
// writes the rows these functions make. An entry is a name (words joined by '_') and CAMEO codes with date ranges:
//   نوري_المالكي_
//   	[IRQGOV 20101221-20140908]
//   جيش  [MIL]
// Only entries that read as a person's name are kept (see `personName`), and only codes that can be read and do not
// contradict the rest of the entry (see `personTerms`). Pure: the word lists come from the caller.
import { normalizeArabic } from '../arabic/normalize.js';

export interface DictCode {
  /** The CAMEO code as written ('IRQGOV', 'IGO'). */
  code: string;
  /** ISO dates; null = open. */
  start: string | null;
  end: string | null;
  /** The code's date range as written ('20101221-20140908', '>20130803', ''). */
  range: string;
}

export interface DictEntry {
  /** The words of the name as written (the joining '_' taken out). */
  words: string[];
  codes: DictCode[];
  /** 1-based line of the name in the dictionary. */
  line: number;
}

const CODE = /\[([A-Z]{3,})\s*([^\]]*)\]/g;

/** 'YYYYMMDD' -> 'YYYY-MM-DD' (null for 18000101, the dictionary's open end, and for a date that is no date). */
function isoDate(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m || s === '18000101') return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function readCode(code: string, range: string): DictCode {
  const r = range.trim();
  const between = /^(\d{8})-(\d{8})$/.exec(r);
  if (between) return { code, start: isoDate(between[1]), end: isoDate(between[2]), range: r };
  if (r.startsWith('>')) return { code, start: isoDate(r.slice(1)), end: null, range: r };
  if (r.startsWith('<')) return { code, start: null, end: isoDate(r.slice(1)), range: r };
  return { code, start: null, end: null, range: r };
}

/** The dictionary's entries: a name line with its codes on the same line and on the tab-indented lines after it. */
export function parseActorDict(text: string): DictEntry[] {
  const out: DictEntry[] = [];
  let cur: DictEntry | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const codeOnly = /^\s*\[/.test(raw);
    if (!codeOnly) {
      const name = raw.replace(/\[.*$/, '').trim();
      cur = { words: name.split('_').map((w) => w.trim()).filter(Boolean), codes: [], line: i + 1 };
      out.push(cur);
    }
    if (!cur) return;
    for (const m of raw.matchAll(CODE)) cur.codes.push(readCode(m[1], m[2]));
  });
  return out;
}

// --- codes -----------------------------------------------------------------------------------------------------

/** Code prefixes that name no country: international bodies and groups. */
const NO_COUNTRY = new Set(['IGO', 'NGO', 'INT', 'IMG', 'NGM', 'MNC']);

export interface CodeReading {
  country: string | null;
  /** The first sector of the code Rasad knows ('' when none). */
  sector: string;
}

/**
 * Country and sector of a CAMEO code: the first three letters are the country when `countryOf` reads them (ISO
 * alpha-3, or the CAMEO code of one); the sectors follow in threes and the first one `sectors` has is taken
 * ('LBNGOVELI' -> LBN GOV, 'ISRCVLHRI' -> ISR CVL, 'IGO' -> IGO). Null when the code reads as neither.
 */
export function readCameo(code: string, countryOf: (c: string) => string | null, sectors: ReadonlySet<string>): CodeReading | null {
  if (code.length % 3) return null;
  const parts = code.match(/.{3}/g)!;
  const head = parts[0];
  let country: string | null = null;
  let rest: string[] = parts;
  if (NO_COUNTRY.has(head)) {
    rest = parts.slice(1);
    if ((head === 'IGO' || head === 'NGO') && sectors.has(head)) return { country: null, sector: head };
  } else if (!sectors.has(head)) {
    country = countryOf(head);
    if (!country) return null;
    rest = parts.slice(1);
  }
  return { country, sector: rest.find((p) => sectors.has(p)) ?? '' };
}

// --- names -----------------------------------------------------------------------------------------------------

export interface NameLists {
  /** Matching forms of title words, dropped at the start of a name ('جنرال', 'أمير', 'شيخة'). */
  titles: ReadonlySet<string>;
  /** Matching forms of words no person's name holds: organisation and office heads, common nouns, country names, indefinite nisbas. */
  notName: ReadonlySet<string>;
  /** Countries' nisbas with the article ('الاثيوبي'): a name word only at the end. */
  nisbas: ReadonlySet<string>;
  /** Name particles ('بن', 'أبو', 'عبد'): no name word by themselves. */
  particles: ReadonlySet<string>;
  /** Matching forms of given names ('زاهر', 'جون'). */
  givenNames: ReadonlySet<string>;
  /** Matching forms of words of people's names and how often Wikidata's names hold them (wd_count; 0 = other sources only). */
  nameWordCounts: ReadonlyMap<string, number>;
  /** Matching forms of words of company, outlet and institution names ('تايمز', 'برس', 'بنك', 'مصرف'). */
  orgWords: ReadonlySet<string>;
}

/**
 * How often Wikidata's people's names must hold a name's first word, when it is no given name, for the name to be a
 * person's: 0, i.e. the word is in the list of name words at all (Wikidata, Google's ar2en or arabic-name-to-en).
 * 1 would also drop 'شارل', 'غيرهارد', 'سولومون' (only Google's list has them); the list has none of 'غولدمان',
 * 'تعقيد', 'مرشح', 'حلف', 'معسكر' ('بنك', 'وكيل' it has: the organisation words catch those).
 */
export const MIN_FIRST_WORD_COUNT = 0;

/** A matching form without the article ('الوليد' -> 'وليد'); short words keep theirs ('الله'). */
export const withoutArticle = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** A word names people: a given name, or a name word Wikidata's people's names hold `MIN_FIRST_WORD_COUNT` times or more. */
function nameWord(w: string, lists: NameLists): boolean {
  return [w, withoutArticle(w)].some((f) => lists.givenNames.has(f) || (lists.nameWordCounts.get(f) ?? -1) >= MIN_FIRST_WORD_COUNT);
}

export interface PersonName {
  /** The name as written, titles at its start dropped, words joined by spaces. */
  name: string;
  /** Why it is no person's name, when it is not. */
  reject?: string;
}

/**
 * The entry's words as a person's name: title words at the start dropped ('جنرال_يحيى_خان_'), then at least two name
 * words besides particles, none of them a word `notName` has (an office or organisation phrase, or a common-noun phrase
 * the dictionary wrote lemmatised: 'وزير_دفاع_بريطاني_', 'مسؤول_أميركي_') or `orgWords` has (a company or outlet), no
 * one-letter word (a preposition the lemmatiser split off: 'أمين_عام_ل_أمة_المتحدة_'), only Arabic letters, and a
 * first word that is a particle, a given name or a word of Wikidata's people's names (see `nameWord`).
 */
export function personName(words: readonly string[], lists: NameLists): PersonName {
  const ws = [...words];
  // A title of two words or more goes whole ('آية_الله_بهشتي_' leaves no 'الله بهشتي'), else its first word.
  for (let k = Math.min(3, ws.length - 1); k >= 2; k--) {
    if (lists.titles.has(ws.slice(0, k).map((w) => normalizeArabic(w)).join(' '))) { ws.splice(0, k); break; }
  }
  while (ws.length > 2 && lists.titles.has(normalizeArabic(ws[0]))) ws.shift();
  const name = ws.join(' ');
  if (!ws.every((w) => /^[\u0621-\u064A\u0670\u067E\u0686\u06A9\u06AF\u06CC]+$/.test(w))) return { name, reject: 'not Arabic letters' };
  const norm = ws.map((w) => normalizeArabic(w));
  if (norm.some((w) => w.length < 2)) return { name, reject: 'one-letter word (lemmatised phrase)' };
  // Letters spelt out ('إم_بي_سي_' MBC) and English words ('بوست', 'تايمز') name a channel or a paper.
  if (norm.some((w) => w.length < 3 && !lists.particles.has(w))) return { name, reject: 'a word of two letters (letters spelt out)' };
  // A country's nisba with the article is a surname only at the end ('محمد المصري'; not 'الاثيوبي_ملس_زيناوي_').
  const bad = norm.find((w, k) => lists.notName.has(w) || lists.titles.has(w) || (k < norm.length - 1 && lists.nisbas.has(w)));
  if (bad) return { name, reject: `word '${bad}' is no name word` };
  if (norm.filter((w) => !lists.particles.has(w) && w !== 'ال').length < 2) return { name, reject: 'fewer than two name words' };
  // A later word opening with the conjunction and the article joins two phrases ('شأن_بلدي_والقروية_',
  // 'الأصالة_والمعاصرة_'); 'والاس', 'والتر' are too short to be read so.
  const joined = norm.find((w, k) => k > 0 && w.startsWith('وال') && w.length >= 6);
  if (joined) return { name, reject: `word '${joined}' opens with 'وال' (two phrases joined)` };
  // A company, an outlet or an institution: 'لوس_أنجليس_تايمز_', 'بنك_مركزي_', 'نيوز_كوربوريشن_'.
  const org = norm.find((w) => lists.orgWords.has(w) || lists.orgWords.has(withoutArticle(w)));
  if (org) return { name, reject: `word '${org}' names a company, outlet or institution` };
  // The first word names people ('أبو' and 'عبد' do): 'غولدمان_ساكس_', 'مرشح_جمهوري_', 'حلف_أطلسي_' are no one's.
  if (!lists.particles.has(norm[0]) && !nameWord(norm[0], lists)) {
    return { name, reject: `first word '${norm[0]}' is no given name nor a name word` };
  }
  return { name };
}

/**
 * Forms of a name (matching forms) that show a lemmatised phrase of a KB name: every word given the article
 * ('هلال_أحمر_' for 'الهلال الأحمر ...'; null when every word has it already), and the loose form, each word without
 * the article and a final ه ('عسكر_طيب_' for 'عسكر طيبة').
 */
export function lemmatisedForms(norm: readonly string[]): { articled: string[] | null; loose: string } {
  const articled = norm.map((w) => (w.startsWith('ال') ? w : `ال${w}`));
  return { articled: articled.some((w, k) => w !== norm[k]) ? articled : null, loose: looseForm(norm) };
}

/** Each word without the article and a final ه, joined by spaces. */
export const looseForm = (norm: readonly string[]): string => norm.map((w) => withoutArticle(w).replace(/(.{2,})ه$/, '$1')).join(' ');

// --- terms -----------------------------------------------------------------------------------------------------

/** Sectors of companies and outlets (and of the people CAMEO codes with them). */
const BUSINESS_MEDIA = new Set(['BUS', 'MED']);

export interface PersonTermRow {
  country: string | null;
  sector: string;
  start: string | null;
  end: string | null;
  /** The code and range as the dictionary writes them ('IRQGOV 20101221-20140908'). */
  cameo: string;
}

/**
 * The terms of a person's codes: a code that reads as neither country nor sector, or whose range ends before it
 * starts, is dropped; so is one whose country disagrees with the country most of the entry's codes give (a person has
 * one country; codes with no country, IGO and the like, are kept). When no country has most of the codes the entry
 * says nothing sure of its country, and when no code has a sector it names a place or a people ('نيو_هامبشير_ [USA]'):
 * it then gives no terms. Repeated codes are given once.
 */
export function personTerms(codes: readonly DictCode[], countryOf: (c: string) => string | null, sectors: ReadonlySet<string>): { terms: PersonTermRow[]; dropped: string[] } {
  const dropped: string[] = [];
  const read: PersonTermRow[] = [];
  const seen = new Set<string>();
  for (const c of codes) {
    const cameo = `${c.code}${c.range ? ` ${c.range}` : ''}`;
    const r = readCameo(c.code, countryOf, sectors);
    if (!r || (!r.country && !r.sector)) { dropped.push(`${cameo}: unknown code`); continue; }
    if (c.start && c.end && c.end < c.start) { dropped.push(`${cameo}: ends before it starts`); continue; }
    if (seen.has(cameo)) continue;
    seen.add(cameo);
    read.push({ country: r.country, sector: r.sector, start: c.start, end: c.end, cameo });
  }
  // A bare country code names a place or a people: an entry none of whose codes has a sector is no person.
  if (read.length && !read.some((t) => t.sector)) return { terms: [], dropped: [...dropped, 'no code names a sector (a place or a people)'] };
  // CAMEO codes companies and outlets BUS and MED: an entry whose every sector is one of them is one of those or a
  // businessperson or journalist, whom a conflict report rarely needs ('غولدمان_ساكس_ [USABUS]', 'فوكس_نيوز_ [USAMED]').
  if (read.length && read.every((t) => !t.sector || BUSINESS_MEDIA.has(t.sector))) {
    return { terms: [], dropped: [...dropped, 'every code is BUS or MED (a company, an outlet, a businessperson or journalist)'] };
  }
  const counts = new Map<string, number>();
  for (const t of read) if (t.country) counts.set(t.country, (counts.get(t.country) ?? 0) + 1);
  if (counts.size <= 1) return { terms: read, dropped };
  const withCountry = read.filter((t) => t.country).length;
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (n * 2 <= withCountry) return { terms: [], dropped: [...dropped, ...read.map((t) => `${t.cameo}: countries disagree, none has most codes`)] };
  for (const t of read) if (t.country && t.country !== best) dropped.push(`${t.cameo}: country disagrees with the entry's other codes (${best})`);
  return { terms: read.filter((t) => !t.country || t.country === best), dropped };
}
