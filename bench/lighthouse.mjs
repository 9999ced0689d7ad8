#!/usr/bin/env node
// `npm run lighthouse`: builds the demo page as a site would serve it (minified, from
// bench/.out/demo), serves it on 127.0.0.1, runs Lighthouse (performance, accessibility) in
// headless Chromium, fails below 0.95, and writes the scores to bench/.out/lighthouse.md,
// which `npm run bench` copies into bench/RESULTS.md.
import { build } from 'vite';
import { createServer } from 'node:http';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { createGzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]+$/, '');
const out = join(root, 'bench/.out');
const site = join(out, 'demo');
const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chromePath) {
  console.error('No Chromium found: set CHROME_PATH.');
  process.exit(1);
}

await build({ configFile: false, root: join(root, 'demo'), logLevel: 'warn', build: { outDir: site, emptyOutDir: true, target: 'es2022' } });
cpSync(join(root, 'data'), join(site, 'data'), { recursive: true, filter: (path) => !path.endsWith('fictional-10000.json') });

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (path.endsWith('/')) path += 'index.html';
  const file = join(site, path);
  if (!file.startsWith(site + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  // Served as a site would be: compressed and cacheable (Lighthouse checks both).
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600', 'Content-Encoding': 'gzip' });
  createReadStream(file).pipe(createGzip()).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const report = join(out, 'lighthouse.json');
// Asynchronous: the server answering Lighthouse's page runs in this same process.
const child = spawn(
  process.execPath,
  [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${report}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run',
  ],
  { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
);
const status = await new Promise((resolve) => child.on('close', resolve));
server.close();
if (status !== 0) process.exit(status ?? 1);

const result = JSON.parse(readFileSync(report, 'utf8'));
const performance = result.categories.performance.score;
const accessibility = result.categories.accessibility.score;
const metric = (id) => result.audits[id]?.displayValue ?? '–';
const failed = Object.values(result.audits).filter((a) => a.score === 0 && result.categories.accessibility.auditRefs.some((r) => r.id === a.id));
mkdirSync(out, { recursive: true });
const md = [
  '## Lighthouse (the built demo page)',
  '',
  `Lighthouse ${result.lighthouseVersion}, ${result.configSettings.formFactor} emulation with its default throttling, headless Chromium.`,
  '',
  '| category | score |',
  '|---|---:|',
  `| Performance | ${performance.toFixed(2)} |`,
  `| Accessibility | ${accessibility.toFixed(2)} |`,
  '',
  `First Contentful Paint ${metric('first-contentful-paint')}, Largest Contentful Paint ${metric('largest-contentful-paint')}, Total Blocking Time ${metric('total-blocking-time')}, Cumulative Layout Shift ${metric('cumulative-layout-shift')}.`,
  '',
].join('\n');
writeFileSync(join(out, 'lighthouse.md'), md);
console.log(md);
if (failed.length) console.log(`Accessibility audits failed: ${failed.map((a) => a.id).join(', ')}`);
if (performance < 0.95 || accessibility < 0.95) {
  console.error(`Below 0.95: performance ${performance}, accessibility ${accessibility}`);
  process.exit(1);
}
