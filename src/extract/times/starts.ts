// Which tokens can start a time expression: read once per written form before the recognisers of
// index.ts are tried at a token, so that a word no recogniser can start at (most words) costs one
// lookup instead of nine recognisers' dictionary walks. The test is a superset of what every
// recogniser asks of the token it starts at (test/time-starts.test.ts checks it on every token of
// sentences with each kind of time expression):
// - a number token (numeric dates, years, counted durations);
// - a reading of the word (number-tokens.ts: the word, then without و/ف, ب/ل/ك, لل read as ال) that
//   is the first word of a phrase of a time lexicon (months, weekdays, relative and period words,
//   directions, units, decades, every type of time_words.tsv) or a number word (a cardinal, or the
//   first word of a vague amount: 'ثلاثة أيام', 'عشرات السنين'; the cardinal after و/ف is a reading);
// - 'ال' before a number ('الـ24 ساعة'), 'ال' + a time unit ('الساعات الـ24'), and لل + a unit
//   ('لليوم العاشر', 'وللأسبوع الثالث').
import { once } from '../../once.js';
import { isCountWord } from '../quantities/numbers.js';
import { tokenReadings, type NTok } from '../quantities/number-tokens.js';
import { timeLexicon } from './lexicon.js';

/** The first words of every phrase of the time lexicons. */
const startWords = once((): Set<string> => {
  const lex = timeLexicon();
  const out = new Set<string>();
  for (const d of [lex.months, lex.weekdays, lex.relative, lex.period, lex.direction, lex.units, lex.decades, ...lex.byType.values()]) {
    for (const w of d.firstWords()) out.add(w);
  }
  return out;
});

/** Whether a time recogniser may start at a token (false: none does). */
export function mayStartTime(tok: NTok): boolean {
  if (tok.kind === 'n') return true;
  if (tok.kind !== 'w') return false;
  const starts = startWords();
  for (const r of tokenReadings(tok)) if (starts.has(r.base) || isCountWord(r.base)) return true;
  const t = tok.t;
  if (t === 'ال') return true;
  const units = timeLexicon().units.map;
  if (t.startsWith('ال') && units.has(t.slice(2))) return true;
  return /^[وف]?لل/.test(t) && units.has(t.slice(t.indexOf('لل') + 2));
}

/** mayStartTime once per written form of a text (tokens of a form share their string). */
export function timeStarts(): (tok: NTok) => boolean {
  const seen = new Map<string, boolean>();
  return (tok) => {
    if (tok.kind !== 'w') return tok.kind === 'n';
    let m = seen.get(tok.t);
    if (m === undefined) seen.set(tok.t, (m = mayStartTime(tok)));
    return m;
  };
}
