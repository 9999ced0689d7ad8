#!/usr/bin/env node
// Runs every browser test in each engine found on this machine.
// Chromium is required: CHROME_PATH, else the usual install paths; when none is found and
// we are root with apt-get, Debian's `chromium` is installed. Firefox runs when present, and
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb display the launcher
// starts: scripts/webkit-launcher.mjs) when all three are present. `.ci/run` installs them.
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
const webkitDriverCandidates = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'];
const webkitBrowserCandidates = [
  process.env.WEBKIT_BROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];
const xvfbCandidates = [process.env.XVFB_PATH, '/usr/bin/Xvfb'];

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
const webkitParts = {
  WEBKIT_DRIVER_PATH: firstExisting(webkitDriverCandidates),
  WEBKIT_BROWSER_PATH: firstExisting(webkitBrowserCandidates),
  XVFB_PATH: firstExisting(xvfbCandidates),
};
const webkit = !process.env.SKIP_WEBKIT && Object.values(webkitParts).every(Boolean) ? webkitParts : undefined;
const missingWebkit = Object.entries(webkitParts).filter(([, path]) => !path).map(([name]) => name.replace(/_PATH$/, ''));
console.log(
  `Browsers: ${chrome}${firefox ? `, ${firefox}` : process.env.SKIP_FIREFOX ? ' (Firefox skipped: SKIP_FIREFOX)' : ' (Firefox not found)'}` +
    (webkit ? `, ${webkit.WEBKIT_BROWSER_PATH} via ${webkit.WEBKIT_DRIVER_PATH}` : process.env.SKIP_WEBKIT ? ' (WebKit skipped: SKIP_WEBKIT)' : ` (WebKit not found: ${missingWebkit.join(', ')} missing)`),
);

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, ...(firefox ? { FIREFOX_PATH: firefox } : {}), ...(webkit ?? {}) } },
);
process.exit(result.status ?? 1);
