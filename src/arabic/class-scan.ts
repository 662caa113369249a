// A scanner that cuts a text exactly as a three-group token expression does — (a number with inner separators) |
// (a run of letters) | (one other character) — by a table of each UTF-16 unit's class read off the expression's own
// groups once, instead of running the expression at every token (no match object per token). A text with surrogates
// (a code point above U+FFFF) is cut by the expression itself.

/** 1: the number group, 2: the letters group, 3: the one-character group. */
export type RunKind = 1 | 2 | 3;
export type RunVisitor = (start: number, end: number, kind: RunKind) => void;

const SKIP = 0;
const LOW = 0x800;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The scanner of `re` (three capturing groups, flag u); `isSeparator`: the units the number group takes between digits. */
export function classScanner(re: RegExp, isSeparator: (unit: number) => boolean): (text: string, visit: RunVisitor) => void {
  const single = new RegExp(`^(?:${re.source})$`, 'u');
  const classOf = (ch: string): number => {
    const m = single.exec(ch);
    return !m ? SKIP : m[1] ? 1 : m[2] ? 2 : 3;
  };
  // Latin and Arabic units from a table; the rest classed as met.
  const low = Uint8Array.from({ length: LOW }, (_, c) => classOf(String.fromCharCode(c)));
  const classAt = (text: string, i: number) => {
    const c = text.charCodeAt(i);
    return c < LOW ? low[c] : classOf(text[i]);
  };
  const byRegExp = regExpScanner(re);
  return (text, visit) => {
    if (SURROGATE.test(text)) return byRegExp(text, visit);
    const n = text.length;
    let i = 0;
    while (i < n) {
      const k = classAt(text, i);
      const start = i++;
      if (k === 1) {
        // Digits, then (separator digits)*: a separator is taken only with a digit after it.
        for (;;) {
          while (i < n && classAt(text, i) === 1) i++;
          if (i + 1 < n && isSeparator(text.charCodeAt(i)) && classAt(text, i + 1) === 1) i++;
          else break;
        }
        visit(start, i, 1);
      } else if (k === 2) {
        while (i < n && classAt(text, i) === 2) i++;
        visit(start, i, 2);
      } else if (k === 3) visit(start, i, 3);
    }
  };
}

/** The tokens of a text by the expression alone (the reference a class scanner must equal). */
export function regExpScanner(re: RegExp): (text: string, visit: RunVisitor) => void {
  return (text, visit) => {
    const r = new RegExp(re);
    for (let m = r.exec(text); m; m = r.exec(text)) visit(m.index, m.index + m[0].length, m[1] ? 1 : m[2] ? 2 : 3);
  };
}
