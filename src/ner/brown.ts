// Brown clusters (Brown et al. 1992) with Liang's window (Liang 2005; percyliang/brown-cluster): a
// binary merge tree over the word clusters, each word's bit string its cluster's path from the root,
// so that prefixes of several lengths give classes from coarse to fine. Units (words, or given starting classes) enter
// in frequency order; while more than `active` clusters are live the pair whose merge loses the
// least class-bigram mutual information is merged (losses kept up to date by Liang's incremental
// update, O(active²) per merge); at the end the live clusters (the leaves, as
// in wcluster) are merged down to one. Pure.
import { bigrams, clusterVocabulary, countWords } from './clusters.js';

export interface BrownOptions {
  /** Live clusters at most (Liang's C). Time grows as units × active²; words merged in the window share their cluster's path. */
  active: number;
  /** Words seen fewer times get no path (the other words' bigrams with them are dropped). */
  minCount: number;
  /** At most this many words (the most frequent). */
  maxVocab?: number;
  /** Starting classes (word -> class, e.g. exchange classes): the classes are the leaves (no window: `active` unused); only their words get a path. */
  init?: ReadonlyMap<string, number>;
  log?: (msg: string) => void;
}

/** x log x, from a table for small integers (counts are integers). */
function xlogx(size: number): (x: number) => number {
  const t = new Float64Array(size);
  for (let i = 1; i < size; i++) t[i] = i * Math.log(i);
  return (x) => (x < size ? t[x] : x * Math.log(x));
}

