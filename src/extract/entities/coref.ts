// Surname mentions and pronoun-like references. A person named in full in the document is then found by surname
// anywhere in it ('روحاني', 'رحيم زاده', 'وظريف'); الأخير / الأخيرة, من جهته / بدورها, بلاده / بلادها
// (data/lexicon/coref.tsv) are resolved to the entity they stand for, with form 'pronoun'.
import { readings, wordReadings, cutOffset, type Word } from '../../kb/match-words.js';
import { LIGHT_RULES, normalizeArabic, normalizeText } from '../../arabic/normalize.js';
import { loadTsv, type TsvRow } from '../../data-files.js';
import type { DocMention, DocState } from './state.js';
import { once } from '../../once.js';

/** The last words of compound surnames (data/lexicon/surname_tails.tsv), in the stem form names are read in. */
export function parseSurnameTails(rows: TsvRow[]): Set<string> {
  const out = new Set<string>();
  rows.forEach((r, k) => {
    const w = (r.tail ?? '').trim();
    if (!w || /\s/.test(w)) throw new Error(`lexicon/surname_tails.tsv: row ${k + 1}: '${r.tail ?? ''}' is not one word`);
    out.add(readings(normalizeText(w))[0].stem);
  });
  return out;
}

const surnameTails = () => parseSurnameTails(loadTsv('lexicon/surname_tails.tsv'));

/** Surname keys (word sequences in matching form) of a full name. */
function surnames(nameAr: string, s: DocState, tails: Set<string>): string[][] {
  const ws = nameAr.split(/\s+/).map((w) => readings(normalizeText(w))[0].stem).filter(Boolean);
  const out: string[][] = [];
  if (ws.length < 2) return out;
  const last = ws[ws.length - 1];
  const prev = ws[ws.length - 2];
  if (tails.has(last) || s.idx.arabicParticles.has(prev)) out.push([prev, last]);
  else {
    out.push([last]);
    if (ws.length >= 3 && !s.idx.arabicParticles.has(ws[ws.length - 3]) && !s.idx.givenNames.has(prev)) out.push([prev, last]);
  }
  return out.filter((k) => {
    if (k.length > 1) return true;
    const w = k[0];
    return w.length >= 3 && !s.idx.stopLight.has(w) && !s.idx.givenNames.has(w) && !s.idx.singleKeys.has(w);
  });
}

/** Adds surname mentions of the people of the document. */
export function findSurnames(s: DocState): void {
  const keys = new Map<string, string>(); // 'w1 w2' -> person id
  const ambiguous = new Set<string>();
  const tails = surnameTails();
  for (const [id, e] of s.entities) {
    if (e.info.type !== 'PERSON' || id.startsWith('rasad:role:')) continue;
    const names = new Set<string>([e.info.name_ar, ...(e.info.person?.names_ar ?? [])]);
    for (const m of e.mentions) if (m.form === 'name') names.add(s.text.slice(m.start, m.end));
    for (const n of names) {
      for (const k of surnames(n, s, tails)) {
        const key = k.join(' ');
        const prev = keys.get(key);
        if (prev && prev !== id) ambiguous.add(key);
        else keys.set(key, id);
      }
    }
  }
  for (const a of ambiguous) keys.delete(a);
  if (!keys.size) return;
  const maxLen = Math.max(...[...keys.keys()].map((k) => k.split(' ').length));
  // The first words of the keys: a reading that is none starts no key (stems hold no space), and no key is built for it.
  const firsts = new Set([...keys.keys()].map((k) => k.split(' ')[0]));
  const words = s.words;
  for (let i = 0; i < words.length; i++) {
    if (s.coveredBy(i) || words[i].kind !== 'word') continue;
    let hit: { id: string; last: number; cut: number } | null = null;
    for (const r of wordReadings(words[i])) {
      if (!firsts.has(r.stem) && !r.stem.includes(' ')) continue;
      const seq = [r.stem];
      let j = i;
      for (let len = 1; len <= maxLen; len++) {
        const id = keys.get(seq.join(' '));
        if (id && (!hit || j > hit.last)) hit = { id, last: j, cut: r.cut };
        const k = j + 1;
        if (k >= words.length || words[k].kind !== 'word' || s.coveredBy(k)) break;
        seq.push(words[k].norm);
        j = k;
      }
    }
    if (hit) {
      const w = words[i];
      s.add(hit.id, { start: w.start + cutOffset(w.text, hit.cut), end: words[hit.last].end, first: i, last: hit.last, form: 'name', top: true });
      i = hit.last;
    }
  }
}

