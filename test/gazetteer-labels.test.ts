// Wikidata city labels that belong to another item (src/kb/gazetteer-labels.ts) and the gazetteer build that leaves
// them out (scripts/build-gazetteer.ts, reviewed exceptions in data/gazetteer/label_exceptions.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSkeletonRules } from '../src/arabic/skeleton.js';
import { isMislabel, labelForms, labelKey, labelSimilarity, MISLABEL_BELOW } from '../src/kb/gazetteer-labels.js';
import { parseTsv } from '../src/data-files.js';
import { ROOT } from './helpers.js';

const rules = loadSkeletonRules();
const none = new Set<string>();

test('a label of another item shares too few consonants with the city: a province, a drug, a university, a ministry', () => {
  for (const [iso2, en, ar] of [
    ['TD', 'Sarh', 'خيبر بختونخوا'], ['IQ', 'Mosul', 'فاموتيدين'], ['NG', 'Biu', 'جامعة بار إيلان'],
    ['SO', 'Kismayo', 'وزارة الدفاع'], ['ML', 'Gao', 'مطار الخرطوم'], ['UA', 'Izium', 'الاتحاد الأوروبي'],
    ['CO', 'Cali', 'كاليفورنيا'], ['IR', 'Bam', 'بامبرغ'],
  ]) assert.ok(isMislabel(iso2, en, ar, rules, none), `${en} / ${ar}: ${labelSimilarity(en, ar, rules)}`);
});

test('a spelt name is no mislabel, with a place word before it or a region after a comma', () => {
  for (const [iso2, en, ar] of [
    ['SO', 'Kismayo', 'كيسمايو'], ['UA', 'Mariupol', 'ماريوبول'], ['NG', 'Maiduguri', 'مايدوغوري'],
    ['AF', 'Kunduz', 'ولاية قندوز'], ['SY', 'Idlib', 'محافظة إدلب'], ['PK', 'Nowshera', 'ناوشيرا، خيبر باختونخوا'],
    ['ML', 'Timbuktu', 'تمبكتو'], ['YE', 'Al Hudaydah', 'الحديدة'], ['SD', 'El Fasher', 'مطار الفاشر'],
    ['IQ', 'Mosul', 'الموصل'],
  ]) assert.ok(!isMislabel(iso2, en, ar, rules, none), `${en} / ${ar}: ${labelSimilarity(en, ar, rules)}`);
});

test('the forms of a label: whole, before a comma, without a leading place word', () => {
  assert.deepEqual(labelForms('محافظة إدلب'), ['محافظة إدلب', 'إدلب']);
  assert.deepEqual(labelForms('ناوشيرا، خيبر باختونخوا'), ['ناوشيرا، خيبر باختونخوا', 'ناوشيرا']);
  assert.deepEqual(labelForms('كيسمايو'), ['كيسمايو']);
});

const exceptions = parseTsv(readFileSync(path.join(ROOT, 'data', 'gazetteer', 'label_exceptions.tsv'), 'utf8'), 'label_exceptions.tsv');

test('a reviewed exonym is kept: Casablanca / الدار البيضاء is flagged without the list and kept with it', () => {
  const kept = new Set(exceptions.map((r) => labelKey(r.country, r.name_en, r.name_ar)));
  assert.ok(isMislabel('MA', 'Casablanca', 'الدار البيضاء', rules, none));
  assert.ok(!isMislabel('MA', 'Casablanca', 'الدار البيضاء', rules, kept));
  assert.ok(isMislabel('LY', 'Casablanca', 'الدار البيضاء', rules, kept), 'the exception is for that country only');
});

test('label_exceptions.tsv: every row is complete and needed (its label is below the threshold)', () => {
  assert.ok(exceptions.length > 0);
  for (const r of exceptions) {
    assert.match(r.country, /^[A-Z]{2}$/, `country of ${r.name_en}`);
    assert.ok(r.name_en && r.name_ar && r.note, `row of ${r.name_en}`);
    assert.ok(labelSimilarity(r.name_en, r.name_ar, rules) < MISLABEL_BELOW, `${r.name_en} / ${r.name_ar} needs no exception`);
  }
});

