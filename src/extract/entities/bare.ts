// State actors named without their country ('الجيش', 'قوات النظام', 'الحكومة', 'قوات الأمن', data/lexicon/
// bare_state_actors.tsv): each is linked to the organisation of the same kind (data/kb/org_patterns.tsv) of the
// country the document means. A news report says 'الجيش الإسرائيلي' once and 'الجيش' after; a Syrian report says
// 'قوات النظام' throughout and never names Syria's army. Internal to src/extract/entities/.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv } from '../../data-files.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { once } from '../../once.js';
import { eventWords } from '../events/word-lists.js';
import { reportCountry } from './where.js';

const relativePronouns = once(() => new Set([...eventWords('relative_pronouns')].map(normalizeArabic)));
const quantifiers = once(() => eventWords('definite_quantifiers'));

export interface BareForms {
  /** Matching-form words of each bare form -> its kind (an org_patterns key). */
  forms: { words: string[]; kind: string; link: 'recent' | 'regime' }[];
  /** Words after which a bare form belongs to a larger phrase ('رئيس الحكومة'). */
  after: Set<string>;
  /** First word -> the forms starting with it, longest first. */
  byFirst: Map<string, BareForms['forms']>;
}

export function parseBareForms(rows: Record<string, string>[]): BareForms {
  const forms: BareForms['forms'] = [];
  const after = new Set<string>();
  for (const r of rows) {
    const words = r.form.trim().split(/\s+/).map(normalizeArabic).filter(Boolean);
    if (!words.length || !r.kind) throw new Error(`lexicon/bare_state_actors.tsv: bad row '${r.form}'`);
    if (r.kind === 'after') words.forEach((w) => after.add(w));
    else if (r.link === 'recent' || r.link === 'regime') forms.push({ words, kind: r.kind, link: r.link });
    else throw new Error(`lexicon/bare_state_actors.tsv: bad link '${r.link}' for '${r.form}'`);
  }
  // Longest first, so that 'قوات الجيش' wins over 'الجيش'.
  forms.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, BareForms['forms']>();
  for (const f of forms) byFirst.set(f.words[0], [...(byFirst.get(f.words[0]) ?? []), f]);
  return { forms, after, byFirst };
}

const bareForms = once(() => parseBareForms(loadTsv('lexicon/bare_state_actors.tsv')));

const ORG_ID = /^rasad:org:([a-z_]+):([A-Z]{3})$/;

/**
 * The one country all the document's named countries, places, bodies and people (top-level mentions) belong to, however
 * few ('قصفت قوات النظام بلدة الحولة'); null when they name none or more than one ('المعارضة السورية ... محادثات جنيف'). Only a regime's forces take it (they fight in their own country):
 * a bare 'النظام' may be a delegation abroad.
 */
function soleCountry(s: DocState): string | null {
  const found = new Set<string>();
  for (const m of s.mentions) {
    if (!m.top) continue;
    const info = s.entities.get(m.id)!.info;
    if (info.country) found.add(info.country);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Where a bare form starts at word i: the number of words it spans, its kind and the clitic cut of its first word. */
function matchAt(words: readonly Word[], i: number, bf: BareForms): { n: number; kind: string; link: string; cut: number } | null {
  for (const r of wordReadings(words[i])) {
    for (const f of bf.byFirst.get(r.stem) ?? []) {
      let ok = true;
      for (let k = 1; k < f.words.length && ok; k++) ok = words[i + k]?.kind === 'word' && words[i + k].norm === f.words[k];
      if (ok) return { n: f.words.length, kind: f.kind, link: f.link, cut: r.cut };
    }
  }
  return null;
}

/**
 * Whether the word at k, right after a bare form, makes it another phrase: a definite word ('النظام الصحي', 'التحالف
 * الوطني'), not a relative pronoun ('مجلس النواب الذي ...' opens a clause about the body) nor a place named after it,
 * which is the object of a verb before it ('فيما قصفت قوات النظام الحولة'), nor a quantifier that opens that object ('جراء
 * قصف قوات النظام العديد من المدن').
 */
export function opensOtherPhrase(s: DocState, k: number): boolean {
  const next = s.words[k];
  const place = s.startingAt(k);
  return next?.kind === 'word' && next.norm.startsWith('ال') && !relativePronouns().has(next.norm) && !quantifiers().has(next.norm) && !(place && s.typeOf(place) === 'PLACE');
}

/** Links the bare state actors of a document (after the KB and title stages). */
export function linkBareStateActors(s: DocState, bf: BareForms = bareForms()): void {
  const { words } = s;
  // Explicit mentions of each kind, in text order: kind -> [word index, country]; and the countries of the
  // regimes named ('النظام السوري', 'قوات النظام السوري').
  const explicit = new Map<string, { at: number; country: string }[]>();
  const regimes = new Set<string>();
  for (const m of s.ordered()) {
    const k = ORG_ID.exec(s.idx.ownedPattern.get(m.id) ?? m.id);
    if (!k) continue;
    const list = explicit.get(k[1]) ?? [];
    list.push({ at: m.first, country: k[2] });
    explicit.set(k[1], list);
    if (normalizeArabic(s.text.slice(m.start, m.end)).includes('النظام')) regimes.add(k[2]);
  }
  let home: string | null | undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].kind !== 'word' || s.coveredBy(i)) continue;
    const hit = matchAt(words, i, bf);
    if (!hit) continue;
    const last = i + hit.n - 1;
    let free = true;
    for (let k = i; k <= last; k++) if (s.coveredBy(k)) free = false;
    const prev = i > 0 ? words[i - 1] : null;
    // 'النظام الصحي', 'الحكومة الانتقالية': another phrase.
    if (!free || opensOtherPhrase(s, last + 1) || (prev?.kind === 'word' && bf.after.has(prev.norm))) {
      i = last;
      continue;
    }
    let country: string | null = null;
    if (hit.link === 'regime') country = regimes.size === 1 ? [...regimes][0] : null;
    else {
      const list = explicit.get(hit.kind) ?? [];
      const before = list.filter((x) => x.at < i).pop();
      const later = new Set(list.filter((x) => x.at > i).map((x) => x.country));
      country = before?.country ?? (later.size === 1 ? [...later][0] : null);
    }
    if (!country) {
      if (home === undefined) home = reportCountry(s);
      country = home ?? (hit.link === 'regime' && hit.kind === 'army' ? soleCountry(s) : null);
    }
    const patternId = country ? `rasad:org:${hit.kind}:${country}` : null;
    // A country's own row in data/kb/orgs.tsv ('قوات النظام السوري') stands for the pattern organisation.
    const id = patternId && (s.idx.patternOwner.get(patternId) ?? patternId);
    if (id && s.idx.entities.has(id)) {
      const start = words[i].start + cutOffset(words[i].text, hit.cut);
      s.add(id, { start, end: words[last].end, first: i, last, form: 'name', top: true });
    }
    i = last;
  }
}
