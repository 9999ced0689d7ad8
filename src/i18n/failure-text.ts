/**
 * Text only a failure needs (DESIGN §5): the worded lv/en messages for a document that cannot be
 * loaded or read (`problems.ts`) and for attribute values an element cannot use
 * (`attribute-messages.ts`). The elements load this module on demand
 * (internal/failure-text-loader.ts), so a page whose elements draw never downloads it.
 */
export { describeLoadError } from './problems.js';
export { describeAttributeProblem } from './attribute-messages.js';
