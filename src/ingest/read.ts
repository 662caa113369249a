// Walks the inputs (files, directories, '-') and yields raw documents or per-document errors.
// Nothing here throws for a bad document: it becomes an error result and the walk goes on.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { DocError } from '../doc.js';
import { decodeBytes, DecodeError } from './decode.js';
import { extractHtml } from './html.js';
import { looksLikeFeed, parseFeed } from './feed.js';

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

const TEXT_EXT = new Set([".txt", ".text"]);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
const JSON_EXT = new Set(['.json', '.jsonl', '.ndjson']);

/** In a directory, only files that look like documents are read (no README.md, images, ...). */
function isDocumentFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return ext === '' || TEXT_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext) || JSON_EXT.has(ext);
}

const fail = (input: string, code: string, message: string): RawResult => ({ ok: false, input, error: { code, message } });

/** The document files under `dir`, recursively, in the order readInputs reads them. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && isDocumentFile(e.name)) yield p;
  }
}

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
    return { ok: true, doc: { ...base, title: str(r.title) ?? a.title, body: a.text, published: base.published ?? a.published, outlet: base.outlet ?? a.outlet } };
  }
  if (str(r.title)) return { ok: true, doc: { ...base, title: str(r.title), body: '' } };
  return fail(input, 'bad_record', 'record has neither text nor html');
}

function fromText(text: string, input: string, kind: 'text' | 'html' | 'feed' | 'json'): RawResult[] {
  if (kind === 'feed') {
    const items = parseFeed(text);
    return items.map((it, i) => ({
      ok: true as const,
      doc: { input: `${input}#${it.id ?? i + 1}`, title: it.title, body: it.text, published: it.published, outlet: it.outlet, url: it.url, warnings: [] },
    }));
  }
  if (kind === 'html') {
    const a = extractHtml(text);
    return [{ ok: true, doc: { input, title: a.title, body: a.text, published: a.published, outlet: a.outlet, url: a.url, warnings: [] } }];
  }
  if (kind === 'json') {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
      const arr = JSON.parse(trimmed) as unknown[];
      return arr.map((rec, i) => recordToRaw(rec, `${input}#${idOf(rec) ?? i + 1}`, Infinity));
    }
    return jsonLines(trimmed.split('\n'), input, Infinity);
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
    return fail(`${input}#${lineNo}`, 'bad_json', `line ${lineNo}: ${(e as Error).message}`);
  }
  return recordToRaw(rec, `${input}#${idOf(rec) ?? lineNo}`, maxBytes);
}

function jsonLines(lines: string[], input: string, maxBytes: number): RawResult[] {
  const out: RawResult[] = [];
  lines.forEach((l, i) => {
    const r = jsonLine(l, i + 1, input, maxBytes);
    if (r) out.push(r);
  });
  return out;
}

function sniff(text: string, ext: string): 'text' | 'html' | 'feed' | 'json' {
  if (HTML_EXT.has(ext)) return 'html';
  if (JSON_EXT.has(ext)) return 'json';
  const head = text.slice(0, 4096).trimStart();
  if (FEED_EXT.has(ext) || (head.startsWith('<') && looksLikeFeed(head))) return looksLikeFeed(head) ? 'feed' : 'html';
  if (TEXT_EXT.has(ext)) return 'text';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^\{\s*"/.test(head)) return 'json';
  return 'text';
}

/** Documents in one byte buffer (a file or stdin). */
export function readBuffer(bytes: Uint8Array, input: string, ext: string, maxBytes = DEFAULT_MAX_BYTES): RawResult[] {
  if (bytes.length > maxBytes && !JSON_EXT.has(ext)) {
    return [fail(input, 'too_large', `document is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`)];
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return [fail(input, e.code, e.message)];
    throw e;
  }
  const kind = sniff(decoded.text, ext);
  try {
    const results = fromText(decoded.text, input, kind);
    if (decoded.lossy || decoded.encoding !== 'utf-8') {
      for (const r of results) {
        if (!r.ok) continue;
        if (decoded.lossy) r.doc.warnings.push('invalid UTF-8 sequences were replaced');
        if (decoded.encoding !== 'utf-8') r.doc.warnings.push(`decoded as ${decoded.encoding}`);
      }
    }
    return results;
  } catch (e) {
    return [fail(input, `bad_${kind}`, (e as Error).message)];
  }
}

async function* readJsonlFile(file: string, maxBytes: number): AsyncGenerator<RawResult> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    const r = jsonLine(line.replace(/^\uFEFF/, ''), lineNo, file, maxBytes);
    if (r) yield r;
  }
}

async function* readFile(file: string, opts: ReadOptions): AsyncGenerator<RawResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === '.jsonl' || ext === '.ndjson') {
      yield* readJsonlFile(file, maxBytes);
      return;
    }
    const stat = await fs.stat(file);
    if (stat.size > maxBytes && !JSON_EXT.has(ext)) {
      yield fail(file, 'too_large', `document is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`);
      return;
    }
    const bytes = await fs.readFile(file);
    yield* readBuffer(bytes, file, ext, JSON_EXT.has(ext) ? Infinity : maxBytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield fail(file, err.code === 'ENOENT' ? 'not_found' : 'read_error', err.message);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Every document named by `paths`, in order; directories recursively in sorted name order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<RawResult> {
  for (const p of paths) {
    if (p === '-') {
      const bytes = await (opts.stdin ?? readStdin)();
      yield* readBuffer(bytes, '-', '', opts.maxBytes ?? DEFAULT_MAX_BYTES);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      yield fail(p, 'not_found', (e as Error).message);
      continue;
    }
    if (stat.isDirectory()) {
      for await (const f of walk(p)) yield* readFile(f, opts);
    } else {
      yield* readFile(p, opts);
    }
  }
}
