// An airlift ('جسر جوي') is aid sent by air. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;

test('an airlift is aid, from the side that sets it up', () => {
  const [e] = events('أقامت روسيا جسرا جويا مع دمشق لنقل الأسلحة والذخائر.');
  assert.equal(e?.type, 'AID');
  assert.equal(e?.source?.country, 'RUS');
  assert.ok(events('أعلنت تركيا إقامة جسر جوي لنقل المساعدات إلى المناطق المنكوبة.').some((x) => x.type === 'AID' && x.source?.country === 'TUR'));
});

test('a bridge or an air force is no airlift', () => {
  assert.ok(!events('افتتحت البلدية جسرا جديدا فوق النهر.').some((x) => x.type === 'AID'));
  assert.ok(!events('نفذت القوات الجوية تدريبات روتينية فوق الصحراء.').some((x) => x.type === 'AID'));
});
