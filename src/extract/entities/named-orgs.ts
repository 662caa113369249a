// Organisations and armed groups the KB does not know, named by a head noun and a name: 'حركة أحرار الشام' (Ahrar
// al-Sham Movement, a GROUP where a word by it says it bears arms), 'حزب نداء تونس' (a party), 'جمعية "إطعام"'. The
// head nouns are data (data/lexicon/org_heads.tsv); the name is the words after the head that the statistical tagger
// reads as an organisation with it, or a name in quotation marks. Most such names are common words ('الفتح',
// 'العدالة والتنمية'), which no list can tell from a head's ordinary complement ('حركة المرور', 'مجلس الإدارة'): the
// tagger's reading of the whole phrase is what tells them apart. Runs after the KB and the named heads (a known
// organisation keeps its entry) and before the people the tagger finds. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { knownNameWord, transliterate } from '../../arabic/translit.js';
import { chunks, type NerTagger } from '../../ner/tagger.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { once } from '../../once.js';
import { idSlug } from '../../kb/slug.js';

export interface OrgHead {
  en: string;
  type: 'ORG' | 'GROUP';
  armed: 'yes' | 'context' | 'no';
  sector: string | null;
  /** Words with the article after the indefinite head are its name, without the tagger. */
  definite: boolean;
}

export interface OrgLexicon {
  readonly heads: ReadonlyMap<string, OrgHead>;
  /** Words by the name that say the organisation bears arms (data/lexicon/org_armed_cues.tsv), matching forms. */
  readonly armed: ReadonlySet<string>;
  /** 'head word' pairs that make the head an ordinary noun (data/lexicon/org_head_complements.tsv), matching forms. */
  readonly ordinary: ReadonlySet<string>;
  /** Nouns always in construct that carry a definite name on (data/lexicon/org_name_links.tsv): 'ذوي'. */
  readonly links: ReadonlySet<string>;
  /** Nouns that open a name right after any head (data/lexicon/org_name_openers.tsv): 'تحرير'. */
  readonly openers: ReadonlySet<string>;
}

const ARMED = new Set(['yes', 'context', 'no']);

export function parseOrgHeads(rows: Record<string, string>[]): Map<string, OrgHead> {
  return new Map(rows.map((r, i) => {
    if (r.type !== 'ORG' && r.type !== 'GROUP') throw new Error(`lexicon/org_heads.tsv row ${i + 1}: type '${r.type}'`);
    if (!ARMED.has(r.armed)) throw new Error(`lexicon/org_heads.tsv row ${i + 1}: armed '${r.armed}'`);
    if (!r.en) throw new Error(`lexicon/org_heads.tsv row ${i + 1}: no English head`);
    return [normalizeArabic(r.word.trim()), { en: r.en, type: r.type, armed: r.armed as OrgHead['armed'], sector: r.sector || null, definite: r.definite === '1' }];
  }));
}

export function buildOrgLexicon(): OrgLexicon {
  return {
    heads: parseOrgHeads(loadTsv('lexicon/org_heads.tsv')),
    armed: new Set(loadTsv('lexicon/org_armed_cues.tsv').map((r) => normalizeArabic(r.word.trim()))),
    openers: new Set(loadTsv('lexicon/org_name_openers.tsv').map((r) => normalizeArabic(r.word.trim()))),
    links: new Set(loadTsv('lexicon/org_name_links.tsv').map((r) => normalizeArabic(r.word.trim()))),
    ordinary: new Set(loadTsv('lexicon/org_head_complements.tsv').map((r) => `${normalizeArabic(r.head.trim())} ${normalizeArabic(r.word.trim())}`)),
  };
}

export const orgLexicon = once(buildOrgLexicon);

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.-]*$/;
/** Name words after a head: at most this many. */
const MAX_NAME_WORDS = 5;
/** Words either side of the head that the tagger reads with it. */
const BEFORE = 4;
const AFTER = 6;
/** Words before the head, and after the name, where an armed cue counts. */
const CUE_WINDOW = 3;

/** A common word, or the plural in ات of one ('اعتقالات' of اعتقال, 'عمليات' of عملية). */
function commonWith(s: DocState, bare: string): boolean {
  return s.idx.common.has(bare) || (/..ات$/.test(bare) && (s.idx.common.has(bare.slice(0, -2)) || s.idx.common.has(`${bare.slice(0, -2)}ه`)));
}

