/** Public classes and types. No side effects: import `define.ts` (or an element's `<name>/define.ts`) to register tags. */
export { EIndexElement } from './internal/base-element.js';
export { EIndexRanking } from './ranking/eindex-ranking.js';
export { EIndexRadar } from './radar/eindex-radar.js';
export { EIndexGauge } from './gauge/eindex-gauge.js';
export type * from './data/types.js';
export type * from './events.js';
export { validateDocument } from './data/validate.js';
