// State actors named without their country ('الجيش', 'قوات النظام', 'الحكومة'): src/extract/entities-bare.ts and
// data/lexicon/bare_state_actors.tsv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { parseBareForms } from '../src/extract/entities/bare.js';
import { analyzeText } from '../src/pipeline.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2015-07-22' });
/** The entity one mention text belongs to (the first mention with that exact text). */
function owner(ents: Entity[], text: string, nth = 0): Entity | undefined {
  const hits = ents.filter((e) => e.mentions.some((m) => m.text === text));
  return hits[nth];
}
function mentionsOf(ents: Entity[], text: string): number {
  return ents.reduce((n, e) => n + e.mentions.filter((m) => m.text === text).length, 0);
}

test('bare_state_actors.tsv loads; every kind is an organisation pattern key', () => {
  const bf = parseBareForms(loadTsv('lexicon/bare_state_actors.tsv'));
  const keys = new Set(loadTsv('kb/org_patterns.tsv').map((r) => r.key));
  assert.ok(bf.forms.length >= 10);
  for (const f of bf.forms) assert.ok(keys.has(f.kind), `kind ${f.kind} of ${f.words.join(' ')}`);
  assert.ok(bf.after.has('رييس'), 'رئيس (matching form) governs a bare form');
  assert.ok(bf.forms[0].words.length >= bf.forms[bf.forms.length - 1].words.length, 'longest first');
  assert.throws(() => parseBareForms([{ form: 'الجيش', kind: 'army', link: 'nearby' }]), /bad link/);
  assert.throws(() => parseBareForms([{ form: '', kind: 'army', link: 'recent' }]), /bad row/);
});

test('a bare army is the army named in full before it', () => {
  const text = 'قال الجيش الإسرائيلي إن طائراته قصفت مواقع في غزة. وأضاف الجيش أن العملية مستمرة.';
  const ents = run(text);
  const full = owner(ents, 'الجيش الإسرائيلي')!;
  assert.equal(full.country, 'ISR');
  const bare = owner(ents, 'الجيش')!;
  assert.equal(bare.id, full.id, 'one entity for both mentions');
});

test('the regime forces of a Syrian report are Syria\'s army, never another army named nearby', () => {
  const text = 'قالت المعارضة السورية إن الجيش الأميركي قصف مواقع لداعش قرب الرقة، بينما قصفت قوات النظام بلدات في ريف إدلب '
    + 'وحلب وحمص، وتحصنت قوات النظام في بلدتي الفوعة وكفريا الموالية للنظام.';
  const ents = run(text);
  const regime = owner(ents, 'قوات النظام')!;
  assert.equal(regime.country, 'SYR');
  assert.equal(regime.type, 'ORG');
  assert.equal(mentionsOf(ents, 'قوات النظام'), 2);
  assert.equal(owner(ents, 'الجيش الأميركي')!.country, 'USA');
  // 'للنظام' (ل + ال) is one mention, as the KB matcher reads 'للأمم المتحدة'.
  assert.equal(owner(ents, 'للنظام')!.country, 'SYR');
});

test('a bare government is the government of the country the report is about', () => {
  const text = 'طالبت مفوضية حقوق الإنسان في العراق الحكومة بإخراج المدنيين من الفلوجة والرمادي قبل اقتحام الأنبار.';
  const gov = owner(run(text), 'الحكومة')!;
  assert.equal(gov.country, 'IRQ');
  assert.equal(gov.name_en, 'Government of Iraq');
});

test('no country, or another phrase: nothing is linked', () => {
  // No place or country: the government of what? No country's government is linked; it stays a government of no
  // known country (a generic actor, data/lexicon/generic_actors.tsv).
  const bare = owner(run('قالت الحكومة إنها سترفع الأسعار الشهر المقبل.'), 'الحكومة');
  assert.equal(bare?.id, 'rasad:generic:government');
  assert.equal(bare?.country, null);
  // A definite word after it makes it another phrase; a head word before it makes it part of a title.
  const text = 'حذر مسؤول في العراق من انهيار النظام الصحي في بغداد والبصرة والموصل، وقال رئيس الحكومة إن الوضع خطير.';
  const ents = run(text);
  assert.equal(ents.some((e) => e.mentions.some((m) => m.text === 'النظام')), false);
  assert.equal(ents.some((e) => e.id.startsWith('rasad:org:government:') && e.mentions.some((m) => m.text === 'الحكومة')), false);
});

