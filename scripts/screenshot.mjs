#!/usr/bin/env node
// `npm run screenshot`: starts the demo on a free port, writes docs/demo.png (the top of the
// demo page, English, light, 1200 px wide: the README shows it), and stops the server.
//
//   node scripts/screenshot.mjs --matrix DIR   the whole page at each width × language × theme
//                                              (WIDTHS=360,1200 by default), to look at
//
// CHROME_PATH picks the browser (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const matrixAt = process.argv.indexOf('--matrix');
const matrixDir = matrixAt >= 0 ? process.argv[matrixAt + 1] : undefined;
if (matrixAt >= 0 && !matrixDir) {
  console.error('screenshot: --matrix needs a folder to write to');
  process.exit(1);
}

// Port 0: the system picks a free one, so this runs beside a `npm start` or another copy.
const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [root] } },
});
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** Opens the demo and waits until every element has drawn (or failed): no fixed sleeps. */
async function open(width, lang, theme) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('eindex-ranking, eindex-radar, eindex-gauge')].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector('.status.loading') && el.getAttribute('aria-busy') !== 'true',
    ),
  );
  await page.evaluate(() => document.fonts.ready);
  return { page, errors };
}

try {
  if (matrixDir) {
    mkdirSync(matrixDir, { recursive: true });
    for (const width of (process.env.WIDTHS ?? '360,1200').split(',').map(Number)) {
      for (const lang of ['lv', 'en']) {
        for (const theme of ['light', 'dark']) {
          const { page, errors } = await open(width, lang, theme);
          const file = `${matrixDir}/demo-${width}-${lang}-${theme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px!)` : ''}${errors.length ? `  errors: ${errors.join('; ')}` : ''}`);
          await page.close();
        }
      }
    }
  } else {
    const { page, errors } = await open(1200, 'en', 'light');
    if (errors.length) throw new Error(`the demo page failed: ${errors.join('; ')}`);
    const file = `${root}docs/demo.png`;
    // The header and the first section: the radar, the bar form and the gauge on published figures.
    const bottom = await page.evaluate(() => document.querySelector('main section')?.getBoundingClientRect().bottom ?? 900);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.ceil(bottom) + 16 } });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
