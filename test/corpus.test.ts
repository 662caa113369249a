import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/pipeline.js';
import { boardAndNetwork, buildCorpus, findDuplicates } from '../src/corpus/index.js';
import { signature, similarity } from '../src/corpus/minhash.js';
import { reportHtml, reportJson, reportText } from '../src/corpus/report.js';
import type { Doc } from '../src/doc.js';
import { HAS_SHARED, ROOT, SHARED_ABSENT, seedRecords } from './helpers.js';

function doc(title: string, body: string, input: string, published: string | null, outlet: string | null = null): Doc {
  return analyzeText(`${title}\n\n${body}`, { title, outlet, url: null, published }, input);
}

/** A syndicated copy: another outlet, a changed word or two, its own trailer. */
function syndicate(d: Doc, n: number): Doc {
  const words = d.text.split(' ');
  for (let k = 1; k <= 2; k++) {
    const i = Math.floor((words.length * k) / 3);
    // A changed vowel mark (a damma), not tanwin: tanwin after alif makes a verb a verbal noun ('دعماً').
    words[i] = words[i] + (n % 2 ? 'ُ' : '');
  }
  const text = words.join(' ').replace(/\.\s*$/, '') + `.\n\nنقلا عن وكالة الأنباء ${n}`;
  return analyzeText(text, { ...d.source, outlet: `موقع ${n}`, published: d.source.published }, `${d.input}#copy${n}`);
}

function sampleDocs(): Doc[] {
  const dir = path.join(ROOT, 'samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => {
    const [title, ...rest] = readFileSync(path.join(dir, f), 'utf8').split('\n');
    return doc(title, rest.join('\n'), f, '2024-03-10', 'وكالة');
  });
}

test('minhash: identical texts score 1, unrelated ones near 0, light edits stay high', () => {
  const [a, b] = sampleDocs();
  assert.equal(similarity(signature(a.text), signature(a.text)), 1);
  assert.ok(similarity(signature(a.text), signature(b.text)) < 0.1);
  assert.ok(similarity(signature(a.text), signature(syndicate(a, 1).text)) > 0.6);
});

test('syndicated copies are linked to the earliest original, not counted twice', () => {
  const originals = sampleDocs();
  const early = { ...originals[0], source: { ...originals[0].source, published: '2024-03-09' } };
  const docs = [syndicate(originals[0], 1), early, syndicate(originals[0], 2), ...originals.slice(1), syndicate(originals[1], 3)];
  const dups = findDuplicates(docs);
  assert.equal(dups.length, 3);
  for (const d of dups) assert.ok([early.id, originals[1].id].includes(d.original), 'points at an original');
  const view = buildCorpus(docs);
  for (const e of view.events) {
    const docsReporting = new Set(e.mentions.map((m) => m.doc));
    const independent = new Set([...docsReporting].map((id) => dups.find((x) => x.doc === id)?.original ?? id));
    assert.equal(e.documents, independent.size);
  }
  // Every copy sits in its original's story.
  for (const d of dups) {
    const s = view.stories.find((x) => x.documents.includes(d.original))!;
    assert.ok(s.documents.includes(d.doc));
  }
});

test('seeds copied with small edits: every copy linked, no event counted twice', { skip: !HAS_SHARED && SHARED_ABSENT }, () => {
  const seeds = seedRecords().map((r) => doc(r.title, r.text, r.id, r.published, r.outlet));
  const copies = seeds.flatMap((d, i) => [syndicate(d, i * 2 + 1), syndicate(d, i * 2 + 2)]);
  const view = buildCorpus([...seeds, ...copies]);
  assert.equal(view.duplicates.length, copies.length);
  for (const c of copies) {
    const link = view.duplicates.find((x) => x.doc === c.id);
    assert.ok(link, `${c.input} linked`);
    assert.equal(link!.original, seeds.find((s) => c.input.startsWith(s.input))!.id);
  }
  const alone = buildCorpus(seeds);
  assert.equal(view.events.length, alone.events.length, 'copies add mentions, not events');
  assert.deepEqual(view.events.map((e) => e.documents).sort(), alone.events.map((e) => e.documents).sort());
});

