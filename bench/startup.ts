// `npm run bench:startup [-- --runs N --root DIR]`: what a fresh process costs to analyse one article, in CPU
// seconds (user + system of the whole process, process.cpuUsage) and peak RSS, from dist/ when built (so that no
// TypeScript compiling is counted). Two articles:
//   short    one sentence with no unknown name (the NER tagger is not loaded)
//   names    the first SaudiNewsNet article of ../shared/corpus/unlabelled (or --corpus FILE.jsonl.gz) whose
//            analysis loads the tagger, else a bundled sample; what a real report costs
// Target: under 1 CPU-s and 150 MB. `--root DIR` measures another checkout's dist/ too, alternating run by run with
// this one (the machine's load moves between runs), and prints both side by side.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../src/ingest/read.js';
import { realArticles, sampleArticles } from './articles.js';

export interface StartupRun {
  cpu: number;
  rssMb: number;
  /** Whether the analysis loaded the NER tagger (its array buffers are there). */
  tagger: boolean;
}

export const SHORT_ARTICLE: RawDoc = {
  input: 'startup', title: null, body: 'قصفت طائرات حربية مدينة حلب أمس، ما أدى إلى مقتل خمسة مدنيين.', published: '2020-01-01', outlet: null, url: null, warnings: [],
};

/** One fresh process of `root` that analyses the document in `docFile`; null when it failed. */
export function startupRun(root: string, docFile: string): StartupRun | null {
  const dist = path.join(root, 'dist/pipeline.js');
  const built = existsSync(dist);
  const script = `
    import { readFileSync } from 'node:fs';
    const { analyzeRaw } = await import(${JSON.stringify(built ? dist : path.join(root, 'src/pipeline.ts'))});
    analyzeRaw(JSON.parse(readFileSync(${JSON.stringify(docFile)}, 'utf8')));
    const u = process.cpuUsage();
    console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, tagger: process.memoryUsage().arrayBuffers > 20 * 1048576 }));`;
  const args = built ? ['--input-type=module', '-e', script] : ['--import', 'tsx', '--input-type=module', '-e', script];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as StartupRun;
}

/** The first of `docs` whose analysis loads the tagger in `root` (at most `tries` tried), else the first. */
export function articleWithNames(root: string, docs: readonly RawDoc[], dir: string, tries = 20): RawDoc {
  const file = path.join(dir, 'probe.json');
  for (const d of docs.slice(0, tries)) {
    writeFileSync(file, JSON.stringify(d));
    if (startupRun(root, file)?.tagger) return d;
  }
  return docs[0];
}

/** Start-up of `root` (and of `other`, alternating) on the short and the names article, `runs` times each. */
export function measureStartup(root: string, docs: readonly RawDoc[], runs: number, other?: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-startup-'));
  try {
    const articles: [string, RawDoc][] = [['short', SHORT_ARTICLE], ['names', articleWithNames(root, docs, dir)]];
    const lines: string[] = [];
    const fmt = (r: StartupRun | null) => (r ? `${r.cpu.toFixed(2)} CPU-s ${r.rssMb.toFixed(0).padStart(4)} MB${r.tagger ? ' (tagger)' : ''}` : 'failed');
    for (const [name, doc] of articles) {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(doc));
      for (let i = 0; i < runs; i++) {
        const here = startupRun(root, file);
        const there = other ? startupRun(other, file) : null;
        lines.push(`  start-up ${name.padEnd(6)} ${fmt(here)}${other ? `   | ${path.basename(other)}: ${fmt(there)}` : ''}`);
      }
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] ?? null : null;
  };
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = arg('--corpus') ?? path.resolve(here, '../shared/corpus/unlabelled/saudinewsnet.jsonl.gz');
  const runs = Number(arg('--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  const other = arg('--root') ? path.resolve(arg('--root')!) : undefined;
  const docs = existsSync(corpus) ? await realArticles(corpus, 20) : await sampleArticles(here);
  console.log(`rasad bench:startup: one article in a fresh process (target < 1 CPU-s, < 150 MB)${other ? `; this checkout | ${other}, alternating` : ''}`);
  for (const l of measureStartup(here, docs, runs, other)) console.log(l);
}
