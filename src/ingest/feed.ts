// RSS 2.0 and Atom feeds -> one raw document per item.
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { blockText, isoDate } from './html.js';

export interface FeedItem {
  id: string | null;
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const str = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return str((v as Record<string, unknown>)['#text']);
  return null;
};

function htmlToText(s: string | null): string {
  if (!s) return '';
  if (!/[<&]/.test(s)) return s.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return blockText(document.body as never);
}

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

export function parseFeed(xml: string): FeedItem[] {
  const tree = parser.parse(xml) as Record<string, any>;
  if (tree.rss?.channel || tree['rdf:RDF']) {
    const channel = tree.rss?.channel ?? tree['rdf:RDF']?.channel ?? {};
    const items: any[] = tree.rss?.channel?.item ?? tree['rdf:RDF']?.item ?? [];
    const outlet = str(channel.title);
    return items.map((it) => ({
      id: str(it.guid) ?? str(it.link?.[0]) ?? null,
      title: str(it.title),
      text: htmlToText(str(it['content:encoded']) ?? str(it.description)),
      published: isoDate(str(it.pubDate) ?? str(it['dc:date'])),
      url: str(it.link?.[0]),
      outlet,
    }));
  }
  if (tree.feed) {
    const feed = tree.feed;
    const outlet = str(feed.title);
    const entries: any[] = feed.entry ?? [];
    return entries.map((e) => {
      const links: any[] = e.link ?? [];
      const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate');
      return {
        id: str(e.id),
        title: str(e.title),
        text: htmlToText(str(e.content) ?? str(e.summary)),
        published: isoDate(str(e.published) ?? str(e.updated)),
        url: alt?.['@href'] ?? null,
        outlet,
      };
    });
  }
  throw new Error('not an RSS or Atom feed');
}
