// `npm run bench:store [-- --limit 2000,20000] [--corpus FILE.jsonl.gz]`: the ingest at several corpus sizes, each in
// a process of its own (bench/ingest-child.mjs: articles streamed, analysed and stored in batches of 200 into a fresh
// SQLite file), for what should not grow with the corpus: the peak RSS of the ingest, its CPU per article and the
// store's size per article. Reads the first N articles of ../shared/corpus/unlabelled/saudinewsnet.jsonl.gz (or
// --corpus FILE), the bundled samples when it is absent (one size then).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
}

const CORPUS = argValue('--corpus') ?? path.resolve(root, '../shared/corpus/unlabelled/saudinewsnet.jsonl.gz');
const real = existsSync(CORPUS);
const sizes = real ? (argValue('--limit') ?? '2000,20000').split(',').map(Number) : [0];
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--limit takes positive whole numbers, comma separated');
const built = existsSync(path.join(root, 'dist/pipeline.js'));

console.log(`rasad bench:store — ingest in its own process (${built ? 'dist' : 'src'}/), ${real ? path.basename(CORPUS) : 'the bundled samples'}`);
console.log('  articles   CPU-s   ms/article   peak RSS MB   store KB/article');
for (const n of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-bench-store-'));
  try {
    const db = path.join(dir, 'bench.db');
    const args = [path.join(root, 'bench/ingest-child.mjs'), real ? CORPUS : '-', String(n), db];
    const child = spawnSync(process.execPath, built ? args : ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`the ingest process failed (status ${child.status})`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { cpu: number; rssMb: number; docs: number };
    const kb = statSync(db).size / 1024 / r.docs;
    console.log(`  ${String(r.docs).padStart(8)}  ${r.cpu.toFixed(1).padStart(6)}  ${((r.cpu * 1000) / r.docs).toFixed(2).padStart(11)}  ${r.rssMb.toFixed(0).padStart(12)}  ${kb.toFixed(1).padStart(17)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
