import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { ChunkedFillController } from '../../src/internal/controllers/chunked-fill.js';

/** Draws `fill.filled` of `fill.total` items, and records how many each update drew. */
class FillHost extends ReactiveElement {
  readonly fill = new ChunkedFillController(this, 3);
  drawn: number[] = [];
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.drawn.push(Math.min(this.fill.filled, this.fill.total));
  }
}
customElements.define('test-fill-host', FillHost);

describe('ChunkedFillController', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws 10 items as 3, 6, 9, 10, one step per task, and settles after the last', async () => {
    const host = new FillHost();
    host.fill.total = 10;
    host.fill.restart();
    document.body.append(host);
    await host.updateComplete;
    expect(host.drawn).to.deep.equal([3]);
    expect(host.fill.pending).to.be.instanceOf(Promise);
    await host.fill.pending;
    expect(host.drawn).to.deep.equal([3, 6, 9, 10]);
    expect(host.fill.pending).to.equal(undefined);
  });

  it('keeps what is drawn on restart(keep), and has nothing pending when all fit', async () => {
    const host = new FillHost();
    host.fill.total = 5;
    host.fill.restart(7);
    document.body.append(host);
    await host.updateComplete;
    expect(host.drawn).to.deep.equal([5]);
    expect(host.fill.pending).to.equal(undefined);
  });

  it('stops and settles when the host is disconnected mid-way, drawing everything if it returns', async () => {
    const host = new FillHost();
    host.fill.total = 10;
    host.fill.restart();
    document.body.append(host);
    await host.updateComplete;
    const pending = host.fill.pending;
    host.remove();
    await pending;
    expect(host.fill.filled).to.equal(Infinity);
    expect(host.drawn).to.deep.equal([3]);
  });
});