function isPunct(w: Word | undefined): boolean {
  return !w || w.kind === 'punct';
}

/** The words after which 'الأخير' is a pronoun (data/lexicon/coref_openers.tsv), in matching and in light form. */
export function parseCorefOpeners(rows: TsvRow[]): Set<string> {
  const out = new Set<string>();
  rows.forEach((r, k) => {
    const w = (r.word ?? '').trim();
    if (!w || /\s/.test(w)) throw new Error(`lexicon/coref_openers.tsv: row ${k + 1}: '${r.word ?? ''}' is not one word`);
    out.add(normalizeArabic(w));
    out.add(normalizeText(w, LIGHT_RULES));
  });
  return out;
}

const corefOpeners = once(() => parseCorefOpeners(loadTsv('lexicon/coref_openers.tsv')));

/** الأخير is a pronoun after punctuation, a verb or a particle, not as an adjective ('التطورات الأخيرة'). */
function pronounUse(s: DocState, i: number, cut: number): boolean {
  if (cut > 0) return true; // والأخير
  let k = i - 1;
  while (k >= 0 && s.words[k].skip) k--;
  const p = s.words[k];
  if (isPunct(p)) return true;
  const light = normalizeText(p.text, LIGHT_RULES);
  if (/اً$/.test(p.text) || /ًا$/.test(p.text)) return true;
  const open = corefOpeners();
  return readings(p.norm).some((r) => open.has(r.stem)) || open.has(light);
}

const SUBJECT_TYPES = new Set(['PERSON', 'COUNTRY', 'ORG', 'GROUP', 'PLACE']);

function genderOf(s: DocState, m: DocMention): 'm' | 'f' {
  return s.entities.get(m.id)!.info.gender;
}

/** The mentions of a document in text order (top-level first on ties), kept in order as mentions are added, with
 * scans that stop where the text order says nothing further can match: each cue costs the mentions near it, not a
 * sort and a filter of them all. */
class OrderedMentions {
  readonly list: DocMention[];
  /** The earliest end of a person's mention: whether any ends before a point, without a scan. */
  private personEnd = Infinity;

  constructor(private readonly s: DocState) {
    this.list = s.ordered();
    for (const m of this.list) this.notePerson(m);
  }

  private notePerson(m: DocMention): void {
    if (this.s.typeOf(m) === 'PERSON' && m.end < this.personEnd) this.personEnd = m.end;
  }

