import { expect } from '@open-wc/testing';
import { lastResult } from '../../src/internal/memo.js';

describe('lastResult', () => {
  it('computes again exactly when one input changes, whichever it is', () => {
    const calls: string[] = [];
    const sum = lastResult((a: number, b: number, c: object) => {
      calls.push(`${a}+${b}`);
      return { total: a + b, c };
    });
    const c = {};
    const first = sum(1, 2, c);
    expect(sum(1, 2, c)).to.equal(first);
    expect(sum(1, 3, c).total).to.equal(4);
    expect(sum(1, 3, {}).c).to.not.equal(c);
    expect(calls).to.deep.equal(['1+2', '1+3', '1+3']);
  });
});
