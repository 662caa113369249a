// A province named in the headline and a town near its centre named in the body (merge.ts, headlined).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionAndTown } from '../src/extract/events/merge-region.js';

const at = (lat: number, lon: number, precision: 'admin1' | 'city' | 'country' | 'site') => ({ location: { entity: `p:${lat}`, name_en: null, lat, lon, precision } });

test('a town near a province centre lies in it; a far town, a country or two towns do not', () => {
  assert.ok(regionAndTown(at(36.2, 37.1, 'admin1'), at(36.45, 37.3, 'city')));
  assert.ok(regionAndTown(at(36.45, 37.3, 'site'), at(36.2, 37.1, 'admin1')));
  // 200 km away.
  assert.ok(!regionAndTown(at(36.2, 37.1, 'admin1'), at(35.0, 38.5, 'city')));
  assert.ok(!regionAndTown(at(36.2, 37.1, 'country'), at(36.45, 37.3, 'city')));
  assert.ok(!regionAndTown(at(36.2, 37.1, 'city'), at(36.25, 37.15, 'city')));
  // Coordinates not known.
  assert.ok(!regionAndTown(at(0, 0, 'admin1'), at(0, 0, 'city')));
});

test('the lead and the sentence after it at a town and a nearby province stay two acts', async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const text = 'أعلنت حركة حماس أنها أطلقت صواريخ على عسقلان. وقالت الحركة في بيان إنها قصفت مواقع للجيش الإسرائيلي في غلاف غزة.';
  const evs = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 't').events;
  assert.equal(evs.filter((e) => e.type === 'ASSAULT').length, 2);
});
