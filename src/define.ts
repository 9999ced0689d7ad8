/**
 * Registers every element. The one module with side effects: importing it (or the
 * bundled `eindex-widgets.js`) defines the tags. A tag already defined is left alone,
 * so two copies of the bundle on one page do not throw.
 */
import { EIndexRanking } from './ranking/eindex-ranking.js';

const elements: ReadonlyArray<[string, CustomElementConstructor]> = [['eindex-ranking', EIndexRanking]];

for (const [tag, constructor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

export * from './index.js';
