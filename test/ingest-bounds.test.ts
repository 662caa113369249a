// Bounds on what the reader accepts and how much a page may cost: pathological HTML is read in
// linear time, every input (odd names, links, FIFOs, empty-in-effect files) ends as a document or
// an error line. Tests wait for completion; none reads the clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../src/ingest/decode.js';
import { extractHtml, MAX_DOM_TAGS } from '../src/ingest/html.js';
import { firstElementName } from '../src/ingest/feed.js';
import { readBuffer, readInputs, type RawResult } from '../src/ingest/read.js';
import { assemble, breakLongRuns, breakLongSentences, capBlankRuns, MAX_BLANK_RUN, MAX_RUN, MAX_SENTENCE } from '../src/ingest/assemble.js';
import { printableName } from '../src/ingest/files.js';
import { stripBoilerplate } from '../src/ingest/boilerplate.js';

const AR = 'قصفت القوات مواقع في المدينة وقتل شخصان في الهجوم.';

test('html: pathological pages are read by a bounded path and keep their text', () => {
  const deep = extractHtml(`<html><body>${'<div>'.repeat(20_000)}${AR}${'</div>'.repeat(20_000)}</body></html>`);
  assert.equal(deep.text, AR);
  assert.match(deep.warnings?.[0] ?? '', /nested more than/);
  const wide = extractHtml(`<html><body><p>${`<b>${AR}</b>`.repeat(20_000)}</p></body></html>`);
  assert.equal(wide.text.length, AR.length * 20_000);
  assert.match(wide.warnings?.[0] ?? '', /children/);
  const entities = extractHtml(`<html><body><p>${'&foo; '.repeat(10_000)}${AR}</p></body></html>`);
  assert.ok(entities.text.endsWith(AR));
  const huge = extractHtml(`<title>عنوان</title>${'<i>'.repeat(MAX_DOM_TAGS + 1)}${AR}<script>var x = "<p>";</script>&amp;`);
  assert.equal(huge.title, 'عنوان');
  assert.equal(huge.text, `عنوان${AR}&`);
  assert.match(huge.warnings?.[0] ?? '', /tags/);
  // An ordinary page still goes through the article finder, without warnings.
  const plain = extractHtml(`<html><head><title>ت</title></head><body><article><p>${AR.repeat(5)}</p></article></body></html>`);
  assert.equal(plain.warnings, undefined);
  assert.ok(plain.text.includes(AR));
});

test('feeds: a DOCTYPE longer than the sniff window does not hide the <rss> element', () => {
  const entities = Array.from({ length: 400 }, (_, i) => `<!ENTITY e${i} "قيمة ${i} > ما">`).join('\n');
  const xml = `<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE rss [\n${entities}\n]>\n<rss version="2.0"><channel><title>و</title><item><title>خبر</title><description>${AR}</description></item></channel></rss>`;
  assert.ok(xml.indexOf('<rss') > 4096);
  assert.equal(firstElementName(xml), 'rss');
  const [r] = readBuffer(new TextEncoder().encode(xml), 'f.xml', '');
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.doc.body, AR);
  assert.equal(firstElementName('<?xml version="1.0"?><html><body>'), 'html');
  assert.equal(firstElementName('<!DOCTYPE x [ <!ENTITY'), null);
});

test('decode: seven bytes of binary are not UTF-16; real BOM-less UTF-16 still is', () => {
  assert.throws(() => decodeBytes(Uint8Array.from([0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x04])));
  const le = Buffer.from('\u0000' + AR, 'utf16le').subarray(2);
  assert.equal(decodeBytes(le).encoding, 'utf-16le');
  assert.equal(decodeBytes(le).text, AR);
});

test('read: NULs are stripped everywhere; empty-in-effect files get an error line', () => {
  const late = new TextEncoder().encode(`${'ا '.repeat(6000)}\u0000${AR}`);
  const [r] = readBuffer(late, 'n.txt', '.txt');
  assert.ok(r.ok && !r.doc.body.includes('\u0000') && r.doc.warnings.includes('NUL bytes were removed'));
  const rec = readBuffer(new TextEncoder().encode(JSON.stringify({ text: `a\u0000${AR}`, title: 't\u0000' })), 'r.json', '.json');
  assert.ok(rec[0].ok);
  const a = assemble(rec[0].doc);
  assert.ok(!a.text.includes('\u0000') && a.source.title === 't');
  for (const [bytes, ext] of [['  \n\t ', '.json'], ['\uFEFF', '.json'], ['[]', '.json'], [' [ ] ', '.json'], ['\n\n', '.txt']] as const) {
    const out = readBuffer(new TextEncoder().encode(bytes), 'x', ext);
    assert.equal(out.length, 1, JSON.stringify(bytes));
    assert.equal(!out[0].ok && out[0].error.code, 'empty', JSON.stringify(bytes));
  }
});

