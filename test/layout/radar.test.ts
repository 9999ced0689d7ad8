import { expect } from '@open-wc/testing';
import { boxesOverlap, isSparse, radarBarsLayout, radarLayout, radarTooltipSide } from '../../src/layout/radar.js';
import { tooltipBox } from '../../src/layout/tooltip.js';
import type { RadarInput, RadarLayout } from '../../src/layout/radar.js';
import { estimatedMeasure } from '../../src/layout/text-wrap.js';
import { el, expectSvgSnapshot } from '../helpers/snapshot.js';
import type { SvgNode } from '../helpers/snapshot.js';

// Category names as in data/institutions.json (docs/design.md §1).
const LV = [
  { id: 'communication', label: 'Saziņa ar sabiedrību un līdzdalība' },
  { id: 'customer-service', label: 'Klientu apkalpošana un atbalsts' },
  { id: 'open-data', label: 'Atvērto datu pieejamība' },
  { id: 'internal-processes', label: 'Iestādes iekšējie procesi un starpiestāžu sadarbība' },
  { id: 'services', label: 'Pakalpojumu nodrošināšana' },
];
const EN = [
  { id: 'communication', label: 'Communication with the public and participation' },
  { id: 'customer-service', label: 'Customer service and support' },
  { id: 'open-data', label: 'Open data availability' },
  { id: 'internal-processes', label: 'Internal processes and inter-institutional cooperation' },
  { id: 'services', label: 'Service provision' },
];
// Published results of VTUA (data/institutions.json): 2022 complete; 2017 without two categories.
const VTUA_2022 = { id: 'vtua', label: 'VTUA 2022', values: [60, 72.5, 58, 66.7, 69.4] };
const VTUA_2017 = { id: 'vtua-2017', label: 'VTUA 2017', values: [null, 50, null, 65, 68] };
const SCALE = { min: 0, max: 100 };

const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);
const distance = (l: RadarLayout, x: number, y: number) => Math.hypot(x - l.center.x, y - l.center.y);

function radarSvg(l: RadarLayout): SvgNode {
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: l.width, height: l.height, viewBox: `0 0 ${l.width} ${l.height}`, 'font-family': 'sans-serif', 'font-size': l.fontSize }, [
    el('rect', { width: l.width, height: l.height, fill: 'white' }),
    el('g', { class: 'rings', fill: 'none', stroke: '#bbb' }, l.rings.map((r) => el('path', { d: r.path }))),
    el('g', { class: 'axes', stroke: '#888' }, l.axes.map((a) => el('line', { x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 }))),
    el('g', { class: 'ring-labels', fill: '#555' }, l.rings.flatMap((r) => (r.label ? [el('text', { x: r.label.x, y: r.label.y, 'text-anchor': 'middle' }, [String(r.value)])] : []))),
    el('g', { class: 'axis-labels' }, l.axes.map((a) =>
      el('text', { x: a.label.x, y: a.label.y, 'text-anchor': a.label.anchor },
        a.label.lines.map((line, i) => el('tspan', { x: a.label.x, dy: i === 0 ? 0 : a.label.lineHeight }, [line]))))),
    ...l.series.map((s) => el('g', { class: `series series-${s.index + 1}`, stroke: ['steelblue', 'chocolate', 'seagreen', 'mediumvioletred'][s.index], fill: 'none', 'stroke-width': 2 }, [
      ...s.segments.map((d) => el('path', { d, 'stroke-dasharray': s.dash || null })),
      ...s.points.map((p) => el('path', { d: s.marker, transform: `translate(${p.x} ${p.y})`, fill: 'white' })),
      ...s.missing.map((m) => el('g', { class: 'missing', transform: `translate(${m.x} ${m.y})` }, [
        el('path', { d: s.marker, fill: 'white', 'stroke-width': 1 }),
        el('line', { x1: -5, y1: 5, x2: 5, y2: -5, 'stroke-width': 1 }),
      ])),
    ])),
  ]);
}

