// People introduced by titles and roles: 'الرئيس الإيراني حسن روحاني', 'اللواء محمد باقري', 'المتحدث باسم القوات
// المسلحة الإيرانية أبو الفضل شكارجي', 'أعلن قادر رحيم زاده نائب قائد ...' (name before an indefinite title),
// 'ذاكر حسنوف، وزير الدفاع الأذربيجاني' (apposition). A name the KB does not know becomes a new PERSON
// (rasad:person:<slug>, English name by transliteration). A title with no name ('الرئيس الأذربيجاني', 'لنظيره
// الأذربيجاني') links to the office holder: a person of the document holding that office, else the KB holder on the
// document's date; an office of a known country with no known holder becomes a role entity (rasad:role:...).
import { LIGHT_RULES, normalizeText } from '../../arabic/normalize.js';
import type { TitleRecord } from '../../kb/records.js';
import { readings, wordReadings, cutOffset } from '../../kb/match-words.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocMention, DocState } from './state.js';
import { antecedentOffice, holderOf } from './office-holders.js';
import { personFromWords, nameStopsAt, afterPerson, opensNoName, echoesName, looseWord, placeInName, absorbPlaces } from './new-person.js';

interface TitleHit {
  first: number;
  last: number;
  cut: number;
  title: TitleRecord;
}

const COMMAS = new Set(['،', ',']);
const APPOSITION_PRONOUNS = new Set(['وهو', 'وهي']);

const titleCache = new WeakMap<DocState, Map<number, TitleHit | null>>();

function titleAt(s: DocState, i: number): TitleHit | null {
  let cache = titleCache.get(s);
  if (!cache) { cache = new Map(); titleCache.set(s, cache); }
  if (cache.has(i)) return cache.get(i)!;
  const hit = titleAtUncached(s, i);
  cache.set(i, hit);
  return hit;
}

function titleAtUncached(s: DocState, i: number): TitleHit | null {
  const w = s.words[i];
  if (!w || w.kind !== 'word' || w.skip) return null;
  let best: TitleHit | null = null;
  for (const r of wordReadings(w)) {
    let node = s.idx.titleTrie.get(r.stem);
    let j = i;
    while (node) {
      if (node.title && (!best || j > best.last || (j === best.last && r.cut < best.cut))) best = { first: i, last: j, cut: r.cut, title: node.title };
      let k = j + 1;
      while (k < s.words.length && s.words[k].skip) k++;
      if (k >= s.words.length || !node.next || s.words[k].kind !== 'word') break;
      // A title does not run into a mention ('الرئيس' + 'الإيراني' is title + nisba).
      if (s.coveredBy(k)) break;
      node = node.next.get(s.words[k].norm);
      j = k;
    }
  }
  return best;
}

function nextSolid(s: DocState, j: number): number {
  while (j < s.words.length && s.words[j].skip) j++;
  return j;
}

function isNameWord(s: DocState, i: number, position: number, inside = false): boolean {
  const w = s.words[i];
  if (!w || w.kind !== 'word' || w.skip || (s.coveredBy(i) && !(inside && placeInName(s, i)))) return false;
  if (!/^[\u0621-\u064A\u0660-\u06FF\u0750-\u077F\u200C]+$/.test(w.text.replace(/[\u064B-\u065F\u0670\u0640]/g, ''))) return false;
  const light = normalizeText(w.text, LIGHT_RULES);
  if (s.idx.stopLight.has(light) || s.idx.stopLight.has(w.norm)) return false;
  if (w.norm.length < 2) return false;
  if (/(اً|ًا)$/.test(w.text)) return false; // tanwin: 'تحديداً'
  // 'بأن', 'لأن': a conjunction whose matching form is a given name (بان, Ban Ki-moon).
  if (/^[وف]?[بل][أإ]ن$/.test(w.text.replace(/[\u064B-\u065F\u0670\u0640]/g, ''))) return false;
  if (!s.idx.givenNames.has(w.norm)) {
    if (w.norm.startsWith('لل')) return false;
    // 'ومعه', 'بتحقيق': a proclitic on a common word.
    if (wordReadings(w).some((r) => r.cut > 0 && (s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem)))) return false;
  }
  if (s.idx.common.has(w.norm) && !s.idx.givenNames.has(w.norm)) return false;
  if (position === 0 && opensNoName(s, w.norm)) return false;
  if (titleAt(s, i)) return false;
  return true;
}