test('assemble: a run without spaces is broken every MAX_RUN characters, in linear time', () => {
  const broken = breakLongRuns('ب'.repeat(MAX_RUN * 3 + 7));
  assert.deepEqual(broken.split(' ').map((w) => w.length), [MAX_RUN, MAX_RUN, MAX_RUN, 7]);
  assert.equal(breakLongRuns(AR), AR);
  const a = assemble({ input: 'x', title: null, body: `${AR}\n${'x'.repeat(2_000_000)}`, published: null, outlet: null, url: null, warnings: [] });
  assert.ok(Math.max(...a.text.split(/\s/).map((w) => w.length)) <= MAX_RUN);
});

test('assemble: a stretch without a sentence end is broken into lines of at most MAX_SENTENCE characters', () => {
  const words = 'هاجمت الشرطة مواقع '.repeat(2000);
  const lines = breakLongSentences(words).split('\n');
  assert.ok(lines.length > 1 && lines.every((l) => l.length <= MAX_SENTENCE));
  assert.equal(lines.join(' '), words);
  const punctuated = `${AR} `.repeat(500);
  assert.equal(breakLongSentences(punctuated), punctuated);
});

test('assemble: runs of blanks within a line are cut to MAX_BLANK_RUN; line breaks are kept', () => {
  assert.equal(capBlankRuns(`a${' '.repeat(100_000)}b\n\n\nc\t\td`), `a${' '.repeat(MAX_BLANK_RUN)}b\n\n\nc\t\td`);
  assert.equal(capBlankRuns(`a${' \t'.repeat(40)}\n${' '.repeat(70)}`), `a${' \t'.repeat(32)}\n${' '.repeat(MAX_BLANK_RUN)}`);
});

test('boilerplate: worst cases for the patterns finish (no backtracking blow-up) and keep the text', () => {
  const share = 'Twitter  '.repeat(2000) + '!';
  const spaces = `${AR}${' '.repeat(200_000)}x`;
  const trailers = Array.from({ length: 5000 }, () => 'المصدر: وكالة').join('\n');
  const captions = Array.from({ length: 3000 }, (_, i) => `• صورة ${i}\n  شرح`).join('\n');
  const out = stripBoilerplate([AR, share, spaces, `${spaces}   `, trailers, captions].join('\n'));
  assert.ok(out.text.startsWith(`${AR}\n${share}`));
  assert.ok(out.text.includes(`${AR}${' '.repeat(200_000)}x\n`));
});

async function collect(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const r of readInputs(paths, { maxBytes: 1024 * 1024 }) as AsyncGenerator<RawResult>) {
    out.push(r.ok ? r.doc.input : `${r.input}!${r.error.code}`);
  }
  return out;
}

test('read: odd names, symlinks, loops, dangling links and FIFOs are each accounted for', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-inputs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const d = Buffer.from(dir + path.sep);
  writeFileSync(Buffer.concat([d, Buffer.from([0x61, 0xff, 0x5c, 0x2e, 0x74, 0x78, 0x74])]), AR); // a\xFF\.txt
  writeFileSync(path.join(dir, 'b.txt'), AR);
  symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
  symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'd.txt'));
  mkdirSync(path.join(dir, 'e'));
  symlinkSync(dir, path.join(dir, 'e', 'loop'));
  execFileSync('mkfifo', [path.join(dir, 'f.txt')]);
  writeFileSync(path.join(dir, 'g.json'), '[]');
  const rel = (s: string) => s.replace(dir + path.sep, '');
  const got = (await collect([dir])).map(rel);
  assert.deepEqual(got, [
    'a\\xFF\\\\.txt',
    'b.txt',
    'c.txt',
    'd.txt!dangling_link',
    `e${path.sep}loop!symlink_loop`,
    'f.txt!not_a_file',
    'g.json!empty',
  ]);
  // A FIFO named on the command line is refused at once, not read (which would block).
  assert.deepEqual((await collect([path.join(dir, 'f.txt')])).map(rel), ['f.txt!not_a_file']);
  assert.equal(printableName(Buffer.from('نص.txt')), 'نص.txt');
});
