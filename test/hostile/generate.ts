// Hostile inputs for the reader and the pipeline, generated from a seed (no files in the repo):
// random bytes, broken encodings, NULs, empty-in-effect files, bidi floods, hostile markup, broken
// JSON Lines, __proto__ keys, feeds with entity tricks, gzip, deep nesting and long lines, mixed
// with good reports that must all be stored. Used by test/hostile.test.ts and bench/hostile.ts.
import { gzipSync } from 'node:zlib';
import { mulberry32 } from '../../src/random.js';

export interface HostileInput {
  kind: string;
  /** File name (bytes: some are not valid UTF-8). */
  name: Buffer;
  bytes: Uint8Array;
  /** A good report: its document must be stored. */
  good?: boolean;
}

/** A seeded generator, so that every run sees the same inputs. */
export const rng = mulberry32;

type R = () => number;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const utf8 = (s: string) => new TextEncoder().encode(s);

const PLACES = ['حلب', 'إدلب', 'صنعاء', 'مأرب', 'الخرطوم', 'غزة', 'بنغازي', 'الموصل', 'درعا', 'طرابلس'];
const ACTORS = ['القوات الحكومية', 'الجيش', 'مسلحون مجهولون', 'قوات الدعم السريع', 'الشرطة', 'طائرات حربية'];
const VERBS = ['قصفت', 'هاجمت', 'استهدفت', 'داهمت'];

/** A short, well-formed report, distinct for each `i`. */
export function report(r: R, i: number): string {
  const place = pick(r, PLACES);
  return `${pick(r, VERBS)} ${pick(r, ACTORS)} مواقع في ${place} يوم ${i % 28 + 1} مارس، ` +
    `وقالت مصادر محلية إن ${int(r, 2, 40)} مدنيين قتلوا في الهجوم رقم ${i}. ودعت الأمم المتحدة إلى التهدئة.`;
}

const ENC_1256 = (() => {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return (s: string) => Uint8Array.from([...s].map((ch) => table.get(ch) ?? 0x3f));
})();

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

const randomBytes = (r: R, n: number) => Uint8Array.from({ length: n }, () => int(r, 0, 255));
const EXTS = ['.txt', '', '.html', '.json', '.jsonl', '.xml'];

