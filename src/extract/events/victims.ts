// Who suffered an act of killing, wounding or abduction, where the text names him beside it: never its source.
// Read by the hand rules (src/extract/events/code-hit.ts) and the sides model's choice (sides/choose.ts) through
// SidesContext.victimSlots.
import type { Word } from '../../arabic/words.js';
import type { TriggerHit } from './triggers.js';
import { isTitle, joinedForceHead, type ActorMention } from './actors.js';
import { eventWords, isRelativePronoun } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';
import type { Context } from './context.js';
import { actorsOfSentence } from './sides/choose.js';
import { victimSubject, opensClause } from './finish.js';
import { isCountWord } from '../quantities/numbers.js';
import { loadLexicon } from './lexicon.js';
import { firstFrom } from '../sorted-spans.js';

const ACCUSATIVE_ADVERBS = eventWords('accusative_adverbs');
/** A count: digits or a number word ('15', 'ثلاثة', 'عشرات'). */
const isCount = (w: Word | undefined) => !!w && (w.kind === 'number' || (w.kind === 'word' && w.readings.some((r) => isCountWord(r.stem))));
/** An indefinite noun in the accusative ('قياديا', 'رجلا'): written with its final ا, no article, no time word. */
function accusativeAt(w: Word | undefined, sentence: number): boolean {
  if (!w || w.kind !== 'word' || w.sentence !== sentence || w.norm.length < 4 || !/ا$/.test(w.norm) || /^[وف]?ال/.test(w.norm)) return false;
  // A pronoun suffix ('دوريتهما', 'منازلها') makes it definite.
  if (/(ها|هما|نا)$/.test(w.norm) && w.readings.some((r) => r.enclitic)) return false;
  return !ACCUSATIVE_ADVERBS.has(w.norm) && !w.readings.some((r) => ACCUSATIVE_ADVERBS.has(r.stem));
}

/** A verb whose passive is written like its active (a sound verb, 'قتل' / 'قُتل'; not 'اغتال' / 'اغتيل'), or a listed passive
 * ('أصيب'): who stands right after it may be the one who suffered it. */
function passiveSpelledAlike(hit: TriggerHit): boolean {
  if (hit.pos !== 'verb') return false;
  const [perfect, imperfect] = hit.entry.lemma.split('/');
  return !imperfect || !/[اوي]/.test(perfect.slice(1));
}

/** How many words (a count, a title: 'قتل 18 شخصا', 'أصيب سفير بولندا', 'مقتل رئيس التنظيم العقيد X') may stand between
 * an act of killing and who suffered it. */
const VICTIM_REACH = 3;
const SUFFERED = new Set(['killing', 'wounding', 'abduction']);
const VICTIM_GAP_PREPOSITIONS = eventWords('trigger_prepositions');
/** Verbs of suffering a passive verb is joined to ('قتلا وأصيب ثالث'). */
const SUFFERED_VERBS = eventWords('suffered_verbs');

/** How far after a verbal noun of killing a person named after his title may stand ('اغتيال الأمين العام السابق للحزب X'). */
const TITLED_REACH = 8;
/** The person named after a title right after a verbal noun of killing or a verb read as a passive ('وأصيب رئيس بلدية
 * المدينة X'), with no punctuation between. */
function titledVictim(ctx: Context, h: TriggerHit): ActorMention | null {
  const sentence = ctx.words[h.first].sentence;
  if (!isTitle(ctx.words[h.last + 1])) return null;
  const person = actorsOfSentence(ctx.sides, h.first).find((a) => a.first > h.last + 1 && a.first <= h.last + TITLED_REACH && a.entity.type === 'PERSON');
  return person && ctx.words.slice(h.last + 1, person.first).every((w) => w.kind === 'word' && w.sentence === sentence) ? person : null;
}

const SUFFERED_ATTACK = eventWords('suffered_attack_verbs');
/** How far before the attack a verb of undergoing it may stand ('تعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال'). */
const UNDERGONE_REACH = 10;
/** Who undergoes or escapes an attack named by a noun after ل or من ('تعرض X لمحاولة اغتيال', 'نجا X من هجوم'): the
 * actors between the verb and the noun. */
