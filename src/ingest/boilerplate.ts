// Removes scraper boilerplate with the patterns of data/ingest/boilerplate.tsv; returns the
// cleaned text and an outlet named by a 'المصدر: ...' trailer.
import { loadTsv } from '../data-files.js';
import { normalizeArabic } from '../arabic/normalize.js';

type Kind = 'drop_line' | 'drop_block' | 'drop_caption' | 'outlet_trailer' | 'first_line' | 'inline';

interface Rule {
  kind: Kind;
  re: RegExp;
}

let rules: Rule[] | null = null;
function loadRules(): Rule[] {
  if (!rules) {
    rules = loadTsv('ingest/boilerplate.tsv').map((r) => {
      const kind = r.kind as Kind;
      if (!['drop_line', 'drop_block', 'drop_caption', 'outlet_trailer', 'first_line', 'inline'].includes(kind)) {
        throw new Error(`boilerplate.tsv: unknown kind ${r.kind}`);
      }
      return { kind, re: new RegExp(r.pattern, kind === 'inline' ? 'gu' : 'u') };
    });
  }
  return rules;
}

export interface Cleaned {
  text: string;
  outlet: string | null;
  removed: number;
}

const matches = (kind: Kind, line: string) => loadRules().some((r) => r.kind === kind && r.re.test(line));

const contentWords = (s: string) => (normalizeArabic(s).match(/[\p{L}]{3,}/gu) ?? []);

/** True when most of a caption's words already stand elsewhere in the text (outside lines from..to). */
function repeatsStory(caption: string, lines: string[], from: number, to: number): boolean {
  const words = contentWords(caption);
  if (!words.length) return true;
  const outside = new Set(contentWords(lines.filter((_, k) => k < from || k > to).join(' ')));
  return words.filter((w) => outside.has(w)).length / words.length >= 0.6;
}

/** Short, unpunctuated lines are what link lists are made of. */
const isLinkLine = (line: string) => line.length <= 140 && !/[.!؟?]["”»]?$/.test(line);

export function stripBoilerplate(input: string): Cleaned {
  const lines = input.split('\n');
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
      if (matches('first_line', t) && lines.slice(i + 1).some((l) => l.trim())) {
        removed++;
        continue;
      }
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
      const from = i;
      const block = [t];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !matches('drop_caption', lines[i + 1].trim())) {
        i++;
        block.push(lines[i].trim());
      }
      // A caption that repeats the story is dropped; one that adds facts (a place, a date) stays as its own paragraph.
      if (repeatsStory(block.join(' '), lines, from, i)) {
        removed += block.length;
      } else {
        kept.push('', ...block, '');
      }
      continue;
    }
    const trailer = loadRules().find((r) => r.kind === 'outlet_trailer' && r.re.test(t));
    if (trailer && lines.slice(i + 1).every((l) => !l.trim() || matches('drop_line', l.trim()) || matches('drop_block', l.trim()) || isLinkLine(l.trim()))) {
      const m = trailer.re.exec(t);
      outlet = (m?.[1] ?? '').replace(/\s*\+\s*وكالات$/u, '').replace(/\s+نت$/u, '').trim() || null;
      removed++;
      continue;
    }
    for (const r of loadRules()) if (r.kind === 'inline') line = line.replace(r.re, '');
    kept.push(line.replace(/[ \t]+$/u, ''));
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, outlet, removed };
}
