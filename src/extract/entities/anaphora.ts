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

/** Matching forms of the head nouns, without the article ('حركه'). */
export function parseAnaphoraHeads(rows: Record<string, string>[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) {
    const n = normalizeArabic(r.word.trim());
    if (!n.startsWith('ال') || n.length < 4 || /\s/.test(n)) throw new Error(`lexicon/anaphora_heads.tsv: '${r.word}' is not one word with the article`);
    out.add(n.slice(2));
  }
  return out;
}

let shipped: Set<string> | null = null;
const heads = () => (shipped ??= parseAnaphoraHeads(loadTsv('lexicon/anaphora_heads.tsv')));

/** The head noun of a mention's text, without the article ('حركة حماس' -> 'حركه'). */
function headOf(s: DocState, m: DocMention): string {
  const first = normalizeArabic(s.text.slice(m.start, m.end)).split(/\s+/)[0] ?? '';
  return first.startsWith('ال') ? first.slice(2) : first;
}

export function linkOrgAnaphora(s: DocState, hs: Set<string> = heads()): void {
  const { words } = s;
  // Named organisations in text order, with their head nouns.
  const named = s.ordered().filter((m) => m.top && m.form === 'name' && ORG_TYPES.has(s.typeOf(m)));
  if (!named.length) return;
  const headOfNamed = named.map((m) => headOf(s, m));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    const r = wordReadings(w).find((x) => x.stem.startsWith('ال') && hs.has(x.stem.slice(2)));
    if (!r) continue;
    // 'الحركة الإسلامية', 'المجلس المحلي': a definite word after it makes another phrase.
    const next = words[i + 1];
    if (next?.kind === 'word' && next.norm.startsWith('ال')) continue;
    const head = r.stem.slice(2);
    let k = named.length - 1;
    while (k >= 0 && named[k].last >= i) k--;
    for (; k >= 0; k--) {
      if (s.sentOf[i] - s.sentOf[named[k].first] > WINDOW_SENTENCES) break;
      if (headOfNamed[k] !== head) continue;
      s.add(named[k].id, { start: w.start + cutOffset(w.text, r.cut), end: w.end, first: i, last: i, form: 'pronoun', top: true });
      break;
    }
  }
}
