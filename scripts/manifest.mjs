#!/usr/bin/env node
// `npm run manifest`: writes custom-elements.json from the classes' JSDoc
// (custom-elements-manifest.config.mjs), then the README's generated attribute tables.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './elements.mjs';

for (const args of [
  [join(projectRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'],
  [join(projectRoot, 'scripts/readme-api.mjs')],
]) {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
