// The claims board: per event cluster, who claims, who denies, who reports; each denial shown
// with the claim it answers. Every event jumps to its sentence.
import type { ClaimRow } from './api.js';
import type { BoardEvent, Party } from '../../src/corpus/claims.js';
import { clear, h } from './dom.js';
import { dayEl, getLang, MODALITY_NAMES, named, t, typeLabel } from './i18n.js';

const REASONS_AR: Record<string, string> = {
  'same document': 'الوثيقة نفسها',
  'shared actor': 'فاعل مشترك',
  'same type': 'النوع نفسه',
  'same type family': 'نوع من الفئة نفسها',
  'answers a report': 'يرد على خبر',
  'same day': 'اليوم نفسه',
};

function partyName(p: Party): string {
  if (p.key.startsWith('outlet:') && !p.name_ar) return t('unnamed');
  if (getLang() === 'ar' && p.name_ar) return p.name_ar;
  return p.name.startsWith('unnamed') || p.name === 'unattributed report' ? t('unnamed') : p.name;
}

/** The server's English reason, in Arabic when the interface is. */
function reason(r: string): string {
  if (getLang() !== 'ar') return r;
  const days = /^(\d+) day\(s\) apart$/.exec(r);
  if (days) return `بفارق ${days[1]} يوم`;
  return REASONS_AR[r] ?? r;
}

export class ClaimsBoard {
  constructor(private el: HTMLElement, private note: HTMLElement, private onPick: (docId: string, idx: number) => void) {}

  update(rows: ClaimRow[], total: number): void {
    clear(this.el);
    const shown = rows.filter((r) => r.claims.length || r.denials.length);
    this.note.textContent = `${shown.length}/${total}`;
    if (!shown.length) {
      this.el.appendChild(h('div', { class: 'empty', text: t('claims.none') }));
      return;
    }
    for (const r of shown) this.el.appendChild(this.card(r));
  }

  private card(r: ClaimRow): HTMLElement {
    const dates = r.date_from ? h('span', { class: 'note' }, dayEl(r.date_from), r.date_to && r.date_to !== r.date_from ? ' – ' : null, r.date_to && r.date_to !== r.date_from ? dayEl(r.date_to) : null) : null;
    const head = h('div', { class: 'claim-head' },
      h('span', { class: 'claim-type', text: typeLabel(r.type) }),
      r.target ? h('span', { class: 'claim-target' }, getLang() === 'ar' ? '← ' : '→ ', h('bdi', { text: (getLang() === 'ar' && r.target.name_ar) || r.target.name })) : null,
      dates,
      r.contested ? h('span', { class: 'badge', text: t('claims.contested') }) : null,
    );
    const cols = h('div', { class: 'claim-cols' },
      this.column('claims', t('claims.claims'), r.claims),
      this.column('denials', t('claims.denials'), r.denials),
      this.column('reports', t('claims.reports'), r.reports),
    );
    const pairs = r.pairs.length
      ? h('ul', { class: 'pairs' }, ...r.pairs.map((p) => h('li', {}, this.evButton(p.denial), ` ${t('claims.pair')} `, this.evButton(p.claim), h('span', { class: 'note', text: ` (${p.reasons.map(reason).join(getLang() === 'ar' ? '، ' : ', ')})` }))))
      : null;
    return h('article', { class: `claim-card${r.contested ? ' contested' : ''}` }, head, cols, pairs);
  }

  private column(kind: string, title: string, parties: Party[]): HTMLElement {
    return h('div', { class: `claim-col col-${kind}` },
      h('div', { class: 'col-title', text: title }),
      parties.length
        ? h('ul', {}, ...parties.map((p) => h('li', {},
          h('span', { class: 'party', text: partyName(p) }), ' ',
          ...p.events.map((e) => this.evButton(e, true)),
          // The board lists a few of a party's events; the count says how many there are.
          (p.event_count ?? 0) > p.events.length ? h('span', { class: 'note', text: ` +${p.event_count - p.events.length}` }) : null,
        )))
        : h('div', { class: 'note', text: '—' }),
    );
  }

  private evButton(e: BoardEvent, short = false): HTMLElement {
    const mod = e.modality !== 'asserted' ? ` (${named(MODALITY_NAMES, e.modality)})` : '';
    const b = h('button', { type: 'button', class: 'ev-chip', 'data-event': e.event_id, title: e.summary_en, text: short ? `${e.type}${mod}` : `${typeLabel(e.type)}${mod}` });
    b.addEventListener('click', () => this.onPick(e.doc_id, e.idx));
    return b;
  }
}