/** Name words from word j: up to three counted words, particles (أبو, عبد, بن) and the word after them free. */
function parseName(s: DocState, j: number): number[] | null {
  const out: number[] = [];
  let counted = 0;
  let k = j;
  let freeNext = false;
  while (k < s.words.length && counted < 3) {
    // A closing quotation mark ends the name ('«الشيخة مزنة» تناقش').
    if (out.length && /[»”]/.test(s.text.slice(s.words[out[out.length - 1]].end, s.words[k].start))) break;
    const echo = echoesName(s, out, k);
    // A place word inside the run, between name words, is part of the name.
    const inside = out.length > 0 && placeInName(s, k) && isNameWord(s, nextSolid(s, k + 1), 1) && s.sentOf[nextSolid(s, k + 1)] === s.sentOf[k];
    if (!((freeNext && looseWord(s, k)) || echo) && (!isNameWord(s, k, out.length, inside) || nameStopsAt(s, out, k))) break;
    const n = s.words[k].norm;
    out.push(k);
    if (echo) break;
    if (s.idx.particles.has(n)) freeNext = true;
    else if (freeNext) freeNext = false;
    else counted++;
    k = nextSolid(s, k + 1);
    if (s.sentOf[k] !== s.sentOf[j]) break;
  }
  while (out.length && s.idx.particles.has(s.words[out[out.length - 1]].norm)) out.pop();
  if (out.length < 2) return null;
  return out;
}

interface Phrase {
  /** Office code and its scope (country ISO3 or organisation id). */
  office: string | null;
  scope: string | null;
  country: string | null;
  role: string | null;
  sector: string | null;
  kind: TitleRecord['kind'];
  /** Last word of the title phrase. */
  end: number;
  /** First word after the phrase (a name may start there). */
  next: number;
  /** A person mention found right after the phrase. */
  person: DocMention | null;
  /** Word where a rank or honorific interrupted the phrase ('قائد القوات البحرية ... الفريق ركن عبدالله ...'). */
  rankAt: number | null;
}

/**
 * A name set off by commas after a title of a country or an organisation ('وزيرة الدولة ... السودانية، انجلينا مانج،
 * إن'): two or three name words and a closing comma.
 */
function enclosedName(s: DocState, k: number): boolean {
  const ws = k < s.words.length && !s.coveredBy(k) ? parseName(s, k) : null;
  if (!ws) return false;
  const after = nextSolid(s, ws[ws.length - 1] + 1);
  return after < s.words.length && s.sentOf[after] === s.sentOf[k] && COMMAS.has(s.words[after].text);
}

/** A definite title whose country's nisba stands right after it ('الرئيس التركي', 'الملك الأردني'): the phrase is closed. */
function nisbaClosed(s: DocState, t: TitleHit, country: string | null): boolean {
  if (!country || !/^[وف]?ال/.test(s.words[t.first].norm)) return false;
  const m = s.startingAt(nextSolid(s, t.last + 1));
  return !!m && m.form === 'nisba' && s.entities.get(m.id)?.info.type === 'COUNTRY';
}