  /** The first index whose mention starts at `at` or later. */
  from(at: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(m: DocMention): void {
    let i = this.from(m.start);
    while (i < this.list.length && this.list[i].start === m.start && this.list[i].end >= m.end) i++;
    this.list.splice(i, 0, m);
    this.notePerson(m);
  }

  anyPersonBefore(at: number): boolean {
    return this.personEnd <= at;
  }

  /** The last mention ending by `at` that passes `ok`, looking back no further than `stop` says. */
  lastBefore(at: number, ok: (m: DocMention) => boolean, stop: (m: DocMention) => boolean = () => false): DocMention | undefined {
    for (let k = this.from(at) - 1; k >= 0; k--) {
      const m = this.list[k];
      if (stop(m)) return undefined;
      if (m.end <= at && ok(m)) return m;
    }
    return undefined;
  }
}

/** Resolves الأخير, من جهته, بلاده ... */
export function resolveCoref(s: DocState): void {
  const words = s.words;
  let mentions: OrderedMentions | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    let rec = null;
    let cut = 0;
    let stem = w.norm;
    for (const r of wordReadings(w)) {
      const c = s.idx.coref.get(r.stem);
      if (c) { rec = c; cut = r.cut; stem = r.stem; break; }
    }
    if (!rec || rec.kind === 'counterpart') continue;
    const sent = s.sentOf[i];
    const all = (mentions ??= new OrderedMentions(s));
    // Mentions are in text order: their sentences only go down, looking back.
    const before = (ok: (m: DocMention) => boolean, fromSentence = -1) => all.lastBefore(w.start, ok, (m) => s.sentOf[m.first] < fromSentence);
    let target: string | null = null;
    if (rec.kind === 'latest') {
      if (!pronounUse(s, i, cut)) continue;
      const gendered = (m: DocMention) => (rec!.gender === 'm' ? s.typeOf(m) === 'PERSON' || genderOf(s, m) === 'm' : s.typeOf(m) !== 'PERSON' && genderOf(s, m) === 'f');
      // The latter: prefer people for the masculine form (any person named before), within the last three sentences.
      const people = rec.gender === 'm' && all.anyPersonBefore(w.start);
      target = before(people ? (m) => s.typeOf(m) === 'PERSON' : gendered, sent - 2)?.id ?? null;
    } else if (rec.kind === 'subject') {
      // 'من جهته' needs من before it; 'بدوره' stands alone.
      if (!stem.startsWith('بدور')) {
        let k = i - 1;
        while (k >= 0 && words[k].skip) k--;
        if (!words[k] || !wordReadings(words[k]).some((r) => r.stem === 'من')) continue;
      }
      // At the head of a clause (after punctuation or و) it names the actor that follows; after a verb, the one before.
      let k = i - 1;
      while (k >= 0 && words[k].skip) k--;
      if (k >= 0 && wordReadings(words[k]).some((r) => r.stem === 'من')) { k--; while (k >= 0 && words[k].skip) k--; }
      const head = cut > 0 || k < 0 || words[k].kind === 'punct' || s.sentOf[k] !== sent;
      const fits = (m: DocMention) => (rec!.gender === 'm' ? s.typeOf(m) === 'PERSON' || genderOf(s, m) === 'm' : s.typeOf(m) !== 'PERSON');
      const subjectType = (m: DocMention) => SUBJECT_TYPES.has(s.typeOf(m));
      const prior = (m: DocMention) => subjectType(m) && s.typeOf(m) !== 'PLACE';
      let after: DocMention | undefined;
      for (let a = all.from(w.end); a < all.list.length && all.list[a].first - i <= 8 && !after; a++) {
        const m = all.list[a];
        if (s.sentOf[m.first] === sent && subjectType(m) && fits(m)) after = m;
      }
      const pick = head ? after ?? before((m) => prior(m) && fits(m)) : before((m) => prior(m) && fits(m)) ?? before(prior);
      target = pick?.id ?? null;
    } else if (rec.kind === 'country-of') {
      // The country of the person (or organisation) the sentence is about: the first one in the sentence, else the last before.
      const isActor = (m: DocMention) => (rec!.gender === 'm' ? s.typeOf(m) === 'PERSON' : s.typeOf(m) !== 'PERSON' && s.typeOf(m) !== 'PLACE');
      const withCountry = (m: DocMention) => isActor(m) && !!s.entities.get(m.id)!.info.country;
      const inSentence = (m: DocMention) => s.sentOf[m.first] === sent;
      // A resolved 'والأخير' or 'من جهته' earlier in the sentence makes its referent the new subject.
      let first: DocMention | undefined;
      for (let a = all.from(w.start) - 1; a >= 0 && s.sentOf[all.list[a].first] >= sent; a--) {
        const m = all.list[a];
        if (m.end <= w.start && inSentence(m) && withCountry(m)) first = m;
      }
      const subj = before((m) => inSentence(m) && m.form === 'pronoun' && withCountry(m), sent) ?? first ?? before(withCountry);
      const iso = subj ? s.entities.get(subj.id)!.info.country : null;
      const country = iso ? s.idx.kb.byIso3.get(iso) : null;
      target = country?.id ?? null;
    }
    if (target) {
      const added = s.add(target, { start: w.start + cutOffset(w.text, cut), end: w.end, first: i, last: i, form: 'pronoun', top: true });
      if (added && mentions) mentions.insert(added);
    }
  }
}
