// A place as the act's own object ('فيما قصفت الطائرات بلدة ...'): the act is aimed at that place's country, not at the
// other party of a clash told in another clause or sentence (src/extract/events/place-object.ts). Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2016-05-10' };
const acts = (text: string) => analyzeText(text, meta, 't').events.filter((e) => e.type === 'ASSAULT');
const shelling = (text: string, trigger: string) => acts(text).find((e) => e.trigger?.text === trigger);
const sides = (e: ReturnType<typeof shelling>) => JSON.stringify(e && [e.source?.name_en, e.source?.country, e.target?.name_en, e.target?.country]);

test('a town shelled after a clash told in another clause is the target, not the clash\'s other party', () => {
  const iraq = shelling('تدور اشتباكات عنيفة بين القوات العراقية ومسلحي تنظيم داعش قرب هيت، فيما قصفت الطائرات العراقية بلدة الكرمة شرق الفلوجة.', 'قصفت');
  assert.equal(iraq?.source?.country, 'IRQ', sides(iraq));
  assert.equal(iraq?.target?.country, 'IRQ', sides(iraq));
  assert.notEqual(iraq?.target?.name_en, 'Islamic State', sides(iraq));
  const syria = shelling('اندلعت معارك بين قوات النظام وتنظيم داعش في محيط تدمر، بينما قصفت قوات النظام الرستن وتلبيسة بريف حمص.', 'قصفت');
  assert.equal(syria?.source?.country, 'SYR', sides(syria));
  assert.equal(syria?.target?.name_en, 'Syria', sides(syria));
});

test('a village named by its head noun only is a place object too; the clash itself keeps its two parties', () => {
  const evs = acts('تجددت المواجهات بين الجيش الأفغاني ومسلحي طالبان في ولاية هلمند، في حين قصفت طائرات أفغانية قرية قرب لشكرقاه.');
  const strike = evs.find((e) => e.trigger?.text === 'قصفت');
  assert.equal(strike?.target?.name_en, 'Afghanistan', sides(strike));
  const clash = evs.find((e) => e.trigger?.text === 'المواجهات');
  assert.ok(clash && [clash.source?.name_en, clash.target?.name_en].includes('Taliban'), sides(clash));
});

test('a place held by a party named after it, or a party\'s positions, are that party\'s', () => {
  const quarters = shelling('اندلعت اشتباكات بين قوات النظام وفصائل المعارضة قرب حماة، فيما قصفت قوات النظام أحياء المعارضة في المدينة.', 'قصفت');
  assert.match(quarters?.target?.name_en ?? '', /opposition/, sides(quarters));
  const positions = shelling('اندلعت اشتباكات بين الجيش العراقي وتنظيم داعش في الأنبار، فيما قصفت الطائرات العراقية مواقع التنظيم قرب الفلوجة.', 'قصفت');
  assert.equal(positions?.target?.name_en, 'Islamic State', sides(positions));
});

test('a place after a preposition is where the act happened, not its object', () => {
  const raid = shelling('اندلعت اشتباكات بين المقاومة الشعبية والحوثيين في تعز، كما هاجم مسلحو المقاومة الشعبية في منطقة الراهدة رتلا عسكريا للحوثيين.', 'هاجم');
  assert.equal(raid?.target?.name_en, 'Houthis', sides(raid));
});
