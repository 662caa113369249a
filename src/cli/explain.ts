// `rasad explain`: per event, the trigger, the rule or frame that fired, and the sentence.
import { isErrorDoc } from '../doc.js';
import { readInputs } from '../ingest/read.js';
import { analyzeResult } from '../pipeline.js';

export async function runExplain(paths: string[], out: (line: string) => void): Promise<number> {
  let failed = 0;
  for await (const r of readInputs(paths)) {
    const d = analyzeResult(r);
    if (isErrorDoc(d)) {
      failed++;
      out(`${d.input}: error ${d.error.code}: ${d.error.message}`);
      continue;
    }
    out(`== ${d.input}  ${d.source.title ?? ''}`);
    if (!d.events.length) out('   (no events)');
    d.events.forEach((e, i) => {
      out(`#${i + 1} ${e.type} (CAMEO ${e.cameo}, ${e.quad}, intensity ${e.intensity}) ${e.modality}${e.claimed_by ? ` claimed_by ${e.claimed_by}` : ''}`);
      out(`   summary  ${e.summary_en}`);
      if (e.trigger) out(`   trigger  «${e.trigger.text}» at ${e.trigger.start}-${e.trigger.end}  rule ${e.trigger.rule ?? ''}`);
      out(`   source   ${e.source ? `${e.source.name_en ?? '?'} [${e.source.entity}] ${e.source.country ?? ''} ${e.source.sector ?? ''}` : '-'}`);
      out(`   target   ${e.target ? `${e.target.name_en ?? '?'} [${e.target.entity}] ${e.target.country ?? ''} ${e.target.sector ?? ''}` : '-'}`);
      out(`   where    ${e.location?.name_en ?? '-'}   when ${e.date ?? '-'}   numbers ${e.numbers.map((n) => `${n.kind} ${n.value} ${n.unit ?? ''}`).join(', ') || '-'}`);
      out(`   sentence ${d.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ')}`);
    });
  }
  return failed ? 1 : 0;
}
