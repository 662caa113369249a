// Bytes -> text with encoding detection: UTF-8 (with or without BOM), UTF-16 (BOM or NUL
// pattern), an HTML/XML charset declaration, and Windows-1256 for legacy Arabic sites.
// Binary files are recognised and refused.

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when decoding had to replace bytes (a few invalid sequences in mostly-valid UTF-8). */
  lossy?: boolean;
}

export class DecodeError extends Error {
  constructor(public readonly code: 'binary' | 'invalid_encoding' | 'empty', message: string) {
    super(message);
  }
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (or DOCX/XLSX)'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF media file'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite database'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Looks like UTF-16 without a BOM: NULs at every other position in ASCII/Arabic text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  // Arabic in UTF-16: high byte 0x06 at every other position.
  let le06 = 0;
  let be06 = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0x06) le06++;
    if (bytes[i] === 0x06) be06++;
  }
  if (le06 > pairs * 0.4) return 'utf-16le';
  if (be06 > pairs * 0.4) return 'utf-16be';
  return null;
}

/**
 * The text of bytes that look like UTF-16, when it reads as text: valid (no lone surrogates), and
 * almost no control characters, private-use or noncharacters. Seven bytes of binary can have
 * NULs at every other position; they do not pass this.
 */
function plausibleUtf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = decodeWith(encoding, bytes.subarray(0, bytes.length - (bytes.length % 2)), true);
  } catch {
    return null;
  }
  let odd = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xfff0) odd++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (odd > text.length * 0.02 || letters < Math.min(2, text.length)) return null;
  return bytes.length % 2 ? text + '\uFFFD' : text;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function isBinary(bytes: Uint8Array): string | null {
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) return what;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.1 ? 'binary data (control bytes)' : null;
}

const ARABIC_1256 = (b: number) => (b >= 0xc1 && b <= 0xda) || (b >= 0xdc && b <= 0xdf) || (b >= 0xe1 && b <= 0xe6) || b === 0xe3 || b === 0xe4 || b === 0xe5 || b === 0xe6 || b === 0xec || b === 0xed || b === 0xc7 || b === 0xc8;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'empty file');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = plausibleUtf16(utf16, bytes);
    if (text !== null) return { text, encoding: utf16 };
  }
  const binary = isBinary(bytes);
  if (binary) throw new DecodeError('binary', `not a text document: ${binary}`);
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: a declared legacy charset, Windows-1256, or damaged UTF-8
  }
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: decodeWith(declared, bytes), encoding: declared };
    } catch {
      // unknown label: fall through
    }
  }
  const lossy = decodeWith('utf-8', bytes);
  const replaced = (lossy.match(/\uFFFD/g) ?? []).length;
  let high = 0;
  let arabicLike = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (ARABIC_1256(b)) arabicLike++;
    }
  }
  // Mostly valid UTF-8 with a few broken sequences: keep it, flag it.
  if (replaced <= Math.max(2, lossy.length * 0.01)) return { text: lossy, encoding: 'utf-8', lossy: true };
  if (high > 0 && arabicLike / high > 0.6) return { text: decodeWith('windows-1256', bytes), encoding: 'windows-1256' };
  throw new DecodeError('invalid_encoding', `cannot decode: ${replaced} invalid UTF-8 sequences and not Windows-1256 Arabic`);
}
