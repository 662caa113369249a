// A person or group the text gives no country takes the country of the act's place, marked as guessed
// (src/extract/events/where-they-act.ts localSides). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localSides } from '../src/extract/events/where-they-act.js';
import type { Doc, Entity, EventActor } from '../src/doc.js';

const entity = (id: string, type: Entity['type'], country: string | null, sector: string | null = null, mentions = 1): Entity =>
  ({ id, type, name_en: id, name_ar: '', country, role: null, geo: null, mentions: Array.from({ length: mentions }, (_, k) => ({ start: k, end: k + 1, text: 'x', form: 'name' })), sector } as Entity);
const actor = (e: Entity): EventActor => ({ entity: e.id, name_en: e.name_en, country: e.country, sector: e.sector ?? null });

const commander = entity('rasad:group:unknown-battalion', 'GROUP', null);
const doctor = entity('rasad:person:a-doctor', 'PERSON', null);
const envoy = entity('rasad:person:an-envoy', 'PERSON', null, 'IGO');
const un = entity('rasad:org:some-agency', 'ORG', null, 'IGO');
const town = entity('rasad:place:town', 'PLACE', 'LBY', null, 3);
const doc = { entities: [commander, doctor, envoy, un, town] } as unknown as Doc;

test("an unknown group or person takes the country of the act's place, flagged as guessed", () => {
  const [e] = localSides([{ source: actor(commander), target: actor(doctor), location: { entity: town.id, name_en: 'town' } as never, flags: [] }], doc);
  assert.equal(e.source?.country, 'LBY');
  assert.deepEqual(e.flags, ['local-source']);
  assert.equal(e.target?.country ?? null, null, 'one country is not both sides of one act');
});

test("with no place, the country of the report's places; international staff and organisations are left alone", () => {
  const [a, b] = localSides([
    { source: actor(doctor), target: null, location: null, flags: [] },
    { source: actor(envoy), target: actor(un), location: null, flags: [] },
  ], doc);
  assert.equal(a.source?.country, 'LBY');
  assert.equal(b.source?.country, null);
  assert.equal(b.target?.country, null);
  assert.deepEqual(b.flags, []);
});
