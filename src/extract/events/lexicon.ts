// The event trigger lexicon (data/lexicon/triggers.tsv) compiled into surface forms: verbs are
// inflected (perfect, imperfect, dual, plural, feminine), nouns get their plural, feminine, dual
// and accusative endings. Clitics are not listed: the matcher strips them from the text side.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { EventType, Quad } from '../../doc.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';

export interface TriggerEntry {
  id: number;
  type: EventType;
  cameo: string;
  intensity: number;
  mode: string;
  /** 'hal': a circumstantial participle of a speech verb ('داعيا', 'محذرة'), matched as written, without the article. */
  pos: 'verb' | 'noun' | 'phrase' | 'hal';
  /** Where the target is found, in order of preference: 'obj', 'sym', 'none', 'victim' (the subject suffers it), or a preposition. */
  frame: string[];
  /** One of these must follow within a few words (matching-form prefixes). */
  requires: string[];
  /** None of these may follow within a few words. */
  forbids: string[];
  /** The lemma as written in the lexicon, for explanations. */
  lemma: string;
  /** Readings that make the word no act (see the header of triggers.tsv): 'aim-l', 'state', 'period', 'bare-definite'. */
  guards: Guard[];
}

export const GUARDS = ['aim-l', 'state', 'period', 'bare-definite', 'affliction', 'endangers', 'prayer', 'achieves', 'goods', 'held', 'inflected'] as const;
export type Guard = (typeof GUARDS)[number];

export interface PhraseTrigger {
  entry: TriggerEntry;
  /** Words in sequence; '*' matches any one word. */
  words: string[];
}

export interface Lexicon {
  entries: TriggerEntry[];
  /** Single-word surface forms -> entries (a form can trigger several entries). */
  forms: Map<string, TriggerEntry[]>;
  /** Verb forms only (for finding governing verbs). */
  verbForms: Set<string>;
  /** Imperfect (present / future) verb forms that are not also perfect forms. */
  imperfectForms: Set<string>;
  /** Multi-word triggers, longest first. */
  phrases: PhraseTrigger[];
  /** The same phrases by the stems their first word reads as (indexPhrases). */
  phraseIndex: PhraseIndex;
}

export const QUAD: Record<EventType, Quad> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  DEMAND: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

/** Perfect forms of a verb (3rd person masculine singular given); the affixes are lists of data/lexicon/event_words.tsv. */
export function perfectForms(perfect: string): string[] {
  const out = new Set<string>();
  // A doubled verb written in two letters (شن، ضم) is undone before an ending that opens with a consonant: ضممن, not
  // ضمن ('within'), شننا, not شنا.
  const undone = perfect.length === 2 ? eventWords('geminate_undone_suffixes') : new Set<string>();
  for (const s of ['', ...eventWords('perfect_suffixes')]) if (!undone.has(s)) out.add(perfect + s);
  // Final-weak verbs: نفي -> نفت نفوا; دعا -> دعت دعوا.
  if (/[اي]$/.test(perfect) && perfect.length > 2) {
    const base = perfect.slice(0, -1);
    for (const s of eventWords('weak_perfect_suffixes')) out.add(base + s);
  }
  return [...out];
}

/** Inflected forms of a verb given as perfect/imperfect (3rd person masculine singular). */
export function verbForms(perfect: string, imperfect: string): string[] {
  const out = new Set<string>(perfectForms(perfect));
  if (imperfect) {
    const stem = imperfect.startsWith('ي') ? imperfect.slice(1) : imperfect;
    for (const p of eventWords('imperfect_prefixes')) {
      for (const s of ['', ...eventWords('imperfect_suffixes')]) out.add(p + stem + s);
      if (/[ايو]$/.test(stem) && stem.length > 2) for (const s of eventWords('weak_imperfect_suffixes')) out.add(p + stem.slice(0, -1) + s);
    }
  }
  return [...out].filter((f) => f.length >= 2);
}

/** Number, gender and case endings of a noun (matching form: ة is ه). */
export function nounForms(noun: string): string[] {
  const out = new Set<string>([noun]);
  if (noun.endsWith('ه')) {
    const base = noun.slice(0, -1);
    for (const s of eventWords('noun_suffixes_ta')) out.add(base + s);
  } else {
    // Not ي/يه: they make nisba adjectives (حرب -> حربي 'military'), which report nothing.
    for (const s of eventWords('noun_suffixes')) out.add(noun + s);
  }
  return [...out];
}

/**
 * Phrases by the stem that reads as their first word: the word itself (`exact`), the word with a
 * final ا (`alef`: a stem 'X' + 'ا' reads as first word X), the word after ال (`article`: a stem X
 * reads as first word 'ال' + X).
 */
