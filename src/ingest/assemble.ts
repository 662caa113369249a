// Raw document -> the cleaned text the engine analyses (title line first, then the body,
// boilerplate removed) and its source metadata.
import type { SourceMeta } from '../doc.js';
import { stripBoilerplate } from './boilerplate.js';
import { isoDate } from './html.js';
import type { RawDoc } from './read.js';

export interface Assembled {
  text: string;
  source: SourceMeta;
  removedLines: number;
}

const MAX_TITLE = 220;

/** A first line that reads as a headline: short, and not ending like a sentence of the body. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_TITLE && !/[.،,:؛]$/u.test(t);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function assemble(raw: RawDoc): Assembled {
  const body0 = raw.body.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n');
  const cleaned = stripBoilerplate(body0);
  let title = raw.title ? oneLine(raw.title) : null;
  let body = cleaned.text;
  if (raw.titleInBody && !title) {
    const nl = body.indexOf('\n');
    const first = nl < 0 ? body : body.slice(0, nl);
    if (nl > 0 && isTitleLike(first)) {
      title = oneLine(first);
      body = body.slice(nl + 1).replace(/^\s+/, '');
    }
  }
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^\s+/, '');
  const text = title ? (body ? `${title}\n\n${body}` : title) : body;
  return {
    text,
    source: {
      title,
      outlet: raw.outlet ? oneLine(raw.outlet) : cleaned.outlet,
      url: raw.url,
      published: isoDate(raw.published),
    },
    removedLines: cleaned.removed,
  };
}
