// Organisations named again by their head noun alone ('حركة حماس ... وقالت الحركة', 'المرصد السوري لحقوق الإنسان
// ... وأفاد المرصد'): data/lexicon/anaphora_heads.tsv lists the nouns; each such word, with the article and no
// definite word after it, is linked to the nearest organisation before it, within eight sentences, whose name
// starts with the same noun. Internal to src/extract/entities/.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv } from '../../data-files.js';
import { cutOffset, wordReadings } from '../../kb/match-words.js';
import { entityInfo } from '../../kb/kb-index.js';
import type { DocMention, DocState } from './state.js';
import { attackNear } from './generic.js';
import { eventWords } from '../events/word-lists.js';
import { once } from '../../once.js';

const ORG_TYPES = new Set(['ORG', 'GROUP', 'MEDIA']);
const WINDOW_SENTENCES = 8;

/** Matching forms of the head nouns, without the article ('حركه'), each with the starts of the names it can stand
 * for (column `names`, '|'-separated; by default the noun itself: 'الحركة' for 'حركة حماس', 'البرلمان' for 'مجلس النواب'). */
export function parseAnaphoraHeads(rows: Record<string, string>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const n = normalizeArabic(r.word.trim());
    if (!n.startsWith('ال') || n.length < 4 || /\s/.test(n)) throw new Error(`lexicon/anaphora_heads.tsv: '${r.word}' is not one word with the article`);
    const names = (r.names ?? '').split('|').map((x) => normalizeArabic(x.trim()).replace(/^ال/, '')).filter(Boolean);
    out.set(n.slice(2), names.length ? names : [n.slice(2)]);
  }
  return out;
}

/** The head nouns (matching form, without the article) that stand for a group of their own when nothing before names one. */
export function parseUnnamedHeads(rows: Record<string, string>[]): Set<string> {
  return new Set(rows.filter((r) => r.unnamed === 'yes').map((r) => normalizeArabic(r.word.trim()).slice(2)));
}

const heads = once(() => parseAnaphoraHeads(loadTsv('lexicon/anaphora_heads.tsv')));
const unnamedHeads = once(() => parseUnnamedHeads(loadTsv('lexicon/anaphora_heads.tsv')));

const UNNAMED_ID = 'rasad:generic:unnamed_group';
/** Words before a noun that make it the object of a preposition ('على الجبهة', 'في الحركة'). */
const PREPOSITIONS = new Set(['في', 'علي', 'على', 'من', 'عن', 'الي', 'إلى', 'مع', 'بين', 'داخل', 'خارج', 'حول', 'عبر']);

/** A mention's text in matching form, without the article ('حركة حماس' -> 'حركه حماس'). */
function nameOf(s: DocState, m: DocMention): string {
  return normalizeArabic(s.text.slice(m.start, m.end)).replace(/\s+/g, ' ').replace(/^ال/, '');
}

const startsName = (name: string, prefix: string) => name.startsWith(prefix) && (name.length === prefix.length || name[prefix.length] === ' ');

export function linkOrgAnaphora(s: DocState, hs: Map<string, string[]> = heads(), unnamed: Set<string> = unnamedHeads()): void {
  const { words } = s;
  // Named organisations in text order, with their head nouns.
  const named = s.ordered().filter((m) => m.top && m.form === 'name' && ORG_TYPES.has(s.typeOf(m)));
  const groupActs = eventWords('group_act_words');
  const nameOfNamed = named.map((m) => nameOf(s, m));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    const r = wordReadings(w).find((x) => x.stem.startsWith('ال') && hs.has(x.stem.slice(2)));
    if (!r) continue;
    // 'الحركة الإسلامية', 'المجلس المحلي': a definite adjective after it makes another phrase. After a feminine
    // noun only a feminine word agrees; another definite word is the verb's object ('وناشدت الوزارة المؤسسات').
    const next = words[i + 1];
    const feminine = r.stem.endsWith('ه');
    if (next?.kind === 'word' && next.norm.startsWith('ال') && (!feminine || /(ه|ي|ى|ا)$/.test(next.norm))) continue;
    const prefixes = hs.get(r.stem.slice(2))!;
    let k = named.length - 1;
    while (k >= 0 && named[k].last >= i) k--;
    const at = { start: w.start + cutOffset(w.text, r.cut), end: w.end, first: i, last: i, form: 'pronoun' as const, top: true };
    const fits = (j: number) => prefixes.some((p) => startsName(nameOfNamed[j], p));
    // The organisations of that noun named up to the `upTo`th named one.
    const fittingIds = (upTo: number) => new Set(named.slice(0, upTo + 1).filter((_, j) => fits(j)).map((m) => m.id));
    // A headline names the body by its noun alone ('المقاومة تكمل سيطرتها'): the one organisation of that noun its report names.
    if (k < 0 && s.sentOf[i] === 0) {
      const later = fittingIds(named.length - 1);
      if (later.size === 1) {
        s.add([...later][0], at);
        continue;
      }
    }
    // 'وخطفت الحركة عشرات العاملين' in a report that names no organisation or group before: a group it does not name.
    if (k < 0) {
      const prev = words[i - 1];
      const governed = /[بلك]/.test(w.norm.slice(0, r.cut).replace(/^[وف]/, '')) || (prev?.kind === 'word' && s.sentOf[i - 1] === s.sentOf[i] && PREPOSITIONS.has(prev.norm.replace(/^[وف]/, '')));
      if (unnamed.has(r.stem.slice(2)) && !governed && attackNear(s, i, groupActs)) {
        const start = w.start + cutOffset(w.text, r.cut);
        s.add(UNNAMED_ID, { start, end: w.end, first: i, last: i, form: 'name', top: true }, s.entities.get(UNNAMED_ID)?.info ?? entityInfo({ id: UNNAMED_ID, type: 'GROUP', name_en: 'an unnamed group', name_ar: s.text.slice(start, w.end), country: null, geo: null, sector: null, gender: 'f' }));
      }
      continue;
    }
    // The nearest one within the window; further back, the one organisation of that noun the report has named ('التحالف
    // العربي' in the lead, 'وقال التحالف' twenty sentences on): with two or more, the noun says not which.
    let j = k;
    while (j >= 0 && !fits(j)) j--;
    if (j < 0) continue;
    if (s.sentOf[i] - s.sentOf[named[j].first] <= WINDOW_SENTENCES || fittingIds(j).size === 1) s.add(named[j].id, at);
  }
}