test('report: text, JSON and a self-contained HTML file that escapes the text', () => {
  const hostile = doc('عنوان <script>alert(1)</script>', 'اشتباكات عنيفة في المدينة. <img src=x onerror=alert(1)>', 'h.txt', '2024-01-01');
  const docs = [...sampleDocs(), hostile];
  const view = buildCorpus(docs);
  const json = JSON.parse(reportJson(view));
  assert.equal(json.documents.length, docs.length);
  assert.ok(reportText(view).startsWith(`Rasad report: ${docs.length} documents`));
  const html = reportHtml(view);
  assert.ok(!html.includes('<script>'));
  assert.ok(!/<img/i.test(html));
  assert.ok(html.includes('&lt;script&gt;'));
});

test('seeds: one story about the 2020 war holds 001, 003 and 004; the Jabrayil claim meets its denial; the JSON report', { skip: !HAS_SHARED && SHARED_ABSENT }, () => {
  const seeds = seedRecords().map((r) => doc(r.title, r.text, r.id, r.published, r.outlet));
  const view = JSON.parse(reportJson(buildCorpus(seeds))) as ReturnType<typeof buildCorpus>;
  const idOf = (prefix: string) => seeds.find((d) => d.input.startsWith(prefix))!.id;
  const war = view.stories.find((s) => s.documents.includes(idOf('001')))!;
  assert.ok(war.documents.includes(idOf('003')) && war.documents.includes(idOf('004')), 'one story');
  assert.deepEqual([war.from, war.to], ['2020-09-27', '2020-10-07']);
  assert.ok(view.timelines[war.id].some((t) => t.date === '1994' && t.kind === 'background'));
  // The Armenian claim of a destroyed Azerbaijani depot at Jabrayil, and the Azerbaijani denial.
  const depot = view.claims.find((r) => r.pairs.some((p) => p.claim.mode === 'destruction' && p.denial.type === 'REJECT'));
  assert.ok(depot, 'the depot claim is paired with the denial');
  assert.deepEqual(depot!.denials.map((p) => [p.name, p.country]), [['Ministry of Defense of Azerbaijan', 'AZE']]);
  assert.ok(depot!.claims.length > 0 && depot!.claims.every((p) => p.country === 'ARM'), JSON.stringify(depot!.claims));
  assert.ok(view.network.edges.some((e) => e.conflict.count >= 1));
  for (const e of view.events) assert.ok(e.documents >= 1 && e.mentions.length >= 1);
});

/** Two sentences written for the Jabrayil case: an Armenian claim and the Azerbaijani denial. */
const DEPOT = [
  'بثت وزارة الدفاع الأرمينية لقطات قالت إنها تظهر تدمير مخزن وقود تابع للقوات الأذربيجانية قرب جبرائيل. ونفت وزارة الدفاع الأذربيجانية تكبّد قواتها أي خسائر في محور جبرائيل.',
  'قالت وزارة الدفاع الأرمينية إن قواتها دمرت مخزن وقود للجيش الأذربيجاني في جبرائيل، فيما نفت وزارة الدفاع في أذربيجان تكبدها أي خسائر.',
];

for (const [i, text] of DEPOT.entries()) {
  test(`claims board roles, depot sentence ${i + 1}: Armenia claims, Azerbaijan denies, the denial answers the claim`, () => {
    const d = doc('', text, `depot-${i}.txt`, '2020-10-07', 'اختبار');
    const rows = boardAndNetwork([d]).claims;
    const row = rows.find((r) => r.pairs.length > 0);
    assert.ok(row, JSON.stringify(rows.map((r) => r.id)));
    assert.equal(row!.type, 'ASSAULT');
    assert.equal(row!.contested, true);
    assert.deepEqual(row!.claims.map((p) => [p.key, p.country]), [['rasad:org:mod:ARM', 'ARM']]);
    assert.deepEqual(row!.denials.map((p) => p.country), ['AZE']);
    assert.equal(row!.pairs[0].denial.type, 'REJECT');
    assert.equal(row!.pairs[0].claim.mode, 'destruction');
    for (const r of rows) assert.ok(!r.claims.some((p) => p.country === 'AZE'), 'the denier is never listed as a claimant');
  });
}
