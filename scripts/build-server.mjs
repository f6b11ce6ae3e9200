// Bundles what runs beside Next's build: the HTTP server (scripts/server.ts → dist/server.mjs, Next and the
// other packages left to node_modules) and the extraction worker (lib/server/extract-worker.ts →
// dist/extract-worker.mjs, the engine with its lexicons and gazetteer), which the server's worker threads run.
// Part of `npm run build`.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };
// Bundled CommonJS code may call require: give the ES module one.
const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

export async function buildServer(outdir = path.join(ROOT, 'dist')) {
  await build({ ...common, banner, entryPoints: [path.join(ROOT, 'lib', 'server', 'extract-worker.ts')], outfile: path.join(outdir, 'extract-worker.mjs') });
  await build({ ...common, banner, entryPoints: [path.join(ROOT, 'scripts', 'server.ts')], outfile: path.join(outdir, 'server.mjs'), packages: 'external' });
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildServer(process.argv[2]);
  console.log(`dateline: server and extraction worker bundled in ${path.relative(ROOT, out) || '.'}`);
}
