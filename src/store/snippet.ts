// A display snippet from the original text around the first word whose search term matches.
import { tokenize } from '../arabic/tokens.js';
import { searchTerm } from '../arabic/search-form.js';

export function snippetFor(text: string, terms: string[], width = 160): string {
  const want = new Set(terms);
  const hit = tokenize(text).find((t) => t.kind !== 'punct' && want.has(searchTerm(t.text)));
  const center = hit ? hit.start : 0;
  const start = Math.max(0, center - Math.floor(width / 2));
  const end = Math.min(text.length, start + width);
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
