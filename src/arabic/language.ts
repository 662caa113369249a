// Script-based language identification, enough to route documents: Arabic, Persian, Urdu,
// English (Latin script), or 'und'.

const PERSIAN_LETTERS = /[پچژگ]/gu; // ی and ک alone also come from Persian keyboards typing Arabic
const URDU_LETTERS = /[ٹڈڑںھےۓ]/gu;
const PERSIAN_WORDS = /(^|\s)(است|این|که|را|می|های|برای|شده|ایران)(?=\s|$)/gu;

/** U+0600-06FF, 0750-077F, FB50-FDFF, FE70-FEFF (counted without building an array of matches). */
function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  let arabicScript = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isArabicScript(c)) arabicScript++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (arabicScript === 0 && latin === 0) return 'und';
  if (latin > arabicScript * 2) return 'en';
  const urdu = (sample.match(URDU_LETTERS) ?? []).length;
  const persian = (sample.match(PERSIAN_LETTERS) ?? []).length + 5 * (sample.match(PERSIAN_WORDS) ?? []).length;
  if (urdu > arabicScript * 0.02) return 'ur';
  if (persian > arabicScript * 0.03) return 'fa';
  return 'ar';
}
