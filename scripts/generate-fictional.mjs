#!/usr/bin/env node
// CLI around scripts/fictional.mjs: writes a FICTIONAL E-index document.
//
//   node scripts/generate-fictional.mjs [--seed N] [--entities N] [--editions K] [--out path]
//
// Defaults: --seed 1 --entities 119 --editions 4 --out data/fictional.json
// (`npm run data:fictional`). For the large test set:
//   node scripts/generate-fictional.mjs --entities 10000 --out data/fictional-10000.json
// (not committed; tests call generateFictional() directly).
//
// Output: one entity per line, so diffs between seeds or versions stay readable.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFictional, MAX_ENTITIES } from './fictional.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function usage(message) {
  if (message) console.error(`generate-fictional: ${message}`);
  console.error(
    'usage: node scripts/generate-fictional.mjs [--seed N] [--entities N (1–' +
      MAX_ENTITIES +
      ')] [--editions K] [--out path]',
  );
  process.exit(message ? 2 : 0);
}

const options = { seed: 1, entities: 119, editions: 4 };
let out = 'data/fictional.json';
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  const value = inline ?? args[++i];
  switch (flag) {
    case '--help':
    case '-h':
      usage();
      break;
    case '--seed':
    case '--entities':
    case '--editions': {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n)) usage(`${flag} needs an integer, got ${value}`);
      options[flag.slice(2)] = n;
      break;
    }
    case '--out':
      if (!value) usage('--out needs a path');
      out = value;
      break;
    default:
      usage(`unknown argument ${args[i]}`);
  }
}

let doc;
try {
  doc = generateFictional(options);
} catch (err) {
  usage(err.message);
}

/** Pretty JSON with each entity on one line. */
function format(document) {
  const entities = [];
  const skeleton = {
    ...document,
    editions: document.editions.map((ed) => ({
      ...ed,
      entities: ed.entities.map((e) => `\u0000${entities.push(e) - 1}\u0000`),
    })),
  };
  return (
    JSON.stringify(skeleton, null, 2).replace(/"\\u0000(\d+)\\u0000"/g, (_, i) => JSON.stringify(entities[Number(i)])) +
    '\n'
  );
}

const path = resolve(repoRoot, out);
mkdirSync(dirname(path), { recursive: true });
const text = format(doc);
writeFileSync(path, text);
const counts = doc.editions.map((e) => `${e.year}: ${e.entities.length}`).join(', ');
console.log(`${path}: ${(text.length / 1024).toFixed(0)} KiB; entities per edition ${counts}`);
