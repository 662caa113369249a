// Organisations named again by their head noun alone ('حركة حماس ... وقالت الحركة', 'المرصد السوري لحقوق الإنسان
// ... وأفاد المرصد'): data/lexicon/anaphora_heads.tsv lists the nouns; each such word, with the article and no
// definite word after it, is linked to the nearest organisation before it, within eight sentences, whose name
// starts with the same noun. Internal to src/extract/entities/.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv } from '../../data-files.js';
import { cutOffset, wordReadings } from '../../kb/match-words.js';
import type { DocMention, DocState } from './state.js';

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

let shipped: Map<string, string[]> | null = null;
const heads = () => (shipped ??= parseAnaphoraHeads(loadTsv('lexicon/anaphora_heads.tsv')));

/** A mention's text in matching form, without the article ('حركة حماس' -> 'حركه حماس'). */
function nameOf(s: DocState, m: DocMention): string {
  return normalizeArabic(s.text.slice(m.start, m.end)).replace(/\s+/g, ' ').replace(/^ال/, '');
}

const startsName = (name: string, prefix: string) => name.startsWith(prefix) && (name.length === prefix.length || name[prefix.length] === ' ');

export function linkOrgAnaphora(s: DocState, hs: Map<string, string[]> = heads()): void {
  const { words } = s;
  // Named organisations in text order, with their head nouns.
  const named = s.ordered().filter((m) => m.top && m.form === 'name' && ORG_TYPES.has(s.typeOf(m)));
  if (!named.length) return;
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
    for (; k >= 0; k--) {
      if (s.sentOf[i] - s.sentOf[named[k].first] > WINDOW_SENTENCES) break;
      if (!prefixes.some((p) => startsName(nameOfNamed[k], p))) continue;
      s.add(named[k].id, { start: w.start + cutOffset(w.text, r.cut), end: w.end, first: i, last: i, form: 'pronoun', top: true });
      break;
    }
  }
}
