// Direct quotes (every quote style, with a speech cue) and indirect speech ('قال إن', 'أكد أن'),
// each with its speaker resolved to an entity: the subject of the cue verb, the last speaker for
// 'وأضاف' with no subject, the other party for 'من جهته'.
import { firstFrom, longestSpan, spanAt, spansWithin } from '../sorted-spans.js';
import type { Entity, Quote, Span } from '../../doc.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { wordsOf, type Reading, type Word } from '../../arabic/words.js';
import { once } from '../../once.js';

type CueKind = 'verb' | 'participle' | 'noun';

/** Speech cues by matching form, read once per process. */
const cueTable = once((): Map<string, CueKind> => {
  const cues = new Map<string, CueKind>();
  for (const r of loadTsv('lexicon/speech_cues.tsv')) for (const f of r.form.split('|')) cues.set(normalizeArabic(f.trim()), r.kind as CueKind);
  return cues;
});

const OPEN_CLOSE: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };
const OPENING = Object.keys(OPEN_CLOSE).join('');
const OPENING_UNITS = new Set([...OPENING].map((ch) => ch.charCodeAt(0)));
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'انما']);
const SWITCH = /^(من جهته|من جهتها|من جانبه|من جانبها|بدوره|بدورها|في المقابل)/u;

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

/** Definite descriptions that refer back to the last entity of a kind. */
const DESCRIPTIONS = new Map<string, Entity['type'][]>([
  ['الوكاله', ['MEDIA']], ['القناه', ['MEDIA']], ['الصحيفه', ['MEDIA']], ['الاذاعه', ['MEDIA']],
  ['الوزاره', ['ORG']], ['الحركه', ['GROUP', 'ORG']], ['الجماعه', ['GROUP', 'ORG']], ['المنظمه', ['ORG']],
]);

const PREPOSITION_WORDS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ضد', 'بين', 'حول', 'لدي', 'عبر', 'نحو', 'تجاه', 'بحق']);

/** True when the word at `start` is governed by a preposition: attached (ب ل ك) or the word before. */
function afterPreposition(text: string, start: number): boolean {
  let w = start;
  while (w > 0 && /[\p{L}\p{M}]/u.test(text[w - 1])) w--;
  const attached = normalizeArabic(text.slice(w, start));
  if (/^[وف]?[بلك]/.test(attached)) return true;
  // Quote marks and a tatweel may stand between: 'لـ"الاقتصادية"', 'لـ«الشرق الأوسط»'.
  const before = text.slice(Math.max(0, w - 20), w).match(/([\p{L}\p{M}\u0640]+)[\s\u00a0"'«»“”\u0640-]*$/u);
  if (!before) return false;
  const prev = normalizeArabic(before[1]).replace(/^[وف](?=\S{2,})/, '');
  return PREPOSITION_WORDS.has(prev) || PREPOSITION_WORDS.has(normalizeArabic(before[1])) || /^[وف]?[لب]$/.test(prev);
}

function cueAt(stems: readonly string[]): CueKind | null {
  for (const s of stems) {
    const k = cueTable().get(s);
    if (k) return k;
  }
  return null;
}

function speakerRank(e: Entity): number {
  return e.type === 'PERSON' ? 0 : e.type === 'ORG' || e.type === 'GROUP' || e.type === 'MEDIA' ? 1 : e.type === 'COUNTRY' || e.type === 'PLACE' ? 2 : 3;
}

/** Best speaker among mentions in [from, to): persons over organisations over countries, nearest first. */
function bestIn(mentions: MentionRef[], from: number, to: number, nearEnd = false): MentionRef | null {
  const inside = spansWithin(mentions, from, to).filter((m) => m.entity.type !== 'PLACE');
  if (!inside.length) return null;
  return inside.sort((a, b) => speakerRank(a.entity) - speakerRank(b.entity) || (nearEnd ? b.start - a.start : a.start - b.start))[0];
}

/** Marks that close a clause of indirect speech and are no part of it. */
const TRAILING = /[\s،,.:؛"”»]/u;

/** The end of text[start, end) without its trailing spaces and closing marks: one backward scan (a
 * regex anchored at the end retries every start of a long run of them, quadratic in its length). */
function trimmedEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && TRAILING.test(text[k - 1])) k--;
  return k;
}

/** Quote pairs in the text: opening and closing marks in a paragraph. */
function quotePairs(text: string): Span[] {
  const pairs: Span[] = [];
  let open: { ch: string; at: number } | null = null;
  // A curly or angle quote left open runs to the end of its paragraph (scraped texts lose closing marks).
  const unclosed = (end: number) => {
    if (open && open.ch !== '"' && end - open.at > 20) pairs.push({ start: open.at + 1, end });
  };
  // Read by code unit: no one-letter string per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && text.charCodeAt(i + 1) === 0x0a) {
      unclosed(i);
      open = null;
    }
    if (open) {
      if (c === OPEN_CLOSE[open.ch].charCodeAt(0) || (open.ch === '„' && c === 0x201d)) {
        if (i - open.at > 1) pairs.push({ start: open.at + 1, end: i });
        open = null;
      }
      continue;
    }
    if (OPENING_UNITS.has(c)) open = { ch: text[i], at: i };
  }
  unclosed(text.trimEnd().length);
  return pairs;
}

