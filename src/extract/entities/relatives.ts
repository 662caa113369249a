// A kinship noun in construct before a known person ('نجل القذافي', 'أرملة الرئيس الراحل', 'ابن عم الملك') names a
// relative of that person, not the person: the person's mention there becomes the mention of an unnamed relative
// (rasad:relative:<kin>:<person>, '<kin> of <person>', of the person's country, no sector), so the person is never
// the actor of what the relative did or suffered. Kinship nouns: data/lexicon/kinship_nouns.tsv. Runs after the
// people, titles and surnames are read, before coreference. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { cutOffset, wordReadings } from '../../kb/match-words.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocMention, DocState } from './state.js';

export interface KinNoun {
  en: string;
  gender: 'm' | 'f';
  /** Also a lineage particle ('محمد ابن سلمان'): not read right after a name word. */
  particle: boolean;
  /** Written with a final ة, which matching writes ه: 'والده' (his father) is no 'والدة'. */
  taMarbuta: boolean;
}

/** data/lexicon/kinship_nouns.tsv: matching form (one or two words) -> the kin it names. */
export function kinshipNouns(): Map<string, KinNoun> {
  return new Map(loadTsv('lexicon/kinship_nouns.tsv').map((r) => [
    normalizeArabic(r.word.trim()),
    { en: r.en, gender: r.gender === 'f' ? 'f' : 'm', particle: r.particle === '1', taMarbuta: r.word.trim().endsWith('ة') },
  ]));
}

function slug(s: string): string {
  return s.toLowerCase().replace(/^rasad:[a-z]+:/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The kinship phrase ending right before word i: its first word and the cut of a proclitic on it, or null. */
function kinBefore(s: DocState, kin: ReadonlyMap<string, KinNoun>, i: number): { first: number; cut: number; noun: KinNoun } | null {
  const k = i - 1;
  if (k < 0 || s.sentOf[k] !== s.sentOf[i] || s.words[k].kind !== 'word' || s.coveredBy(k)) return null;
  const two = k > 0 && s.sentOf[k - 1] === s.sentOf[i] && s.words[k - 1].kind === 'word' && !s.coveredBy(k - 1)
    ? wordReadings(s.words[k - 1]).find((r) => kin.has(`${r.stem} ${s.words[k].norm}`)) : undefined;
  const first = two ? k - 1 : k;
  const reading = two ?? wordReadings(s.words[k]).find((r) => kin.has(r.stem));
  if (!reading) return null;
  const noun = kin.get(two ? `${two.stem} ${s.words[k].norm}` : reading.stem)!;
  if (noun.taMarbuta && !s.words[k].text.replace(/[\u064B-\u0652\u0640]/g, '').endsWith('ة')) return null;
  // 'محمد ابن سلمان': after a name word the particle is part of a lineage.
  if (noun.particle && reading.cut === 0 && first > 0) {
    const before = s.words[first - 1];
    const m = s.coveredBy(first - 1);
    if (s.idx.givenNames.has(before.norm) || (m && s.typeOf(m) === 'PERSON')) return null;
  }
  return { first, cut: reading.cut, noun };
}

/** Moves the mentions of known people after a kinship noun to an unnamed relative of theirs. */
export function findRelatives(s: DocState, kin: ReadonlyMap<string, KinNoun>): void {
  const people = s.mentions.filter((m) => s.typeOf(m) === 'PERSON' && !m.id.startsWith('rasad:relative:'));
  for (const m of people) {
    if (m.start !== s.words[m.first].start) continue; // a name glued to a clitic is read from its own word
    const hit = kinBefore(s, kin, m.first);
    if (!hit) continue;
    const person = s.entities.get(m.id)!.info;
    s.drop(m);
    // A title and the name right after it ('والدة الشيخ حمد بن خليفة'): the relative's phrase takes both.
    const named = m.form === 'title' ? s.mentions.find((o) => o.id === m.id && o.first === m.last + 1) : undefined;
    if (named) s.drop(named);
    const last = named ?? m;
    const w = s.words[hit.first];
    const start = w.start + cutOffset(w.text, hit.cut);
    const id = `rasad:relative:${slug(hit.noun.en)}:${slug(person.id)}`;
    const info: EntityInfo = entityInfo({
      id, type: 'PERSON', name_en: `${hit.noun.en} of ${person.name_en}`, name_ar: s.text.slice(start, last.end),
      country: person.country, geo: null, sector: null, gender: hit.noun.gender,
    });
    const mention: Omit<DocMention, 'id'> = { start, end: last.end, first: hit.first, last: last.last, form: 'name', top: true };
    s.add(id, mention, s.entities.get(id)?.info ?? info);
  }
}
