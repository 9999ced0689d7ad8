import { expect } from '@open-wc/testing';
import { gaugeLayout } from '../../src/layout/gauge.js';
import type { GaugeInput, GaugeLayout } from '../../src/layout/gauge.js';
import { el, expectSvgSnapshot } from '../helpers/snapshot.js';
import type { SvgNode } from '../helpers/snapshot.js';

const SCALE = { min: 0, max: 100 };
// Levels as published (data/institutions.json): no score thresholds, so no bands.
const PUBLISHED_LEVELS = [1, 2, 3].map((level) => ({ level, label: `${level}. līmenis` }));
// Thresholds of the fictional data set (data/fictional.json): bands are drawn.
const FICTIONAL_LEVELS = [
  { level: 1, min: 0, label: '1. līmenis' },
  { level: 2, min: 35, label: '2. līmenis' },
  { level: 3, min: 60, label: '3. līmenis' },
];

const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);

function gaugeSvg(l: GaugeLayout, value: string, caption: string): SvgNode {
  const colours = ['chocolate', 'goldenrod', 'seagreen', 'steelblue', 'purple'];
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: l.width, height: l.height, viewBox: `0 0 ${l.width} ${l.height}`, 'font-family': 'sans-serif', 'font-size': l.fontSize }, [
    el('rect', { width: l.width, height: l.height, fill: 'white' }),
    el('path', { class: 'track', d: l.track, fill: '#ddd' }),
    ...l.bands.map((b) => el('g', { class: `band level-${b.level}` }, [
      el('path', { d: b.path, fill: colours[b.level - 1] }),
      el('text', { x: b.label!.x, y: b.label!.y, 'text-anchor': b.label!.anchor }, [b.label!.text]),
    ])),
    ...(l.valueArc ? [el('path', { class: 'value', d: l.valueArc, fill: 'steelblue' })] : []),
    ...(l.averageTick ? [el('g', { class: 'average' }, [
      el('line', { x1: l.averageTick.x1, y1: l.averageTick.y1, x2: l.averageTick.x2, y2: l.averageTick.y2, stroke: 'black' }),
      ...(l.averageTick.label ? [el('text', { x: l.averageTick.label.x, y: l.averageTick.label.y, 'text-anchor': l.averageTick.label.anchor }, [l.averageTick.label.text])] : []),
    ])] : []),
    ...(l.marker ? [el('line', { class: 'marker', x1: l.marker.x1, y1: l.marker.y1, x2: l.marker.x2, y2: l.marker.y2, stroke: 'black', 'stroke-width': 3 })] : []),
    ...l.ticks.map((t) => el('text', { x: t.x, y: t.y, 'text-anchor': t.anchor }, [String(t.value)])),
    el('text', { x: l.valueText.x, y: l.valueText.y, 'text-anchor': 'middle', 'font-size': l.valueText.fontSize }, [value]),
    el('text', { x: l.caption.x, y: l.caption.y, 'text-anchor': 'middle' }, [caption]),
  ]);
}

/** The first "M x,y" of a path. */
function start(path: string): [number, number] {
  const m = /^M(-?[\d.e-]+),(-?[\d.e-]+)/.exec(path)!;
  return [Number(m[1]), Number(m[2])];
}

