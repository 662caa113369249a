// How soon V8 optimises a function. Its default budget (67,584 bytecode units run per profiler tick) sends
// about 1,000 functions of the pipeline to the optimising compiler in a run of 1,000 SaudiNewsNet reports, many
// of them large and several times over (deoptimised when a new object shape or branch turns up, then compiled
// again): that compiling ran on V8's background threads and was about 40% of the run's CPU (main thread
// 10.2 CPU-s, compiler and GC threads 8.9; `--no-concurrent-recompilation` moved it onto the main thread),
// invisible in a `--cpu-prof` profile. A budget six times larger lets a function gather more type feedback
// before it is compiled: about 40% fewer compiles, `rasad analyze` of those 1,000 reports 0.70 of main's CPU
// side by side (3 pairs; 2.4x: 0.93, 12x: 0.74, 24x: 0.82). Outputs are unchanged (a compiler setting).
// Issue #13 (h-speed11): 1,000,000 against 400,000, the ingest process of 1,000 SaudiNewsNet reports in twelve
// alternating pairs on the shared machine, about 0.94 of the CPU (0.83-1.03); 2,000,000 about the same (three pairs).
// Process-wide (worker threads share it); set once at start-up, before the work.
import v8 from 'node:v8';

/** Bytecode units a function runs between profiler ticks (V8's default: 67,584). */
export const INTERRUPT_BUDGET = 1_000_000;

/** Sets V8's tier-up budget for this process (idempotent). */
export function delayTierUp(budget = INTERRUPT_BUDGET): void {
  if (budget > 0) v8.setFlagsFromString(`--interrupt-budget=${Math.round(budget)}`);
}
