// Words that mark an act as one told before (data/lexicon/retelling_cues.tsv): a statement 'said again'
// ('وكرر رفض التعاون') and an act told in a relative clause ('المستشفى الذي اقتحمه الجيش'). The events are flagged
// here, where the text is at hand, for the merge to read.
import type { Doc, EventRecord } from '../../doc.js';
import { loadTsv } from '../../data-files.js';
import { normalizeAlef, removeDiacritics } from '../../arabic/normalize.js';

export const SAID_AGAIN_FLAG = 'said-again';
export const RELATIVE_FLAG = 'relative-clause';

export interface RetellingCues { repeat: ReadonlySet<string>; relative: ReadonlySet<string> }

export function retellingCues(): RetellingCues {
  const rows = new Map(loadTsv('lexicon/retelling_cues.tsv').map((r) => [r.list, new Set(r.words.split('|').map((w) => w.trim()).filter(Boolean))]));
  const list = (name: string) => {
    const words = rows.get(name);
    if (!words) throw new Error(`data/lexicon/retelling_cues.tsv has no list '${name}'`);
    return words;
  };
  return { repeat: list('repeat'), relative: list('relative') };
}

/** The word right before `at`, in matching form; none across punctuation (another clause). */
export function wordBefore(text: string, at: number): string | null {
  const m = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m || /[.,،:;؛!?؟«»"()]/u.test(m[1])) return null;
  return removeDiacritics(normalizeAlef(m[1]));
}

const matches = (word: string | null, list: ReadonlySet<string>) => !!word && (list.has(word) || (/^[وف]../u.test(word) && list.has(word.slice(1))));

type Cued = Pick<EventRecord, 'trigger' | 'quad'> & { flags?: string[]; hit?: { entry: { pos: string } } };

/** Each event flagged when the word before its trigger says it was told before: a statement said again, a verb in a relative clause. */
export function markRetellings<T extends Cued>(events: T[], doc: Pick<Doc, 'text'>, cues: RetellingCues = retellingCues()): T[] {
  return events.map((e) => {
    if (!e.trigger) return e;
    const before = wordBefore(doc.text, e.trigger.start);
    const flags = [
      ...(e.quad.startsWith('verbal') && matches(before, cues.repeat) ? [SAID_AGAIN_FLAG] : []),
      ...(e.hit?.entry.pos !== 'noun' && matches(before, cues.relative) ? [RELATIVE_FLAG] : []),
    ];
    return flags.length ? { ...e, flags: [...(e.flags ?? []), ...flags] } : e;
  });
}
