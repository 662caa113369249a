// Continuous monitoring: polls RSS/Atom feeds, fetches the article pages they link to, and
// analyses and stores each new article as it arrives. Conditional requests spare unchanged feeds;
// article URLs already stored are not fetched again, and content already stored (same content id,
// e.g. one story at two URLs) is not analysed again. A failing feed or item is logged and the
// others go on.
import type { RawDoc } from '../ingest/read.js';
import { decodeBytes } from '../ingest/decode.js';
import { parseFeed, looksLikeFeed, type FeedItem } from '../ingest/feed.js';
import { extractHtml } from '../ingest/html.js';
import { assemble } from '../ingest/assemble.js';
import { analyzeResult, contentId } from '../pipeline.js';
import { isErrorDoc } from '../doc.js';
import type { Store } from '../store/store.js';
import { HttpError, PoliteHttp, type HttpOptions } from './http.js';
import { emptyState, type UrlState, type WatchState } from './state.js';
import { sleep } from './duration.js';

export interface WatchOptions {
  feeds: string[];
  store: Store;
  state: WatchState;
  http?: HttpOptions | PoliteHttp;
  /** Polls after which an article that keeps failing for transient reasons is given up. */
  maxItemAttempts?: number;
  /** Feeds polled at once (requests to one host still go one at a time). */
  feedConcurrency?: number;
  log?: (line: string) => void;
}

export interface PollReport {
  feeds: number;
  /** Feeds that could not be fetched or parsed. */
  feedErrors: number;
  /** Feeds answered with 304 Not Modified. */
  notModified: number;
  /** Items listed by the feeds that were read. */
  items: number;
  /** Items skipped: their URL was stored (or given up) before. */
  seen: number;
  /** Articles newly stored. */
  added: number;
  /** Articles whose content was already stored. */
  duplicates: number;
  /** Items that failed this time. */
  failed: number;
}

const newReport = (feeds: number): PollReport => ({ feeds, feedErrors: 0, notModified: 0, items: 0, seen: 0, added: 0, duplicates: 0, failed: 0 });

