#!/usr/bin/env node
// The files generated from the classes' JSDoc, one after another:
//   custom-elements.json           the analyzer (custom-elements-manifest.config.mjs)
//   README.md                      the attribute tables (between <!-- api:start --> and <!-- api:end -->)
//   vscode.html-custom-data.json   editor data (scripts/editor-data.mjs)
//   web-types.json
//   src/frameworks/element-types.ts  the typed elements behind `eindex-widgets/jsx` and `/vue`
//
//   node scripts/manifest.mjs          (`npm run manifest`) writes them
//   node scripts/manifest.mjs --check  (part of `npm test`) writes nothing: fails, naming each
//                                      stale file and its first differing line, when any is not
//                                      what the sources give now
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { projectRoot } from './elements.mjs';
import { apiMarkdown, replaceBlock } from './readme-api.mjs';
import { vscodeCustomData, webTypes } from './editor-data.mjs';
import { ELEMENT_TYPES_FILE, elementTypes } from './element-types.mjs';

const check = process.argv.includes('--check');
const read = (file) => readFileSync(join(projectRoot, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

// In memory, then compared or written: the analyzer's own writing is switched off.
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: projectRoot, noWrite: true });
const expected = new Map([
  ['custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`],
  ['README.md', replaceBlock(read('README.md'), apiMarkdown(manifest))],
  ['vscode.html-custom-data.json', vscodeCustomData(manifest)],
  ['web-types.json', webTypes(manifest, pkg)],
  [ELEMENT_TYPES_FILE, elementTypes(manifest)],
]);

const stale = [];
for (const [file, text] of expected) {
  let current;
  try {
    current = read(file);
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (!check) {
    writeFileSync(join(projectRoot, file), text);
    console.log(`manifest: wrote ${file}`);
    continue;
  }
  if (current === undefined) {
    stale.push(`${file}: missing`);
    continue;
  }
  const have = current.split('\n');
  const want = text.split('\n');
  const line = want.findIndex((w, i) => w !== have[i]);
  const at = line === -1 ? have.length : line;
  stale.push(`${file}, line ${at + 1}:\n      now:      ${JSON.stringify(have[at] ?? '(end of file)')}\n      expected: ${JSON.stringify(want[at] ?? '(end of file)')}`);
}
if (stale.length) {
  console.error(`manifest --check: generated files are stale (the element classes or their JSDoc changed):\n  ${stale.join('\n  ')}\nRun \`npm run manifest\` and commit the result.`);
  process.exit(1);
}
if (check) console.log(`manifest --check: ${[...expected.keys()].join(', ')} are up to date.`);