function undergoers(ctx: Context, h: TriggerHit): ActorMention[] {
  const { words } = ctx;
  if (h.pos !== 'noun') return [];
  const sentence = words[h.first].sentence;
  let at = h.first;
  // 'لمحاولة اغتيال', 'من محاولة لاغتياله': the attempt before the act.
  const attempt = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => r.stem === 'محاوله');
  if (attempt(words[at - 1])) at--;
  const opener = words[at];
  const governed = opener.readings.some((r) => r.proclitics.includes('ل')) || (words[at - 1]?.kind === 'word' && words[at - 1].norm === 'من');
  if (!governed) return [];
  const stop = words[at - 1]?.norm === 'من' ? at - 1 : at;
  // (A comma may close the name before من: 'نجا الوزير سامي المظفر، من انفجار'.)
  const open = (w: Word) => w.kind !== 'punct' || COMMAS.has(w.text);
  for (let v = stop - 1; v >= Math.max(0, stop - UNDERGONE_REACH) && words[v].sentence === sentence && open(words[v]); v--) {
    if (words[v].kind !== 'word' || !words[v].readings.some((r) => SUFFERED_ATTACK.has(r.stem))) continue;
    return actorsOfSentence(ctx.sides, h.first).filter((a) => a.first > v && a.last < stop && !a.prep && !a.place);
  }
  return [];
}

/** A phrase that ends in a verbal noun of killing, wounding or abduction ('أدى إلى مقتل', 'أسفر عن مقتل'): who stands
 * after it is that noun's genitive, as after the noun alone. */
function endsInActNoun(words: Word[], h: TriggerHit): boolean {
  if (h.entry.pos !== 'phrase' || h.pos !== 'noun' || h.last === h.first) return false;
  const lex = loadLexicon();
  const w = words[h.last];
  return w.kind === 'word' && w.readings.some((r) => !r.proclitics.length && !r.enclitic
    && !!lex.forms.get(r.stem)?.some((e) => e.pos === 'noun' && e.type === 'ASSAULT' && SUFFERED.has(e.mode) && e.frame[0] === 'obj'));
}

/** Word indices of who suffered the document's acts of killing, wounding or abduction, where the act names him right
 * after it: the genitive of its verbal noun ('مقتل 18 شخصا', 'اغتيال الوزير') or the subject of a verb read as a
 * passive ('وقتل عراقيان', with no object after: 'وقتل مستوطن طفلا' is active). Who stands there is no source. */
