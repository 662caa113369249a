// `rasad report`: stories with their timelines, the claims board and the top actor pairs, as
// text, JSON, or one self-contained HTML file (all text escaped; no scripts).
import type { Party } from './claims.js';
import type { CorpusView } from './types.js';

export function reportJson(c: CorpusView): string {
  return JSON.stringify(c, null, 2);
}

export function reportText(c: CorpusView): string {
  const out: string[] = [];
  out.push(`Rasad report: ${c.documents.length} documents, ${c.duplicates.length} syndicated copies, ${c.stories.length} stories, ${c.events.length} corpus events`);
  for (const s of c.stories) {
    out.push('', `== ${s.title}  [${s.documents.length} documents, ${s.from ?? '?'} .. ${s.to ?? '?'}]`);
    if (s.actors.length) out.push(`   actors: ${s.actors.slice(0, 6).map((a) => a.name_en).join(', ')}`);
    for (const t of c.timelines[s.id] ?? []) out.push(`   ${t.date.padEnd(10)} ${t.kind === 'event' ? '*' : '-'} ${t.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  const board = c.claims.filter((r) => r.claims.length + r.denials.length > 0);
  if (board.length) {
    out.push('', `== Claims board (${board.filter((r) => r.contested).length} contested)`);
    for (const r of board) {
      const dates = r.date_from === r.date_to ? (r.date_from ?? '') : `${r.date_from} .. ${r.date_to}`;
      out.push(`   ${r.type} ${r.target ? `on ${r.target.name} ` : ''}${dates}${r.contested ? '  [contested]' : ''}`);
      for (const p of r.claims) out.push(`      claimed by ${p.name}: ${p.events[0].summary_en}`);
      for (const p of r.denials) out.push(`      denied by  ${p.name}: ${p.events[0].summary_en}`);
      if (r.reports.length) out.push(`      reported by ${r.reports.map((p) => p.name).join(', ')}`);
    }
  }
  if (c.network.edges.length) {
    out.push('', '== Top actor pairs');
    const name = new Map(c.network.nodes.map((n) => [n.id, n.name_en]));
    for (const e of c.network.edges.slice(0, 15)) {
      const kind = e.conflict.count >= e.cooperation.count ? 'conflict' : 'cooperation';
      out.push(`   ${(name.get(e.source) ?? e.source).padEnd(28)} -> ${(name.get(e.target) ?? e.target).padEnd(28)} ${kind.padEnd(11)} ${e.count} events, intensity ${e.mean_intensity}`);
    }
  }
  if (c.duplicates.length) {
    out.push('', '== Syndicated copies');
    const input = new Map(c.documents.map((d) => [d.id, d.input]));
    for (const d of c.duplicates) out.push(`   ${input.get(d.doc)} copies ${input.get(d.original)} (${Math.round(d.similarity * 100)}%)`);
  }
  return out.join('\n');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function reportHtml(c: CorpusView): string {
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rasad report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}h2{border-bottom:1px solid #ccc}
.ar{direction:rtl;font-family:'Noto Naskh Arabic','Amiri',serif}table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.bg{color:#666}.deny{color:#a00}.claim{color:#05a}</style></head><body>`);
  parts.push(`<h1>Rasad report</h1><p>${c.documents.length} documents, ${c.duplicates.length} syndicated copies, ${c.stories.length} stories, ${c.events.length} corpus events.</p>`);
  for (const s of c.stories) {
    parts.push(`<h2 class="ar">${esc(s.title)}</h2><p>${s.documents.length} documents, ${esc(s.from ?? '?')} – ${esc(s.to ?? '?')}. Actors: ${esc(s.actors.slice(0, 8).map((a) => a.name_en).join(', '))}</p><table>`);
    for (const t of c.timelines[s.id] ?? []) {
      parts.push(`<tr class="${t.kind === 'background' ? 'bg' : ''}"><td>${esc(t.date)}</td><td>${t.kind}</td><td class="${t.kind === 'background' ? 'ar' : ''}">${esc(t.text)}</td></tr>`);
    }
    parts.push('</table>');
  }
  parts.push('<h2>Claims board</h2><table><tr><th>event</th><th>claimed by</th><th>denied by</th><th>reported by</th></tr>');
  const partyCell = (ps: Party[]) => ps.map((p) => `${esc(p.name)}<div>${esc(p.events[0].summary_en)}</div>`).join('');
  for (const r of c.claims.filter((x) => x.claims.length + x.denials.length > 0)) {
    parts.push(`<tr><td>${esc(r.type)} ${esc(r.target?.name ?? '')} ${esc(r.date_from ?? '')}${r.contested ? ' (contested)' : ''}</td><td class="claim">${partyCell(r.claims)}</td>` +
      `<td class="deny">${partyCell(r.denials)}</td><td>${esc(r.reports.map((p) => p.name).join(', '))}</td></tr>`);
  }
  parts.push('</table><h2>Top actor pairs</h2><table><tr><th>source</th><th>target</th><th>events</th><th>conflict</th><th>cooperation</th><th>intensity</th></tr>');
  const name = new Map(c.network.nodes.map((n) => [n.id, n.name_en]));
  for (const e of c.network.edges.slice(0, 30)) {
    parts.push(`<tr><td>${esc(name.get(e.source) ?? e.source)}</td><td>${esc(name.get(e.target) ?? e.target)}</td><td>${e.count}</td><td>${e.conflict.count}</td><td>${e.cooperation.count}</td><td>${e.mean_intensity}</td></tr>`);
  }
  parts.push('</table></body></html>');
  return parts.join('\n');
}
