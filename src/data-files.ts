// Loads the reviewable data files under data/: TSV with a header row, '#' comment lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository's data directory, from src/ (tsx) and from dist/ (compiled) alike. */
export const DATA_DIR = path.resolve(here, '..', 'data');

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts);
}

export type TsvRow = Record<string, string>;

/**
 * Parses TSV text: first non-comment line is the header; blank and '#' lines are skipped. Cells are trimmed
 * (so a line's '\r' before '\n' goes with them). Plain loops and a string split: it runs on every lexicon at
 * start-up.
 */
export function parseTsv(text: string, origin = 'tsv'): TsvRow[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.charCodeAt(0) === 35 /* # */ || !line.trim()) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    if (cells.length > header.length) {
      throw new Error(`${origin}:${i + 1}: ${cells.length} cells for ${header.length} columns`);
    }
    const row: TsvRow = {};
    for (let k = 0; k < header.length; k++) row[header[k]] = k < cells.length ? cells[k].trim() : '';
    rows.push(row);
  }
  return rows;
}

const cache = new Map<string, TsvRow[]>();

/** Reads and parses data/<relative> once per process. */
export function loadTsv(relative: string): TsvRow[] {
  let rows = cache.get(relative);
  if (!rows) {
    rows = parseTsv(readFileSync(dataPath(relative), 'utf8'), relative);
    cache.set(relative, rows);
  }
  return rows;
}

export function loadJson<T>(relative: string): T {
  return JSON.parse(readFileSync(dataPath(relative), 'utf8')) as T;
}