/** Generators, one per kind: (rng, index, scale) -> [extension, bytes]. `scale` grows sizes for the bench. */
const KINDS: Record<string, (r: R, i: number, scale: number) => [string, Uint8Array]> = {
  random_bytes: (r) => [pick(r, EXTS), randomBytes(r, int(r, 0, 400))],
  invalid_utf8: (r, i) => {
    const b = Buffer.from(report(r, i));
    if (r() < 0.5) return ['.txt', b.subarray(0, int(r, 1, b.length - 1))]; // truncated mid-character perhaps
    for (let k = int(r, 1, 30); k > 0; k--) b[int(r, 0, b.length - 1)] = int(r, 0x80, 0xff);
    return [pick(r, ['.txt', '.html', '']), b];
  },
  utf16: (r, i) => [pick(r, ['.txt', '']), utf16(report(r, i), r() < 0.5, r() < 0.5)],
  windows_1256: (r, i) => [pick(r, ['.txt', '.html']), ENC_1256(r() < 0.3 ? `<html><head><meta charset="windows-1256"></head><body><p>${report(r, i)}</p></body></html>` : report(r, i))],
  nul_bytes: (r, i) => {
    const s = report(r, i);
    const pad = r() < 0.5 ? 'ا '.repeat(int(r, 4000, 6000)) : '';
    const at = int(r, 0, s.length);
    return [pick(r, ['.txt', '.json']), utf8(r() < 0.5 ? JSON.stringify({ text: `${pad}${s.slice(0, at)}\u0000${s.slice(at)}` }) : `${pad}${s.slice(0, at)}\u0000\u0000${s.slice(at)}`)];
  },
  empty: (r) => [pick(r, ['.json', '.jsonl', '.txt', '', '.html', '.xml']), utf8(pick(r, ['', ' ', '\n\n\t', '\uFEFF', '[]', ' [ ] ', '{}', '\uFEFF\n', '<html></html>', '<rss><channel></channel></rss>']))],
  bidi_flood: (r, i) => {
    const marks = ['\u202E', '\u202B', '\u200F', '\u2066', '\u2067', '\u2069', '\u200E', '\u061C'];
    const flood = Array.from({ length: int(r, 100, 3000) }, () => pick(r, marks)).join('');
    return ['.txt', utf8(r() < 0.5 ? flood : `${flood}${report(r, i)}${flood}`)];
  },
  hostile_markup: (r, i, scale) => {
    const n = int(r, 10, 400) * scale;
    const s = report(r, i);
    const forms = [
      () => `<html><body>${'<div>'.repeat(n * 5)}${s}${'</div>'.repeat(int(r, 0, n * 5))}</body></html>`,
      () => `<html><body><p>${`<b>${s.slice(0, 20)}</b>`.repeat(n * 10)}</p></body></html>`,
      () => `<html><body><p>${'&unknown; &#xFFFFFFFF; &#0; &amp'.repeat(n * 5)}${s}</p></body></html>`,
      () => `<p>${s}<script>${'<'.repeat(n)}</script><style>a{}<!--${'<p>'.repeat(n)}`,
      () => `<html><body>${'<table><tr><td>'.repeat(n)}${s}<!-- unterminated ${'<div'.repeat(n)}`,
      () => `<html><body><iframe src="javascript:alert(1)"></iframe><img src=x onerror=alert(1)><p>${s}</p><svg><script>alert(1)</script></svg></body></html>`,
      () => `<<<>>><</>${'<a href="'.repeat(n)}${s}`,
    ];
    return [pick(r, ['.html', '.htm', '']), utf8(pick(r, forms)())];
  },
  broken_jsonl: (r, i) => {
    const lines = Array.from({ length: int(r, 1, 8) }, (_, k) => {
      const good = JSON.stringify({ id: `j${i}-${k}`, text: report(r, i * 10 + k) });
      return pick(r, [good, good.slice(0, int(r, 1, good.length - 1)), '{', 'null', '42', '[1,2', '"text"', '{"text": 5}', '{"html": ""}', '{"title": null}', '\uFEFF' + good, '{"text": "\\ud800"}']);
    });
    return [pick(r, ['.jsonl', '.ndjson', '.json']), utf8(lines.join(pick(r, ['\n', '\r\n', '\n\n'])))];
  },
  proto_keys: (r, i) => {
    const s = report(r, i);
    const recs = [
      `{"__proto__": {"text": "${s}"}, "id": "p${i}"}`,
      `{"__proto__": null, "text": "${s}", "id": "q${i}"}`,
      `{"constructor": {"prototype": {"polluted": true}}, "text": "${s}"}`,
      `{"text": "${s}", "toString": 1, "valueOf": "x", "hasOwnProperty": null}`,
    ];
    return [pick(r, ['.jsonl', '.json']), utf8(pick(r, recs))];
  },
  feed_entities: (r, i, scale) => {
    const s = report(r, i);
    const laughs = Array.from({ length: 10 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`).join('');
    const pad = Array.from({ length: int(r, 10, 300) * scale }, (_, k) => `<!ENTITY pad${k} "${'x'.repeat(30)}">`).join('\n');
    const forms = [
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${laughs}]><rss><channel><title>&l9;</title><item><title>t</title><description>&l10;</description></item></channel></rss>`,
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x</title><description>&xxe;${s}</description></item></channel></rss>`,
      `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${pad}\n]>\n<rss version="2.0"><channel><title>و</title><item><guid>g${i}</guid><title>خبر ${i}</title><description>${s}</description></item></channel></rss>`,
      `<rss><channel><item><description>${'<![CDATA['.repeat(int(r, 1, 50))}${s}</description></item>`,
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a${i}</id><content type="html">&lt;p&gt;${s}&lt;/p&gt;</content></entry></feed>`,
    ];
    return [pick(r, ['.xml', '.rss', '']), utf8(pick(r, forms))];
  },
  gzip: (r, i) => [pick(r, ['.txt', '.json', '', '.html']), gzipSync(utf8(r() < 0.5 ? report(r, i) : JSON.stringify({ text: report(r, i) })))],
  deep_nesting: (r, i, scale) => {
    const n = int(r, 100, 5000) * scale;
    return r() < 0.5
      ? ['.json', utf8(`${'['.repeat(n)}${']'.repeat(n)}`)]
      : ['.jsonl', utf8(`{"text": "${report(r, i)}", "x": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`)];
  },
  long_line: (r, i, scale) => {
    const n = int(r, 2000, 60_000) * scale;
    const ch = pick(r, ['ا', 'x', '٣', '.', '،', '-', 'ـ', '\u0651', '&', '<']);
    return [pick(r, ['.txt', '', '.html']), utf8(`${report(r, i)}\n${ch.repeat(n)}\n${report(r, i + 1)}`)];
  },
  odd_name: (r, i) => [pick(r, ['.txt', '']), utf8(report(r, i))],
};

export const HOSTILE_KINDS = Object.keys(KINDS);

/** `perKind` inputs of each hostile kind plus `good` good reports, in a fixed order for a seed. */
export function hostileInputs(seed: number, perKind: number, good: number, scale = 1): HostileInput[] {
  const r = rng(seed);
  const out: HostileInput[] = [];
  for (const kind of HOSTILE_KINDS) {
    for (let i = 0; i < perKind; i++) {
      const [ext, bytes] = KINDS[kind](r, i, scale);
      // Some odd names are not valid UTF-8, or hold spaces, quotes, newlines and RTL marks.
      const stem = kind === 'odd_name'
        ? Buffer.concat([Buffer.from(`${kind}-${i}-`), pick(r, [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from(' \'"\n\u202E', 'utf8'), Buffer.from('نص', 'utf8')])])
        : Buffer.from(`${kind}-${i}`);
      out.push({ kind, name: Buffer.concat([stem, Buffer.from(ext)]), bytes, ...(kind === 'odd_name' ? { good: true } : {}) });
    }
  }
  for (let i = 0; i < good; i++) {
    const bytes = utf8(i % 3 === 0 ? `<html><head><title>خبر ${i}</title></head><body><article><p>${report(r, 100_000 + i)}</p></article></body></html>` : `خبر رقم ${i}\n\n${report(r, 100_000 + i)}`);
    out.push({ kind: 'good', name: Buffer.from(`good-${i}${i % 3 === 0 ? '.html' : '.txt'}`), bytes, good: true });
  }
  return out;
}
