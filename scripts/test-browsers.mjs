#!/usr/bin/env node
// Runs every browser test in each engine found on this machine.
// Chromium is required: CHROME_PATH, else the usual install paths; when none is found and
// we are root with apt-get, Debian's `chromium` is installed. Firefox runs when present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromeCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

let chrome = firstExisting(chromeCandidates);
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
    const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    if (install.status !== 0) process.exit(install.status ?? 1);
    chrome = firstExisting(chromeCandidates);
  }
}
if (!chrome) {
  console.error('No Chromium or Chrome found: install one (e.g. `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome.');
  process.exit(1);
}

const firefox = process.env.SKIP_FIREFOX ? undefined : firstExisting(firefoxCandidates);
console.log(`Browsers: ${chrome}${firefox ? `, ${firefox}` : process.env.SKIP_FIREFOX ? ' (Firefox skipped: SKIP_FIREFOX)' : ' (Firefox not found: Chromium only)'}`);

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, ...(firefox ? { FIREFOX_PATH: firefox } : {}) } },
);
process.exit(result.status ?? 1);
