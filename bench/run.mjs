#!/usr/bin/env node
// `npm run bench`: our elements against Chart.js and ECharts in one headless Chromium run.
// Cases alternate round by round (in a shuffled order each round), each sample on a fresh
// page, so machine noise hits every contender alike. Prints medians and ratios and writes
// bench/RESULTS.md with the machine, the browser and the gzip sizes.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]+$/, '');
// `--case <name>` (repeatable) runs only those cases and prints their medians without
// rewriting bench/RESULTS.md; `--rounds <n>` overrides BENCH_ROUNDS. `--cpu` records a
// Chromium trace of each sample and adds, for each phase a case marks (performance marks
// `<phase>:start` and `<phase>:end`), the main thread's CPU time in the tasks that overlap it,
// as script, style, layout and paint, and its longest task: CPU time, unlike wall time, moves
// little when other processes share the cores (here wall time runs 1.5–3 × CPU time).
const { values: cli } = parseArgs({ options: { case: { type: 'string', multiple: true }, rounds: { type: 'string' }, cpu: { type: 'boolean' } } });
const rounds = Number(cli.rounds ?? process.env.BENCH_ROUNDS ?? 15);
const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chromePath) {
  console.error('No Chromium found: set CHROME_PATH.');
  process.exit(1);
}

if (!existsSync(join(root, 'dist/eindex-widgets.js')) || process.env.BENCH_BUILD !== '0') {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A read-only static server over the project, for the bench page, dist/ and node_modules.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const file = join(root, path);
  if (!file.startsWith(root + sep) && file !== root) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/bench/page.html`;

const allCases = ['radar-ours', 'radar-chartjs', 'radar-echarts', 'radar-ours-warm', 'radar-chartjs-warm', 'gauge-ours', 'gauge-echarts', 'ranking-119', 'ranking-10000'];
const unknownCase = cli.case?.find((name) => !allCases.includes(name));
if (unknownCase) {
  console.error(`Unknown case ${unknownCase}; cases: ${allCases.join(', ')}`);
  process.exit(1);
}
const cases = cli.case ? allCases.filter((name) => cli.case.includes(name)) : allCases;
const samples = Object.fromEntries(cases.map((name) => [name, []]));

/** Starts a trace of the page; the function returned ends it and resolves with its events. */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel,v8', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

const workOf = (name) => (name === 'UpdateLayoutTree' ? 'style' : name === 'Layout' ? 'layout' : /^(PrePaint|Paint|Layerize|Commit)$/.test(name) ? 'paint' : 'script');

/** `cpu <phase> <work>` in ms for each marked phase: the main thread's CPU in the tasks that overlap it. */
function cpuOfPhases(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'UpdateLayoutTree'));
  if (!main) return {};
  const marks = new Map(events.filter((e) => e.pid === main.pid && e.cat?.includes('blink.user_timing')).map((e) => [e.name, e.ts]));
  const slices = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each slice's own CPU (less its children's), added up by kind of work in its top-level task.
  const tasks = [];
  const open = [];
  for (const slice of slices) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= slice.ts) open.pop();
    const parent = open.at(-1);
    slice.self = slice.tdur ?? slice.dur;
    if (parent) parent.self -= slice.self;
    slice.task = parent?.task ?? { ts: slice.ts, end: slice.ts + slice.dur, cpu: slice.self, work: {} };
    if (!parent) tasks.push(slice.task);
    open.push(slice);
  }
  for (const slice of slices) slice.task.work[workOf(slice.name)] = (slice.task.work[workOf(slice.name)] ?? 0) + slice.self;
  const result = {};
  for (const [mark, start] of marks) {
    const phase = mark.endsWith(':start') && mark.slice(0, -':start'.length);
    const end = phase && marks.get(`${phase}:end`);
    if (!end) continue;
    const within = tasks.filter((task) => task.ts < end && task.end > start);
    for (const work of ['script', 'style', 'layout', 'paint']) result[`cpu ${phase} ${work}`] = within.reduce((sum, task) => sum + (task.work[work] ?? 0), 0) / 1000;
    result[`cpu ${phase} longest task`] = Math.max(0, ...within.map((task) => task.cpu)) / 1000;
  }
  return result;
}

const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const browserVersion = browser.version();
// Other processes share the cores: the load average says how much, at the start and the end.
const loads = [loadavg()[0]];
try {
  // One warm-up round, not counted: it fills the HTTP cache and the code caches for everyone.
  for (let round = -1; round < rounds; round += 1) {
    const order = [...cases].sort(() => Math.random() - 0.5);
    for (const name of order) {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const trace = cli.cpu ? await startTrace(page) : undefined;
      await page.goto(`${base}?case=${name}`);
      const result = await page.waitForFunction(() => window.result, null, { timeout: 60_000 }).then((handle) => handle.jsonValue());
      if (trace) Object.assign(result, cpuOfPhases(await trace()));
      await page.close();
      if (result.error) throw new Error(`${name}: ${result.error}`);
      if (!result.check) throw new Error(`${name}: drew nothing (${JSON.stringify(result)})`);
      if (round >= 0) samples[name].push(result);
    }
    process.stdout.write(round < 0 ? 'warm-up done\n' : `round ${round + 1}/${rounds}\r`);
  }
} finally {
  loads.push(loadavg()[0]);
  await browser.close();
  server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const med = (name, key = 'ms') => median(samples[name].map((s) => s[key]));
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

if (cli.case) {
  // A partial run: every measured key of each case, no RESULTS.md (it needs every case).
  for (const name of cases) {
    const keys = Object.keys(samples[name][0] ?? {}).filter((key) => key !== 'check');
    console.log(`${name}: ${keys.map((key) => `${key} ${ms(med(name, key))}`).join(' · ')}`);
  }
  process.exit(0);
}

const gz = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = [
  ['eindex-widgets.js (all five elements)', 'dist/eindex-widgets.js'],
  ['eindex-ranking.js', 'dist/eindex-ranking.js'],
  ['eindex-radar.js', 'dist/eindex-radar.js'],
  ['eindex-gauge.js', 'dist/eindex-gauge.js'],
  ['eindex-trend.js', 'dist/eindex-trend.js'],
  ['eindex-levels.js', 'dist/eindex-levels.js'],
  ['Chart.js 4.6.1 (chart.umd.min.js)', 'node_modules/chart.js/dist/chart.umd.min.js'],
  ['ECharts 6.1.0 (echarts.min.js)', 'node_modules/echarts/dist/echarts.min.js'],
].map(([label, path]) => [label, gz(path)]);
const chartJsSize = sizes[6][1];

const rows = [
  ['Radar, first render', med('radar-ours'), `Chart.js ${ms(med('radar-chartjs'))} · ECharts ${ms(med('radar-echarts'))}`, `${ratio(med('radar-ours'), med('radar-chartjs'))} of Chart.js · ${ratio(med('radar-ours'), med('radar-echarts'))} of ECharts`],
  ['Radar, re-created on a warm page', med('radar-ours-warm'), `Chart.js ${ms(med('radar-chartjs-warm'))}`, `${ratio(med('radar-ours-warm'), med('radar-chartjs-warm'))} of Chart.js`],
  ['Gauge, first render', med('gauge-ours'), `ECharts ${ms(med('gauge-echarts'))}`, `${ratio(med('gauge-ours'), med('gauge-echarts'))} of ECharts`],
  ['Ranking, 119 rows, first screenful painted', med('ranking-119'), '–', '–'],
  ['Ranking, 119 rows, every row drawn', med('ranking-119', 'complete'), '–', '–'],
  ['Ranking, 10 000 rows, first render (first screenful painted)', med('ranking-10000'), '–', 'budget 100 ms'],
  ['Ranking, 10 000 rows, first page of 120 rows drawn', med('ranking-10000', 'complete'), '–', '–'],
  ['Ranking, 10 000 rows, re-sort by name', med('ranking-10000', 'resort'), '–', 'budget 100 ms'],
  ['Ranking, 10 000 rows, one keystroke in search: matches painted', med('ranking-10000', 'keystroke'), '–', '–'],
  ['Ranking, 10 000 rows, one keystroke in search: page of 120 drawn', med('ranking-10000', 'keystrokeComplete'), '–', '–'],
  ['Ranking, 10 000 rows, longest task while typing', med('ranking-10000', 'longestTaskWhileTyping'), '–', 'budget 50 ms'],
];

const cpu = cpus();
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}.`,
  `Load average (1 minute) ${loads.map((load) => load.toFixed(1)).join(' at the start, ')} at the end, on ${cpu.length} cores.`,
  `Browser: headless Chromium ${browserVersion}. ${rounds} rounds after one warm-up round; each sample on a fresh page; contenders alternate in a shuffled order every round.`,
  '',
  'Times run from the first call into the library, with the data already in memory (for our',
  'elements that includes validating the document), until a frame has been painted. Chart.js',
  'and ECharts draw without animation. Medians:',
  '',
  '| case | ours | peers | ratio |',
  '|---|---:|---|---|',
  ...rows.map(([label, value, peers, note]) => `| ${label} | ${ms(value)} | ${peers} | ${note} |`),
  '',
  '## Size (gzip -9)',
  '',
  '| file | gzip | share of Chart.js |',
  '|---|---:|---:|',
  ...sizes.map(([label, bytes]) => `| ${label} | ${kb(bytes)} | ${(bytes / chartJsSize).toFixed(2)} |`),
  '',
];
// Each budget of DESIGN §5 (issue #15's decision on issue #7's), measured in this run
// (Lighthouse from the last `npm run lighthouse`). Sizes are what a page loads up front: the
// worded problem messages and the image export load on demand from dist/chunks/.
const elementSizes = sizes.slice(1, 6).map(([, bytes]) => bytes);
const lighthouseReport = join(root, 'bench/.out/lighthouse.json');
const scores = existsSync(lighthouseReport) ? JSON.parse(readFileSync(lighthouseReport, 'utf8')).categories : undefined;
const budgets = [
  ['Whole set (all five elements) ≤ 0.50 × Chart.js', `${(sizes[0][1] / chartJsSize).toFixed(3)} ×`, sizes[0][1] <= 0.5 * chartJsSize],
  ['Each element ≤ 23 KB gzip (ranking / radar / gauge / trend / levels)', elementSizes.map(kb).join(' / '), elementSizes.every((bytes) => bytes <= 23 * 1024)],
  ['Radar faster than a Chart.js radar, fresh page', ratio(med('radar-ours'), med('radar-chartjs')), med('radar-ours') < med('radar-chartjs')],
  ['Radar faster than a Chart.js radar, re-created on a warm page', ratio(med('radar-ours-warm'), med('radar-chartjs-warm')), med('radar-ours-warm') < med('radar-chartjs-warm')],
  ['10 000 rows: first render ≤ 100 ms', ms(med('ranking-10000')), med('ranking-10000') <= 100],
  ['10 000 rows: re-sort ≤ 100 ms', ms(med('ranking-10000', 'resort')), med('ranking-10000', 'resort') <= 100],
  ['10 000 rows: no task > 50 ms while typing', ms(med('ranking-10000', 'longestTaskWhileTyping')), med('ranking-10000', 'longestTaskWhileTyping') <= 50],
  ...(scores
    ? [['Lighthouse performance and accessibility ≥ 0.95', `${scores.performance.score.toFixed(2)} / ${scores.accessibility.score.toFixed(2)}`, scores.performance.score >= 0.95 && scores.accessibility.score >= 0.95]]
    : []),
];
lines.push(
  '## Against the budgets (DESIGN §5)',
  '',
  '| budget | measured | |',
  '|---|---:|---|',
  ...budgets.map(([label, value, met]) => `| ${label} | ${value} | ${met ? 'met' : '**not met**'} |`),
  '',
  'Where the bytes go (gzip shares from a source-mapped build): every element file holds about',
  '16 KB that all five need: lit 5.3–5.6 KB, the validator 3.3–3.5, the base element, loader,',
  'shared styles, queries, notices and words 7–7.5; the rest is the element itself (ranking 8.5 KB,',
  'radar 8.9 with the chart code it shares, trend 6.5, levels 4.5, gauge 4). What only a failure,',
  'a download or a "did you mean" needs loads on first use from dist/chunks/ (worded messages',
  '4.0 KB, image file 2.0, CSV 0.5). Gone already: d3-scale (a clamped linear map',
  "over d3-array's ticks), d3-dsv (a ten-line CSV formatter), d3-shape and d3-path (the charts",
  "write their few path commands themselves), lit's decorators and `repeat`, vite's preload",
  'helper; CSS in templates is minified at build time.',
  '',
  'Where the 10 000-row first render goes (`npm run bench -- --case ranking-10000 --cpu`, Chromium',
  'traces on this 2-core machine): about 135 ms of main-thread CPU, 95 of it script. Validating',
  'the 20 000 entity records is about 40 % of the script (the whole document is checked before',
  'anything is drawn, so a broken file never shows half a table; a large document given as',
  '`.data` is validated, ordered and drawn in three tasks, as a fetched one is), places and order',
  'about 15 %, the first 30 rows and',
  'their number formats most of the rest; then one style and layout of the table (about 30 ms)',
  'and its paint (about 10). Wall time here runs 1.5–3 × the CPU time, which is why it varies so',
  'much between runs. Typing stays responsive because the rest of a page is drawn 30 rows per',
  'task and the table is measured in the frame that lays it out; the name order and the search',
  'keys are prepared in tasks of their own once the table is drawn.',
  '',
);
const lighthouse = join(root, 'bench/.out/lighthouse.md');
if (existsSync(lighthouse)) lines.push(readFileSync(lighthouse, 'utf8'));
writeFileSync(join(root, 'bench/RESULTS.md'), lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
