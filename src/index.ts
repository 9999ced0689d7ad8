/** Public classes and types. No side effects: import `define.ts` (or an element's `<name>/define.ts`) to register tags. */
export { EIndexElement } from './internal/base-element.js';
export { EIndexRanking } from './ranking/eindex-ranking.js';
export { EIndexRadar } from './radar/eindex-radar.js';
export { EIndexGauge } from './gauge/eindex-gauge.js';
export { EIndexTrend } from './trend/eindex-trend.js';
export { EIndexLevels } from './levels/eindex-levels.js';
export type * from './data/types.js';
export type * from './events.js';
// Each element's attributes and events as types (EIndexRankingAttributes, …), for frameworks
// whose templates take declarations other than React's or Vue's (Svelte, Solid, Preact).
export type * from './frameworks/element-types.js';
export { validateDocument } from './data/validate.js';
