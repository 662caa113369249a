// The files named by the inputs, as bytes: paths are kept as Buffers so that a name that is not
// valid UTF-8 is opened as it is, and shown in a lossless printable form. Symlinks are followed
// (loops reported), dangling links and special files (FIFOs, sockets, devices) become error lines,
// and nothing is opened in a way that can block (a FIFO is never read).
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** A file to read, or an error line for an input that cannot be one. */
export type FileEntry =
  | { ok: true; path: Buffer; name: string; ext: string }
  | { ok: false; name: string; code: string; message: string };

const TEXT_EXT = new Set(['.txt', '.text']);
export const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
export const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
export const JSON_EXT = new Set(['.json', '.jsonl', '.ndjson']);

/** In a directory, only files that look like documents are read (no README.md, images, ...). */
export function isDocumentName(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return ext === '' || TEXT_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext) || JSON_EXT.has(ext);
}

/**
 * A file name's bytes as printable text: UTF-8 names as they are; in any other name each byte that
 * is not part of valid UTF-8 is written \xNN and a backslash \\, so that no two names read alike.
 */
export function printableName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(bytes)) return text;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const len = utf8Length(bytes, i);
    if (len > 0) {
      const ch = bytes.toString('utf8', i, i + len);
      out += ch === '\\' ? '\\\\' : ch;
      i += len;
    } else {
      out += `\\x${bytes[i].toString(16).padStart(2, '0').toUpperCase()}`;
      i++;
    }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at i, or 0. */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i];
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
    return cp < 0x10000 || cp > 0x10ffff ? 0 : 4;
  }
  return 0;
}

const special = (st: Stats): string | null =>
  st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : null;

const errorCode = (e: NodeJS.ErrnoException): string =>
  e.code === 'ENOENT' ? 'not_found' : e.code === 'ELOOP' ? 'symlink_loop' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission_denied' : 'read_error';

/** The entry for one path: a regular file, a directory's files (sorted by name bytes), or an error. */
async function* entries(p: Buffer, name: string, seenDirs: Set<string>): AsyncGenerator<FileEntry> {
  let st: Stats;
  try {
    st = await fs.stat(p);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    let code = errorCode(err);
    // stat follows links: a link whose target is missing is dangling, not missing.
    if (code === 'not_found' && (await fs.lstat(p).then((l) => l.isSymbolicLink(), () => false))) code = 'dangling_link';
    yield { ok: false, name, code, message: `${name}: ${code === 'dangling_link' ? 'symbolic link to a missing file' : err.code ?? err.message}` };
    return;
  }
  if (st.isDirectory()) {
    const key = `${st.dev}:${st.ino}`;
    if (seenDirs.has(key)) {
      yield { ok: false, name, code: 'symlink_loop', message: `${name}: a link back to a folder already being read` };
      return;
    }
    seenDirs.add(key);
    let names: Buffer[];
    try {
      names = await fs.readdir(p, { encoding: 'buffer' });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield { ok: false, name, code: errorCode(err), message: `${name}: ${err.code ?? err.message}` };
      seenDirs.delete(key);
      return;
    }
    names.sort(Buffer.compare);
    for (const child of names) {
      if (child[0] === 0x2e) continue; // hidden
      const childName = printableName(child);
      if (!isDocumentName(childName)) continue;
      yield* entries(Buffer.concat([p, Buffer.from(path.sep), child]), `${name}${path.sep}${childName}`, seenDirs);
    }
    seenDirs.delete(key);
    return;
  }
  const kind = special(st);
  if (kind) {
    yield { ok: false, name, code: 'not_a_file', message: `${name}: ${kind}, not a document file` };
    return;
  }
  yield { ok: true, path: p, name, ext: path.extname(name).toLowerCase() };
}

/** The files an input path names (itself, or a directory's document files recursively). */
export function listFiles(input: string): AsyncGenerator<FileEntry> {
  return entries(Buffer.from(input), input, new Set());
}

/**
 * Opens a regular file without blocking (O_NONBLOCK, so a file swapped for a FIFO after listing
 * does not hang) and checks again that it is one.
 */
export async function openRegular(p: Buffer): Promise<{ handle: fs.FileHandle; size: number } | { error: string }> {
  const handle = await fs.open(p, constants.O_RDONLY | constants.O_NONBLOCK);
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    return { error: `${special(st) ?? 'not a regular file'}, not a document file` };
  }
  return { handle, size: st.size };
}
