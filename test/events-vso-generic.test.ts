// A force named by what it is ('قوات الأمن', 'طائرات التحالف'), right after a verb that opens its clause, is the
// verb's subject (Arabic verb-subject-object order); after a noun the verb is that noun's. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-05-02' }, 'test').events;
const lead = 'تتواصل العمليات العسكرية في محافظة الأنبار. ';

test('a generic force right after a verb that opens its clause is its source', () => {
  const shelling = events(`${lead}وقصفت قوات الأمن مواقع المسلحين في الرمادي.`).find((e) => e.type === 'ASSAULT');
  assert.equal(shelling?.source?.entity, 'rasad:generic:security_forces:in-IRQ', JSON.stringify(shelling?.source));
  const arrest = events(`${lead}وفي المحور الشمالي، اعتقلت القوات الأمنية خمسة مطلوبين في الفلوجة.`).find((e) => e.type === 'COERCE');
  assert.equal(arrest?.source?.entity, 'rasad:generic:security_forces:in-IRQ', JSON.stringify(arrest?.source));
});

test('a verb right after a noun is that noun\'s: the force after it is its object', () => {
  const blast = events(`${lead}وأصيب ستة أشخاص إثر انفجار سيارة مفخخة استهدفت دورية لقوات الأمن قرب الجامعة.`).filter((e) => e.type === 'ASSAULT');
  assert.ok(blast.length > 0);
  for (const e of blast) assert.notEqual(e.source?.entity, 'rasad:generic:security_forces:in-IRQ', JSON.stringify(e.source));
});

test('the killed after a killing verb stay its victims', () => {
  const killed = events(`${lead}وقتل ثلاثة من قوات الأمن في هجوم على نقطة تفتيش غرب الرمادي.`).find((e) => e.type === 'ASSAULT');
  assert.notEqual(killed?.source?.entity, 'rasad:generic:security_forces:in-IRQ', JSON.stringify(killed?.source));
});

test('a preposition with its own pronoun governs the pronoun: the name after it is free to be the subject', () => {
  const advance = events(`${lead}وسيطرت القوات العراقية على مناطق شرق الرمادي. أما جنوب المدينة فتقدمت فيه القوات نحو حي الضباط.`).find((e) => e.type === 'ASSAULT');
  assert.equal(advance?.source?.entity, 'rasad:org:iraqi-armed-forces', JSON.stringify(advance?.source));
});

test('"أنه" before the verb stands for the main clause\'s subject, not for whoever is named last before it', () => {
  const text = 'أعلن وزير الداخلية الليبي، الذي يقيم فيه نجل القذافي منذ سنوات، أنه لا يعترف بالحكم الذي أصدرته المحكمة.';
  const reject = events(`${lead}${text}`).find((e) => e.type === 'REJECT');
  assert.ok(reject?.source, 'a source');
  assert.notEqual(reject?.source?.entity, 'rasad:person:muammar-gaddafi', JSON.stringify(reject?.source));
});

test('a party named by what it is, paired by بين, is a side of the fighting', () => {
  const fight = events('أفاد مراسلنا بتطورات جديدة. وتتواصل المواجهات التي اندلعت أمس بين الجيش السوداني والمسلحين في دارفور.').find((e) => e.type === 'ASSAULT');
  const sides = [fight?.source?.entity, fight?.target?.entity].sort();
  assert.deepEqual(sides, ['rasad:generic:gunmen:in-SDN', 'rasad:org:sudanese-armed-forces'].sort(), JSON.stringify(fight));
});