/** Word -> bit string ('0' / '1' per branch from the root). Deterministic. */
export function brownClusters(corpus: readonly (readonly string[])[], opts: BrownOptions): Map<string, string> {
  const words = opts.init
    ? [...opts.init.keys()]
    : clusterVocabulary(countWords(corpus), opts.minCount, opts.maxVocab);
  // Units: the words themselves, or the starting classes, numbered by frequency.
  const rawUnit = new Map<string, number>();
  if (opts.init) for (const [w, c] of opts.init) rawUnit.set(w, c);
  else words.forEach((w, i) => rawUnit.set(w, i));
  const rawCount = new Map<number, number>();
  for (const s of corpus) for (const w of s) {
    const u = rawUnit.get(w);
    if (u !== undefined) rawCount.set(u, (rawCount.get(u) ?? 0) + 1);
  }
  const order = [...rawCount.keys()].sort((a, b) => rawCount.get(b)! - rawCount.get(a)! || a - b);
  const renum = new Map(order.map((u, i) => [u, i]));
  const id = new Map<string, number>();
  for (const [w, u] of rawUnit) if (renum.has(u)) id.set(w, renum.get(u)!);
  const U = order.length;
  const bg = bigrams(corpus, id, U); // unit U: other words and the sentence boundary, left out below
  const nlU = new Float64Array(U);
  const nrU = new Float64Array(U);
  let T = 0;
  for (let a = 0; a < U; a++)
    for (let j = bg.rPtr[a]; j < bg.rPtr[a + 1]; j++) {
      const b = bg.rIdx[j];
      if (b === U) continue;
      nlU[a] += bg.rCnt[j];
      nrU[b] += bg.rCnt[j];
      T += bg.rCnt[j];
    }
  const C = opts.init ? Math.max(1, U) : Math.max(1, Math.min(opts.active, U));
  const S = C + 1;
  const f = xlogx(Math.min(1 << 22, T + 2));
  const logT = Math.log(Math.max(T, 1));
  /** T × q: the mutual-information term of a count between margins of logs ll and lr. */
  const qf = (x: number, ll: number, lr: number) => (x > 0 ? f(x) + x * (logT - ll - lr) : 0);
  const N = new Float64Array(S * S);
  const q = new Float64Array(S * S);
  const L = new Float64Array(S * S);
  const lcd = new Float64Array(S * S);
  const rcd = new Float64Array(S * S);
  const nl = new Float64Array(S);
  const nr = new Float64Array(S);
  const lnl = new Float64Array(S);
  const lnr = new Float64Array(S);
  const Q = new Float64Array(S);
  const A = new Float64Array(S);
  const live = new Uint8Array(S);
  const node = new Int32Array(S);
  const members: number[][] = Array.from({ length: S }, () => []);
  const slotOf = new Int32Array(U).fill(-1);
  const left = new Int32Array(2 * S);
  const right = new Int32Array(2 * S);
  let nextNode = S;
  let tree = false;
  let act: number[] = [];

  const setQ = (s: number) => {
    for (const x of act) {
      q[s * S + x] = qf(N[s * S + x], lnl[s], lnr[x]);
      q[x * S + s] = qf(N[x * S + s], lnl[x], lnr[s]);
    }
  };
  const sumQ = (s: number) => {
    let t = -q[s * S + s];
    for (const x of act) t += q[s * S + x] + q[x * S + s];
    return t;
  };
  /** Loss of merging s and t (s < t). */
  const loss = (s: number, t: number) => {
    const lm = Math.log(nl[s] + nl[t]);
    const rm = Math.log(nr[s] + nr[t]);
    let l = Q[s] + Q[t] - q[s * S + t] - q[t * S + s];
    for (const x of act) {
      if (x === s || x === t) continue;
      l -= qf(N[s * S + x] + N[t * S + x], lm, lnr[x]) + qf(N[x * S + s] + N[x * S + t], lnl[x], rm);
    }
    return l - qf(N[s * S + s] + N[s * S + t] + N[t * S + s] + N[t * S + t], lm, rm);
  };
  const pairIdx = (c: number, d: number) => (c < d ? c * S + d : d * S + c);
  /** Sets the loss of a pair and the logs of its merged margins. */
  const setLoss = (c: number, d: number) => {
    const p = pairIdx(c, d);
    lcd[p] = Math.log(nl[c] + nl[d]);
    rcd[p] = Math.log(nr[c] + nr[d]);
    L[p] = loss(Math.min(c, d), Math.max(c, d));
  };

  const enter = (u: number, s: number) => {
    for (let x = 0; x < S; x++) N[s * S + x] = N[x * S + s] = 0;
    for (let j = bg.rPtr[u]; j < bg.rPtr[u + 1]; j++) {
      const t = bg.rIdx[j] === U ? -1 : bg.rIdx[j] === u ? s : slotOf[bg.rIdx[j]];
      if (t >= 0) N[s * S + t] += bg.rCnt[j];
    }
    for (let j = bg.lPtr[u]; j < bg.lPtr[u + 1]; j++) {
      const v = bg.lIdx[j];
      if (v === U || v === u || slotOf[v] < 0) continue;
      N[slotOf[v] * S + s] += bg.lCnt[j];
    }
    slotOf[u] = s;
    members[s] = [u];
    nl[s] = nlU[u];
    nr[s] = nrU[u];
    lnl[s] = Math.log(nl[s]);
    lnr[s] = Math.log(nr[s]);
    live[s] = 1;
    act.push(s);
    setQ(s);
    for (const x of act) if (x !== s) Q[x] += q[x * S + s] + q[s * S + x];
    Q[s] = sumQ(s);
    // The new cluster adds its terms to every other pair's loss.
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      if (c === s) continue;
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        if (d === s) continue;
        const p = pairIdx(c, d);
        L[p] +=
          q[c * S + s] + q[s * S + c] + q[d * S + s] + q[s * S + d] -
          qf(N[c * S + s] + N[d * S + s], lcd[p], lnr[s]) - qf(N[s * S + c] + N[s * S + d], lnl[s], rcd[p]);
      }
    }
    for (const x of act) if (x !== s) setLoss(x, s);
  };

  const mergeBest = () => {
    let a = -1;
    let b = -1;
    let best = Infinity;
    for (let i = 0; i < act.length; i++)
      for (let j = i + 1; j < act.length; j++) {
        const l = L[pairIdx(act[i], act[j])];
        if (l < best - 1e-9) [best, a, b] = [l, act[i], act[j]];
      }
    if (a > b) [a, b] = [b, a];
    const others = act.filter((x) => x !== a && x !== b);
    for (const c of others) A[c] = q[c * S + a] + q[a * S + c] + q[c * S + b] + q[b * S + c];
    for (let i = 0; i < others.length; i++)
      for (let j = i + 1; j < others.length; j++) {
        const c = others[i];
        const d = others[j];
        const p = pairIdx(c, d);
        const lc = lcd[p];
        const rc = rcd[p];
        L[p] -=
          A[c] + A[d] -
          qf(N[c * S + a] + N[d * S + a], lc, lnr[a]) - qf(N[a * S + c] + N[a * S + d], lnl[a], rc) -
          qf(N[c * S + b] + N[d * S + b], lc, lnr[b]) - qf(N[b * S + c] + N[b * S + d], lnl[b], rc);
      }
    for (let x = 0; x < S; x++) N[a * S + x] += N[b * S + x];
    for (let x = 0; x < S; x++) N[x * S + a] += N[x * S + b];
    for (let x = 0; x < S; x++) N[b * S + x] = N[x * S + b] = 0;
    nl[a] += nl[b];
    nr[a] += nr[b];
    lnl[a] = Math.log(nl[a]);
    lnr[a] = Math.log(nr[a]);
    live[b] = 0;
    act = act.filter((x) => x !== b);
    for (const c of others) Q[c] -= A[c];
    setQ(a);
    for (const c of others) Q[c] += q[c * S + a] + q[a * S + c];
    Q[a] = sumQ(a);
    for (let i = 0; i < others.length; i++)
      for (let j = i + 1; j < others.length; j++) {
        const c = others[i];
        const d = others[j];
        const p = pairIdx(c, d);
        L[p] +=
          q[c * S + a] + q[a * S + c] + q[d * S + a] + q[a * S + d] -
          qf(N[c * S + a] + N[d * S + a], lcd[p], lnr[a]) - qf(N[a * S + c] + N[a * S + d], lnl[a], rcd[p]);
      }
    for (const c of others) setLoss(a, c);
    if (tree) {
      left[nextNode] = node[a];
      right[nextNode] = node[b];
      node[a] = nextNode++;
    }
    for (const u of members[b]) slotOf[u] = a;
    for (const u of members[b]) members[a].push(u);
    members[b] = [];
    return b;
  };

  const free: number[] = [];
  for (let s = S - 1; s >= 0; s--) free.push(s);
  for (let u = 0; u < U; u++) {
    enter(u, free.pop()!);
    if (act.length > C) free.push(mergeBest());
    if (opts.log && (u + 1) % 5000 === 0) opts.log(`  brown: ${u + 1} of ${U} units in`);
  }
  // As in Liang's wcluster, the tree is over the clusters live after the window: their words share a path.
  for (const s of act) node[s] = s;
  const leafOf = slotOf.slice();
  tree = true;
  while (act.length > 1) mergeBest();
  // Paths: '0' for the kept cluster's side of a merge, '1' for the other.
  const path = new Array<string>(2 * S).fill('');
  const stack = U ? [node[act[0]]] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n < S) continue;
    path[left[n]] = path[n] + '0';
    path[right[n]] = path[n] + '1';
    stack.push(left[n], right[n]);
  }
  const out = new Map<string, string>();
  for (const w of words) {
    const u = id.get(w);
    if (u !== undefined) out.set(w, path[leafOf[u]] || '0');
  }
  return out;
}
