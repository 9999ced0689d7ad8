// Browser tests run in real engines: Chromium always, Firefox when present.
// scripts/test-browsers.mjs finds the binaries and passes them in the environment,
// so `npx wtr` also works by hand when CHROME_PATH (and optionally FIREFOX_PATH) is set.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { docsSiteRoutes, packageAliasPlugin } from './test/embed/package-alias-plugin.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { generateFictional } from './scripts/fictional.mjs';
import { elementNames } from './scripts/elements.mjs';
import { a11yPlugin } from './test/a11y/a11y-plugin.mjs';

const chromePath = process.env.CHROME_PATH;
const firefoxPath = process.env.FIREFOX_PATH;
const webkit = {
  driverPath: process.env.WEBKIT_DRIVER_PATH,
  browserPath: process.env.WEBKIT_BROWSER_PATH,
  xvfbPath: process.env.XVFB_PATH,
};
if (!chromePath) {
  throw new Error('CHROME_PATH is not set: run the tests with `npm test`, which finds a browser.');
}

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }),
];
if (firefoxPath) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}
if (webkit.driverPath && webkit.browserPath && webkit.xvfbPath) browsers.push(webkitLauncher(webkit));

// ajv (used only by test/data/schema.test.ts, never by the widgets) is CommonJS with circular
// requires and .json requires, which the dev server cannot serve module by module. Serve
// `ajv/dist/2020.js` as one ES module bundled by esbuild instead; esbuild is taken from
// @web/dev-server-esbuild, which depends on it, so no second copy is installed.
const requireFromEsbuildPlugin = createRequire(import.meta.resolve('@web/dev-server-esbuild'));
const AJV_SPECIFIER = 'ajv/dist/2020.js';
const AJV_BUNDLE_PATH = '/__test__/ajv-2020.js';
let ajvBundle;
const ajvBundlePlugin = {
  name: 'ajv-bundle',
  resolveImport({ source }) {
    if (source === AJV_SPECIFIER) return AJV_BUNDLE_PATH;
  },
  async serve(context) {
    if (context.path !== AJV_BUNDLE_PATH) return undefined;
    ajvBundle ??= requireFromEsbuildPlugin('esbuild')
      .build({
        entryPoints: [createRequire(import.meta.url).resolve(AJV_SPECIFIER)],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
      })
      .then((result) => result.outputFiles[0].text);
    return { body: await ajvBundle, type: 'js' };
  },
};

// Routes for the loader tests (test/data/load.test.ts): failures a static server never gives.
const testRoutes = async (context, next) => {
  if (!context.path.startsWith('/__test__/')) return next();
  const status = /^\/__test__\/status\/(\d{3})$/.exec(context.path);
  if (status) {
    context.status = Number(status[1]);
    context.type = 'text/plain';
    context.body = `status ${status[1]}`;
    return;
  }
  if (context.path === '/__test__/endless') {
    // An endless body (issue #13): the start of a JSON document, then padding for ever, 64 KB at
    // a time, until the client goes. The loader must stop at its byte cap (10 MiB).
    // Only the first 24 MiB come as fast as the client takes them; then one chunk every 50 ms.
    // WebKitGTK goes on reading a response for a second or more after its reader is cancelled
    // (or its fetch aborted), at local speed 100 MB to 2 GB, and every later request of the page,
    // data: and blob: ones too, waits behind that flood: the next test's document then got "no
    // answer within 15 s". A body that never ends is still one that never ends.
    const { PassThrough } = await import('node:stream');
    const body = new PassThrough();
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const burstChunks = (24 * 1024 * 1024) / chunk.byteLength;
    let sent = 0;
    let open = true;
    let trickle;
    context.res.once('close', () => {
      open = false;
      clearTimeout(trickle);
      body.destroy();
    });
    const slowly = () => {
      body.write(chunk);
      trickle = setTimeout(slowly, 50);
    };
    const pump = () => {
      while (open && sent < burstChunks && (sent++, body.write(chunk)));
      if (!open) return;
      if (sent < burstChunks) body.once('drain', pump);
      else slowly();
    };
    body.write('{"schema":"eindex/1","title":"');
    pump();
    context.status = 200;
    context.type = 'application/json';
    context.body = body;
    return;
  }
  if (context.path === '/__test__/never') {
    // Answers only after the client has gone (or after 30 s, so nothing hangs for ever).
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 30_000);
      context.res.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    context.status = 204;
    return;
  }
  return next();
};

