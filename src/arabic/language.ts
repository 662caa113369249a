// Script-based language identification, enough to route documents: Arabic, Persian, Urdu,
// English (Latin script), or 'und'.

const PERSIAN_LETTERS = /[پچژگ]/gu; // ی and ک alone also come from Persian keyboards typing Arabic
const URDU_LETTERS = /[ٹڈڑںھےۓ]/gu;
const PERSIAN_WORDS = /(^|\s)(است|این|که|را|می|های|برای|شده|ایران)(?=\s|$)/gu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const arabicScript = (sample.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (arabicScript === 0 && latin === 0) return 'und';
  if (latin > arabicScript * 2) return 'en';
  const urdu = (sample.match(URDU_LETTERS) ?? []).length;
  const persian = (sample.match(PERSIAN_LETTERS) ?? []).length + 5 * (sample.match(PERSIAN_WORDS) ?? []).length;
  if (urdu > arabicScript * 0.02) return 'ur';
  if (persian > arabicScript * 0.03) return 'fa';
  return 'ar';
}
