// Inflection of nisba adjectives (الإيراني → IRN). data/kb/countries.tsv stores the base form (masculine singular,
// no article: 'إيراني', 'كوري شمالي'); this module generates the article, feminine, plural, dual and accusative forms.
// Broken plurals (أتراك, أرمن) are rows of data/lexicon/nisba_irregular.tsv.

export interface NisbaForm {
  form: string;
  gender: 'm' | 'f';
  number: 'sg' | 'du' | 'pl';
  definite: boolean;
}

const SUFFIXES: { suffix: string; gender: 'm' | 'f'; number: 'sg' | 'du' | 'pl' }[] = [
  { suffix: '', gender: 'm', number: 'sg' },
  { suffix: 'ا', gender: 'm', number: 'sg' }, // accusative indefinite (-an, written ـيًا)
  { suffix: 'ة', gender: 'f', number: 'sg' },
  { suffix: 'ون', gender: 'm', number: 'pl' },
  { suffix: 'ين', gender: 'm', number: 'pl' }, // also the oblique dual
  { suffix: 'ان', gender: 'm', number: 'du' },
  { suffix: 'ات', gender: 'f', number: 'pl' },
  { suffix: 'تان', gender: 'f', number: 'du' },
  { suffix: 'تين', gender: 'f', number: 'du' },
];

/** Every inflected form of a base nisba (one or more words, each inflected alike). */
export function nisbaForms(base: string): NisbaForm[] {
  const words = base.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: NisbaForm[] = [];
  for (const s of SUFFIXES) {
    for (const definite of [false, true]) {
      if (definite && s.suffix === 'ا') continue;
      const form = words.map((w) => `${definite ? 'ال' : ''}${w}${s.suffix}`).join(' ');
      out.push({ form, gender: s.gender, number: s.number, definite });
    }
  }
  return out;
}

/** The definite masculine and feminine singular ('الأذربيجاني', 'الأذربيجانية'), for organisation patterns. */
export function definiteNisba(base: string): { m: string; f: string } {
  const words = base.trim().split(/\s+/).filter(Boolean);
  return { m: words.map((w) => `ال${w}`).join(' '), f: words.map((w) => `ال${w}ة`).join(' ') };
}
