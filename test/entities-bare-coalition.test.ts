// A coalition named by a bare word ('التحالف'): src/extract/entities/bare-coalition.ts and
// data/kb/theatre_coalitions.tsv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { parseTheatreCoalitions } from '../src/extract/entities/bare-coalition.js';
import { analyzeText } from '../src/pipeline.js';
import { loadTsv } from '../src/data-files.js';
import { getIndex } from '../src/kb/kb-index.js';
import type { Entity } from '../src/doc.js';

const run = (text: string, published: string | null = '2015-07-22') => extractEntities({ text, published });
const owner = (ents: Entity[], text: string) => ents.find((e) => e.mentions.some((m) => m.text === text));

test('theatre_coalitions.tsv loads; every row names a KB organisation', () => {
  const table = parseTheatreCoalitions(loadTsv('kb/theatre_coalitions.tsv'));
  const idx = getIndex();
  const rows = [...table.values()].flat();
  assert.ok(rows.length >= 3);
  for (const r of rows) assert.equal(idx.entities.get(r.id)?.type, 'ORG', r.id);
  assert.ok(table.get('التحالف')!.every((r) => r.unlessNext.has('بين') && r.unlessBefore.has('هذا')));
  assert.throws(() => parseTheatreCoalitions([{ word: 'تحالف', theatre: 'YEM', from: '', to: '', kb_id: 'x', unless_next: '', unless_before: '' }]), /bad row/);
  assert.throws(() => parseTheatreCoalitions([{ word: 'التحالف', theatre: 'YEM', from: '2015', to: '', kb_id: 'x', unless_next: '', unless_before: '' }]), /bad date/);
});

test('a bare coalition in a report on Yemen is the Saudi-led coalition, in Syria the coalition against ISIS', () => {
  const yemen = run('قصفت طائرات حربية مواقع الحوثيين في صعدة اليمنية. وأعلن التحالف هدنة إنسانية في اليمن.');
  assert.equal(owner(yemen, 'التحالف')?.id, 'rasad:org:saudi-led-coalition');
  const syria = run('قالت مصادر في الرقة السورية إن غارات التحالف استهدفت مواقع تنظيم داعش.');
  assert.equal(owner(syria, 'التحالف')?.id, 'rasad:org:international-coalition');
});

test('the coalition a report names in full is the one its bare word means', () => {
  const ents = run('أعلن التحالف الدولي ضد داعش أنه شن غارات في اليمن. وقال التحالف إن الغارات أصابت أهدافها.');
  assert.equal(owner(ents, 'التحالف')?.id, 'rasad:org:international-coalition');
});

test('no coalition before it fought there, nor where no theatre is named', () => {
  assert.equal(owner(run('وأعلن التحالف هدنة في اليمن.', '2014-05-01'), 'التحالف'), undefined, 'Yemen before March 2015');
  assert.equal(owner(run('وأعلن التحالف أنه سيواصل عمله.'), 'التحالف'), undefined, 'no place, no theatre');
  // A report with no date reads the coalitions still in force.
  assert.equal(owner(run('وأعلن التحالف هدنة في اليمن.', null), 'التحالف')?.id, 'rasad:org:saudi-led-coalition');
});

test('another alliance is no coalition: a definite word after it, an alliance between or with, one just described', () => {
  for (const text of [
    'وقال رئيس التحالف الوطني في اليمن إن الحوار مستمر.',
    'ويستمر التحالف بين الأحزاب في اليمن رغم الخلافات.',
    'وقال إن هذا التحالف سيضم أربع عواصم في سوريا.',
  ]) {
    const ents = run(text);
    assert.ok(!ents.some((e) => e.id === 'rasad:org:saudi-led-coalition' || e.id === 'rasad:org:international-coalition'), text);
  }
});

test("the coalition's aircraft are the theatre's coalition's, and a body joined by و is beside them, not theirs", () => {
  const ents = run('شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة.');
  const aircraft = owner(ents, 'طائرات التحالف')!;
  assert.equal(aircraft.country, 'SAU');
  const joined = run('ساهم طيران التحالف والجيش في إلحاق خسائر كبيرة في صفوف داعش في الرمادي العراقية.');
  assert.equal(owner(joined, 'طيران التحالف')?.country, 'USA', 'the aircraft are the coalition’s, not the army’s');
});

test('a bare coalition is the side of its act in the pipeline', () => {
  const doc = analyzeText('أعلن التحالف هدنة إنسانية في اليمن تبدأ منتصف الليل.', { title: null, outlet: null, url: null, published: '2015-07-25' }, 'test');
  const truce = doc.events.find((e) => e.type === 'RETREAT');
  assert.equal(truce?.source?.country, 'SAU');
});
