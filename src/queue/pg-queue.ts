// A work queue in PostgreSQL: raw documents wait in the `queue` table (src/store/pg-schema.ts),
// keyed by input and content hash so that enqueuing twice adds nothing. Workers claim batches with
// SELECT ... FOR UPDATE SKIP LOCKED under a lease (lease_until); a crashed worker's lease expires
// and another worker takes the jobs over. Completing a batch stores its analyses and marks its jobs
// done in one transaction, and only for jobs the worker still holds, so a job whose lease was taken
// over is stored by exactly one worker; the store is idempotent by content id besides.
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isErrorDoc, type AnalysisResult } from '../doc.js';
import type { RawDoc } from '../ingest/read.js';
import type { PostgresStore } from '../store/postgres.js';
import type { PutResult } from '../store/store.js';

export interface Job {
  id: number;
  input: string;
  raw: RawDoc;
  attempts: number;
}

export interface Claim {
  token: string;
  jobs: Job[];
}

export interface QueueCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
}

export interface EnqueueResult {
  /** Jobs newly queued. */
  added: number;
  /** Already queued (same input, same content). */
  existing: number;
}

/** The queued form of a raw document: what analyzeRaw reads. */
function rawJson(r: RawDoc): string {
  return JSON.stringify({
    input: r.input, title: r.title, body: r.body, ...(r.titleInBody ? { titleInBody: true } : {}),
    published: r.published, outlet: r.outlet, url: r.url, warnings: r.warnings ?? [],
  });
}

/** Hash of a raw document's content (everything but its input name). */
export function rawHash(r: RawDoc): string {
  return createHash('sha256')
    .update(JSON.stringify([r.title, r.body, !!r.titleInBody, r.published, r.outlet, r.url]), 'utf8')
    .digest('hex');
}

export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

const nul = (s: string) => (s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

export class PgQueue {
  constructor(
    readonly store: PostgresStore,
    readonly opts: { maxAttempts?: number } = {},
  ) {}

  get maxAttempts(): number {
    return this.opts.maxAttempts ?? 5;
  }

  /** Queues raw documents (in one statement per call); a document queued before is not added again. */
  async enqueue(raws: RawDoc[]): Promise<EnqueueResult> {
    if (!raws.length) return { added: 0, existing: 0 };
    const r = await this.store.pool.query(
      `INSERT INTO queue (input, hash, raw) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (input, hash) DO NOTHING`,
      [raws.map((x) => nul(x.input)), raws.map(rawHash), raws.map((x) => nul(rawJson(x)))],
    );
    const added = r.rowCount ?? 0;
    return { added, existing: raws.length - added };
  }

  /**
   * Claims up to `n` jobs for `leaseMs`: pending ones, and running ones whose lease has expired
   * (their worker died). Jobs that have used up their attempts are failed instead.
   */
  async claim(n: number, leaseMs: number, worker: string): Promise<Claim> {
    const token = randomUUID();
    await this.store.pool.query(
      `WITH x AS (SELECT id FROM queue WHERE state = 'running' AND lease_until < now() AND attempts >= $1 FOR UPDATE SKIP LOCKED)
       UPDATE queue q SET state = 'failed', claim = NULL, lease_until = NULL,
              error = coalesce(q.error, 'lease expired after ' || q.attempts || ' attempts')
       FROM x WHERE q.id = x.id`,
      [this.maxAttempts],
    );
    const r = await this.store.pool.query<{ id: string; input: string; raw: string; attempts: number }>(
      `WITH c AS (
         SELECT id FROM queue
         WHERE state IN ('pending', 'running') AND (state = 'pending' OR lease_until < now()) AND attempts < $1
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE queue q SET state = 'running', attempts = q.attempts + 1, claim = $3, worker = $4,
              lease_until = now() + $5 * interval '1 millisecond'
       FROM c WHERE q.id = c.id
       RETURNING q.id, q.input, q.raw, q.attempts`,
      [this.maxAttempts, n, token, worker, leaseMs],
    );
    const jobs = r.rows
      .map((row) => ({ id: Number(row.id), input: row.input, raw: JSON.parse(row.raw) as RawDoc, attempts: row.attempts }))
      .sort((a, b) => a.id - b.id);
    return { token, jobs };
  }

  /** Extends the lease of the jobs still held under `claim`. */
  async renew(claim: Claim, leaseMs: number): Promise<number> {
    const r = await this.store.pool.query(
      `UPDATE queue SET lease_until = now() + $2 * interval '1 millisecond' WHERE claim = $1 AND state = 'running'`,
      [claim.token, leaseMs],
    );
    return r.rowCount ?? 0;
  }

  /**
   * Stores the analyses of a claim (results[i] for claim.jobs[i]) and marks the jobs done, in one
   * transaction. Jobs whose lease another worker has taken over are left to that worker.
   */
  async complete(claim: Claim, results: AnalysisResult[]): Promise<PutResult & { lost: number }> {
    return this.store.transaction(async (client) => {
      const held = await client.query<{ id: string }>(
        `SELECT id FROM queue WHERE id = ANY($1::bigint[]) AND claim = $2 AND state = 'running' ORDER BY id FOR UPDATE`,
        [claim.jobs.map((j) => j.id), claim.token],
      );
      const ids = new Set(held.rows.map((r) => Number(r.id)));
      const keep: AnalysisResult[] = [];
      const done: { id: number; doc: string | null; error: string | null }[] = [];
      claim.jobs.forEach((j, i) => {
        if (!ids.has(j.id)) return;
        const d = results[i];
        keep.push(d);
        done.push({ id: j.id, doc: isErrorDoc(d) ? null : d.id, error: isErrorDoc(d) ? `${d.error.code}: ${d.error.message}` : null });
      });
      const put = keep.length ? await this.store.putBatchIn(client, keep) : { added: 0, skipped: 0, errors: 0 };
      if (done.length) {
        await client.query(
          `UPDATE queue q SET state = 'done', done_at = now(), lease_until = NULL, doc_id = u.doc_id, error = u.error
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, doc_id, error) WHERE q.id = u.id`,
          [done.map((x) => x.id), done.map((x) => x.doc), done.map((x) => (x.error ? nul(x.error) : null))],
        );
      }
      return { ...put, lost: claim.jobs.length - done.length };
    });
  }

  /** Gives a claim back (after an error): the jobs wait again, or fail once out of attempts. */
  async release(claim: Claim, error: string): Promise<void> {
    await this.store.pool.query(
      `UPDATE queue SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
              claim = NULL, lease_until = NULL, error = $2
       WHERE claim = $1 AND state = 'running'`,
      [claim.token, nul(error), this.maxAttempts],
    );
  }

  async counts(): Promise<QueueCounts> {
    const r = await this.store.pool.query<{ state: keyof QueueCounts; n: number }>('SELECT state, count(*)::int AS n FROM queue GROUP BY state');
    const out: QueueCounts = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const row of r.rows) out[row.state] = row.n;
    return out;
  }

  /** Milliseconds until the earliest running lease expires (null when nothing runs). */
  async nextExpiry(): Promise<number | null> {
    const r = await this.store.pool.query<{ ms: number | null }>(
      `SELECT (extract(epoch FROM min(lease_until) - now()) * 1000)::float8 AS ms FROM queue WHERE state = 'running'`,
    );
    const ms = r.rows[0]?.ms;
    return ms == null ? null : Math.max(0, ms);
  }
}
