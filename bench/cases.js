// One benchmark case per page load: `page.html?case=<name>`. Each case gets its data ready
// first, then times from the first call to the chart library until a frame has been painted
// (requestAnimationFrame, then the first task after it). Results go to window.result.
import { generateFictional } from '../scripts/fictional.mjs';

const stage = document.querySelector('#stage');
const params = new URLSearchParams(location.search);

/**
 * Runs `callback` in the first task after the current one, ahead of tasks already queued at
 * normal priority. The frame that an animation callback belongs to is painted when that
 * callback's task ends; a plain message or timer would wait behind work the element queued
 * for after its first paint (a long ranking draws the rest of its page in a timer task), and
 * count that work as first render. `scheduler.postTask` at user-blocking priority runs before
 * such tasks in Chromium; elsewhere a message channel is the next best.
 */
function afterThisTask(callback) {
  if (globalThis.scheduler?.postTask) {
    void globalThis.scheduler.postTask(callback, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(0);
}

/** Resolves after the next frame has been rendered. */
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => afterThisTask(resolve)));
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

/**
 * Resolves when a frame showing the element's first rows has been painted: the frame whose
 * animation callbacks first see rows paints them before the next task runs.
 */
function firstRowsPainted(el) {
  return new Promise((resolve) => {
    const check = () => {
      if (!el.shadowRoot?.querySelector('tbody tr.row')) return requestAnimationFrame(check);
      afterThisTask(resolve);
    };
    requestAnimationFrame(check);
  });
}

async function ours() {
  await import('../dist/eindex-widgets.js');
}