export interface PhraseIndex {
  exact: Map<string, PhraseTrigger[]>;
  alef: Map<string, PhraseTrigger[]>;
  article: Map<string, PhraseTrigger[]>;
  /** The three in one: a stem's exact, alef and article phrases in that order, each once (one look-up per reading). */
  first: Map<string, PhraseTrigger[]>;
}

function addPhrase(map: Map<string, PhraseTrigger[]>, key: string, ph: PhraseTrigger): void {
  const list = map.get(key);
  if (list) list.push(ph);
  else map.set(key, [ph]);
}

/** The phrase index of a lexicon's phrases (loadLexicon builds the shipped lexicon's once, with it). */
export function indexPhrases(phrases: PhraseTrigger[]): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), alef: new Map(), article: new Map(), first: new Map() };
  for (const ph of phrases) {
    const first = ph.words[0];
    if (!first) continue;
    addPhrase(index.exact, first, ph);
    addPhrase(index.alef, first + 'ا', ph);
    if (first.startsWith('ال')) addPhrase(index.article, first.slice(2), ph);
  }
  for (const map of [index.exact, index.alef, index.article]) {
    for (const [stem, list] of map) for (const ph of list) if (!index.first.get(stem)?.includes(ph)) addPhrase(index.first, stem, ph);
  }
  return index;
}

/** The trigger lexicon (data/lexicon/triggers.tsv), read once. */
export const loadLexicon = once((): Lexicon => {
  const entries: TriggerEntry[] = [];
  const forms = new Map<string, TriggerEntry[]>();
  const verbs = new Set<string>();
  const perfects = new Set<string>();
  const phrases: PhraseTrigger[] = [];
  const add = (form: string, e: TriggerEntry) => {
    const list = forms.get(form);
    if (!list) forms.set(form, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  loadTsv('lexicon/triggers.tsv').forEach((row, i) => {
    if (!(row.type in QUAD)) throw new Error(`triggers.tsv row ${i + 1}: unknown type ${row.type}`);
    if (!['verb', 'noun', 'phrase', 'hal'].includes(row.pos)) throw new Error(`triggers.tsv row ${i + 1}: unknown pos ${row.pos}`);
    const req = row.requires ? row.requires.split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean) : [];
    const entry: TriggerEntry = {
      id: i,
      type: row.type as EventType,
      cameo: row.cameo,
      intensity: Number(row.intensity),
      mode: row.mode,
      pos: row.pos as TriggerEntry['pos'],
      frame: row.frame ? row.frame.split('|').map((f) => normalizeArabic(f.trim())) : ['none'],
      requires: req.filter((w) => !w.startsWith('!')),
      forbids: req.filter((w) => w.startsWith('!')).map((w) => w.slice(1)),
      lemma: row.forms.split('|')[0],
      guards: (row.guards ?? '').split('|').map((g) => g.trim()).filter(Boolean) as Guard[],
    };
    for (const g of entry.guards) if (!(GUARDS as readonly string[]).includes(g)) throw new Error(`triggers.tsv row ${i + 1}: unknown guard ${g}`);
    if (Number.isNaN(entry.intensity)) throw new Error(`triggers.tsv row ${i + 1}: bad intensity`);
    entries.push(entry);
    for (const raw of row.forms.split('|')) {
      const f = normalizeArabic(raw.trim());
      if (!f) continue;
      if (entry.pos === 'verb') {
        const [perfect, imperfect] = f.split('/');
        if (perfect.includes(' ')) {
          // A verb with a fixed complement (ألقى القبض): a phrase in every inflection of its verb.
          const [verb, ...complement] = perfect.split(' ');
          for (const v of verbForms(verb, imperfect ? imperfect.split(' ')[0] : '')) phrases.push({ entry, words: [v, ...complement] });
          continue;
        }
        for (const v of verbForms(perfect, imperfect ?? '')) {
          add(v, entry);
          verbs.add(v);
        }
        for (const v of perfectForms(perfect)) perfects.add(v);
      } else if (entry.pos === 'hal') {
        add(f, entry);
      } else if (entry.pos === 'phrase' || f.includes(' ')) {
        phrases.push({ entry, words: f.split(' ') });
      } else {
        for (const n of nounForms(f)) add(n, entry);
      }
    }
  });
  phrases.sort((a, b) => b.words.length - a.words.length);
  const imperfectForms = new Set([...verbs].filter((v) => !perfects.has(v)));
  return { entries, forms, verbForms: verbs, imperfectForms, phrases, phraseIndex: indexPhrases(phrases) };
});
