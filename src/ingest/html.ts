// HTML -> article: main text by Mozilla Readability over a linkedom DOM, metadata from meta
// tags. Only text leaves this module; no markup from the page is ever passed on.
//
// Bounds (the article finder is superlinear in nesting and fan-out): a page with more than
// MAX_DOM_TAGS tags is read by a linear scan without a DOM; a parsed page deeper than
// MAX_ARTICLE_DEPTH, wider than MAX_ARTICLE_FANOUT or larger than MAX_ARTICLE_ELEMENTS gets its
// body's block text without Readability. Either way the article gets a warning saying so.
//
// linkedom and Readability are loaded on the first page read, not when this module is imported:
// JSON and plain-text inputs never pay for them (a tenth of a CPU-second and 20 MB at start-up).
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';
import { blockText, measureShape, type NodeLike } from './html-walk.js';
import { countTags, scanHtmlText, scanTitle } from './html-text.js';
import { isoDate } from './iso-date.js';

export { blockText } from './html-walk.js';
export { isoDate } from './iso-date.js';

const requireLazily = createRequire(import.meta.url);

/** linkedom's parser (Node keeps the module once it is loaded). */
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  return (requireLazily('linkedom') as typeof Linkedom).parseHTML(html);
}

function readabilityClass(): typeof ReadabilityModule.Readability {
  return (requireLazily('@mozilla/readability') as typeof ReadabilityModule).Readability;
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** Set when the page was read by a fallback because of its size or shape. */
  warnings?: string[];
}

export const MAX_DOM_TAGS = 100_000;
export const MAX_ARTICLE_DEPTH = 80;
export const MAX_ARTICLE_FANOUT = 1_000;
export const MAX_ARTICLE_ELEMENTS = 20_000;

/** Why a parsed page is too big or too oddly shaped for the article finder (null: it is not). */
function pathological(body: NodeLike): string | null {
  const s = measureShape(body, MAX_ARTICLE_ELEMENTS * 4);
  if (s.depth > MAX_ARTICLE_DEPTH) return `nested more than ${MAX_ARTICLE_DEPTH} deep`;
  if (s.widest > MAX_ARTICLE_FANOUT) return `an element with more than ${MAX_ARTICLE_FANOUT} children`;
  if (s.elements > MAX_ARTICLE_ELEMENTS) return `more than ${MAX_ARTICLE_ELEMENTS} elements`;
  return null;
}

/** Text of an HTML fragment (a feed item's content), under the same bounds as a page. */
export function htmlFragmentText(html: string): string {
  if (countTags(html, MAX_DOM_TAGS + 1) > MAX_DOM_TAGS) return scanHtmlText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as NodeLike);
}

export function extractHtml(html: string, baseUrl: string | null = null): HtmlArticle {
  if (countTags(html, MAX_DOM_TAGS + 1) > MAX_DOM_TAGS) {
    return {
      title: scanTitle(html), text: scanHtmlText(html), published: null, outlet: null, url: baseUrl,
      warnings: [`page has more than ${MAX_DOM_TAGS} tags: read as plain text, without metadata`],
    };
  }
  // linkedom needs a document element; fragments get one.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const meta = (...names: string[]): string | null => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const timeEl = document.querySelector('time[datetime]');
  const published = isoDate(
    meta('article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date') ??
      timeEl?.getAttribute('datetime'),
  );
  const outlet = meta('og:site_name', 'application-name', 'publisher', 'twitter:site')?.replace(/^@/, '') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? baseUrl;
  const metaTitle = meta('og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;

  const body = document.body as unknown as NodeLike | null;
  const odd = body ? pathological(body) : null;
  const warnings: string[] = [];
  let title: string | null = metaTitle;
  let text = '';
  if (odd) {
    warnings.push(`page ${odd}: read without the article finder`);
  } else {
    try {
      const article = new (readabilityClass())(document as never, { charThreshold: 100 }).parse();
      if (article?.content) {
        text = htmlFragmentText(article.content);
        title = article.title?.trim() || title;
      }
    } catch {
      text = '';
    }
  }
  if (!text) {
    // No article found by Readability (or not tried): the body's block text (short pages, fragments).
    const rest = document.body as unknown as NodeLike | null;
    text = rest ? blockText(rest) : '';
  }
  const h1 = document.querySelector('h1')?.textContent?.trim();
  if (h1 && title && title.includes(h1)) title = h1;
  return {
    title: title ? title.replace(/\s+/g, ' ').trim() : null, text, published, outlet, url: canonical ?? null,
    ...(warnings.length ? { warnings } : {}),
  };
}