/** The same radar everywhere: one fictional municipality and the average of all, five categories. */
async function radarData() {
  const doc = await (await fetch('../data/fictional.json')).json();
  const edition = doc.editions[doc.editions.length - 1];
  const entity = edition.entities.find((e) => e.id === 'velvavas-pilseta');
  const categories = doc.categories.map((c) => c.id);
  const labels = doc.categories.map((c) => c.name.en);
  const mean = categories.map((id) => {
    const values = edition.entities.map((e) => e.scores[id]).filter((v) => typeof v === 'number');
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
  return { doc, entity, labels, values: categories.map((id) => entity.scores[id] ?? null), mean };
}

/** Creates one of our elements with its attributes and document, and puts it on the stage. */
function mountOurs(tag, attributes, doc) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  stage.append(el);
  return el;
}

/** A sized box on the stage for a peer library to draw into. */
function peerBox(className) {
  const box = document.createElement('div');
  box.className = className;
  stage.append(box);
  return box;
}

const cases = {
  async 'radar-ours'() {
    await ours();
    const { doc } = await radarData();
    const t0 = performance.now();
    const el = mountOurs('eindex-radar', { entity: 'velvavas-pilseta', compare: 'average', class: 'chart' }, doc);
    await el.updateComplete;
    await painted();
    return { ms: performance.now() - t0, check: el.shadowRoot.querySelectorAll('[part~="series"]').length };
  },
  async 'radar-chartjs'() {
    await loadScript('../node_modules/chart.js/dist/chart.umd.min.js');
    const { labels, values, mean } = await radarData();
    const t0 = performance.now();
    const canvas = document.createElement('canvas');
    peerBox('chart').append(canvas);
    const chart = new window.Chart(canvas, {
      type: 'radar',
      data: { labels, datasets: [{ label: 'Velvava', data: values }, { label: 'Average', data: mean }] },
      options: { animation: false, maintainAspectRatio: false, scales: { r: { min: 0, max: 100 } } },
    });
    await painted();
    return { ms: performance.now() - t0, check: chart.data.datasets.length };
  },
  // Re-created on a warm page: the library's code has run once and its chart was taken away,
  // as when a reader switches the entity or a page rebuilds its content. Only the second
  // chart is timed.
  async 'radar-ours-warm'() {
    await ours();
    const { doc } = await radarData();
    const attributes = { entity: 'velvavas-pilseta', compare: 'average', class: 'chart' };
    const first = mountOurs('eindex-radar', attributes, doc);
    await first.updateComplete;
    await painted();
    first.remove();
    const t0 = performance.now();
    const el = mountOurs('eindex-radar', attributes, doc);
    await el.updateComplete;
    await painted();
    return { ms: performance.now() - t0, check: el.shadowRoot.querySelectorAll('[part~="series"]').length };
  },
  async 'radar-chartjs-warm'() {
    await loadScript('../node_modules/chart.js/dist/chart.umd.min.js');
    const { labels, values, mean } = await radarData();
    const draw = () => {
      const canvas = document.createElement('canvas');
      peerBox('chart').append(canvas);
      return new window.Chart(canvas, {
        type: 'radar',
        data: { labels, datasets: [{ label: 'Velvava', data: values }, { label: 'Average', data: mean }] },
        options: { animation: false, maintainAspectRatio: false, scales: { r: { min: 0, max: 100 } } },
      });
    };
    const first = draw();
    await painted();
    first.destroy();
    stage.replaceChildren();
    const t0 = performance.now();
    const chart = draw();
    await painted();
    return { ms: performance.now() - t0, check: chart.data.datasets.length };
  },
  async 'radar-echarts'() {
    await loadScript('../node_modules/echarts/dist/echarts.min.js');
    const { labels, values, mean } = await radarData();
    const t0 = performance.now();
    const chart = window.echarts.init(peerBox('chart'));
    chart.setOption({
      animation: false,
      legend: {},
      radar: { indicator: labels.map((name) => ({ name, max: 100 })) },
      series: [{ type: 'radar', data: [{ name: 'Velvava', value: values }, { name: 'Average', value: mean }] }],
    });
    await painted();
    return { ms: performance.now() - t0, check: chart.getOption().series[0].data.length };
  },
  async 'gauge-ours'() {
    await ours();
    const { doc } = await radarData();
    const t0 = performance.now();
    const el = mountOurs('eindex-gauge', { entity: 'velvavas-pilseta', class: 'gauge' }, doc);
    await el.updateComplete;
    await painted();
    return { ms: performance.now() - t0, check: el.shadowRoot.querySelectorAll('[role="meter"]').length };
  },
  async 'gauge-echarts'() {
    await loadScript('../node_modules/echarts/dist/echarts.min.js');
    const { entity } = await radarData();
    const t0 = performance.now();
    const chart = window.echarts.init(peerBox('gauge'));
    const bands = [[0.2, '#b5470f'], [0.4, '#8a6e00'], [0.6, '#0f7a6e'], [0.8, '#1f5fa8'], [1, '#5a3d9a']];
    chart.setOption({
      animation: false,
      series: [{ type: 'gauge', startAngle: 180, endAngle: 0, min: 0, max: 100, axisLine: { lineStyle: { width: 24, color: bands } }, detail: { formatter: '{value}' }, data: [{ value: entity.total, name: 'Total' }] }],
    });
    await painted();
    return { ms: performance.now() - t0, check: 1 };
  },
  async 'ranking-119'() {
    await ours();
    const doc = await (await fetch('../data/fictional.json')).json();
    const t0 = performance.now();
    const el = mountOurs('eindex-ranking', { columns: 'rank name group total level change categories' }, doc);
    await firstRowsPainted(el);
    const first = performance.now() - t0;
    await el.updateComplete;
    await painted();
    return { ms: first, complete: performance.now() - t0, check: el.shadowRoot.querySelectorAll('tbody tr').length };
  },
  async 'ranking-10000'() {
    await ours();
    const doc = generateFictional({ entities: 10000, editions: 2, seed: 1 });
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    // Marks of the phases that `npm run bench -- --cpu` attributes main-thread CPU to; the
    // element is made in a task of its own, not in the one that generated the document.
    await new Promise((resolve) => setTimeout(resolve));
    performance.mark('first render:start');
    const t0 = performance.now();
    const el = mountOurs('eindex-ranking', { columns: 'rank name group total level change categories', search: '' }, doc);
    await firstRowsPainted(el);
    const first = performance.now() - t0;
    performance.mark('first render:end');
    await el.updateComplete;
    await painted();
    const complete = performance.now() - t0;

    // A click re-renders in a microtask; the next painted frame shows the new order.
    const nameHeader = el.shadowRoot.querySelectorAll('thead button')[0];
    performance.mark('re-sort:start');
    const t1 = performance.now();
    nameHeader.click();
    await painted();
    const resort = performance.now() - t1;
    performance.mark('re-sort:end');
    await el.updateComplete;

    const input = el.shadowRoot.querySelector('input[type="search"]');
    longTasks.length = 0;
    // Per keystroke: until the frame showing the new matches is painted (what the typist
    // waits for), and until every row of the page is drawn (the next keystroke comes after).
    const keystrokes = [];
    const filled = [];
    performance.mark('typing:start');
    for (const text of ['v', 've', 'vel']) {
      const t2 = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await painted();
      keystrokes.push(performance.now() - t2);
      await el.updateComplete;
      filled.push(performance.now() - t2);
    }
    performance.mark('typing:end');
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    return {
      ms: first, complete, resort, keystroke: mean(keystrokes), keystrokeComplete: mean(filled),
      longestTaskWhileTyping: Math.max(0, ...longTasks), check: el.shadowRoot.querySelectorAll('tbody tr').length,
    };
  },
};

const name = params.get('case');
(cases[name] ?? (() => Promise.reject(new Error(`unknown case ${name}`))))()
  .then((result) => (window.result = result))
  .catch((error) => (window.result = { error: String(error) }));
