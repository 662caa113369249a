// A sentence opened by a clause of time or contrast ('وبينما رحب الوزير باشتراك روسيا في الحرب ضد داعش، رفض أي تعاون
// مع الأسد') goes on after the comma with a verb that names no subject of its own: that verb's subject is the clause's,
// not a name told inside the clause ('داعش').
import type { Context, CodedEvent } from './context.js';
import { guessedSides } from './sides/guessed.js';
import { eventWords } from './word-lists.js';

const OPENERS = eventWords('time_clause_openers');

/** The opener stands first in its sentence (alone or with و/ف) and right before the verb. */
function opensSentence(ctx: Context, head: CodedEvent): boolean {
  const w = ctx.words[head.hit.first - 1];
  if (!w || w.kind !== 'word' || w.sentence !== head.sentence) return false;
  const before = ctx.words[w.index - 1];
  if (before && before.sentence === w.sentence) return false;
  return w.readings.some((r) => OPENERS.has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف'));
}

const afterComma = (ctx: Context, e: CodedEvent) => {
  const prev = ctx.words[e.hit.first - 1];
  return !!prev && prev.kind === 'punct' && /^[،,]$/.test(prev.text) && prev.sentence === e.sentence;
};

export function shareWhileSubjects(ctx: Context, events: CodedEvent[], namesSubject: (e: CodedEvent) => boolean): void {
  for (const [i, e] of events.entries()) {
    if (e.hit.pos !== 'verb' || !afterComma(ctx, e) || namesSubject(e)) continue;
    // The verb of the opening clause: the first act of the sentence, told right after the opener.
    const head = events.slice(0, i).find((o) => o.sentence === e.sentence);
    if (!head || head.hit.pos !== 'verb' || head.hit.last >= e.hit.first || !head.source || !opensSentence(ctx, head)) continue;
    if (guessedSides(head, head.flags).includes('source') || head.source.entity === e.source?.entity) continue;
    // No other act told between the two verbs.
    if (events.slice(0, i).some((o) => o !== head && o.sentence === e.sentence && o.hit.first > head.hit.last && o.hit.pos === 'verb')) continue;
    if (e.target?.entity === head.source.entity) e.target = null;
    e.source = head.source;
    e.flags = e.flags.filter((f) => f !== 'guessed-source');
  }
}
