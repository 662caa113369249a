// The CPU time of one thread, as Linux counts it (/proc/self/task/<tid>/stat: utime + stime), so that
// the pool charges a document with what its thread ran, not with the wall time a loaded machine
// stretches. Elsewhere (no /proc) the callers fall back to wall time.
import { readFileSync, readlinkSync } from 'node:fs';

/** /proc counts in USER_HZ, 100 on every Linux architecture Node runs on. */
const TICK_MS = 10;

/** The kernel id of the calling thread (from /proc/thread-self), or null where there is no /proc. */
export function currentThreadId(): number | null {
  try {
    const m = /\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds (user + system) that thread `tid` of this process has used, or null if unreadable. */
export function threadCpuMs(tid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]);
  return Number.isFinite(ticks) ? ticks * TICK_MS : null;
}

/** A clock of the time thread `tid` runs: its CPU time when readable, wall time otherwise. */
export function threadClock(tid: number | null): { now: () => number; cpu: boolean } {
  let last = tid == null ? null : threadCpuMs(tid);
  if (tid == null || last == null) return { now: () => performance.now(), cpu: false };
  // A thread that has exited is unreadable: its clock stops where it was.
  return { now: () => (last = threadCpuMs(tid) ?? last!), cpu: true };
}
