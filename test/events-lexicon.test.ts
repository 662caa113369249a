import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon, verbForms, nounForms, QUAD } from '../src/extract/events/lexicon.js';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const typesIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => h.entry.type);

test('verb inflection: perfect, imperfect, feminine, dual, plural, final-weak verbs', () => {
  const f = verbForms('قصف', 'يقصف');
  for (const form of ['قصف', 'قصفت', 'قصفا', 'قصفوا', 'يقصف', 'تقصف', 'يقصفون', 'تقصفان', 'نقصف']) assert.ok(f.includes(form), form);
  const weak = verbForms('نفي', 'ينفي');
  for (const form of ['نفي', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون']) assert.ok(weak.includes(form), form);
  const call = verbForms('دعا', 'يدعو');
  for (const form of ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون']) assert.ok(call.includes(form), form);
});

test('noun endings: plural, dual of ta marbuta nouns, accusative tanwin', () => {
  assert.ok(nounForms('غاره').includes('غارات'));
  assert.ok(nounForms('غاره').includes('غارتين'));
  assert.ok(nounForms('هجوم').includes('هجوما'));
  assert.ok(!nounForms('حرب').includes('حربي'), 'no nisba adjectives');
});

test('every lexicon row loads with a known type, a quad and a numeric intensity', () => {
  const lex = loadLexicon();
  assert.ok(lex.entries.length > 100);
  for (const e of lex.entries) {
    assert.ok(QUAD[e.type], e.lemma);
    assert.ok(e.intensity >= -10 && e.intensity <= 10, e.lemma);
    assert.match(e.cameo, /^\d{3,4}$/, e.lemma);
  }
});

test('triggers: verbs with clitics and passives, verbal nouns with the article', () => {
  assert.deepEqual(typesIn('وقصفت الطائرات مواقع المسلحين.'), ['ASSAULT']);
  assert.deepEqual(typesIn('واتهمه الوزير بالتقصير.'), ['ACCUSE']);
  assert.deepEqual(typesIn('نُقلت التعزيزات إلى الجبهة.'), ['MOBILIZE']);
  assert.deepEqual(typesIn('وبعد الاشتباكات هدأت المدينة.'), ['ASSAULT']);
  assert.deepEqual(typesIn('أعلنت الحكومة التعبئة العامة.'), ['MOBILIZE']);
});

test('triggers: multi-word triggers (phone calls, martial law, ceasefire calls)', () => {
  assert.deepEqual(typesIn('أجرى الرئيس اتصالا هاتفيا مع نظيره.'), ['CONSULT']);
  assert.deepEqual(typesIn('أعلن رئيس الوزراء الأحكام العرفية في البلاد.'), ['COERCE']);
  assert.deepEqual(typesIn('لقي ثلاثة جنود مصرعهم في الانفجار.'), ['ASSAULT', 'ASSAULT']);
});

test('triggers: ambiguous words need their context (نشر deploys forces, publishes statements)', () => {
  assert.deepEqual(typesIn('نشر الجيش بطاريات صواريخ على الحدود.'), ['MOBILIZE']);
  assert.deepEqual(typesIn('نشرت الوزارة بيانا عن الوضع.'), []);
  assert.deepEqual(typesIn('ضربت الأزمة المالية الأسواق.'), []);
  assert.deepEqual(typesIn('ضرب الطيران مواقع المسلحين.'), ['ASSAULT']);
  assert.deepEqual(typesIn('وصلت القوات عند الفجر.'), []);
  assert.deepEqual(typesIn('فجر انتحاري نفسه في السوق.'), ['ASSAULT']);
});

test('triggers: the most specific reading wins (أضرب عن الطعام is a strike, not an assault)', () => {
  assert.deepEqual(typesIn('أضرب المعتقلون عن الطعام احتجاجا على ظروفهم.'), ['PROTEST', 'PROTEST']);
});

const triggerWords = (text: string) => {
  const words = wordsOf(text, splitSentences(text));
  return findTriggers(words).map((h) => `${h.entry.type}:${words[h.first].text}`);
};

test('precision: a trigger word inside a name is no event (squares, hospitals, command centres, anniversaries)', () => {
  assert.deepEqual(triggerWords('تجمع المحتجون في ساحة التحرير وسط المدينة.'), ['PROTEST:تجمع', 'PROTEST:المحتجون']);
  assert.deepEqual(triggerWords('قصف الجيش مستشفى كمال عدوان.'), ['ASSAULT:قصف']);
  assert.deepEqual(triggerWords('كان المسلحون داخل مركز القيادة والسيطرة.'), []);
  assert.deepEqual(triggerWords('أحيا السكان الذكرى العاشرة لتفجيرات المدينة.'), []);
  assert.deepEqual(triggerWords('نقل الجرحى إلى مستشفى الشهداء.'), []);
  // Not a name: a head with a preposition, a purpose with ل, an accusative act noun.
  assert.deepEqual(triggerWords('قتل جندي في هجوم على مقر الشرطة.'), ['ASSAULT:قتل', 'ASSAULT:هجوم']);
  assert.deepEqual(triggerWords('اعتصم النشطاء أمام مقر المحكمة احتجاجا على الحكم.'), ['PROTEST:اعتصم', 'PROTEST:احتجاجا']);
  // Where acts happen: a front, a front line, a battlefield (also the football pitch's 'خط الهجوم').
  assert.deepEqual(triggerWords('عاد المقاتلون إلى جبهات القتال بعد الهدنة.'), []);
  assert.deepEqual(triggerWords('فر عدد منهم من مواقع القتال بملابس مدنية.'), []);
  assert.deepEqual(triggerWords('يلعب المهاجم في خط الهجوم منذ الموسم الماضي.'), []);
  assert.deepEqual(triggerWords('اندلع القتال قرب مواقع الجيش.'), ['ASSAULT:اندلع', 'ASSAULT:القتال']);
});

test('precision: aims and states of control are not acts', () => {
  assert.deepEqual(triggerWords('تدور معارك من أجل السيطرة على البلدة.'), ['ASSAULT:معارك']);
  assert.deepEqual(triggerWords('قصفت القوات البلدة بهدف استعادة المواقع.'), ['ASSAULT:قصفت']);
  assert.deepEqual(triggerWords('اندلع قتال للسيطرة على المطار.'), ['ASSAULT:اندلع', 'ASSAULT:قتال']);
  assert.deepEqual(triggerWords('قصف الطيران الأحياء الواقعة تحت سيطرة المعارضة.'), ['ASSAULT:قصف']);
  assert.deepEqual(triggerWords('قصف الطيران القرى الخاضعة لسيطرة المعارضة.'), ['ASSAULT:قصف']);
  assert.deepEqual(triggerWords('سيطرت القوات على المدينة.'), ['COERCE:سيطرت']);
  assert.deepEqual(triggerWords('أعلن الجيش السيطرة الكاملة على المدينة.'), ['COERCE:السيطرة']);
});

test('precision: an act called for, rejected, stopped or spoken of as any act at all is not done', () => {
  // What must be done (an obligation) is called for: 'يجب فرض حظر', 'ينبغي أن تنسحب'.
  assert.deepEqual(triggerWords('قال المبعوث إنه يجب فرض حظر على الأسلحة.'), []);
  assert.deepEqual(triggerWords('ينبغي وقف القصف على المدن فورا.'), []);
  assert.deepEqual(triggerWords('وقال إنه يجب "فرض حظر على الأسلحة على الجانبين".'), [], 'past the quotation mark');
  assert.deepEqual(triggerWords('فمن الضروري نشر قوة مستقلة لحماية المدنيين.'), []);
  // The object of a rejection or of a stop is talked about; the rejection or the demand is the act.
  assert.deepEqual(triggerWords('طالب المجلس الحكومة بوقف القصف الجوي على المدينة.'), ['DEMAND:طالب']);
  assert.deepEqual(triggerWords('دعا الوزير إلى وقف كافة الهجمات على المدنيين.'), ['DEMAND:دعا']);
  assert.deepEqual(triggerWords('رفض الوزير التعاون مع اللجنة.'), ['REJECT:رفض']);
  // 'Any' names no act that happened, and neither does a noun denied outright ('لا تعاون').
  assert.deepEqual(triggerWords('رفضت الوزارة أي تعاون مع الحكومة.'), ['REJECT:رفضت']);
  assert.deepEqual(triggerWords('وحذر من أن أي هجوم على المدينة سيقابل برد قاس.'), ['THREATEN:وحذر']);
  assert.deepEqual(triggerWords('نرحب بانضمام روسيا ولا تعاون مع النظام.'), ['SUPPORT:نرحب']);
  // A noun joined by و to the act a stance word governs shares its head; a joined verb is an act of its own.
  assert.deepEqual(triggerWords('طالب المجلس الحكومة بوقف اقتحام المدينة والقصف الجوي عليها.'), ['DEMAND:طالب']);
  assert.deepEqual(triggerWords('رفض الوزير التعاون مع اللجنة وقصفت الطائرات المدينة.'), ['REJECT:رفض', 'ASSAULT:وقصفت']);
  // A judgement that something is a threat is no threat made.
  assert.deepEqual(triggerWords('قال الوزير إن التنظيم يشكل تهديدا خطيرا للمنطقة.'), []);
  // An imperfect verb after لا is negated, not dropped: modality reads it; and the acts themselves still fire.
  assert.deepEqual(triggerWords('قال الناطق إن الجيش لا يقصف المدنيين.'), ['ASSAULT:يقصف']);
  assert.deepEqual(triggerWords('قصفت الطائرات المدينة وتعاون الجيش مع الشرطة.'), ['ASSAULT:قصفت', 'COOPERATE:وتعاون']);
  assert.deepEqual(triggerWords('أعلن الجيش وقف إطلاق النار في المدينة.'), ['RETREAT:وقف']);
});

test('precision: a definite act noun with no complement names a side or a state, not an act', () => {
  assert.deepEqual(triggerWords('ارتكب الاحتلال الإسرائيلي مجزرة في البلدة.'), ['ASSAULT:مجزرة']);
  assert.deepEqual(triggerWords('تحدث الوزير عن مسار التحرير والاستقلال.'), []);
  assert.deepEqual(triggerWords('ندد الوزير بالاحتلال الإسرائيلي للضفة.'), ['ACCUSE:ندد', 'COERCE:بالاحتلال']);
  assert.deepEqual(triggerWords('بدأت عملية تحرير المدينة.'), ['COERCE:تحرير']);
});

test('precision: a word with tanwin is no verb; fixed expressions report no act', () => {
  assert.deepEqual(triggerWords('ودعماً للشعب الفلسطيني قصفت المقاومة الموقع.'), ['ASSAULT:قصفت']);
  assert.deepEqual(triggerWords('وقالت الصحيفة نقلاً عن جنود إن الوضع صعب.'), []);
  assert.deepEqual(triggerWords('وقال مسؤول طلب عدم نشر اسمه إن الوضع هادئ.'), []);
  assert.deepEqual(triggerWords('وصلت سيارات دفع رباعي تحمل جنودا.'), []);
  // A transport plane or truck is a kind of vehicle, not troops moved; troops moved by one still are.
  assert.deepEqual(triggerWords('وهبطت أول طائرة نقل عسكرية سعودية في مطار عدن.'), []);
  assert.deepEqual(triggerWords('ونقلت طائرات نقل عسكرية روسية جنودا إلى سوريا.'), ['MOBILIZE:ونقلت']);
  assert.deepEqual(triggerWords('قضت المحكمة بالإعدام على ثلاثة متهمين.'), []);
  assert.deepEqual(triggerWords('نفذ التنظيم إعدامات ميدانية بحق السكان.'), ['ASSAULT:إعدامات']);
  assert.deepEqual(triggerWords('أعدمت السلطات خمسة مدانين في السجن.'), []);
});

test('precision: ambiguous verbs need their sense (حقق achieves, قلق alone, أوقف stops)', () => {
  assert.deepEqual(triggerWords('حققت الشركة أرباحا كبيرة في العام الماضي.'), []);
  assert.deepEqual(triggerWords('حققت الشرطة في الحادث.'), ['ACCUSE:حققت']);
  assert.deepEqual(triggerWords('يسبب الجوع والقلق أمراضا كثيرة.'), []);
  assert.deepEqual(triggerWords('أعرب الوزير عن قلقه إزاء التصعيد.'), ['ACCUSE:قلقه']);
  assert.deepEqual(triggerWords('أوقف الجيش تحركات المسلحين.'), []);
  assert.deepEqual(triggerWords('أوقفت الشرطة ثلاثة أشخاص.'), ['COERCE:أوقفت']);
  assert.deepEqual(triggerWords('وصلت المساعدات الإنسانية إلى المدينة.'), ['AID:المساعدات']);
  assert.deepEqual(triggerWords('يحتاج السكان إلى المساعدات.'), []);
});

test('recall: circumstantial participles of speech verbs, blame, losses, executions, surrender', () => {
  assert.deepEqual(triggerWords('وقال الوزير إن الوضع خطير، داعيا الأمم المتحدة إلى التدخل.'), ['DEMAND:داعيا']);
  assert.deepEqual(triggerWords('وأصدر الحزب بيانا، منددا بالهجوم.'), ['ACCUSE:منددا', 'ASSAULT:بالهجوم']);
  assert.deepEqual(triggerWords('أعلن القائد ذلك، متوعدا بمواصلة العمليات.'), ['THREATEN:متوعدا']);
  assert.deepEqual(triggerWords('وألقت الحكومة باللوم على المعارضة.'), ['ACCUSE:وألقت']);
  assert.deepEqual(triggerWords('نجحت القوات في تكبيد العدو خسائر كبيرة.'), ['ASSAULT:تكبيد']);
  assert.deepEqual(triggerWords('ونفت الوزارة تكبد قواتها أي خسائر.'), ['REJECT:ونفت']);
  assert.deepEqual(triggerWords('سلم عشرات المسلحين أنفسهم للجيش.'), []);
  assert.deepEqual(triggerWords('وسلموا أنفسهم للجيش أمس.'), ['RETREAT:وسلموا']);
  assert.deepEqual(triggerWords('تقدمت القوات نحو المدينة.'), ['ASSAULT:تقدمت']);
  assert.deepEqual(triggerWords('تقدمت الشركة بطلب إلى الوزارة.'), []);
  assert.deepEqual(triggerWords('الحكومة لا تعترف بالمحكمة.'), ['REJECT:لا']);
});

test('vows: a vow to punish is a threat, a vow to help is an intent', () => {
  assert.deepEqual(triggerWords('تعهد البرلمان بمحاسبة المسؤولين عن الهجوم.').slice(0, 1), ['THREATEN:تعهد']);
  assert.deepEqual(triggerWords('تعهد الوزير بتقديم المساعدة.').slice(0, 1), ['AGREE:تعهد']);
});

test('lexicon: guards and the hal part of speech are read from triggers.tsv', () => {
  const lex = loadLexicon();
  assert.ok(lex.entries.some((e) => e.guards.includes('bare-definite') && e.type === 'COERCE'));
  assert.ok(lex.entries.some((e) => e.pos === 'hal'));
  // A verb with a fixed complement is inflected on its verb: 'ألقت القبض', 'ألقوا القبض'.
  assert.ok(lex.phrases.some((p) => p.words.join(' ') === 'القت القبض'));
  assert.ok(lex.phrases.some((p) => p.words.join(' ') === 'القوا القبض'));
});

test('recall: sieges, pursuits and talks in their verbal nouns and verbs; a name head with a preposition', () => {
  assert.deepEqual(triggerWords('بعد محاصرة المدينة من قبل القوات.'), ['COERCE:محاصرة']);
  assert.deepEqual(triggerWords('استمرت المعارك حول البلدات المحاصرة منذ أشهر.'), ['ASSAULT:استمرت', 'ASSAULT:المعارك']);
  assert.deepEqual(triggerWords('واصل المقاتلون مطاردة فلول المسلحين.'), ['ASSAULT:مطاردة']);
  assert.deepEqual(triggerWords('طارد الشرطي اللص في الشارع.'), []);
  assert.deepEqual(triggerWords('قال إن الأطراف ما زالت تتحاور.'), ['CONSULT:تتحاور']);
  assert.deepEqual(triggerWords('اعتقلت القوات الأطباء بمستشفى كمال عدوان.'), ['COERCE:اعتقلت']);
});

test('precision: «لصالح» supports only in a vote; alone it is on behalf of someone', () => {
  assert.deepEqual(triggerWords('وصوت البرلمان لصالح القرار بأغلبية كبيرة.'), ['SUPPORT:لصالح']);
  assert.deepEqual(triggerWords('وقصفت الطائرات مواقع القوات الموالية لصالح في المدينة.').filter((t) => t.startsWith('SUPPORT')), []);
  assert.deepEqual(triggerWords('وحسم الفريق المباراة لصالحه في الدقيقة الأخيرة.'), []);
});

test('«لصالح» after an intervention is support («تدخلت ... لصالح X»)', () => {
  assert.deepEqual(triggerWords('وتدخلت الحكومة في النزاع لصالح الجارة الشمالية.').filter((t) => t.startsWith('SUPPORT')), ['SUPPORT:لصالح']);
});

test('precision: prices that fall and goals achieved are no retreat and no investigation', () => {
  assert.deepEqual(triggerWords('وتراجع النفط اليوم بفعل مؤشرات على تخمة المعروض.'), []);
  assert.deepEqual(triggerWords('وتراجع التنظيم عن وعوده بمغادرة المدينة.'), ['RETREAT:وتراجع']);
  assert.deepEqual(triggerWords('ونجحت روسيا في تحقيق ستة انتصارات متتالية على أرضها.'), []);
  assert.deepEqual(triggerWords('وحقق فيها لقب الدوري المحلي أربع مرات.'), []);
  assert.deepEqual(triggerWords('وفتحت الشرطة تحقيقا في الحادث.'), ['ACCUSE:تحقيقا']);
});

test('precision: trade liberalised, a police report written and help towards a goal are no seizure and no aid', () => {
  assert.deepEqual(triggerWords('واعتمدت الدول تدابير تحرير التجارة.'), []);
  assert.deepEqual(triggerWords('وقامت الشرطة بتحرير محضر بالواقعة.'), []);
  assert.deepEqual(triggerWords('وهذه التصريحات لا تساعد على تعزيز العلاقات.'), []);
  assert.deepEqual(triggerWords('وساعدت الإمارات اليمن بشحنات من الغذاء.'), ['AID:وساعدت']);
  assert.ok(triggerWords('وتمكنت القوات من تحرير المدينة.').includes('COERCE:تحرير'));
});

test('precision: «الأسر» are families unless a fighter, a force or a fall into captivity stands by', () => {
  assert.deepEqual(triggerWords('وشاركت الأسر المنتجة في مهرجان العيد.'), []);
  assert.deepEqual(triggerWords('وتمكن مقاتلو الحركة من أسر جنديين.'), ['COERCE:أسر']);
  assert.deepEqual(triggerWords('وقال إن قائدا كبيرا من قادة الجماعة وقع في الأسر.'), ['COERCE:الأسر']);
});

test('a war named as a time ("في بداية الحرب", "طوال الحرب") is no act of war', async () => {
  const { analyzeText } = await import('../src/pipeline.js');
  const events = (t: string) => analyzeText(t, { title: null, outlet: null, url: null, published: '2015-07-26' }, 'test').events;
  const background = events('أفاد مراسلنا بتطورات جديدة. وكان الحوثيون قد استولوا على عدن في بداية الحرب.');
  assert.ok(!background.some((e) => e.trigger?.text.includes('الحرب')), JSON.stringify(background.map((e) => e.trigger?.text)));
});

test('a bare word after «كما», «قد» or «فيما» with a definite word next is the verb, not its verbal noun', () => {
  // تدخل: «it enters» here, not «interference»; a verb trigger keeps its act.
  assert.deepEqual(triggerWords('كما تدخل المفاوضات شهرها الثاني دون نتيجة.'), []);
  assert.deepEqual(triggerWords('وقد قصف الطيران الحربي مواقع المسلحين.'), ['ASSAULT:قصف']);
  // After «أن» the same word heads a noun phrase and stays the noun.
  assert.deepEqual(triggerWords('وانتقد الوزير أن تدخل الجيش الأجنبي في البلاد مستمر.'), ['ACCUSE:وانتقد', 'ACCUSE:تدخل']);
});

test('harm that befell is no strike: «دمار أصاب», «ما أصاب» (guard affliction)', () => {
  assert.deepEqual(triggerWords('وتحدث التقرير عن الخراب الذي أصاب الأحياء القديمة.'), []);
  assert.deepEqual(triggerWords('وتظهر الصور أضرارا كبيرة أصابت المبنى.'), []);
  assert.deepEqual(triggerWords('وأصاب صاروخ منزلا في البلدة.'), ['ASSAULT:وأصاب']);
});

test('what kills with nobody to strike is no attack: famine, epidemics, floods (guard affliction on قتل)', () => {
  assert.deepEqual(triggerWords('وسط دمار واسع ومجاعة قتلت العشرات من الأطفال.'), []);
  assert.deepEqual(triggerWords('وذكرت الوزارة أن الفيضانات قتلت المئات هذا العام.'), []);
  assert.deepEqual(triggerWords('وقتلت القوات العشرات من الأطفال.'), ['ASSAULT:وقتلت']);
});
