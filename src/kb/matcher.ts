// Dictionary recognition over the KB: a token trie keyed by matching forms (src/arabic/normalize.ts) of every name,
// spelling variant, generated nisba, organisation pattern and gazetteer place. Matching is longest-first over whole
// tokens (never inside a word); the first token may carry proclitics (و ف ب ل ك, and ل+ال written لل), which the
// mention leaves out ('وأذربيجان' -> 'أذربيجان'). Quotes, dashes and tatweel between the words of a name are skipped
// ('قاعدة "خاتم الأنبياء"', 'ناغورني ـ كاراباخ'). The index is built once per process
// (`getIndex`, src/kb/kb-index.ts); the words are cut in match-words.ts.
import type { Token } from '../arabic/tokens.js';
import { LIGHT_RULES, normalizeText } from '../arabic/normalize.js';
import { type DictEntry, type Index, getIndex } from './kb-index.js';
import { type Word, wordReadings, readings, cutOffset, toWords } from './match-words.js';

const COMMA = new Set(['،', ',']);

/** Words that look like a nisba but are ordinary adjectives (light-normalised: ى kept). */
const NOT_NISBA = new Set(['اليمنى', 'يمنى', 'اليسرى']);

export const PLACE_CUES = new Set(['مدينه', 'مدينتي', 'مدن', 'بلده', 'بلدتي', 'بلدات', 'قريه', 'قريتي', 'قري', 'محافظه', 'محافظتي',
  'محافظات', 'ولايه', 'ولايتي', 'ولايات', 'مديريه', 'مديريات', 'منطقه', 'منطقتي', 'مناطق', 'ناحيه', 'قضاء', 'حي', 'احياء', 'مخيم',
  'مخيمات', 'ريف', 'اقليم', 'مقاطعه', 'عاصمه', 'العاصمه', 'مطار', 'ميناء', 'معبر', 'بلديه', 'ضواحي', 'محيط', 'شمال', 'جنوب', 'شرق',
  'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'قرب', 'مشارف', 'اطراف', 'مدخل', 'محور', 'جبهه', 'سهل', 'جبل', 'وادي', 'بحيره',
  'نهر', 'جزيره', 'مستشفي', 'سجن', 'قاعده', 'مستوطنه', 'مستوطنتي', 'مستوطنات', 'كيبوتس']);

export const ADMIN_CUES = new Set(['محافظه', 'محافظتي', 'محافظات', 'ولايه', 'ولايتي', 'ولايات', 'اقليم', 'مقاطعه', 'مديريه', 'مديريات']);

export const CITY_CUES = new Set(['مدينه', 'مدينتي', 'مدن', 'بلده', 'بلدتي', 'بلدات', 'قريه', 'قريتي', 'عاصمه', 'العاصمه']);

export const ORG_CUES = new Set(['وكاله', 'قناه', 'صحيفه', 'جريده', 'موقع', 'شبكه', 'مراسل', 'اذاعه', 'تلفزيون', 'فضائيه', 'حركه',
  'تنظيم', 'جماعه', 'المصدر', 'مصدر', 'مجله', 'راديو', 'منصه']);

export interface RawMention {
  first: number;
  last: number;
  start: number;
  end: number;
  entries: DictEntry[];
  /** Set when a cue word licensed the match (for list coordination). */
  placeCue: string | null;
}

function prevWord(words: Word[], i: number): Word | null {
  for (let k = i - 1; k >= 0; k--) {
    if (!words[k].skip && words[k].text !== ':') return words[k];
  }
  return null;
}

/** The stem of a word after و/ف and a preposition, for cue tests. */
export function bareStem(norm: string): string[] {
  return readings(norm).map((r) => r.stem);
}

function cueBefore(words: Word[], i: number, cues: Set<string>): string | null {
  const p = prevWord(words, i);
  if (!p || p.kind !== 'word') return null;
  for (const r of wordReadings(p)) if (cues.has(r.stem)) return r.stem;
  return null;
}

function quoted(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1];
  return !!before && !!after && before.skip && after.skip && before.kind === 'punct' && after.kind === 'punct';
}

/**
 * Longest-match dictionary recognition. `allow` restricts the entries considered (nested passes); `range` limits the
 * words scanned. Mentions do not overlap; their spans leave proclitics out.
 */
