import { expect } from '@open-wc/testing';
import { trendLayout, trendTooltipSide, type TrendInput, type TrendLayout } from '../../src/layout/trend.js';
import { tooltipBox } from '../../src/layout/tooltip.js';
import { estimatedMeasure } from '../../src/layout/text-wrap.js';
import { el, expectSvgSnapshot, type SvgNode } from '../helpers/snapshot.js';

const lv = (n: number) => String(n).replace('.', ',');
// The Central Statistical Bureau's published totals (data/institutions.json): 2017–2019, then none.
const YEARS = [2017, 2018, 2019, 2021, 2022];
const CSP = [61.4, 63.7, 72.5, null, null];
const VTUA = [67.4, null, null, null, 66.8];

function input(over: Partial<TrendInput> = {}): TrendInput {
  return {
    years: YEARS, series: [{ label: 'CSP', values: CSP }, { label: 'VTUA', values: VTUA }],
    domain: [0, 100], width: 480, fontSize: 13, measure: estimatedMeasure(13), format: lv, ...over,
  };
}

function trendSvg(l: TrendLayout): SvgNode {
  const colours = ['steelblue', 'chocolate', 'seagreen', 'purple'];
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: l.width, height: l.height, viewBox: `0 0 ${l.width} ${l.height}`, 'font-family': 'sans-serif', 'font-size': l.fontSize }, [
    el('rect', { width: l.width, height: l.height, fill: 'white' }),
    ...l.yTicks.map((t) => el('g', { class: 'tick' }, [
      el('line', { x1: l.plot.left, x2: l.plot.right, y1: t.y, y2: t.y, stroke: '#ccc' }),
      el('text', { x: l.plot.left - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end' }, [t.text]),
    ])),
    ...l.years.filter((y) => y.shown).map((y) => el('text', { x: y.x, y: l.yearLabelY, 'text-anchor': 'middle' }, [String(y.year)])),
    ...l.series.map((s) => el('g', { class: `series-${s.index + 1}`, stroke: colours[s.index], fill: 'none' }, [
      ...s.bridges.map((d) => el('path', { d, 'stroke-dasharray': '1 5' })),
      ...s.segments.map((d) => el('path', { d, 'stroke-width': 2.5 })),
      ...s.points.map((p) => el('path', { d: s.marker, transform: `translate(${p.x} ${p.y})`, fill: 'white' })),
    ])),
  ]);
}

