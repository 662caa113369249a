// Walks the inputs (files, directories, '-') and yields raw documents or per-document errors.
// Nothing here throws for a bad document: it becomes an error result and the walk goes on.
import type { DocError } from '../doc.js';
import { decodeBytes, DecodeError } from './decode.js';
import { extractHtml } from './html.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { FEED_EXT, HTML_EXT, JSON_EXT, listFiles, openRegular } from './files.js';
import { boundedLines } from './lines.js';

export interface RawDoc {
  input: string;
  title: string | null;
  body: string;
  /** True when the body's first line is the title (plain text): the assembler splits it off. */
  titleInBody?: boolean;
  published: string | null;
  outlet: string | null;
  url: string | null;
  warnings: string[];
}

export type RawResult = { ok: true; doc: RawDoc } | { ok: false; input: string; error: DocError };

export interface ReadOptions {
  /** Largest single document accepted, in bytes (or UTF-16 units for records). */
  maxBytes?: number;
  /** Reads standard input for '-'. */
  stdin?: () => Promise<Uint8Array>;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** A .json file (an array of records) may hold this many documents' worth of bytes. */
const JSON_FILE_FACTOR = 8;

const TEXT_EXT = new Set(['.txt', '.text']);

const fail = (input: string, code: string, message: string): RawResult => ({ ok: false, input, error: { code, message } });
const tooLarge = (input: string, bytes: number, maxBytes: number) =>
  fail(input, 'too_large', `document is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`);

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null;
}

/** A JSON ingest record -> raw document. */
export function recordToRaw(rec: unknown, input: string, maxBytes: number): RawResult {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return fail(input, 'bad_record', 'record is not a JSON object');
  const r = rec as Record<string, unknown>;
  const html = str(r.html);
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  if ((html?.length ?? 0) > maxBytes || (text?.length ?? 0) > maxBytes) return fail(input, 'too_large', `record larger than ${maxBytes} characters`);
  const base = { input, published: str(r.published) ?? str(r.date), outlet: str(r.outlet) ?? str(r.source), url: str(r.url), warnings: [] as string[] };
  if (text != null) return { ok: true, doc: { ...base, title: str(r.title), body: text } };
  if (html != null) {
    const a = extractHtml(html, base.url);
    const doc = { ...base, title: str(r.title) ?? a.title, body: a.text, published: base.published ?? a.published, outlet: base.outlet ?? a.outlet };
    return { ok: true, doc: { ...doc, warnings: a.warnings ?? [] } };
  }
  if (str(r.title)) return { ok: true, doc: { ...base, title: str(r.title), body: '' } };
  return fail(input, 'bad_record', 'record has neither text nor html');
}

function fromText(text: string, input: string, kind: 'text' | 'html' | 'feed' | 'json'): RawResult[] {
  if (kind === 'feed') {
    const items = parseFeed(text);
    if (!items.length) return [fail(input, 'empty', 'feed holds no items')];
    return items.map((it, i) => ({
      ok: true as const,
      doc: { input: `${input}#${it.id ?? i + 1}`, title: it.title, body: it.text, published: it.published, outlet: it.outlet, url: it.url, warnings: [] },
    }));
  }
  if (kind === 'html') {
    const a = extractHtml(text);
    return [{ ok: true, doc: { input, title: a.title, body: a.text, published: a.published, outlet: a.outlet, url: a.url, warnings: a.warnings ?? [] } }];
  }
  if (kind === 'json') {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
      const arr = JSON.parse(trimmed) as unknown[];
      if (!Array.isArray(arr)) return [fail(input, 'bad_json', 'not a JSON array of records')];
      if (!arr.length) return [fail(input, 'empty', 'JSON array holds no records')];
      return arr.map((rec, i) => recordToRaw(rec, `${input}#${idOf(rec) ?? i + 1}`, Infinity));
    }
    const out: RawResult[] = [];
    trimmed.split('\n').forEach((l, i) => {
      const r = jsonLine(l, i + 1, input, Infinity);
      if (r) out.push(r);
    });
    return out.length ? out : [fail(input, 'empty', 'no records')];
  }
  return [{ ok: true, doc: { input, title: null, body: text, titleInBody: true, published: null, outlet: null, url: null, warnings: [] } }];
}

const idOf = (rec: unknown): string | null =>
  rec && typeof rec === 'object' ? str((rec as Record<string, unknown>).id) : null;

function jsonLine(line: string, lineNo: number, input: string, maxBytes: number): RawResult | null {
  if (!line.trim()) return null;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return fail(`${input}#${lineNo}`, 'bad_json', `line ${lineNo}: ${(e as Error).message.slice(0, 200)}`);
  }
  return recordToRaw(rec, `${input}#${idOf(rec) ?? lineNo}`, maxBytes);
}

