// Readings of a trigger word that make it no act, or not the word class the lexicon lists: the guards of
// triggers.tsv (state, period, bare-definite, affliction, endangers, prayer, achieves, goods), a trigger word quoted as a
// name, and a verbal noun standing where only a verb can.
import { wordHas, type Word } from '../../arabic/words.js';
import type { Guard, TriggerEntry } from './lexicon.js';
import { eventWords } from './word-lists.js';

const isWord = (w: Word | undefined, sentence: number): w is Word => !!w && w.kind === 'word' && w.sentence === sentence;
const STATE_WORDS = eventWords('state_words');

const WORD_GUARDS: [Guard, ReadonlySet<string>][] = [['state', STATE_WORDS], ['period', eventWords('period_words')]];
const AFFLICTIONS = eventWords('affliction_words');
/** Words a relative or an adjective may put between a subject and its verb ('اليأس الذي أصاب', 'تلفيات كبيرة أصابت'). */
const AFFLICTION_REACH = 3;

const VERB_ONLY_OPENERS = eventWords('verb_only_openers');

/** A bare word right after a word only a verb can follow, before a definite word: the verb ('كما تدخل العمليات'), not its verbal noun. */
export function verbSlot(words: Word[], i: number, proclitics: readonly string[], enclitic: string | null): boolean {
  if (proclitics.length || enclitic) return false;
  const s = words[i].sentence;
  const prev = words[i - 1];
  const next = words[i + 1];
  return isWord(prev, s) && isWord(next, s) && prev.readings.some((r) => VERB_ONLY_OPENERS.has(r.stem) && !r.enclitic && r.proclitics.every((p) => p === 'و' || p === 'ف'))
    && next.readings.some((r) => r.proclitics.includes('ال'));
}

/** A definite verbal noun with no complement (ل or على within three words) names a state or a side, not an act: 'الاحتلال الإسرائيلي ارتكب'. */
function bareDefinite(words: Word[], i: number, proclitics: string[]): boolean {
  if (!proclitics.includes('ال')) return false;
  const s = words[i].sentence;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = words[k];
    if (!isWord(w, s)) return true;
    if (w.readings.some((r) => r.proclitics.includes('ل') || (r.stem === 'علي' && r.proclitics.every((p) => p === 'و')))) return false;
  }
  return true;
}

/**
 * Whether a context form of triggers.tsv (requires / forbids) starts at word w: one word, or words in sequence ('خطوط الامداد',
 * 'المركز الثاني') matched on w and the words right after it in its sentence; each word as wordHas with prefixes.
 */
export function startsPhrase(words: Word[], w: Word, form: string): boolean {
  // One word (most forms): no list of parts made.
  if (form && !form.includes(' ')) return wordHas(w, form, true);
  const parts = form.split(' ').filter(Boolean);
  if (!wordHas(w, parts[0], true)) return false;
  for (let k = 1; k < parts.length; k++) {
    const next = words[w.index + k];
    if (!isWord(next, w.sentence) || !wordHas(next, parts[k], true)) return false;
  }
  return true;
}

/** Whether a guard of the entry makes this reading no act. */
export function guarded(e: TriggerEntry, words: Word[], i: number, proclitics: string[], enclitic: string | null = null, imperfect = false, stem = ''): boolean {
  if (e.guards.includes('aim-l') && proclitics.includes('ل')) return true;
  if (e.guards.includes('held') && imperfect && heldPlace(words, i)) return true;
  if (e.guards.includes('inflected') && (!!enclitic || stem === e.lemma.split('/')[0])) return true;
  if (quotedName(words, i)) return true;
  if (e.guards.includes('prayer') && prayer(words, i)) return true;
  if (e.guards.includes('achieves') && achieves(e, words, i, enclitic)) return true;
  if (e.guards.includes('goods') && goodsObject(words, i)) return true;
  for (const [guard, heads] of WORD_GUARDS) {
    if (!e.guards.includes(guard)) continue;
    const prev = words[i - 1];
    if (isWord(prev, words[i].sentence) && prev.readings.some((r) => heads.has(r.stem))) return true;
  }
  if (e.guards.includes('state') && recoveredFrom(words, i)) return true;
  if (e.guards.includes('affliction') && afflictionBefore(words, i)) return true;
  if (e.pos === 'noun' && stalledBefore(words, i)) return true;
  if (e.guards.includes('endangers') && endangers(e, words, i)) return true;
  return e.guards.includes('bare-definite') && bareDefinite(words, i, proclitics);
}

/** The word before is an act noun with the ل of purpose ('للتقدم', 'للسيطرة'): an act noun joined to it by و is part of the aim. */
export function purposeBefore(words: Word[], i: number, isActNoun: (stem: string) => boolean): boolean {
  const prev = words[i - 1];
  return isWord(prev, words[i].sentence) && prev.readings.some((r) => r.proclitics.includes('ل') && isActNoun(r.stem));
}

/** An imperfect with 'على' and a pronoun right after it describes who holds a place, an adjective clause of the place
 * ('قرية يسيطر عليها داعش', 'معسكر يسيطر عليه الحوثيون'): a state, not a seizure told. */
