// eachNormalizedToken scans a text by a table of classes; it must cut exactly the tokens NORMALIZED_TOKEN_RE cuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachNormalizedToken, eachNormalizedTokenByRegExp } from '../src/arabic/normalized-tokens.js';

const cut = (f: typeof eachNormalizedToken, t: string) => {
  const out: (string | number)[] = [];
  f(t, (a, b, k) => out.push(a, b, k));
  return out;
};

test('eachNormalizedToken: every BMP unit, between digits, separators and letters, as the expression cuts it', () => {
  let all = '';
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    all += `${ch}1${ch}${ch}a${ch}3.${ch}4,${ch} `;
  }
  assert.deepEqual(cut(eachNormalizedToken, all), cut(eachNormalizedTokenByRegExp, all));
});

test('eachNormalizedToken: numbers with separators, white space of every kind, punctuation and astral letters', () => {
  const alphabet = '0123456789.,، abcعربي\u064B\u00A0\u2003\u3000\n\t-"«»“”';
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < 5000; k++) {
    let t = '';
    for (let j = 1 + Math.floor(rnd() * 30); j > 0; j--) t += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.deepEqual(cut(eachNormalizedToken, t), cut(eachNormalizedTokenByRegExp, t), JSON.stringify(t));
  }
  for (const t of ['قتل 1,500 شخص و1.5 مليون', '𝐀𝐁 عربي 12', 'a\uD800b', '1,,2 3..4 5,6,7. .5']) {
    assert.deepEqual(cut(eachNormalizedToken, t), cut(eachNormalizedTokenByRegExp, t), t);
  }
});

test('eachNormalizedToken: a number, a word glued to it, and a lone mark', () => {
  assert.deepEqual(cut(eachNormalizedToken, 'و12,5 كم؟'), [0, 1, 'w', 1, 5, 'n', 6, 8, 'w', 8, 9, 'p']);
});
