// eachToken scans a text by the classes of TOKEN_RE's groups; it must cut exactly the tokens TOKEN_RE cuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachToken, eachTokenByRegExp } from '../src/arabic/tokens.js';

const cut = (f: typeof eachToken, t: string) => {
  const out: (string | number)[] = [];
  f(t, (a, b, s, k) => out.push(a, b, s, k));
  return out;
};

test('eachToken: every BMP unit, between digits, separators and letters, as TOKEN_RE cuts it', () => {
  let all = '';
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    all += `${ch}1${ch}${ch}a${ch}٣.${ch}4,${ch} `;
  }
  assert.deepEqual(cut(eachToken, all), cut(eachTokenByRegExp, all));
});

test('eachToken: numbers with separators, marks, tatweel, direction marks and astral letters', () => {
  const alphabet = '0123456789٠١٢٣.,٫٬ abcعربي\u064B\u0640\u200F\u061C\uFEFF\n\t-"«»،';
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < 5000; k++) {
    let t = '';
    for (let j = 1 + Math.floor(rnd() * 30); j > 0; j--) t += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.deepEqual(cut(eachToken, t), cut(eachTokenByRegExp, t), JSON.stringify(t));
  }
  for (const t of ['قتل 1,500 شخص و1.5 مليون', '١٬٠٠٠ و٣٫٥', '𝐀𝐁 عربي 12', 'a\uD800b', '1,,2 3..4 5,6,7.']) assert.deepEqual(cut(eachToken, t), cut(eachTokenByRegExp, t), t);
});
