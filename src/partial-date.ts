// A partial date as filters take it (YYYY, YYYY-MM or YYYY-MM-DD), checked against the calendar.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why `s` is not a real YYYY, YYYY-MM or YYYY-MM-DD date, or null when it is one. */
export function partialDateProblem(s: string): string | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return 'not a date (use YYYY, YYYY-MM or YYYY-MM-DD)';
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `there is no month ${mo}`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `${y}-${mo} has no day ${d} (it has ${days})`;
  }
  return null;
}
