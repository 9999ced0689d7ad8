#!/usr/bin/env node
// Screenshots of the demo page for looking at what we draw: each width × language × theme.
// Usage: node scripts/screenshot.mjs [outDir] [url]   (start `npm start` first)
// CHROME_PATH picks the browser (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const outDir = process.argv[2] ?? 'screenshots';
const url = process.argv[3] ?? 'http://127.0.0.1:5173/';
const widths = (process.env.WIDTHS ?? '360,1200').split(',').map(Number);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const width of widths) {
    for (const lang of ['lv', 'en']) {
      for (const theme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${url}?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle' });
        const file = `${outDir}/demo-${width}-${lang}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px!)` : ''}${errors.length ? `  errors: ${errors.join('; ')}` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
