// Two seas named by the dual of بحر: 'البحرين العربي والأحمر' is the Arabian Sea and the Red Sea, not Bahrain. The
// dual is followed by the seas' adjectives; each adjective with 'البحر' must be a KB place ('البحر الأحمر'), so the
// reading needs no word list of its own. Internal to src/extract/entities/.
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';

const DUAL = 'البحرين';
const SINGULAR = 'البحر';

/** The KB place 'البحر <adjective>' for a word (after و when `conj`), with the cut of the و. */
function seaOf(s: DocState, w: Word | undefined, conj: boolean): { id: string; cut: number } | null {
  if (!w || w.kind !== 'word') return null;
  const next = s.idx.trie.get(SINGULAR)?.next;
  for (const r of wordReadings(w)) {
    if (r.conj !== conj || (!conj && r.cut) || (conj && r.cut !== 1) || !r.stem.startsWith('ال')) continue;
    const entries = next?.get(r.stem)?.entries;
    const place = entries?.find((e) => s.idx.entities.get(e.id)?.type === 'PLACE' && e.form === 'name');
    if (place) return { id: place.id, cut: r.cut };
  }
  return null;
}

/**
 * When word `i` is the dual 'البحرين' before a sea's adjective (and maybe 'و' and a second one), adds the seas and
 * returns true: the word is then no mention of Bahrain.
 */
export function addDualSeas(s: DocState, i: number): boolean {
  const w = s.words[i];
  if (!w || !wordReadings(w).some((r) => r.stem === DUAL)) return false;
  const a = seaOf(s, s.words[i + 1], false);
  if (!a) return false;
  const start = w.start + cutOffset(w.text, wordReadings(w).find((r) => r.stem === DUAL)!.cut);
  s.add(a.id, { start, end: s.words[i + 1].end, first: i, last: i + 1, form: 'name', top: true });
  const b = seaOf(s, s.words[i + 2], true);
  if (b && b.id !== a.id) {
    const x = s.words[i + 2];
    s.add(b.id, { start: x.start + cutOffset(x.text, b.cut), end: x.end, first: i + 2, last: i + 2, form: 'name', top: true });
  }
  return true;
}
