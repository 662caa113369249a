// Per-document state shared by the entity stages: the words, the entities found so far with their mentions, which
// words are covered, the offices each person holds in the document. Internal to src/extract/entities/.
import type { Mention } from '../../doc.js';
import type { EntityInfo, Index } from '../../kb/kb-index.js';
import type { Word } from '../../kb/match-words.js';
import { termOn } from '../../kb/imported-people.js';

export interface DocMention {
  id: string;
  start: number;
  end: number;
  /** First and last word index. */
  first: number;
  last: number;
  form: Mention['form'];
  /** Top-level mentions cover their words; nested ones (a nisba inside a title) do not. */
  top: boolean;
}

export interface DocEntity {
  info: EntityInfo;
  mentions: DocMention[];
  role: string | null;
  /** 0 no role, 1 from a rank or honorific, 2 from an office or function. */
  roleStrength: number;
  /** 'office|scope' keys this person holds in the document (from titles and from KB terms on the date). */
  offices: Set<string>;
}

export class DocState {
  readonly entities = new Map<string, DocEntity>();
  readonly mentions: DocMention[] = [];
  /** Entity id -> start -> the ends of its mentions there: one look-up per added mention, not a scan of them all. */
  private readonly spans = new Map<string, Map<number, number[]>>();
  /** Word index -> index in `mentions` of the top-level mention covering it, or -1. */
  readonly cover: Int32Array;

  constructor(
    readonly text: string,
    readonly words: Word[],
    readonly idx: Index,
    readonly date: string | null,
    /** Word index -> sentence index. */
    readonly sentOf: Int32Array,
  ) {
    this.cover = new Int32Array(words.length).fill(-1);
  }

  entity(id: string, info?: EntityInfo): DocEntity {
    let e = this.entities.get(id);
    if (!e) {
      const known = info ?? this.idx.entities.get(id);
      if (!known) throw new Error(`unknown entity ${id}`);
      // An imported person (no office) is of the country and sector of the term on the document's date.
      const term = known.person?.imported ? termOn(known.person, this.date) : null;
      const i = term ? { ...known, country: term.country, sector: term.sector || null } : known;
      e = { info: i, mentions: [], role: null, roleStrength: 0, offices: new Set() };
      this.entities.set(id, e);
      if (i.person) {
        for (const t of i.person.terms) {
          if (!t.office || (this.date && ((t.start && this.date < t.start) || (t.end && this.date > t.end)))) continue;
          const scope = t.org ?? t.country;
          if (scope) e.offices.add(`${t.office}|${scope}`);
        }
      }
    }
    return e;
  }

  /** Adds a mention unless the same span is already a mention of that entity. */
  add(id: string, m: Omit<DocMention, 'id'>, info?: EntityInfo): DocMention | null {
    const e = this.entity(id, info);
    let spans = this.spans.get(id);
    if (!spans) this.spans.set(id, (spans = new Map()));
    const ends = spans.get(m.start);
    if (ends?.includes(m.end)) return null;
    if (ends) ends.push(m.end);
    else spans.set(m.start, [m.end]);
    // Every field in one order, whatever the order of the caller's object (one shape for V8).
    const dm: DocMention = { id, start: m.start, end: m.end, first: m.first, last: m.last, form: m.form, top: m.top };
    e.mentions.push(dm);
    this.mentions.push(dm);
    if (m.top) for (let k = m.first; k <= m.last; k++) if (this.cover[k] < 0) this.cover[k] = this.mentions.length - 1;
    return dm;
  }

  /** Removes a mention a later stage reads otherwise: from its entity, the mention list and the cover of its words. */
  drop(m: DocMention): void {
    const k = this.mentions.indexOf(m);
    if (k < 0) return;
    this.mentions.splice(k, 1);
    const mine = this.entities.get(m.id)!.mentions;
    mine.splice(mine.indexOf(m), 1);
    const ends = this.spans.get(m.id)?.get(m.start);
    if (ends) ends.splice(ends.indexOf(m.end), 1);
    for (let i = 0; i < this.cover.length; i++) {
      // A word it covered falls to another top-level mention over it, if any.
      if (this.cover[i] === k) this.cover[i] = this.mentions.findIndex((o) => o.top && o.first <= i && i <= o.last);
      else if (this.cover[i] > k) this.cover[i]--;
    }
  }

  coveredBy(i: number): DocMention | null {
    const k = this.cover[i];
    return k >= 0 ? this.mentions[k] : null;
  }

  /** The top-level mention that starts at word i. */
  startingAt(i: number): DocMention | null {
    const m = this.coveredBy(i);
    return m && m.first === i ? m : null;
  }

  typeOf(m: DocMention): string {
    return this.entities.get(m.id)!.info.type;
  }

  /** Mentions in text order (top-level first on ties). */
  ordered(): DocMention[] {
    return [...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** The document date (YYYY-MM-DD) from an ISO date or date-time, else null. */
export function docDate(published: string | null): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '');
  return m ? m[1] : null;
}
