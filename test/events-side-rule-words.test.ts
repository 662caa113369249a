// The word classes of the hand side rules (data/lexicon/side_rule_words.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSideRuleWords, parseSideRuleWords, SIDE_RULE_CLASSES } from '../src/extract/events/side-rule-words.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

test('side_rule_words.tsv loads every class, in matching form', () => {
  const words = loadSideRuleWords();
  for (const c of SIDE_RULE_CLASSES) assert.ok(words.get(c)!.size > 0, `${c} has words`);
  // Written as in text, matched normalised: hamza on ya and ta marbuta fold as the word layer folds them.
  assert.ok(words.get('victim_head')!.has(normalizeArabic('خسائر')));
  assert.ok(words.get('place_noun')!.has(normalizeArabic('مدينة')));
  assert.ok(words.get('teller_pronoun')!.has(normalizeArabic('أنه')));
});

test('an unknown class or a row without words is an error naming the row', () => {
  assert.throws(() => parseSideRuleWords([{ class: 'villains', words: 'x' }]), /row 1: unknown class 'villains'/);
  assert.throws(() => parseSideRuleWords([{ class: 'pair', words: ' | ' }]), /row 1: no words/);
});

test('an attack that inflicts losses in the enemy\'s ranks keeps the attacker as its source', async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const doc = analyzeText('قصفت القوات الأذربيجانية مواقع الجيش الأرميني وأوقعت خسائر كبيرة في صفوفه.', { title: null, outlet: null, url: null, published: '2020-10-01' }, 't');
  const attack = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, 'an attack');
  assert.equal(attack.source?.country, 'AZE');
  assert.equal(attack.target?.country, 'ARM', 'the side with losses is the target');
});

test('people counted after a partitive من that opens its clause are its subject; after a verb they stay its object', async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-05-02' }, 'test').events;
  const lead = 'تتواصل المعارك في محيط المدينة. ';
  const surrender = events(`${lead}وقال ضابط إن العشرات من طالبان سلموا أنفسهم في ولاية قندوز.`).find((e) => e.type === 'RETREAT');
  assert.equal(surrender?.source?.entity, 'rasad:org:taliban', JSON.stringify(surrender?.source));
  const raid = events(`${lead}وأكد مصدر أمني أن عددا من مسلحي حركة الشباب هاجموا قاعدة للجيش الصومالي قرب مقديشو.`).find((e) => e.type === 'ASSAULT');
  assert.equal(raid?.source?.country, 'SOM', JSON.stringify(raid?.source));
  // 'وقتل عدد من الجنود': the counted are the killed, not the killers.
  const killed = events(`${lead}وقتل عدد من مسلحي طالبان في غارة للجيش الأفغاني على ولاية قندوز.`).find((e) => e.type === 'ASSAULT');
  assert.equal(killed?.target?.entity, 'rasad:org:taliban', JSON.stringify(killed?.target));
});
