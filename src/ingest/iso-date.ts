// Dates of page and feed metadata as YYYY-MM-DD. Its own module so that reading JSON or plain text
// never loads the HTML reader (linkedom costs a tenth of a CPU-second and 20 MB at start-up).

/** Normalises a date-ish meta value to YYYY-MM-DD. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (value.length > 100) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
