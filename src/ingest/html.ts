// HTML -> article: main text by Mozilla Readability over a linkedom DOM, metadata from meta
// tags. Only text leaves this module; no markup from the page is ever passed on.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'TR', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'PRE', 'DL', 'DT', 'DD',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG', 'BUTTON', 'FORM', 'SELECT', 'TEXTAREA']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Plain text of a DOM subtree with paragraph breaks between blocks. */
export function blockText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalises a date-ish meta value to YYYY-MM-DD. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

export function extractHtml(html: string, baseUrl: string | null = null): HtmlArticle {
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

  let title: string | null = metaTitle;
  let text = '';
  try {
    const article = new Readability(document as never, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(frag.body as unknown as NodeLike);
      title = article.title?.trim() || title;
    }
  } catch {
    text = '';
  }
  if (!text) {
    // No article found by Readability: fall back to the body's block text (short pages, fragments).
    const body = document.body as unknown as NodeLike | null;
    text = body ? blockText(body) : '';
  }
  const h1 = document.querySelector('h1')?.textContent?.trim();
  if (h1 && title && title.includes(h1)) title = h1;
  return { title: title ? title.replace(/\s+/g, ' ').trim() : null, text, published, outlet, url: canonical ?? null };
}
