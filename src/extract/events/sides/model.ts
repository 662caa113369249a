// The sides model: an averaged perceptron that labels each candidate actor of an act source, target or neither
// from its feature strings (./features.ts). Trained by scripts/train-sides.ts; the weights are a reviewable JSON
// file (data/model/sides.json). Training is deterministic: the same examples and seed give the same weights.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../../data-files.js';
import { mulberry32 } from '../../../random.js';
import { once } from '../../../once.js';

export const SIDE_CLASSES = ['source', 'target', 'none'] as const;
export type SideClass = (typeof SIDE_CLASSES)[number];

export interface SidesModel {
  format: 'rasad-sides-perceptron';
  /** 'choose': the model picks both sides; 'fill': it only fills a side the hand rules left empty. */
  mode: 'choose' | 'fill';
  /** In fill mode, how much better (in margin) another candidate must score to replace a side the rules named;
   * absent: never. */
  override?: number;
  /** The margin a candidate needs to be picked as source and as target, per role (chosen by cross-validation);
   * absent: 0 for both. */
  floors?: [number, number];
  /** The event types it was trained on: for the others the hand rules choose. */
  types: string[];
  /** Feature -> weights for source, target, none. */
  weights: Record<string, [number, number, number]>;
  trained_on?: string;
  epochs?: number;
  seed?: number;
  /** How many perceptrons (seeds seed, seed+1, ...) were averaged. */
  bag?: number;
}

export const SIDES_MODEL_FILE = 'model/sides.json';

export interface SideExample {
  features: string[];
  label: SideClass;
}

/** Scores of the three classes for a candidate's features. */
export function scoreSides(model: Pick<SidesModel, 'weights'>, features: string[]): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    s[0] += w[0];
    s[1] += w[1];
    s[2] += w[2];
  }
  return s;
}


/** Trains the averaged perceptron; weights rounded to 4 decimals, zero rows dropped, keys sorted. */
export function trainSides(examples: SideExample[], epochs = 10, seed = 1): Record<string, [number, number, number]> {
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let c = 1;
  const rng = mulberry32(seed);
  const order = examples.map((_, i) => i);
  const get = (m: Map<string, number[]>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = [0, 0, 0]));
    return v;
  };
  const update = (f: string, k: number, delta: number) => {
    const wv = get(w, f);
    const tv = get(total, f);
    const sv = get(stamp, f);
    tv[k] += (c - sv[k]) * wv[k];
    sv[k] = c;
    wv[k] += delta;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const ex = examples[i];
      const s = [0, 0, 0];
      for (const f of ex.features) {
        const v = w.get(f);
        if (v) for (let k = 0; k < 3; k++) s[k] += v[k];
      }
      const gold = SIDE_CLASSES.indexOf(ex.label);
      let best = 0;
      for (let k = 1; k < 3; k++) if (s[k] > s[best]) best = k;
      if (best !== gold) {
        for (const f of ex.features) {
          update(f, gold, 1);
          update(f, best, -1);
        }
      }
      c++;
    }
  }
  const out: Record<string, [number, number, number]> = {};
  for (const f of [...w.keys()].sort()) {
    const wv = w.get(f)!;
    const tv = total.get(f)!;
    const sv = stamp.get(f)!;
    const avg = [0, 1, 2].map((k) => Math.round(((tv[k] + (c - sv[k]) * wv[k]) / c) * 1e4) / 1e4) as [number, number, number];
    if (avg.some((x) => x !== 0)) out[f] = avg;
  }
  return out;
}

/** The mean of perceptrons trained with seeds seed .. seed+n-1: steadier than one shuffle order. */
export function trainSidesBagged(examples: SideExample[], epochs = 10, seed = 1, n = 5): Record<string, [number, number, number]> {
  const sum = new Map<string, [number, number, number]>();
  for (let k = 0; k < n; k++) {
    for (const [f, w] of Object.entries(trainSides(examples, epochs, seed + k))) {
      const v = sum.get(f) ?? [0, 0, 0];
      for (let c = 0; c < 3; c++) v[c] += w[c];
      sum.set(f, v);
    }
  }
  const out: Record<string, [number, number, number]> = {};
  for (const f of [...sum.keys()].sort()) out[f] = sum.get(f)!.map((x) => Math.round((x / n) * 1e4) / 1e4) as [number, number, number];
  return out;
}

export function parseSidesModel(text: string, file = SIDES_MODEL_FILE): SidesModel {
  const m = JSON.parse(text) as SidesModel;
  if (m.format !== 'rasad-sides-perceptron' || (m.mode !== 'choose' && m.mode !== 'fill') || !Array.isArray(m.types) || typeof m.weights !== 'object') throw new Error(`${file}: not a sides model`);
  if (m.floors !== undefined && !(Array.isArray(m.floors) && m.floors.length === 2 && m.floors.every((x) => typeof x === 'number'))) throw new Error(`${file}: floors must be two numbers`);
  return m;
}

const shipped = once(() => {
  const file = dataPath(SIDES_MODEL_FILE);
  return { model: existsSync(file) ? parseSidesModel(readFileSync(file, 'utf8')) : null };
});
/** The shipped model, or null when there is none (the hand rules alone choose the sides). */
export function loadSidesModel(): SidesModel | null {
  return shipped().model;
}
