// Starting a worker thread on a module beside this one, from dist/ (.js) or under tsx (.ts: the
// thread registers tsx's loader first, since execArgv does not reach a worker's entry on Node 20).
import { Worker } from 'node:worker_threads';

/** A worker thread running `script` (a sibling module), from dist/ or under tsx. */
export function startModuleWorker(script: string, workerData: unknown): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(`./${script}.${ts ? 'ts' : 'js'}`, import.meta.url);
  if (!ts) return new Worker(url, { workerData, execArgv: [] });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData, execArgv: [] });
}
