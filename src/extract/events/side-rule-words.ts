// The word classes the hand side rules read (data/lexicon/side_rule_words.tsv), in matching form.
import { loadTsv, type TsvRow } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { once } from '../../once.js';

export const SIDE_RULE_CLASSES = ['place_noun', 'pair', 'victim_head', 'own_forces', 'agent_marker', 'teller_pronoun', 'announce', 'responsibility', 'take_back', 'experiencer', 'affiliation', 'response', 'spokesman', 'no_subject', 'protest_aim', 'protest_hedge', 'protest_front', 'title', 'count', 'partitive', 'witness', 'occupied', 'own_members', 'protest_harm', 'protest_seat', 'protest_toward', 'protest_disperse', 'protest_for', 'protest_speech', 'head_break', 'attribution', 'support_verb', 'claimed_back', 'member_head', 'speaker_head', 'loose_fighting', 'by_agent', 'force_noun', 'member_construct', 'escort', 'weapon_noun', 'attributed_back', 'carried_back', 'place_holder', 'belonging', 'suspicion', 'inhabited_place', 'genitive_governing', 'backed'] as const;
export type SideRuleClass = (typeof SIDE_RULE_CLASSES)[number];

export function parseSideRuleWords(rows: TsvRow[], file = 'lexicon/side_rule_words.tsv'): Map<SideRuleClass, Set<string>> {
  const out = new Map<SideRuleClass, Set<string>>(SIDE_RULE_CLASSES.map((c) => [c, new Set<string>()]));
  rows.forEach((r, k) => {
    const set = out.get(r.class as SideRuleClass);
    if (!set) throw new Error(`${file}: row ${k + 1}: unknown class '${r.class}' (one of ${SIDE_RULE_CLASSES.join(', ')})`);
    const words = (r.words ?? '').split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean);
    if (!words.length) throw new Error(`${file}: row ${k + 1}: no words`);
    for (const w of words) set.add(w);
  });
  return out;
}

/** The shipped classes, read once per process (many rule modules ask for them at load). */
export const loadSideRuleWords = once((): Map<SideRuleClass, Set<string>> => parseSideRuleWords(loadTsv('lexicon/side_rule_words.tsv')));
