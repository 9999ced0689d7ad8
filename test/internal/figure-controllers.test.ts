/**
 * The chart controllers the radar, the trend and the levels share: the "Table" toggle with
 * its region, and the points' tab stop and tooltip. Tested on a bare LitElement host, so a
 * failure names the controller rather than an element.
 */
import { expect } from '@open-wc/testing';
import { html, LitElement, svg, type TemplateResult } from 'lit';
import { TableToggleController } from '../../src/internal/controllers/table-toggle.js';
import { PointTipsController } from '../../src/internal/controllers/point-tips.js';

class FigureHost extends LitElement {
  readonly table = new TableToggleController(this);
  readonly tips = new PointTipsController<number>(this, 0);
  protected override render(): TemplateResult {
    const tips = this.tips;
    return html`${this.table.button({ showTable: 'Table', hideTable: 'Hide table' })}
      ${this.table.region('Data of the chart', html`<table><tr><td>1</td></tr></table>`)}
      <svg width="200" height="100">
        ${[0, 1].map((i) => svg`<g class="point" data-i=${i} tabindex=${tips.active === i ? 0 : -1} transform="translate(${50 + 100 * i} 50)"
          @focus=${() => tips.show(i, true)} @blur=${() => tips.hide()}
          @pointerenter=${() => tips.show(i, false)} @pointerleave=${tips.onPointerLeave}><circle r="10"></circle></g>`)}
        ${tips.tip === undefined ? '' : tips.tooltip({ x: 10, y: 10, width: 80, height: 40, pad: 6, baselines: [19, 36] }, [`Point ${tips.tip}`, 'value'])}
      </svg>`;
  }
}
customElements.define('test-figure-host', FigureHost);

async function mountHost(): Promise<FigureHost> {
  const host = new FigureHost();
  document.body.append(host);
  await host.updateComplete;
  return host;
}

const tooltipText = (host: FigureHost): string | undefined => {
  const tooltip = host.shadowRoot!.querySelector('[part="tooltip"]');
  return tooltip ? [...tooltip.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') : undefined;
};

describe('TableToggleController', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps the table for screen readers when hidden, and shows it as a named, focusable region', async () => {
    const host = await mountHost();
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const region = () => host.shadowRoot!.querySelector('#data')!;
    expect([button.textContent, button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal(['Table', 'false', 'data']);
    expect([region().className, region().getAttribute('role'), region().getAttribute('aria-label'), region().getAttribute('tabindex')])
      .to.deep.equal(['data visually-hidden', null, null, null]);
    expect(region().querySelector('table') !== null, 'the hidden table is in the tree').to.equal(true);
    button.click();
    await host.updateComplete;
    expect([button.textContent, button.getAttribute('aria-expanded')]).to.deep.equal(['Hide table', 'true']);
    expect([region().className, region().getAttribute('role'), region().getAttribute('aria-label'), region().getAttribute('tabindex')])
      .to.deep.equal(['data shown', 'region', 'Data of the chart', '0']);
    button.click();
    await host.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('PointTipsController', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the tooltip of a hovered point and keeps it while the pointer moves onto the tooltip', async () => {
    const host = await mountHost();
    const second = host.shadowRoot!.querySelectorAll('.point')[1];
    second!.dispatchEvent(new PointerEvent('pointerenter'));
    await host.updateComplete;
    expect(tooltipText(host)).to.equal('Point 1 value');
    expect(host.tips.active, 'hover does not move the tab stop').to.equal(0);
    const tooltip = host.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tooltip.getAttribute('aria-hidden')).to.equal('true');
    second!.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: tooltip }));
    await host.updateComplete;
    expect(tooltipText(host), 'stays over its tooltip').to.equal('Point 1 value');
    tooltip.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: document.body }));
    await host.updateComplete;
    expect(tooltipText(host), 'gone once the pointer leaves both').to.equal(undefined);
  });

  it('moves the tab stop and the focus with moveTo, and Escape anywhere hides the tooltip', async () => {
    const host = await mountHost();
    host.tips.moveTo(1, '.point[data-i="1"]');
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.getAttribute('data-i')).to.equal('1');
    expect(host.shadowRoot!.querySelector('.point[data-i="1"]')!.getAttribute('tabindex')).to.equal('0');
    expect(tooltipText(host)).to.equal('Point 1 value');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await host.updateComplete;
    expect(tooltipText(host)).to.equal(undefined);
    host.tips.reset();
    expect([host.tips.active, host.tips.tip]).to.deep.equal([0, undefined]);
  });

  it('stops listening for Escape once the host leaves the page', async () => {
    const host = await mountHost();
    host.tips.show(1, false);
    host.remove();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.tips.tip, 'a detached host keeps its state').to.equal(1);
  });
});
