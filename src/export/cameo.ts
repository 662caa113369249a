// CAMEO at export: the code an event is exported with (the coder's, or its recoding where the coder is
// known to misuse a code: data/export/cameo_recode.tsv), and GDELT's QuadClass from the root code.
import { normalizeArabic } from '../arabic/index.js';
import type { EventRecord } from '../doc.js';
import { cameoCodes, cameoRecodes } from './tables.js';

export interface ExportCameo {
  /** The CAMEO code exported ('' when the coder gave none or an invalid one). */
  code: string;
  /** The Goldstein value: the recoding's where it gives one, else the coder's intensity. */
  goldstein: number | null;
  /** The coder's own code when it was recoded or rejected, else null. */
  coderCode: string | null;
}

export function isCameoCode(code: string): boolean {
  return cameoCodes().has(code);
}

/** The exported CAMEO code of an event (pure; the tables are data). */
export function exportCameo(e: Pick<EventRecord, 'cameo' | 'mode' | 'intensity' | 'trigger'>): ExportCameo {
  const raw = (e.cameo ?? '').trim();
  const trig = e.trigger?.text ? normalizeArabic(e.trigger.text) : '';
  const rule = cameoRecodes().find(
    (r) => r.cameo === raw && r.mode === (e.mode ?? '') && (!r.trigger.length || r.trigger.some((w) => trig.includes(w))),
  );
  const intensity = Number.isFinite(e.intensity) ? e.intensity : null;
  if (rule) return { code: rule.to, goldstein: rule.goldstein ?? intensity, coderCode: rule.to === raw ? null : raw };
  if (isCameoCode(raw)) return { code: raw, goldstein: intensity, coderCode: null };
  return { code: '', goldstein: intensity, coderCode: raw || null };
}

/**
 * GDELT's QuadClass from the CAMEO root code: 01–05 verbal cooperation (1), 06–08 material cooperation
 * (2), 09–13 verbal conflict (3), 14–20 material conflict (4); null without a code.
 */
export function gdeltQuadClass(code: string): number | null {
  const root = Number(code.slice(0, 2));
  if (!/^\d{3,4}$/.test(code) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