test('given_name_places.tsv: every reviewed place named like a person is in places.tsv, and no mislabel is', () => {
  const reviewed = parseTsv(readFileSync(path.join(ROOT, 'data', 'gazetteer', 'given_name_places.tsv'), 'utf8'), 'given_name_places.tsv');
  const places = parseTsv(readFileSync(path.join(ROOT, 'data', 'gazetteer', 'places.tsv'), 'utf8'), 'places.tsv');
  const shipped = new Set(places.map((p) => `${p.name_en}|${p.name_ar}`));
  assert.ok(reviewed.length > 0);
  for (const r of reviewed) {
    assert.match(r.country, /^[A-Z]{2}$/, `country of ${r.name_en}`);
    assert.ok(r.note, `note of ${r.name_en}`);
    assert.ok(shipped.has(`${r.name_en}|${r.name_ar}`), `${r.name_en} / ${r.name_ar} is in places.tsv`);
  }
  for (const [en, ar] of [['Sarh', 'خيبر بختونخوا'], ['Mosul', 'فاموتيدين'], ['Biu', 'جامعة بار إيلان']]) {
    assert.ok(!shipped.has(`${en}|${ar}`), `${en} / ${ar} is not in places.tsv`);
  }
});

test('the build leaves another item\'s label out and keeps the city\'s own (small fixture)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-gaz-'));
  try {
    const gaz = path.join(dir, 'data', 'gazetteer');
    mkdirSync(gaz, { recursive: true });
    mkdirSync(path.join(dir, 'data', 'anercorp'), { recursive: true });
    const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
    writeFileSync(path.join(gaz, 'countries_ar.tsv'), tsv([
      ['iso2', 'iso3', 'name_en', 'name_ar_i18n_iso_countries', 'name_ar_world_countries_common', 'name_ar_world_countries_official', 'lat', 'lon'],
      ['SO', 'SOM', 'Somalia', 'الصومال', 'الصومال', 'الصومال', '6', '46'], ['TD', 'TCD', 'Chad', 'تشاد', 'تشاد', 'تشاد', '15', '19'],
      ['MA', 'MAR', 'Morocco', 'المغرب', 'المغرب', 'المغرب', '32', '-5'],
    ]));
    const dr5hnHeader = ['name_ar', 'name_en', 'lat', 'lon', 'country', 'feature_class', 'population', 'wikidata', 'source'];
    writeFileSync(path.join(gaz, 'places_ar_region.tsv'), tsv([dr5hnHeader, ['الصومال', 'Somalia', '6', '46', 'SO', 'country', '1', 'Q1045', 'x']]));
    writeFileSync(path.join(gaz, 'places_ar_dr5hn.tsv'), tsv([dr5hnHeader, ['مقديشو', 'Mogadishu', '2.03', '45.34', 'SO', 'city', '2587183', 'Q2449', 'x']]));
    writeFileSync(path.join(gaz, 'wikidata_cities_ar_jamsshhayd.tsv'), tsv([
      ['name_ar', 'name_en', 'country_ar', 'country_en', 'country_iso2', 'population', 'lat_from_dr5hn', 'lon_from_dr5hn'],
      ['كيسمايو', 'Kismayo', 'الصومال', 'Somalia', 'SO', '183300', '-0.36', '42.54'],
      ['وزارة الدفاع', 'Baidoa', 'الصومال', 'Somalia', 'SO', '157000', '3.11', '43.65'],
      ['خيبر بختونخوا', 'Sarh', 'تشاد', 'Chad', 'TD', '103269', '9.14', '18.39'],
      ['الدار البيضاء', 'Casablanca', 'المغرب', 'Morocco', 'MA', '3144909', '33.59', '-7.62'],
    ]));
    writeFileSync(path.join(dir, 'data', 'anercorp', 'train.txt'), 'مقديشو B-LOC\n');
    const out = path.join(dir, 'places.tsv');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-gazetteer.ts'), dir, out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const names = parseTsv(readFileSync(out, 'utf8'), 'places.tsv').map((p) => `${p.country} ${p.name_en} ${p.name_ar}`).sort();
    assert.deepEqual(names, ['MAR Casablanca الدار البيضاء', 'SOM Kismayo كيسمايو', 'SOM Mogadishu مقديشو']);
    assert.match(r.stderr, /2 Wikidata labels left out as another item's/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
