// The learned speller of name words no table holds: its builder (alignment, Kneser-Ney), its file, its use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { align, modelText, tablePairs, trainModel, trainOrigin } from '../scripts/build-translit-model.js';
import { BOS, EOS, looksArabic, modelOf, originTables, parseJointModel, spellWith, TRANSLIT_MODEL_FILE, type JointModel } from '../src/arabic/translit-model.js';
import { encodeTranslitTables, loadTranslitModel, readTranslitTables, translitModel, translitModelSources, translitTablesFromTsv } from '../src/arabic/translit-model-file.js';
import { sourceKey } from '../src/prebuilt-file.js';
import { knownNameWord, spellOut, transliterate } from '../src/arabic/translit.js';
import { dataPath, loadTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const TINY = [
  { ar: 'باب', en: 'bab' }, { ar: 'بابا', en: 'baba' }, { ar: 'كمال', en: 'kamal' }, { ar: 'جمال', en: 'jamal' },
  { ar: 'كريم', en: 'karim' }, { ar: 'سليم', en: 'salim' }, { ar: 'سمير', en: 'samir' }, { ar: 'منير', en: 'munir' },
  { ar: 'شريف', en: 'sharif' }, { ar: 'لطيف', en: 'latif' }, { ar: 'نبيل', en: 'nabil' }, { ar: 'جميل', en: 'jamil' },
];

test('alignment: each letter writes a chunk of the spelling, vowels with the consonant before them', () => {
  const units = align(TINY);
  assert.equal(units.length, TINY.length);
  for (const [i, word] of units.entries()) {
    assert.deepEqual(word.map((u) => u.ar).join(''), TINY[i].ar);
    assert.equal(word.map((u) => u.en).join(''), TINY[i].en);
  }
  // كمال: ك writes ka, م m, ا a, ل l (the short vowel goes with the consonant before it).
  assert.deepEqual(units[2].map((u) => u.en), ['ka', 'm', 'a', 'l']);
});

test('a model trained on a tiny table spells its words and a new word of the same pattern', () => {
  const t = trainModel(TINY, 3, new Set(), new Set(), 1);
  for (const p of TINY) assert.equal(spellWith(t.model, p.ar)?.toLowerCase(), p.en, p.ar);
  // سريم: the pattern of كريم and سمير.
  assert.equal(spellWith(t.model, 'سريم'), 'Sarim');
  // A letter the model never saw: no spelling (translit.ts then spells letter by letter).
  assert.equal(spellWith(t.model, 'خطط'), undefined);
});

test('the model file reads back to the same speller and origin classifier', () => {
  const t = trainModel(TINY, 3, new Set(['كريم', 'سليم', 'جميل']), new Set(), 1);
  const back = parseJointModel(modelText(t, TINY.length, ['tiny']));
  for (const w of ['سريم', 'كميل', 'بلال']) {
    assert.equal(spellWith(back, w), spellWith(t.model, w), w);
    assert.equal(looksArabic(back, w), looksArabic(t.model, w), w);
  }
});

test('origin: a word with the letters of the Arabic names reads as Arabic, one with the foreign ones as foreign', () => {
  const origin = trainOrigin(['حمدان', 'عبدان', 'حمود', 'محمود'], ['فلادو', 'بيترو', 'فيرو', 'كارلو']);
  const m = { ...trainModel(TINY, 3, new Set(), new Set(), 1).model, ...originTables(origin) };
  assert.equal(looksArabic(m, 'حمدو'), true);
  assert.equal(looksArabic(m, 'فيترو'), false);
});

test('name_spellings pairs: the article left out, spellings lowercased letters', () => {
  const pairs = tablePairs('# x\nar\ten\tcount\tsource\nالعبيدي\tObaidi\t2/2\twikidata\nعبيد\tObaid\t2/2\twikidata\n');
  assert.deepEqual(pairs, [{ ar: 'عبيد', en: 'obaid' }]);
});

test('translit_model.tsv: a header naming its sources and licences, units of matching-form letters', () => {
  const text = readFileSync(dataPath(TRANSLIT_MODEL_FILE), 'utf8');
  const head = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
  assert.match(head, /scripts\/build-translit-model\.ts/);
  assert.match(head, /name_spellings\.tsv/);
  assert.match(head, /CC0/);
  assert.match(head, /MIT/);
  assert.match(head, /Apache-2\.0/);
  const m = translitModel();
  assert.ok(m.order >= 3);
  for (const letter of m.byLetter.keys()) assert.equal(normalizeArabic(letter), letter);
  for (const c of m.chunk.slice(3)) assert.match(c, /^[a-z]{0,3}$/);
});

test('a foreign-looking name word no table holds is spelt by the learned model, an Arabic-looking one by the letter rules', () => {
  // Made-up words in no table.
  const m = translitModel();
  for (const w of ['فلنتيروس', 'زقزقوطيل']) assert.equal(knownNameWord(w), false, w);
  assert.equal(looksArabic(m, 'فلنتيروس'), false);
  assert.equal(transliterate('فلنتيروس'), spellWith(m, 'فلنتيروس'));
  assert.equal(looksArabic(m, 'زقزقوطيل'), true);
  assert.equal(transliterate('زقزقوطيل'), spellOut('زقزقوطيل'));
  // A table word keeps the table's spelling.
  assert.equal(transliterate('جيف'), 'Jeff');
});

test('the prebuilt tables read back as those made from the TSV, with the same spellings; a stale or missing file falls back to the TSV', () => {
  const tables = translitTablesFromTsv();
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-translit-'));
  try {
    const file = path.join(dir, 'translit-model.prebuilt.bin');
    writeFileSync(file, encodeTranslitTables(tables, 'k1'));
    const read = readTranslitTables(file, () => 'k1', () => 'no stamp');
    assert.ok(read);
    assert.ok(read.ctxKey.buffer instanceof SharedArrayBuffer);
    for (const [k, v] of Object.entries(tables)) {
      const got: unknown = (read as unknown as Record<string, unknown>)[k];
      assert.deepEqual(ArrayBuffer.isView(got) ? Array.from(got as Float64Array) : got, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v, k);
    }
    // The same spellings and origins, from the prebuilt file, from the TSV, and from a stale or missing file.
    const fromFile = loadTranslitModel(file, () => 'k1', () => 'no stamp');
    const fromTsv = modelOf(tables);
    const stale = loadTranslitModel(file, () => 'k2', () => 'no stamp');
    const missing = loadTranslitModel(path.join(dir, 'none.bin'), () => 'k1', () => 'no stamp');
    assert.equal(readTranslitTables(file, () => 'k2', () => 'no stamp'), null);
    assert.equal(readTranslitTables(path.join(dir, 'none.bin'), () => 'k1', () => 'no stamp'), null);
    assert.ok(!(stale.ctxKey.buffer instanceof SharedArrayBuffer) && !(missing.ctxKey.buffer instanceof SharedArrayBuffer));
    const words = loadTsv('kb/name_spellings.tsv').map((r) => r.ar).filter((_, i) => i % 25 === 0);
    words.push('فلنتيروس', 'زقزقوطيل', 'شنايدرلين', 'ماثيو');
    let spelt = 0;
    for (const w of words) {
      const want = spellWith(fromTsv, w);
      if (want) spelt++;
      for (const m of [fromFile, stale, missing]) {
        assert.equal(spellWith(m, w), want, w);
        assert.equal(looksArabic(m, w), looksArabic(fromTsv, w), w);
      }
    }
    assert.ok(spelt > words.length / 2);
    // Cut short: ignored.
    const bytes = encodeTranslitTables(tables, 'k1');
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    assert.equal(readTranslitTables(file, () => 'k1', () => 'no stamp'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the prebuilt tables\' key covers the TSV and the code that reads it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-translit-key-'));
  try {
    const code = path.join(dir, 'code');
    const data = path.join(dir, 'data');
    for (const d of ['code/arabic', 'data/arabic']) mkdirSync(path.join(dir, d), { recursive: true });
    const mk = (f: string, text: string) => writeFileSync(path.join(dir, f), text);
    const key = () => sourceKey(translitModelSources(code, data));
    mk('code/arabic/translit-model.js', 'a');
    mk(`data/${TRANSLIT_MODEL_FILE}`, 'order\t3\n');
    const k0 = key();
    mk(`data/${TRANSLIT_MODEL_FILE}`, 'order\t4\n');
    const k1 = key();
    mk('code/arabic/translit-model.js', 'b');
    const k2 = key();
    assert.equal(new Set([k0, k1, k2]).size, 3);
    assert.equal(key(), k2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The beam search written plainly (a map of hypotheses by their last units, strings, a stable sort): the reference. */
function plainSpeller(m: JointModel): (word: string, beam: number) => string | undefined {
  const row = new Map<number, Map<number, number>>();
  const backoff = new Map<number, number>();
  m.ctxKey.forEach((c, i) => {
    backoff.set(c, m.ctxBackoff[i]);
    row.set(c, new Map(Array.from(m.rowUnit.subarray(m.rowStart[i], m.rowStart[i + 1]), (u, j) => [u, m.rowLp[m.rowStart[i] + j]])));
  });
  const logProb = (ctx: number, len: number, u: number): number => {
    let acc = 0;
    for (let k = len; k >= 0; k--) {
      const c = ctx % m.pow[k];
      const lp = row.get(c)?.get(u);
      if (lp !== undefined) return acc + lp;
      acc += k > 0 ? backoff.get(c) ?? 0 : 0;
    }
    return acc - 9;
  };
  return (word, beam) => plainSearch(m, logProb, word, beam);
}

function plainSearch(m: JointModel, logProb: (ctx: number, len: number, u: number) => number, word: string, beam: number): string | undefined {
  type Hyp = { ctx: number; len: number; score: number; out: string };
  let hyps: Hyp[] = [{ ctx: BOS, len: 1, score: 0, out: '' }];
  for (const ch of word) {
    const units = m.byLetter.get(ch);
    if (!units) return undefined;
    const next = new Map<number, Hyp>();
    for (const h of hyps) {
      const len = Math.min(h.len + 1, m.order - 1);
      for (const u of units) {
        const score = h.score + logProb(h.ctx, h.len, u);
        const ctx = (h.ctx % m.pow[len - 1]) * m.base + u;
        const old = next.get(ctx);
        if (!old) next.set(ctx, { ctx, len, score, out: h.out + m.chunk[u] });
        else if (old.score < score) [old.score, old.out] = [score, h.out + m.chunk[u]];
      }
    }
    hyps = [...next.values()].sort((a, b) => b.score - a.score).slice(0, beam);
  }
  let best: Hyp | undefined;
  let bestScore = -Infinity;
  for (const h of hyps) {
    const sc = h.score + logProb(h.ctx, h.len, EOS);
    if (sc > bestScore) [best, bestScore] = [h, sc];
  }
  return best?.out ? best.out.charAt(0).toUpperCase() + best.out.slice(1) : undefined;
}

test('the beam search over typed arrays spells as the plain one (the best kept, ties in the order made, same last units merged)', () => {
  const tiny = trainModel(TINY, 3, new Set(), new Set(), 1).model;
  const plainTiny = plainSpeller(tiny);
  for (const w of ['سريم', 'كميل', 'بلال', 'سمسم', 'بابابا']) for (const beam of [1, 2, 8]) assert.equal(spellWith({ ...tiny, cache: new Map() }, w, beam), plainTiny(w, beam), `${w} ${beam}`);
  const m = modelOf(translitTablesFromTsv());
  const words = loadTsv('kb/name_spellings.tsv').map((r) => r.ar).filter((_, i) => i % 97 === 0);
  const plain = plainSpeller(m);
  for (const w of [...words, 'شنايدرلين', 'فلنتيروس']) for (const beam of [3, 8]) assert.equal(spellWith({ ...m, cache: new Map() }, w, beam), plain(w, beam), `${w} ${beam}`);
});
