// 'ضبط' is an arrest when people are seized ('ضبط خمسة مطلوبين'), not when goods are seized or temper kept.
// Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('seizing wanted men, suspects or a cell is an arrest', () => {
  assert.ok(types('تمكنت الشرطة العراقية من ضبط خمسة مطلوبين في حي الكرادة ببغداد.').includes('COERCE'));
  assert.ok(types('وأعلنت وزارة الداخلية أنه تم ضبط ثلاثة متهمين بتهريب الأسلحة.').includes('COERCE'));
  assert.ok(types('ضبطت قوات الأمن المصرية خلية إرهابية في محافظة سيناء.').includes('COERCE'));
});

test('seizing goods, keeping calm or adjusting prices is no arrest', () => {
  assert.ok(!types('ضبطت الجمارك شحنة من الأدوية المهربة في الميناء.').includes('COERCE'));
  assert.ok(!types('دعا الوزير الطرفين إلى ضبط النفس وتجنب التصعيد.').includes('COERCE'));
  assert.ok(!types('تعمل الحكومة على ضبط الأسعار في الأسواق المحلية.').includes('COERCE'));
});
