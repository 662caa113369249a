// The target of an act by the hand rules: what the trigger's frame takes (its object, or the actor its preposition governs),
// the two parties a pair word names, the partner 'مع' names; not the source's own side, title body or outlet.
import type { ActorMention } from '../actors.js';
import type { Context } from '../context.js';
import type { TriggerHit } from '../triggers.js';
import { VERBAL } from '../kinds.js';
import { PAIR_WORDS, actorsAfter, canAct, pairActors, recentPair, sameSide } from '../sides-rules.js';
import { farPartner } from './partner.js';

const actorsIn = (ctx: Context, from: number, to: number) => actorsAfter(ctx.actors, from, to);

export function findTarget(ctx: Context, hit: TriggerHit, clause: [number, number], source: ActorMention | null): ActorMention | null | [ActorMention, ActorMention] {
  const [, to] = clause;
  const limit = Math.min(to, hit.last + 10);
  const titleBody = (a: ActorMention) => !!source && a.first >= source.first && (a.first <= source.last || (a.first === source.last + 1 && a.prep === 'ل'));
  // An outlet spoken to ('قال لرويترز') is no target.
  // A place is a target only where it could be a party (canAct, its preposition aside).
  const placeOk = (a: ActorMention) => !a.place || canAct(ctx, { ...a, prep: null });
  const after = actorsIn(ctx, hit.last + 1, limit).filter((a) => a !== source && !titleBody(a) && !(a.entity.type === 'MEDIA' && a.prep === 'ل'));
  const partner = () => after.find((a) => a.prep === 'مع' && differs(a) && placeOk(a))
    ?? farPartner(ctx, hit, limit, to, (a) => a !== source && !titleBody(a) && differs(a) && placeOk(a));
  // A name joined by و right after the source acts with it ('قصف ميليشيات الحوثي وصالح'): no target.
  // Words between bodies of one state are acts too ('طالب مجلس المحافظة الحكومة المركزية'); force between them is not.
  const oneSide = (a: ActorMention) => !!source && sameSide(a, source) && !(VERBAL.has(hit.entry.type) && a.entity.type !== 'COUNTRY' && source.entity.type !== 'COUNTRY');
  const differs = (a: ActorMention) => !source || (a.entity.id !== source.entity.id && !oneSide(a) && !(a.first === source.last + 1 && /^[\s\u00a0]*و/.test(ctx.doc.text.slice(source.end, a.start + 1))));
  // 'حذر أطراف الصراع', 'دعت موسكو الجانبين': the two parties, whatever the frame says.
  const pairWordIn = (end: number) => ctx.words.slice(hit.last + 1, end).find((w) => w.kind === 'word' && w.readings.some((r) => PAIR_WORDS.has(r.stem) || PAIR_WORDS.has('ال' + r.stem)));
  if (pairWordIn(Math.min(limit, hit.last + 4)) && !hit.entry.frame.includes('none')) {
    const [p, q] = recentPair(ctx, hit.first) ?? pairActors(ctx);
    if (p && q) return source && source.entity.country === p.entity.country ? q : source && source.entity.country === q.entity.country ? p : [p, q];
  }
  for (const f of hit.entry.frame) {
    if (f === 'none' || f === 'victim') return null;
    if (f === 'obj') {
      // 'قصفت مواقع لحماس': ل after the object noun names whose it is.
      // Not the body a title belongs to: 'الأمين العام للأمم المتحدة'.
      const genitiveL = (a: ActorMention) => a.prep === 'ل' && (hit.pos === 'noun' || a.first > hit.last + 1) && !(source && a.first >= source.first && a.first <= source.last + 1);
      const o = after.find((a) => (!a.prep || genitiveL(a)) && differs(a) && placeOk(a));
      if (o) return o;
      continue;
    }
    if (f === 'sym' || f === 'بين') {
      // 'بين أذربيجان والانفصاليين': a party named by what it is is a side when the text pairs it with بين.
      const paired = actorsAfter(ctx.sides.actors, hit.last + 1, limit).filter((a) => a !== source && !titleBody(a));
      const bi = paired.findIndex((a) => a.prep === 'بين');
      if (bi >= 0) {
        const x = paired[bi];
        const rest = paired.slice(bi + 1).filter((a) => a.entity.id !== x.entity.id && a.first > x.last);
        // The other side: another country, or the other side of one country ('بين الجيش السوداني وقوات الدعم السريع').
        const y = rest.find((a) => !sameSide(a, x) && a.entity.type !== 'COUNTRY') ?? rest.find((a) => a.entity.country !== x.entity.country) ?? rest[0];
        if (y) return [x, y];
      }
      // 'الجيشين الأذربيجاني والأرميني': two nisbas joined by و right after the noun.
      const first = after[0];
      const second = after[1];
      if (first && second && first.form === 'nisba' && second.form === 'nisba' && second.first - first.last <= 2 && first.first - hit.last <= 2) return [first, second];
      if (pairWordIn(limit)) {
        const [p, q] = recentPair(ctx, hit.first) ?? pairActors(ctx);
        if (p && q) return source && source.entity.id === p.entity.id ? q : source && source.entity.id === q.entity.id ? p : [p, q];
      }
      const m = f === 'sym' ? partner() : undefined;
      if (m) return m;
      continue;
    }
    const p = f === 'مع' ? partner() : after.find((a) => (a.prep === f || (f === 'الي' && a.prep === 'ل')) && differs(a) && placeOk(a));
    if (p) return p;
    // 'هدد بمهاجمة مواقع الدعم السريع': the object of the verbal noun the preposition governs.
    if (f === 'ب' || f === 'ل') {
      const masdar = ctx.words.slice(hit.last + 1, Math.min(limit, hit.last + 3)).find((w) => w.kind === 'word' && w.readings.some((r) => r.proclitics.includes(f) && r.stem.length >= 4));
      const o = masdar && after.find((a) => !a.prep && a.first > masdar.index && a.first - masdar.index <= 3 && differs(a) && !a.place);
      if (o) return o;
    }
  }
  return null;
}
