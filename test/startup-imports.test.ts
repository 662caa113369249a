// Start-up loads only what analysing JSON or plain text needs: the HTML reader (linkedom, Readability), the
// feed parser, the stores' drivers, the server and the progress bar are imported by the commands and inputs that use them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';

/** The bare package names a child process resolves while it runs `script` (an ES module body). */
function packagesResolved(script: string): Set<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-imports-'));
  try {
    const log = path.join(dir, 'resolved.txt');
    const hooks = path.join(dir, 'hooks.mjs');
    writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  appendFileSync(${JSON.stringify(log)}, specifier + '\\n');
  return next(specifier, context);
}\n`);
    writeFileSync(log, '');
    const register = `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script], {
      cwd: ROOT, encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    return new Set(readFileSync(log, 'utf8').split('\n').filter((s) => s && !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('file:') && !s.startsWith('node:')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('analysing a JSON record loads neither the HTML reader nor a store, server or progress bar', () => {
  const src = (f: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'src', f)).href);
  const seen = packagesResolved(`
    const { buildProgram } = await import(${src('cli/program.ts')});
    buildProgram();
    const { recordToRaw } = await import(${src('ingest/read.ts')});
    const { analyzeResult } = await import(${src('pipeline.ts')});
    const doc = analyzeResult(recordToRaw({ title: 'خبر', text: 'قصفت طائرات حربية مدينة حلب أمس.', published: '2020-01-02' }, 'one', 1 << 20));
    if (!doc.events) throw new Error('no analysis');`);
  assert.ok(seen.has('commander'), `the hook saw: ${[...seen].join(' ')}`);
  for (const p of ['linkedom', '@mozilla/readability', 'pg', 'hono', '@hono/node-server', 'cli-progress', 'fast-xml-parser']) assert.ok(!seen.has(p), `${p} was loaded`);
});

test('an HTML page is read by the HTML reader loaded on demand', () => {
  const seen = packagesResolved(`
    const { extractHtml } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src', 'ingest', 'html.ts')).href)});
    const a = extractHtml('<html><head><title>عنوان</title></head><body><article><p>${'نص الخبر الكامل هنا. '.repeat(20)}</p></article></body></html>');
    if (!a.text.includes('نص الخبر')) throw new Error(a.text);`);
  // linkedom is required lazily (CommonJS), which the ES module hook does not see; the page was read.
  assert.ok(!seen.has('linkedom'));
});
