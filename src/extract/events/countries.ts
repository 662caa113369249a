// English short names of countries by ISO alpha-3, for summaries: the alpha-2 code of every country in
// the KB (data/kb/countries.tsv) and the name Intl gives it (no table of names to keep).
import { loadTsv } from '../../data-files.js';

let alpha3to2: Map<string, string> | null = null;
let names: Intl.DisplayNames | null = null;
let renamed: Map<string, string> | null = null;

/** The alpha-2 code of every country in data/kb/countries.tsv, read once. */
function alpha2Codes(): Map<string, string> {
  alpha3to2 ??= new Map(loadTsv('kb/countries.tsv').filter((r) => r.iso3 && r.iso2).map((r) => [r.iso3, r.iso2]));
  return alpha3to2;
}

export function countryName(alpha3: string): string {
  const a2 = alpha2Codes().get(alpha3);
  if (!a2) return alpha3;
  names ??= new Intl.DisplayNames('en', { type: 'region' });
  const n = names.of(a2) ?? alpha3;
  // data/lexicon/country_names_en.tsv: where Intl's name is not the one event data use ('Türkiye' → 'Turkey').
  renamed ??= new Map(loadTsv('lexicon/country_names_en.tsv').map((r) => [r.intl_name, r.name_en]));
  return renamed.get(n) ?? n;
}