function sniff(text: string, ext: string): 'text' | 'html' | 'feed' | 'json' {
  if (HTML_EXT.has(ext)) return 'html';
  if (JSON_EXT.has(ext)) return 'json';
  const head = text.slice(0, 4096).trimStart();
  // A feed is known by its first element, however long the prolog (a DOCTYPE) before it.
  if (FEED_EXT.has(ext) || head.startsWith('<')) {
    if (looksLikeFeed(text)) return 'feed';
    if (FEED_EXT.has(ext)) return 'html';
  }
  if (TEXT_EXT.has(ext)) return 'text';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^\{\s*"/.test(head)) return 'json';
  return 'text';
}

const NUL = /\u0000/g;

/** Documents in one byte buffer (a file or stdin). */
export function readBuffer(bytes: Uint8Array, input: string, ext: string, maxBytes = DEFAULT_MAX_BYTES): RawResult[] {
  if (bytes.length > maxBytes && !JSON_EXT.has(ext)) return [tooLarge(input, bytes.length, maxBytes)];
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return [fail(input, e.code, e.message)];
    throw e;
  }
  const hadNul = decoded.text.includes('\u0000');
  const text = hadNul ? decoded.text.replace(NUL, '') : decoded.text;
  if (!text.trim()) return [fail(input, 'empty', 'the file holds only white space')];
  const kind = sniff(text, ext);
  try {
    const results = fromText(text, input, kind);
    for (const r of results) {
      if (!r.ok) continue;
      if (decoded.lossy) r.doc.warnings.push('invalid UTF-8 sequences were replaced');
      if (decoded.encoding !== 'utf-8') r.doc.warnings.push(`decoded as ${decoded.encoding}`);
      if (hadNul) r.doc.warnings.push('NUL bytes were removed');
    }
    return results;
  } catch (e) {
    return [fail(input, `bad_${kind}`, (e as Error).message.slice(0, 300))];
  }
}

async function* readJsonlFile(handle: import('node:fs/promises').FileHandle, input: string, maxBytes: number): AsyncGenerator<RawResult> {
  let any = false;
  // A line may hold a record of up to maxBytes characters, each up to 3 bytes in UTF-8 and more when escaped.
  for await (const line of boundedLines(handle.createReadStream(), maxBytes * 6)) {
    if ('tooLong' in line) {
      any = true;
      yield fail(`${input}#${line.no}`, 'too_large', `line ${line.no} is ${(line.tooLong / 1048576).toFixed(1)} MB`);
      continue;
    }
    const r = jsonLine(line.text.replace(/^\uFEFF/, '').replace(NUL, ''), line.no, input, maxBytes);
    if (r) {
      any = true;
      yield r;
    }
  }
  if (!any) yield fail(input, 'empty', 'no records');
}

async function* readFile(file: Buffer, input: string, ext: string, maxBytes: number): AsyncGenerator<RawResult> {
  let opened;
  try {
    opened = await openRegular(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield fail(input, err.code === 'ENOENT' ? 'not_found' : 'read_error', `${input}: ${err.code ?? err.message}`);
    return;
  }
  if ('error' in opened) {
    yield fail(input, 'not_a_file', `${input}: ${opened.error}`);
    return;
  }
  const { handle, size } = opened;
  try {
    if (ext === '.jsonl' || ext === '.ndjson') {
      yield* readJsonlFile(handle, input, maxBytes);
      return;
    }
    // Refused before reading, let alone decoding: the size is known from the open file.
    const limit = JSON_EXT.has(ext) ? maxBytes * JSON_FILE_FACTOR : maxBytes;
    if (size > limit) {
      yield tooLarge(input, size, limit);
      return;
    }
    const bytes = await handle.readFile();
    yield* readBuffer(bytes, input, ext, JSON_EXT.has(ext) ? Infinity : maxBytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield fail(input, 'read_error', `${input}: ${err.code ?? err.message}`);
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Standard input, up to one byte past `limit` (enough to know it is too large). */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    n += (c as Buffer).length;
    if (n > limit) break;
  }
  return Buffer.concat(chunks);
}

/** Every document named by `paths`, in order; directories recursively in sorted name order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<RawResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const p of paths) {
    if (p === '-') {
      const bytes = await (opts.stdin ?? (() => readStdin(maxBytes)))();
      yield* readBuffer(bytes, '-', '', maxBytes);
      continue;
    }
    for await (const f of listFiles(p)) {
      if (!f.ok) yield fail(f.name, f.code, f.message);
      else yield* readFile(f.path, f.name, f.ext, maxBytes);
    }
  }
}
