#!/usr/bin/env node
// After `npm run build`: is everything there, is embed.html free of inline code (it runs under
// `script-src 'self'; style-src 'self'`), and how big is each file (gzip -9)?
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementNames, projectRoot } from './elements.mjs';

const dist = join(projectRoot, 'dist');
const problems = [];
const need = (file) => {
  if (!existsSync(join(dist, file))) problems.push(`missing dist/${file}`);
};

need('eindex-widgets.js');
need('embed.html');
need('embed-host.js');
need('custom-elements.json');
need('types/define.d.ts');
need('types/index.d.ts');
need('esm/define.js');
need('esm/index.js');
need('cli/eindex-widgets.js');
need('eindex-static.css');
for (const name of elementNames) {
  need(`eindex-${name}.js`);
  need(`esm/${name}/define.js`);
  need(`types/${name}/define.d.ts`);
}

// package.json's exports must point at files that exist, one entry per element; a pattern
// (`./data/*`) at a folder that holds every file of its source folder.
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
for (const [key, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    const path = join(projectRoot, file.replace(/\*$/, ''));
    if (!existsSync(path)) problems.push(`exports["${key}"] points at ${file}, which was not built`);
  }
}
for (const name of readdirSync(join(projectRoot, 'data'))) {
  if (!existsSync(join(dist, 'data', name)) && !readFileSync(join(projectRoot, '.gitignore'), 'utf8').includes(`data/${name}`)) problems.push(`data/${name} is not in dist/data/`);
}

// Licences: the notices file names lit's and d3's, and every bundled file points at it.
need('THIRD-PARTY-NOTICES.md');
if (existsSync(join(dist, 'THIRD-PARTY-NOTICES.md'))) {
  const notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  for (const [name, licence] of [['lit', 'BSD-3-Clause'], ['d3-array', 'ISC']]) {
    if (!new RegExp(`^## ${name} - [\\d.]+ \\(${licence}\\)$`, 'm').test(notices)) problems.push(`dist/THIRD-PARTY-NOTICES.md lacks ${name} (${licence})`);
  }
}
const bundled = ['eindex-widgets.js', ...elementNames.map((n) => `eindex-${n}.js`)];
if (existsSync(join(dist, 'embed'))) bundled.push(...readdirSync(join(dist, 'embed')).filter((f) => f.endsWith('.js')).map((f) => `embed/${f}`));
for (const file of bundled) {
  if (existsSync(join(dist, file)) && !readFileSync(join(dist, file), 'utf8').startsWith('/*! eindex-widgets ')) problems.push(`dist/${file} lost its licence banner`);
}
// No source maps ship: theirs would point at src/ and node_modules/, which are not in the package.
const maps = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(dir, entry.name));
    else if (entry.name.endsWith('.map') || (entry.name.endsWith('.js') && /\/\/# sourceMappingURL=/.test(readFileSync(join(dir, entry.name), 'utf8')))) maps.push(entry.name);
  }
};
if (existsSync(dist)) walk(dist);
if (maps.length) problems.push(`source maps in dist/: ${maps.join(', ')}`);
for (const name of elementNames) {
  if (!pkg.exports[`./${name}`]) problems.push(`package.json exports has no "./${name}" for src/${name}/define.ts`);
}

if (existsSync(join(dist, 'embed.html'))) {
  const html = readFileSync(join(dist, 'embed.html'), 'utf8');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push('dist/embed.html has an inline <script>');
  if (/<style[\s>]/i.test(html) || /\sstyle=/i.test(html)) problems.push('dist/embed.html has inline styles');
  if (!/script-src 'self'/.test(html)) problems.push('dist/embed.html lost its Content-Security-Policy');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  if (scripts.length !== 1 || /^[a-z]+:|^\/\//i.test(scripts[0])) problems.push(`dist/embed.html should load one module next to it, found ${scripts.join(', ')}`);
}

if (problems.length) {
  console.error(`check-dist:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const size = (file) => {
  const bytes = readFileSync(file);
  return `${(bytes.length / 1024).toFixed(1).padStart(7)} kB  gzip -9 ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(6)} kB`;
};
const shown = ['eindex-widgets.js', ...elementNames.map((n) => `eindex-${n}.js`), 'embed-host.js', 'cli/eindex-widgets.js', 'eindex-static.css'];
const embedDir = join(dist, 'embed');
if (existsSync(embedDir)) for (const f of readdirSync(embedDir)) if (/\.(js|css)$/.test(f)) shown.push(`embed/${f}`);
for (const file of shown) if (statSync(join(dist, file)).isFile()) console.log(`  dist/${file.padEnd(34)} ${size(join(dist, file))}`);
