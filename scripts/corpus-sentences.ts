// Sentences of raw news text split as ANERcorp writes them (punctuation apart, clitics joined, the text's own
// spelling; tatweel, short vowels and direction marks dropped), for scripts that tag unlabelled text
// (unlabelled-sentences.ts, build-ner-silver.ts).

/** Sentences of a text ending at . ! ? ؟, of `min` to `max` tokens and with a letter. */
export function corpusSentences(text: string, min = 6, max = 60): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const raw of text.split(/\s+/)) {
    for (const t of raw.split(/([^\p{L}\p{N}\p{M}])/u)) {
      const tok = t.replace(/[\u0640\u064B-\u0652\u200c-\u200f]/g, '').trim();
      if (!tok) continue;
      cur.push(tok);
      if (/^[.!?؟]$/.test(tok)) {
        out.push(cur);
        cur = [];
      }
    }
  }
  if (cur.length) out.push(cur);
  return out.filter((s) => s.length >= min && s.length <= max && /\p{L}/u.test(s.join('')));
}
