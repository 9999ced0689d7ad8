// Server commands for the accessibility tests (test/a11y/). A browser test cannot emulate
// display conditions or read the browser's accessibility tree by itself, so it asks the test
// server, which drives the page through its launcher:
//
// - `a11y-browser`: which engine runs this page ('chromium', 'firefox' or 'webkit'), so a test
//   file builds its matrix from what that engine can do instead of skipping tests.
// - `a11y-emulate` { colorScheme, reducedMotion, forcedColors, media }: media features and
//   the media type, through CDP's Emulation.setEmulatedMedia (puppeteer's emulateMediaFeatures
//   and @web/test-runner-commands' emulateMedia reject `forced-colors`). `null` resets all.
//   Answers { applied: false, reason } where the launcher cannot emulate; the page then checks
//   with matchMedia that what was "applied" really took effect.
// - `a11y-viewport` { width, height, deviceScaleFactor? }: the layout viewport. Puppeteer sets
//   it directly; WebDriver (WebKit) resizes the window and corrects for the window chrome.
// - `a11y-tree` { selector, name }: Chromium's accessibility tree below the element, compared
//   with test/a11y/snapshots/<name>.json like the SVG snapshots (`<name>-changed.json` on a
//   difference; UPDATE_SNAPSHOTS=1 accepts).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const SNAPSHOT_DIR = new URL('./snapshots/', import.meta.url);
const SNAPSHOT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function engineOf(session) {
  const name = String(session.browser.name ?? '').toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('webkit') || session.browser.type === 'webdriver') return 'webkit';
  return 'chromium';
}

/** Roles that carry no meaning of their own: their children take their place. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'Ignored', 'IgnoredRole', 'LineBreak', 'InlineTextBox', 'LayoutTableColumn']);
const KEYS = ['name', 'value', 'description', 'level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'valuetext', 'valuemin', 'valuemax', 'orientation'];
const squash = (text) => String(text).replace(/\s+/g, ' ').trim();

/**
 * The tree a screen reader walks, made readable: puppeteer's full tree (its `interestingOnly`
 * mode drops tables, rows and groups, which are the point here) without the nodes that carry
 * no meaning, numbers to 3 decimals (CDP gives 64.8 as 64.80000305), with text runs that only repeat their parent's name folded into it, and only
 * stable fields (`focused` is left out: focus is the business of the keyboard tests).
 */
function normalizeTree(node) {
  const children = (node.children ?? []).flatMap(normalizeTree);
  if (node.role === 'InlineTextBox') return [];
  if (TRANSPARENT.has(node.role) && !node.name) return children;
  if (node.role === 'StaticText') return squash(node.name ?? '') ? [{ role: 'StaticText', name: squash(node.name) }] : [];
  const out = { role: node.role };
  for (const key of KEYS) {
    if (node[key] !== undefined && node[key] !== '') out[key] = typeof node[key] === 'string' ? squash(node[key]) : typeof node[key] === 'number' ? Number(node[key].toFixed(3)) : node[key];
  }
  const texts = children.every((c) => c.role === 'StaticText') ? squash(children.map((c) => c.name).join(' ')) : undefined;
  if (children.length > 0 && !(texts !== undefined && out.name !== undefined && texts === out.name)) out.children = children;
  return [out];
}

async function compareSnapshot(name, tree) {
  if (typeof name !== 'string' || !SNAPSHOT_NAME.test(name) || name.endsWith('-changed') || name.length > 80) {
    throw new Error(`a11y-tree: invalid snapshot name ${JSON.stringify(name)}`);
  }
  const text = `${JSON.stringify(tree, null, 2)}\n`;
  const file = new URL(`${name}.json`, SNAPSHOT_DIR);
  const changed = new URL(`${name}-changed.json`, SNAPSHOT_DIR);
  const expected = await readFile(file, 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (expected === text) {
    await rm(changed, { force: true });
    return 'match';
  }
  await mkdir(SNAPSHOT_DIR, { recursive: true });
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    await writeFile(file, text);
    await rm(changed, { force: true });
    return expected === null ? 'written' : 'updated';
  }
  await writeFile(changed, text);
  return expected === null ? 'missing' : 'changed';
}

/** One CDP session per page (Chromium): puppeteer's emulateMediaFeatures rejects `forced-colors`. */
const cdpSessions = new WeakMap();
async function cdpOf(page) {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    cdpSessions.set(page, cdp);
  }
  return cdp;
}

async function emulate(session, payload) {
  if (session.browser.type !== 'puppeteer' || engineOf(session) !== 'chromium') {
    // Firefox through WebDriver BiDi and WebKit through WebDriver classic have no media
    // emulation in these launchers.
    return { applied: false, reason: `${engineOf(session)} via ${session.browser.type}: no media emulation` };
  }
  const features = [];
  if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
  if (payload?.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
  if (payload?.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
  const cdp = await cdpOf(session.browser.getPage(session.id));
  await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
  return { applied: true };
}

async function setViewport(session, { width, height, deviceScaleFactor = 1 }) {
  if (session.browser.type === 'puppeteer') {
    const page = session.browser.getPage(session.id);
    await page.setViewport({ width, height, deviceScaleFactor });
    return { applied: true };
  }
  if (session.browser.type === 'webdriver' && session.browser.driver) {
    // The window includes the browser's chrome: size it, measure the viewport, correct once.
    const driver = session.browser.driver;
    await driver.setWindowSize(width, height);
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    await driver.setWindowSize(width + (width - inner[0]), height + (height - inner[1]));
    return { applied: true };
  }
  return { applied: false, reason: `no viewport control for ${session.browser.type}` };
}

export function a11yPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'a11y-browser':
          return { engine: engineOf(session), type: session.browser.type };
        case 'a11y-emulate':
          return emulate(session, payload);
        case 'a11y-viewport':
          return setViewport(session, payload);
        case 'a11y-tree': {
          if (session.browser.type !== 'puppeteer' || engineOf(session) !== 'chromium') {
            throw new Error('a11y-tree: Chromium only');
          }
          const page = session.browser.getPage(session.id);
          const root = await page.$(payload.selector);
          if (!root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
          const raw = await page.accessibility.snapshot({ root, interestingOnly: false });
          const [tree] = raw ? normalizeTree(raw) : [null];
          const status = payload.name ? await compareSnapshot(payload.name, tree) : 'none';
          return { status, tree };
        }
        default:
          return undefined;
      }
    },
  };
}
