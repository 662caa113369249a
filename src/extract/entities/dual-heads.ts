// Two things named by one head noun in the dual: 'حقلي شاعر وجزل' (Shaer Field, Jazal Field), 'مخيمي جباليا والشاطئ',
// 'مطاري صنعاء وعدن'. Right after the dual of a head of data/kb/named_heads.tsv (column dual) come two names, each one
// word or a KB place, the second joined by و; each becomes '<name> <head>' as a single head's name does (named-heads.ts).
// Runs right before the single heads. Internal to src/extract/entities/.
import type { EntityType } from '../../doc.js';
import { transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { addNamed, nameWord, type NamedHead } from './named-heads.js';

/** A name after the dual from word k: its English name, first character, last word; the second name carries و (cut 1). */
function nameAt(s: DocState, heads: ReadonlyMap<string, NamedHead>, k: number, second: boolean): { en: string; start: number; last: number; known: boolean } | null {
  const w: Word | undefined = s.words[k];
  if (!w || w.kind !== 'word') return null;
  const cut = second ? (wordReadings(w).some((r) => r.conj && r.cut === 1) && w.norm.startsWith('و') ? 1 : -1) : 0;
  if (cut < 0) return null;
  const start = w.start + cutOffset(w.text, cut);
  const place = s.startingAt(k);
  if (place) {
    const info = s.entities.get(place.id)!.info;
    return info.type === 'PLACE' || info.type === 'COUNTRY' ? { en: info.name_en, start, last: place.last, known: true } : null;
  }
  if (!nameWord(s, heads, w, false)) return null;
  // One word only: a second unknown word after it makes a longer name or a phrase this rule does not read.
  const next = s.words[k + 1];
  if (!second && next && s.sentOf[k + 1] === s.sentOf[k] && next.kind === 'word' && !next.norm.startsWith('و') && nameWord(s, heads, next, false)) return null;
  return { en: transliterate(s.text.slice(start, w.end)), start, last: k, known: false };
}

/** Adds the pairs named after a dual head noun. */
export function findDualHeads(s: DocState, heads: ReadonlyMap<string, NamedHead>): void {
  const duals = new Map<string, NamedHead>();
  for (const h of heads.values()) for (const d of h.duals ?? []) if (h.en && h.type !== 'OTHER') duals.set(d, h);
  if (!duals.size) return;
  for (let i = 0; i < s.words.length - 2; i++) {
    const w = s.words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    const r = wordReadings(w).find((x) => duals.has(x.stem));
    if (!r) continue;
    const head = duals.get(r.stem)!;
    const sent = s.sentOf[i];
    const one = s.sentOf[i + 1] === sent ? nameAt(s, heads, i + 1, false) : null;
    const two = one && s.sentOf[one.last + 1] === sent ? nameAt(s, heads, one.last + 1, true) : null;
    if (!one || !two) continue;
    const type = head.type as EntityType;
    const start = w.start + cutOffset(w.text, r.cut);
    // A KB place keeps its own mention, as after a single head ('مطار عدن').
    addNamed(s, `${one.en} ${head.en}`, type, start, s.words[one.last].end, i, one.last, !one.known, s.text.slice(start, s.words[one.last].end));
    addNamed(s, `${two.en} ${head.en}`, type, two.start, s.words[two.last].end, one.last + 1, two.last, !two.known, s.text.slice(two.start, s.words[two.last].end));
    i = two.last;
  }
}
