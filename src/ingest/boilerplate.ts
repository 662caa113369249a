// Removes scraper boilerplate with the patterns of data/ingest/boilerplate.tsv; returns the
// cleaned text and an outlet named by a 'المصدر: ...' trailer.
import { loadTsv } from '../data-files.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { once } from '../once.js';

type Kind = 'drop_line' | 'drop_block' | 'drop_caption' | 'outlet_trailer' | 'first_line' | 'inline';

interface Rule {
  kind: Kind;
  re: RegExp;
}

const loadRules = once(() =>
  loadTsv('ingest/boilerplate.tsv').map((r): Rule => {
    const kind = r.kind as Kind;
    if (!['drop_line', 'drop_block', 'drop_caption', 'outlet_trailer', 'first_line', 'inline'].includes(kind)) {
      throw new Error(`boilerplate.tsv: unknown kind ${r.kind}`);
    }
    return { kind, re: new RegExp(r.pattern, kind === 'inline' ? 'gu' : 'u') };
  }),
);

export interface Cleaned {
  text: string;
  outlet: string | null;
  removed: number;
}

const matches = (kind: Kind, line: string) => loadRules().some((r) => r.kind === kind && r.re.test(line));

const contentWords = (s: string) => (normalizeArabic(s).match(/[\p{L}]{3,}/gu) ?? []);

/** Counts of the content words of some lines. */
function wordCounts(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) for (const w of contentWords(l)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** True when most of a caption's words already stand elsewhere in the text (outside its own lines). */
function repeatsStory(caption: string[], all: Map<string, number>): boolean {
  const words = caption.flatMap((l) => contentWords(l));
  if (!words.length) return true;
  const own = wordCounts(caption);
  return words.filter((w) => (all.get(w) ?? 0) > (own.get(w) ?? 0)).length / words.length >= 0.6;
}

/** Short, unpunctuated lines are what link lists are made of. */
const isLinkLine = (line: string) => line.length <= 140 && !/[.!؟?]["”»]?$/.test(line);

/** Trailing spaces and tabs removed (a loop: the regex /[ \t]+$/ is quadratic on long runs). */
function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** tail[i]: every line from i on is blank, boilerplate or link-like (what may follow a trailer). */
function trailerTails(lines: string[]): boolean[] {
  const tail = new Array<boolean>(lines.length + 1);
  tail[lines.length] = true;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i].trim();
    tail[i] = tail[i + 1] && (!l || matches('drop_line', l) || matches('drop_block', l) || isLinkLine(l));
  }
  return tail;
}

export function stripBoilerplate(input: string): Cleaned {
  const lines = input.split('\n');
  // Computed once, so that each line's checks cost its own length, not the document's.
  let tails: boolean[] | null = null;
  let counts: Map<string, number> | null = null;
  const lastContent = lines.reduce((last, l, k) => (l.trim() ? k : last), -1);
  const kept: string[] = [];
  let outlet: string | null = null;
  let removed = 0;
  let firstContent = true;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const t = line.trim();
    if (!t) {
      kept.push('');
      continue;
    }
    if (firstContent) {
      firstContent = false;
      if (matches('first_line', t) && lastContent > i) {
        removed++;
        continue;
      }
    }
    // Before the dropped lines: a trailer that names the outlet ('رابط الخبر بصحيفة ...') keeps it.
    const trailer = loadRules().find((r) => r.kind === 'outlet_trailer' && r.re.test(t));
    if (trailer && (tails ??= trailerTails(lines))[i + 1]) {
      const m = trailer.re.exec(t);
      outlet = (m?.[1] ?? '').replace(/\s*\+\s*وكالات$/u, '').replace(/\s+نت$/u, '').trim() || null;
      removed++;
      continue;
    }
    if (matches('drop_line', t)) {
      removed++;
      continue;
    }
    if (matches('drop_block', t)) {
      removed++;
      while (i + 1 < lines.length && lines[i + 1].trim() && isLinkLine(lines[i + 1].trim())) {
        i++;
        removed++;
      }
      continue;
    }
    if (matches('drop_caption', t)) {
      const block = [t];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !matches('drop_caption', lines[i + 1].trim())) {
        i++;
        block.push(lines[i].trim());
      }
      // A caption that repeats the story is dropped; one that adds facts (a place, a date) stays as its own paragraph.
      counts ??= wordCounts(lines);
      if (repeatsStory(block, counts)) {
        removed += block.length;
      } else {
        kept.push('', ...block, '');
      }
      continue;
    }
    for (const r of loadRules()) if (r.kind === 'inline') line = line.replace(r.re, '');
    kept.push(trimEndBlanks(line));
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, outlet, removed };
}
