// English short names of countries by ISO alpha-3, for summaries: the alpha-2 code of every country in
// the KB (data/kb/countries.tsv) and the name Intl gives it (no table of names to keep).
import { loadTsv } from '../../data-files.js';
import { once } from '../../once.js';

/** The alpha-2 code of every country in data/kb/countries.tsv, read once. */
const alpha2Codes = once(() => new Map(loadTsv('kb/countries.tsv').filter((r) => r.iso3 && r.iso2).map((r) => [r.iso3, r.iso2])));
const regionNames = once(() => new Intl.DisplayNames('en', { type: 'region' }));
// data/lexicon/country_names_en.tsv: where Intl's name is not the one event data use ('Türkiye' → 'Turkey').
const renamed = once(() => new Map(loadTsv('lexicon/country_names_en.tsv').map((r) => [r.intl_name, r.name_en])));

export function countryName(alpha3: string): string {
  const a2 = alpha2Codes().get(alpha3);
  if (!a2) return alpha3;
  const n = regionNames().of(a2) ?? alpha3;
  return renamed().get(n) ?? n;
}
