/**
 * The maturity level colours (shared by the gauge's bands and the ranking's swatches) form an
 * ordered scale that stays ordered and distinguishable under colour-vision deficiency: each
 * level lighter than the one below it, and adjacent levels at least MIN_DELTA_E apart (CIE76,
 * in CIELAB) for normal vision and for simulated protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in linear RGB), in the light and
 * the dark scheme. Contrast with the background is checked in test/contrast.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { tinyDocument } from './helpers/docs.js';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const SIMULATIONS: Record<string, Matrix> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
/** Adjacent levels must differ at least this much: about twice a difference one notices at a glance in a small swatch. */
const MIN_DELTA_E = 8;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(color: string): [number, number, number] {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  return m.slice(1, 4).map((c) => toLinear(Number(c) / 255)) as [number, number, number];
}

function simulate(rgb: readonly number[], m: Matrix): [number, number, number] {
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))) as [number, number, number];
}

/** CIELAB (D65) from linear sRGB. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function resolve(el: HTMLElement, token: string): string {
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  probe.style.color = `var(${token})`; // a test-only probe through CSSOM
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`level colours, ${scheme} scheme`, () => {
    let levels: [number, number, number][] = [];
    before(async () => {
      const wrapper = document.createElement('div');
      wrapper.style.colorScheme = scheme;
      const el = document.createElement('eindex-gauge');
      el.data = tinyDocument() as never;
      el.value = 50;
      wrapper.append(el);
      document.body.append(wrapper);
      await el.updateComplete;
      levels = [1, 2, 3, 4, 5].map((n) => linearRgb(resolve(el, `--_level-${n}`)));
      wrapper.remove();
    });

    for (const [name, matrix] of Object.entries(SIMULATIONS)) {
      it(`${name}: lightness rises with the level and adjacent levels differ by ΔE ≥ ${MIN_DELTA_E}`, () => {
        const seen = levels.map((c) => lab(simulate(c, matrix)));
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [seen[i - 1]!, seen[i]!];
          expect(b[0], `L* of level ${i + 1} above level ${i}`).to.be.above(a[0]);
          const delta = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
          expect(delta, `ΔE between levels ${i} and ${i + 1}`).to.be.at.least(MIN_DELTA_E);
        }
      });
    }
  });
}
