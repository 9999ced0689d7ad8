#!/usr/bin/env node
// `npm run build`: every distributable in dist/, then a check of what was written.
//   custom-elements.json   the manifest (also copied to dist/)
//   dist/eindex-widgets.js     the whole set, one self-contained minified ES module
//   dist/eindex-<name>.js      one element, self-contained (a CDN page that wants only it)
//   dist/esm/…                 the same entries for bundlers: lit and d3 as imports, shared chunks
//   dist/types/…               .d.ts for the esm entries
//   dist/embed.html + embed/   the iframe page;  dist/embed-host.js  sizes such iframes
//   dist/data/                 the shipped documents, so dist/ is a folder to copy to a site as is
import { build } from 'vite';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTargets, projectRoot } from './elements.mjs';

const started = performance.now();
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/manifest.mjs']);
for (const mode of buildTargets) {
  await build({ configFile: join(projectRoot, 'vite.config.ts'), mode, logLevel: 'warn' });
}
run(process.execPath, [join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

const dist = join(projectRoot, 'dist');
copyFileSync(join(projectRoot, 'custom-elements.json'), join(dist, 'custom-elements.json'));
mkdirSync(join(dist, 'data'), { recursive: true });
for (const name of ['municipalities-2021.json', 'institutions.json', 'fictional.json', 'eindex.schema.json']) {
  copyFileSync(join(projectRoot, 'data', name), join(dist, 'data', name));
}

run(process.execPath, ['scripts/check-dist.mjs']);
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
