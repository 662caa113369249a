// Text of an HTML string without building a DOM: a single left-to-right scan by indexOf, used for
// pages too large or too deeply nested for the DOM and the article finder. Linear in the page: each
// search starts where the last one ended, and an unterminated tag or comment ends the scan.
import { isBlockTag, isSkippedTag, joinParts } from './html-walk.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes numeric references and the few named ones text needs; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

/** The element name at `i` (just after '<' or '</'), lower-cased; '' when none. */
function tagName(html: string, i: number): string {
  let j = i;
  while (j < html.length && j - i < 32) {
    const c = html.charCodeAt(j);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (j > i && ((c >= 48 && c <= 57) || c === 45 || c === 58));
    if (!letter) break;
    j++;
  }
  return html.slice(i, j).toLowerCase();
}

/** Plain text of an HTML string with paragraph breaks at block elements; script and style dropped. */
export function scanHtmlText(html: string): string {
  const parts: string[] = [];
  const text = (s: string) => {
    if (s) parts.push(decodeEntities(s).replace(/\s+/g, ' '));
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    const name = tagName(html, lt + (closing ? 2 : 1));
    if (!name && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      // A '<' that opens no tag is text.
      text('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    const upper = name.toUpperCase();
    if (upper === 'BR') parts.push('\n');
    else if (isBlockTag(upper)) parts.push('\n\n');
    else if (!closing && isSkippedTag(upper)) {
      // Skip to the matching close tag (case-insensitive); none: the rest of the page is skipped.
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const m = close.exec(html);
      if (!m) break;
      i = m.index + m[0].length;
    }
  }
  return joinParts(parts);
}

/** Opening tags in a page, counted without parsing (a bound on the nodes a DOM would hold). */
export function countTags(html: string, stopAt = Infinity): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n < stopAt; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
  }
  return n;
}

/** The <title> of a page read without a DOM. */
export function scanTitle(html: string): string | null {
  const m = /<title[^>]{0,200}>([^<]{0,1000})</i.exec(html.slice(0, 65536));
  const t = m ? decodeEntities(m[1]).replace(/\s+/g, ' ').trim() : '';
  return t || null;
}
