// An act attributed to a party ('بهجمات نسبت إلى X') was done by it, to the body of the people counted before it
// (by-agent.ts); a name in the genitive after the object of 'مع' is governed by it (actors.ts, genitive_governing);
// the bodies joined after counted casualties past 'وقوات' suffered too (victims.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { actorMentions } from '../src/extract/events/actors.js';
import { wordsOf } from '../src/arabic/words.js';
import { loadSideRuleWords } from '../src/extract/events/side-rule-words.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('attacks attributed to a party were done by it, to the body of the people counted', () => {
  const es = coded('وقتل 12 شخصا من قوات الأمن التركية في هجمات نسبت إلى حزب العمال الكردستاني خلال الأسبوعين الماضيين.').filter((e) => e.type === 'ASSAULT');
  assert.ok(es.length, show(es));
  assert.ok(es.every((e) => e.source?.name_en === "Kurdistan Workers' Party"), show(es));
  assert.ok(es.every((e) => e.target?.name_en === 'Turkish security forces'), show(es));
});

test("a name after the object of 'مع' is governed by it", () => {
  assert.ok(loadSideRuleWords().get('genitive_governing')!.has('مع'));
  const doc = analyzeText('واشتبكت الميليشيات مع قوات المقاومة الشعبية في مدينة تعز.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const resistance = actorMentions(doc.entities, words).find((a) => a.entity.id === 'rasad:org:popular-resistance-yemen');
  assert.equal(resistance?.prep, 'مع');
});

test("the force joined past 'وقوات' to counted dead is no doer", () => {
  const es = coded('وقتل 14 مسلحا من الحوثيين وقوات صالح في مواجهات متفرقة جنوب المدينة.').filter((e) => e.type === 'ASSAULT');
  assert.ok(es.length, show(es));
  for (const e of es) assert.ok(!['Houthis', 'Ali Abdullah Saleh'].includes(e.source?.name_en ?? ''), show(es));
});

test('a body named as a backer is no side', async () => {
  const { withoutAffiliated } = await import('../src/extract/events/affiliated-owner.js');
  const doc = analyzeText('وهاجمت القوات الموالية للحكومة المدعومة من الإمارات مواقع المتمردين.', meta, 't');
  const words = wordsOf(doc.text, doc.sentences);
  const all = actorMentions(doc.entities, words);
  assert.ok(all.some((a) => a.entity.country === 'ARE'), 'the UAE is named');
  assert.ok(!withoutAffiliated(all, all, words).some((a) => a.entity.country === 'ARE' && a.prep === 'من'));
});

test("the speaker's own losses ('خسائرنا') were suffered by the speaker", () => {
  const es = coded('وقال الجيش الأوكراني في بيان إن «خسائرنا في صفوف القوات كبيرة» في منطقة دونيتسك.').filter((e) => e.trigger?.text === 'خسائرنا');
  assert.ok(es.length, show(es));
  assert.notEqual(es[0].source?.name_en, 'Armed Forces of Ukraine', show(es));
  assert.equal(es[0].target?.name_en, 'Armed Forces of Ukraine', show(es));
});