/** Reads a title phrase: the title, deputies, the country or organisation it belongs to, complement words. */
function readPhrase(s: DocState, t: TitleHit): Phrase {
  let kind = t.title.kind;
  let office = t.title.office;
  let roleEn = t.title.role_en;
  let sector = t.title.sector;
  let deputy = kind === 'deputy';
  let scope: string | null = null;
  let country: string | null = null;
  let scopeName: string | null = null;
  let end = t.last;
  let j = nextSolid(s, t.last + 1);
  let person: DocMention | null = null;
  let rankAt: number | null = null;
  const sent = s.sentOf[t.first];
  for (let steps = 0; j < s.words.length && steps < 12 && s.sentOf[j] === sent; steps++) {
    const w = s.words[j];
    const m = s.startingAt(j);
    if (m) {
      const e = s.entities.get(m.id)!.info;
      if (e.type === 'PERSON') { person = m; break; }
      // 'وانتقد الرئيس التركي الاتحاد الأوروبي': a definite title with its country's nisba right after it is a whole
      // phrase; a body named next is no genitive of it (the president of Turkey, not the head of the EU).
      if (e.type !== 'COUNTRY' && nisbaClosed(s, t, country)) break;
      if (e.type === 'COUNTRY') {
        if (!country) { country = e.country; if (!scope) { scope = e.country; scopeName = e.name_en; } }
      } else if (!scope || scope === country) {
        scope = m.id;
        scopeName = e.name_en;
        if (!country) country = e.country;
      }
      end = m.last;
      j = nextSolid(s, m.last + 1);
      continue;
    }
    if (w.kind === 'punct') {
      if (COMMAS.has(w.text)) {
        const k = nextSolid(s, j + 1);
        const pm = s.startingAt(k);
        if ((pm && s.typeOf(pm) === 'PERSON') || (k < s.words.length && s.idx.givenNames.has(s.words[k].norm) && !s.coveredBy(k))
          || (country && enclosedName(s, k))) {
          j = k;
          continue;
        }
      }
      break;
    }
    const t2 = titleAt(s, j);
    if (t2 && !s.coveredBy(j)) {
      const linked = t2.cut > 0 && !wordReadings(w).find((r) => r.cut === t2.cut)?.conj; // 'لرئيس', 'بمجلس'
      if (deputy || kind === 'deputy') {
        roleEn = `Deputy ${t2.title.role_en ?? ''}`.trim();
        office = t2.title.office ? `deputy_${t2.title.office}` : office;
        kind = t2.title.kind === 'office' ? 'office' : 'function';
        sector = t2.title.sector ?? sector;
        deputy = false;
      } else if ((kind === 'rank' || kind === 'honorific') && (t2.title.kind === 'office' || t2.title.kind === 'function')) {
        kind = t2.title.kind;
        office = t2.title.office;
        roleEn = t2.title.role_en;
        sector = t2.title.sector ?? sector;
      } else if (t2.title.kind === 'rank' || t2.title.kind === 'honorific') {
        rankAt = j;
        break;
      } else if (wordReadings(w).find((r) => r.cut === t2.cut)?.conj || (kind === 'office' && !linked)) {
        break; // a second title: another person ('رئيس الأركان الإيراني ووزير الدفاع الأذربيجاني')
      }
      // Otherwise a genitive complement: 'مستشار المرشد', 'المتحدث باسم زعيم ...', 'رئيس لجنة ... لرئيس'.
      end = t2.last;
      j = nextSolid(s, t2.last + 1);
      continue;
    }
    // 'مدير الشرطة في محافظة نينوى X': the body held in after في; a place says where (its country kept), not whose.
    const inScope = w.norm === 'في' ? s.startingAt(nextSolid(s, j + 1)) : null;
    if (inScope && s.typeOf(inScope) !== 'PERSON') {
      if (s.typeOf(inScope) === 'PLACE') [country, end, j] = [country ?? s.entities.get(inScope.id)!.info.country, inScope.last, nextSolid(s, inScope.last + 1)];
      else j = nextSolid(s, j + 1);
      continue;
    }
    const stems = wordReadings(w).map((r) => r.stem);
    if (stems.some((x) => s.idx.complements.has(x))) {
      end = j;
      j = nextSolid(s, j + 1);
      continue;
    }
    break;
  }
  // 'رئيس الاستخبارات الروسية': the head of a pattern organisation holds its head office in the country.
  // (An organisation the report names and the KB does not know is the document's: 'رئيس جمعية البر'.)
  const scopeInfo = scope ? s.entities.get(scope)?.info ?? s.idx.entities.get(scope) : undefined;
  if (scopeInfo?.headOffice && (office === 'head_of_state' || office === 'commander' || office === 'director' || office === 'leader')) {
    office = scopeInfo.headOffice;
    roleEn = 'Head';
    scope = scopeInfo.country;
  } else if ((office === 'head_of_state' || kind === 'function') && scope && scope !== country && scopeInfo && scopeInfo.type !== 'PLACE' && !scope.startsWith('rasad:org:government:')) {
    // 'رئيس البرلمان الليبي', 'رئيس بعثة الأمم المتحدة': the head of that body; 'المتحدث باسم الصليب الأحمر': its voice; of its sector.
    roleEn = office === 'head_of_state' ? 'Head' : roleEn;
    sector = scopeInfo?.sector ?? sector;
  } else if (scope && scope !== country && (scopeInfo?.type === 'ORG' || scopeInfo?.type === 'GROUP') && scopeInfo.sector && !scope.startsWith('rasad:org:government:')) {
    // 'الأمين العام للأمم المتحدة', 'الأمين العام لحزب الله': an office of a body is of the body's sector.
    sector = scopeInfo.sector;
  }
  const role = roleEn ? (scopeName ? `${roleEn} of ${scopeName}` : roleEn) : null;
  return { office, scope, country, role, sector, kind, end, next: j, person, rankAt };
}

