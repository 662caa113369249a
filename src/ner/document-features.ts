// Features that read the whole document (a window of sentences around the word), for the NER
// tagger: what other occurrences of the same word (by stem) say about it, and, for the second
// pass, which tags the first pass gave them. Pure; keys as in features.ts.
import { hashString, key, mix, template } from './hash.js';
import { SeqBuilder, type FeatureSeq } from './features.js';
import { int32s, wordInfo, type WordInfo } from './word-info.js';
import type { NerKnowledge } from './knowledge.js';

/** Tokens of a document numbered in reading order, with their sentence and analysis. */
interface DocTokens {
  infos: WordInfo[];
  sentence: Int32Array;
  /** Token numbers, in order, of the tokens that take part, grouped by stem. */
  groups: number[][];
  /** Per token, its group (-1: it takes no part) and its place in it. */
  groupOf: Int32Array;
  place: Int32Array;
}

/** The words' analyses, per sentence, when the caller has them already (the tagger's hot path). */
type SentenceInfos = readonly (readonly WordInfo[])[];

function docTokens(sentences: readonly (readonly string[])[], k: NerKnowledge, eligible: (w: WordInfo) => boolean, known?: SentenceInfos): DocTokens {
  const infos: WordInfo[] = [];
  const sent: number[] = [];
  const byStem = new Map<number, number>();
  const groups: number[][] = [];
  const groupOf: number[] = [];
  const place: number[] = [];
  sentences.forEach((ws, s) => {
    for (let i = 0; i < ws.length; i++) {
      const info = known ? known[s][i] : wordInfo(ws[i], k);
      let g = -1;
      if (eligible(info)) {
        g = byStem.get(info.hStem) ?? -1;
        if (g < 0) {
          g = groups.push([]) - 1;
          byStem.set(info.hStem, g);
        }
        place.push(groups[g].push(infos.length) - 1);
      } else place.push(-1);
      groupOf.push(g);
      infos.push(info);
      sent.push(s);
    }
  });
  return { infos, sentence: int32s(sent), groups, groupOf: int32s(groupOf), place: int32s(place) };
}

/** The first place in token t's group within `window` sentences of it (its group must exist). */
function windowStart(d: DocTokens, t: number, window: number): number {
  const g = d.groups[d.groupOf[t]];
  let lo = d.place[t];
  while (lo > 0 && d.sentence[g[lo - 1]] >= d.sentence[t] - window) lo--;
  return lo;
}

/** One past the last place in token t's group within `window` sentences of it. */
function windowEnd(d: DocTokens, t: number, window: number): number {
  const g = d.groups[d.groupOf[t]];
  let hi = d.place[t] + 1;
  while (hi < g.length && d.sentence[g[hi]] <= d.sentence[t] + window) hi++;
  return hi;
}

const CUE = {
  al: hashString('al'),
  clitic: hashString('clitic'),
  bare: hashString('bare'),
  trPrev: hashString('t-1'),
  trPrev2: hashString('t-2'),
  trNext: hashString('t+1'),
  gzPrev: hashString('g-1'),
  gzNext: hashString('g+1'),
};
const DOC = { dn: template('dn'), dc: template('dc') };
const DN = ['0', '1', '2', '3'].map(hashString);

/** The word `d` tokens from token i when it is in i's sentence, else null. */
function neighbour(infos: readonly WordInfo[], sentence: Int32Array, i: number, d: number): WordInfo | null {
  const j = i + d;
  return j >= 0 && j < infos.length && sentence[j] === sentence[i] ? infos[j] : null;
}

/** Pushes the cue mixed with each hash (indexed: no iterator per list). */
function pushMixed(out: number[], cue: number, hashes: Int32Array): void {
  for (let k = 0; k < hashes.length; k++) out.push(mix(cue, hashes[k]));
}

/** What one occurrence of a word says about it (cue hashes), for documentFeatures. */
function occurrenceCues(infos: readonly WordInfo[], sentence: Int32Array, i: number, out: number[]): void {
  const w = infos[i];
  out.push(w.pro.includes('ال') ? CUE.al : w.pro ? CUE.clitic : CUE.bare);
  const prev = neighbour(infos, sentence, i, -1);
  const prev2 = neighbour(infos, sentence, i, -2);
  const next = neighbour(infos, sentence, i, 1);
  if (prev) pushMixed(out, CUE.trPrev, prev.hTrig);
  if (prev2) pushMixed(out, CUE.trPrev2, prev2.hTrig);
  if (next) pushMixed(out, CUE.trNext, next.hTrig);
  if (prev && prev.shape === 'ar') pushMixed(out, CUE.gzPrev, prev.hGz);
  if (next && next.shape === 'ar') pushMixed(out, CUE.gzNext, next.hGz);
}