// SVG snapshots for the chart layouts (test/helpers/snapshot.ts). Browser tests cannot write
// files, so they send the SVG here. Only `test/snapshots/<name>.svg` and `<name>-changed.svg`
// are ever touched: the name is checked against a strict pattern. A missing or different
// snapshot fails and writes `<name>-changed.svg` to compare, unless UPDATE_SNAPSHOTS=1.
const SNAPSHOT_DIR = new URL('./test/snapshots/', import.meta.url);
const SNAPSHOT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const svgSnapshotPlugin = {
  name: 'svg-snapshot',
  async executeCommand({ command, payload }) {
    if (command !== 'svg-snapshot') return undefined;
    const { name, svg } = payload ?? {};
    if (typeof name !== 'string' || !SNAPSHOT_NAME.test(name) || name.endsWith('-changed') || name.length > 80) {
      throw new Error(`svg-snapshot: invalid snapshot name ${JSON.stringify(name)}`);
    }
    if (typeof svg !== 'string') throw new Error('svg-snapshot: payload.svg must be a string');
    const file = new URL(`${name}.svg`, SNAPSHOT_DIR);
    const changed = new URL(`${name}-changed.svg`, SNAPSHOT_DIR);
    const expected = await readFile(file, 'utf8').catch((error) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (expected === svg) {
      await rm(changed, { force: true });
      return { status: 'match' };
    }
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      await mkdir(SNAPSHOT_DIR, { recursive: true });
      await writeFile(file, svg);
      await rm(changed, { force: true });
      return { status: expected === null ? 'written' : 'updated' };
    }
    await mkdir(SNAPSHOT_DIR, { recursive: true });
    await writeFile(changed, svg);
    return { status: expected === null ? 'missing' : 'changed' };
  },
};

// Reliability tests (test/reliability/). Pages under /test/reliability/pages/csp* are served
// with the strict policy of issue #6; wtr adds nothing to pages that are not test files, so
// these pages hold no inline script or style at all and the policy applies as written.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const FUZZ_SEED = 20261126;
const reliabilityRoutes = async (context, next) => {
  if (context.path === '/__test__/fuzz-seed') {
    // Fixed in CI so a run is reproducible; FUZZ_SEED=<n> replays a failure, FUZZ_SEED=random explores.
    const wanted = process.env.FUZZ_SEED;
    const seed = wanted === 'random' ? Math.floor(Math.random() * 2 ** 31) : wanted ? Number(wanted) : FUZZ_SEED;
    context.type = 'application/json';
    context.body = JSON.stringify({ seed });
    return;
  }
  if (context.path === '/__test__/fictional.json') {
    // A fictional document of any size, generated here so a test loads it over the network.
    const number = (name, fallback) => Number(context.query[name] ?? fallback);
    const doc = generateFictional({ seed: number('seed', 1), entities: number('entities', 119), editions: number('editions', 4) });
    context.type = 'application/json';
    context.body = JSON.stringify(doc);
    return;
  }
  await next();
  if (context.path.startsWith('/test/reliability/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
};

// The built files (test/smoke.test.ts): `npm test` runs `npm run build` before the browser
// tests, and /__built__/<path> serves dist/<path> byte for byte, past every plugin, as a CDN
// would. (The /dist/ paths the examples use are served from src/: test/embed/package-alias-plugin.mjs.)
const distDir = fileURLToPath(new URL('./dist/', import.meta.url));
const builtTypes = { '.js': 'application/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const builtRoutes = async (context, next) => {
  if (context.path === '/__test__/element-names') {
    context.type = 'application/json';
    context.body = JSON.stringify(elementNames);
    return;
  }
  if (!context.path.startsWith('/__built__/')) return next();
  const file = normalize(join(distDir, decodeURIComponent(context.path.slice('/__built__/'.length))));
  const type = builtTypes[extname(file)];
  if (!file.startsWith(distDir) || !type) return next();
  const body = await readFile(file).catch((error) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (body === null) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = `dist/${file.slice(distDir.length)} is not built: run \`npm run build\` first`;
    return;
  }
  context.type = type;
  context.body = body;
};

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  // One engine at a time: the machines have two cores, and the timing tests (no task over
  // 200 ms with 10 000 rows, layout stability) must not measure another browser's work.
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testRoutes, reliabilityRoutes, docsSiteRoutes, builtRoutes],
  plugins: [
    ajvBundlePlugin,
    svgSnapshotPlugin,
    a11yPlugin(),
    packageAliasPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
