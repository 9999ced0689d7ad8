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
for (const name of elementNames) {
  need(`eindex-${name}.js`);
  need(`esm/${name}/define.js`);
  need(`types/${name}/define.d.ts`);
}

// package.json's exports must point at files that exist, one entry per element.
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
for (const [key, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(join(projectRoot, file))) problems.push(`exports["${key}"] points at ${file}, which was not built`);
  }
}
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
const shown = ['eindex-widgets.js', ...elementNames.map((n) => `eindex-${n}.js`), 'embed-host.js'];
const embedDir = join(dist, 'embed');
if (existsSync(embedDir)) for (const f of readdirSync(embedDir)) if (/\.(js|css)$/.test(f)) shown.push(`embed/${f}`);
for (const file of shown) if (statSync(join(dist, file)).isFile()) console.log(`  dist/${file.padEnd(34)} ${size(join(dist, file))}`);
