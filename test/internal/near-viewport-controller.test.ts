import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { NearViewportController } from '../../src/internal/controllers/near-viewport.js';

class ViewportHost extends ReactiveElement {
  readonly viewport = new NearViewportController(this);
  nearAtUpdate: boolean[] = [];
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.nearAtUpdate.push(this.viewport.near);
  }
}
customElements.define('test-viewport-host', ViewportHost);

/** A host below three screens of empty page. */
function offScreenHost(): ViewportHost {
  const spacer = document.body.appendChild(document.createElement('div'));
  spacer.style.height = '300vh';
  return document.body.appendChild(new ViewportHost());
}

describe('NearViewportController', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.scrollTo(0, 0);
  });

  it('counts a host on screen as near at once, with nothing to wait for', async () => {
    const host = document.body.appendChild(new ViewportHost());
    await host.updateComplete;
    expect(host.viewport.near).to.equal(true);
    expect(host.viewport.revealed).to.equal(undefined);
    expect(host.nearAtUpdate).to.deep.equal([true]);
  });

  it('defers a host far off screen, then reveals it when it scrolls near and draws it again', async () => {
    const host = offScreenHost();
    await host.updateComplete;
    expect(host.viewport.near).to.equal(false);
    expect(host.viewport.revealed).to.be.instanceOf(Promise);
    host.scrollIntoView();
    await host.viewport.revealed;
    await host.updateComplete;
    expect(host.viewport.near).to.equal(true);
    expect(host.nearAtUpdate).to.deep.equal([false, true]);
  });

  it('reveals an off-screen host nobody scrolls to once the page is idle', async () => {
    const host = offScreenHost();
    await host.updateComplete;
    expect(host.viewport.near).to.equal(false);
    await host.viewport.revealed;
    expect(host.viewport.near).to.equal(true);
    expect(window.scrollY).to.equal(0);
  });
});
