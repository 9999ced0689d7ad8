import { expect } from '@open-wc/testing';
import { levelsLayout, type LevelsInput, type LevelsLayout } from '../../src/layout/levels.js';
import { estimatedMeasure } from '../../src/layout/text-wrap.js';
import { el, expectSvgSnapshot, type SvgNode } from '../helpers/snapshot.js';

const pct = (share: number) => `${Math.round(share * 100)} %`;
// 2022 institutions as published (data/institutions.json): 25 at level 1, 83 at level 2, 7 at level 3, of 115.
const PUBLISHED_2022 = [{ level: 1, count: 25 }, { level: 2, count: 83 }, { level: 3, count: 7 }];

function input(over: Partial<LevelsInput> = {}): LevelsInput {
  return {
    rows: [{ label: '2022: kā publicēts, novērtētas 115', counts: PUBLISHED_2022 }],
    width: 480, fontSize: 13, measure: estimatedMeasure(13),
    label: (level, count, share) => `${level}. līm.: ${count} · ${pct(share)}`,
    ...over,
  };
}

function levelsSvg(l: LevelsLayout): SvgNode {
  const colours = ['chocolate', 'goldenrod', 'seagreen', 'steelblue', 'purple'];
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: l.width, height: l.height, viewBox: `0 0 ${l.width} ${l.height}`, 'font-family': 'sans-serif', 'font-size': l.fontSize }, [
    el('rect', { width: l.width, height: l.height, fill: 'white' }),
    ...l.rows.map((row) => el('g', { class: 'row' }, [
      ...row.heading.map((h) => el('text', { x: h.x, y: h.y }, [h.text])),
      ...(row.mark ? [el('path', { d: row.mark.path }), ...row.mark.lines.map((m) => el('text', { x: m.x, y: m.y }, [m.text]))] : []),
      ...row.segments.map((s) => el('g', { class: `level-${s.level}` }, [
        el('rect', { x: s.x, y: row.bar.y, width: s.width, height: row.bar.height, fill: colours[s.level - 1], stroke: 'white' }),
        ...(s.swatch ? [el('rect', { x: s.swatch.x, y: s.swatch.y, width: l.swatch, height: l.swatch, fill: colours[s.level - 1] })] : []),
        el('text', { x: s.label.x, y: s.label.y, 'text-anchor': s.label.anchor, stroke: 'white', 'stroke-width': 3, 'paint-order': 'stroke' },
          s.label.lines.map((line, i) => el('tspan', { x: s.label.x, dy: i === 0 ? 0 : s.label.lineHeight }, [line]))),
      ])),
    ])),
  ]);
}

/** Every label's box, to check that none overlaps another or leaves the width. */
function boxes(l: LevelsLayout, measure = estimatedMeasure(13)) {
  return l.rows.flatMap((row) => row.segments.map((s) => {
    const w = Math.max(...s.label.lines.map((line) => measure(line)));
    const x0 = s.label.anchor === 'middle' ? s.label.x - w / 2 : s.swatch ? s.swatch.x : s.label.x;
    const y1 = s.label.y + (s.label.lines.length - 1) * s.label.lineHeight;
    return { text: s.label.text, x0, x1: s.label.anchor === 'middle' ? s.label.x + w / 2 : s.label.x + w, y0: s.label.y - 13, y1 };
  }));
}

