import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { SelectionLinkController } from '../../src/internal/controllers/selection-link.js';

class LinkHost extends ReactiveElement {
  source = 'table';
  followed: string[] = [];
  constructor() {
    super();
    new SelectionLinkController(this, () => this.source, (id) => this.followed.push(id));
  }
}
customElements.define('test-link-host', LinkHost);

const select = (from: Element, id: unknown): boolean =>
  from.dispatchEvent(new CustomEvent('eindex-select', { detail: { id }, bubbles: true, composed: true }));

describe('SelectionLinkController', () => {
  afterEach(() => document.body.replaceChildren());

  it('follows the selection of the element named by id, whichever was created first', () => {
    const host = document.body.appendChild(new LinkHost());
    const table = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'table' }));
    const other = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'other' }));
    select(table, 'riga');
    select(other, 'cesis');
    select(table, 42);
    select(host, 'self');
    expect(host.followed).to.deep.equal(['riga']);
  });

  it('reads the id when a selection comes, and stops listening when disconnected', () => {
    const host = document.body.appendChild(new LinkHost());
    const other = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'other' }));
    host.source = 'other';
    select(other, 'cesis');
    host.remove();
    select(other, 'riga');
    expect(host.followed).to.deep.equal(['cesis']);
  });

  it('listens inside the shadow root it lives in', () => {
    const outer = document.body.appendChild(document.createElement('div'));
    const root = outer.attachShadow({ mode: 'open' });
    const table = root.appendChild(Object.assign(document.createElement('div'), { id: 'table' }));
    const host = root.appendChild(new LinkHost());
    const stray = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'table' }));
    select(stray, 'outside');
    select(table, 'inside');
    expect(host.followed).to.deep.equal(['inside']);
  });
});
