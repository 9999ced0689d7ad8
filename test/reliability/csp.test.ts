/**
 * Strict Content-Security-Policy with Trusted Types (issue #6): every element, in every state,
 * on a page served with the policy below, and not one violation. The test runner's own page
 * holds inline scripts, so the policy is applied to a separate page (pages/csp.html) that the
 * test opens in an iframe; that page reports back with postMessage.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS } from './pages/elements.js';
import { openFrame } from './pages/frame.js';
import type { PageReport } from './pages/page-cases.js';
import type { ImageResult } from './pages/csp-image-page.js';

const PAGE = '/test/reliability/pages/csp.html';
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

interface CspReport extends PageReport {
  readonly violations: string[];
  readonly trustedTypes: boolean;
}
interface Canary {
  readonly type: 'eindex-csp-canary';
  readonly violations: string[];
  readonly styleApplied: boolean;
  readonly trustedTypesBlocked: boolean;
}

async function openPage(): Promise<{ report: CspReport; canary: Canary }> {
  const { messages } = await openFrame(PAGE, { width: 900, height: 700, messages: 2 });
  return { report: messages[0] as CspReport, canary: messages[1] as Canary };
}

describe('strict Content-Security-Policy with Trusted Types', () => {
  let opened: { report: CspReport; canary: Canary };
  before(async function () {
    this.timeout(60_000);
    opened = await openPage();
  });
  after(() => document.querySelectorAll('.reliability-frame').forEach((frame) => frame.remove()));

  it('is served with the strict policy, and the page itself holds no inline script or style', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    const text = await response.text();
    const scripts = [...text.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
    for (const attributes of scripts) expect(attributes, 'every script is a file or a JSON data block').to.match(/\bsrc=|type="application\/json"/);
    expect(text).not.to.match(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('fires no securitypolicyviolation while every element renders in every state', () => {
    const { report } = opened;
    expect(report.violations).to.deep.equal([]);
    expect(report.errors, 'uncaught errors on the page').to.deep.equal([]);
  });

  it('proves the policy is in force: a style attribute and an untrusted HTML string are refused', () => {
    const { canary, report } = opened;
    expect(canary.styleApplied, 'the inline style attribute was applied').to.equal(false);
    expect(canary.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    if (report.trustedTypes) {
      expect(canary.trustedTypesBlocked).to.equal(true);
      expect(canary.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
    }
  });

  for (const { tag } of ELEMENTS) {
    it(`<${tag}> shows each state it is given: ready (src, data, inline), error, empty, loading, idle`, () => {
      const mine = opened.report.results.filter((r) => r.tag === tag);
      const cases = mine.map((r) => r.case).sort();
      expect(cases).to.include.members(['data', 'empty', 'error-data', 'error-http', 'error-inline', 'idle', 'inline', 'loading', 'src']);
      for (const result of mine) {
        const label = `${tag} ${result.case}`;
        expect(result.state, label).to.equal(result.expected);
        expect(result.width, `${label} width`).to.be.greaterThan(100);
        expect(result.height, `${label} height`).to.be.greaterThan(20);
        expect(result.collapsed, `${label}: text drawn with no size`).to.deep.equal([]);
        if (result.expected === 'ready') {
          expect(result.drawing, `${label} drawing`).to.not.equal(null);
          expect(result.drawing!.width, `${label} drawing width`).to.be.greaterThan(100);
          expect(result.drawing!.height, `${label} drawing height`).to.be.greaterThan(50);
        }
        if (result.expected === 'error') expect(result.alert.length, `${label} alert text`).to.be.greaterThan(10);
      }
    });
  }
});

describe('"Download image" under the strict policy', () => {
  it('makes the SVG and the PNG of the radar, the gauge, the trend and the levels, and the ranking\'s CSV, with no violation', async function () {
    this.timeout(60_000);
    const { messages } = await openFrame('/test/reliability/pages/csp-image.html', { width: 900, height: 700, messages: 1 });
    document.querySelectorAll('.reliability-frame').forEach((frame) => frame.remove());
    const report = messages[0] as { results: ImageResult[]; violations: string[]; errors: string[] };
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.results.map((r) => [r.tag, r.format, r.type, r.error])).to.deep.equal([
      ['eindex-radar', 'SVG', 'image/svg+xml;charset=utf-8', undefined],
      ['eindex-radar', 'PNG', 'image/png', undefined],
      ['eindex-gauge', 'SVG', 'image/svg+xml;charset=utf-8', undefined],
      ['eindex-gauge', 'PNG', 'image/png', undefined],
      ['eindex-trend', 'SVG', 'image/svg+xml;charset=utf-8', undefined],
      ['eindex-trend', 'PNG', 'image/png', undefined],
      ['eindex-levels', 'SVG', 'image/svg+xml;charset=utf-8', undefined],
      ['eindex-levels', 'PNG', 'image/png', undefined],
      ['eindex-ranking', 'CSV', 'text/csv;charset=utf-8', undefined],
    ]);
    for (const r of report.results) {
      if (r.format === 'SVG' || r.format === 'CSV') expect(r.namesEntity, `${r.tag} ${r.format} names the entity`).to.equal(true);
      else expect(r.width, `${r.tag} PNG width`).to.be.greaterThan(400);
    }
  });
});
