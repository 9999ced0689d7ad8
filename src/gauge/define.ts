/**
 * Registers `<eindex-gauge>` only: the entry for pages and bundles that want this one
 * element. A tag already defined is left alone, so this file and the whole set can both
 * be on one page.
 */
import { EIndexGauge } from './eindex-gauge.js';
import { warmUpNumberFormats } from '../i18n/format.js';

if (!customElements.get('eindex-gauge')) customElements.define('eindex-gauge', EIndexGauge);
warmUpNumberFormats();

export { EIndexGauge };
// The event details, and with them the global event map, so that after this import alone
// `addEventListener('eindex-select', (event) => event.detail.id)` is typed.
export type * from '../events.js';
