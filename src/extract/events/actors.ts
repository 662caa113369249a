// Actor mentions for the event coder: every entity mention that can act (countries, people,
// organisations, groups, capitals used for their governments), with its country and sector;
// a head noun before a nisba ('القوات الأرمينية') sets the sector.
import type { Entity, EventActor, EventLocation } from '../../doc.js';
import { loadTsv } from '../../data-files.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { lowerBound } from '../sorted-spans.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { Word } from '../../arabic/words.js';
import { once } from '../../once.js';
import { eventWords } from './word-lists.js';

export interface ActorMention {
  start: number;
  end: number;
  /** Index of the first and last word of the mention in the word list. */
  first: number;
  last: number;
  entity: Entity;
  form: string;
  sector: string | null;
  /** A place in a place-like position: a location, not an actor, unless nothing else acts. */
  place: boolean;
  /** The mention is the object of a preposition (which one, matching form). */
  prep: string | null;
  /** A nisba qualifying an actor noun ('القوات الأرمينية'), not a thing ('طائرة مسيرة أوكرانية'). */
  headed?: boolean;
  /** People counted with no word of who they are ('شخصا'): the coder reads them as their family (civilians), the
   * event records no sector for them, as CAMEO codes them (data/lexicon/unsectored_actors.tsv). */
  unsectored?: boolean;
  /** The sector the event record codes when it is not `sector`: a body named after one who speaks for it ('المتحدث باسم
   * الجيش') is coded by its own (MIL), while the rules and the model read the phrase by the speaker's head (GOV); so is a
   * unit of a state body named after «من» ('قوة من الشرطة': COP, where the rules read the unit's head, MIL). */
  recordSector?: string;
}

const headSectors = once(() => {
  const heads = new Map<string, string>();
  for (const r of loadTsv('lexicon/actor_heads.tsv')) {
    for (const h of r.head.split('|')) heads.set(normalizeArabic(h.trim()), r.sector);
  }
  return heads;
});

/** Whether a word of one reading names an actor by its head noun ('الوزير', 'السلطات', 'المدنيين'; data/lexicon/actor_heads.tsv). */
export const isActorHead = (stem: string): boolean => headSectors().has(stem) || headSectors().has('ال' + stem);
/** A word joined by و that is the head of a force named after its owner ('وقوات صالح'): the owner is joined to what stands before. */
export const joinedForceHead = (w: Word | undefined): boolean => w?.kind === 'word' && w.readings.some((r) => r.proclitics[0] === 'و' && isActorHead(r.stem));

/** Generic-actor forms that CAMEO codes with no sector (counted persons: 'شخصا', 'شخصين'), in matching form
 * (data/lexicon/unsectored_actors.tsv). */
export function parseUnsectored(rows: Record<string, string>[], file = 'lexicon/unsectored_actors.tsv'): Set<string> {
  const out = new Set<string>();
  rows.forEach((r, i) => {
    const words = (r.words ?? '').split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean);
    if (!words.length || !r.source) throw new Error(`${file} row ${i + 1}: words and source are required`);
    for (const w of words) out.add(w);
  });
  return out;
}

const shippedUnsectored = once(() => parseUnsectored(loadTsv('lexicon/unsectored_actors.tsv')));
/** Whether a generic actor's mention names people by a word that says nothing of who they are ('شخصا'). */
export function unsectoredMention(text: string, forms: ReadonlySet<string> = shippedUnsectored()): boolean {
  const n = normalizeArabic(text.trim());
  if (/\s/.test(n)) return false;
  return [n, n.replace(/^[وف]/, ''), n.replace(/^[وف]?[بلك]/, '')].some((w) => forms.has(w) || (w.startsWith('ال') && forms.has(w.slice(2))));
}

