// A panel's request state: a loading sign while its request runs, an error message when it fails.
// One request may feed several panels (the events feed the map, timeline and table): each shows
// the sign. Only the latest request counts: an older one that ends late changes nothing.
import { h } from './dom.js';
import { t } from './i18n.js';

export class PanelStatus {
  private seq = 0;
  private parts: { panel: HTMLElement; sign: HTMLElement }[];

  /** Each panel gets data-state and aria-busy; the sign goes at the end of its heading (or `host`). */
  constructor(panels: HTMLElement | HTMLElement[], host?: HTMLElement) {
    this.parts = (Array.isArray(panels) ? panels : [panels]).map((panel) => {
      const sign = h('span', { class: 'panel-status', role: 'status', 'aria-live': 'polite' });
      (host ?? panel.querySelector('h2') ?? panel).appendChild(sign);
      return { panel, sign };
    });
  }

  /**
   * Runs `load`; `show` receives its result only if no newer request started meanwhile.
   * Resolves true when shown.
   */
  async run<T>(load: () => Promise<T>, show: (v: T) => void): Promise<boolean> {
    const mine = ++this.seq;
    this.set('loading', t('loading'));
    try {
      const v = await load();
      if (mine !== this.seq) return false;
      show(v);
      this.set('ok', '');
      return true;
    } catch (e) {
      if (mine === this.seq) this.set('error', `${t('error')}: ${(e as Error).message}`);
      return false;
    }
  }

  /** The loading sign before the request is sent (it waits for another one). */
  waiting(): void {
    this.seq++;
    this.set('loading', t('loading'));
  }

  private set(state: 'loading' | 'ok' | 'error', text: string): void {
    for (const { panel, sign } of this.parts) {
      panel.dataset.state = state;
      panel.setAttribute('aria-busy', String(state === 'loading'));
      sign.className = `panel-status ${state}`;
      sign.setAttribute('role', state === 'error' ? 'alert' : 'status');
      sign.textContent = text;
    }
  }
}
