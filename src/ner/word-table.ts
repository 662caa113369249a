// A read-only word -> rows lookup over the text of a TSV file whose first column is a word already
// in matching form: an open-addressing hash table of line numbers in typed arrays, so that loading
// a list of 200,000 words builds no string per word (the words stay in the file's text and are
// compared in place). Rows of the same word are chained in file order.

export interface WordTable {
  /** Header cells. */
  header: string[];
  /** Number of distinct words. */
  size: number;
  /** The cells of each row whose first cell is `word`, in file order (empty: none). */
  rows(word: string): string[][];
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

function sameRange(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/**
 * The table of a TSV text ('#' lines and blank lines skipped, the first row is the header). Cells
 * are read as they are (the file's words must be in matching form, without padding).
 */
export function wordTable(text: string): WordTable {
  const starts: number[] = [];
  let header: string[] | null = null;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const c = text.charCodeAt(pos);
    const blank = c <= 0x20 && !text.slice(pos, nl).trim();
    if (nl > pos && c !== 0x23 /* # */ && !blank) {
      if (!header) header = text.slice(pos, nl).replace(/\r$/, '').split('\t').map((h) => h.trim());
      else starts.push(pos);
    }
    pos = nl + 1;
  }
  const n = starts.length;
  const lineStart = Int32Array.from(starts);
  const wordEnd = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const tab = text.indexOf('\t', lineStart[r]);
    const nl = text.indexOf('\n', lineStart[r]);
    const end = nl < 0 ? text.length : nl;
    wordEnd[r] = tab >= 0 && tab < end ? tab : end;
  }
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(cap).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    let s = hashRange(text, lineStart[r], wordEnd[r]) & mask;
    for (;;) {
      const first = slots[s];
      if (first < 0) {
        slots[s] = r;
        last[r] = r;
        size++;
        break;
      }
      if (sameRange(text, lineStart[first], wordEnd[first], lineStart[r], wordEnd[r])) {
        next[last[first]] = r;
        last[first] = r;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  const lineOf = (r: number): string[] => {
    const nl = text.indexOf('\n', lineStart[r]);
    return text.slice(lineStart[r], nl < 0 ? text.length : nl).replace(/\r$/, '').split('\t');
  };
  return {
    header: header ?? [],
    size,
    rows(word: string): string[][] {
      let s = hashRange(word, 0, word.length) & mask;
      for (;;) {
        const first = slots[s];
        if (first < 0) return [];
        if (sameWord(text, lineStart[first], wordEnd[first], word)) {
          const out: string[][] = [];
          for (let r = first; r >= 0; r = next[r]) out.push(lineOf(r));
          return out;
        }
        s = (s + 1) & mask;
      }
    },
  };
}