test('an attack by the regime forces is coded with Syria as the attacker', () => {
  const text = 'قصفت قوات النظام بلدات في ريف إدلب، وقالت مصادر في المعارضة السورية إن القصف طال حلب وحمص أيضا.';
  const evs = analyzeText(text, { title: null, outlet: null, url: null, published: '2015-07-22' }, 'test').events;
  const attack = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, JSON.stringify(evs.map((e) => e.type)));
  assert.equal(attack.source?.country, 'SYR');
});

test('a place named right after the bare form is the object of the verb before it, not part of its phrase', () => {
  const text = 'وقالت المعارضة السورية إن الطيران الحربي قصف مواقع في ريف حلب، فيما قصفت قوات النظام الرستن وتلبيسة بريف حمص.';
  const ents = run(text);
  assert.equal(owner(ents, 'قوات النظام')?.country, 'SYR');
  // A definite word that names no place still makes another phrase ('الحكومة الانتقالية').
  assert.equal(run('وقالت المعارضة السورية إن الحكومة الانتقالية ستتشكل في دمشق بعد حلب وحمص.').some((e) => e.mentions.some((m) => m.text === 'الحكومة') && e.id.startsWith('rasad:org:')), false);
});

test('a bare air force, parliament or ministry is the body of the country the report is about', () => {
  const text = 'قالت القوات الجوية العراقية إن طائراتها قصفت مواقع قرب الموصل. وأعلن المتحدث باسم القوات الجوية أن الغارات '
    + 'استمرت يومين، فيما صوت مجلس النواب الذي يجتمع في بغداد على قانون جديد، وقالت وزارة الداخلية إن الطرق إلى البصرة وكركوك مفتوحة.';
  const ents = run(text);
  const air = owner(ents, 'القوات الجوية')!;
  assert.equal(air.country, 'IRQ', 'the air force named after a spokesman is the one named in full before');
  assert.equal(air.type, 'ORG');
  const parliament = owner(ents, 'مجلس النواب')!;
  assert.equal(parliament.country, 'IRQ', 'a relative pronoun after the body does not make it another phrase');
  assert.equal(parliament.sector, 'LEG');
  assert.equal(owner(ents, 'وزارة الداخلية')?.name_en, 'Ministry of Interior of Iraq');
});

test('a bare parliament with a definite adjective after it is another phrase and is left alone', () => {
  const text = 'التقى وفد من البرلمان الأوروبي مسؤولين في عمان والزرقاء وإربد لبحث أوضاع اللاجئين في الأردن.';
  const ents = run(text);
  assert.ok(!ents.some((e) => e.id === 'rasad:org:parliament:JOR'), 'the European Parliament is no parliament of Jordan');
});

test('a bare ministry after the noun of its building is the building, not the ministry acting', () => {
  const text = 'قالت مصادر عراقية إن صاروخا سقط قرب مبنى وزارة الدفاع في بغداد، وإن الشرطة أغلقت الطرق المؤدية إلى البصرة.';
  assert.ok(!run(text).some((e) => e.id === 'rasad:org:mod:IRQ'), 'مبنى وزارة الدفاع is a place');
});

test('regime forces in a short report take the one country its names all belong to, and no other', () => {
  // One place only: too few for the country the report is about, but nothing else is named.
  assert.equal(owner(run('قصفت قوات النظام بلدة تلبيسة.'), 'قوات النظام')?.country, 'SYR');
  assert.equal(owner(run('وقصف جيش النظام قرية كفرنبل صباح اليوم.'), 'جيش النظام')?.country, 'SYR');
  // Names of two countries: no country is taken.
  const two = owner(run('اتهمت المعارضة السورية قوات النظام بخرق الهدنة خلال محادثات جنيف.'), 'قوات النظام');
  assert.notEqual(two?.country, 'CHE');
  // A bare 'النظام' (a delegation, a government) takes none from so little: it may be abroad.
  const gov = owner(run('وصل وفد النظام إلى جنيف.'), 'النظام');
  assert.ok(!gov || gov.country === null, JSON.stringify(gov));
});

test('a definite quantifier after the bare form opens the object of the act before it, not another phrase', () => {
  // 'العديد' is definite but names no adjective of the forces: 'قصف قوات النظام العديد من البلدات'.
  const text = 'وقتل عشرون شخصا جراء قصف قوات النظام العديد من البلدات السورية في ريف حماة.';
  assert.equal(owner(run(text), 'قوات النظام')?.country, 'SYR');
  const evs = analyzeText(text, { title: null, outlet: null, url: null, published: '2015-07-22' }, 'test').events;
  assert.ok(evs.some((e) => e.type === 'ASSAULT' && e.source?.country === 'SYR'), JSON.stringify(evs.map((e) => e.source)));
});
