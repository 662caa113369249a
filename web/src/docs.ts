// The documents tab: the stored documents, newest first, a page at a time, or the hits of a search
// with their snippets. Dates and outlets are isolated for bidi, so that an English interface never
// splits "12 Mar 2024" around an Arabic outlet name.
import { api, type DocumentSummary, type SearchHit } from './api.js';
import { bdi, clear, h } from './dom.js';
import { dayEl, t } from './i18n.js';

const PAGE = 200;

interface DocMeta {
  id: string;
  title: string | null;
  outlet?: string | null;
  published?: string | null;
  events?: number;
}

export class DocList {
  private docs: DocumentSummary[] = [];
  private next: number | null = 0;
  private total: number | null = null;

  constructor(private list: HTMLElement, private status: HTMLElement, private more: HTMLButtonElement, private open: (id: string) => void, private clearSearch: () => void) {
    more.addEventListener('click', () => void this.loadMore().then(() => this.renderAll()));
  }

  /** The first page (once) and the store's document count. */
  private async firstPage(): Promise<void> {
    if (this.next !== 0) return;
    const [page, stats] = await Promise.all([api.documents(PAGE, 0), api.stats().catch(() => null)]);
    this.docs = page.items;
    this.next = page.next_offset;
    this.total = stats?.documents ?? null;
  }

  async showAll(): Promise<void> {
    await this.firstPage();
    this.renderAll();
  }

  async showSearch(q: string): Promise<void> {
    // The hits' outlets and dates come from the list, when the hit is on its first page.
    const [r] = await Promise.all([api.search(q, 50), this.firstPage()]);
    const meta = new Map(this.docs.map((d) => [d.id, d]));
    clear(this.list);
    clear(this.status);
    this.more.hidden = true;
    this.status.append(t('docs.results', { n: r.items.length, q }), ' ');
    const back = h('button', { type: 'button', class: 'small', text: t('docs.clear') });
    back.addEventListener('click', () => this.clearSearch());
    this.status.appendChild(back);
    this.list.classList.add('results');
    for (const hit of r.items as SearchHit[]) {
      const m = meta.get(hit.id);
      this.list.appendChild(this.item({ id: hit.id, title: hit.title, outlet: m?.outlet, published: m?.published, events: m?.events }, hit.snippet));
    }
  }

  private async loadMore(): Promise<void> {
    if (this.next == null) return;
    const page = await api.documents(PAGE, this.next);
    this.docs.push(...page.items);
    this.next = page.next_offset;
  }

  private renderAll(): void {
    clear(this.list);
    this.list.classList.remove('results');
    const n = this.docs.length;
    this.status.textContent = this.total != null && this.total > n ? t('docs.countOf', { n, t: this.total }) : t('docs.count', { n });
    for (const d of this.docs) this.list.appendChild(this.item(d));
    this.more.hidden = this.next == null;
  }

  private item(d: DocMeta, snippet?: string): HTMLElement {
    const meta: (Node | string)[] = [];
    const add = (x: Node | string) => meta.push(...(meta.length ? [' · ', x] : [x]));
    if (d.outlet) add(bdi(d.outlet));
    if (d.published) add(dayEl(d.published.slice(0, 10)));
    if (d.events != null) add(bdi(`${d.events} ${t('docs.events')}`));
    const b = h('button', { type: 'button', class: 'doc-link', 'data-doc': d.id },
      h('span', { class: 'doc-title', dir: 'auto', text: d.title ?? d.id.slice(0, 12) }),
      h('span', { class: 'note doc-meta' }, ...meta),
      snippet ? h('span', { class: 'snippet', dir: 'rtl', text: snippet }) : null,
    );
    b.addEventListener('click', () => this.open(d.id));
    return h('li', {}, b);
  }
}
