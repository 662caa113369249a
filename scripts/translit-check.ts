// Measures the letter-by-letter transliteration (src/arabic/translit.ts spellOut) against the spelling tables it
// falls back from: data/arabic/name_parts.tsv (press spellings of Arabic name parts) and data/kb/name_spellings.tsv
// (unanimous name pairs: 2/2, 3/3, ...). Prints the share spelt exactly as the table (case, hyphens and apostrophes
// ignored). A rule for unknown words should raise these, not fit one name.
// Usage: node --import tsx scripts/translit-check.ts [--show N]
import { loadTsv, type TsvRow } from '../src/data-files.js';
import { spellOut } from '../src/arabic/translit.js';

const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 0);
const flat = (s: string) => s.toLowerCase().replace(/['\-\s]/g, '');

function measure(name: string, rows: readonly TsvRow[]): void {
  let right = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const got = spellOut(r.ar, r.ar.endsWith('ه'));
    if (flat(got) === flat(r.en)) right++;
    else wrong.push(`${r.ar}\t${r.en}\t${got}`);
  }
  console.log(`${name}: ${right}/${rows.length} = ${((100 * right) / rows.length).toFixed(1)}%`);
  if (show) console.log(wrong.slice(0, show).join('\n'));
}

const parts = loadTsv('arabic/name_parts.tsv').filter((r) => !r.ar.includes(' ') && !r.en.includes(' '));
measure('name_parts (press spellings)', parts);
const unanimous = loadTsv('kb/name_spellings.tsv').filter((r) => {
  const [a, b] = r.count.split('/');
  return a === b && !r.ar.startsWith('ال');
});
measure('name_spellings (unanimous, no article)', unanimous);
