// The word lists the entity stages read besides the KB index: person cues (titles, roles, speech verbs), place cues,
// settlement nouns, named heads and the leader-force words with the KB's surnames. Built from the data files once per process and shared by every document (they
// never change while it runs); the builders stay pure for tests. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { namedHeads, type NamedHead } from './named-heads.js';
import { settlementCues, type SettlementCue } from './cued-places.js';
import { placeOrgHeads, type PlaceOrgHead } from './place-orgs.js';
import { unitWords, type UnitWords } from './numbered-units.js';
import { leaderForceWords, type LeaderForceWords } from './leader-forces.js';
import { latinOutlets, type LatinOutlets } from './outlet.js';
import { kinshipNouns, type KinNoun } from './relatives.js';
import { getIndex } from '../../kb/kb-index.js';
import { loadTagger, type NerTagger } from '../../ner/tagger.js';
import { usePrebuiltNer } from '../../workers/ner-prebuilt.js';
import { once } from '../../once.js';

export interface EntityCues {
  /** Titles, roles and speech verbs: matching forms. */
  readonly cues: ReadonlySet<string>;
  /** Role nouns (data/lexicon/person_cues.tsv with role_en): matching form -> the role and sector of the person named after it. */
  readonly roles: ReadonlyMap<string, PersonRole>;
  /** Speech verbs alone (the tagger's SPEECH_VERB cues): قال, أضاف, أكد ... */
  readonly speech: ReadonlySet<string>;
  /** Words before which an unknown name is likely a place (data/kb/place_cues.tsv). */
  readonly placeCues: ReadonlySet<string>;
  /** Head nouns of named buildings, places and units (data/kb/named_heads.tsv). */
  readonly heads: ReadonlyMap<string, NamedHead>;
  /** Settlement nouns (data/kb/settlement_cues.tsv) -> how many places they name. */
  readonly settlements: ReadonlyMap<string, SettlementCue>;
  /** Heads of the local bodies of a place (data/kb/place_org_heads.tsv). */
  readonly placeOrgs: readonly PlaceOrgHead[];
  /** Heads, arms and ordinals of numbered units (data/kb/numbered_units.tsv). */
  readonly units: UnitWords;
  /** Force nouns, words that are no surname, and the surnames of the KB index's people (data/kb/leader_forces.tsv). */
  readonly leaders: LeaderForceWords;
  /** The KB index's news outlets by their Latin names (an outlet named in a document's metadata). */
  readonly outlets: LatinOutlets;
  /** Kinship nouns (data/lexicon/kinship_nouns.tsv): matching form -> the kin they name. */
  readonly kin: ReadonlyMap<string, KinNoun>;
  /** The shipped NER tagger, loaded on the first call (the prebuilt shared data first, when current). */
  readonly tagger: () => NerTagger;
}

/** The shipped tagger, loaded once by the returned function when first asked for (never when no document needs it). */
function lazyTagger(): () => NerTagger {
  let tagger: NerTagger | null = null;
  return () => {
    if (!tagger) {
      usePrebuiltNer();
      tagger = loadTagger();
    }
    return tagger;
  };
}

const PERSON_CUE_KINDS = new Set(['PERS_TITLE', 'SPEECH_VERB']);

/**
 * The tagger's context words (data/lexicon/ner_triggers.tsv), matching form -> kinds, in the order of their first
 * row: what the tagger's knowledge holds as `triggers`, read from the file alone (the whole NER knowledge is not
 * built for them: the tagger builds its own, for the lists its model reads).
 */
function nerTriggers(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of loadTsv('lexicon/ner_triggers.tsv')) {
    const w = normalizeArabic(r.word.trim());
    const kinds = out.get(w);
    if (!kinds) out.set(w, [r.kind]);
    else if (!kinds.includes(r.kind)) kinds.push(r.kind);
  }
  return out;
}

/** Titles, roles and speech verbs (data/lexicon/person_cues.tsv and the tagger's own cues), matching forms. */
export function personCueWords(): Set<string> {
  const cues = new Set(loadTsv('lexicon/person_cues.tsv').map((r) => normalizeArabic(r.word.trim())));
  for (const [w, kinds] of nerTriggers()) if (kinds.some((k) => PERSON_CUE_KINDS.has(k))) cues.add(w);
  return cues;
}

export interface PersonRole {
  role: string;
  sector: string | null;
}

/** Role nouns of data/lexicon/person_cues.tsv ('الجندي' -> Soldier, MIL), matching forms. */
export function personRoles(rows: Record<string, string>[] = loadTsv('lexicon/person_cues.tsv')): Map<string, PersonRole> {
  return new Map(rows.filter((r) => r.role_en).map((r) => [normalizeArabic(r.word.trim()), { role: r.role_en, sector: r.sector || null }]));
}

/** Speech verbs (data/lexicon/ner_triggers.tsv, kind SPEECH_VERB), matching forms. */
export function speechVerbs(): Set<string> {
  return new Set([...nerTriggers()].filter(([, kinds]) => kinds.includes('SPEECH_VERB')).map(([w]) => w));
}

/** data/kb/place_cues.tsv: words before which an unknown name is likely a place. */
export function placeCueWords(): Set<string> {
  return new Set(loadTsv('kb/place_cues.tsv').map((r) => normalizeArabic(r.word)));
}

/** All the lists, freshly built from the data files. */
export function buildEntityCues(): EntityCues {
  return { cues: personCueWords(), roles: personRoles(), speech: speechVerbs(), placeCues: placeCueWords(), heads: namedHeads(), settlements: settlementCues(), placeOrgs: placeOrgHeads(), units: unitWords(), leaders: leaderForceWords(getIndex()), outlets: latinOutlets(getIndex()), kin: kinshipNouns(), tagger: lazyTagger() };
}

/** The lists shared by every document of the process (built on first use, like the KB index). */
export const entityCues = once(buildEntityCues);
