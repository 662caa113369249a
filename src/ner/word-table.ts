// A read-only word -> rows lookup over the bytes of a TSV file whose first column is a word already
// in matching form: an open-addressing hash table of line numbers in typed arrays, so that loading
// a list of 200,000 words builds no string per word (the words stay in the file's UTF-8 bytes and
// are compared in place). Rows of the same word are chained in file order.
//
// The bytes and the arrays (WordTableData) can live in SharedArrayBuffers: worker threads then read
// the table the main thread loaded, without reading or scanning the file again (src/workers/).

export interface WordTable {
  /** Header cells. */
  header: string[];
  /** Number of distinct words. */
  size: number;
  /** The cells of each row whose first cell is `word`, in file order (empty: none). */
  rows(word: string): string[][];
  /** The first row whose first cell is `word` (-1: none); rows are numbered in file order from 0. */
  find(word: string): number;
  /** The cells of row `row` (a number find gave). */
  cells(row: number): string[];
}

/** Everything a table reads: the file's bytes and typed arrays (shareable between threads). */
export interface WordTableData {
  header: string[];
  size: number;
  /** The TSV file, UTF-8. */
  bytes: Uint8Array;
  /** Byte offset of each data row, and of the end of its first cell. */
  lineStart: Int32Array;
  wordEnd: Int32Array;
  /** Hash slot -> first row of a word (-1: empty); capacity a power of two. */
  slots: Int32Array;
  /** Row -> next row of the same word (-1: none). */
  next: Int32Array;
}

/** Where a table's arrays are made: ordinary memory, or SharedArrayBuffers to hand to threads. */
export type Alloc = 'local' | 'shared';

function int32(n: number, alloc: Alloc): Int32Array {
  return alloc === 'shared' ? new Int32Array(new SharedArrayBuffer(4 * n)) : new Int32Array(n);
}

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h >>> 0;
}

function sameRange(b: Uint8Array, a: number, aEnd: number, c: number, cEnd: number): boolean {
  if (aEnd - a !== cEnd - c) return false;
  for (let i = 0; i < aEnd - a; i++) if (b[a + i] !== b[c + i]) return false;
  return true;
}

const NL = 0x0a;
const TAB = 0x09;

function indexOfByte(b: Uint8Array, byte: number, from: number, end = b.length): number {
  const i = b.indexOf(byte, from);
  return i < 0 || i >= end ? -1 : i;
}

/**
 * The data of a TSV file's bytes ('#' lines and blank lines skipped, the first row is the header).
 * Cells are read as they are (the file's words must be in matching form, without padding). With
 * `shared`, the bytes are copied into a SharedArrayBuffer and the arrays made there.
 */
export function wordTableData(source: Uint8Array, alloc: Alloc = 'local'): WordTableData {
  let bytes = source;
  if (alloc === 'shared' && !(source.buffer instanceof SharedArrayBuffer)) {
    bytes = new Uint8Array(new SharedArrayBuffer(source.length));
    bytes.set(source);
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const starts: number[] = [];
  let header: string[] | null = null;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (pos < bytes.length) {
    let nl = indexOfByte(bytes, NL, pos);
    if (nl < 0) nl = bytes.length;
    const c = bytes[pos];
    const blank = c <= 0x20 && !decoder.decode(bytes.subarray(pos, nl)).trim();
    if (nl > pos && c !== 0x23 /* # */ && !blank) {
      if (!header) header = decoder.decode(bytes.subarray(pos, nl)).replace(/\r$/, '').split('\t').map((h) => h.trim());
      else starts.push(pos);
    }
    pos = nl + 1;
  }
  const n = starts.length;
  const lineStart = int32(n, alloc);
  lineStart.set(starts);
  const wordEnd = int32(n, alloc);
  for (let r = 0; r < n; r++) {
    let end = indexOfByte(bytes, NL, lineStart[r]);
    if (end < 0) end = bytes.length;
    const tab = indexOfByte(bytes, TAB, lineStart[r], end);
    wordEnd[r] = tab >= 0 ? tab : end;
  }
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const mask = cap - 1;
  const slots = int32(cap, alloc).fill(-1);
  const next = int32(n, alloc).fill(-1);
  const last = new Int32Array(n).fill(-1);
  let size = 0;
  for (let r = 0; r < n; r++) {
    let s = hashBytes(bytes, lineStart[r], wordEnd[r]) & mask;
    for (;;) {
      const first = slots[s];
      if (first < 0) {
        slots[s] = r;
        last[r] = r;
        size++;
        break;
      }
      if (sameRange(bytes, lineStart[first], wordEnd[first], lineStart[r], wordEnd[r])) {
        next[last[first]] = r;
        last[first] = r;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { header: header ?? [], size, bytes, lineStart, wordEnd, slots, next };
}

/**
 * UTF-8 of `word` into `scratch.buf` (grown as needed); its length, or -1 when the word holds a lone
 * surrogate (no file word can equal it).
 */
function encode(word: string, scratch: { buf: Uint8Array }): number {
  if (scratch.buf.length < word.length * 3) scratch.buf = new Uint8Array(word.length * 3 + 16);
  const out = scratch.buf;
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = word.charCodeAt(i + 1);
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return -1;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

/** The table over its data (which may be another thread's SharedArrayBuffers: nothing is copied). */
export function wordTableOf(data: WordTableData): WordTable {
  const { bytes, lineStart, wordEnd, slots, next } = data;
  const mask = slots.length - 1;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const scratch = { buf: new Uint8Array(64) };
  const lineOf = (r: number): string[] => {
    let end = indexOfByte(bytes, NL, lineStart[r]);
    if (end < 0) end = bytes.length;
    return decoder.decode(bytes.subarray(lineStart[r], end)).replace(/\r$/, '').split('\t');
  };
  const find = (word: string): number => {
    const n = encode(word, scratch);
    if (n < 0) return -1;
    const w = scratch.buf;
    let s = hashBytes(w, 0, n) & mask;
    for (;;) {
      const first = slots[s];
      if (first < 0) return -1;
      const a = lineStart[first];
      let same = wordEnd[first] - a === n;
      for (let i = 0; same && i < n; i++) same = bytes[a + i] === w[i];
      if (same) return first;
      s = (s + 1) & mask;
    }
  };
  return {
    header: data.header,
    size: data.size,
    rows(word: string): string[][] {
      const out: string[][] = [];
      for (let r = find(word); r >= 0; r = next[r]) out.push(lineOf(r));
      return out;
    },
    find,
    cells: lineOf,
  };
}

/** The table of a TSV text (see wordTableData). */
export function wordTable(text: string): WordTable {
  return wordTableOf(wordTableData(new TextEncoder().encode(text)));
}
