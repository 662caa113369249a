// Test helpers: where the shared corpus lives (beside the project root), if it is there.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import type { EventRecord, EventType } from '../src/doc.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(path.join(SHARED, 'corpus', 'seeds.jsonl'));
export const SHARED_ABSENT = 'shared corpus absent (../shared beside the project root): skipped';

export interface SeedRecord {
  id: string;
  title: string;
  text: string;
  published: string | null;
  outlet: string | null;
}

export function seedRecords(): SeedRecord[] {
  return readFileSync(path.join(SHARED, 'corpus', 'seeds.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SeedRecord);
}

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** The first event of a type in a text analysed alone (published 2021-03-01); fails the test when there is none. */
export function firstEvent(text: string, type: EventType): EventRecord {
  const ev = analyzeText(text, { title: null, outlet: null, url: null, published: '2021-03-01' }, 't').events.find((e) => e.type === type);
  assert.ok(ev, `a ${type} event in: ${text}`);
  return ev;
}
