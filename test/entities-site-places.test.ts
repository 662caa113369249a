// A named site is put at the coordinates of the place it is told in (src/extract/entities/site-places.ts), and an
// act there is mapped at the site; the site and its town are one place for merging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };

test('a hospital told in a town takes the town\'s coordinates, precision and country', () => {
  const doc = analyzeText('اقتحمت القوات الإسرائيلية مستشفى كمال عدوان في بيت لاهيا أمس.', meta, 's');
  const site = doc.entities.find((e) => e.name_en === 'Kamal Adwan Hospital');
  const town = doc.entities.find((e) => e.name_en === 'Beit Lahia');
  assert.ok(site && town);
  assert.deepEqual(site.geo, town.geo);
  assert.equal(site.country, 'PSE');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.location?.name_en, 'Kamal Adwan Hospital');
});

test('a site with no place told beside it stays off the map', () => {
  const doc = analyzeText('اقتحمت القوات مستشفى كمال عدوان أمس.', meta, 's');
  const site = doc.entities.find((e) => e.name_en === 'Kamal Adwan Hospital');
  assert.ok(site);
  assert.equal(site.geo, null);
});
