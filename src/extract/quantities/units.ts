// Units counted by numbers (data/lexicon/units.tsv: people, soldiers, tanks, ...) and the modifiers
// around a number ('نحو', 'أكثر من', 'على الأقل').
import { loadTsv } from '../../data-files.js';
import type { QuantityKind } from '../../doc.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { type NTok, PhraseDict } from './number-tokens.js';
import { once } from '../../once.js';

export type UnitClass = 'person' | 'equipment' | 'thing' | 'measure';

export interface UnitEntry {
  unit: string;
  cls: UnitClass;
  kind: QuantityKind;
  /** The form read is a dual: the noun alone is 2. */
  dual: boolean;
}

const KINDS = new Set<QuantityKind>(['killed', 'wounded', 'captured', 'equipment', 'personnel', 'other']);

export function asKind(s: string, origin: string): QuantityKind {
  if (!KINDS.has(s as QuantityKind)) throw new Error(`${origin}: unknown kind ${s}`);
  return s as QuantityKind;
}

/** The dual of a (normalised) word: a final ه (ة) becomes ت; then ين or ان. */
function duals(word: string): string[] {
  const stem = word.endsWith('ه') ? word.slice(0, -1) + 'ت' : word;
  return [stem + 'ين', stem + 'ان'];
}

/** The counted units, read once per process. */
const unitLexicon = once((): { units: PhraseDict<UnitEntry>; symbols: Map<string, UnitEntry> } => {
  const units = new PhraseDict<UnitEntry>();
  const symbols = new Map<string, UnitEntry>();
  for (const r of loadTsv('lexicon/units.tsv')) {
    const e: UnitEntry = { unit: r.unit, cls: r.class as UnitClass, kind: asKind(r.kind, 'units.tsv'), dual: false };
    const form = normalizeArabic(r.form);
    if (!/\p{L}/u.test(form)) {
      symbols.set(form, e);
      continue;
    }
    units.add(form, e, true);
    const words = form.split(' ');
    const singular = r.dual === 'yes' || r.dual === 'no';
    // The counted (accusative) singular: 'جنديا', 'مقاتلا'.
    if (singular && words.length === 1 && !/[اه]$/.test(form)) units.add(form + 'ا', e, true);
    if (r.dual === 'yes') {
      const d: UnitEntry = { ...e, dual: true };
      if (words.length === 1) for (const w of duals(form)) units.add(w, d, true);
      else if (words[0].endsWith('ه')) {
        for (const k of [0, 1]) units.add(words.map((w) => (w.endsWith('ه') ? duals(w)[k] : w)).join(' '), d, true);
      }
    }
  }
  return { units, symbols };
});

/** The word with a leading article (and و/ف/ب/ل before it) removed: 'المقاتلين' -> 'مقاتلين'. */
export function stripArticle(w: string): string {
  const m = /^(?:[وف]?(?:[بك]?ال|لل))(.{2,})$/.exec(w);
  return m ? m[1] : w;
}

/** A counted noun at token j (clitics on the first word, or the article on every word), or a symbol ('%'). */
export function unitAt(toks: NTok[], j: number): { entry: UnitEntry; end: number; s: number } | null {
  const { units, symbols } = unitLexicon();
  const t = toks[j];
  if (!t) return null;
  if (t.kind === 'p') {
    const e = symbols.get(t.t);
    return e ? { entry: e, end: j + 1, s: t.s } : null;
  }
  const m = units.match(toks, j);
  let best: { entry: UnitEntry; end: number; s: number } | null = m ? { entry: m.value, end: m.end, s: m.s } : null;
  // 'الطائرات المسيرة', 'المقاتلين': the article on each word.
  // Only the lengths of the phrases that start with this word are tried (longest first).
  const first = t.kind === 'w' ? stripArticle(t.t) : '';
  const lens = first ? units.lengthsFrom(first) : undefined;
  for (const n of lens ?? []) {
    if (n > toks.length - j) continue;
    if (best && best.end >= j + n) break;
    const words: string[] = [first];
    let ok = true;
    for (let k = 1; k < n; k++) {
      const tk = toks[j + k];
      if (tk.kind !== 'w') { ok = false; break; }
      words.push(stripArticle(tk.t));
    }
    if (!ok) continue;
    const v = units.map.get(words.join(' '));
    if (v) {
      best = { entry: v, end: j + n, s: t.s };
      break;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Number modifiers (data/lexicon/number_modifiers.tsv): 'نحو', 'أكثر من', 'ما لا يقل عن', 'تقريبا'.

/** The number modifiers, read once per process. */
const modifierLexicon = once((): { before: PhraseDict<string>; after: PhraseDict<string> } => {
  const before = new PhraseDict<string>();
  const after = new PhraseDict<string>();
  for (const r of loadTsv('lexicon/number_modifiers.tsv')) (r.position === 'after' ? after : before).add(r.form, r.type);
  return { before, after };
});

/** A modifier phrase ending right before token `end`: its type and start offset. */
export function modifierBefore(toks: NTok[], end: number): { value: string; s: number; si: number } | null {
  const dict = modifierLexicon().before;
  for (let n = dict.maxWords; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const m = dict.match(toks, i);
    if (m && m.end === end) return { value: m.value, s: m.s, si: i };
  }
  return null;
}

/** A modifier phrase starting at token i ('تقريبا', 'على الأقل'). */
export function modifierAfter(toks: NTok[], i: number): { value: string; end: number } | null {
  const m = modifierLexicon().after.match(toks, i);
  return m ? { value: m.value, end: m.end } : null;
}
