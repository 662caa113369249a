// `rasad report`: stories with their timelines, the claims board and the top actor pairs, as
// text, JSON, or one self-contained HTML file (all text escaped; no scripts).
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
  if (c.claims.length) {
    out.push('', '== Claims board');
    for (const k of c.claims) {
      out.push(`   ${k.type} ${k.date ?? ''} ${k.summary_en}`);
      for (const p of k.claimed_by) out.push(`      claimed by ${p.name_en ?? p.entity ?? '?'}`);
      for (const p of k.denied_by) out.push(`      denied by  ${p.name_en ?? p.entity ?? '?'}: ${p.sentence.replace(/\s+/g, ' ').slice(0, 120)}`);
      if (k.reported_by.length) out.push(`      reported by ${k.reported_by.join(', ')}`);
    }
  }
  if (c.network.length) {
    out.push('', '== Top actor pairs');
    for (const e of c.network.slice(0, 15)) out.push(`   ${(e.source_name ?? e.source).padEnd(28)} -> ${(e.target_name ?? e.target).padEnd(28)} ${e.kind.padEnd(11)} ${e.events} events, intensity ${e.intensity}`);
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
  for (const k of c.claims) {
    parts.push(`<tr><td>${esc(k.type)} ${esc(k.date ?? '')}<br>${esc(k.summary_en)}</td><td class="claim">${esc(k.claimed_by.map((p) => p.name_en ?? p.entity ?? '?').join(', '))}</td>` +
      `<td class="deny">${k.denied_by.map((p) => `${esc(p.name_en ?? p.entity ?? '?')}<div class="ar">${esc(p.sentence)}</div>`).join('')}</td><td>${esc(k.reported_by.join(', '))}</td></tr>`);
  }
  parts.push('</table><h2>Top actor pairs</h2><table><tr><th>source</th><th>target</th><th>kind</th><th>events</th><th>intensity</th></tr>');
  for (const e of c.network.slice(0, 30)) {
    parts.push(`<tr><td>${esc(e.source_name ?? e.source)}</td><td>${esc(e.target_name ?? e.target)}</td><td>${e.kind}</td><td>${e.events}</td><td>${e.intensity}</td></tr>`);
  }
  parts.push('</table></body></html>');
  return parts.join('\n');
}
