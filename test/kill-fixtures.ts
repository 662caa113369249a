// What the kill -9 tests share: the sentences their reports are built from, and the rows of a SQLite store compared
// across runs (every table in a fixed order, without the times of analysis and the input names, which differ from run to run).
import Database from 'better-sqlite3';

export const REPORT_LINES = [
  'قصفت المدفعية بلدة حدودية مساء الأحد وقتل مدنيان.',
  'واعتقلت قوات الأمن عشرين شخصا في محافظة الأنبار.',
  'وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين قرب القصر الرئاسي.',
  'وقال المتحدث باسم الجيش إن طائرة مسيرة أسقطت قرب المطار.',
  'ودعت الأمم المتحدة جميع الأطراف إلى وقف إطلاق النار.',
];

/** Every row of the store's tables, in a fixed order; the times of analysis and the API's input names
 * (which carry the time of the request) left out. */
export function rows(db: string): Record<string, unknown[]> {
  const d = new Database(db, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of ['documents', 'errors', 'entities', 'mentions', 'times', 'quantities', 'quotes', 'events', 'documents_fts']) {
      const cols = (d.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name).filter((c) => !['analysed_at', 'at', 'input'].includes(c));
      const list = cols.map((c) => `"${c}"`).join(', ');
      out[table] = (d.prepare(`SELECT ${list} FROM ${table} ORDER BY ${list}`).all() as Record<string, unknown>[]).map((r) => {
        if (typeof r.analysis !== 'string') return r;
        const { input: _input, ...analysis } = JSON.parse(r.analysis) as Record<string, unknown>;
        return { ...r, analysis };
      });
    }
    return out;
  } finally {
    d.close();
  }
}

export function integrity(db: string): string {
  const d = new Database(db);
  try {
    return (d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  } finally {
    d.close();
  }
}
