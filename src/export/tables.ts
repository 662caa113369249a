// The export mappings, read from data/export/*.tsv: CAMEO's code list and the export-time recodings,
// one sector vocabulary (ACLED inter codes and PLOVER sectors), ACLED's countries and regions, the PLOVER
// manual's vocabulary with Rasad's modes mapped onto it, and the words of ACLED's fatality rule.
// Each loader checks its file and fails with the file and row at fault; results are cached per process.
import { normalizeArabic } from '../arabic/index.js';
import { loadTsv, type TsvRow } from '../data-files.js';

function fail(file: string, i: number, msg: string): never {
  throw new Error(`data/export/${file} row ${i + 1}: ${msg}`);
}

function once<T>(build: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= build());
}

function words(s: string): string[] {
  return s.split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean);
}

// ---- CAMEO -------------------------------------------------------------------------------------

export const cameoCodes = once((): Map<string, string> => {
  const m = new Map<string, string>();
  loadTsv('export/cameo_codes.tsv').forEach((r, i) => {
    if (!/^\d{3,4}$/.test(r.code)) fail('cameo_codes.tsv', i, `bad code '${r.code}'`);
    if (m.has(r.code)) fail('cameo_codes.tsv', i, `duplicate code ${r.code}`);
    if (!r.name) fail('cameo_codes.tsv', i, 'no name');
    m.set(r.code, r.name);
  });
  return m;
});

export interface CameoRecode {
  cameo: string;
  mode: string;
  /** Normalised trigger words; empty matches any trigger. */
  trigger: string[];
  to: string;
  goldstein: number | null;
  reason: string;
}

export const cameoRecodes = once((): CameoRecode[] => {
  const codes = cameoCodes();
  return loadTsv('export/cameo_recode.tsv').map((r, i) => {
    if (!/^\d{3,4}$/.test(r.cameo)) fail('cameo_recode.tsv', i, `bad code '${r.cameo}'`);
    if (!codes.has(r.to)) fail('cameo_recode.tsv', i, `'${r.to}' is not a CAMEO code`);
    const g = r.goldstein ? Number(r.goldstein) : null;
    if (g != null && !(g >= -10 && g <= 10)) fail('cameo_recode.tsv', i, `goldstein '${r.goldstein}' outside -10..10`);
    return { cameo: r.cameo, mode: r.mode, trigger: words(r.trigger ?? ''), to: r.to, goldstein: g, reason: r.reason };
  });
});

/** Rasad's codes and CAMEO's where they differ (data/kb/cameo_codes.tsv): `country:ROU` -> ROM, `actor:<entity id>` -> IMG. */
const cameoRecodings = once((): Map<string, string> => {
  const m = new Map<string, string>();
  loadTsv('kb/cameo_codes.tsv').forEach((r, i) => {
    if (!['country', 'sector', 'actor'].includes(r.kind)) throw new Error(`data/kb/cameo_codes.tsv row ${i + 1}: unknown kind '${r.kind}'`);
    if (!/^[A-Z]{3}$/.test(r.cameo)) throw new Error(`data/kb/cameo_codes.tsv row ${i + 1}: bad CAMEO code '${r.cameo}'`);
    m.set(`${r.kind}:${r.rasad}`, r.cameo);
  });
  return m;
});

/** The CAMEO country code an actor's code starts with: the group's own (al-Qaeda: IMG), else its country as CAMEO
 * writes it (Romania: ROM), else ''. */
export function cameoCountry(a: { entity: string | null; country: string | null }): string {
  return cameoGroup(a) ?? (a.country ? cameoRecodings().get(`country:${a.country}`) ?? a.country : '');
}

/** A Rasad sector as CAMEO writes it (insurgents: REB), or null. */
export function cameoSector(sector: string | null): string | null {
  return sector ? cameoRecodings().get(`sector:${sector}`) ?? sector : null;
}

/** The CAMEO code of a group CAMEO places in no country (al-Qaeda: IMG), or null. */
export function cameoGroup(a: { entity: string | null }): string | null {
  return a.entity ? cameoRecodings().get(`actor:${a.entity}`) ?? null : null;
}

// ---- Sectors -----------------------------------------------------------------------------------

export interface SectorRow {
  sector: string;
  name: string;
  /** ACLED's numeric actor type, or null where the event type decides. */
  acledInter: number | null;
  ploverSector: string;
  /** PLOVER's country-level code for an actor of this sector that belongs to no country. */
  ploverCode: string;
}

