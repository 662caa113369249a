// The KB index's entities in columns, for the prebuilt index (index-codec.ts): entities of one shape (the same
// keys in the same order) stored column by column, a column whose rows all hold one value stored once, and a
// column of few distinct values stored as a dictionary and numbers. Decoding gives objects with the keys in the
// original order; a person's entity points at its record in `kb.people`. Pure.
import type { EntityInfo } from './kb-index.js';
import type { PersonRecord } from './records.js';

type Column = { c: unknown } | { d: unknown[]; i: number[] } | { v: unknown[] };

export interface EncodedEntities {
  /** Key lists of the entity objects (a handful of shapes). */
  shapes: string[][];
  /** Runs of consecutive entities of one shape: shape, count, shape, count, ... */
  runs: number[];
  /** Per shape, its columns by key ('geo' is three: geo.lat, geo.lon, geo.precision; no geo: geo.lat null). */
  columns: Record<string, Column>[];
}

const GEO_KEYS = 'lat,lon,precision';
/** A column of at most this many distinct values is a dictionary. */
const MAX_DICT = 255;

function fail(what: string): never {
  throw new Error(`KB entity columns: ${what}`);
}

function column(values: unknown[]): Column {
  const distinct = new Map<unknown, number>();
  for (const v of values) {
    if (v !== null && typeof v === 'object') fail('an object in a column');
    if (v === undefined) fail('an undefined value');
    if (!distinct.has(v)) distinct.set(v, distinct.size);
    if (distinct.size > MAX_DICT) return { v: values };
  }
  if (distinct.size === 1) return { c: values[0] };
  if (values.length < 4 * distinct.size) return { v: values };
  return { d: [...distinct.keys()], i: values.map((v) => distinct.get(v)!) };
}

function reader(col: Column | undefined): (row: number) => unknown {
  if (!col) fail('a missing column');
  if ('c' in col) return () => col.c;
  if ('d' in col) return (row) => col.d[col.i[row]];
  return (row) => col.v[row];
}

export function encodeEntities(infos: EntityInfo[], people: Map<PersonRecord, number>): EncodedEntities {
  const shapeNo = new Map<string, number>();
  const rows: Record<string, unknown[]>[] = [];
  const runs: number[] = [];
  for (const info of infos) {
    const keys = Object.keys(info);
    const shapeKey = keys.join(',');
    let s = shapeNo.get(shapeKey);
    if (s === undefined) {
      shapeNo.set(shapeKey, (s = shapeNo.size));
      rows.push({});
    }
    if (runs.length && runs[runs.length - 2] === s) runs[runs.length - 1]++;
    else runs.push(s, 1);
    const cols = rows[s];
    const put = (k: string, v: unknown) => (cols[k] ??= []).push(v);
    for (const k of keys) {
      const v = (info as unknown as Record<string, unknown>)[k];
      if (k === 'geo') {
        const g = info.geo;
        if (g !== null && Object.keys(g).join(',') !== GEO_KEYS) fail(`entity ${info.id}: geo keys`);
        put('geo.lat', g ? g.lat : null);
        put('geo.lon', g ? g.lon : null);
        put('geo.precision', g ? g.precision : null);
      } else if (k === 'person') {
        put(k, people.get(v as PersonRecord) ?? fail(`entity ${info.id}: person record not in kb.people`));
      } else {
        put(k, v);
      }
    }
  }
  return {
    shapes: [...shapeNo.keys()].map((k) => k.split(',')),
    runs,
    columns: rows.map((cols) => Object.fromEntries(Object.entries(cols).map(([k, vs]) => [k, column(vs)]))),
  };
}

export function decodeEntities(enc: EncodedEntities, people: PersonRecord[]): EntityInfo[] {
  const out: EntityInfo[] = [];
  const next = enc.shapes.map(() => 0);
  for (let r = 0; r < enc.runs.length; r += 2) {
    const s = enc.runs[r];
    const count = enc.runs[r + 1];
    const keys = enc.shapes[s];
    const cols = enc.columns[s];
    const read = keys.map((k) => (k === 'geo' ? [reader(cols['geo.lat']), reader(cols['geo.lon']), reader(cols['geo.precision'])] : [reader(cols[k])]));
    for (let n = 0; n < count; n++) {
      const row = next[s]++;
      const o: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        const rd = read[k];
        if (key === 'geo') {
          const lat = rd[0](row);
          o.geo = lat === null ? null : { lat, lon: rd[1](row), precision: rd[2](row) };
        } else if (key === 'person') {
          o.person = people[rd[0](row) as number];
        } else {
          o[key] = rd[0](row);
        }
      }
      out.push(o as unknown as EntityInfo);
    }
  }
  return out;
}