/** The stems of the readings with no clitic before them but و or ف. */
function bareStems(w: Word): string[] {
  const out: string[] = [];
  for (const r of w.readings) {
    let bare = true;
    for (const p of r.proclitics) if (p !== 'و' && p !== 'ف') bare = false;
    if (bare) out.push(r.stem);
  }
  return out;
}

/** What the quote finder reads of a written form: its bare stems, the cue it is, whether it is a complementizer. */
interface FormFacts {
  stems: string[];
  cue: CueKind | null;
  comp: boolean;
}

const formFacts = (stems: string[]): FormFacts => ({ stems, cue: cueAt(stems), comp: stems.some((x) => COMPLEMENTIZERS.has(x)) });

export function extractQuotes(text: string, sentences: Span[], entities: Entity[], words: Word[] = wordsOf(text, sentences)): Quote[] {
  if (!text) return [];
  // Words of one form share their readings, and so their stems, cue and complementizer test (read only): worked out
  // once per form.
  const factsOf = new Map<Reading[] | string, FormFacts>();
  // The words themselves, and beside them (same index) what the finder reads of them: no object per word.
  const toks = words;
  const stemsAt: string[][] = new Array(words.length);
  const cueOf: (CueKind | null)[] = new Array(words.length);
  const complementizer: boolean[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const form = w.kind === 'word' ? w.readings : w.norm;
    let facts = factsOf.get(form);
    if (!facts) factsOf.set(form, (facts = formFacts(w.kind === 'word' ? bareStems(w) : [w.norm])));
    stemsAt[i] = facts.stems;
    cueOf[i] = facts.cue;
    complementizer[i] = facts.comp;
  }
  const mentions: MentionRef[] = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e }))).sort((a, b) => a.start - b.start);
  const sentenceOf = (off: number) => spanAt(sentences, off) ?? { start: 0, end: text.length };
  const quotes: Quote[] = [];
  let lastSpeaker: Entity | null = null;
  let lastCueAt = -1;
  // Mentions that can be a subject: not the object of a preposition.
  // A city named as a subject speaks for its government ('وأعلنت طهران').
  const subjects = mentions.filter((m) => (m.entity.type !== 'PLACE' || (m.entity.geo?.precision === 'city' && m.entity.country)) && !afterPreposition(text, m.start));
  const longest = longestSpan(subjects);
  const describedBefore = (at: number): Entity | null => {
    const m = text.slice(Math.max(0, at - 20), at).match(/([\p{L}\p{M}]+)[\s\u00a0]*$/u);
    const kind = m ? DESCRIPTIONS.get(normalizeArabic(m[1]).replace(/^و/, '')) : undefined;
    if (!kind) return null;
    // The last mention (in start order) of that kind ending before the description.
    const bound = at - m![0].length;
    for (let i = firstFrom(mentions, bound + 1) - 1; i >= 0; i--) {
      const x = mentions[i];
      if (x.end <= bound && kind.includes(x.entity.type)) return x.entity;
    }
    return null;
  };
  const wordsBetween = (from: number, to: number) => (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const bestOf = (list: MentionRef[], nearEnd: boolean) =>
    [...list].sort((a, b) => speakerRank(a.entity) - speakerRank(b.entity) || (nearEnd ? b.start - a.start : a.start - b.start))[0];
  const taken: Span[] = [];

  const resolve = (cueIdx: number, kind: CueKind, limit: number): Entity | null => {
    const cue = toks[cueIdx];
    const s = sentenceOf(cue.start);
    if (kind === 'noun') {
      // 'نقل التلفزيون عن رحيم زاده قوله': the speaker is the object of عن just before.
      const before = bestIn(mentions, Math.max(s.start, cue.start - 60), cue.start, true);
      if (before) return before.entity;
    }
    if (kind === 'participle') {
      // 'قائلا' takes the subject of the clause: the speaker of an earlier cue in the sentence, else its first actor.
      if (lastSpeaker && lastCueAt >= s.start && lastCueAt < cue.start) return lastSpeaker;
      const subj = spansWithin(subjects, s.start, cue.start);
      if (subj.length) return bestOf(subj, false).entity;
      return lastSpeaker;
    }
    // A definite description just before the verb ('الوكالة أكدت'): the last entity of its kind.
    const described = describedBefore(cue.start);
    if (described) return described;
    // SVO: a subject just before the verb ('الرئيس الإيراني حسن روحاني يقول').
    // (Not past a colon: 'الرياض - واس: أكد وزير الخارجية' names the agency that wires the report, not who speaks.)
    const noColon = (m: MentionRef) => m.entity.type !== 'MEDIA' || !/[:：]/.test(text.slice(m.end, cue.start));
    const justBefore = spansWithin(subjects, s.start - longest, cue.start).filter((m) => m.end >= s.start && wordsBetween(m.end, cue.start) <= 1 && noColon(m));
    if (justBefore.length) return bestOf(justBefore, true).entity;
    // VSO: the first subject after the verb, before the quote or the complementizer.
    const after = spansWithin(subjects, cue.end, limit);
    if (after.length) return bestOf(after, false).entity;
    const opening = text.slice(s.start, cue.start);
    if (SWITCH.test(opening.trim()) && lastSpeaker) {
      // The other party: the last-mentioned person or country that is not the last speaker.
      const others = mentions.filter((m) => m.end <= cue.start && m.entity.id !== lastSpeaker!.id && m.entity.type !== 'PLACE');
      const pick = others.sort((a, b) => speakerRank(a.entity) - speakerRank(b.entity) || b.start - a.start)[0];
      if (pick) return pick.entity;
    }
    const before = spansWithin(subjects, s.start, cue.start).filter(noColon);
    if (before.length) return bestOf(before, true).entity;
    // 'وقال' with no subject: the person the previous sentence was about, else the last speaker.
    const prevSentence = sentences.filter((x) => x.end <= s.start).pop();
    if (prevSentence) {
      const prevSubjects = spansWithin(subjects, prevSentence.start, prevSentence.end).filter((m) => m.entity.type === 'PERSON');
      if (prevSubjects.length && (!lastSpeaker || !prevSubjects.some((m) => m.entity.id === lastSpeaker!.id))) return prevSubjects[0].entity;
    }
    return lastSpeaker;
  };

  // Direct quotes.
  const pairs = quotePairs(text);
  const candidates: { span: Span; cueIdx: number; kind: CueKind; limit: number; direct: boolean }[] = [];
  for (const p of pairs) {
    const inner = text.slice(p.start, p.end).trim();
    if (inner.split(/\s+/).length < 3) {
      // Short quoted names ('"داعش"', '"روسيا 1"') are not quotes; a short phrase after a cue still is.
      if (inner.split(/\s+/).length < 2) continue;
    }
    // The cue: a speech word within the four words before the quote mark (a colon may stand between).
    const openAt = p.start - 1;
    const next = firstFrom(toks, openAt);
    let k = next === toks.length ? toks.length - 1 : next - 1;
    let found = -1;
    let kind: CueKind | null = null;
    // After a complementizer ('قال ... إن "...') the cue may stand further back.
    let prevAt = k;
    while (prevAt >= 0 && toks[prevAt].kind !== 'word') prevAt--;
    const reach = prevAt >= 0 && complementizer[prevAt] ? 14 : 7;
    for (let j = k, words = 0; j >= 0 && words < reach; j--) {
      const t = toks[j];
      if (t.kind === 'punct' && /[.؟!]/.test(t.text)) break;
      if (t.kind !== 'word') continue;
      words++;
      const c = cueOf[j];
      if (c) {
        found = j;
        kind = c;
        break;
      }
      if (complementizer[j]) continue;
      if (stemsAt[j].some((s) => ['وكاله', 'قناه', 'صحيفه', 'تنظيم', 'قاعده', 'موقع', 'حركه', 'جماعه', 'مجموعه', 'عمليه', 'بعنوان', 'وصف', 'ب', 'وصفت'].includes(s)) && words === 1) break;
    }
    if (found < 0 || !kind) continue;
    candidates.push({ span: p, cueIdx: found, kind, limit: openAt, direct: true });
    taken.push(p);
  }

  // Indirect speech: cue verb ... أن/إن + clause, to the end of the sentence or the next quote mark.
  for (let i = 0; i < toks.length; i++) {
    const kind = cueOf[i];
    if (kind !== 'verb' && kind !== 'participle' && kind !== 'noun') continue;
    const s = sentenceOf(toks[i].start);
    let comp = -1;
    for (let j = i + 1, words = 0; j < toks.length && toks[j].start < s.end && words < 12; j++) {
      if (toks[j].kind !== 'word') continue;
      words++;
      if (complementizer[j] || (stemsAt[j].includes('من') && stemsAt[i].some((x) => x.startsWith('حذر') || x.startsWith('يحذر') || x.startsWith('محذر')))) {
        comp = j;
        break;
      }
      if (cueOf[j]) break;
    }
    if (comp < 0 || !toks[comp + 1]) continue;
    const start = toks[comp + 1].start;
    if (taken.some((t) => t.start <= start + 2 && start <= t.end)) continue;
    const nextMark = text.slice(start, s.end).search(/["“«]/);
    const end = nextMark > 0 ? start + nextMark : s.end;
    const clean = text.slice(start, trimmedEnd(text, start, end));
    if (clean.split(/\s+/).length < 2) continue;
    candidates.push({ span: { start, end: start + clean.length }, cueIdx: i, kind, limit: toks[comp].start, direct: false });
  }
  // Speakers in reading order, so that 'وأضاف' continues the speaker before it.
  candidates.sort((a, b) => toks[a.cueIdx].start - toks[b.cueIdx].start);
  for (const c of candidates) {
    const speaker = resolve(c.cueIdx, c.kind, c.limit);
    quotes.push({ start: c.span.start, end: c.span.end, speaker: speaker?.id ?? null, cue: toks[c.cueIdx].text, cueStart: toks[c.cueIdx].start, direct: c.direct });
    if (speaker) lastSpeaker = speaker;
    lastCueAt = toks[c.cueIdx].start;
  }
  return quotes.sort((a, b) => a.start - b.start);
}
