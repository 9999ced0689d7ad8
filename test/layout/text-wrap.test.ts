import { expect } from '@open-wc/testing';
import { estimateTextWidth, estimatedMeasure, longestWordWidth, wrapText } from '../../src/layout/text-wrap.js';

describe('estimateTextWidth', () => {
  it('gives a Latvian letter with a diacritic the width of its base letter', () => {
    expect(estimateTextWidth('Cēsis', 10)).to.be.closeTo(estimateTextWidth('Cesis', 10), 1e-9);
    expect(estimateTextWidth('ģķļņšž', 10)).to.be.closeTo(estimateTextWidth('gklnsz', 10), 1e-9);
    // Already decomposed: the combining macron (U+0304) has no advance of its own.
    expect(estimateTextWidth('a\u0304', 10)).to.be.closeTo(estimateTextWidth('a', 10), 1e-9);
  });

  it('leaves out the combining diacritical marks (U+0300–036F) and nothing else', () => {
    for (const mark of ['\u0300', '\u0301', '\u036f']) {
      expect(estimateTextWidth(`e${mark}`, 10), `U+${mark.codePointAt(0)!.toString(16)}`).to.be.closeTo(estimateTextWidth('e', 10), 1e-9);
    }
    // Just outside the range, and marks of other blocks: counted, so the estimate errs wide.
    for (const ch of ['\u02ff', '\u0370', '\u1dc0', '\u3099']) expect(estimateTextWidth(ch, 10), `U+${ch.codePointAt(0)!.toString(16)}`).to.be.above(0);
  });

  it('widens capitals and m/w, narrows i/l and spaces, and scales with the font size', () => {
    expect(estimateTextWidth('H', 10)).to.be.above(estimateTextWidth('h', 10));
    expect(estimateTextWidth('m', 10)).to.be.above(estimateTextWidth('n', 10));
    expect(estimateTextWidth('il ', 10)).to.be.below(estimateTextWidth('abc', 10));
    expect(estimateTextWidth('Cēsu novads', 20)).to.be.closeTo(2 * estimateTextWidth('Cēsu novads', 10), 1e-9);
    expect(estimateTextWidth('', 10)).to.equal(0);
  });
});

describe('wrapText', () => {
  const measure = estimatedMeasure(13);

  it('keeps every line within the width and every word in order', () => {
    const text = 'Pakalpojumu pieejamība un digitālā transformācija valsts pārvaldē';
    const lines = wrapText(text, 120, measure);
    expect(lines.length).to.be.above(1);
    for (const line of lines) expect(measure(line), line).to.be.at.most(120);
    expect(lines.join(' ')).to.equal(text);
  });

  it('splits a word wider than the line with a hyphen, never clipping it', () => {
    const lines = wrapText('Klientu apkalpošanas nodrošināšanas', 60, measure);
    for (const line of lines) expect(measure(line), line).to.be.at.most(60);
    expect(lines.some((line) => line.endsWith('-'))).to.equal(true);
    expect(lines.join('').replace(/-/g, '').replace(/ /g, '')).to.equal('Klientuapkalpošanasnodrošināšanas');
  });

  it('ends with one letter a line when not even one letter fits', () => {
    expect(wrapText('abc', 1, measure)).to.deep.equal(['a-', 'b-', 'c']);
  });

  it('measures the widest word as the narrowest width without hyphens', () => {
    const text = 'Cēsu novada pašvaldība';
    expect(wrapText(text, longestWordWidth(text, measure), measure).every((line) => !line.endsWith('-'))).to.equal(true);
  });
});
