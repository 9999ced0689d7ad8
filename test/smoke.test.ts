import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('x-smoke')
class XSmoke extends LitElement {
  @property() word = 'hi';
  override render() { return html`<p>${this.word}</p>`; }
}

it('renders a decorated lit element', async () => {
  const el = document.createElement('x-smoke') as XSmoke;
  el.word = 'sveiki';
  document.body.append(el);
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('sveiki');
  expect(new Intl.NumberFormat('lv').format(64.8)).to.equal('64,8');
});
