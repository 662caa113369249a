// The container of the files the build writes beside the compiled code (the KB index, the NER tagger's data):
// the magic, a JSON header, then the typed arrays of the data, 8-byte aligned. Reading gives the data with every
// array a view of one SharedArrayBuffer (read in one go, never parsed: ready to hand to worker threads).
//
// A file carries the key of the files it was built from (a hash of the data files and the code that builds it)
// and is read only under that key, so that an edited TSV or recompiled code costs start-up time, never a stale
// answer. Hashing those files costs a tenth of a CPU-second, so the file also carries their stamp (size,
// modification and change times, inode): when every stamp is the same, no file was written since the build
// and the key is not computed. A file written since (its change time moves on every write, whatever its
// modification time says) or a checkout elsewhere falls back to the hash.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/** Which files a key covers: code under codeRoot (src/ or dist/), data under dataRoot (data/). */
export interface KeyedSources {
  /** Written into the hash first (the format's name and version). */
  label: string;
  codeRoot: string;
  dataRoot: string;
  /** Every .ts/.js file (not .d.ts) of these folders of codeRoot. */
  codeDirs: readonly string[];
  /** These modules of codeRoot, without extension (.ts and .js both taken when present). */
  codeFiles: readonly string[];
  /** Every file of these folders of dataRoot. */
  dataDirs: readonly string[];
  /** These files of dataRoot (absent ones are skipped). */
  dataFiles: readonly string[];
}

const isCode = (f: string) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts');

/** The files a key covers, as [root, relative path], in a fixed order. */
export function keyedFiles(s: KeyedSources): [string, string][] {
  const out: [string, string][] = [];
  const dir = (root: string, rel: string, keep: (f: string) => boolean) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    for (const f of readdirSync(full).sort()) if (keep(f) && statSync(path.join(full, f)).isFile()) out.push([root, `${rel}/${f}`]);
  };
  for (const d of s.codeDirs) dir(s.codeRoot, d, isCode);
  for (const f of s.codeFiles) for (const ext of ['.ts', '.js']) if (existsSync(path.join(s.codeRoot, f + ext))) out.push([s.codeRoot, f + ext]);
  for (const d of s.dataDirs) dir(s.dataRoot, d, () => true);
  for (const f of s.dataFiles) if (existsSync(path.join(s.dataRoot, f))) out.push([s.dataRoot, f]);
  return out;
}

/** Hash of the names and contents of the files a key covers. */
export function sourceKey(s: KeyedSources): string {
  const h = createHash('sha256');
  h.update(`${s.label}\n`);
  for (const [root, rel] of keyedFiles(s)) {
    h.update(`${root === s.dataRoot ? 'data' : 'code'}/${rel}\n`);
    h.update(readFileSync(path.join(root, rel)));
    h.update('\n');
  }
  return h.digest('hex');
}

/** Hash of the paths and stamps (size, mtime, ctime, inode, in ns) of the files a key covers: any write changes it. */
export function sourceStamp(s: KeyedSources): string {
  const h = createHash('sha256');
  h.update(`${s.label}\n`);
  for (const [root, rel] of keyedFiles(s)) {
    const st = statSync(path.join(root, rel), { bigint: true });
    h.update(`${path.join(root, rel)}\t${st.size}\t${st.mtimeNs}\t${st.ctimeNs}\t${st.ino}\n`);
  }
  return h.digest('hex');
}

const MAGIC = 'RASADPBF';

type Kind = 'u8' | 'i32' | 'f32' | 'f64';
/** A typed array in the file: its kind, byte offset in the data part and length in elements. */
type Block = { $block: [Kind, number, number] };
type Arr = Uint8Array | Int32Array | Float32Array | Float64Array;

