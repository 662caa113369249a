// Regenerates the NER tagger's lists from ../shared/data (run once; the outputs are committed).
// Usage: node --import tsx scripts/build-ner-lexicons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { parseConll } from '../src/ner/tagger.js';
import { exchangeClusters } from '../src/ner/clusters.js';
import { loadKnowledge } from '../src/ner/knowledge.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg: string) => process.stderr.write(msg + '\n');

/**
 * Regenerates the tagger's lists from the shared inputs (run once; the outputs are committed):
 * - data/lexicon/ner_gazetteer.tsv: ANERGazet (list 'anergazet'), plus a wider list ('wide'):
 *   Wikidata city names (CC BY 4.0, jamsshhayd/world-cities-translations), Arabic country names
 *   (i18n-iso-countries, MIT) and person names from the UniversalPetrarch Arabic actor dictionary
 *   (MIT, Open Event Data Alliance).
 * - data/lexicon/ner_wordfreq.tsv: how often each word occurs in the Arabic event GSR sentences
 *   (Asharq Al-Awsat 2007-2008, openeventdata/arabic_event_gsr, MIT): a 'common word' signal.
 */
/** The GSR dev sentences of both event types, each sentence once, in file order. */
function gsrSentences(shared: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of ['assault.dev.jsonl', 'protest.dev.jsonl']) {
    for (const line of readFileSync(path.join(shared, 'arabic_event_gsr', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string };
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r.text);
    }
  }
  return out;
}