/** The sector an entity's own name gives when the KB gives none: the head noun it starts with ('جامعة بغداد',
 * 'حزب الأمة'), else its type's (media MED, an armed group INS). A country named alone has none: CAMEO codes it by
 * its country only (its government, army or police are named by a head noun before it). No default. */
export function ownSector(e: Pick<Entity, 'type' | 'sector' | 'name_ar'>, words: Word[] = [], first = -1, last = -1): string | null {
  if (e.type === 'COUNTRY' || e.type === 'PLACE') return null;
  if (e.sector) return e.sector;
  const h = headSectors();
  const w1 = first >= 0 && words[first]?.kind === 'word' ? words[first].readings.map((r) => r.stem) : [normalizeArabic(e.name_ar ?? '').split(/\s+/)[0] ?? ''];
  const w2 = first >= 0 && first < last && words[first + 1]?.kind === 'word' ? words[first + 1].readings.map((r) => r.stem) : first < 0 ? [normalizeArabic(e.name_ar ?? '').split(/\s+/)[1] ?? ''] : [];
  const head = w1.flatMap((a) => [...w2.map((b) => h.get(`${a} ${b}`)), h.get(a)]).find(Boolean);
  if (head) return head;
  return e.type === 'MEDIA' ? 'MED' : e.type === 'GROUP' ? 'INS' : null;
}

const HEAD_BREAK = loadSideRuleWords().get('head_break')!;
const MEMBER_HEADS = loadSideRuleWords().get('member_head')!;
const SPEAKER_HEADS = loadSideRuleWords().get('speaker_head')!;

/** Whether a head noun of one who speaks for a body ('المتحدث', 'مسؤول') stands one to three words before word `first`,
 * with no preposition of head_break between ('المتحدث باسم الجيش', 'مسؤول في الجيش'). */
function speakerBefore(words: Word[], first: number, covered: Set<number>): boolean {
  for (let k = 1; k <= 3 && first - k >= 0; k++) {
    const w = words[first - k];
    if (w.kind !== 'word' || covered.has(first - k)) return false;
    if (HEAD_BREAK.has(w.norm.replace(/^[وف]/, '')) || HEAD_BREAK.has(w.norm)) return false;
    if (w.readings.some((r) => !r.enclitic && SPEAKER_HEADS.has(r.stem))) return true;
  }
  return false;
}

/** A unit of a state body named after «من» ('قوة من الشرطة العراقية', 'قوات من الجيش'): the record codes the body's own
 * sector, not the unit's head noun (MIL for 'قوة'), as annotators code it. */
function unitOfBody(words: Word[], first: number, head: string | null, own: string): boolean {
  const min = words[first - 1];
  return head === 'MIL' && STATE_BODIES.has(own) && !!min && min.kind === 'word' && min.norm === 'من' && min.sentence === words[first].sentence;
}
const STATE_BODIES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** What sectorFromHead answers for members of a body with its own sector ('عناصر داعشية'): headed, the body's sector. */
const MEMBER_OF_OWN = 'member-of-own';

/** The sector a head noun before the mention gives it; a noun of members ('عناصر الشرطة') before a body that has its own
 * (`own`) gives MEMBER_OF_OWN. An indefinite nisba is qualified by no definite head. */
