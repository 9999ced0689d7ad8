import { expect } from '@open-wc/testing';
import { lastResult } from '../../src/internal/memo.js';

describe('lastResult', () => {
  it('computes again exactly when one input changes, whichever it is', () => {
    const calls: string[] = [];
    const sum = lastResult(({ a, b, c }: { a: number; b: number; c: object }) => {
      calls.push(`${a}+${b}`);
      return { total: a + b, c };
    });
    const c = {};
    const first = sum({ a: 1, b: 2, c });
    expect(sum({ a: 1, b: 2, c })).to.equal(first);
    expect(sum({ a: 1, b: 3, c }).total).to.equal(4);
    expect(sum({ a: 1, b: 3, c: {} }).c).to.not.equal(c);
    expect(calls).to.deep.equal(['1+2', '1+3', '1+3']);
  });
});
