// After the pass: a sentence that retells a kept act holds that act's other tellings, folded in.
import { absorb } from './merge-absorb.js';
import { type Sentenced, compatible, countsAgree, placesDiffer, days, lemmaOf, richness } from './merge-sides.js';

/** A sentence that tells an act of the report again ('قصفت القوات المخيم.' ... 'أن القصف أحدث دمارا، مؤكدة سقوط ضحايا')
 * is about that act: another act of its type told there, with sides that agree and no other place, day or count
 * of dead, is the same happening told with another word ('ضحايا'), not a new one. */
function retoldThere(act: Sentenced, e: Sentenced): boolean {
  // A verb tells an act with a subject of its own ('اقتحمت القوات ...'): only a noun is read as a part of the act retold.
  if (e.hit.pos !== 'noun' || act.type !== e.type || act.sentence >= e.sentence || !compatible(act, e) || !countsAgree(act, e) || placesDiffer(act, e)) return false;
  // A village off the map named there and not where the act was told ('فيما تدور معارك في منطقة ...') is another place.
  if ((e.uncharted ?? []).some((id) => !(act.uncharted ?? []).includes(id))) return false;
  const [da, db] = [days(act.date), days(e.date)];
  return da === null || db === null || Math.abs(da - db) <= 1;
}

export function foldIntoRetold<T extends Sentenced>(out: T[], toldIn: Map<number, Set<string>>[]): T[] {
  const retelling = new Map<number, number[]>();
  toldIn.forEach((sentences, at) => sentences.forEach((_, s) => s !== out[at].sentence && retelling.set(s, [...(retelling.get(s) ?? []), at])));
  const gone = new Set<number>();
  out.forEach((e, j) => {
    // The word that retold the act, said again in that sentence, tells another one ('تدمير مخزن ... وأخرى تظهر تدمير مجموعة').
    const retold = (i: number) => i !== j && !gone.has(i) && !toldIn[i].get(e.sentence)!.has(lemmaOf(e)) && retoldThere(out[i], e);
    const at = (retelling.get(e.sentence) ?? []).find(retold);
    if (at === undefined) return;
    gone.add(j);
    if (richness(e) > richness(out[at])) {
      absorb(e, out[at]);
      out[at] = e;
    } else absorb(out[at], e);
  });
  return out.filter((_, j) => !gone.has(j));
}
