// A panel's request state: a loading sign while its request runs, an error message when it fails.
// Only the latest request of a panel counts: an older one that ends late changes nothing.
import { h } from './dom.js';
import { t } from './i18n.js';

export class PanelStatus {
  private seq = 0;
  private sign: HTMLElement;

  /** `panel` gets data-state and aria-busy; the sign goes at the end of its heading (or `host`). */
  constructor(private panel: HTMLElement, host?: HTMLElement) {
    this.sign = h('span', { class: 'panel-status', role: 'status', 'aria-live': 'polite' });
    (host ?? panel.querySelector('h2') ?? panel).appendChild(this.sign);
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

  private set(state: 'loading' | 'ok' | 'error', text: string): void {
    this.panel.dataset.state = state;
    this.panel.setAttribute('aria-busy', String(state === 'loading'));
    this.sign.className = `panel-status ${state}`;
    this.sign.setAttribute('role', state === 'error' ? 'alert' : 'status');
    this.sign.textContent = text;
  }
}
