// A place the KB does not know takes the country of the known place the text locates it in
// (src/extract/entities/located-places.ts); with none named beside it, it has no country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const countryOf = (text: string, nameAr: string): string | null | undefined =>
  extractEntities({ text, published: '2024-03-04' }).find((e) => e.type === 'PLACE' && e.name_ar === nameAr)?.country;

test('both places of a dual noun take the country of the province after في', () => {
  const text = 'قصفت الطائرات قريتي كفرشمرين والزعيرة في ريف حلب الشمالي أمس.';
  assert.equal(countryOf(text, 'كفرشمرين'), 'SYR');
  assert.equal(countryOf(text, 'الزعيرة'), 'SYR');
});

test('a place noun glued to ب after the name locates it', () => {
  assert.equal(countryOf('سقطت قذيفة على بلدة كرموش بمحافظة إدلب مساء الأحد.', 'كرموش'), 'SYR');
});

test('a compass word and a place noun between the name and the known city', () => {
  assert.equal(countryOf('اعتقلت القوات ثلاثة شبان من قرية دير زعرور جنوب مدينة نابلس.', 'دير زعرور'), 'PSE');
  assert.equal(countryOf('انفجرت عبوة في حي الشعيلات قرب بغداد صباح اليوم.', 'الشعيلات'), 'IRQ');
});

test('a country named after في locates the place', () => {
  assert.equal(countryOf('غرقت منازل قرية كاسوندا في ميانمار بعد الأمطار.', 'كاسوندا'), 'MMR');
});

test('with no locating phrase after it the place keeps no country', () => {
  assert.equal(countryOf('وصل الوفد إلى قرية كفرشمرين صباح أمس ثم عاد إلى حلب.', 'كفرشمرين'), null);
  assert.equal(countryOf('قصفت الطائرات قرية كفرشمرين، وقالت مصادر في حلب إن القصف عنيف.', 'كفرشمرين'), null);
});

test('a word of lying in before the link: التابعة ل..., الواقعة في ...', () => {
  assert.equal(countryOf('هاجم المسلحون منطقة الكرموشة التابعة لمحافظة تعز فجر اليوم.', 'الكرموشة'), 'YEM');
  assert.equal(countryOf('تقدمت الفصائل في منطقة الكرموشة الواقعة في ريف إدلب.', 'الكرموشة'), 'SYR');
});