function sectorFromHead(words: Word[], first: number, covered: Set<number>, own: () => string | null, indefiniteNisba = false, person = false): string | null {
  const h = headSectors();
  // A definite body right before a person's name, in no title's construct, is no head of it: 'واعتقلت الشرطة أحمد X' (the
  // police arrested him; a title is: 'الرئيس أحمد X', 'مدير الشرطة أحمد X').
  if (person && bodyBeforePerson(words, first, covered)) return null;
  // One or two words before the mention: 'القوات', 'وزارة الدفاع', 'القوات المسلحة'; not across
  // another name ('الحكومة اليمنية والحوثيون': the government is the Yemeni one's head).
  for (let k = 1; k <= 3 && first - k >= 0; k++) {
    const w = words[first - k];
    if (w.kind !== 'word' || covered.has(first - k) || w.sentence !== words[first].sentence) break;
    // A preposition ends the construct: 'المعارضة ضد الحكومة', 'عناصر من الشرطة' (the police's own sector).
    if (HEAD_BREAK.has(w.norm.replace(/^[وف]/, '')) || HEAD_BREAK.has(w.norm)) break;
    // An indefinite nisba qualifies no definite noun ('اعتقلت الشرطة قياديا إيرانيا': the police are not Iran's).
    if (indefiniteNisba && /^[وف]?(ال|لل|بال)/.test(w.norm)) break;
    const two = k >= 2 ? `${words[first - k].readings[0].stem} ${words[first - k + 1].readings[0].stem}` : '';
    for (const r of w.readings) {
      // A noun with its owner's pronoun heads no construct ('جنوده قتلوا مسلحين').
      if (r.enclitic) continue;
      const s = h.get(r.stem) ?? (two ? h.get(two) : undefined);
      // Members of a body with a sector of its own take that sector, but the noun still heads the mention.
      if (s && MEMBER_HEADS.has(r.stem) && own()) return MEMBER_OF_OWN;
      if (s) return s;
    }
  }
  return null;
}

/** Whether a definite body noun of actor_heads.tsv that is no title stands right before a person's name (or before one
 * definite word of what he is), with no title or head noun right before it ('واعتقلت الشرطة أحمد X', not 'مدير الشرطة
 * أحمد X'). */
function bodyBeforePerson(words: Word[], first: number, covered: Set<number>): boolean {
  const definite = (w: Word | undefined) => !!w && w.kind === 'word' && w.sentence === words[first].sentence && /^[وف]?ال/.test(w.norm);
  const isHead = (w: Word) => w.readings.some((r) => !r.enclitic && headSectors().has(r.stem));
  // One definite word of what he is may stand between ('واعتقلت قوات الأمن الناشط X').
  const k = definite(words[first - 1]) && !isHead(words[first - 1]) && !isTitle(words[first - 1]) ? first - 2 : first - 1;
  const w = words[k];
  if (!definite(w) || covered.has(k) || isTitle(w) || !isHead(w)) return false;
  const before = words[k - 1];
  if (!before || before.kind !== 'word' || before.sentence !== w.sentence) return true;
  // The body's own two-word name is no title ('قوات الأمن', 'رجال الشرطة'); a title or a speaker's word is ('مدير الشرطة
  // أحمد X', 'المتحدث باسم الشرطة').
  if (before.readings.some((r) => w.readings.some((x) => headSectors().has(`${r.stem} ${x.stem}`)))) return true;
  return !isTitle(before) && !before.readings.some((r) => headSectors().has(r.stem) || SPEAKER_HEADS.has(r.stem) || r.stem === 'باسم');
}

/** A word that opens with the conjunction و ('وجبهة النصرة'), not a name that starts with the letter. */
export const joinedByWa = (w: Word | undefined): boolean => w?.kind === 'word' && /^و/.test(w.norm) && w.readings.some((r) => r.proclitics[0] === 'و');