describe('layout/trend', () => {
  it('puts one point per published edition and none for a gap, on a band axis in document order', () => {
    const l = trendLayout(input());
    const [csp, vtua] = l.series;
    expect(csp!.points.map((p) => p.yearIndex)).to.deep.equal([0, 1, 2]);
    expect(vtua!.points.map((p) => p.yearIndex)).to.deep.equal([0, 4]);
    // Bands of equal width, centred: the years are spaced evenly whatever the gap in time.
    const xs = l.years.map((y) => y.x);
    const step = xs[1]! - xs[0]!;
    xs.forEach((x, i) => expect(x).to.be.closeTo(xs[0]! + i * step, 1e-9));
    expect(xs[0]! - l.plot.left).to.be.closeTo(step / 2, 1e-9);
  });

  it('draws a solid line only between neighbouring published editions, and a bridge over a gap', () => {
    const l = trendLayout(input());
    const [csp, vtua] = l.series;
    expect(csp!.segments).to.have.length(1);
    expect(csp!.segments[0]!.match(/L/g)).to.have.length(2); // three points, two segments
    expect(csp!.bridges).to.deep.equal([]);
    expect(vtua!.segments).to.deep.equal([]);
    expect(vtua!.bridges).to.have.length(1);
    const [p0, p1] = vtua!.points;
    const ends = vtua!.bridges[0]!.match(/-?[\d.]+/g)!.map(Number);
    [p0!.x, p0!.y, p1!.x, p1!.y].forEach((v, i) => expect(ends[i]).to.be.closeTo(v, 0.001));
  });

  it('maps values linearly, scale minimum at the bottom; places with 1 at the top', () => {
    const l = trendLayout(input());
    const point = l.series[0]!.points[0]!;
    const { top, bottom } = l.plot;
    expect(point.y).to.be.closeTo(bottom - (61.4 / 100) * (bottom - top), 1e-9);
    const ranks = trendLayout(input({ series: [{ label: 'CSP', values: [2, 1, null, 3, 1] }], domain: [1, 6], rank: true }));
    const ys = ranks.series[0]!.points.map((p) => p.y);
    expect(ys[1]).to.equal(ranks.plot.top); // place 1
    expect(ys[2]).to.be.greaterThan(ys[0]!); // place 3 under place 2
    expect(ranks.yTicks.every((t) => Number.isInteger(t.value))).to.equal(true);
    expect(ranks.yTicks[0]!.value).to.equal(1);
  });

  it('writes ticks in the page format and thins year labels that would touch, keeping the last', () => {
    const l = trendLayout(input({ format: lv, domain: [0, 1] }));
    expect(l.yTicks.some((t) => t.text.includes(','))).to.equal(true);
    const narrow = trendLayout(input({ width: 120, years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], series: [] }));
    const shown = narrow.years.filter((y) => y.shown);
    expect(shown.length).to.be.lessThan(8);
    expect(shown[shown.length - 1]!.year).to.equal(2022);
    const measure = estimatedMeasure(13);
    for (let i = 1; i < shown.length; i += 1) {
      expect(shown[i]!.x - shown[i - 1]!.x, 'year labels apart').to.be.at.least(measure('2022'));
    }
  });

  it('keeps every drawn thing inside the width from 120 px up', () => {
    for (const width of [120, 160, 360, 1200]) {
      const l = trendLayout(input({ width }));
      const measure = estimatedMeasure(13);
      expect(l.plot.left).to.be.at.least(Math.max(...l.yTicks.map((t) => measure(t.text))));
      for (const y of l.years.filter((t) => t.shown)) {
        expect(y.x - measure(String(y.year)) / 2, `${width}: year left`).to.be.at.least(0);
        expect(y.x + measure(String(y.year)) / 2, `${width}: year right`).to.be.at.most(width);
      }
      for (const s of l.series) for (const p of s.points) expect(p.x).to.be.within(l.plot.left, width);
    }
  });

  it('places a point\'s tooltip beside it, toward the middle of the plot, inside the drawing (shared tooltipBox)', () => {
    const lines = ['2019', 'Centrālā statistikas pārvalde', '72,5'];
    for (const width of [160, 360, 1200]) {
      const l = trendLayout(input({ width }));
      for (const p of l.series.flatMap((s) => s.points)) {
        const t = tooltipBox(l, p, lines, estimatedMeasure(l.fontSize), trendTooltipSide(l, p));
        expect(t.x, `${width}`).to.be.at.least(0);
        expect(t.y, `${width}`).to.be.at.least(0);
        expect(t.x + t.width, `${width}`).to.be.at.most(l.width);
        expect(t.y + t.height, `${width}`).to.be.at.most(l.height);
        // Where it fits, it does not cover its point: 8 px to its right or left.
        if (width === 1200) {
          const middle = (l.plot.left + l.plot.right) / 2;
          if (p.x < middle) expect(t.x, `point at ${p.x}`).to.equal(p.x + 8);
          else expect(t.x + t.width, `point at ${p.x}`).to.equal(p.x - 8);
        }
      }
    }
  });

  it('puts a tooltip on the other side where the preferred one has no room (tooltipBox)', () => {
    const area = { width: 300, height: 200, fontSize: 13 };
    const lines = ['2022', 'A long series name here', '66,8'];
    const measure = estimatedMeasure(13);
    const nearRight = tooltipBox(area, { x: 280, y: 100 }, lines, measure, 'right');
    expect(nearRight.x + nearRight.width).to.equal(272);
    const nearLeft = tooltipBox(area, { x: 20, y: 100 }, lines, measure, 'left');
    expect(nearLeft.x).to.equal(28);
    // Room on neither side: inside the drawing all the same.
    const wide = tooltipBox({ ...area, width: 120 }, { x: 60, y: 190 }, lines, measure, 'right');
    expect([wide.x, wide.x + wide.width <= 120, wide.y + wide.height <= 200]).to.deep.equal([0, true, true]);
  });

  it('matches the SVG snapshots (real sparse series at 480 px, lv; places at 200 px)', async () => {
    await expectSvgSnapshot('trend-csp-vtua-lv-480', trendSvg(trendLayout(input())));
    await expectSvgSnapshot('trend-rank-200', trendSvg(trendLayout(input({
      width: 200, series: [{ label: 'A', values: [2, 1, null, 3, 1] }, { label: 'B', values: [1, 2, 3, null, 2] }], domain: [1, 6], rank: true,
    }))));
  });
});