function titleSpan(s: DocState, t: TitleHit, end: number): { start: number; end: number } {
  const w = s.words[t.first];
  return { start: w.start + cutOffset(w.text, t.cut), end: s.words[end].end };
}

/** The person mention that ends right before word i (directly or across a comma): an apposition. */
function personBefore(s: DocState, i: number): DocMention | null {
  let k = i - 1;
  while (k >= 0 && s.words[k].skip) k--;
  // 'X، وهو ممثل لـ...': the pronoun that opens the apposition.
  if (k >= 0 && APPOSITION_PRONOUNS.has(s.words[k].norm)) k--;
  while (k >= 0 && s.words[k].skip) k--;
  if (k >= 0 && COMMAS.has(s.words[k].text)) k--;
  while (k >= 0 && s.words[k].skip) k--;
  const m = k >= 0 ? s.coveredBy(k) : null;
  return m && m.last === k && s.typeOf(m) === 'PERSON' ? m : null;
}

function recordOffice(s: DocState, id: string, p: Phrase): void {
  const e = s.entities.get(id)!;
  // An office or function ('وزير الدفاع الأذربيجاني') is a better role than a rank ('الجنرال').
  const strength = p.kind === 'rank' || p.kind === 'honorific' ? 1 : 2;
  if (p.role && strength > e.roleStrength) { e.role = p.role; e.roleStrength = strength; }
  if (p.office && p.scope) e.offices.add(`${p.office}|${p.scope}`);
  if (p.office && p.country) e.offices.add(`${p.office}|${p.country}`);
  if (!e.info.country && p.country) e.info = { ...e.info, country: p.country };
  if (!e.info.sector && p.sector) e.info = { ...e.info, sector: p.sector };
}

