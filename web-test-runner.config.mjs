// Browser tests run in real engines: Chromium always, Firefox when present.
// scripts/test-browsers.mjs finds the binaries and passes them in the environment,
// so `npx wtr` also works by hand when CHROME_PATH (and optionally FIREFOX_PATH) is set.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';

const chromePath = process.env.CHROME_PATH;
const firefoxPath = process.env.FIREFOX_PATH;
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

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
