/**
 * Registers every element: the entry of the whole set (`eindex-widgets`, the bundled
 * `eindex-widgets.js`). Each element's own `define.ts` registers its tag only when it is not
 * yet defined, so two copies of the bundle, or the set next to one element's file, never throw.
 * Adding an element is one import line here.
 */
import './ranking/define.js';
import './radar/define.js';
import './gauge/define.js';
import './trend/define.js';
import './levels/define.js';

export * from './index.js';
