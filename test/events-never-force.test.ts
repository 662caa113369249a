// A body that reports, relieves or mediates (sector NGO, IGO, MED) tells of an attack; it is never the attacker,
// whoever the hand rules or the sides model would make the source (src/extract/events/kinds.ts NEVER_FORCE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { forceFrom } from '../src/extract/events/kinds.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-02' };

test('forceFrom: reporting, relief and mediating bodies commit no acts of force; civilians and states may', () => {
  for (const s of ['NGO', 'IGO', 'MED']) assert.equal(forceFrom('ASSAULT', s), false, s);
  for (const s of ['CVL', 'MIL', 'GOV', 'UAF', null]) assert.equal(forceFrom('ASSAULT', s), true, String(s));
  assert.equal(forceFrom('ACCUSE', 'NGO'), true, 'an observatory may accuse');
});

test('the observatory or the relief agency that tells an attack is not its source', () => {
  for (const text of [
    'قال المرصد السوري لحقوق الإنسان إن غارة جوية استهدفت سيارة قرب الرقة أمس.',
    'وذكر المرصد السوري أن تسعة عناصر من داعش قتلوا في الغارات الجوية على مواقع التنظيم.',
    'وقالت منظمة الصليب الأحمر إن قذيفة سقطت على مخيم للنازحين قرب إدلب.',
  ]) {
    const doc = analyzeText(text, meta, 't');
    const attacks = doc.events.filter((e) => e.type === 'ASSAULT');
    assert.ok(attacks.length, text);
    for (const e of attacks) {
      const source = doc.entities.find((x) => x.id === e.source?.entity);
      assert.ok(!source || forceFrom('ASSAULT', source.sector ?? null), `${text}: ${e.source?.name_en}`);
    }
  }
});
