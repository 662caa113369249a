// Optional NER features (issue #15), each switched on by a pseudo-list a model records in its file
// (knowledge.ts NerList): 'runs' — where a word stands after (or before) the nearest cue word of its
// sentence (a title, an organisation's or event's head noun: ner_triggers.tsv), with the word's article
// and whether any list knows it, so that the third word of «وزارة الشؤون الخارجية الفرنسية» is read as
// inside the name even though no feature at ±2 sees the head; 'wide' — for a word no list knows, the
// words and cues three away; 'wazn' — the stem's pattern (wazn), its root letters replaced. Pure.
import { hashString, key, mix, template } from './hash.js';
import type { WordInfo } from './word-info.js';

const R = {
  back: template('cr<'),
  backAl: template('cr<al'),
  backLex: template('cr<lx'),
  fwd: template('cr>'),
  fwdAl: template('cr>al'),
  chain: template('crch'),
  w3: [template('w-3'), template('w+3')],
  tr3: [template('tr-3'), template('tr+3')],
  cl3: [template('cl-3'), template('cl+3')],
  wz: [template('wz-1'), template('wz+1')],
  wzPair: template('wz-1wz'),
};
const DIST = [0, 1, 2, 3, 4, 5].map((d) => hashString(String(d)));
/** How far a cue word is looked for. */
const REACH = 5;
const AL = hashString('al');
const CLITIC = hashString('clitic');
const BARE = hashString('bare');

/** Whether a word ends a run of words after a cue (punctuation, a number, a Latin word). */
function breaksRun(w: WordInfo): boolean {
  return w.shape !== 'ar';
}

function articleOf(w: WordInfo): number {
  return w.pro.includes('ال') ? AL : w.pro ? CLITIC : BARE;
}

/**
 * Keys of the 'runs' features of word i: the nearest cue word before it within REACH words, no
 * punctuation between (its kinds, the distance, the word's article, whether a list knows the word, and
 * whether every word between has the article or is unknown to the lists: an idafa chain), and the
 * nearest cue after it within three words.
 */
export function cueRunKeys(infos: readonly WordInfo[], i: number, out: { add(k: number): void }): void {
  const w = infos[i];
  if (breaksRun(w) || w.hTrig.length) return;
  let chain = true;
  for (let j = i - 1; j >= 0 && i - j <= REACH; j--) {
    const c = infos[j];
    if (breaksRun(c)) break;
    if (c.hTrig.length) {
      const d = DIST[i - j];
      for (let t = 0; t < c.hTrig.length; t++) {
        const kd = mix(c.hTrig[t], d);
        out.add(key(R.back, kd));
        out.add(key(R.backAl, mix(kd, articleOf(w))));
        out.add(key(R.backLex, mix(kd, w.hLex)));
        if (i - j > 1) out.add(key(R.chain, mix(mix(kd, chain ? 1 : 0), articleOf(w))));
      }
      break;
    }
    if (!(articleOf(c) === AL || c.hLex === LEX_UNKNOWN)) chain = false;
  }
  for (let j = i + 1; j < infos.length && j - i <= 3; j++) {
    const c = infos[j];
    if (breaksRun(c)) break;
    if (c.hTrig.length) {
      const d = DIST[j - i];
      for (let t = 0; t < c.hTrig.length; t++) {
        out.add(key(R.fwd, mix(c.hTrig[t], d)));
        out.add(key(R.fwdAl, mix(mix(c.hTrig[t], d), articleOf(w))));
      }
      break;
    }
  }
}

/** The hash of 'u', the hLex of a word no list knows (word-info.ts). */
export const LEX_UNKNOWN = hashString('u');

/** Keys of the 'wide' features of word i: for a word no list knows, the words three away, their cue kinds and classes. */
export function wideKeys(infos: readonly WordInfo[], i: number, out: { add(k: number): void }): void {
  if (infos[i].hLex !== LEX_UNKNOWN) return;
  for (let s = 0; s < 2; s++) {
    const at = s === 0 ? i - 3 : i + 3;
    if (at < 0 || at >= infos.length) continue;
    const c = infos[at];
    out.add(key(R.w3[s], c.hNorm));
    for (let t = 0; t < c.hTrig.length; t++) out.add(key(R.tr3[s], c.hTrig[t]));
    for (let t = 0; t < c.hCls.length; t++) out.add(key(R.cl3[s], c.hCls[t]));
  }
}

/** Letters kept as they are in a stem's pattern: the augment letters that most often are not root letters. */
const PATTERN_LETTERS = new Set(['ا', 'و', 'ي', 'ت', 'م', 'ن', 'ى', 'ه']);

/**
 * The pattern (wazn) of a stem in matching form: each letter not among PATTERN_LETTERS becomes 'C'
 * ('مستشفيات' → 'مCتCCيات', 'فاعل' → 'CاCC'); '' for stems too short or too long to say much.
 */
export function stemPattern(stem: string): string {
  if (stem.length < 3 || stem.length > 10) return '';
  let out = '';
  for (const ch of stem) out += PATTERN_LETTERS.has(ch) ? ch : 'C';
  return out;
}

/** Keys of the 'wazn-near' features of word i: the patterns of the words ±1, and of the word before with this word's. */
export function waznNearKeys(infos: readonly WordInfo[], i: number, out: { add(k: number): void }): void {
  const prev = i > 0 ? infos[i - 1].hWz : 0;
  const next = i + 1 < infos.length ? infos[i + 1].hWz : 0;
  if (prev) out.add(key(R.wz[0], prev));
  if (next) out.add(key(R.wz[1], next));
  if (prev && infos[i].hWz) out.add(key(R.wzPair, mix(prev, infos[i].hWz)));
}
