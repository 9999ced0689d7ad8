#!/usr/bin/env node
// `npm run build`: every distributable in dist/, then a check of what was written.
//   dist/custom-elements.json  a copy of the committed manifest (`npm run manifest` writes it;
//                              the build only reads it, so `npm test` changes no tracked file)
//   dist/eindex-widgets.js     the whole set, one self-contained minified ES module
//   dist/eindex-<name>.js      one element, self-contained (a CDN page that wants only it)
//   dist/esm/…                 the same entries for bundlers: lit and d3 as imports, shared chunks
//   dist/types/…               .d.ts for the esm entries, `eindex-widgets/jsx`, `/vue`, embed-host.js
//   dist/THIRD-PARTY-NOTICES.md  the licences of what the bundles hold (lit, d3-array)
//   dist/embed.html + embed/   the iframe page;  dist/embed-host.js  sizes such iframes
//   dist/data/                 every file in data/ (documents, schema, their README), so dist/ is a
//                              folder to copy to a site as is (the package ships data/ itself:
//                              `eindex-widgets/data/<file>`)
//   dist/cli/eindex-widgets.js the `eindex-widgets` command (package.json `bin`), one Node module
//   dist/eindex-static.css     the stylesheet of static renderings (`eindex-widgets render`)
import { build, runnerImport } from 'vite';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './elements.mjs';

const started = performance.now();
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The configs themselves, from vite.config.ts (a TypeScript module, hence vite's runnerImport).
// runnerImport sets NODE_ENV to development when it is unset, which would build lit's dev mode.
const nodeEnv = process.env.NODE_ENV;
const { module: viteConfig } = await runnerImport(join(projectRoot, 'vite.config.ts'));
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
for (const { config } of viteConfig.buildTargets()) {
  await build({ ...config, configFile: false, logLevel: 'warn' });
}
run(process.execPath, [join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

const dist = join(projectRoot, 'dist');
// Hand-written declarations tsc does not emit (it compiles .ts, and copies no .d.ts).
copyFileSync(join(projectRoot, 'src/embed-html.d.ts'), join(dist, 'types/embed-html.d.ts'));
copyFileSync(join(projectRoot, 'src/static-css.d.ts'), join(dist, 'types/static-css.d.ts'));
copyFileSync(join(projectRoot, 'custom-elements.json'), join(dist, 'custom-elements.json'));
mkdirSync(join(dist, 'data'), { recursive: true });
// Files a script generates into data/ for local runs (fictional-10000.json) are in .gitignore.
const ignored = new Set(readFileSync(join(projectRoot, '.gitignore'), 'utf8').split('\n').filter((line) => line.startsWith('data/')).map((line) => line.slice('data/'.length).trim()));
for (const name of readdirSync(join(projectRoot, 'data'))) {
  if (!ignored.has(name)) copyFileSync(join(projectRoot, 'data', name), join(dist, 'data', name));
}

// The command is run once from dist/, as an installed package would run it: it prints the
// stylesheet that pages with static renderings link to.
const cli = join(dist, 'cli', 'eindex-widgets.js');
chmodSync(cli, 0o755);
const stylesheet = spawnSync(process.execPath, [cli, 'stylesheet'], { cwd: projectRoot, encoding: 'utf8' });
if (stylesheet.status !== 0) {
  console.error(stylesheet.stderr);
  process.exit(1);
}
writeFileSync(join(dist, 'eindex-static.css'), stylesheet.stdout);

run(process.execPath, ['scripts/check-dist.mjs']);
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
