// The small text the word-class tests read: towns and people fill the same slots, so a class builder must put
// each group together.
export const towns = ['بغداد', 'دمشق', 'القاهرة', 'عمان'];
export const people = ['محمد', 'علي', 'احمد', 'خالد'];

export function slotText(): string {
  const lines: string[] = [];
  towns.forEach((t, i) =>
    people.forEach((p, j) => {
      lines.push(`وصل ${p} الى ${t} امس .`);
      if ((i + j) % 2) lines.push(`قال ${p} في ${t} ان الوضع هادئ .`);
    }),
  );
  return lines.join('\n');
}
