import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, countWords } from '../src/arabic/tokens.js';
import { splitClitics, cliticAnalyses } from '../src/arabic/clitics.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { lightStem } from '../src/arabic/stem.js';
import { spellOut, transliterate } from '../src/arabic/translit.js';
import { detectLanguage } from '../src/arabic/language.js';
import { indexForm, queryTerms } from '../src/arabic/search-form.js';

const sentenceTexts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('tokens carry offsets, kinds and matching forms', () => {
  const text = 'أسقطت ٣ مسيّرات، و1,500 جندي.';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.map((t) => t.kind), ['word', 'number', 'word', 'punct', 'word', 'number', 'word', 'punct']);
  assert.equal(toks[1].norm, '3');
  assert.equal(toks[2].norm, 'مسيرات');
  assert.equal(toks[5].text, '1,500');
  assert.equal(countWords(text), 6);
});

test('clitics: conjunction before a preposition-led word (وبحسب -> و + بحسب)', () => {
  const a = splitClitics('وبحسب');
  assert.deepEqual(a.proclitics, ['و']);
  assert.equal(a.stem, 'بحسب');
});

test('clitics: preposition and pronoun suffix (لنظيره -> ل + نظير + ه)', () => {
  const a = splitClitics('لنظيره');
  assert.deepEqual([a.proclitics, a.stem, a.enclitic], [['ل'], 'نظير', 'ه']);
});

test('clitics: ل + ال written لل, ب + ال, و + ال', () => {
  assert.deepEqual([splitClitics('للدفاع').proclitics, splitClitics('للدفاع').stem], [['ل', 'ال'], 'دفاع']);
  assert.equal(splitClitics('بالحرس').stem, 'حرس');
  assert.equal(splitClitics('والانفصاليين').stem, 'انفصاليين');
});

test('clitics: words that merely begin with a clitic letter stay whole by default', () => {
  assert.equal(splitClitics('وزير').stem, 'وزير');
  assert.equal(splitClitics('بلاد').stem, 'بلاد');
});

test('clitics: a lexicon decides ambiguous splits (بلاده -> ب? no: بلاد + ه)', () => {
  const known = new Set(['بلاد', 'قال']);
  const a = splitClitics('بلاده', (s) => known.has(s));
  assert.deepEqual([a.proclitics, a.stem, a.enclitic], [[], 'بلاد', 'ه']);
  assert.equal(splitClitics('وقال', (s) => known.has(s)).stem, 'قال');
  assert.ok(cliticAnalyses('وسيقاتلون').some((x) => x.stem === 'يقاتلون' && x.proclitics.join('+') === 'و+س'));
});

test('clitics: every split listed once, fewest letters removed first, pronouns never after the article', () => {
  const list = (w: string) => cliticAnalyses(w).map((a) => `${a.proclitics.join('+')}|${a.stem}|${a.enclitic ?? ''}`);
  // و and ب each split off, ه as a pronoun; the unsplit word first, the lightest splits next.
  assert.deepEqual(list('وبيته'), ['|وبيته|', '|وبيت|ه', 'و|بيته|', 'و|بيت|ه', 'و+ب|يته|', 'و+ب|يت|ه']);
  // لل = ل + ال: no pronoun reading after the article; one letter removed comes before two.
  assert.deepEqual(list('للهم'), ['|للهم|', 'ل|لهم|', '|لل|هم', 'ل+ال|هم|']);
  // No stem shorter than two letters: 'هما' is not a pronoun on an empty stem.
  assert.deepEqual(list('هما'), ['|هما|']);
});

test('sentences: scraped ".," joins end sentences and the comma stays behind', () => {
  const t = 'أعلنت إيران الاستنفار على حدود النزاع., وفي التفاصيل، أعلن القائد نشر بطاريات صواريخ.';
  assert.deepEqual(sentenceTexts(t), ['أعلنت إيران الاستنفار على حدود النزاع.,', 'وفي التفاصيل، أعلن القائد نشر بطاريات صواريخ.']);
});

test('sentences: ".." in a headline does not split; a line break does', () => {
  const t = 'إيران تستنفر قرب الحدود.. وتنشر بطاريات صواريخ\n\nأعلن الجيش النفير.';
  assert.deepEqual(sentenceTexts(t), ['إيران تستنفر قرب الحدود.. وتنشر بطاريات صواريخ', 'أعلن الجيش النفير.']);
});

test('sentences: a period inside closing quotes ends the sentence with its quote', () => {
  const t = 'وقال:" نراقب جميع التطورات على مدار 24 ساعة.", كما حذر بشدة من الرد.';
  assert.deepEqual(sentenceTexts(t), ['وقال:" نراقب جميع التطورات على مدار 24 ساعة.",', 'كما حذر بشدة من الرد.']);
});