/** Shortest distance from the centre to a box (0 when the centre is inside). */
function boxDistance(l: RadarLayout, b: { x: number; y: number; width: number; height: number }): number {
  const dx = Math.max(b.x - l.center.x, 0, l.center.x - (b.x + b.width));
  const dy = Math.max(b.y - l.center.y, 0, l.center.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

describe('radarLayout', () => {
  const base: RadarInput = { categories: LV, series: [VTUA_2022], scale: SCALE, width: 480 };

  it('puts the first axis at 12 o\'clock and the rest clockwise, evenly', () => {
    const l = radarLayout(base);
    const [a0, a1, a2, , a4] = l.axes;
    close(a0!.angle, 0);
    close(a0!.x2, l.center.x);
    close(a0!.y2, l.center.y - l.radius);
    close(a1!.angle, (2 * Math.PI) / 5);
    expect(a1!.x2).to.be.above(l.center.x); // clockwise: the second axis is to the right
    expect(a1!.y2).to.be.below(l.center.y);
    expect(a2!.y2).to.be.above(l.center.y);
    expect(a4!.x2).to.be.below(l.center.x);
    expect(l.axes.map((a) => a.id)).to.deep.equal(LV.map((c) => c.id));
  });

  it('maps scale.max to the outer ring and scale.min to the centre, linearly', () => {
    const l = radarLayout({ ...base, series: [{ id: 's', label: 's', values: [100, 0, 50, 25, 100] }] });
    const [p0, p1, p2, p3, p4] = l.series[0]!.points;
    close(distance(l, p0!.x, p0!.y), l.radius);
    close(distance(l, p4!.x, p4!.y), l.radius);
    close(l.rings[l.rings.length - 1]!.r, l.radius);
    expect(l.rings[l.rings.length - 1]!.value).to.equal(100);
    close(distance(l, p1!.x, p1!.y), 0);
    close(distance(l, p2!.x, p2!.y), l.radius / 2);
    close(distance(l, p3!.x, p3!.y), l.radius / 4);
  });

  it('is linear from scale.min when the scale does not start at 0', () => {
    const l = radarLayout({ ...base, scale: { min: 20, max: 60 }, series: [{ id: 's', label: 's', values: [20, 40, 60, 30, 50] }] });
    const d = l.series[0]!.points.map((p) => distance(l, p.x, p.y) / l.radius);
    d.forEach((v, i) => close(v, [0, 0.5, 1, 0.25, 0.75][i]!));
  });

  it('draws a complete series as one closed polygon', () => {
    const s = radarLayout(base).series[0]!;
    expect(s.closed).to.equal(true);
    expect(s.segments).to.have.length(1);
    expect(s.segments[0]).to.match(/^M.*Z$/);
    expect(s.points).to.have.length(5);
    expect(s.missing).to.have.length(0);
  });

  it('leaves a gap for an unpublished value: no point, no vertex at the centre, a "not published" mark', () => {
    const l = radarLayout({ ...base, series: [VTUA_2017] });
    const s = l.series[0]!;
    expect(s.closed).to.equal(false);
    expect(s.points.map((p) => p.categoryIndex)).to.deep.equal([1, 3, 4]);
    expect(s.points.every((p) => distance(l, p.x, p.y) > 1)).to.equal(true);
    // Runs around the circle: [1] alone (a marker only) and [3, 4] (one open polyline).
    expect(s.segments).to.have.length(1);
    expect(s.segments[0]).not.to.contain('Z');
    const vertices = s.segments[0]!.split(/[ML]/).filter(Boolean).map((xy) => xy.split(',').map(Number) as [number, number]);
    expect(vertices).to.have.length(2);
    for (const [x, y] of vertices) expect(distance(l, x, y)).to.be.above(1);
    expect(s.missing.map((m) => m.categoryIndex)).to.deep.equal([0, 2]);
    // The mark lies outside the outer ring, so it cannot be read as a value on the scale.
    for (const m of s.missing) expect(distance(l, m.x, m.y)).to.be.above(l.radius);
  });

  it('joins a run of published values across the last and first axes', () => {
    const s = radarLayout({ ...base, series: [{ id: 's', label: 's', values: [10, null, 30, 40, 50] }] }).series[0]!;
    expect(s.segments).to.have.length(1);
    // 30 → 40 → 50 → 10: four vertices, starting after the gap.
    expect(s.segments[0]!.split(/[ML]/).filter(Boolean)).to.have.length(4);
  });

  it('draws nothing but marks for a series with no published value', () => {
    const s = radarLayout({ ...base, series: [{ id: 's', label: 's', values: [null, null, null, null, null] }] }).series[0]!;
    expect(s.segments).to.deep.equal([]);
    expect(s.points).to.deep.equal([]);
    expect(s.missing).to.have.length(5);
  });

  it('draws at most four series, each with its own dash pattern and marker shape', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, label: `s${i}`, values: [10 * i, 20, 30, 40, 50] }));
    const l = radarLayout({ ...base, series: five });
    expect(l.series).to.have.length(4);
    expect(new Set(l.series.map((s) => s.dash)).size).to.equal(4);
    expect(new Set(l.series.map((s) => s.shape)).size).to.equal(4);
    expect(new Set(l.series.map((s) => s.marker)).size).to.equal(4);
  });

  it('keeps every category label outside the plot, inside the drawing and apart from the others, from 200 to 1200 px', () => {
    for (const categories of [LV, EN]) {
      for (const series of [[VTUA_2022], [VTUA_2022, VTUA_2017]]) {
        for (let width = 200; width <= 1200; width += 20) {
          for (const measure of [undefined, estimatedMeasure(12)]) {
            const l = radarLayout({ categories, series, scale: SCALE, width, ...(measure ? { measure } : {}) });
            const where = `${categories[0]!.label} ${width}px ${series.length} series`;
            expect(l.radius, where).to.be.above(width / 8);
            expect(l.width).to.equal(width);
            for (const a of l.axes) {
              const b = a.label.box;
              expect(b.x, where).to.be.at.least(0);
              expect(b.y, where).to.be.at.least(0);
              expect(b.x + b.width, where).to.be.at.most(width);
              expect(b.y + b.height, where).to.be.at.most(l.height);
              expect(boxDistance(l, b), where).to.be.above(l.radius);
              for (const line of a.label.lines) expect((measure ?? ((t: string) => t.length * 6.6))(line), where).to.be.at.most(b.width + 1e-9);
              for (const other of l.axes.slice(a.index + 1)) {
                const o = other.label.box;
                const e = 1e-6; // touching is apart
                const apart = b.x + b.width <= o.x + e || o.x + o.width <= b.x + e || b.y + b.height <= o.y + e || o.y + o.height <= b.y + e;
                expect(apart, `${where}: labels ${a.index} and ${other.index}`).to.equal(true);
              }
            }
          }
        }
      }
    }
  });

  it('wraps long Latvian names between words', () => {
    const l = radarLayout({ ...base, width: 360 });
    const internal = l.axes[3]!.label.lines;
    expect(internal.length).to.be.above(1);
    expect(internal.join(' ')).to.equal(LV[3]!.label);
  });

  it('depends on its input only: another layout in between changes nothing, and the input is never written', () => {
    const first = radarLayout(base);
    const other = radarLayout({ ...base, categories: EN, series: [VTUA_2017] });
    expect(other.series[0]!.segments).to.not.deep.equal(first.series[0]!.segments);
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
      return Object.freeze(value);
    };
    const frozen = deepFreeze(structuredClone(base));
    expect(radarLayout(frozen)).to.deep.equal(first);
  });

  it('matches the snapshot: VTUA 2022, Latvian, 480 px', async () => {
    await expectSvgSnapshot('radar-vtua-2022-lv-480', radarSvg(radarLayout(base)));
  });

  it('matches the snapshot: VTUA 2022 against 2017 with gaps, English, 360 px', async () => {
    await expectSvgSnapshot('radar-gaps-en-360', radarSvg(radarLayout({ categories: EN, series: [VTUA_2022, VTUA_2017], scale: SCALE, width: 360 })));
  });

  it('matches the snapshot: four fictional series, Latvian, 280 px', async () => {
    const series = [
      VTUA_2022,
      { id: 'a', label: 'Fictional A', values: [35, 48, 22, 40, 51] },
      { id: 'b', label: 'Fictional B', values: [80, 90, 75, null, 88] },
      { id: 'c', label: 'Fictional C', values: [10, 20, 95, 30, 5] },
    ];
    await expectSvgSnapshot('radar-four-series-lv-280', radarSvg(radarLayout({ categories: LV, series, scale: SCALE, width: 280 })));
  });

  it('matches the snapshot: VTUA 2022, English, 1200 px', async () => {
    await expectSvgSnapshot('radar-vtua-2022-en-1200', radarSvg(radarLayout({ ...base, categories: EN, width: 1200 })));
  });

  it('numbers the axes and keeps the rings at least half the width where the names do not fit around them', () => {
    for (const categories of [LV, EN]) {
      const wide = radarLayout({ categories, series: [VTUA_2022], scale: SCALE, width: 768, measure: estimatedMeasure(12) });
      expect(wide.keyed).to.equal(false);
      expect(wide.axes.map((a) => a.label.lines.join(' '))).to.deep.equal(categories.map((c) => c.label));
      const phone = radarLayout({ categories, series: [VTUA_2022], scale: SCALE, width: 320, measure: estimatedMeasure(12) });
      expect(phone.keyed).to.equal(true);
      expect(phone.axes.map((a) => a.label.lines)).to.deep.equal([['1'], ['2'], ['3'], ['4'], ['5']]);
      // Keyed or not, the rings span at least half the drawing from 320 px up.
      for (const width of [320, 340, 360, 400, 480]) {
        const l = radarLayout({ categories, series: [VTUA_2022, VTUA_2017], scale: SCALE, width, measure: estimatedMeasure(12) });
        expect(2 * l.radius, `${width} px`).to.be.at.least(width / 2);
      }
    }
  });

  it('writes ring values in the gap the series cross least, clear of the category labels', () => {
    // Full on axes 0, 1 and 4, low on axes 2 and 3: the gap between axes 2 and 3 (at 6 o'clock) is free.
    const series = [{ id: 's', label: 's', values: [100, 100, 10, 10, 100] }];
    const l = radarLayout({ categories: LV, series, scale: SCALE, width: 480, measure: estimatedMeasure(12) });
    const labelled = l.rings.filter((r) => r.label);
    expect(labelled.length).to.be.above(1);
    // All on one bisector: between axes 2 and 3 (angle π), where the outline runs at 10.
    for (const r of labelled) {
      const angle = Math.atan2(r.label!.x - l.center.x, l.center.y - (r.label!.box.y + r.label!.box.height / 2));
      expect((angle + 2 * Math.PI) % (2 * Math.PI)).to.be.closeTo(Math.PI, 1e-6);
      for (const a of l.axes) expect(boxesOverlap(r.label!.box, a.label.box)).to.equal(false);
    }
  });

  it('fills only the first series', () => {
    const two = [VTUA_2022, { ...VTUA_2022, id: 'b' }];
    expect(radarLayout({ ...base, series: two }).series.map((s) => s.filled)).to.deep.equal([true, false]);
  });

  it('calls a first series with fewer than 3 published values sparse', () => {
    expect(isSparse([{ id: 'a', label: 'a', values: [null, 65, 93, null, null] }], 5)).to.equal(true);
    expect(isSparse([{ id: 'a', label: 'a', values: [1, 65, 93, null, null] }], 5)).to.equal(false);
    expect(isSparse([VTUA_2017, { id: 'b', label: 'b', values: [null, null, null, null, null] }], 5)).to.equal(false);
  });

  it('draws sparse data as bars: one per published value, "not published" text for the rest, never a bar of 0', () => {
    const series = [
      { id: 'cesis', label: 'Cēsis', values: [null, 65, 93, null, null] },
      { id: 'average', label: 'Average', values: [null, 65, 93, null, 0] },
    ];
    for (const width of [120, 360, 1200]) {
      const l = radarBarsLayout({ categories: EN, series, scale: SCALE, width, measure: estimatedMeasure(12), notPublished: 'not published' });
      const [cesis, average] = l.series;
      expect(cesis!.bars.map((b) => b.categoryIndex)).to.deep.equal([1, 2]);
      expect(cesis!.missing.map((m) => m.categoryIndex)).to.deep.equal([0, 3, 4]);
      expect(cesis!.missingText).to.have.length(3);
      // A published 0 is a bar of no length with its marker, not "not published".
      expect(average!.bars.map((b) => b.categoryIndex)).to.deep.equal([1, 2, 4]);
      const [b65, b93] = cesis!.bars;
      expect(b93!.width / b65!.width).to.be.closeTo(93 / 65, 1e-9);
      expect(average!.bars[2]!.width).to.equal(0);
      // The marker sits at the bar's end; rows of different series and categories never overlap.
      expect(cesis!.points[0]!.x).to.be.closeTo(b65!.x + b65!.width, 1e-9);
      const rows = l.series.flatMap((s) => s.bars.map((b) => b.y));
      expect(new Set(rows).size).to.equal(rows.length);
      for (const label of l.labels) expect(label.box.x + label.box.width, `${width}`).to.be.at.most(width);
      for (const b of cesis!.bars) expect(b.text.x + estimatedMeasure(12)('100,0'), `${width}`).to.be.at.most(width);
      expect(l.height).to.be.above(0);
    }
  });

  it('places a tooltip beside its point, away from the centre, inside the drawing', () => {
    const l = radarLayout({ ...base, width: 360 });
    const long = ['Iestādes iekšējie procesi un starpiestāžu sadarbība', 'VTUA 2022', '66,7'];
    const short = ['Atvērtie dati', 'VTUA', '58'];
    for (const p of l.series[0]!.points) {
      for (const lines of [long, short]) {
        const t = tooltipBox(l, p, lines, estimatedMeasure(l.fontSize), radarTooltipSide(l, p));
        expect(t.x).to.be.at.least(0);
        expect(t.y).to.be.at.least(0);
        expect(t.x + t.width).to.be.at.most(l.width);
        expect(t.y + t.height).to.be.at.most(l.height);
        expect(t.baselines).to.have.length(3);
      }
      // A short tooltip fits beside the point on the side away from the centre (not over the plot).
      const t = tooltipBox(l, p, short, estimatedMeasure(l.fontSize), radarTooltipSide(l, p));
      if (p.x > l.center.x + 1) expect(t.x, `point at x ${p.x}`).to.be.above(p.x);
      if (p.x < l.center.x - 1) expect(t.x + t.width, `point at x ${p.x}`).to.be.below(p.x);
    }
  });
});
