/**
 * Registers `<eindex-ranking>` only: the entry for pages and bundles that want this one
 * element (`eindex-widgets/ranking`, `eindex-ranking.js`). A tag already defined is left
 * alone, so this file and the whole set can both be on one page.
 */
import { EIndexRanking } from './eindex-ranking.js';
import { warmUpCollators, warmUpNumberFormats } from '../i18n/format.js';

if (!customElements.get('eindex-ranking')) customElements.define('eindex-ranking', EIndexRanking);
warmUpNumberFormats();
warmUpCollators();

export { EIndexRanking };
// The event details, and with them the global event map, so that after this import alone
// `addEventListener('eindex-select', (event) => event.detail.id)` is typed.
export type * from '../events.js';
