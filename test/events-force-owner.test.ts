// An unnamed force or weapon told with the body it belongs to ('طائرات مسيرة تابعة للجيش') has that body as its actor
// (src/extract/events/affiliated-owner.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { withForceOwners } from '../src/extract/events/affiliated-owner.js';
import { actorMentions } from '../src/extract/events/actors.js';
import { wordsOf } from '../src/arabic/words.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
const assault = (text: string) => analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');

test('drones belonging to a named army struck: the army is the source, the body struck the target', () => {
  const e = assault('شنت طائرات مسيرة تابعة للجيش السوداني غارات على مواقع لقوات الدعم السريع قرب مدينة الأبيض.');
  assert.equal(e?.source?.name_en, 'Sudanese Armed Forces', JSON.stringify(e && [e.source, e.target]));
  assert.equal(e?.target?.name_en, 'Rapid Support Forces');
});

test('the owner becomes the phrase, no preposition; an owner after a named body is left as it is', () => {
  const doc = analyzeText('هاجمت عناصر تابعة لحركة الشباب قاعدة للجيش الصومالي. وقال قائد قوات جيش الفتح التابع للمعارضة إن المعارك مستمرة.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const before = actorMentions(doc.entities, words);
  const after = withForceOwners(before, words);
  const shabaab = after.find((a) => a.entity.name_en === 'Al-Shabaab');
  assert.equal(shabaab?.prep, null);
  assert.equal(doc.text.slice(shabaab!.start, shabaab!.end).split(' ')[0], 'عناصر');
  const opposition = after.filter((a) => doc.text.slice(a.start, a.end).includes('للمعارضة'));
  assert.ok(opposition.length && opposition.every((a) => a.prep === 'ل'), JSON.stringify(opposition.map((a) => [a.entity.name_en, a.prep])));
});

test('forces loyal to a named government act for it: the government is their side, never the side they act on', () => {
  const own = assault('قصفت القوات الموالية للحكومة الصومالية مواقع لحركة الشباب قرب مدينة كسمايو.');
  assert.equal(own?.source?.name_en, 'Government of Somalia', JSON.stringify(own && [own.source, own.target]));
  assert.equal(own?.target?.name_en, 'Al-Shabaab', JSON.stringify(own && [own.source, own.target]));
  const taken = analyzeText('واستعادت القوات الموالية للحكومة اليمنية مطار عدن بعد معارك عنيفة مع المتمردين الحوثيين.', meta, 't').events.find((e) => e.type === 'COERCE');
  assert.equal(taken?.source?.name_en, 'Government of Yemen', JSON.stringify(taken && [taken.source, taken.target]));
  assert.equal(taken?.target?.name_en, 'Houthis', JSON.stringify(taken && [taken.source, taken.target]));
});
