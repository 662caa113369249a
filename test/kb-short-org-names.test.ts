// Short names the Gulf press gives two intergovernmental bodies (data/kb/orgs.tsv): 'مجلس التعاون' is the GCC, and
// 'التعاون الإسلامي' in quotation marks the OIC. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2015-07-23' };
const orgs = (text: string) => analyzeText(text, meta, 'o').entities.filter((e) => e.type === 'ORG').map((e) => e.name_en);

test('the Cooperation Council alone is the Gulf Cooperation Council', () => {
  assert.ok(orgs('مجلس التعاون يستنكر التصريحات ويطالب بتوضيح رسمي.').includes('Gulf Cooperation Council'));
});

test('Islamic Cooperation alone is the OIC only in quotation marks', () => {
  assert.ok(orgs('«التعاون الإسلامي» تستنكر التصريحات.').includes('Organisation of Islamic Cooperation'));
  assert.ok(!orgs('وبحث الوزيران سبل التعاون الإسلامي المشترك.').includes('Organisation of Islamic Cooperation'));
});
