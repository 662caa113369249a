// The learned check that a sentence reports a material event of a type (ASSAULT, PROTEST):
// a logistic model over report-features, trained by scripts/train-report-filter.ts on the
// openeventdata Arabic gold standard records (MIT) and shipped in data/model/.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../data-files.js';
import type { Features } from './report-features.js';

export interface ReportModel {
  type: string;
  threshold: number;
  weights: Record<string, number>;
}

export interface ReportModels {
  about: string;
  models: ReportModel[];
}

export const REPORT_MODEL_FILE = 'model/report-filter.json';

let cached: Map<string, ReportModel> | null = null;

export function loadReportModels(): Map<string, ReportModel> {
  if (cached) return cached;
  const file = dataPath(REPORT_MODEL_FILE);
  cached = new Map();
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as ReportModels;
    for (const x of m.models) cached.set(x.type, x);
  }
  return cached;
}

export function score(model: Pick<ReportModel, 'weights'>, f: Features): number {
  let z = 0;
  for (const [k, v] of f) z += (model.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Trains a logistic model by SGD with L2 (examples weighted) and returns the average of the
 * weights over all updates (Polyak averaging), which is steadier on small, noisy data.
 */
export function trainLogistic(examples: { f: Features; y: 0 | 1; w: number }[], epochs = 12, rate = 0.1, l2 = 1e-4, seed = 7): Record<string, number> {
  const weights: Record<string, number> = {};
  // Lazy averaging: sum[k] accumulates weight * steps, last[k] the step of the last change.
  const sum: Record<string, number> = {};
  const last: Record<string, number> = {};
  let step = 0;
  const touch = (k: string) => {
    sum[k] = (sum[k] ?? 0) + (weights[k] ?? 0) * (step - (last[k] ?? 0));
    last[k] = step;
  };
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / (1 + ep * 0.3);
    for (const i of order) {
      const { f, y, w } = examples[i];
      const p = score({ weights }, f);
      const g = (y - p) * w;
      for (const [k, v] of f) {
        touch(k);
        const cur = weights[k] ?? 0;
        weights[k] = cur + lr * (g * v - l2 * cur);
      }
      step++;
    }
  }
  const avg: Record<string, number> = {};
  for (const k of Object.keys(weights)) {
    touch(k);
    const v = sum[k] / Math.max(1, step);
    if (Math.abs(v) >= 1e-3) avg[k] = Number(v.toFixed(4));
  }
  return avg;
}
