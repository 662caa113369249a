// Stories: documents clustered by shared vocabulary (TF-IDF over light stems) and shared
// entities, within a few weeks of each other. Average-link agglomerative clustering.
import type { Doc } from '../doc.js';
import { tokenize } from '../arabic/tokens.js';
import { lightStem } from '../arabic/stem.js';
import { loadTsv } from '../data-files.js';
import { normalizeArabic } from '../arabic/normalize.js';
import type { Story } from './types.js';
import { averageLink, type Link } from './agglomerate.js';
import { once } from '../once.js';

type Vec = Map<string, number>;

const stopwords = once(() => new Set(loadTsv('arabic/stopwords.tsv').map((r) => normalizeArabic(r.word))));

function terms(d: Doc): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokenize(d.text)) {
    if (t.kind !== 'word' || t.norm.length < 3 || stopwords().has(t.norm)) continue;
    const s = lightStem(t.text);
    if (s.length < 3 || stopwords().has(s)) continue;
    tf.set(s, (tf.get(s) ?? 0) + 1);
  }
  for (const e of d.entities) {
    if (e.type === 'COUNTRY' && e.mentions.length < 2) continue;
    tf.set(`@${e.id}`, (tf.get(`@${e.id}`) ?? 0) + 3 * Math.min(3, e.mentions.length));
  }
  return tf;
}

function cosine(a: Vec, b: Vec): number {
  let dot = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w) dot += v * w;
  }
  return dot;
}

const DAY = 86400000;
export interface StoryOptions {
  threshold?: number;
  maxDays?: number;
}

/** Clusters documents into stories; `copies` maps a near-duplicate to its original (it joins the original's story). */
export function clusterStories(docs: Doc[], copies: Map<string, string>, opts: StoryOptions = {}): Story[] {
  const threshold = opts.threshold ?? 0.15;
  const maxDays = opts.maxDays ?? 21;
  const originals = docs.filter((d) => !copies.has(d.id));
  const tfs = originals.map(terms);
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = originals.length;
  const vecs: Vec[] = tfs.map((tf) => {
    const v: Vec = new Map();
    let norm = 0;
    for (const [k, c] of tf) {
      // Terms every document has say nothing about which story a document is in.
      const idf = Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5));
      const w = (1 + Math.log(c)) * Math.max(0, idf);
      if (w > 0) {
        v.set(k, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
  // Who and where a report is about: the entities it names (countries named once, and generic actors such as
  // 'civilians' or 'gunmen', are left out).
  const actorSets = originals.map((d) => new Set(d.entities.filter((e) => e.type !== 'MEDIA' && (e.type !== 'COUNTRY' || e.mentions.length > 1) && !e.id.startsWith('rasad:generic:')).map((e) => e.id)));
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    const union = a.size + b.size - inter;
    return union ? inter / union : 0;
  };
  // Vocabulary alone fails on small corpora where every report shares the same words; shared
  // actors and places carry the story then.
  const sim = (i: number, j: number) => 0.5 * cosine(vecs[i], vecs[j]) + 0.5 * jaccard(actorSets[i], actorSets[j]);
  // Two dated reports may share a story only when they are similar and within maxDays; an
  // undated one may join any story. Dated reports are compared only inside a sliding window.
  const day = originals.map((d) => (d.source.published ? Date.parse(d.source.published) / DAY : NaN));
  const dated = originals.map((_, i) => i).filter((i) => !Number.isNaN(day[i])).sort((x, y) => day[x] - day[y]);
  const undated = originals.map((_, i) => i).filter((i) => Number.isNaN(day[i]));
  const links: Link[] = [];
  for (let x = 0; x < dated.length; x++) {
    for (let y = x + 1; y < dated.length && day[dated[y]] - day[dated[x]] <= maxDays; y++) {
      const s = sim(dated[x], dated[y]);
      if (s > 0) links.push({ i: dated[x], j: dated[y], sim: s });
    }
  }
  const isUndated = new Set(undated);
  for (const u of undated) for (let j = 0; j < n; j++) if (j !== u && (!isUndated.has(j) || j > u)) links.push({ i: u, j, sim: sim(u, j) });
  const simTo = originals.map(() => new Map<number, number>());
  for (const l of links) {
    simTo[l.i].set(l.j, l.sim);
    simTo[l.j].set(l.i, l.sim);
  }
  const clusters = averageLink(n, links, threshold).map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
  const byOriginal = new Map<string, string[]>();
  for (const [copy, original] of copies) byOriginal.set(original, [...(byOriginal.get(original) ?? []), copy]);
  return clusters
    .map((members) => {
      const ds = members.map((i) => originals[i]);
      // The most central document names the story.
      const inCluster = new Set(members);
      const central = members
        .map((i) => ({ i, s: [...simTo[i]].reduce((acc, [j, v]) => acc + (inCluster.has(j) ? v : 0), 0) }))
        .sort((x, y) => y.s - x.s || originals[x.i].input.localeCompare(originals[y.i].input))[0].i;
      const ids = ds.flatMap((d) => [d.id, ...(byOriginal.get(d.id) ?? [])]);
      const actorCount = new Map<string, { id: string; name_en: string; mentions: number }>();
      for (const d of ds) {
        for (const e of d.entities) {
          if (e.type === 'PLACE' || e.type === 'MEDIA') continue;
          const a = actorCount.get(e.id) ?? { id: e.id, name_en: e.name_en, mentions: 0 };
          a.mentions += e.mentions.length;
          actorCount.set(e.id, a);
        }
      }
      const dates = ds.map((d) => d.source.published).filter((x): x is string => !!x).sort();
      const title = originals[central].source.title ?? originals[central].text.slice(0, 80);
      return {
        id: `story:${[...ids].sort()[0].slice(0, 12)}`,
        title,
        documents: ids,
        actors: [...actorCount.values()].sort((a, b) => b.mentions - a.mentions).slice(0, 10),
        from: dates[0] ?? null,
        to: dates[dates.length - 1] ?? null,
      };
    })
    .sort((a, b) => b.documents.length - a.documents.length || a.id.localeCompare(b.id));
}
