/**
 * Geometry of the error state, shared by every element (internal/styles.ts `.status`): every
 * line of its text stays inside its box down to a 160 px column, where a long address in the
 * message is the widest unbreakable piece, and the box is never shorter than 12em (the levels'
 * error box, sized by its text alone, shrank to 0.69 of its height under a small page font).
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS, create, nextFrame, outcome } from '../reliability/pages/elements.js';

afterEach(() => document.body.replaceChildren());

for (const { tag } of ELEMENTS) {
  for (const width of [160, 360]) {
    for (const lang of ['lv', 'en']) {
      it(`<${tag}> at ${width} px, ${lang}: the error message stays inside its box, at least 12em tall`, async () => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        // The long address of a missing file: the query string makes it one unbreakable run of letters.
        const el = create(tag, { src: `/__test__/status/404?${'missingfile'.repeat(3)}`, lang });
        const done = outcome(el);
        box.append(el);
        document.body.append(box);
        expect((await done).type).to.equal('eindex-error');
        await el.updateComplete;
        await nextFrame();
        const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
        const frame = alert.getBoundingClientRect();
        const style = getComputedStyle(alert);
        const inner = { left: frame.left + parseFloat(style.borderLeftWidth), right: frame.right - parseFloat(style.borderRightWidth) };
        const range = document.createRange();
        range.selectNodeContents(alert);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        expect(lines.length, 'lines of text').to.be.at.least(3);
        for (const line of lines) {
          expect(line.left, 'a line starts inside the box').to.be.at.least(inner.left - 0.5);
          expect(line.right, 'a line ends inside the box').to.be.at.most(inner.right + 0.5);
        }
        expect(frame.right, 'the box is inside the column').to.be.at.most(box.getBoundingClientRect().right + 0.5);
        expect(frame.height).to.be.at.least(12 * parseFloat(style.fontSize) - 0.5);
      });
    }
  }
}
