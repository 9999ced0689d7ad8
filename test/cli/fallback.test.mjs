// Static renderings as fallback content inside the elements (docs/cms.md's recipe), in
// Chromium through playwright-core, with JavaScript off and on. The page and the built
// files (dist/) are served from a made-up origin by request interception, so no server runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const ORIGIN = 'http://eindex.test';
// As scripts/test-browsers.mjs and scripts/screenshot.mjs: CHROME_PATH, else the usual install paths.
const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));

function render(...args) {
  const result = spawnSync(process.execPath, [join(dist, 'cli/eindex-widgets.js'), 'render', ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const ranking = render('ranking', '--src', 'dist/data/municipalities-2021.json', '--limit', '3');
// The recipe: --width is the width of the column the element sits in (480 px here).
const gauge = render('gauge', '--src', 'dist/data/municipalities-2021.json', '--entity', 'ventspils', '--width', '480');
const trend = render('trend', '--src', 'dist/data/institutions.json', '--entity', 'vtua', '--compare', 'average', '--width', '480');
const levels = render('levels', '--src', 'dist/data/institutions.json', '--editions', 'all', '--width', '480');
const ELEMENTS = ['ranking', 'gauge', 'trend', 'levels'];
const PAGE = `<!doctype html>
<html lang="lv"><head><meta charset="utf-8"><title>Fallback</title>
<link rel="stylesheet" href="/eindex-static.css">
<script type="module" src="/eindex-widgets.js"></script>
<style>main { width: 480px; }</style></head>
<body><main>
<eindex-ranking id="ranking" src="/data/municipalities-2021.json" limit="3">${ranking}</eindex-ranking>
<eindex-gauge id="gauge" src="/data/municipalities-2021.json" entity="ventspils">${gauge}</eindex-gauge>
<eindex-trend id="trend" src="/data/institutions.json" entity="vtua" compare="average">${trend}</eindex-trend>
<eindex-levels id="levels" src="/data/institutions.json" editions="all">${levels}</eindex-levels>
</main></body></html>`;

let browser;
before(async () => {
  assert.ok(CHROMIUM, 'no Chromium found: set CHROME_PATH');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
});

async function open(javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'application/json';
    return route.fulfill({ contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
  });
  const page = await context.newPage();
  // Each element announces its drawn, loaded state with eindex-load; record them from the start.
  await page.addInitScript(() => {
    globalThis.loaded = [];
    document.addEventListener('eindex-load', (event) => globalThis.loaded.push(event.target.id));
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/`);
  return { page, context, errors };
}

test('with JavaScript off, the static table, gauge, trend and levels inside the elements are what readers see', async () => {
  const { page, context } = await open(false);
  try {
    const table = page.locator('eindex-ranking > .eindex-static table');
    assert.equal(await table.isVisible(), true);
    assert.equal(await page.getByRole('table').count(), 1, 'the ranking: the trend\'s and the levels\' tables are in closed disclosures');
    // The name is each row header's first text; the group may follow it on its own line (narrow box).
    assert.deepEqual(await table.locator('tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent)), [
      'Ventspils valstspilsētas pašvaldība', 'Cēsu novada pašvaldība', 'Siguldas novada pašvaldība',
    ]);
    const svg = page.locator('eindex-gauge svg[role="img"]');
    assert.equal(await svg.isVisible(), true);
    assert.match(await page.getByRole('img').first().getAttribute('role'), /img/);
    assert.equal(await svg.locator('text.value').textContent(), '64,8');
    // The trend: a point per published edition, the unpublished years a dotted bridge, never a solid line.
    const trendSvg = page.locator('eindex-trend > figure > svg[role="img"]');
    assert.equal(await trendSvg.isVisible(), true);
    assert.equal(await trendSvg.locator('.series-1 .marker').count(), 2);
    assert.equal(await trendSvg.locator('.series-1 .line').count(), 0);
    assert.equal(await trendSvg.locator('.series-1 .bridge').count(), 1);
    assert.match(await trendSvg.locator('desc').textContent(), /2017 67,4; 2018 nav publicēts/);
    // Its table is behind the "Tabula" disclosure, as the live element's is behind its button.
    const trendTable = page.locator('eindex-trend details table');
    assert.equal(await trendTable.isVisible(), false);
    await page.locator('eindex-trend summary').click();
    assert.equal(await trendTable.isVisible(), true);
    assert.equal(await page.getByRole('table').count(), 2);
    assert.equal(await trendTable.locator('tbody tr').nth(1).locator('td').first().textContent(), 'nav publicēts');
    const levelsSvg = page.locator('eindex-levels > figure > svg[role="img"]');
    assert.equal(await levelsSvg.isVisible(), true);
    assert.match(await levelsSvg.locator('.row').last().locator('text.heading').first().textContent(), /2022: kā publicēts, novērtētas 115/);
    assert.deepEqual(await levelsSvg.locator('.segment text').allTextContents(), ['1. līm.: 25 · 22 %', '2. līm.: 83 · 72 %', '3. līm.: 7 · 6 %']);
    assert.equal(await page.evaluate(() => document.querySelector('eindex-ranking').shadowRoot), null, 'no script ran');
  } finally {
    await context.close();
  }
});

test('with JavaScript on, the live elements replace the fallback: one copy of each, no static copy shown', async () => {
  const { page, context, errors } = await open(true);
  try {
    await page.waitForFunction((count) => globalThis.loaded.length === count, ELEMENTS.length);
    // The live table is in the shadow root; the light-DOM fallback has no box at all.
    assert.equal(await page.locator('eindex-ranking').evaluate((el) => el.shadowRoot.querySelectorAll('tbody tr.row').length), 3);
    const fallbackBoxes = await page.evaluate(() =>
      [...document.querySelectorAll('.eindex-static')].map((el) => el.getClientRects().length));
    assert.deepEqual(fallbackBoxes, [0, 0, 0, 0]);
    // One ranking table, and the trend's and the levels' tables (visually hidden, as the live elements keep them): not two of each.
    assert.equal(await page.getByRole('table').count(), 3, 'one table per element in the accessibility tree, not two');
    assert.equal(await page.getByRole('meter').count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Tabula' }).count(), 2, 'the live buttons only: no static <summary>');
    assert.equal(await page.locator('eindex-trend').evaluate((el) => el.shadowRoot.querySelectorAll('[part~="point"]').length), 4);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** The fill of each level's segment in the levels chart, static (light DOM) or live (shadow root). */
const segmentFills = () => {
  const host = document.querySelector('eindex-levels');
  const root = host.shadowRoot ?? host;
  return [1, 2, 3].map((level) => globalThis.getComputedStyle(root.querySelector(`.segment.level-${level} > rect`)).fill);
};

test('the fallback reserves about the space the live element takes (no large layout jump), in the same level colours', async () => {
  const off = await open(false);
  const heights = {};
  const fills = {};
  try {
    heights.off = await off.page.evaluate((tags) => tags.map((tag) => document.querySelector(`eindex-${tag}`).getBoundingClientRect().height), ELEMENTS);
    fills.off = await off.page.evaluate(segmentFills);
  } finally {
    await off.context.close();
  }
  const on = await open(true);
  try {
    await on.page.waitForFunction((count) => globalThis.loaded.length === count, ELEMENTS.length);
    heights.on = await on.page.evaluate((tags) => tags.map((tag) => document.querySelector(`eindex-${tag}`).getBoundingClientRect().height), ELEMENTS);
    fills.on = await on.page.evaluate(segmentFills);
  } finally {
    await on.context.close();
  }
  console.log(`heights without / with JavaScript: ${ELEMENTS.map((tag, i) => `${tag} ${heights.off[i].toFixed(0)} / ${heights.on[i].toFixed(0)} px`).join(', ')}`);
  heights.off.forEach((height, i) => {
    const live = heights.on[i];
    assert.ok(Math.abs(height - live) <= live * 0.2, `${ELEMENTS[i]}: fallback ${height} px vs live ${live} px`);
  });
  assert.deepEqual(fills.off, fills.on, 'static and live levels draw each level in one colour');
  assert.equal(new Set(fills.on).size, 3);
});

test('axe-core finds no violation in the static ranking, radar, gauge, trend and levels (light and dark, tables open)', async () => {
  const radar = render('radar', '--src', 'dist/data/fictional.json', '--entity', 'veltivas-pilseta', '--compare', 'average');
  const sparse = render('radar', '--src', 'dist/data/municipalities-2021.json', '--entity', 'cesis');
  const fictionalTrend = render('trend', '--src', 'dist/data/fictional.json', '--entity', 'veltivas-pilseta', '--compare', 'average group-average', '--width', '336');
  const fictionalLevels = render('levels', '--src', 'dist/data/fictional.json', '--editions', 'all', '--entity', 'veltivas-pilseta', '--width', '336');
  const css = readFileSync(join(dist, 'eindex-static.css'), 'utf8');
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Static</title>
<style>:root { color-scheme: light dark; }
${css}</style></head>
<body><main><h1>Static renderings</h1>${ranking}${gauge}${radar}${sparse}${trend}${levels}${fictionalTrend}${fictionalLevels}</main></body></html>`);
      // Open, the trend's and the levels' tables scroll in their own named regions, not the page.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? {})}`).slice(0, 2).join(', ')}`));
      assert.deepEqual(violations, [], colorScheme);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling of the page at 360 px');
    } finally {
      await context.close();
    }
  }
});
