/** Public classes and types. No side effects: import `define.ts` (or a `define-*` file) to register tags. */
export { EIndexElement } from './internal/base-element.js';
export { EIndexRanking } from './ranking/eindex-ranking.js';
export type * from './data/types.js';
export type * from './events.js';
export { validateDocument } from './data/validate.js';
