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

const assaults = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.filter((e) => e.type === 'ASSAULT');

test('a force that suffered losses in fighting is its target, the other party of the fighting its source, one act', () => {
  const text = 'الحوثيون يخسرون في مأرب\nقال مصدر عسكري يمني اليوم إن المعارك مستمرة في محافظة مأرب.\nومنيت ميليشيات الحوثي بخسائر فادحة في المعارك مع الجيش اليمني في مأرب أمس.\nوأضاف أن الجيش يواصل عملياته.';
  const told = assaults(text).filter((e) => e.evidence.start >= text.indexOf('ومنيت'));
  assert.equal(told.length, 1, JSON.stringify(told.map((e) => e.trigger?.text)));
  assert.equal(told[0].target?.sector, 'REB');
  assert.equal(told[0].source?.sector, 'MIL');
  const russian = 'موسكو تعترف بخسائر في خاركيف\nقال مسؤول عسكري روسي اليوم إن المعارك مستمرة في شرق أوكرانيا.\nوتكبدت القوات الروسية خسائر كبيرة في المعارك مع الجيش الأوكراني قرب خاركيف أمس.\nوأضاف أن الجيش يواصل عملياته.';
  const losses = assaults(russian).filter((e) => e.evidence.start >= russian.indexOf('وتكبدت'));
  assert.equal(losses.length, 1);
  assert.deepEqual([losses[0].source?.country, losses[0].target?.country], ['UKR', 'RUS']);
});

test('a company that suffered losses was not attacked; nor is the word with a pronoun the verb of suffering', () => {
  assert.equal(assaults('وتكبدت شركة أرامكو السعودية خسائر بقيمة ملياري دولار العام الماضي.').length, 0);
  assert.equal(assaults('منيت الشركة بخسائر كبيرة في الربع الثاني.').length, 0);
  const denial = assaults('ونفت وزارة الدفاع الأذربيجانية تكبدها أي خسائر في المعارك مع القوات الأرمينية.');
  assert.ok(denial.every((e) => e.trigger?.text !== 'تكبدها'), JSON.stringify(denial.map((e) => e.trigger?.text)));
});
