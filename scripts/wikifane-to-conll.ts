// Writes WikiFANE Gold 2014 (../shared/data/wikifane, CC BY-SA 3.0) as ANERcorp-style CoNLL, for
// scripts/train-ner.ts --extra: the 50 fine classes mapped to PERS/LOC/ORG/MISC by the coarse class
// of shared/data/wikifane/gazetteer.tsv (nationalities and groups, weapons, food, plants, drugs and
// chemicals become O: ANERcorp does not tag them), and the clitics WikiFANE writes apart joined the
// way ANERcorp writes them (و/ف/ب/ل/ك + word, ل + ال -> لل, word + ه/ها/هم/هما/هن/كم/نا/ي, ة becoming ت before them).
// Every `--every N`th sentence only (default 1). The output is corpus text: write it outside the repo.
// Usage: node --import tsx scripts/wikifane-to-conll.ts OUT_FILE [--every N]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTsv } from '../src/data-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '..', 'shared', 'data', 'wikifane');
const args = process.argv.slice(2);
const out = args[0];
const every = args.includes('--every') ? Number(args[args.indexOf('--every') + 1]) : 1;
if (!out) {
  process.stderr.write('usage: wikifane-to-conll.ts OUT_FILE [--every N]\n');
  process.exit(2);
}
const DROP = new Set(['Blunt', 'Exploding', 'Nuclear', 'Projectile', 'Sharp', 'Shooting', 'Chemical', 'Food', 'Plant', 'Drug', 'Group']);
const coarse = new Map<string, string>();
for (const r of parseTsv(readFileSync(path.join(dir, 'gazetteer.tsv'), 'utf8'))) {
  if (!DROP.has(r.fine) && ['PERS', 'LOC', 'ORG', 'MISC'].includes(r.coarse)) coarse.set(r.fine, r.coarse);
}
const PRO = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENC = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ي']);
const clean = (s: string) => s.replace(/[\u200e\u200f\ufeff]/g, '').trim();

const sentences: { w: string; t: string }[][] = [];
let cur: { w: string; t: string }[] = [];
for (const line of readFileSync(path.join(dir, 'WikiFANE_Gold_2014_500K.txt'), 'utf8').split(/\r?\n/)) {
  const [w0, t0] = line.split('\t');
  const w = clean(w0 ?? '');
  if (!w) {
    if (cur.length) sentences.push(cur);
    cur = [];
    continue;
  }
  const tag = clean(t0 ?? 'O');
  const type = tag === 'O' ? null : coarse.get(tag.slice(2));
  cur.push({ w, t: type ? `${tag.slice(0, 2)}${type}` : 'O' });
}
if (cur.length) sentences.push(cur);

const lines: string[] = [];
sentences.forEach((s, n) => {
  if (n % every) return;
  const joined: { w: string; t: string }[] = [];
  let pending = '';
  for (const tok of s) {
    if (PRO.has(tok.w) && tok.t === 'O') {
      pending += tok.w;
      continue;
    }
    if (ENC.has(tok.w) && tok.t === 'O' && !pending && joined.length && /[\u0621-\u064A]$/.test(joined[joined.length - 1].w)) {
      const prev = joined[joined.length - 1];
      prev.w = prev.w.replace(/ة$/, 'ت') + tok.w;
      continue;
    }
    let w = tok.w;
    if (pending) w = pending.endsWith('ل') && w.startsWith('ال') ? pending + w.slice(1) : pending + w;
    pending = '';
    joined.push({ w, t: tok.t });
  }
  if (pending) joined.push({ w: pending, t: 'O' });
  // A tag sequence broken by the mapping (I- after O) starts a new entity.
  joined.forEach((x, i) => {
    if (x.t.startsWith('I-') && (i === 0 || joined[i - 1].t.slice(2) !== x.t.slice(2))) x.t = 'B-' + x.t.slice(2);
    lines.push(`${x.w} ${x.t}`);
  });
  lines.push('');
});
writeFileSync(out, lines.join('\n'));
process.stderr.write(`${sentences.length} sentences read, every ${every}th written to ${out}\n`);
