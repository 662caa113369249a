// Interface labels in Arabic and English. Article text is always shown as written (Arabic, RTL).
import { bdi } from './dom.js';

export type Lang = 'ar' | 'en';

let lang: Lang = 'ar';

export function setLang(l: Lang): void {
  lang = l;
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
}

export function getLang(): Lang {
  return lang;
}

const S: Record<string, [string, string]> = {
  // [Arabic, English]
  search: ['بحث', 'Search'],
  'search.placeholder': ['ابحث في النصوص…', 'Search the articles…'],
  'f.type': ['النوع', 'Type'],
  'f.country': ['الدولة', 'Country'],
  'f.actor': ['الفاعل', 'Actor'],
  'f.place': ['المكان', 'Place'],
  'f.from': ['من', 'From'],
  'f.to': ['إلى', 'To'],
  'f.modality': ['الصيغة', 'Modality'],
  'f.reset': ['مسح', 'Clear'],
  'f.all': ['الكل', 'All'],
  export: ['تصدير', 'Export'],
  'p.map': ['الخريطة', 'Map'],
  'p.timeline': ['الخط الزمني', 'Timeline'],
  'p.graph': ['شبكة الفاعلين', 'Actor graph'],
  'p.claims': ['الادعاءات والنفي', 'Claims board'],
  'p.table': ['جدول الأحداث', 'Events table'],
  'col.date': ['التاريخ', 'Date'],
  'col.type': ['النوع والأسلوب', 'Type · mode'],
  'col.source': ['المصدر', 'Source'],
  'col.target': ['الهدف', 'Target'],
  'col.place': ['المكان', 'Place'],
  'col.fatalities': ['قتلى', 'Fatalities'],
  'col.modality': ['الصيغة', 'Modality'],
  'col.claimed': ['بادعاء', 'Claimed by'],
  'col.summary': ['الملخص', 'Summary'],
  'col.outlet': ['الوسيلة', 'Outlet'],
  'table.count': ['%n حدث', '%n events'],
  'table.page': ['%from–%to من %n', '%from–%to of %n'],
  'table.prev': ['السابق', 'Previous'],
  'table.next': ['التالي', 'Next'],
  'table.csv': ['تنزيل CSV', 'Download CSV'],
  'graph.group': ['التجميع', 'Group'],
  'graph.actors': ['فاعلون', 'actors'],
  'graph.countries': ['دول', 'countries'],
  'graph.top': ['الأكثر', 'Top'],
  'graph.quad': ['الفئة', 'Quad'],
  'graph.shown': ['%e علاقة بين %v عقدة (من %n)', '%e edges between %v nodes (of %n)'],
  'timeline.day': ['%n حدث', '%n events'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  'docs.more': ['المزيد', 'More'],
  'docs.countOf': ['%n من %t وثيقة', '%n of %t documents'],
  'tab.docs': ['الوثائق', 'Documents'],
  'tab.article': ['المقال', 'Article'],
  'legend.ent': ['كيانات', 'Entities'],
  'legend.time': ['أزمنة', 'Times'],
  'legend.qty': ['أعداد', 'Numbers'],
  'legend.quote': ['اقتباسات', 'Quotes'],
  'legend.ev': ['أدلة الأحداث', 'Event evidence'],
  'claims.claims': ['يدّعي', 'Claims'],
  'claims.denials': ['ينفي', 'Denies'],
  'claims.reports': ['يورد', 'Reports'],
  'claims.pair': ['نفي يرد على', 'denial answers'],
  'claims.contested': ['موضع خلاف', 'contested'],
  'claims.none': ['لا ادعاءات ولا نفي بعد', 'No claims or denials yet'],
  'events.none': ['لا أحداث', 'No events'],
  'map.nocoords': ['%n حدث بلا إحداثيات', '%n events without coordinates'],
  'map.shown': ['%n حدث على الخريطة', '%n events on the map'],
  'timeline.undated': ['%n بلا تاريخ', '%n undated'],
  'timeline.published': ['(تاريخ النشر)', '(publication date)'],
  'graph.none': ['لا علاقات بين فاعلين معروفين بعد', 'No edges between known actors yet'],
  'graph.filter': ['تصفية بهذا الفاعل', 'Filter by this actor'],
  'graph.coop': ['تعاون', 'cooperation'],
  'graph.conflict': ['صراع', 'conflict'],
  'docs.count': ['%n وثيقة', '%n documents'],
  'docs.results': ['%n نتيجة لـ «%q»', '%n results for “%q”'],
  'docs.clear': ['عرض كل الوثائق', 'Show all documents'],
  'docs.events': ['أحداث', 'events'],
  'reader.empty': ['اختر وثيقة أو حدثًا', 'Choose a document or an event'],
  'reader.events': ['الأحداث في هذا المقال', 'Events in this article'],
  'reader.loading': ['جارٍ التحميل…', 'Loading…'],
  'reader.notfound': ['الوثيقة غير موجودة', 'Document not found'],
  unknown: ['غير معروف', 'unknown'],
  unnamed: ['طرف غير مسمّى', 'unnamed party'],
  truncated: ['(أول %n فقط)', '(first %n only)'],
  error: ['خطأ', 'Error'],
  switchTo: ['English', 'العربية'],
};

export function t(key: string, vars: Record<string, string | number> = {}): string {
  const pair = S[key];
  let s = pair ? pair[lang === 'ar' ? 0 : 1] : key;
  for (const [k, v] of Object.entries(vars)) s = s.split(`%${k}`).join(String(v));
  return s;
}

/** PLOVER event types: [Arabic, English]. */
export const TYPE_NAMES: Record<string, [string, string]> = {
  AGREE: ['اتفاق', 'Agree'],
  CONSULT: ['تشاور', 'Consult'],
  SUPPORT: ['دعم', 'Support'],
  CONCEDE: ['تنازل', 'Concede'],
  COOPERATE: ['تعاون', 'Cooperate'],
  AID: ['مساعدة', 'Aid'],
  RETREAT: ['انسحاب', 'Retreat'],
  DEMAND: ['مطالبة', 'Demand'],
  ACCUSE: ['اتهام', 'Accuse'],
  REJECT: ['رفض', 'Reject'],
  THREATEN: ['تهديد', 'Threaten'],
  PROTEST: ['احتجاج', 'Protest'],
  SANCTION: ['عقوبات', 'Sanction'],
  MOBILIZE: ['تعبئة', 'Mobilize'],
  COERCE: ['إكراه', 'Coerce'],
  ASSAULT: ['هجوم', 'Assault'],
};

export const MODALITY_NAMES: Record<string, [string, string]> = {
  asserted: ['مُثبَت', 'asserted'],
  claimed: ['ادعاء', 'claimed'],
  denied: ['منفي', 'denied'],
  threatened: ['تهديد', 'threatened'],
  intended: ['نيّة', 'intended'],
  conditional: ['مشروط', 'conditional'],
  negated: ['لم يقع', 'negated'],
};

export const QUAD_NAMES: Record<string, [string, string]> = {
  'verbal-cooperation': ['تعاون لفظي', 'verbal cooperation'],
  'material-cooperation': ['تعاون مادي', 'material cooperation'],
  'verbal-conflict': ['صراع لفظي', 'verbal conflict'],
  'material-conflict': ['صراع مادي', 'material conflict'],
};

export const ENTITY_TYPE_NAMES: Record<string, [string, string]> = {
  PERSON: ['شخص', 'person'],
  ORG: ['منظمة', 'organisation'],
  COUNTRY: ['دولة', 'country'],
  PLACE: ['مكان', 'place'],
  GROUP: ['جماعة', 'group'],
  MEDIA: ['وسيلة إعلام', 'media'],
};

export function named(table: Record<string, [string, string]>, key: string | null | undefined): string {
  if (!key) return '';
  const p = table[key];
  return p ? p[lang === 'ar' ? 0 : 1] : key;
}

/** "هجوم ASSAULT" in Arabic, "Assault" in English. */
export function typeLabel(type: string): string {
  return lang === 'ar' ? `${named(TYPE_NAMES, type)} ${type}` : named(TYPE_NAMES, type);
}

/** A day, isolated for bidi (so that "12 Mar 2024" never splits around Arabic text). */
export function dayEl(iso: string): HTMLElement {
  return bdi(formatDay(iso), lang === 'ar' ? 'rtl' : 'ltr', 'date');
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: building one costs more than formatting. */
function dateFormat(parts: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${parts}`;
  let f = FORMATS.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = parts === 'day' ? { year: 'numeric', month: 'short', day: 'numeric' } : parts === 'month' ? { year: 'numeric', month: 'short' } : { year: 'numeric' };
    FORMATS.set(key, (f = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { ...opts, timeZone: 'UTC' })));
  }
  return f;
}

export function formatDay(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const d = Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  if (Number.isNaN(d)) return iso;
  // A month or a year is written as one, not as its first day.
  return dateFormat(m[3] ? 'day' : m[2] ? 'month' : 'year').format(d);
}

/** Applies labels to elements marked data-i18n. */
export function relabel(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
}