function heldPlace(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return isWord(next, words[i].sentence) && next.readings.some((r) => r.stem === 'علي' && !!r.enclitic && r.proclitics.length === 0);
}

const RECOVERED_FROM = eventWords('recovered_from');
/** How far before 'من' the word of taking back may stand ('استعادة جامعة الأنبار من سيطرة'). */
const RECOVERED_REACH = 4;
/** A noun of control after من with a word of taking back before it: the place was held, and is being taken back. */
function recoveredFrom(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  if (!isWord(words[i - 1], s) || words[i - 1].norm !== 'من') return false;
  for (let k = i - 2; k >= i - 1 - RECOVERED_REACH; k--) {
    const w = words[k];
    if (!isWord(w, s)) return false;
    if (w.readings.some((r) => RECOVERED_FROM.has(r.stem))) return true;
  }
  return false;
}

/** Harm, damage or despair as the subject of a verb of striking: it befell, nobody struck ('دمار أصاب المنازل', 'ما أصاب دول'). */
function afflictionBefore(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  for (let k = i - 1; k >= i - AFFLICTION_REACH; k--) {
    const w = words[k];
    if (!isWord(w, s)) return false;
    // The accusative of an indefinite noun ends in ا ('أضرارا كبيرة أصابت').
    if (w.readings.some((r) => (AFFLICTIONS.has(r.stem) || (r.stem.endsWith('ا') && AFFLICTIONS.has(r.stem.slice(0, -1)))) && r.proclitics.every((p) => p === 'و' || p === 'ال'))) return true;
  }
  return false;
}

const ENDANGERED = eventWords('endangered_goods');
const POSERS = eventWords('threat_posers');

/** How far back the same word may stand when it is said again ('يشكل تهديدا خطيرا، بل تهديدا وجوديا', 'تهدد مصالحنا وتهدد أصدقاءنا'). */
const RESTATED_REACH = 4;
const bareForm = (w: Word) => w.readings.map((r) => r.stem.replace(/ا$/, ''));

/** A danger described, not a threat made: 'تهدد أمن المنطقة', 'يشكل تهديدا لاستقرار البلاد', 'مصدر تهديد'; and the same word
 * said again a few words on, after و or بل, goes on describing it. */
function endangers(e: TriggerEntry, words: Word[], i: number): boolean {
  if (endangersHere(e, words, i)) return true;
  const own = new Set(bareForm(words[i]));
  for (let k = i - 1; k >= i - RESTATED_REACH; k--) {
    if (!isWord(words[k], words[i].sentence)) continue;
    if (bareForm(words[k]).some((f) => own.has(f)) && endangersHere(e, words, k)) return true;
  }
  return false;
}

function endangersHere(e: TriggerEntry, words: Word[], i: number): boolean {
  const s = words[i].sentence;
  const [prev, next] = [words[i - 1], words[i + 1]];
  if (e.pos === 'noun' && isWord(prev, s) && prev.readings.some((r) => POSERS.has(r.stem))) return true;
  return isWord(next, s) && next.readings.some((r) => ENDANGERED.has(r.stem) && r.proclitics.every((p) => p === 'ال' || p === 'ل'));
}

/** How many words of genitive may stand between a governed verbal noun and the word joined to it by و. */
const GENITIVE_REACH = 2;
const GOVERNING_PREPOSITIONS = new Set(['ب']);

/** A word joined by و to a verbal noun that a preposition governs, past its genitive ('قامت الطائرات بتمشيط الحدود وقصف
 * المواقع', 'طالب بوقف القتال وانسحاب القوات'): a second verbal noun governed alike, not a verb with a subject of its own.
 * The governed noun is in the construct state: no article ('بالصواريخ وقصف الطيران' is a means, then a verb). */
export function joinedToGovernedNoun(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  if (!words[i].norm.startsWith('و')) return false;
  for (let k = i - 1; k >= i - 1 - GENITIVE_REACH; k--) {
    const w = words[k];
    if (!isWord(w, s)) return false;
    // The genitive after the governed noun: a definite word.
    if (k < i - 1 && !words[k + 1].readings.some((r) => r.proclitics.includes('ال'))) return false;
    const governed = w.readings.some((r) => r.proclitics.length === 1 && GOVERNING_PREPOSITIONS.has(r.proclitics[0]) && !r.enclitic && r.stem.length >= 4);
    if (governed && k < i - 1 && !/^[وف]?بال/.test(w.norm) && !/[\u064B-\u064D]/u.test(w.text)) return true;
  }
  return false;
}

/** A count in figures up to three digits stands right before the word ('لـ 140 طالبا', '25 قتيلا'): a counted noun, not a
 * verb ('طالب', 'قتل'). Four digits are mostly a year, which a verb may follow ('وفي عام 2014 قتل'). */
export function afterCount(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return !!prev && prev.kind === 'number' && prev.sentence === words[i].sentence && /^[0-9]{1,3}$/.test(prev.norm);
}

