// RSS 2.0 and Atom feeds -> one raw document per item.
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import { htmlFragmentText } from './html.js';
import { isoDate } from './iso-date.js';

export interface FeedItem {
  id: string | null;
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

const requireLazily = createRequire(import.meta.url);

/** The XML parser, made for each feed: fast-xml-parser is loaded by the first feed, not at start-up. */
function xmlParser(): FastXmlParser.XMLParser {
  const { XMLParser } = requireLazily('fast-xml-parser') as typeof FastXmlParser;
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    processEntities: true,
    htmlEntities: true,
    cdataPropName: false,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  });
}

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
  return htmlFragmentText(s);
}

/**
 * The name of the first element of an XML/HTML text, past the prolog (XML declaration, comments,
 * processing instructions, a DOCTYPE with its internal subset), however long the prolog is.
 */
export function firstElementName(text: string): string | null {
  let i = 0;
  // After each skipped construct, i is the index just past its terminator (or -1: unterminated).
  const past = (terminator: string, from: number) => {
    const at = text.indexOf(terminator, from);
    return at < 0 ? -1 : at + terminator.length;
  };
  while (i >= 0) {
    while (i < text.length && /\s|\uFEFF/.test(text[i])) i++;
    if (text[i] !== '<') return null;
    if (text.startsWith('<?', i)) i = past('?>', i + 2);
    else if (text.startsWith('<!--', i)) i = past('-->', i + 4);
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const gt = text.indexOf('>', i);
      const open = text.indexOf('[', i);
      // An internal subset ([...]) may hold '>' of its own declarations.
      const subsetEnd = open >= 0 && (gt < 0 || open < gt) ? text.indexOf(']', open) : i;
      i = subsetEnd < 0 ? -1 : past('>', subsetEnd);
    } else {
      const m = /^<([A-Za-z_][\w.:-]{0,63})/.exec(text.slice(i, i + 66));
      return m ? m[1] : null;
    }
  }
  return null;
}

/** True when the text is an RSS, RDF or Atom feed (its first element says so). */
export function looksLikeFeed(text: string): boolean {
  const name = firstElementName(text);
  return name !== null && /^(rss|feed|rdf:RDF|atom:feed)$/i.test(name);
}

export function parseFeed(xml: string): FeedItem[] {
  const tree = xmlParser().parse(xml) as Record<string, any>;
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