const VIEWS: Record<Kind, (b: SharedArrayBuffer, off: number, n: number) => Arr> = {
  u8: (b, o, n) => new Uint8Array(b, o, n),
  i32: (b, o, n) => new Int32Array(b, o, n),
  f32: (b, o, n) => new Float32Array(b, o, n),
  f64: (b, o, n) => new Float64Array(b, o, n),
};

function kindOf(a: ArrayBufferView): Kind {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Float64Array) return 'f64';
  throw new Error(`prebuilt file: no block kind for ${a.constructor.name}`);
}

interface Header {
  key: string;
  stamp: string;
  size: number;
  data: unknown;
  /** Where the blocks stand in `data`: the keys and indexes leading to each (the reader visits only these). */
  blocks: (string | number)[][];
}

/**
 * The bytes of a file holding `data` (plain JSON values, with typed arrays anywhere in it) under `key` and `stamp`.
 * Maps, Sets and undefined are not allowed (JSON would lose them).
 */
export function encodePrebuilt(data: unknown, key: string, stamp: string): Buffer {
  const arrays: [number, Arr][] = [];
  let size = 0;
  const blocks: (string | number)[][] = [];
  const walk = (x: unknown, at: (string | number)[]): unknown => {
    if (ArrayBuffer.isView(x)) {
      const a = x as Arr;
      size = Math.ceil(size / 8) * 8;
      const b: Block = { $block: [kindOf(a), size, a.length] };
      arrays.push([size, a]);
      blocks.push(at);
      size += a.byteLength;
      return b;
    }
    if (x instanceof Map || x instanceof Set || x === undefined || typeof x === 'function') throw new Error('prebuilt file: a value JSON cannot hold');
    if (Array.isArray(x)) return x.map((v, i) => walk(v, [...at, i]));
    if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, [...at, k])]));
    return x;
  };
  const walked = walk(data, []);
  const json = Buffer.from(JSON.stringify({ key, stamp, size, data: walked, blocks } satisfies Header), 'utf8');
  const start = Math.ceil((12 + json.length) / 8) * 8;
  const out = Buffer.alloc(start + size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  for (const [off, a] of arrays) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + off);
  return out;
}

/**
 * The data of a prebuilt file when its stamp is `stamp()` or its key is `key()`, every array a view of one
 * SharedArrayBuffer; null when there is no such file, when it was built from other files (or by other code), when
 * it is cut short or cannot be read, or when RASAD_NO_PREBUILT is set.
 */
export function readPrebuiltFile<T>(file: string, key: () => string, stamp: () => string): T | null {
  if (process.env.RASAD_NO_PREBUILT || !existsSync(file)) return null;
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) !== 12 || head.toString('latin1', 0, 8) !== MAGIC) return null;
    const json = Buffer.alloc(head.readUInt32LE(8));
    if (readSync(fd, json, 0, json.length, 12) !== json.length) return null;
    const h = JSON.parse(json.toString('utf8')) as Header;
    const start = Math.ceil((12 + json.length) / 8) * 8;
    if (fstatSync(fd).size !== start + h.size) return null;
    if (h.stamp !== stamp() && h.key !== key()) return null;
    const buf = new SharedArrayBuffer(h.size);
    const bytes = new Uint8Array(buf);
    for (let done = 0; done < h.size; ) {
      const n = readSync(fd, bytes, done, h.size - done, start + done);
      if (n <= 0) return null;
      done += n;
    }
    // Only the blocks' places are visited: the rest of the header (the KB's records, thousands of objects) is
    // used as JSON.parse gave it.
    if (!Array.isArray(h.blocks)) return null;
    const holder = { data: h.data } as Record<string | number, unknown>;
    for (const at of h.blocks) {
      let parent = holder;
      let name: string | number = 'data';
      for (const k of at) {
        parent = parent[name] as Record<string | number, unknown>;
        name = k;
      }
      const b = (parent[name] as Block).$block;
      parent[name] = VIEWS[b[0]](buf, b[1], b[2]);
    }
    return holder.data as T;
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
