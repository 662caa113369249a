// A force named by what it is before a person's name: 'واعتقلت الشرطة أحمد X' names the police and whom they arrested, not
// 'the police of Ahmad X' (a definite noun heads no construct), while 'قوات حفتر' (no article) are his forces and 'مدير
// الشرطة أحمد X' is the police's director. Read by the generic-actor stage (./generic.ts).
import { wordReadings, type Word } from '../../kb/match-words.js';
import { loadSideRuleWords } from '../events/side-rule-words.js';

/** A definite written form, past و ف ب ل ك ('الشرطة', 'والشرطة', 'للشرطة'). */
export const DEFINITE_FORM = /^[وفبلك]?(ال|لل)/;

/** Sectors of the forces that arrest, strike or abduct. */
const ARMED = new Set(['MIL', 'COP', 'SPY', 'REB', 'UAF', 'INS']);

/** Whether the generic form at words first..last, of the sector given, is a definite force in no title's or speaker's
 * construct ('مدير الشرطة', 'المتحدث باسم الشرطة'), so that a person's name after it is no genitive of it. */
export function forceBeforePerson(words: readonly Word[], first: number, last: number, sector: string): boolean {
  if (!ARMED.has(sector) || !DEFINITE_FORM.test(words[last].norm)) return false;
  const before = words[first - 1];
  if (!before || before.kind !== 'word') return true;
  const rules = loadSideRuleWords();
  const titles = rules.get('title')!;
  const speakers = rules.get('speaker_head')!;
  const bare = (stem: string) => stem.replace(/^ال/, '');
  return !wordReadings(before).some(({ stem }) => titles.has(stem) || titles.has(bare(stem)) || speakers.has(stem) || stem === 'باسم');
}
