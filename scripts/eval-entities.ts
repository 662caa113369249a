// Measures entity recall and type agreement the way shared/eval/score.mjs does (a gold entity is found when some
// output entity's name_en equals one of its names after folding), running extractEntities directly on
// shared/corpus/seeds.jsonl (title + blank line + text) and shared/corpus/extra/*.txt.
// Usage: node --import tsx scripts/eval-entities.ts [SHARED_DIR] [--verbose]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/extract/entities/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const shared = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repo, '..', 'shared'));
const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

interface GoldDoc { file: string; entities: { type: string; names: string[] }[] }

function score(label: string, gold: GoldDoc[], docs: Map<string, { text: string; published: string | null }>): void {
  let total = 0, found = 0, typed = 0;
  for (const g of gold) {
    const d = docs.get(g.file);
    if (!d) { console.log(`  missing document ${g.file}`); total += g.entities.length; continue; }
    const ents = extractEntities(d);
    for (const ge of g.entities) {
      total++;
      const names = ge.names.map(fold);
      const hit = ents.find((e) => names.includes(fold(e.name_en)));
      if (hit) { found++; if (hit.type === ge.type) typed++; else console.log(`  type   ${g.file}  ${ge.names[0]}: ${hit.type} (gold ${ge.type})`); }
      else console.log(`  missed ${g.file}  ${ge.type} ${ge.names[0]}`);
    }
    if (verbose) for (const e of ents) console.log(`    ${e.type.padEnd(7)} ${e.name_en} [${e.id}] ${e.role ?? ''} :: ${e.mentions.map((m) => `${m.text}/${m.form.slice(0, 2)}`).join(', ')}`);
  }
  console.log(`${label}: entity recall ${(found / total).toFixed(3)} (${found}/${total}), type agreement ${(typed / (found || 1)).toFixed(3)}`);
}

const seedsPath = path.join(shared, 'corpus', 'seeds.jsonl');
if (existsSync(seedsPath)) {
  const docs = new Map<string, { text: string; published: string | null }>();
  for (const line of readFileSync(seedsPath, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    docs.set(r.id, { text: `${r.title}\n\n${r.text}`, published: r.published ?? null });
  }
  score('seeds', JSON.parse(readFileSync(path.join(shared, 'gold', 'seeds.gold.json'), 'utf8')).documents, docs);
}
const extraDir = path.join(shared, 'corpus', 'extra');
if (existsSync(extraDir)) {
  const docs = new Map<string, { text: string; published: string | null }>();
  for (const f of readdirSync(extraDir).filter((f) => f.endsWith('.txt'))) docs.set(f, { text: readFileSync(path.join(extraDir, f), 'utf8'), published: null });
  score('extra', JSON.parse(readFileSync(path.join(shared, 'gold', 'extra.gold.json'), 'utf8')).documents, docs);
}