const PRAYED_TO = eventWords('prayer_addressees');
/** How far after a word of calling God may stand as the subject of the act wished for ('ودعوات الجميع بأن يتغمده الله'). */
const PRAYER_REACH = 4;
const bareStemIn = (w: Word, set: ReadonlySet<string>) => w.readings.some((r) => set.has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف' || p === 'ل'));

const PRAYER_SEQUELS = eventWords('prayer_sequels');
/** A prayer, not an appeal: God called on right after the word ('دعا الله', 'داعيا المولى'), or further on with what a
 * prayer goes on with after Him ('ودعا المحافظ الله أن يحفظ', 'الله سبحانه'), or as the subject of the wish ('ندعو أن
 * يعيد ربي', 'ودعوات الجميع بأن يتغمده الله': an imperfect verb right before Him). A name ending in الله ('حزب الله إلى') is none. */
function prayer(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  if (isWord(words[i + 1], s) && bareStemIn(words[i + 1], PRAYED_TO)) return true;
  for (let k = i + 2; k <= i + PRAYER_REACH; k++) {
    const w = words[k];
    if (!isWord(w, s)) return false;
    if (!bareStemIn(w, PRAYED_TO)) continue;
    const next = words[k + 1];
    if (/^[وف]?ي/.test(words[k - 1].norm) || (isWord(next, s) && bareStemIn(next, PRAYER_SEQUELS))) return true;
  }
  return false;
}

const INQUIRY_PREPOSITIONS = eventWords('inquiry_prepositions');
/** Achieving, not investigating: the verb of inquiry takes its matter with a preposition ('حقق في', 'التحقيق مع'), so the
 * verb with an object pronoun ('النجاح الذي حققه', 'حققتها المملكة') achieves it, and so does the noun with a pronoun when
 * no preposition of inquiry follows it ('الأهداف المنشود تحقيقها'; 'بدأ تحقيقه في' stays an inquiry). */
function achieves(e: TriggerEntry, words: Word[], i: number, enclitic: string | null): boolean {
  if (!enclitic) return false;
  if (e.pos === 'verb') return true;
  const next = words[i + 1];
  return !(isWord(next, words[i].sentence) && next.readings.some((r) => INQUIRY_PREPOSITIONS.has(r.stem) && !r.proclitics.length));
}

const OPENERS = eventWords('quote_openers');
const CLOSERS = eventWords('quote_closers');
const TITLE_HEADS = eventWords('title_heads');
/** The most words a quoted name holds ('مسلسل «غداً نلتقي»', 'حملة "معاً ندعم أطفالنا"'). */
const NAME_WORDS = 4;
/** A trigger word quoted as a name, alone or with a few words, after a noun that a name follows is that name (a system «دعم»,
 * a campaign "تعاون", a series «غداً نلتقي»), not an act; quotes alone mark no name: 'ستستمر في عملية "تحرير" المدينة' tells
 * an act. */
function quotedName(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  let open = i - 1;
  while (open > i - NAME_WORDS && isWord(words[open], s)) open--;
  let close = i + 1;
  while (close < open + NAME_WORDS + 1 && isWord(words[close], s)) close++;
  const [opener, closer] = [words[open], words[close]];
  if (!opener || !closer || opener.sentence !== s || closer.sentence !== s || !OPENERS.has(opener.text) || !CLOSERS.has(closer.text)) return false;
  // The head right before the name, or before one adjective of it ('النظام الإلكتروني «دعم»').
  const isHead = (w: Word | undefined) => isWord(w, s) && w.readings.some((r) => TITLE_HEADS.has(r.stem) && r.proclitics.every((p) => p !== 'ل'));
  return isHead(words[open - 1]) || (isWord(words[open - 1], s) && isHead(words[open - 2]));
}

const GOODS = eventWords('supported_goods');
/** Support given to a thing, not a party: the object right after the word is an economy, a market, a project or a team
 * ('دعم الاقتصاد الوطني', 'يدعم تعافي سوق الإسكان', 'دعمها للفريق'): a subsidy or a sponsorship, no political act. */
function goodsObject(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return isWord(next, words[i].sentence) && next.readings.some((r) => GOODS.has(r.stem) && r.proclitics.every((p) => p === 'ال' || p === 'ل'));
}

const STALLED = eventWords('stalled_heads');
/** How far before an act noun the word of its delay may stand ('التأخير في عمليات تحرير المدينة'). */
const STALLED_REACH = 3;
/** An act noun governed by a word of delay or stalling was held up, not done: 'التأخير في عمليات تحرير المدينتين', 'تأجيل
 * المفاوضات', 'تعثر المحادثات'. */
function stalledBefore(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  for (let k = i - 1; k >= i - STALLED_REACH; k--) {
    const w = words[k];
    if (!isWord(w, s)) return false;
    if (w.readings.some((r) => STALLED.has(r.stem) && !r.enclitic && r.proclitics.every((p) => p === 'و' || p === 'ال' || p === 'ب'))) return true;
  }
  return false;
}