/** The endings of a nisba adjective ('الإسلامية', 'الجمهوري'), which names, in matching form. */
const NISBA_END = /(ي|يه|يين|يون)$/;

const isQuote = (w: Word | undefined): boolean => !!w && w.kind === 'punct' && /^["«»“”„]$/.test(w.text);

/** The head noun this word is (indefinite, with و ف ب ل or none), with its matching form and the clitic cut. */
function orgHeadAt(lex: OrgLexicon, w: Word): { head: OrgHead; word: string; cut: number } | null {
  if (w.kind !== 'word') return null;
  for (const r of wordReadings(w)) {
    const h = lex.heads.get(r.stem);
    if (h) return { head: h, word: r.stem, cut: r.cut };
  }
  return null;
}

/** 'حركة المرور', 'مجلس إدارة': the word after the head makes it an ordinary noun. */
function ordinaryAfter(s: DocState, lex: OrgLexicon, word: string, i: number): boolean {
  const w = s.words[i];
  if (!w || w.kind !== 'word') return false;
  const bare = w.norm.startsWith('ال') ? w.norm.slice(2) : w.norm;
  return lex.ordinary.has(`${word} ${bare}`);
}

/** A word that may be part of a new organisation's name: Arabic or Latin letters, no part of a known name. */
function nameWord(s: DocState, i: number, head: number): boolean {
  const w = s.words[i];
  return !!w && w.kind === 'word' && s.sentOf[i] === s.sentOf[head] && !s.coveredBy(i) && (ARABIC_WORD.test(w.norm) || LATIN_WORD.test(w.text));
}

/** The last word of a quoted name right after the head ('جمعية "إطعام"'), or -1. */
function quotedName(s: DocState, head: number): number {
  const open = head + 1;
  if (!isQuote(s.words[open]) || s.sentOf[open] !== s.sentOf[head]) return -1;
  let k = open + 1;
  while (k <= open + MAX_NAME_WORDS && nameWord(s, k, head)) k++;
  if (k === open + 1 || !isQuote(s.words[k]) || s.idx.stopLight.has(s.words[open + 1].norm)) return -1;
  return k - 1;
}

/**
 * 'جيش تحرير بلوشستان', 'جبهة تحرير مورو الإسلامية', 'حزب نداء تونس': an opener noun, then a KB place or country, or up to
 * two words with the article or unknown to the common words. The last word of the name, or -1.
 */
function openedName(s: DocState, lex: OrgLexicon, head: number): number {
  const o = s.words[head + 1];
  if (!nameWord(s, head + 1, head) || !lex.openers.has(o.norm)) return -1;
  const place = s.startingAt(head + 2);
  if (place && s.sentOf[head + 2] === s.sentOf[head]) {
    const type = s.typeOf(place);
    return type === 'PLACE' || type === 'COUNTRY' ? place.last : -1;
  }
  let last = head + 1;
  while (last - head < 3 && nameWord(s, last + 1, head)) {
    const n = s.words[last + 1].norm;
    if (s.idx.stopLight.has(n) || s.idx.arabicParticles.has(n) || /^[وفبلك]/.test(n)) break;
    if (!n.startsWith('ال') && s.idx.common.has(n)) break;
    // A second common word with the article is what the sentence goes on with, the act claimed or an adjective ('وتبنى
    // جيش تحرير الأحواز الهجوم', 'جبهة إنقاذ الوطن المعارضة'), unless it is a nisba, which names ('جبهة تحرير مورو الإسلامية').
    if (last > head + 1 && n.startsWith('ال') && s.idx.common.has(n.slice(2)) && !NISBA_END.test(n)) break;
    last++;
  }
  return last > head + 1 ? last : -1;
}

/** 'حزب التجمع الوطني للأحرار': the words with the article (or لل, or و and the article after the first) after the
 * head, up to a word that is not one or is part of a known name. The last word of the name, or -1. */
function definiteName(s: DocState, lex: OrgLexicon, head: number): number {
  let last = head;
  while (last - head < MAX_NAME_WORDS && nameWord(s, last + 1, head)) {
    const n = s.words[last + 1].norm;
    const first = last === head;
    // 'الأشخاص ذوي الإعاقة': a noun in construct carries the name on to the definite word after it.
    if (!first && lex.links.has(n) && nameWord(s, last + 2, head) && s.words[last + 2].norm.startsWith('ال')) {
      last += 2;
      continue;
    }
    if (s.idx.stopLight.has(n) || s.idx.arabicParticles.has(n)) break;
    // A common word with the article after the name is what the sentence goes on with, the object of its verb ('وأدان
    // حزب النور الهجوم', 'جمعية الوفاق الاعتقالات الأخيرة'), unless it is a nisba ('حزب الشعب الجمهوري') or a feminine
    // adjective after a feminine word ('حزب الديمقراطية الجديدة').
    const feminine = n.endsWith('ه') && s.words[last].norm.endsWith('ه');
    if (!first && n.startsWith('ال') && commonWith(s, n.slice(2)) && !NISBA_END.test(n) && !feminine) break;
    // 'حركة أنصار الحق': an indefinite first word in construct with a definite one after it.
    const construct = first && !/^[وفبلك]/.test(n) && nameWord(s, last + 2, head) && s.words[last + 2].norm.startsWith('ال');
    if (!(n.startsWith('ال') && n.length > 3) && !construct && (first || !/^(لل|وال)../.test(n))) break;
    last++;
  }
  // A name ends on a noun or an adjective, not on 'و' and the next phrase ('... والتنمية' is kept, a trailing particle is not).
  return last > head ? last : -1;
}

/** One indefinite word in ية, or a common one in ي, describes the head ('منظمة دولية', 'شركة محلية'; not 'شركة بوناتي'). */
function adjective(s: DocState, i: number): boolean {
  const n = s.words[i].norm;
  return !n.startsWith('ال') && !s.idx.givenNames.has(n) && (/يه$/.test(n) || (/ي$/.test(n) && s.idx.common.has(n)));
}

function armedCue(s: DocState, lex: OrgLexicon, head: number, k: number): boolean {
  return k >= 0 && k < s.words.length && s.sentOf[k] === s.sentOf[head] && s.words[k].kind === 'word'
    && wordReadings(s.words[k]).some((r) => lex.armed.has(r.stem));
}

/** Whether an armed cue stands in the three words before the head ('مسلحو جبهة ...', 'مقاتلون من جيش ...'). */
function armedBefore(s: DocState, lex: OrgLexicon, head: number): boolean {
  for (let k = head - CUE_WINDOW; k < head; k++) if (armedCue(s, lex, head, k)) return true;
  return false;
}

/** Whether an armed cue stands in the three words before the head or right after the name. */
export function armedBy(s: DocState, lex: OrgLexicon, head: number, last: number): boolean {
  return armedBefore(s, lex, head) || armedCue(s, lex, head, last + 1);
}

/**
 * A word of an organisation's name in Latin letters. The letter rules are those of people's names; a word no name table
 * knows that ends in كو is a brand or a firm from another language, which English writes with c ('أرامكو' Aramco,
 * 'تسكو' Tesco), not the k of a person's name.
 */
function brandSpelling(w: string): string {
  const en = transliterate(w);
  return !knownNameWord(normalizeArabic(w)) && /كو$/.test(normalizeArabic(w)) ? en.replace(/ko$/, 'co') : en;
}

/**
 * The name in Latin letters, word by word: a word with و and the article or with لل is joined to the name, not part of
 * a person's ('العدالة والتنمية' al-Adala wal-Tanmiya, 'الوطني للأحرار' al-Watani lil-Ahrar).
 */
export function orgNameEn(nameAr: string): string {
  return nameAr.split(/\s+/).filter(Boolean).map((w, k) => {
    const m = k > 0 ? /^(و|ل)(ال|ل)(.{2,})$/.exec(w) : null;
    if (!m) return brandSpelling(w);
    const rest = transliterate(`ال${m[3]}`).replace(/^al-/i, '');
    return `${m[1] === 'و' ? 'wal' : 'lil'}-${rest}`;
  }).join(' ');
}

/** The entity id and the name words (matching forms) of an organisation found, to find the name again without its head. */
interface Named {
  id: string;
  words: string[];
}

function addOrg(s: DocState, lex: OrgLexicon, hit: { head: OrgHead; word: string; cut: number }, head: number, first: number, last: number, quoted: boolean): Named {
  const hw = s.words[head];
  const start = hw.start + cutOffset(hw.text, hit.cut);
  const end = s.words[quoted ? last + 1 : last].end;
  const nameAr = s.text.slice(s.words[first].start, s.words[last].end).replace(/\s+/g, ' ');
  // A KB place at the end of the name keeps its mention and gives its English name ('جيش تحرير بلوشستان').
  const place = s.coveredBy(last);
  const placeEn = place ? s.entities.get(place.id)!.info.name_en : null;
  const ownLast = place ? place.first - 1 : last;
  const ownAr = s.text.slice(s.words[first].start, s.words[ownLast].end).replace(/\s+/g, ' ');
  const armed = hit.head.armed === 'yes' || (hit.head.armed === 'context' && armedBy(s, lex, head, quoted ? last + 1 : last));
  const type = armed ? 'GROUP' : hit.head.type;
  const nameEn = `${orgNameEn(placeEn ? ownAr : nameAr)}${placeEn ? ` ${placeEn}` : ''} ${hit.head.en}`;
  const id = `rasad:${type === 'GROUP' ? 'group' : 'org'}:${idSlug(nameEn)}`;
  // 'حزب الغد المصري', 'شركة سيمنز الألمانية': a country's nisba right after the name says whose it is.
  const end0 = quoted ? last + 1 : last;
  const nisba = end0 + 1 < s.words.length && s.sentOf[end0 + 1] === s.sentOf[head] ? s.startingAt(end0 + 1) : null;
  const country = nisba && nisba.form === 'nisba' && s.typeOf(nisba) === 'COUNTRY' ? s.entities.get(nisba.id)!.info.country : null;
  const info: EntityInfo = entityInfo({
    id, type, name_en: nameEn, name_ar: s.text.slice(start, end).replace(/["«»“”„]/g, '').replace(/\s+/g, ' ').trim(),
    country, geo: null, sector: armed ? 'REB' : hit.head.sector, gender: 'f',
  });
  // The place inside the name is nested in it ('جبهة إنقاذ ليبيا' is the front's name, not Libya acting).
  if (place) {
    s.drop(place);
    s.add(place.id, { start: place.start, end: place.end, first: place.first, last: place.last, form: place.form, top: false });
  }
  s.add(id, { start, end, first: head, last: quoted ? last + 1 : last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
  return { id, words: Array.from({ length: last - first + 1 }, (_, k) => s.words[first + k].norm) };
}

/**
 * An organisation the tagger names with no head noun (words first..last): its transliterated name, a GROUP where a
 * word by it says it bears arms ('مسلحو X'), else an ORG with no sector.
 */
export function addTaggedOrg(s: DocState, first: number, last: number, prep = 0, lex: OrgLexicon = orgLexicon()): void {
  const w0 = s.words[first];
  const r = wordReadings(w0).reduce((a, b) => (b.cut > a.cut ? b : a));
  // 'وفياكوم': و before the name is not part of it; nor a preposition the caller found ('لتومسون').
  const cut = Math.max(prep, r.conj && r.cut === 1 ? 1 : 0);
  const start = w0.start + cutOffset(w0.text, cut);
  const nameAr = s.text.slice(start, s.words[last].end).replace(/\s+/g, ' ');
  const armed = armedBy(s, lex, first, last);
  const type = armed ? 'GROUP' : 'ORG';
  const nameEn = orgNameEn(nameAr);
  const id = `rasad:${armed ? 'group' : 'org'}:${idSlug(nameEn)}`;
  const info: EntityInfo = entityInfo({ id, type, name_en: nameEn, name_ar: nameAr, country: null, geo: null, sector: armed ? 'REB' : null, gender: 'f' });
  s.add(id, { start, end: s.words[last].end, first, last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
}

/** 'هنري فورد' after 'شركة فورد': an uncovered word before it that is no common word may be a given name, making it a surname. */
function nameBefore(s: DocState, i: number): boolean {
  const prev = s.words[i - 1];
  if (!prev || prev.kind !== 'word' || s.coveredBy(i - 1) || s.sentOf[i - 1] !== s.sentOf[i]) return false;
  return s.idx.givenNames.has(prev.norm) || !wordReadings(prev).some((r) => s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem));
}

/**
 * The name again without its head, anywhere in the report ('حركة أنصار الحق ... وقال أنصار الحق'; 'جمعية «بلسم» ...
 * وتقدم بلسم'): two words or more, or one word that is no common word; with و or a preposition on its first word.
 */
function findNamesAgain(s: DocState, named: readonly Named[]): void {
  for (const { id, words } of named) {
    if (words.length === 1 && (s.idx.common.has(words[0]) || words[0].length < 3 || words[0].startsWith('ال'))) continue;
    for (let i = 0; i + words.length <= s.words.length; i++) {
      const w0 = s.words[i];
      if (w0.kind !== 'word' || s.coveredBy(i)) continue;
      const r = wordReadings(w0).find((x) => x.stem === words[0]);
      if (!r) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = s.words[i + k].norm === words[k] && !s.coveredBy(i + k) && s.sentOf[i + k] === s.sentOf[i];
      if (!ok || (words.length === 1 && nameBefore(s, i))) continue;
      const last = i + words.length - 1;
      s.add(id, { start: w0.start + cutOffset(w0.text, r.cut), end: s.words[last].end, first: i, last, form: 'name', top: true });
      i = last;
    }
  }
}

type Candidate = { i: number; hit: { head: OrgHead; word: string; cut: number } };

/** Heads of the document with an uncovered word after them, in text order. */
function candidates(s: DocState, lex: OrgLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < s.words.length; i++) {
    if (s.coveredBy(i)) continue;
    const hit = orgHeadAt(lex, s.words[i]);
    if (hit && s.sentOf[i + 1] === s.sentOf[i] && (nameWord(s, i + 1, i) || isQuote(s.words[i + 1])) && !ordinaryAfter(s, lex, hit.word, i + 1)) out.push({ i, hit });
  }
  return out;
}

/**
 * Adds the organisations and armed groups named by a head noun. The tagger reads a few words either side of each head
 * (loaded only when a document holds one).
 */
export function findNamedOrgs(s: DocState, tagger: () => NerTagger, lex: OrgLexicon = orgLexicon()): void {
  const named: Named[] = [];
  const cands = candidates(s, lex).filter(({ i, hit }) => {
    const q = quotedName(s, i);
    if (q < 0) return true;
    named.push(addOrg(s, lex, hit, i, i + 2, q, true));
    return false;
  });
  if (cands.length) tagHeads(s, lex, tagger, cands, named);
  findNamesAgain(s, named);
}

/** The tagger's reading of the words after each head (or, without one, a definite name after a definite head). */
function tagHeads(s: DocState, lex: OrgLexicon, tagger: () => NerTagger, cands: Candidate[], named: Named[]): void {
  const windows = cands.map(({ i }) => {
    let first = i;
    let last = i;
    while (first > 0 && i - first < BEFORE && s.sentOf[first - 1] === s.sentOf[i]) first--;
    while (last + 1 < s.words.length && last - i < AFTER && s.sentOf[last + 1] === s.sentOf[i]) last++;
    return { first, last };
  });
  const tagged = tagger().tagSentences(windows.map(({ first, last }) => s.words.slice(first, last + 1).map((w) => w.text)));
  cands.forEach(({ i, hit }, n) => {
    if (s.coveredBy(i)) return;
    const k = i - windows[n].first;
    const c = chunks(tagged[n]).find((x) => x.type === 'ORG' && (x.start === k || x.start === k + 1) && x.end > k + 1);
    const opened = openedName(s, lex, i);
    if (opened > 0) {
      named.push(addOrg(s, lex, hit, i, i + 1, opened, false));
      return;
    }
    if (!c) {
      // A head that may name an armed group, after words that say its men bear arms, is named like a party.
      const d = hit.head.definite || (hit.head.armed !== 'no' && armedBefore(s, lex, i)) ? definiteName(s, lex, i) : -1;
      if (d > i) named.push(addOrg(s, lex, hit, i, i + 1, d, false));
      return;
    }
    // The whole span after the head, or nothing: a span that runs into a known name or a mark is not one name.
    const last = windows[n].first + c.end - 1;
    if (last - i > MAX_NAME_WORDS || (last === i + 1 && adjective(s, i + 1))) return;
    for (let j = i + 1; j <= last; j++) if (!nameWord(s, j, i)) return;
    named.push(addOrg(s, lex, hit, i, i + 1, last, false));
  });
}
