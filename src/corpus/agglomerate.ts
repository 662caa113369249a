// Average-link agglomerative clustering over a sparse similarity graph: cluster pairs keep the sum
// of their members' similarities (sums add up when clusters merge), and the best pair comes off a
// heap. Two clusters may merge only when every pair of their members is `compatible`; `link`
// gives the similarity and compatibility of the pairs that can be either (others are
// incompatible and dissimilar), so the cost follows the linked pairs, not all pairs.

export interface Link {
  i: number;
  j: number;
  sim: number;
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

class Heap {
  private xs: Entry[] = [];
  private better = (x: Entry, y: Entry) => x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  push(e: Entry): void {
    const xs = this.xs;
    xs.push(e);
    let i = xs.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(xs[i], xs[p])) break;
      [xs[i], xs[p]] = [xs[p], xs[i]];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const xs = this.xs;
    if (!xs.length) return undefined;
    const top = xs[0];
    const last = xs.pop()!;
    if (xs.length) {
      xs[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < xs.length && this.better(xs[l], xs[m])) m = l;
        if (r < xs.length && this.better(xs[r], xs[m])) m = r;
        if (m === i) break;
        [xs[i], xs[m]] = [xs[m], xs[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Clusters items 0..n-1. `links` lists every compatible pair (with its similarity, possibly 0);
 * pairs not listed are incompatible. Clusters merge, best average first, while the best average
 * similarity exceeds `threshold` and all their member pairs are compatible.
 */
export function averageLink(n: number, links: Iterable<Link>, threshold: number): number[][] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const version = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  // Per cluster: neighbour -> [sum of similarities, number of compatible member pairs].
  const nb: Map<number, [number, number]>[] = Array.from({ length: n }, () => new Map());
  for (const { i, j, sim } of links) {
    if (i === j) continue;
    nb[i].set(j, [sim, 1]);
    nb[j].set(i, [sim, 1]);
  }
  const heap = new Heap();
  const offer = (a: number, b: number) => {
    const [sum, ok] = nb[a].get(b)!;
    const size = members[a].length * members[b].length;
    if (ok < size) return;
    const avg = sum / size;
    if (avg > threshold) {
      const [x, y] = a < b ? [a, b] : [b, a];
      heap.push({ avg, a: x, b: y, va: version[x], vb: version[y] });
    }
  };
  for (let a = 0; a < n; a++) for (const b of nb[a].keys()) if (a < b) offer(a, b);
  for (let e = heap.pop(); e; e = heap.pop()) {
    if (!alive[e.a] || !alive[e.b] || e.va !== version[e.a] || e.vb !== version[e.b]) continue;
    const { a, b } = e;
    // b joins a.
    for (const [c, [sum, ok]] of nb[b]) {
      if (c === a) continue;
      const cur = nb[a].get(c);
      const merged: [number, number] = cur ? [cur[0] + sum, cur[1] + ok] : [sum, ok];
      nb[a].set(c, merged);
      nb[c].set(a, merged);
      nb[c].delete(b);
    }
    nb[a].delete(b);
    nb[b].clear();
    alive[b] = false;
    members[a] = members[a].concat(members[b]);
    members[b] = [];
    version[a]++;
    for (const c of nb[a].keys()) {
      // A neighbour that lost b without pairs to a: keep the map symmetric.
      offer(a, c);
    }
  }
  return members.filter((m, i) => alive[i] && m.length > 0);
}