describe('layout/levels', () => {
  it('splits the full width by count in level order, shares summing to 1', () => {
    const l = levelsLayout(input());
    const [s1, s2, s3] = l.rows[0]!.segments;
    expect(s1!.x).to.equal(0);
    expect(s1!.width).to.be.closeTo((25 / 115) * 480, 1e-9);
    expect(s2!.x).to.be.closeTo(s1!.width, 1e-9);
    expect(s3!.x + s3!.width).to.be.closeTo(480, 1e-9);
    expect(s1!.share + s2!.share + s3!.share).to.be.closeTo(1, 1e-12);
    expect(s2!.share).to.be.closeTo(83 / 115, 1e-12);
  });

  it('writes a label on a segment where it fits, and beside (under the bar, naming the level) where not', () => {
    const l = levelsLayout(input());
    const [s1, s2, s3] = l.rows[0]!.segments;
    expect(s2!.label).to.include({ text: '2. līm.: 83 · 72 %', anchor: 'middle' });
    expect(s2!.swatch).to.equal(undefined);
    // 25 of 115 is 104 px: too narrow for its label, which goes beside like the 7.
    expect(s1!.swatch).to.not.equal(undefined);
    expect(s3!.label.text).to.equal('3. līm.: 7 · 6 %');
    expect(s3!.swatch).to.not.equal(undefined);
    expect(s3!.label.y).to.be.greaterThan(l.rows[0]!.bar.y + l.rows[0]!.bar.height);
  });

  it('leaves out levels with no entities but keeps them out of the width', () => {
    const l = levelsLayout(input({ rows: [{ label: '2021', counts: [{ level: 1, count: 0 }, { level: 2, count: 3 }, { level: 3, count: 1 }] }] }));
    expect(l.rows[0]!.segments.map((s) => s.level)).to.deep.equal([2, 3]);
    expect(l.rows[0]!.empty).to.equal(false);
    const none = levelsLayout(input({ rows: [{ label: '2018', counts: [{ level: 1, count: 0 }] }] }));
    expect(none.rows[0]!.empty).to.equal(true);
    expect(none.rows[0]!.segments).to.deep.equal([]);
  });

  it('never clips or overlaps labels from 120 px up, however small the segments', () => {
    const many = [{ level: 1, count: 1 }, { level: 2, count: 1 }, { level: 3, count: 96 }, { level: 4, count: 1 }, { level: 5, count: 1 }];
    for (const width of [120, 160, 200, 360, 1200]) {
      const l = levelsLayout(input({ width, rows: [{ label: '2022', counts: many }, { label: '2021', counts: PUBLISHED_2022 }] }));
      const all = boxes(l);
      for (const b of all) {
        expect(b.x0, `${width}: ${b.text} left`).to.be.at.least(0);
        expect(b.x1, `${width}: ${b.text} right`).to.be.at.most(width + 1e-9);
        expect(b.y1, `${width}: ${b.text} bottom`).to.be.at.most(l.height);
      }
      for (let i = 0; i < all.length; i += 1) {
        for (let j = i + 1; j < all.length; j += 1) {
          const [a, b] = [all[i]!, all[j]!];
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${width}: "${a.text}" and "${b.text}" overlap`).to.equal(false);
        }
      }
    }
  });

  it('marks an entity above its level\'s segment, inside the width', () => {
    const l = levelsLayout(input({ marks: [{ row: 0, level: 3, text: 'VTUA: 3. līmenis' }] }));
    const row = l.rows[0]!;
    const s3 = row.segments[2]!;
    const tip = row.mark!.path.match(/L([\d.]+),([\d.]+)Z$/)!;
    expect(Number(tip[1])).to.be.closeTo(Math.min(s3.x + s3.width / 2, 480 - 6), 0.01);
    expect(Number(tip[2])).to.be.at.most(row.bar.y);
    const line = row.mark!.lines[0]!;
    expect(line.x + estimatedMeasure(13)(line.text)).to.be.at.most(480 + 1e-9);
  });

  it('matches the SVG snapshots (2022 as published at 480 px; every edition with a mark at 160 px)', async () => {
    await expectSvgSnapshot('levels-2022-lv-480', levelsSvg(levelsLayout(input())));
    await expectSvgSnapshot('levels-all-160', levelsSvg(levelsLayout(input({
      width: 160,
      rows: [{ label: '2021', counts: [{ level: 1, count: 5 }, { level: 2, count: 37 }, { level: 3, count: 47 }] }, { label: '2022', counts: PUBLISHED_2022 }],
      marks: [{ row: 1, level: 2, text: 'Velvāva: 2. līmenis' }],
    }))));
  });
});
