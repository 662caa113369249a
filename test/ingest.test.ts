import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes, DecodeError } from '../src/ingest/decode.js';
import { stripBoilerplate } from '../src/ingest/boilerplate.js';
import { extractHtml } from '../src/ingest/html.js';
import { parseFeed } from '../src/ingest/feed.js';
import { readInputs, type RawResult } from '../src/ingest/read.js';
import { assemble, isTitleLike } from '../src/ingest/assemble.js';

const AR = 'أعلنت وزارة الدفاع الأذربيجانية اليوم عن اشتباكات عنيفة في الإقليم.';

function encode1256(s: string): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in 1256: ${ch}`);
    return b;
  }));
}

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

test('decode: UTF-8 with and without BOM', () => {
  const plain = new TextEncoder().encode(AR);
  assert.equal(decodeBytes(plain).text, AR);
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
  assert.deepEqual([decodeBytes(bom).text, decodeBytes(bom).encoding], [AR, 'utf-8-bom']);
});

test('decode: UTF-16 LE/BE with a BOM and without one', () => {
  for (const le of [true, false]) {
    for (const bom of [true, false]) {
      const d = decodeBytes(utf16(AR, le, bom));
      assert.equal(d.text, AR, `le=${le} bom=${bom}`);
      assert.equal(d.encoding, le ? 'utf-16le' : 'utf-16be');
    }
  }
});

test('decode: Windows-1256 Arabic', () => {
  const d = decodeBytes(encode1256(AR));
  assert.equal(d.encoding, 'windows-1256');
  assert.equal(d.text, AR);
});

test('decode: a declared charset in HTML wins over guessing', () => {
  const html = `<html><head><meta charset="windows-1256"></head><body><p>${AR}</p></body></html>`;
  const bytes = encode1256(html);
  assert.equal(decodeBytes(bytes).text, html);
});

test('decode: mostly-valid UTF-8 with a broken sequence is kept and flagged', () => {
  const good = new TextEncoder().encode(AR.repeat(5));
  const broken = Uint8Array.from([...good.subarray(0, 40), 0xd8, 0x20, ...good.subarray(40)]);
  const d = decodeBytes(broken);
  assert.equal(d.lossy, true);
  assert.ok(d.text.includes('\uFFFD'));
});

test('decode: binary and empty inputs are refused with a code', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.throws(() => decodeBytes(png), (e: unknown) => e instanceof DecodeError && e.code === 'binary' && /PNG/.test(e.message));
  const random = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
  assert.throws(() => decodeBytes(random), (e: unknown) => e instanceof DecodeError && e.code === 'binary');
  assert.throws(() => decodeBytes(new Uint8Array()), (e: unknown) => e instanceof DecodeError && e.code === 'empty');
});

test('boilerplate: read-more lists, lone comment labels, embed errors, share rows, repeated captions and the source trailer', () => {
  const input = [
    'عنوان الخبر',
    '',
    'الفقرة الأولى من الخبر.',
    'An error occurred while retrieving the Tweet. It might have been deleted.',
    '  • الفقرة الأولى من الخبر',
    '    الفقرة الثانية من الخبر',
    'شارك على فيسبوك | تويتر | واتساب',
    'الفقرة الثانية من الخبر.',
    '',
    'المصدر: الميادين + وكالات',
    'اقرأ المزيد:',
    'عنوان مقال آخر',
    'عنوان مقال ثالث',
    'تعليق',
  ].join('\n');
  const c = stripBoilerplate(input);
  assert.equal(c.text, 'عنوان الخبر\n\nالفقرة الأولى من الخبر.\nالفقرة الثانية من الخبر.');
  assert.equal(c.outlet, 'الميادين');
});

test('boilerplate: a caption that adds facts (a place, a date) stays as its own paragraph', () => {
  const c = stripBoilerplate('قصف على المدينة ليلا.\n  • تصاعد الدخان بعد قصف مدينة ستيباناكرت - 7 أكتوبر 2020\nوتواصلت المعارك.');
  assert.equal(c.text, 'قصف على المدينة ليلا.\n\n• تصاعد الدخان بعد قصف مدينة ستيباناكرت - 7 أكتوبر 2020\n\nوتواصلت المعارك.');
});

test('boilerplate: a headline ticker glued before the story is dropped', () => {
  const ticker = 'وظائف شاغرة في شركة كبرى توقعات بأمطار غزيرة على معظم المناطق هل يغيب اللاعب عن المباراة؟ رسالة مؤثرة من النادي لنجمه السابق مايك جونسون رئيسا لمجلس النواب الأمريكي لقطات لاقتران القمر مع الزهرة في سماء الشمالية';
  const c = stripBoilerplate(`${ticker}\nاندلع قتال أمس الأحد بين البلدين.`);
  assert.equal(c.text, 'اندلع قتال أمس الأحد بين البلدين.');
});

test('html: article text, title, date, outlet and canonical url; scripts never leak', () => {
  const html = `<!doctype html><html><head><title>t</title>
    <meta property="og:title" content="اشتباكات في الإقليم">
    <meta property="og:site_name" content="الميادين">
    <meta property="article:published_time" content="2020-10-06T10:00:00Z">
    <link rel="canonical" href="https://example.org/a"></head>
    <body><nav>الرئيسية</nav><article><h1>اشتباكات في الإقليم</h1>
    <p>${AR} ${AR}</p><script>alert(1)</script><p onclick="x()">وقالت الوزارة إن <b>القوات</b> تقدمت. ${AR}</p></article></body></html>`;
  const a = extractHtml(html);
  assert.equal(a.title, 'اشتباكات في الإقليم');
  assert.equal(a.published, '2020-10-06');
  assert.equal(a.outlet, 'الميادين');
  assert.equal(a.url, 'https://example.org/a');
  assert.ok(a.text.includes('وقالت الوزارة إن القوات تقدمت.'));
  assert.ok(!a.text.includes('alert'));
  assert.ok(a.text.includes('\n\n'), 'paragraphs stay apart');
});

test('html: a page with no article and broken markup gives text or nothing, not an exception', () => {
  assert.equal(extractHtml('<html><body><div><img src=x onerror=alert(1)></div></body></html>').text, '');
  assert.doesNotThrow(() => extractHtml('<p>غير مغلق <b><i>نص</p></div></span><<>>'));
});

test('feeds: RSS 2.0 and Atom items become documents', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة</title>
    <item><title>خبر أول</title><link>https://e.org/1</link><guid>g1</guid><pubDate>Tue, 06 Oct 2020 08:00:00 GMT</pubDate>
    <description><![CDATA[<p>${AR}</p>]]></description></item>
    <item><title>خبر ثان</title><description>نص &amp; تفاصيل</description></item></channel></rss>`;
  const items = parseFeed(rss);
  assert.equal(items.length, 2);
  assert.deepEqual([items[0].id, items[0].title, items[0].published, items[0].url, items[0].outlet, items[0].text], ['g1', 'خبر أول', '2020-10-06', 'https://e.org/1', 'نشرة', AR]);
  assert.equal(items[1].text, 'نص & تفاصيل');
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title>
    <entry><id>urn:1</id><title>عنوان</title><link rel="alternate" href="https://e.org/a"/><published>2024-03-10T00:00:00Z</published>
    <content type="html">&lt;p&gt;${AR}&lt;/p&gt;</content></entry></feed>`;
  const e = parseFeed(atom);
  assert.deepEqual([e[0].id, e[0].url, e[0].published, e[0].text], ['urn:1', 'https://e.org/a', '2024-03-10', AR]);
});

async function collect(paths: string[], stdin?: Uint8Array): Promise<RawResult[]> {
  const out: RawResult[] = [];
  for await (const r of readInputs(paths, { stdin: stdin ? async () => stdin : undefined, maxBytes: 1024 * 1024 })) out.push(r);
  return out;
}

test('read: directories recursively in sorted order, JSONL ids or line numbers, errors per document', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-ingest-'));
  mkdirSync(path.join(dir, 'b'));
  writeFileSync(path.join(dir, 'b', 'z.txt'), `عنوان\n\n${AR}`);
  writeFileSync(path.join(dir, 'a.txt'), `عنوان آخر\n${AR}`);
  writeFileSync(path.join(dir, 'README.md'), '# not a document');
  writeFileSync(path.join(dir, 'c.jsonl'), [
    JSON.stringify({ id: 'x1', title: 'ع', text: AR, published: '2020-10-06' }),
    '{broken',
    '',
    JSON.stringify({ title: 'بلا معرف', html: `<p>${AR}</p>` }),
    JSON.stringify({ id: 'x3' }),
  ].join('\n'));
  writeFileSync(path.join(dir, 'd.bin'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(path.join(dir, 'e.txt'), '');
  writeFileSync(path.join(dir, 'f.html'), `<html><body><p>${'ب'.repeat(2 * 1024 * 1024)}</p></body></html>`);
  const rs = await collect([dir, path.join(dir, 'missing.txt')]);
  const names = rs.map((r) => (r.ok ? r.doc.input : `${r.input}!${r.error.code}`)).map((s) => s.replace(dir + path.sep, ''));
  assert.deepEqual(names, [
    'a.txt',
    'b/z.txt'.replace('/', path.sep),
    'c.jsonl#x1',
    'c.jsonl#2!bad_json',
    'c.jsonl#4',
    'c.jsonl#x3!bad_record',
    'e.txt!empty',
    'f.html!too_large',
    'missing.txt!not_found',
  ]);
  const explicit = await collect([path.join(dir, 'd.bin')]);
  assert.equal(!explicit[0].ok && explicit[0].error.code, 'binary');
});

test('read: stdin is sniffed (JSON Lines, HTML or text)', async () => {
  const jsonl = new TextEncoder().encode(JSON.stringify({ id: 's1', text: AR }) + '\n');
  const [r] = await collect(['-'], jsonl);
  assert.ok(r.ok && r.doc.input === '-#s1');
  const [t] = await collect(['-'], new TextEncoder().encode(`عنوان\n${AR}`));
  assert.ok(t.ok && t.doc.titleInBody);
});

test('assemble: first line of plain text is the title when it reads like one', () => {
  assert.ok(isTitleLike('إيران تستنفر قرب الحدود.. وتنشر بطاريات صواريخ '));
  assert.ok(!isTitleLike('على نحو متصاعد، ارتفعت وتيرة المواجهات في المدينة. '));
  const a = assemble({ input: 'x', title: null, body: `العنوان\r\n\r\n${AR}\r\nالمصدر: سبوتنيك`, titleInBody: true, published: null, outlet: null, url: null, warnings: [] });
  assert.equal(a.source.title, 'العنوان');
  assert.equal(a.text, `العنوان\n\n${AR}`);
  assert.equal(a.source.outlet, 'سبوتنيك');
  const b = assemble({ input: 'y', title: null, body: `${AR}\n${AR}`, titleInBody: true, published: null, outlet: null, url: null, warnings: [] });
  assert.equal(b.source.title, null);
  assert.equal(b.text, `${AR}\n${AR}`);
});

test('boilerplate: related-article trailers of any outlet are dropped, story lines that merely start alike stay', () => {
  const story = 'قال مسؤول محلي إن الأمطار أغرقت عشرات المنازل في البلدة.';
  const input = [
    story,
    'رابط الخبر بصحيفة اليوم المسائية',
    'رابط المقال على موقع الوطن',
    'اقرأ أيضا: افتتاح معرض الكتاب في المدينة',
    'للمزيد من التفاصيل اضغط هنا',
    'للمزيد',
  ].join('\n');
  const c = stripBoilerplate(input);
  assert.equal(c.text.trim(), story);
  const kept = 'لمزيد من الضغط على الحكومة، نظم السكان وقفة أمام البلدية.';
  assert.equal(stripBoilerplate(`${story}\n${kept}`).text.trim(), `${story}\n${kept}`);
});

test('boilerplate: a closing "link to the story at outlet X:" trailer names the outlet', () => {
  const story = 'قال مسؤول محلي إن الأمطار أغرقت عشرات المنازل في البلدة.';
  const c = stripBoilerplate(`${story}\n\nرابط الخبر بصحيفة الشرق اليوم: الأمطار تغرق البلدة`);
  assert.equal(c.text.trim(), story);
  assert.equal(c.outlet, 'الشرق اليوم');
  // Not at the end: dropped, but it names no outlet of this report.
  const d = stripBoilerplate(`رابط الخبر بصحيفة الشرق اليوم: عنوان\n${story}`);
  assert.equal(d.text.trim(), story);
  assert.equal(d.outlet, null);
});

test('boilerplate: a "link to the story" trailer glued after the last sentence is dropped with its headline', () => {
  const story = 'قال مسؤول محلي إن الأمطار أغرقت عشرات المنازل في البلدة.';
  const c = stripBoilerplate(`${story} رابط الخبر بصحيفة الشرق اليوم: اشتباكات في البلدة`);
  assert.equal(c.text.trim(), story);
  // Inside a sentence, the words stay.
  const kept = 'ونشر الموقع رابط الخبر بصحيفة محلية: وفق مراسلها';
  assert.equal(stripBoilerplate(kept).text.trim(), kept);
});
