// Loads the time lexicons (data/lexicon/months.tsv, weekdays.tsv, time_words.tsv, time_units.tsv)
// into phrase dictionaries over the matching form.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { PhraseDict } from '../quantities/number-tokens.js';
import { cardinalForms } from '../quantities/numbers.js';
import { once } from '../../once.js';

export interface MonthEntry {
  month: number;
  calendar: 'gregorian' | 'hijri';
  /** The name is also a common word: a month only with context. */
  needsContext: boolean;
}

export type RelUnit = 'day' | 'week' | 'month' | 'year' | 'century';

export interface TimeLexicon {
  months: PhraseDict<MonthEntry>;
  weekdays: PhraseDict<number>;
  relative: PhraseDict<{ unit: RelUnit; offset: number }>;
  period: PhraseDict<RelUnit>;
  direction: PhraseDict<number>;
  byType: Map<string, PhraseDict<string>>;
  units: PhraseDict<{ unit: string; count: '1' | '2' | 'n' }>;
  /** Decade words: 'التسعينات' -> 9 (the tens digit). */
  decades: PhraseDict<number>;
}

/** The time words, read once per process. */
export const timeLexicon = once((): TimeLexicon => {
  const months = new PhraseDict<MonthEntry>();
  for (const r of loadTsv('lexicon/months.tsv')) {
    const calendar = r.calendar === 'hijri' ? 'hijri' : 'gregorian';
    months.add(r.form, { month: Number(r.month), calendar, needsContext: r.context === 'needed' }, true);
  }
  const weekdays = new PhraseDict<number>();
  for (const r of loadTsv('lexicon/weekdays.tsv')) weekdays.add(r.form, Number(r.iso));
  const relative = new PhraseDict<{ unit: RelUnit; offset: number }>();
  const period = new PhraseDict<RelUnit>();
  const direction = new PhraseDict<number>();
  const byType = new Map<string, PhraseDict<string>>();
  for (const r of loadTsv('lexicon/time_words.tsv')) {
    if (r.type === 'relative') relative.add(r.form, { unit: r.unit as RelUnit, offset: Number(r.value) });
    else if (r.type === 'period') period.add(r.form, r.unit as RelUnit);
    else if (r.type === 'direction') direction.add(r.form, Number(r.value));
    let d = byType.get(r.type);
    if (!d) byType.set(r.type, (d = new PhraseDict<string>()));
    d.add(r.form, r.value || r.unit || r.type);
  }
  const units = new PhraseDict<{ unit: string; count: '1' | '2' | 'n' }>();
  for (const r of loadTsv('lexicon/time_units.tsv')) units.add(r.form, { unit: r.unit, count: r.count as '1' | '2' | 'n' });
  // Decades from the tens words of number_words.tsv: تسعين -> (ال)تسعينات / (ال)تسعينيات.
  const decades = new PhraseDict<number>();
  for (const [form, value] of cardinalForms('tens')) {
    if (!form.endsWith('ين')) continue;
    for (const art of ['', 'ال']) for (const suf of ['ات', 'يات']) decades.add(art + form + suf, value / 10);
  }
  return { months, weekdays, relative, period, direction, byType, units, decades };
});

/** The phrase dictionary of one type of time_words.tsv (empty when the type has no rows). */
export function wordsOfType(type: string): PhraseDict<string> {
  return timeLexicon().byType.get(type) ?? new PhraseDict<string>();
}

export function isWordOfType(word: string, type: string): boolean {
  return wordsOfType(type).has(normalizeArabic(word));
}
