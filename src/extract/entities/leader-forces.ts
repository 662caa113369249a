// A leader named by surname alone as the head of forces or followers: 'قوات صالح', 'ميليشيات الحوثي وصالح', 'قوات
// المخلوع صالح' (data/kb/leader_forces.tsv). The surname is the last word of a full name of a KB person; when people
// of several countries share it, the one of a country the report names wins, else none. Runs after the KB and the
// people stages, before coreference. Pure. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import { entitiesOfType, type Index } from '../../kb/kb-index.js';
import type { DocState } from './state.js';

export interface LeaderForceWords {
  nouns: Set<string>;
  notSurnames: Set<string>;
  /** The surnames of one KB index's people (see surnames()), when built for one: a document of that index reads them
   * here instead of scanning every KB entity again. */
  surnames?: { idx: Index; names: Map<string, Set<string>> };
}

/**
 * data/kb/leader_forces.tsv: matching forms of the force nouns and of words that are no surname alone; given an
 * index, also the surnames of its people (built once for every document of that index).
 */
export function leaderForceWords(idx?: Index): LeaderForceWords {
  const rows = loadTsv('kb/leader_forces.tsv');
  const of = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => normalizeArabic(r.word.trim())));
  const words = { nouns: of('noun'), notSurnames: of('not_surname') };
  return idx ? { ...words, surnames: { idx, names: surnames(idx, words.notSurnames) } } : words;
}

/** Surname (matching form) -> ids of the KB people whose full name ends in it. */
function surnames(idx: Index, not: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const info of entitiesOfType(idx, 'PERSON')) {
    // Hand-written people only (people.tsv): an imported row's last word is too often a given name ('بن علي').
    if (!info.person || info.person.imported) continue;
    for (const n of info.person.names_ar) {
      const words = normalizeArabic(n).split(/\s+/);
      if (words.length < 2 || not.has(words[words.length - 1])) continue;
      const last = words[words.length - 1];
      out.set(last, (out.get(last) ?? new Set()).add(info.id));
    }
  }
  return out;
}

const isNoun = (nouns: ReadonlySet<string>, w: Word | undefined): boolean =>
  !!w && w.kind === 'word' && wordReadings(w).some((r) => nouns.has(r.stem));

/** The surname reading of word i (bare, or after و when `conj`), with its clitic cut. */
function surnameAt(s: DocState, names: ReadonlyMap<string, Set<string>>, i: number, conj: boolean): { ids: Set<string>; cut: number } | null {
  const w = s.words[i];
  if (!w || w.kind !== 'word' || s.coveredBy(i)) return null;
  for (const r of wordReadings(w)) {
    if ((conj ? !(r.conj && r.cut === 1) : r.cut !== 0)) continue;
    const ids = names.get(r.stem);
    if (ids) return { ids, cut: r.cut };
  }
  return null;
}

/** Adds the leaders named by surname after a force noun. */
export function findLeaderForces(s: DocState, lex: LeaderForceWords = leaderForceWords()): void {
  const { nouns } = lex;
  const names = lex.surnames?.idx === s.idx ? lex.surnames.names : surnames(s.idx, lex.notSurnames);
  const docCountries = new Set<string>();
  for (const m of s.mentions) {
    const c = s.entities.get(m.id)!.info;
    if ((c.type === 'COUNTRY' || c.type === 'PLACE') && c.country) docCountries.add(c.country);
  }
  const pick = (ids: Set<string>): string | null => {
    const countries = new Map<string, string[]>();
    for (const id of ids) {
      const c = s.idx.entities.get(id)!.country ?? '';
      countries.set(c, [...(countries.get(c) ?? []), id]);
    }
    if (countries.size === 1) return [...ids][0];
    const named = [...countries].filter(([c]) => docCountries.has(c));
    return named.length === 1 && named[0][1].length === 1 ? named[0][1][0] : null;
  };
  const n = s.words.length;
  for (let i = 0; i < n; i++) {
    if (!isNoun(nouns, s.words[i])) continue;
    // A noun inside a group's name ('ميليشيات الحوثي' the Houthis): a surname joined to it ('ميليشيات الحوثي وصالح').
    const own = s.coveredBy(i);
    if (own && (own.first !== i || !['GROUP', 'ORG'].includes(s.typeOf(own)))) continue;
    // The noun's first name: right after it, or after one epithet ('قوات المخلوع صالح'), or a KB name ('قوات الحوثي').
    let k = own ? own.last + 1 : i + 1;
    const next = own ? undefined : s.words[k];
    if (!own && next?.kind === 'word' && !s.coveredBy(k) && next.norm.startsWith('ال') && !surnameAt(s, names, k, false)) k++;
    const covered = own ? null : s.startingAt(k);
    const at = covered ? covered.last + 1 : k;
    const hit = surnameAt(s, names, at, !!(covered || own));
    if (!hit || s.sentOf[at] !== s.sentOf[i]) continue;
    // 'قوات صالح الصماد': a given name or another name word after it makes it a longer name.
    const after = s.words[at + 1];
    if (after?.kind === 'word' && s.sentOf[at + 1] === s.sentOf[i] && (s.idx.givenNames.has(after.norm) || surnameAt(s, names, at + 1, false))) continue;
    const id = pick(hit.ids);
    if (!id) continue;
    const w = s.words[at];
    s.add(id, { start: w.start + cutOffset(w.text, hit.cut), end: w.end, first: at, last: at, form: 'name', top: true });
    i = at;
  }
}