function buildLexicons(shared: string): void {
  const rows: { name: string; type: string; list: string; source: string }[] = [];
  const seen = new Set<string>();
  const push = (name: string, type: string, list: string, source: string) => {
    name = name.replace(/[\u0640\u064B-\u0652\u0670]/g, '').replace(/\s+/g, ' ').trim();
    if (!name || /^[=*\-]+$/.test(name) || /[A-Za-z0-9\t]/.test(name)) return;
    const key = `${normalizeArabic(name)}\t${type}\t${list}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ name, type, list, source });
  };
  const gz = path.join(shared, 'anercorp', 'gazetteers');
  for (const [file, type] of [['Loc', 'LOC'], ['Org', 'ORG'], ['Pers', 'PERS']]) {
    for (const line of readFileSync(path.join(gz, `ANERGazet_Aligned${file}Gazetteer.txt`), 'utf8').split(/\r?\n/)) push(line, type, 'anergazet', 'ANERGazet');
  }
  const tsv = (file: string) => {
    const [head, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
    const cols = head.split('\t');
    return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])) as Record<string, string>);
  };
  const WIKIDATA_SOURCE = 'Wikidata (CC BY 4.0)';
  const PLACE_HEADS = /^(ولاية|بلدية|منطقة|مركز|مدينة|محافظة|مقاطعة|إقليم|اقليم|قضاء|ناحية|مديرية|بلدة|قرية|جزيرة) /;
  for (const r of tsv(path.join(shared, 'gazetteer', 'wikidata_cities_ar_jamsshhayd.tsv'))) {
    const pop = Number(r.population || 0);
    if (pop < 20000) continue;
    push(r.name_ar, 'LOC', 'wide', WIKIDATA_SOURCE);
    if (PLACE_HEADS.test(r.name_ar)) push(r.name_ar.replace(PLACE_HEADS, ''), 'LOC', 'wide', WIKIDATA_SOURCE);
  }
  for (const r of tsv(path.join(shared, 'gazetteer', 'countries_ar.tsv'))) push(r.name_ar_i18n_iso_countries, 'LOC', 'wide', 'i18n-iso-countries (MIT)');
  // Word frequencies in the GSR sentences (each sentence once).
  const counts = new Map<string, number>();
  const sentences = gsrSentences(shared);
  for (const text of sentences) {
    for (const w of text.match(/[\u0621-\u064A\u0640\u064B-\u0652]+/g) ?? []) {
      const n = normalizeArabic(w);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  // Actor dictionary: person names are the entries without a role, sector or place word. The
  // entries are lemmas (بريطاني for البريطاني): a part whose form with the article is common in
  // the GSR text is an adjective or a noun, not a name.
  const k0 = loadKnowledge();
  const anerPers = new Set(rows.filter((r) => r.list === 'anergazet' && r.type === 'PERS').map((r) => normalizeArabic(r.name)));
  const notName = (w: string) => {
    const n = normalizeArabic(w);
    if ((k0.triggers.get(n) ?? []).includes('PERS_PART')) return false;
    if (k0.triggers.has(n) || k0.triggers.has('ال' + n)) return true;
    return !anerPers.has(n) && ((counts.get('ال' + n) ?? 0) >= 3 || (!n.startsWith('ال') && (counts.get(n) ?? 0) >= 20));
  };
  const ACTOR_SOURCE = 'UniversalPetrarch (MIT)';
  const lines = readFileSync(path.join(shared, 'upetrarch-arabic', 'actor_dict_ar_v4.txt'), 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.startsWith('#') || /^\s/.test(line)) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const codes = [m[2]];
    for (let j = i + 1; j < lines.length && /^\s+\[/.test(lines[j]); j++) codes.push(lines[j].trim());
    const code = codes.join(' ');
    const parts = m[1].split('_').filter(Boolean);
    if (parts.length < 2 || parts.length > 5 || parts.some(notName) || parts.some((p) => p.length < 2 && p !== 'ل')) continue;
    // A person has a dated or government/elite role code; groups and places are skipped.
    if (!/\d{8}|GOV|ELI|MIL|OPP|REB|CVL/.test(code) || /^\[[A-Z]{3}\]$/.test(code.trim())) continue;
    if (parts.includes('ل')) continue;
    push(parts.join(' '), 'PERS', 'wide', ACTOR_SOURCE);
  }
  const out = [
    '# Names for the statistical NER tagger (src/ner/features.ts): a word or word sequence listed here becomes a',
    '# feature of its type. list: anergazet = ANERGazet (Benajiba, Rosso and Benedí 2007, released with ANERcorp);',
    '# wide = other public lists (see source). Generated by `node --import tsx scripts/build-ner-lexicons.ts`',
    '# from shared/data; rows may be added by hand. Changing this file changes the features: retrain afterwards.',
    'name\ttype\tlist\tsource',
    ...rows.map((r) => `${r.name}\t${r.type}\t${r.list}\t${r.source}`),
  ];
  writeFileSync(dataPath('lexicon', 'ner_gazetteer.tsv'), out.join('\n') + '\n');
  log(`ner_gazetteer.tsv: ${rows.length} rows (${rows.filter((r) => r.list === 'wide').length} wide)`);
  const freq = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  writeFileSync(
    dataPath('lexicon', 'ner_wordfreq.tsv'),
    [
      '# Word counts (matching form, count >= 2) in the Arabic event GSR sentences (Asharq Al-Awsat 2007-2008, from',
      '# openeventdata/arabic_event_gsr, MIT licence, (c) Open Event Data Alliance): the NER tagger uses the count',
      '# class of a word as a common-word signal. Generated by scripts/build-ner-lexicons.ts.',
      'word\tcount\tsource',
      ...freq.map(([w, n]) => `${w}\t${n}\tgsr`),
    ].join('\n') + '\n',
  );
  log(`ner_wordfreq.tsv: ${freq.length} words from ${sentences.length} sentences`);

  // Word classes by the exchange algorithm over ANERcorp train text (no tags) + the GSR text.
  const gsrText = sentences.map((text) => text.split(/\s+/).flatMap((t) => t.split(/([^\p{L}\p{N}\p{M}]+)/u)).map((t) => t.trim()).filter(Boolean));
  const anerText = parseConll(readFileSync(path.join(shared, 'anercorp', 'train.txt'), 'utf8')).map((s) => s.tokens);
  const corpus = [...anerText, ...gsrText].map((ws) => ws.map(normalizeArabic));
  const sizes = [64, 256];
  const classes = sizes.map((c) => exchangeClusters(corpus, { classes: c, minCount: 2, iterations: 8, log }));
  const vocab = [...classes[0].keys()].sort();
  writeFileSync(
    dataPath('lexicon', 'ner_clusters.tsv'),
    [
      '# Word classes for the NER tagger: the exchange algorithm (Kneser and Ney 1993; Martin et al. 1998) over the',
      '# words (matching form, seen twice or more) of ANERcorp train.txt without its tags (CC BY-SA 4.0) and of the',
      '# Arabic event GSR sentences (MIT). Generated by scripts/build-ner-lexicons.ts; the class numbers',
      '# mean nothing outside this file.',
      `word\t${sizes.map((c) => `c${c}`).join('\t')}\tsource`,
      ...vocab.map((w) => `${w}\t${classes.map((m) => m.get(w)).join('\t')}\texchange`),
    ].join('\n') + '\n',
  );
  log(`ner_clusters.tsv: ${vocab.length} words`);
}


buildLexicons(path.resolve(root, '..', 'shared', 'data'));