export const sectors = once((): Map<string, SectorRow> => {
  const m = new Map<string, SectorRow>();
  loadTsv('export/sectors.tsv').forEach((r, i) => {
    if (!/^[A-Z]{3}$/.test(r.sector)) fail('sectors.tsv', i, `bad sector '${r.sector}'`);
    const inter = r.acled_inter ? Number(r.acled_inter) : null;
    if (inter != null && !(Number.isInteger(inter) && inter >= 1 && inter <= 8)) fail('sectors.tsv', i, `acled_inter '${r.acled_inter}' is not 1..8`);
    const row: SectorRow = { sector: r.sector, name: r.name, acledInter: inter, ploverSector: r.plover_sector, ploverCode: r.plover_code };
    for (const key of [r.sector, ...r.aliases.split('|').map((a) => a.trim()).filter(Boolean)]) {
      if (m.has(key)) fail('sectors.tsv', i, `sector ${key} listed twice`);
      m.set(key, row);
    }
  });
  return m;
});

/** The canonical row of a sector code or alias (POL → COP), or null. */
export function sectorOf(code: string | null | undefined): SectorRow | null {
  if (!code) return null;
  return sectors().get(code.trim().toUpperCase()) ?? null;
}

// ---- ACLED countries ---------------------------------------------------------------------------

export interface AcledCountry {
  iso3: string;
  isoNumeric: number | null;
  country: string;
  region: string;
}

export const acledCountries = once((): Map<string, AcledCountry> => {
  const m = new Map<string, AcledCountry>();
  loadTsv('export/acled_countries.tsv').forEach((r, i) => {
    if (!/^[A-Z]{3}$/.test(r.iso3)) fail('acled_countries.tsv', i, `bad iso3 '${r.iso3}'`);
    if (r.iso_numeric && !/^\d{3}$/.test(r.iso_numeric)) fail('acled_countries.tsv', i, `bad iso_numeric '${r.iso_numeric}'`);
    if (!r.country || !r.region) fail('acled_countries.tsv', i, 'country and region are required');
    m.set(r.iso3, { iso3: r.iso3, isoNumeric: r.iso_numeric ? Number(r.iso_numeric) : null, country: r.country, region: r.region });
  });
  return m;
});

// ---- PLOVER ------------------------------------------------------------------------------------

export interface PloverVocabulary {
  /** Event category → numeric quad. */
  quads: Map<string, number>;
  /** Event category → the modes the manual lists for it. */
  modes: Map<string, Set<string>>;
  contexts: Set<string>;
  /** The manual's conflict-cooperation scores: by `EVENT` and by `EVENT\tmode`. */
  scores: Map<string, number>;
  /** Rasad modality → auxiliary-mode context (negation, future, hypothetical). */
  modalities: Map<string, string>;
}

export const ploverVocabulary = once((): PloverVocabulary => {
  const v: PloverVocabulary = { quads: new Map(), modes: new Map(), contexts: new Set(), scores: new Map(), modalities: new Map() };
  const score = (r: TsvRow, i: number, key: string) => {
    if (!r.score) return;
    const n = Number(r.score);
    if (!(n >= -10 && n <= 10)) fail('plover_vocabulary.tsv', i, `score '${r.score}' outside -10..10`);
    v.scores.set(key, n);
  };
  loadTsv('export/plover_vocabulary.tsv').forEach((r, i) => {
    if (r.kind === 'event') {
      const q = Number(r.quad_code);
      if (![1, 2, 3, 4].includes(q)) fail('plover_vocabulary.tsv', i, `quad_code '${r.quad_code}'`);
      v.quads.set(r.name, q);
      score(r, i, r.name);
    } else if (r.kind === 'mode') {
      if (!v.quads.has(r.event)) fail('plover_vocabulary.tsv', i, `mode for unknown event ${r.event}`);
      const s = v.modes.get(r.event) ?? new Set<string>();
      s.add(r.name);
      v.modes.set(r.event, s);
      score(r, i, `${r.event}\t${r.name}`);
    } else if (r.kind === 'context') v.contexts.add(r.name);
    else fail('plover_vocabulary.tsv', i, `unknown kind '${r.kind}'`);
  });
  loadTsv('export/plover_modality.tsv').forEach((r, i) => {
    if (!v.contexts.has(r.context)) fail('plover_modality.tsv', i, `context '${r.context}' is not in the manual's list`);
    v.modalities.set(r.modality, r.context);
  });
  return v;
});

export interface PloverMapping {
  /** PLOVER's category, or null when PLOVER has none (the event is left out). */
  event: string | null;
  mode: string | null;
  context: string[];
}

/** Entity id → the manual's own international code (UNO, EUR). */
export const ploverInternational = once((): Map<string, string> => {
  const m = new Map<string, string>();
  loadTsv('export/plover_international.tsv').forEach((r, i) => {
    if (!['UNO', 'EUR', 'IGO', 'NGO', 'ISM', 'IMG', 'MNC'].includes(r.code)) fail('plover_international.tsv', i, `'${r.code}' is not in the manual's table`);
    m.set(r.entity, r.code);
  });
  return m;
});

