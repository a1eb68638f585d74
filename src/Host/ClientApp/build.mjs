// Bundles the designer, viewer and diff into ../wwwroot/dist (git-ignored; the Host build runs this through
// ClientApp.targets). `node build.mjs --dev` skips minification for debugging.

import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../wwwroot/dist');
const development = process.argv.includes('--dev');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  absWorkingDir: here,
  entryPoints: {
    designer: 'src/designer.js',
    viewer: 'src/viewer.js',
    diff: 'src/diff.js'
  },
  outdir,
  bundle: true,
  format: 'iife',
  target: [ 'es2020', 'chrome100', 'firefox100', 'safari15' ],
  minify: !development,
  sourcemap: development,
  legalComments: 'linked',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'dataurl' },
  logLevel: 'warning',
  metafile: true
});

// The static test page, its sample diagrams and the moddle descriptor (for server-side tools) ship beside the bundles.
const copies = [
  [ 'harness.html', 'harness.html' ],
  [ 'samples/support-request.bpmn', 'samples/support-request.bpmn' ],
  [ 'samples/support-request-revised.bpmn', 'samples/support-request-revised.bpmn' ],
  [ 'src/wo.json', 'wo.json' ]
];
await mkdir(path.join(outdir, 'samples'), { recursive: true });
for (const [ from, to ] of copies) {
  await copyFile(path.join(here, from), path.join(outdir, to));
}

const sizes = Object.entries(result.metafile.outputs)
  .filter(([ file ]) => !file.endsWith('.map'))
  .map(([ file, info ]) => `${path.basename(file)} ${(info.bytes / 1024).toFixed(0)} KiB`);
console.log(`ClientApp built into ${path.relative(process.cwd(), outdir) || outdir}: ${sizes.join(', ')}`);