/** The preposition governing the word at index i: attached to it, or the word before. */
export function prepositionBefore(words: Word[], i: number, mentionStart: number): string | null {
  const w = words[i];
  // Attached proclitic before the mention inside the same token (بأرمينيا, لإيران, وبحسب...).
  if (w && mentionStart > w.start) {
    const pre = normalizeArabic(w.text.slice(0, mentionStart - w.start));
    const m = /^[وف]?([بلك])/.exec(pre);
    if (m) return m[1];
  }
  // ل + ال written لل stays inside the mention ('للجيش الإسرائيلي', as the KB matcher reads 'للأمم المتحدة').
  if (w && mentionStart === w.start && w.kind === 'word' && /^[وف]?لل./.test(w.norm) && w.readings.some((r) => r.proclitics.includes('ل'))) return 'ل';
  // A preposition of the sentence before governs nothing here (a headline with no full stop: '... رداً على الاعتداءات',
  // then the lead 'حزب الله يستهدف').
  const prev = words[i - 1]?.sentence === w?.sentence ? words[i - 1] : undefined;
  // A preposition written apart with a tatweel, the name in quote marks: 'لـ"الاقتصادية"', 'بـ«داعش»'.
  let k = i - 1;
  while (k >= 0 && words[k].kind !== 'word' && /^["'«»“”]$/.test(words[k].text)) k--;
  if (k >= 0 && words[k].kind === 'word' && words[k].sentence === w?.sentence && /^[وف]?[لب]$/.test(words[k].norm)) return words[k].norm.slice(-1);
  if (prev && prev.kind === 'word') {
    for (const r of prev.readings) {
      // A preposition with its own pronoun ('فتقدمت فيه القوات', 'شنت عليه الطائرات') governs the pronoun, not the next word.
      if (r.enclitic) continue;
      if (['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ضد', 'بين', 'حول', 'نحو', 'عبر', 'قرب', 'داخل', 'منذ', 'بحق', 'تجاه', 'ازاء', 'حيال', 'بشان', 'لدي', 'بالقرب', 'امام', 'خارج', 'خلف', 'وراء', 'عند'].includes(r.stem)) return r.stem;
    }
  }
  return null;
}

/** Prepositions whose object's genitive is part of the place or target, not an actor. */
const GOVERNING = loadSideRuleWords().get('genitive_governing')!;

const COUNTS = loadSideRuleWords().get('count')!;
const PARTITIVE = loadSideRuleWords().get('partitive')!;
const isCount = (w: Word | undefined, also = COUNTS) => !!w && (w.kind === 'number' || (w.kind === 'word' && w.readings.some((r) => COUNTS.has(r.stem) || also.has(r.stem))));
const countBefore = (words: Word[], first: number) => isCount(words[first - 1]);

/** The people counted after a partitive من are no object of a preposition: the clause's subject where the count opens
 * it ('إن العشرات من الحوثيين سلموا أنفسهم'), a verb's object ('خطفت طالبان 23 من الكوريين') or a passive's subject
 * ('وقتل عدد من الجنود') after a verb. */
function partitivePreposition(words: Word[], first: number, prep: string | null, covered: ReadonlySet<number>): string | null {
  const min = words[first - 1];
  if (prep !== 'من' || !min || min.kind !== 'word' || min.norm !== 'من') return prep;
  // ... also after people counted by a word of what they are ('150 متمردا من طالبان', 'ثلاثة جنود من الجيش').
  const countedPeople = covered.has(first - 2) && isCount(words[first - 3]);
  return isCount(words[first - 2], PARTITIVE) || countedPeople ? null : prep;
}

const WITNESS = loadSideRuleWords().get('witness')!;
const witnessedAt = (words: Word[], first: number) => {
  const prev = words[first - 1];
  return !!prev && prev.kind === 'word' && prev.sentence === words[first].sentence && prev.readings.some((r) => WITNESS.has(r.stem) && !r.enclitic);
};

const placeLinks = once(() => eventWords('place_links'));
/** A place or country right after a word of direction or nearness ('غارة شمال العراق', 'قصف محيط دمشق') is where the act
 * happened: the phrase is adverbial, not a party; the word stands as its preposition. */
export const directionBefore = (words: Word[], first: number): string | null => {
  const prev = words[first - 1];
  if (!prev || prev.kind !== 'word' || prev.sentence !== words[first].sentence) return null;
  return prev.readings.find((r) => !r.enclitic && r.proclitics.every((p) => p === 'و') && placeLinks().has(r.stem))?.stem ?? null;
};
/** Whether a mention's preposition says where (في, or a word of direction or nearness before it). */
export const locative = (prep: string | null) => !!prep && (prep === 'في' || placeLinks().has(prep));

function wordIndexAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (words[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function actorMentions(entities: Entity[], words: Word[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (!words.length) return out;
  const covered = new Set<number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let k = wordIndexAt(words, m.start); k <= wordIndexAt(words, Math.max(m.start, m.end - 1)); k++) covered.add(k);
    }
  }
  for (const e of entities) {
    for (const m of e.mentions) {
      // 'بدوره', 'من جهته' say whose turn it is; they fill no slot of the act.
      if (m.form === 'pronoun' && /^(ب?دور|جهت|جانب)/.test(normalizeArabic(m.text))) continue;
      const first = wordIndexAt(words, m.start);
      const last = wordIndexAt(words, Math.max(m.start, m.end - 1));
      let prep = partitivePreposition(words, first, prepositionBefore(words, first, m.start), covered);
      // 'وشهدت القاهرة مظاهرة': the place or country a verb of witnessing names is where, not who.
      if (!prep && (e.type === 'PLACE' || e.type === 'COUNTRY') && witnessedAt(words, first)) prep = 'في';
      if (!prep && (e.type === 'PLACE' || e.type === 'COUNTRY')) prep = directionBefore(words, first);
      // A nisba takes the preposition of the noun it qualifies: 'في عمق الأراضي الأرمينية'.
      if (!prep && m.form === 'nisba') {
        for (const k of [1, 2]) {
          const head = words[first - k];
          if (!head || head.kind !== 'word' || head.sentence !== words[first].sentence) break;
          // ... a partitive من after a count is none ('عدداً من المستوطنات وموقعين إسرائيليين': the object).
          prep = partitivePreposition(words, first - k, prepositionBefore(words, first - k, head.start), covered);
          // The head carries the preposition itself: 'للقوات الأذربيجانية', 'بالقوات الأرمينية'.
          const attached = /^[وف]?(لل|بال|كال)/.exec(head.norm);
          if (!prep && attached) prep = attached[1][0];
          if (prep) break;
        }
      }
      // A name in the genitive after a preposition's object is governed by it: 'على مواقع الحوثيين'. (Not after a name:
      // 'علي خامنئي الولايات المتحدة' has no preposition, though «علي» reads as «على».)
      if (!prep && m.form !== 'nisba' && first >= 2 && words[first - 1].kind === 'word' && words[first - 1].sentence === words[first].sentence && /^ال|^[^ابلو]/.test(words[first - 1].norm)) {
        const outer = prepositionBefore(words, first - 1, words[first - 1].start);
        const inName = covered.has(first - 2) && words[first - 2].readings.some((r) => r.stem === outer);
        if (outer && GOVERNING.has(outer) && !inName) prep = outer;
      }
      const indefiniteNisba = m.form === 'nisba' && !/^[وف]?(ال|لل|بال)/.test(words[first].norm);
      // A name joined by و is a party of its own: the head before the first party is not its head ('فصائل المعارضة وجبهة
      // النصرة': al-Nusra is no opposition body). A nisba is left as it was.
      const joined = m.form !== 'nisba' && joinedByWa(words[first]);
      const fromHead = e.type === 'PLACE' || joined ? null : sectorFromHead(words, first, covered, () => ownSector(e, words, first, last), indefiniteNisba, e.type === 'PERSON');
      const memberHeaded = fromHead === MEMBER_OF_OWN;
      const headSector = memberHeaded ? null : fromHead;
      const own = headSector ? ownSector(e, words, first, last) : null;
      const recordSector = own && own !== headSector && (speakerBefore(words, first, covered) || unitOfBody(words, first, headSector, own)) ? own : undefined;
      // Every field present, in one order (see actorMention).
      out.push({
        start: m.start, end: m.end, first, last, entity: e, form: m.form,
        sector: headSector ?? ownSector(e, words, first, last),
        place: e.type === 'PLACE',
        prep,
        // A plural nisba names people ('آلاف السودانيين', 'الأرمن'); a counted one too.
        headed: headSector !== null || memberHeaded || /(يين|يون|ين|ون)$/.test(normalizeArabic(m.text)) || countBefore(words, first),
        unsectored: e.id.startsWith('rasad:generic:') && unsectoredMention(m.text),
        recordSector,
      });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // 'بين أرمينيا وأذربيجان', 'على إيران وتركيا': a mention joined by و to a preposition's object shares it.
  for (let k = 1; k < out.length; k++) {
    const [p, m] = [out[k - 1], out[k]];
    if (m.prep || !p.prep || m.first !== p.last + 1) continue;
    if (joinedByWa(words[m.first])) m.prep = p.prep;
  }
  for (const m of out) if (m.entity.type === 'PERSON' && !m.entity.country) titledCountry(out, words, m);
  return out;
}

const TITLES = loadSideRuleWords().get('title')!;
/** A word of office ('رئيس', 'وزيرة', 'النائب'; side_rule_words.tsv, class title). */
export const isTitle = (w: Word | undefined) => !!w && w.kind === 'word' && (TITLES.has(w.norm.replace(/^[وف]?(ال)?/, '')) || w.readings.some((r) => TITLES.has(r.stem)));

/** A person the KB gives no country takes the nisba of the title beside him: before him ('رئيس الوزراء الإسرائيلي
 * إيهود أولمرت') or after him ('محمد ديري عمدة العاصمة الصومالية', 'X وزيرة الدولة السودانية'). */
function titledCountry(out: ActorMention[], words: Word[], m: ActorMention): void {
  const sentence = words[m.first].sentence;
  const nisba = (n: ActorMention) => n.form === 'nisba' && !!n.entity.country && words[n.first].sentence === sentence;
  // Before: the nisba right before the name, a title one or two words before it.
  // The mentions are in text order: only those starting a few words around the name are looked at.
  const near = (lo: number, hi: number) => {
    const found: ActorMention[] = [];
    for (let i = firstStartingFrom(out, lo); i < out.length && out[i].first <= hi; i++) found.push(out[i]);
    return found;
  };
  const before = near(m.first - 4, m.first - 1).find((n) => nisba(n) && n.last === m.first - 1 && (isTitle(words[n.first - 1]) || isTitle(words[n.first - 2])));
  // After: a title right after the name (or its comma: 'X، وزير الخارجية الإيراني'), its nisba within three more
  // words, no punctuation between.
  const t = words[m.last + 1]?.kind === 'punct' && /^[،,]$/.test(words[m.last + 1].text) ? m.last + 2 : m.last + 1;
  const after = isTitle(words[t]) ? near(t + 1, t + 3).find((n) => nisba(n) && n.first > t && n.first <= t + 3 && words.slice(t, n.first).every((w) => w.kind === 'word')) : undefined;
  const by = before ?? after;
  if (by) m.entity = { ...m.entity, country: by.entity.country };
}

/** The first index of a list in text order whose mention starts at word `first` or later. */
const firstStartingFrom = (list: readonly ActorMention[], first: number) => lowerBound(list, firstWordOf, first);
/** A mention's first word: the key actor lists are sorted by. */
export const firstWordOf = (a: ActorMention) => a.first;

export function toEventActor(a: ActorMention | null): EventActor | null {
  if (!a) return null;
  return { entity: a.entity.id, name_en: a.entity.name_en, country: a.entity.country, sector: a.unsectored ? null : (a.recordSector ?? a.sector) };
}

export function toEventLocation(a: ActorMention | null): EventLocation | null {
  if (!a) return null;
  const g = a.entity.geo;
  return { entity: a.entity.id, name_en: a.entity.name_en, lat: g?.lat ?? null, lon: g?.lon ?? null, precision: g?.precision ?? null };
}