export function matchWords(text: string, words: Word[], index: Index, opts: { allow?: (e: DictEntry) => boolean; from?: number; to?: number } = {}): RawMention[] {
  const out: RawMention[] = [];
  const from = opts.from ?? 0;
  const to = opts.to ?? words.length;
  let lastPlace: RawMention | null = null;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.skip || w.kind === 'punct') continue;
    let best: { last: number; cut: number; entries: DictEntry[]; cue: string | null } | null = null;
    for (const r of wordReadings(w)) {
      let node = index.trie.get(r.stem);
      let j = i;
      while (node) {
        if (node.entries) {
          const single = j === i;
          const placeCue = cueBefore(words, i, PLACE_CUES)
            ?? (lastPlace?.placeCue && (lastPlace.last === i - 1 || (lastPlace.last === i - 2 && COMMA.has(words[i - 1].text))) ? lastPlace.placeCue : null);
          const coordinated = !!lastPlace && (lastPlace.last === i - 1 || (lastPlace.last === i - 2 && COMMA.has(words[i - 1].text)));
          let orgCue: string | null = null;
          const ok = node.entries.filter((e) => {
            if (opts.allow && !opts.allow(e)) return false;
            const info = index.entities.get(e.id);
            if (e.prio === 1) {
              // Gazetteer: whole words only, no indefinite accusative (أوكاراً), و/ف only inside a list of places.
              if (single && /(اً|ًا)$/.test(w.text)) return false;
              if (r.cut > 0 && !(r.conj && coordinated && r.cut === 1)) return false;
              const common = single && (index.common.has(r.stem) || index.stopLight.has(r.stem));
              if ((e.cue || common) && !placeCue) return false;
              return true;
            }
            // 'اليمنى' (right-hand) is no nisba of Yemen.
            if (single && e.form === 'nisba' && NOT_NISBA.has(normalizeText(w.text, LIGHT_RULES))) return false;
            if (!e.cue) return true;
            if (info?.type === 'PLACE' || info?.type === 'COUNTRY') return !!placeCue;
            orgCue ??= cueBefore(words, i, ORG_CUES) ?? (quoted(words, i, j) ? 'quote' : null) ?? (words[j + 1]?.norm === 'نت' ? 'نت' : null);
            return !!orgCue;
          });
          const cue = ok.some((e) => index.entities.get(e.id)?.type === 'PLACE') ? placeCue : null;
          if (ok.length && (!best || j > best.last || (j === best.last && r.cut < best.cut))) {
            best = { last: j, cut: r.cut, entries: ok, cue };
          }
        }
        // Next non-skipped word.
        let k = j + 1;
        while (k < to && words[k].skip) k++;
        if (k >= to || !node.next) break;
        const nw = words[k];
        if (nw.kind === 'punct' && nw.text !== '.') break;
        node = node.next.get(nw.norm);
        j = k;
      }
    }
    if (best) {
      const start = w.start + cutOffset(w.text, best.cut);
      const m: RawMention = { first: i, last: best.last, start, end: words[best.last].end, entries: best.entries, placeCue: best.cue };
      out.push(m);
      if (best.entries.some((e) => index.entities.get(e.id)?.type === 'PLACE')) lastPlace = m;
      i = best.last;
    }
  }
  return out;
}

/** Words of the text plus the KB mentions in it (top level, then countries and places nested in organisations). */
export function matchText(text: string, index: Index = getIndex(), tokens?: readonly Pick<Token, 'start' | 'end' | 'text' | 'kind' | 'norm'>[]): { words: Word[]; mentions: RawMention[]; nested: RawMention[] } {
  const words = toWords(text, tokens);
  const mentions = matchWords(text, words, index);
  const nested: RawMention[] = [];
  const inner = (e: DictEntry) => {
    const t = index.entities.get(e.id)?.type;
    return t === 'COUNTRY' || (t === 'PLACE' && e.prio >= 3);
  };
  for (const m of mentions) {
    if (m.last === m.first) continue;
    const types = new Set(m.entries.map((e) => index.entities.get(e.id)?.type));
    if (!types.has('ORG') && !types.has('GROUP') && !types.has('MEDIA')) continue;
    for (const n of matchWords(text, words, index, { allow: inner, from: m.first + 1, to: m.last + 1 })) {
      const isPlace = n.entries.every((e) => index.entities.get(e.id)?.type === 'PLACE');
      const p = prevWord(words, n.first);
      if (isPlace && !(p && p.norm === 'في') && !(n.start > words[n.first].start && /^[وف]?ب/.test(words[n.first].norm))) continue;
      nested.push(n);
    }
  }
  return { words, mentions, nested };
}
