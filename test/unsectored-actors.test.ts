// Counted persons ('قتل 20 شخصا') are generic actors with no sector, as the CAMEO annotators code them
// (data/lexicon/unsectored_actors.tsv); civilians keep CVL, and ACLED still counts the persons civilians.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUnsectored, unsectoredMention } from '../src/extract/events/actors.js';
import { acledActors, acledType } from '../src/export/acled.js';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };

test('the unsectored forms: words and a source are required; clitics and the article are read past', () => {
  assert.throws(() => parseUnsectored([{ words: 'شخص', note: '', source: '' }]), /source/);
  assert.throws(() => parseUnsectored([{ words: '', note: '', source: 'x' }]), /words/);
  const forms = parseUnsectored([{ words: 'شخص|شخصا', source: 'x' }]);
  assert.ok(forms.has('شخصا'));
  assert.equal(unsectoredMention('شخصا'), true);
  assert.equal(unsectoredMention('وشخصين'), true);
  assert.equal(unsectoredMention('الشخص'), true);
  assert.equal(unsectoredMention('مدنيين'), false, 'civilians are civilians');
  assert.equal(unsectoredMention('أشخاص'), false, 'the annotators code the plural CVL');
  assert.equal(unsectoredMention('مسلحين مجهولين'), false);
});

test('people counted with no word of who they are have no sector; civilians are CVL', () => {
  const persons = analyzeText('قتل مسلحون مجهولون 14 شخصا في هجوم على سوق شعبي في مدينة الموصل أمس.', meta, 'p');
  const a = persons.events.find((x) => x.type === 'ASSAULT');
  assert.ok(a?.target, 'a target is named');
  assert.match(a.target.entity ?? '', /^rasad:generic:/);
  assert.equal(a.target.sector, null);
  const civilians = analyzeText('قتل مسلحون مجهولون 14 مدنيا في هجوم على سوق شعبي في مدينة الموصل أمس.', meta, 'c');
  assert.equal(civilians.events.find((x) => x.type === 'ASSAULT')?.target?.sector, 'CVL');
});

test('ACLED counts unsectored people civilians (inter 7, violence against civilians)', () => {
  const target = { entity: 'rasad:generic:civilians:in-IRQ', name_en: 'civilians (Iraq)', country: 'IRQ', sector: null };
  const source = { entity: 'rasad:generic:unidentified_gunmen:in-IRQ', name_en: 'unidentified gunmen (Iraq)', country: 'IRQ', sector: 'UAF' };
  const t = acledType({ type: 'ASSAULT', mode: 'killing', modality: 'asserted', source, target });
  assert.equal(t?.event_type, 'Violence against civilians');
  assert.equal(acledActors({ source, target }, t!, 'Iraq')?.inter2, 7);
  // The dead and wounded counted as such may have been fighters: no civilians for ACLED.
  const dead = { entity: 'rasad:generic:casualties:in-IRQ', name_en: 'people killed or wounded (Iraq)', country: 'IRQ', sector: null };
  assert.notEqual(acledType({ type: 'ASSAULT', mode: 'killing', modality: 'asserted', source, target: dead })?.event_type, 'Violence against civilians');
  // A country named alone is still its state, not civilians.
  const state = acledType({ type: 'ASSAULT', mode: 'killing', modality: 'asserted', source, target: { entity: 'iso:IRQ', name_en: 'Iraq', country: 'IRQ', sector: null } });
  assert.notEqual(state?.event_type, 'Violence against civilians');
});

test('the coder still reads counted persons as their family: the mention keeps CVL, only the record drops it', async () => {
  const { actorMentions } = await import('../src/extract/events/actors.js');
  const { wordsOf } = await import('../src/arabic/words.js');
  const doc = analyzeText('أصيب 12 شخصا بجروح في انفجار عبوة ناسفة قرب سوق في بعقوبة.', meta, 'm');
  const persons = actorMentions(doc.entities, wordsOf(doc.text, doc.sentences)).find((a) => a.entity.id.startsWith('rasad:generic:') && doc.text.slice(a.start, a.end).includes('شخص'));
  assert.ok(persons, 'the persons are a generic actor');
  assert.equal(persons.sector, 'CVL');
  assert.equal(persons.unsectored, true);
});
