// The losses of a force ('خسائر القوات بلغت 300 جندي', 'خسائر بشرية في صفوف المسلحين') tell that it was struck; money lost is no
// act. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const coded = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type} ${e.trigger?.text}`);

test('the losses of a force are an attack on it', () => {
  assert.ok(coded('وأعلنت وزارة الدفاع أن خسائر القوات المعادية على محور الجنوب بلغت خلال الساعات الماضية 300 جندي.').includes('ASSAULT خسائر'));
});

test('money lost is no attack', () => {
  assert.ok(!coded('وسجلت الشركة خسائر بقيمة 20 مليون ريال خلال العام الماضي بسبب تراجع المبيعات.').some((e) => e.startsWith('ASSAULT')));
  assert.ok(!coded('وتكبدت أسواق الأسهم الخليجية خسائر كبيرة في تعاملات الأسبوع الماضي.').some((e) => e.startsWith('ASSAULT')));
});