test('the passive "أُصيب": who was hurt after it, a force named by what it is after برصاص / على يد did it', () => {
  const hurt = events('أفاد مراسلنا بتطورات جديدة. وأصيب خمسة متظاهرين برصاص الشرطة في الخرطوم.').find((e) => e.type === 'ASSAULT');
  assert.equal(hurt?.source?.entity, 'rasad:generic:police:in-SDN', JSON.stringify(hurt?.source));
  assert.equal(hurt?.target?.entity, 'rasad:generic:protesters:in-SDN', JSON.stringify(hurt?.target));
  // The active 'أصاب' with its object pronoun stays the attacker's act.
  const hit = events('أفاد مراسلنا بتطورات جديدة. وأطلق حزب الله صواريخ على موقعين إسرائيليين، أصابهما إصابة مباشرة.').filter((e) => e.type === 'ASSAULT');
  assert.ok(hit.every((e) => e.source?.entity !== 'rasad:generic:police:in-SDN'));
  assert.ok(hit.some((e) => e.source?.country === 'LBN'), JSON.stringify(hit.map((e) => e.source)));
});

test('after an agent word, a name its own preposition governs is where, not who ("بغارة في اليمن")', () => {
  const strike = events('أفاد مراسلنا بتطورات جديدة. قتلت القوات الأمريكية قياديا في تنظيم القاعدة بغارة في اليمن.').find((e) => e.type === 'ASSAULT');
  assert.equal(strike?.source?.country, 'USA', JSON.stringify(strike?.source));
});

test('dispersing a crowd is repression by whoever disperses it', () => {
  const dispersed = events('أفاد مراسلنا بتطورات جديدة. وفرقت قوات الأمن المصرية المتظاهرين في ميدان التحرير بالقاهرة.').find((e) => e.type === 'COERCE');
  assert.equal(dispersed?.cameo, '175');
  assert.equal(dispersed?.source?.country, 'EGY', JSON.stringify(dispersed?.source));
  // 'فرق' alone is also 'differ' / 'a difference': no crowd, no act.
  assert.equal(events('أفاد مراسلنا بتطورات جديدة. وقال إن هناك فرقا كبيرا بين الموقفين.').filter((e) => e.type === 'COERCE').length, 0);
});

test('"فتح النار": opening fire is shooting, by the subject between the verb and النار, at whoever follows على', () => {
  const fire = events('أفاد مراسلنا بتطورات جديدة. وفتح مسلحون مجهولون النار على دورية للشرطة في بغداد.').find((e) => e.type === 'ASSAULT');
  assert.equal(fire?.cameo, '193');
  assert.equal(fire?.source?.entity, 'rasad:generic:unidentified_gunmen:in-IRQ', JSON.stringify(fire?.source));
  assert.equal(fire?.target?.entity, 'rasad:generic:police:in-IRQ', JSON.stringify(fire?.target));
  assert.equal(events('أفاد مراسلنا بتطورات جديدة. وفتحت السلطات تحقيقا في الحادث.').filter((e) => e.type === 'ASSAULT').length, 0);
});

test('a strike or weapon right after the verb is its subject: the nisba after it names who used it', () => {
  const strike = events('أفاد مراسلنا بتطورات جديدة. واستهدفت غارة أمريكية موكبا لقادة في حركة طالبان.').filter((e) => e.type === 'ASSAULT');
  assert.ok(strike.length > 0 && strike.every((e) => e.source?.country === 'USA'), JSON.stringify(strike.map((e) => e.source)));
});

test('a force named by what it is right before a verb is its subject (SVO): «إن طيران التحالف استهدف تجمعا»', () => {
  const raid = events('أفاد مراسلنا بتطورات جديدة. وقالت مصادر محلية إن طيران التحالف استهدف تجمعا للمليشيات الحوثية في مديرية شقرة.').find((e) => e.type === 'ASSAULT');
  assert.ok(raid?.source?.name_en?.includes('coalition'), JSON.stringify(raid?.source));
  const arrest = events('أفاد مراسلنا بتطورات جديدة. وقال ضابط إن الشرطة ألقت القبض على مدرسين اثنين في بانكوك.').find((e) => e.type === 'COERCE');
  assert.equal(arrest?.source?.name_en?.startsWith('police'), true, JSON.stringify(arrest?.source));
});