/**
 * Document features (no labels needed): what the other occurrences of the same word (by stem)
 * in a window of sentences say about it: after a title, with the article, next to a listed
 * name... A surname alone in one sentence inherits the title that preceded it in another.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], k: NerKnowledge, window: number, infos?: SentenceInfos): FeatureSeq[] {
  const d = docTokens(sentences, k, (w) => w.shape === 'ar' && w.stem.length >= 3 && !k.triggers.has(w.stem), infos);
  const cueStart = new Int32Array(d.infos.length + 1);
  const cues: number[] = [];
  for (let i = 0; i < d.infos.length; i++) {
    cueStart[i] = cues.length;
    if (d.groupOf[i] >= 0) occurrenceCues(d.infos, d.sentence, i, cues);
  }
  cueStart[d.infos.length] = cues.length;
  const seen = new Set<number>();
  let t = 0;
  return sentences.map((ws) => {
    const out = new SeqBuilder(4 * ws.length, ws.length);
    for (let i = 0; i < ws.length; i++, t++, out.next()) {
      if (d.groupOf[t] < 0) continue;
      const g = d.groups[d.groupOf[t]];
      const lo = windowStart(d, t, window);
      const hi = windowEnd(d, t, window);
      const n = hi - lo - 1;
      out.add(key(DOC.dn, DN[n === 0 ? 0 : n === 1 ? 1 : n < 5 ? 2 : 3]));
      seen.clear();
      for (let m = lo; m < hi; m++) {
        const o = g[m];
        if (o === t) continue;
        for (let c = cueStart[o]; c < cueStart[o + 1]; c++) {
          if (seen.has(cues[c])) continue;
          seen.add(cues[c]);
          out.add(key(DOC.dc, cues[c]));
        }
      }
    }
    return out.done();
  });
}

const STACK = {
  p0: template('P0'),
  pPrev: template('P-1'),
  pNext: template('P+1'),
  pPrevP0: template('P-1P0'),
  p0PNext: template('P0P+1'),
  pPrev2: template('P-2'),
  pNext2: template('P+2'),
  m: template('M'),
  d: template('D'),
  dmaj: template('Dmaj'),
};
const H_NONE = hashString('none');

/** Bins of a first-pass emission margin (the weights are sums of integer perceptron updates). */
function marginBin(m: number): string {
  const cuts = [-150, -80, -40, -15, 0, 15, 40, 80];
  let b = 0;
  while (b < cuts.length && m >= cuts[b]) b++;
  return String(b);
}

/**
 * Stacked (second-pass) features: the first pass's tags for this sentence and what it said of
 * the same word elsewhere in a window of sentences (news repeats names: a surname alone later
 * in the article is the person named in full earlier).
 * `sentences` and `firstPass` are parallel; `window` sentences either side count.
 */
export function stackedFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  k: NerKnowledge,
  window: number,
  margins?: readonly (readonly { label: string; margin: number }[])[],
  infos?: SentenceInfos,
): FeatureSeq[] {
  const d = docTokens(sentences, k, (w) => w.shape === 'ar' && w.stem.length >= 3, infos);
  // Tags and their types, numbered in order of appearance (type 0 is 'O').
  const tagH = new Map<string, { h: number; type: number }>();
  const typeNames = ['O'];
  const typeH: number[] = [hashString('O')];
  const tagOf = (tag: string) => {
    let x = tagH.get(tag);
    if (!x) {
      const name = tag === 'O' ? 'O' : tag.slice(2);
      let type = typeNames.indexOf(name);
      if (type < 0) {
        type = typeNames.push(name) - 1;
        typeH.push(hashString(name));
      }
      tagH.set(tag, (x = { h: hashString(tag), type }));
    }
    return x;
  };
  const tags = firstPass.flatMap((ts) => ts.map(tagOf));
  const H_S = hashString('<s>');
  const H_E = hashString('</s>');
  const counts = new Int32Array(typeNames.length);
  const order: number[] = [];
  let t = 0;
  return sentences.map((ws, s) => {
    const out = new SeqBuilder(12 * ws.length, ws.length);
    const first = t;
    const at = (i: number) => (i < 0 ? H_S : i >= ws.length ? H_E : tags[first + i].h);
    for (let i = 0; i < ws.length; i++, t++, out.next()) {
      const p0 = tags[t].h;
      out.add(key(STACK.p0, p0));
      out.add(key(STACK.pPrev, at(i - 1)));
      out.add(key(STACK.pNext, at(i + 1)));
      out.add(key(STACK.pPrevP0, mix(at(i - 1), p0)));
      out.add(key(STACK.p0PNext, mix(p0, at(i + 1))));
      out.add(key(STACK.pPrev2, at(i - 2)));
      out.add(key(STACK.pNext2, at(i + 2)));
      const m = margins?.[s][i];
      if (m) {
        const b = hashString(marginBin(m.margin));
        out.add(key(STACK.m, b));
        out.add(key(STACK.m, mix(b, hashString(m.label))));
        out.add(key(STACK.m, mix(b, p0)));
      }
      if (d.groupOf[t] < 0) continue;
      const g = d.groups[d.groupOf[t]];
      const lo = windowStart(d, t, window);
      const hi = windowEnd(d, t, window);
      if (hi - lo === 1) {
        out.add(key(STACK.d, H_NONE));
        continue;
      }
      // Ties go to the type met first in the window, this occurrence included.
      counts.fill(0);
      order.length = 0;
      for (let x = lo; x < hi; x++) {
        const type = tags[g[x]].type;
        if (!order.includes(type)) order.push(type);
        if (g[x] !== t) counts[type]++;
      }
      let best = -1;
      for (const x of order) {
        if (counts[x] && x !== 0) out.add(key(STACK.d, typeH[x]));
        if (counts[x] > 0 && (best < 0 || counts[x] > counts[best])) best = x;
      }
      out.add(key(STACK.dmaj, typeH[best]));
      out.add(key(STACK.dmaj, mix(typeH[best], p0)));
    }
    return out.done();
  });
}