describe('gaugeLayout', () => {
  const base: GaugeInput = { scale: SCALE, value: 66.8, levels: PUBLISHED_LEVELS, width: 320 };

  it('spans a half circle: scale.min at 9 o\'clock, the middle at 12, scale.max at 3', () => {
    const at = (value: number) => gaugeLayout({ ...base, value }).marker!;
    close(at(0).angle, -Math.PI / 2);
    close(at(50).angle, 0);
    close(at(100).angle, Math.PI / 2);
    const l = gaugeLayout({ ...base, value: 50 });
    close(l.marker!.x, l.cx);
    expect(l.marker!.y).to.be.below(l.cy);
    const low = at(0);
    close(low.y, l.cy);
    expect(low.x).to.be.below(l.cx);
  });

  it('places the value linearly on a scale that does not start at 0', () => {
    close(gaugeLayout({ ...base, scale: { min: 20, max: 60 }, value: 30 }).marker!.angle, -Math.PI / 4);
  });

  it('draws the track from the left end to the right end around the centre', () => {
    const l = gaugeLayout(base);
    const [x, y] = start(l.track);
    close(x, l.cx - l.r);
    close(y, l.cy);
    expect(l.innerRadius).to.be.above(0).and.below(l.r);
  });

  it('draws level bands only when every level declares min', () => {
    expect(gaugeLayout(base).bands).to.deep.equal([]);
    expect(gaugeLayout({ ...base, levels: [...FICTIONAL_LEVELS.slice(0, 2), { level: 3, label: '3' }] }).bands).to.deep.equal([]);
    const bands = gaugeLayout({ ...base, levels: FICTIONAL_LEVELS }).bands;
    expect(bands.map((b) => [b.level, b.from, b.to])).to.deep.equal([[1, 0, 35], [2, 35, 60], [3, 60, 100]]);
    expect(bands.map((b) => b.label!.text)).to.deep.equal(['1', '2', '3']); // 320 px: too narrow for the full labels
    const wide = gaugeLayout({ ...base, levels: FICTIONAL_LEVELS, width: 480 }).bands;
    expect(wide.map((b) => b.label!.text)).to.deep.equal(['1. līmenis', '2. līmenis', '3. līmenis']);
    const l = gaugeLayout({ ...base, levels: FICTIONAL_LEVELS });
    // Each band starts where its level starts (outer radius, angle of `from`).
    const [x, y] = start(bands[1]!.path);
    const a = -Math.PI / 2 + Math.PI * 0.35;
    expect(x).to.be.closeTo(l.cx + l.r * Math.sin(a), 1e-3) // paths are written to 3 decimals;
    expect(y).to.be.closeTo(l.cy - l.r * Math.cos(a), 1e-3);
  });

  it('labels every band outside the track', () => {
    const l = gaugeLayout({ ...base, levels: FICTIONAL_LEVELS });
    for (const b of l.bands) expect(Math.hypot(b.label!.x - l.cx, b.label!.y - l.cy)).to.be.above(l.r);
  });

  it('shows the value as an arc on the track without bands, and only the marker with bands', () => {
    expect(gaugeLayout(base).valueArc).to.be.a('string');
    expect(gaugeLayout({ ...base, levels: FICTIONAL_LEVELS }).valueArc).to.equal(null);
    expect(gaugeLayout({ ...base, levels: FICTIONAL_LEVELS }).marker).not.to.equal(null);
  });

  it('draws no marker and no value arc when the value is not published', () => {
    const l = gaugeLayout({ ...base, value: null });
    expect(l.marker).to.equal(null);
    expect(l.valueArc).to.equal(null);
  });

  it('draws the average as a tick inside the track at its angle, only when there is one', () => {
    expect(gaugeLayout(base).averageTick).to.equal(null);
    const l = gaugeLayout({ ...base, average: 50, averageLabel: 'vidēji 50' });
    const t = l.averageTick!;
    close(t.x1, l.cx);
    close(t.x2, l.cx);
    close(t.y1, l.cy - l.innerRadius + 2);
    expect(t.y2).to.be.above(t.y1);
    expect(t.label!.y).to.be.above(t.y2);
    expect(t.label!.text).to.equal('vidēji 50');
  });

  it('leaves out an average label that would cross the track, keeping the tick', () => {
    const narrow = gaugeLayout({ ...base, width: 200, average: 40, averageLabel: 'publicētais vidējais 40' });
    expect(narrow.averageTick).to.not.equal(null);
    expect(narrow.averageTick!.label).to.equal(null);
    const wide = gaugeLayout({ ...base, width: 600, average: 40, averageLabel: 'vidēji 40' });
    expect(wide.averageTick!.label!.text).to.equal('vidēji 40');
  });

  it('has a height that depends on the width only, so the element can reserve it', () => {
    const heights = [
      gaugeLayout(base), gaugeLayout({ ...base, value: null }), gaugeLayout({ ...base, levels: FICTIONAL_LEVELS, average: 40, averageLabel: 'vidēji 40' }),
      gaugeLayout({ ...base, levels: [] }),
    ].map((l) => l.height);
    expect(new Set(heights).size).to.equal(1);
  });

  it('keeps everything inside the drawing from 200 to 1200 px', () => {
    for (let width = 200; width <= 1200; width += 50) {
      const l = gaugeLayout({ ...base, width, levels: FICTIONAL_LEVELS, average: 40, averageLabel: 'vidēji 40' });
      expect(l.cx - l.r, `${width}`).to.be.at.least(0);
      expect(l.cx + l.r).to.be.at.most(width);
      expect(l.cy - l.r).to.be.at.least(0);
      expect(l.caption.y).to.be.below(l.height);
      for (const b of l.bands) {
        const w = b.label!.text.length * l.fontSize * 0.55;
        const x0 = b.label!.anchor === 'start' ? b.label!.x : b.label!.anchor === 'end' ? b.label!.x - w : b.label!.x - w / 2;
        expect(x0, `${width}`).to.be.at.least(0);
        expect(x0 + w, `${width}`).to.be.at.most(width);
        expect(b.label!.y - l.fontSize, `${width}`).to.be.at.least(0);
      }
    }
  });

  it('matches the snapshot: published levels, no bands, 320 px', async () => {
    await expectSvgSnapshot('gauge-no-bands-320', gaugeSvg(gaugeLayout(base), '66,8', 'VTUA 2022'));
  });

  it('matches the snapshot: fictional bands with the average, 480 px', async () => {
    const l = gaugeLayout({ ...base, value: 66.8, levels: FICTIONAL_LEVELS, average: 40, averageLabel: 'vidēji 40', width: 480 });
    await expectSvgSnapshot('gauge-bands-average-480', gaugeSvg(l, '66,8', '3. līmenis'));
  });

  it('matches the snapshot: fictional bands, value near the minimum, 200 px', async () => {
    const l = gaugeLayout({ ...base, value: 4, levels: FICTIONAL_LEVELS, average: 40, averageLabel: 'vidēji 40', width: 200 });
    await expectSvgSnapshot('gauge-bands-200', gaugeSvg(l, '4', '1. līmenis'));
  });

  // The five levels of data/fictional.json.
  const FIVE = [0, 20, 40, 60, 80].map((min, i) => ({ level: i + 1, min, label: `${i + 1}. brieduma līmenis` }));
  const measure = (text: string) => text.length * 12 * 0.55;
  /** The box of a one-line text at baseline y, as the layout reckons it. */
  const box = (t: { x: number; y: number; anchor: string }, w: number, size = 12) => {
    const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    return { x0, x1: x0 + w, y0: t.y - size * 0.8, y1: t.y + size * 0.25 };
  };
  const apart = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

  it('keeps the value clear of the scale\'s ends and of every label from 110 to 160 px (the ends move beside the track)', () => {
    for (let width = 110; width <= 160; width += 5) {
      for (const levels of [PUBLISHED_LEVELS, FIVE]) {
        const l = gaugeLayout({ scale: SCALE, value: 100, levels, width, measure, average: 50.2, averageLabel: 'vidēji 50,2' });
        const value = box(l.valueText, measure('100,0') * (l.valueText.fontSize / 12) * 1.1, l.valueText.fontSize);
        const texts = [
          ...l.ticks.map((t) => box(t, measure(String(t.value)))),
          ...l.bands.flatMap((b) => (b.label ? [box(b.label, measure(b.label.text))] : [])),
        ];
        for (const [i, t] of texts.entries()) {
          expect(apart(t, value), `${width} px: text ${i} over the value`).to.equal(true);
          expect(t.x0, `${width} px`).to.be.at.least(0);
          expect(t.x1, `${width} px`).to.be.at.most(width);
          for (const other of texts.slice(i + 1)) expect(apart(t, other), `${width} px: texts overlap`).to.equal(true);
        }
      }
    }
  });

  it('writes the thresholds at the band edges, outside the track, with the ends of the scale', () => {
    for (const width of [120, 200, 320, 768]) {
      const l = gaugeLayout({ scale: SCALE, value: 56.8, levels: FIVE, width, measure });
      expect(l.ticks.map((t) => t.value), `${width} px`).to.deep.equal([0, 20, 40, 60, 80, 100]);
      for (const t of l.ticks.slice(1, -1)) expect(Math.hypot(t.x - l.cx, t.y - l.cy), `${width} px`).to.be.above(l.r);
    }
    // No thresholds where a level declares none.
    expect(gaugeLayout({ ...base, levels: PUBLISHED_LEVELS }).ticks.map((t) => t.value)).to.deep.equal([0, 100]);
  });

  it('draws a value beyond the scale at its end', () => {
    close(gaugeLayout({ ...base, value: 120 }).marker!.angle, Math.PI / 2);
    close(gaugeLayout({ ...base, value: -5 }).marker!.angle, -Math.PI / 2);
  });
});