/** (type, mode) → PLOVER mapping; the key `${type}\t*` holds a type's default. */
export const rasadModes = once((): Map<string, PloverMapping> => {
  const v = ploverVocabulary();
  const m = new Map<string, PloverMapping>();
  loadTsv('export/rasad_modes.tsv').forEach((r: TsvRow, i) => {
    const event = r.plover_event === '-' ? null : r.plover_event;
    if (event != null && !v.quads.has(event)) fail('rasad_modes.tsv', i, `'${event}' is not a PLOVER category`);
    if (r.plover_mode && !(event && v.modes.get(event)?.has(r.plover_mode)))
      fail('rasad_modes.tsv', i, `mode '${r.plover_mode}' is not in the manual's list for ${event}`);
    const context = r.plover_context ? r.plover_context.split('|').map((c) => c.trim()) : [];
    for (const c of context) if (!v.contexts.has(c)) fail('rasad_modes.tsv', i, `context '${c}' is not in the manual's list`);
    const key = `${r.type}\t${r.mode}`;
    if (m.has(key)) fail('rasad_modes.tsv', i, `${r.type} ${r.mode} listed twice`);
    m.set(key, { event, mode: r.plover_mode || null, context });
  });
  return m;
});

// ---- ACLED fatalities --------------------------------------------------------------------------

export interface FatalityWords {
  /** Vague counts, longest first: normalised words → the figure ACLED records. */
  vague: { words: string; value: number }[];
  /** Wounded words that make «N قتيل وجريح» a killed-and-wounded total. */
  combined: string[];
  /** Wounded words that make «قتل وأصاب N» a killed-and-wounded total. */
  combinedBefore: string[];
  /** The patterns built from them: inside the count, after it, before it (null without words). */
  inCount: RegExp | null;
  after: RegExp | null;
  before: RegExp | null;
}

function escapeRe(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const fatalityWords = once((): FatalityWords => {
  const f: FatalityWords = { vague: [], combined: [], combinedBefore: [], inCount: null, after: null, before: null };
  loadTsv('export/acled_fatalities.tsv').forEach((r, i) => {
    if (r.kind === 'vague') {
      const value = Number(r.value);
      if (!Number.isInteger(value) || value < 1) fail('acled_fatalities.tsv', i, `value '${r.value}'`);
      for (const w of words(r.words)) f.vague.push({ words: w, value });
    } else if (r.kind === 'combined') f.combined.push(...words(r.words));
    else if (r.kind === 'combined_before') f.combinedBefore.push(...words(r.words));
    else fail('acled_fatalities.tsv', i, `unknown kind '${r.kind}'`);
  });
  f.vague.sort((a, b) => b.words.length - a.words.length);
  // «N قتيل وجريح»: و + a wounded noun, in the count's own words or within two words after it.
  const alt = f.combined.map(escapeRe).join('|');
  if (alt) {
    f.inCount = new RegExp(`و\\s?(?:${alt})(?![^\\s،.,؛])`);
    f.after = new RegExp(`^\\s*(?:[^\\s\\d]+\\s+){0,2}و\\s?(?:${alt})(?![^\\s،.,؛])`);
  }
  // «قتل وأصاب N»: و + a wounded verb or noun right before the count (one word may come between).
  const altBefore = f.combinedBefore.map(escapeRe).join('|');
  if (altBefore) f.before = new RegExp(`(?:^|\\s)و\\s?(?:${altBefore})\\S*\\s+(?:[^\\s\\d]+\\s+)?$`);
  return f;
});

// ---- GDELT geography ---------------------------------------------------------------------------

interface FipsRow {
  fips: string;
  /** [minLat, minLon, maxLat, maxLon], or null for the whole country. */
  bbox: number[] | null;
}

/** ISO alpha-3 → FIPS 10-4 rows (GDELT's geographic country codes). */
export const fipsCountries = once((): Map<string, FipsRow[]> => {
  const m = new Map<string, FipsRow[]>();
  loadTsv('export/fips_countries.tsv').forEach((r, i) => {
    if (!/^[A-Z]{3}$/.test(r.iso3) || !/^[A-Z]{2}$/.test(r.fips)) fail('fips_countries.tsv', i, `bad codes '${r.iso3}' '${r.fips}'`);
    const bbox = r.bbox ? r.bbox.split(',').map(Number) : null;
    if (bbox && (bbox.length !== 4 || bbox.some((x) => !Number.isFinite(x)))) fail('fips_countries.tsv', i, `bad bbox '${r.bbox}'`);
    m.set(r.iso3, [...(m.get(r.iso3) ?? []), { fips: r.fips, bbox }]);
  });
  return m;
});

/** GDELT's FIPS code for a place of a country: the row whose box holds the point, else the country's. */
export function fipsOf(iso3: string | null, lat: number | null | undefined, lon: number | null | undefined): string {
  const rows = iso3 ? fipsCountries().get(iso3) : undefined;
  if (!rows) return '';
  const inside = rows.find(
    (r) => r.bbox && lat != null && lon != null && lat >= r.bbox[0] && lon >= r.bbox[1] && lat <= r.bbox[2] && lon <= r.bbox[3],
  );
  return (inside ?? rows.find((r) => !r.bbox))?.fips ?? '';
}