/** Feed URLs from a feeds file: one per line; blank lines and '#' comments ignored. */
export function parseFeedList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const s = line.replace(/(^|\s)#.*$/, '').trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

class ItemError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export class Watcher {
  readonly http: PoliteHttp;
  private readonly log: (line: string) => void;
  private readonly maxItemAttempts: number;

  constructor(readonly opts: WatchOptions) {
    this.http = opts.http instanceof PoliteHttp ? opts.http : new PoliteHttp(opts.http);
    this.log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
    this.maxItemAttempts = opts.maxItemAttempts ?? 3;
  }

  /** One pass over every feed, a few at a time (requests to one host still go one at a time). */
  async pollOnce(): Promise<PollReport> {
    const feeds = this.opts.feeds;
    const report = newReport(feeds.length);
    let next = 0;
    const lane = async () => {
      while (next < feeds.length) {
        const f = feeds[next++];
        await this.pollFeed(f, report).catch((e) => {
          report.feedErrors++;
          this.log(`rasad watch: feed ${f}: ${(e as Error).message}`);
        });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.opts.feedConcurrency ?? 8, feeds.length)) }, lane));
    return report;
  }

  /** Polls every `everyMs` until the signal aborts; each pass is reported through `onPoll`. */
  async run(everyMs: number, signal?: AbortSignal, onPoll?: (r: PollReport) => void): Promise<void> {
    while (!signal?.aborted) {
      const started = Date.now();
      let report: PollReport;
      try {
        report = await this.pollOnce();
      } catch (e) {
        this.log(`rasad watch: poll failed: ${(e as Error).message}`);
        report = newReport(this.opts.feeds.length);
      }
      onPoll?.(report);
      await sleep(Math.max(0, everyMs - (Date.now() - started)), signal);
    }
  }

  private async pollFeed(feedUrl: string, report: PollReport): Promise<void> {
    const { state } = this.opts;
    const prev = (await state.get(feedUrl)) ?? { ...emptyState(feedUrl), status: 'feed' as const };
    let res;
    try {
      res = await this.http.get(feedUrl, { etag: prev.etag, lastModified: prev.lastModified });
    } catch (e) {
      report.feedErrors++;
      this.log(`rasad watch: feed ${feedUrl}: ${(e as Error).message}`);
      await state.put({ ...prev, status: 'feed', attempts: prev.attempts + 1, error: (e as Error).message });
      return;
    }
    if (res.notModified) {
      report.notModified++;
      return;
    }
    let items: FeedItem[];
    try {
      const text = decodeBytes(res.bytes).text;
      if (!looksLikeFeed(text)) throw new Error('not an RSS or Atom feed');
      items = parseFeed(text);
    } catch (e) {
      report.feedErrors++;
      this.log(`rasad watch: feed ${feedUrl}: ${(e as Error).message}`);
      await state.put({ ...prev, status: 'feed', attempts: prev.attempts + 1, error: (e as Error).message });
      return;
    }
    report.items += items.length;
    // Oldest first, as feeds list the newest first: the store then fills in publication order.
    let retryLater = false;
    for (let i = items.length - 1; i >= 0; i--) {
      const ok = await this.item(feedUrl, items[i], i, report);
      if (!ok) retryLater = true;
    }
    // Validators are kept only when every item is settled, so that an item that failed for a
    // passing reason is tried again on the next poll rather than hidden behind a 304.
    await state.put({
      ...prev,
      status: 'feed',
      etag: retryLater ? null : res.etag,
      lastModified: retryLater ? null : res.lastModified,
      attempts: 0,
      error: null,
    });
  }

  /** Handles one feed item; false when it failed and should be tried again later. */
  private async item(feedUrl: string, it: FeedItem, index: number, report: PollReport): Promise<boolean> {
    const { state, store } = this.opts;
    if (it.url) it = { ...it, url: absolute(it.url, feedUrl) };
    const key = it.url ?? `${feedUrl}#${it.id ?? index + 1}`;
    const prev = (await state.get(key)) ?? emptyState(key);
    if (prev.status === 'done' || (prev.status === 'failed' && prev.attempts >= this.maxItemAttempts)) {
      report.seen++;
      return true;
    }
    try {
      const raw = it.url ? await this.page(it) : feedOnly(key, it);
      if (!raw.body.trim()) throw new ItemError('no article text found', false);
      // Dedup by content id before the (costly) analysis.
      const id = contentId(assemble(raw).text);
      if (await store.hasDocument(id)) {
        report.duplicates++;
        await state.put({ ...prev, status: 'done', docId: id, error: null });
        return true;
      }
      const doc = analyzeResult({ ok: true, doc: raw });
      if (isErrorDoc(doc)) throw new ItemError(`${doc.error.code}: ${doc.error.message}`, false);
      const r = await store.putBatch([doc]);
      if (r.added) report.added++;
      else report.duplicates++;
      await state.put({ ...prev, status: 'done', docId: doc.id, error: null });
      return true;
    } catch (e) {
      // Unknown errors (the store, a bug) count as passing: retried on a few more polls, then given up.
      const transient = e instanceof HttpError || e instanceof ItemError ? e.transient : true;
      const attempts = transient ? prev.attempts + 1 : this.maxItemAttempts;
      report.failed++;
      const giveUp = attempts >= this.maxItemAttempts;
      this.log(`rasad watch: item ${key} (feed ${feedUrl}): ${(e as Error).message}${giveUp ? '; given up' : '; will retry'}`);
      await state.put({ ...prev, status: 'failed', attempts, error: (e as Error).message });
      return giveUp;
    }
  }

  /** The article page an item links to, as a raw document (feed metadata filling the gaps). */
  private async page(it: FeedItem): Promise<RawDoc> {
    const url = it.url!;
    const res = await this.http.get(url);
    let decoded;
    try {
      decoded = decodeBytes(res.bytes);
    } catch (e) {
      throw new ItemError((e as Error).message, false);
    }
    const warnings: string[] = [];
    if (decoded.lossy) warnings.push('invalid UTF-8 sequences were replaced');
    const isHtml = /html|xml/i.test(res.contentType ?? '') || /^\s*</.test(decoded.text.slice(0, 512));
    if (!isHtml) {
      return { input: url, title: it.title, body: decoded.text, published: it.published, outlet: it.outlet, url, warnings };
    }
    const a = extractHtml(decoded.text, res.url || url);
    let body = a.text;
    if (!body.trim() && it.text.trim()) {
      body = it.text;
      warnings.push('article page had no text; the feed summary was used');
    }
    return {
      input: url,
      title: a.title ?? it.title,
      body,
      published: it.published ?? a.published,
      outlet: it.outlet ?? a.outlet,
      url,
      warnings,
    };
  }
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function feedOnly(key: string, it: FeedItem): RawDoc {
  return { input: key, title: it.title, body: it.text, published: it.published, outlet: it.outlet, url: null, warnings: [] };
}