export function victimSlotsOf(ctx: Context, hits: TriggerHit[]): Set<number> {
  const slots = new Set<number>();
  for (const a of countedCasualties(ctx)) for (let k = a.first; k <= a.last; k++) slots.add(k);
  for (const [i, h] of hits.entries()) {
    if (h.entry.type !== 'ASSAULT') continue;
    for (const a of undergoers(ctx, h)) for (let k = a.first; k <= a.last; k++) slots.add(k);
    const struck = objectOfActSubject(ctx, h, hits[i - 1]);
    if (struck) for (let k = struck.first; k <= struck.last; k++) slots.add(k);
    // The subject of a verb whose subject suffers the act ('تعرضت الدورية لهجوم', 'تكبدت القوات خسائر').
    const sufferer = h.entry.frame[0] === 'victim' ? actorsOfSentence(ctx.sides, h.first).find((a) => a.first > h.last && a.first <= h.last + 2 && !a.prep && !a.place) : undefined;
    if (sufferer) for (let k = sufferer.first; k <= sufferer.last; k++) slots.add(k);
    if (!SUFFERED.has(h.entry.mode)) continue;
    // (Whether a verb of killing is active is read once per act: the counted object and the passive both ask.)
    const active = h.pos === 'verb' ? activeKilling(ctx, h) : null;
    for (const a of countedObject(ctx, h, active)) for (let k = a.first; k <= a.last; k++) slots.add(k);
    const noun = (h.pos === 'noun' && h.entry.frame[0] === 'obj' && !h.proclitics.includes('ال')) || endsInActNoun(ctx.words, h);
    const passiveForm = h.pos === 'verb' && victimSubject({ hit: h }) && passiveSpelledAlike(h);
    const passive = passiveForm && !active;
    if (!noun && !passive) continue;
    // Only a count or a title between, never a preposition or an agent word ('استشهد شاب بنيران قوات الاحتلال').
    // ... or the partitive من after a count or a noun of members ('قتل ثلاثة عناصر من الجيش والشرطة').
    // ... also with a noun of its fighters between ('قتل 30 من مسلحي الجماعة').
    const partitive = (k: number, a: ActorMention) => (k === a.first - 1 || (k === a.first - 2 && fightersOf(ctx.words[a.first - 1])))
      && ctx.words[k].norm === 'من' && k - 1 > h.last && countOrMembers(ctx.words[k - 1]);
    const between = (a: ActorMention) => ctx.words.slice(h.last + 1, a.first).every((w, j) => w.kind !== 'punct' && w.sentence === ctx.words[h.first].sentence
      && (!VICTIM_GAP_PREPOSITIONS.has(w.norm) || partitive(h.last + 1 + j, a)) && w.readings.every((r) => !r.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك')));
    const victim = actorsOfSentence(ctx.sides, h.first)
      .filter((a) => a.first > h.last && (a.first <= h.last + VICTIM_REACH || (a.first <= h.last + VICTIM_REACH + 3 && (partitive(a.first - 1, a) || partitive(a.first - 2, a)))) && !a.place && (!a.prep || partitive(a.first - 1, a)) && between(a))
      .sort((a, b) => a.first - b.first || b.last - a.last)[0];
    const named = victim ?? titledVictim(ctx, h);
    if (named) for (let k = named.first; k <= named.last; k++) slots.add(k);
    // His name right after his title is he too ('أصيب وزير الداخلية الأردني خالد سمير'): both mentions suffered it.
    // ... and so is the person named right after the body he heads ('مقتل قائد الشرطة العقيد X').
    const name = named && actorsOfSentence(ctx.sides, h.first).filter((a) => a.first === named.last + 1 && (a.entity.id === named.entity.id || (a.entity.type === 'PERSON' && named.entity.type !== 'PERSON')))
      .sort((a, b) => b.last - a.last)[0];
    if (name) for (let k = name.first; k <= name.last; k++) slots.add(k);
    const fullName = name && actorsOfSentence(ctx.sides, h.first).find((a) => a.entity.id === name.entity.id && a.first === name.last + 1);
    if (fullName) for (let k = fullName.first; k <= fullName.last; k++) slots.add(k);
    // ... and so do the bodies joined to it by و ('مقتل 40 عنصرا من جبهة النصرة وتنظيم داعش').
    for (const joined of named ? joinedAfter(ctx, h.first, fullName ?? name ?? named) : []) for (let k = joined.first; k <= joined.last; k++) slots.add(k);
    const met = h.pos === 'noun' ? subjectOfOwnDeath(ctx, h) : null;
    if (met) for (let k = met.first; k <= met.last; k++) slots.add(k);
    const before = passiveForm ? subjectOfPassive(ctx, h) : null;
    if (before) for (let k = before.first; k <= before.last; k++) slots.add(k);
  }
  return slots;
}

const CASUALTY_KINDS = new Set(['killed', 'wounded', 'captured']);
const AMONG_THEM = eventWords('among_them');
/** How far past the counted noun 'بينهم' may name who was among the casualties ('وأصيب ثمانية آخرون بينهم القيادي X'). */
const AMONG_REACH = 3;
/** The people a count of casualties counts ('أسفرت الغارات عن جرح 58 داعشيا', 'مقتل 12 عنصرا من داعش'), whatever act word
 * stands before it: the actor right after the count, or after من past its counted noun, the bodies joined to it by و,
 * and who is named among them ('بينهم القيادي X'). They suffered; none is a source. */
function countedCasualties(ctx: Context): ActorMention[] {
  const { words } = ctx;
  const out: ActorMention[] = [];
  const isWord = (i: number, pick: (w: Word) => boolean) => words[i]?.kind === 'word' && words[i].sentence === words[i - 1]?.sentence && pick(words[i]);
  for (const q of ctx.doc.quantities) {
    if (!q.kind || !CASUALTY_KINDS.has(q.kind)) continue;
    const after = firstFrom(words, q.end);
    if (after <= 0 || after >= words.length) continue;
    const actors = actorsOfSentence(ctx.sides, after).filter((a) => !a.place && a.form !== 'pronoun');
    const widest = (i: number) => actors.filter((a) => a.first === i && !a.prep).sort((a, b) => b.last - a.last)[0];
    const partitive = [after, after + 1].find((i) => isWord(i, (w) => w.norm === 'من'));
    const counted = widest(after);
    const body = partitive !== undefined ? widest(partitive + 1) : undefined;
    const last = body ?? counted;
    const found = [counted, body, ...(last ? joinedAfter(ctx, last.first, last) : [])].filter((a): a is ActorMention => !!a);
    // ('آخرون بينهم القيادي البارز X': past the counted noun, then a title or two.)
    const from = last ? last.last + 1 : after;
    const among = [from, from + 1].find((i) => isWord(i, (w) => AMONG_THEM.has(w.norm)));
    // (His title and his name: 'بينهم القيادي البارز أبو الكرار'.)
    const named = among !== undefined ? actors.filter((a) => a.first > among && a.first <= among + AMONG_REACH && words.slice(among + 1, a.first).every((w) => w.kind === 'word')) : [];
    out.push(...found, ...named);
  }
  return out;
}

/** How far an act noun may stand before the verb it is the subject of ('هجوم انتحاري في سوروتش (جنوب) استهدف'). */
const ACT_SUBJECT_REACH = 8;
const PARENTHESES = new Set(['(', ')']);
/** A verb of attack whose subject is the act noun told right before it ('هجوم انتحاري ... استهدف مجموعة ناشطين', 'انفجار
 * سيارة مفخخة استهدف موكب الوزير'): who stands right after it is what the act struck, never who did it. No party may stand
 * between the noun and the verb (in 'هجوم شنه الحوثيون استهدف' the Houthis are not struck). */
function objectOfActSubject(ctx: Context, h: TriggerHit, before: TriggerHit | undefined): ActorMention | null {
  const { words } = ctx;
  // (A verb with its object pronoun, 'هجوم نفذه مجهولون', has its subject after it; one after و or ف opens a clause of its own.)
  if (h.pos !== 'verb' || h.enclitic || h.proclitics.length || !h.entry.frame.includes('obj') || !before || before.pos !== 'noun' || before.entry.type !== 'ASSAULT') return null;
  if (words[before.first].sentence !== words[h.first].sentence || h.first - before.last > ACT_SUBJECT_REACH) return null;
  if (words.slice(before.last + 1, h.first).some((w) => w.kind === 'punct' && !PARENTHESES.has(w.text))) return null;
  // A verb describes an indefinite noun with no word between them, a definite one after الذي or التي; after a definite noun
  // with no relative ('ومنذ عمليات الخطف الأخيرة ... فجرت الجبهة') it opens the sentence's own clause.
  if (before.proclitics.includes('ال') && !isRelativePronoun(words[h.first - 1])) return null;
  const actors = actorsOfSentence(ctx.sides, h.first);
  if (actors.some((a) => a.first > before.last && a.last < h.first && !a.prep && !a.place)) return null;
  return actors.find((a) => a.first > h.last && a.first <= h.last + VICTIM_REACH && !a.prep && !a.place && a.form !== 'pronoun') ?? null;
}

const COUNT_APPROX = eventWords('count_approx');
const INDEFINITE_COUNTS = eventWords('indefinite_counts');
/** The people a verb of killing, wounding or abduction counts as its object, right after it or after its subject, and the
 * body they are of after من ('أكد الحلف أنه قتل نحو 150 متمردا من طالبان', 'قتلت القوات 11 مسلحا من القاعدة'): a count
 * opens the object of an active verb, and the subject of a passive one, who suffered it either way. */
function countedObject(ctx: Context, h: TriggerHit, active: ReturnType<typeof activeKilling>): ActorMention[] {
  const { words } = ctx;
  if (h.pos !== 'verb' || h.tense === 'future') return [];
  const sentence = words[h.first].sentence;
  const subject = active?.[0];
  let k = subject ? subject.last + 1 : h.last + 1;
  const w = (i: number) => (words[i]?.sentence === sentence ? words[i] : undefined);
  // ('وقتل وجرح عدد من': past another act of suffering joined to it.)
  const joinedSuffering = (x: Word | undefined) => x?.kind === 'word' && x.readings.some((r) => r.proclitics[0] === 'و' && (loadLexicon().forms.get(r.stem) ?? []).some((e) => e.type === 'ASSAULT' && SUFFERED.has(e.mode)));
  if (!subject && joinedSuffering(w(k))) k++;
  if (w(k)?.kind === 'word' && COUNT_APPROX.has(w(k)!.norm)) k++;
  const count = w(k);
  const actors = actorsOfSentence(ctx.sides, h.first).filter((a) => !a.place && a.form !== 'pronoun');
  // 'قتل عدد من المسلحين الحوثيين', 'قتل عدد من عناصر داعش': a number of, then the body (past the people's noun).
  if (count?.kind === 'word' && INDEFINITE_COUNTS.has(count.norm) && w(k + 1)?.kind === 'word' && w(k + 1)!.norm === 'من') return actors.filter((a) => (a.first === k + 2 || (a.first === k + 3 && w(k + 2)?.kind === 'word')) && (a.prep === null || a.prep === 'من'));
  if (!isCount(count)) return [];
  // The counted noun: right after the count, or after a second number word ('مئة وخمسين').
  // ... or people named by what they are ('خمسة مسلحين').
  const noun = [k + 1, k + 2].find((i) => accusativeAt(w(i), sentence) || fightersOf(w(i)) || (countOrMembers(w(i)) && w(i)?.kind === 'word') || actors.some((a) => a.first === i && !a.prep));
  if (noun === undefined) return [];
  const counted = actors.filter((a) => a.first === noun && !a.prep);
  const body = w(noun + 1)?.kind === 'word' && w(noun + 1)!.norm === 'من' ? actors.filter((a) => a.first === noun + 2) : [];
  return [...counted, ...body];
}

/** Who met his own death ('لقي مقيم مصري مصرعه', 'لقي ثلاثة جنود حتفهم'): a noun of killing with a pronoun of its own
 * tells of the subject before it, at most four words back in its clause. */
function subjectOfOwnDeath(ctx: Context, h: TriggerHit): ActorMention | null {
  const w = ctx.words[h.last];
  if (w.kind !== 'word' || !w.readings.some((r) => !!r.enclitic && /^(ه|ها|هم|هما)$/.test(r.enclitic))) return null;
  const sentence = w.sentence;
  let from = h.first;
  while (from > 0 && from > h.first - 5 && ctx.words[from - 1].sentence === sentence && ctx.words[from - 1].kind !== 'punct') from--;
  return actorsOfSentence(ctx.sides, h.first).filter((a) => a.first >= from && a.last < h.first && !a.prep).sort((a, b) => b.last - a.last || a.first - b.first)[0] ?? null;
}

/** The actors joined by و one after another right after a mention ('X وY وZ'), widest first at each place. */
function joinedAfter(ctx: Context, at: number, a: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  const actors = actorsOfSentence(ctx.sides, at);
  for (let last = a.last; ;) {
    const w = ctx.words[last + 1];
    if (!w || w.kind !== 'word' || !w.readings.some((r) => r.proclitics[0] === 'و')) return out;
    // ('من الحوثيين وقوات صالح': past و with the head of the force its owner is named after.)
    const forceOf = joinedForceHead(w);
    const next = actors.filter((x) => (x.first === last + 1 || (forceOf && x.first === last + 2)) && !x.place).sort((x, y) => x.first - y.first || y.last - x.last)[0];
    if (!next) return out;
    out.push(next);
    last = next.last;
  }
}

const PASSIVE_OPENERS = eventWords('passive_subject_gap');
const COMMAS = new Set([',', '،']);
/** The words after such a verb where its object would stand ('قتلوا بالرصاص ثلاثة'). */
const PASSIVE_REACH = 4;
/** Who a verb of killing or wounding written like its passive tells of, standing before it, when the verb has no object
 * ('جنديين إسبانيين قتلا في هجوم', 'بوتو قد قتلت في هجوم انتحاري', 'الانتحاري الذي قتل بالرصاص'): right after the verb
 * comes a preposition, a word with ب, another such verb with و, or the clause ends, and no actor or accusative noun
 * follows in its clause. */
function subjectOfPassive(ctx: Context, h: TriggerHit): ActorMention | null {
  const { words } = ctx;
  const sentence = words[h.first].sentence;
  let at = h.first - 1;
  while (at >= 0 && words[at].sentence === sentence && (words[at].kind === 'word' ? PASSIVE_OPENERS.has(words[at].norm) : COMMAS.has(words[at].text))) at--;
  // The widest mention ending there ('جنديين عراقيين', not its nisba alone).
  const subject = actorsOfSentence(ctx.sides, h.first).filter((a) => a.last === at && !a.prep && !a.place && a.form !== 'pronoun').sort((a, b) => a.first - b.first)[0];
  if (!subject) return null;
  const next = words[h.last + 1];
  const withBi = !!next && next.kind === 'word' && next.readings.some((r) => r.proclitics.includes('ب'));
  const opensPhrase = !next || next.kind === 'punct' || next.sentence !== sentence || VICTIM_GAP_PREPOSITIONS.has(next.norm) || withBi || (/^و/.test(next.norm) && next.readings.some((r) => r.proclitics[0] === 'و' && SUFFERED_VERBS.has(r.stem)));
  if (!opensPhrase) return null;
  let end = h.last + 1;
  while (end < words.length && end <= h.last + PASSIVE_REACH && words[end].sentence === sentence && words[end].kind !== 'punct') end++;
  const objectAfter = actorsOfSentence(ctx.sides, h.first).some((a) => a.first > h.last && a.first < end && !a.prep && !a.place && a.form !== 'pronoun');
  // An accusative noun or a count after it is its object ('قتلوا بالرصاص ثلاثة من رجال الشرطة').
  const accusative = words.slice(h.last + 1, end).some((w) => accusativeAt(w, sentence) || isCount(w));
  return objectAfter || accusative ? null : subject;
}

const AGENT_MARKERS = loadSideRuleWords().get('agent_marker')!;
const MEMBER_HEADS = loadSideRuleWords().get('member_head')!;
/** A count ('ثلاثة', '15') or a noun of members ('عناصر'): what a partitive من follows. */
const MEMBER_CONSTRUCTS = loadSideRuleWords().get('member_construct')!;
/** A noun of a body's fighters or members in construct before it ('مسلحي', 'عناصر', 'جنود'). */
const fightersOf = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => !r.enclitic && !r.proclitics.length && MEMBER_CONSTRUCTS.has(r.stem));
const countOrMembers = (w: Word | undefined) => isCount(w) || (!!w && w.kind === 'word' && w.readings.some((r) => MEMBER_HEADS.has(r.stem)));

/** Subject and object of an active verb of killing written without its passive vowel, when both stand right after it. */
export function activeKilling(ctx: Context, hit: TriggerHit): [ActorMention, ActorMention | null] | null {
  if (hit.entry.type !== 'ASSAULT' || hit.entry.mode !== 'killing' || hit.pos !== 'verb' || hit.tense === 'future') return null;
  if (/^[وف]?[\u0621-\u064a]\u064f/.test(ctx.words[hit.first].text) || !opensClause(ctx, { hit })) return null;
  const bare = (a: ActorMention) => !a.place && !a.prep && a.form !== 'pronoun';
  const actors = actorsOfSentence(ctx.sides, hit.first);
  // ... or its head noun before a nisba ('وقتلت القوات الأرمينية ثلاثة مدنيين').
  const subject = actors.find((a) => (a.first === hit.last + 1 || (a.form === 'nisba' && a.headed && a.first === hit.last + 2)) && bare(a));
  if (!subject) return null;
  // The object may follow a count ('وقتل مسلحون ثلاثة مدنيين'); one joined by و is killed too ('قتل جنديان وثلاثة مدنيين').
  const object = actors.find((a) => a.first > subject.last && a.first <= subject.last + 2 && bare(a));
  // An object that is no actor shows the verb active too, by its accusative ('قتلت القوات الأمريكية قياديا'): no target.
  // ... and so does a count after a definite subject ('قتل الجيش عشرة من المسلحين').
  const next = ctx.words[subject.last + 1];
  // ... or a count and the accusative it counts after any subject ('وقتل مسلحون 20 قرويا').
  const sentence = ctx.words[hit.first].sentence;
  const counted = !!next && next.sentence === sentence && isCount(next)
    && (/^[وف]?ال/.test(ctx.words[subject.first].norm) || accusativeAt(ctx.words[subject.last + 2], sentence));
  if (!object && (accusativeAt(next, sentence) || counted)) return [subject, null];
  if (!object || object.entity.id === subject.entity.id) return null;
  // 'وقتل شاب فلسطيني برصاص الجيش': who stands after a word of the weapon or the hand is the killer of a passive.
  if (ctx.words.slice(subject.last + 1, object.first).some((w) => w.kind === 'word' && w.readings.some((r) => AGENT_MARKERS.has(r.stem)))) return null;
  // (A name that starts with the letter is no conjunction: 'فلسطينيين' is the object's own word when its mention starts with it.)
  const conj = (w: Word, k: number) => /^[وف]/.test(w.norm) && w.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف') && !(k === object.first && object.start === w.start);
  const joined = ctx.words.slice(subject.last + 1, object.first + 1).some((w, j) => w.kind === 'punct' || conj(w, subject.last + 1 + j));
  return joined ? null : [subject, object];
}