/** Finds titles, the people they introduce and the office holders they stand for. */
export function findPeople(s: DocState): void {
  const n = s.words.length;
  const alone: { t: TitleHit; p: Phrase }[] = [];
  // Pass 1: titles with a name or an apposition; titles alone wait until every named person is known.
  for (let i = 0; i < n; i++) {
    if (s.coveredBy(i)) continue;
    const t = titleAt(s, i);
    if (!t) continue;
    const p = readPhrase(s, t);
    const mention = (id: string) => addTitle(s, t, p, id);
    // 'متحدث باسم خليفة حفتر', 'مستشار الرئيس X': a person right after these is whom the post serves.
    if (p.person && p.end === t.last && (t.title.office === 'spokesperson' || t.title.office === 'advisor')) {
      i = p.person.last;
      continue;
    }
    // A rank inside the phrase introduces the person: both titles are theirs.
    if (p.rankAt != null) {
      const t2 = titleAt(s, p.rankAt)!;
      const p2 = readPhrase(s, t2);
      const nw = p2.person ? null : parseName(s, p2.next);
      let id: string | null = p2.person?.id ?? null;
      if (!id && nw) {
        absorbPlaces(s, nw);
        const np = personFromWords(s, nw);
        s.add(np.id, { start: np.start, end: np.end, first: nw[0], last: nw[nw.length - 1], form: 'name', top: true }, np.info);
        id = np.id;
      }
      if (id) {
        addTitle(s, t2, p2, id);
        mention(id);
        i = p2.person ? p2.person.last : nw![nw!.length - 1];
        continue;
      }
    }
    // A KB person right after the phrase.
    if (p.person) {
      mention(p.person.id);
      i = p.person.last;
      continue;
    }
    // A name right after the phrase.
    const nameWords = p.next < n && t.title.kind !== 'deputy' ? parseName(s, p.next) : null;
    // After an office with no country or organisation ('السلطان تدشين جسر'), only a known given name opens a name; a
    // post of an international body names its holder ('المبعوثة الأممية'), and so does any post before a foreign name that
    // holds a small place's name ('المبعوثة الأممية جينين هينيس بلاسخارت').
    const licensed = nameWords && (s.idx.givenNames.has(s.words[nameWords[0]].norm) || t.title.kind === 'rank' || t.title.kind === 'honorific'
      || (p.scope != null && t.title.kind !== 'counterpart') || (t.title.kind === 'function' && (t.title.sector === 'IGO' || nameWords.some((k) => placeInName(s, k)))));
    if (nameWords && licensed) {
      absorbPlaces(s, nameWords);
      const np = personFromWords(s, nameWords);
      s.add(np.id, { start: np.start, end: np.end, first: nameWords[0], last: nameWords[nameWords.length - 1], form: 'name', top: true }, np.info);
      mention(np.id);
      i = nameWords[nameWords.length - 1];
      continue;
    }
    // An apposition: the phrase follows a person ('ذاكر حسنوف، وزير الدفاع الأذربيجاني').
    const before = personBefore(s, t.first);
    const comma = t.first > 0 && COMMAS.has(s.words[t.first - 1].text);
    // An indefinite title right after a name is its apposition too ('عبد العاطي العبيدي وزير خارجية ...').
    const indefinite = !s.words[t.first].norm.startsWith('ال') && t.cut === 0;
    // '، ووزير النقل': a title joined by و is someone else.
    const joined = t.cut > 0 && /^[وف]/.test(s.words[t.first].norm);
    if (before && t.title.kind !== 'counterpart' && !joined && (comma || p.end > t.last || indefinite)) {
      mention(before.id);
      i = p.end;
      continue;
    }
    // A name before an indefinite title ('أعلن قادر رحيم زاده نائب قائد ...').
    if (!s.words[t.first].norm.startsWith('ال') && t.cut === 0 && t.title.kind !== 'counterpart') {
      const back: number[] = [];
      let k = t.first - 1;
      while (k >= 0 && back.length < 4 && isNameWord(s, k, 1)) { back.unshift(k); k--; }
      while (back.length >= 2 && !s.idx.givenNames.has(s.words[back[0]].norm)) back.shift();
      if (back.length >= 2 && !afterPerson(s, back[0])) {
        const np = personFromWords(s, back);
        s.add(np.id, { start: np.start, end: np.end, first: back[0], last: back[back.length - 1], form: 'name', top: true }, np.info);
        mention(np.id);
        i = p.end;
        continue;
      }
    }
    alone.push({ t, p });
    i = Math.max(i, p.end);
  }
  // Pass 2: a title alone stands for the office holder.
  for (const { t, p } of alone) {
    if (t.title.kind === 'counterpart') {
      const office = antecedentOffice(s, t.first);
      if (office) { p.office = office; p.scope = p.country; }
    }
    if (!p.office || !p.scope) continue;
    if (!(t.title.kind === 'office' || t.title.kind === 'counterpart' || t.title.kind === 'function' || p.kind === 'office')) continue;
    const holder = holderOf(s, p.office, p.scope, p.country);
    if (holder) {
      addTitle(s, t, p, holder);
    } else if (p.kind === 'office' && t.title.kind !== 'counterpart' && p.role) {
      const id = `rasad:role:${p.office.replace(/_/g, '-')}:${p.scope.replace(/^rasad:[a-z]+:/, '').toLowerCase()}`;
      const span = titleSpan(s, t, p.end);
      const info: EntityInfo = entityInfo({ id, type: 'PERSON', name_en: p.role, name_ar: s.text.slice(span.start, span.end), country: p.country, geo: null, sector: p.sector, gender: 'm' });
      s.add(id, { start: span.start, end: span.end, first: t.first, last: p.end, form: 'title', top: false }, info);
      recordOffice(s, id, p);
    }
  }
}

function addTitle(s: DocState, t: TitleHit, p: Phrase, id: string): void {
  const span = titleSpan(s, t, p.end);
  s.add(id, { start: span.start, end: span.end, first: t.first, last: p.end, form: t.title.kind === 'counterpart' ? 'pronoun' : 'title', top: false });
  recordOffice(s, id, p);
}