test('sentences: decimals, question marks and bullet captions', () => {
  const t = 'ارتفع المؤشر 3.5 نقطة؟ نعم! • صورة من الموقع\nانتهى';
  assert.deepEqual(sentenceTexts(t), ['ارتفع المؤشر 3.5 نقطة؟', 'نعم!', 'صورة من الموقع', 'انتهى']);
});

test('light stemmer strips article, conjunction and common suffixes', () => {
  assert.equal(lightStem('والمسلحين'), 'مسلح');
  assert.equal(lightStem('الإيرانية'), 'ايران');
  assert.equal(lightStem('بلاده'), 'بلاد');
  assert.equal(lightStem('قصف'), 'قصف');
});

test('transliteration uses conventional name parts, then letters', () => {
  assert.equal(transliterate('حسن روحاني'), 'Hassan Rouhani');
  assert.equal(transliterate('قادر رحيم زاده'), 'Qader Rahimzadeh');
  assert.equal(transliterate('عبد الله صالح'), 'Abdullah Saleh');
  // The letter rules (a bare word no table holds that reads as foreign takes the learned speller: translit-model.test.ts).
  assert.match(spellOut('شكارجي'), /^Sh/);
});

test('language identification by script and function words', () => {
  assert.equal(detectLanguage('أعلنت وزارة الدفاع عن وقوع اشتباكات عنيفة'), 'ar');
  assert.equal(detectLanguage('The ministry said clashes broke out'), 'en');
  assert.equal(detectLanguage('این گزارش برای ایران است که پیش از این منتشر شده'), 'fa');
  assert.equal(detectLanguage('12345 ...'), 'und');
  // Presentation forms count as Arabic script; Latin wins only at more than twice the Arabic letters.
  assert.equal(detectLanguage('ﻻ ﷲ abcd'), 'ar');
  assert.equal(detectLanguage('ﻻ ﷲ abcde'), 'en');
  assert.equal(detectLanguage('سلام abcdefgh'), 'ar');
  assert.equal(detectLanguage('سلام abcdefghi'), 'en');
});

test('search form folds spelling, clitics and suffixes on both sides', () => {
  assert.deepEqual(queryTerms('الحكومة التركية'), queryTerms('والحكومه التركيه'));
  assert.ok(indexForm('وأعلنت الحكومةُ التركيّة').split(' ').includes(queryTerms('حكومة')[0]));
});

test('word layer: offsets into the text, matching forms, every clitic reading and the sentence of each token', async () => {
  const { wordsOf, wordHas } = await import('../src/arabic/words.js');
  const text = 'وقال الوزير. وللدفاع عن بلاده!';
  const words = wordsOf(text, splitSentences(text));
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
  assert.deepEqual(words.map((w) => w.index), words.map((_, i) => i));
  assert.deepEqual(words.map((w) => w.sentence), [0, 0, 0, 1, 1, 1, 1]);
  const lildifa = words[3];
  assert.equal(lildifa.readings[0].stem, 'وللدفاع');
  assert.ok(lildifa.readings.some((r) => r.stem === 'دفاع' && r.proclitics.join('+') === 'و+ل+ال'));
  assert.ok(wordHas(words[0], 'قال'));
  assert.equal(words[2].kind, 'punct');
});

test('word layer: stages given the layer read the same as stages that cut the text themselves', async () => {
  const { wordsOf } = await import('../src/arabic/words.js');
  const { extractQuotes } = await import('../src/extract/quotes/index.js');
  const text = 'وقال وزير الخارجية إن "الهجوم لن يمر دون رد". وأضاف أن بلاده مستعدة.';
  const sentences = splitSentences(text);
  const fromLayer = extractQuotes(text, sentences, [], wordsOf(text, sentences));
  assert.ok(fromLayer.length > 0);
  assert.deepEqual(fromLayer, extractQuotes(text, sentences, []));
});

test('a full stop glued between two Arabic words ends a sentence (scraped captions); not between digits or Latin letters', () => {
  assert.deepEqual(sentenceTexts('أطلق الجيش قذائف على البلدة.مراسلنا في المنطقة أفاد بذلك.'), ['أطلق الجيش قذائف على البلدة.', 'مراسلنا في المنطقة أفاد بذلك.']);
  assert.deepEqual(sentenceTexts('بلغ النمو 3.5 بالمئة في U.S.A هذا العام.'), ['بلغ النمو 3.5 بالمئة في U.S.A هذا العام.']);
  // Abbreviations: the agency and the weapon.
  assert.deepEqual(sentenceTexts('بغداد ـ أ.ف.ب: أطلقت قذيفة آر.بي.جي على الدورية.'), ['بغداد ـ أ.ف.ب: أطلقت قذيفة آر.بي.جي على الدورية.']);
});
