/**
 * Registers `<eindex-radar>` only: the entry for pages and bundles that want this one
 * element. A tag already defined is left alone, so this file and the whole set can both
 * be on one page.
 */
import { EIndexRadar } from './eindex-radar.js';
import { warmUpNumberFormats } from '../i18n/format.js';

if (!customElements.get('eindex-radar')) customElements.define('eindex-radar', EIndexRadar);
warmUpNumberFormats();

export { EIndexRadar };
// The event details, and with them the global event map, so that after this import alone
// `addEventListener('eindex-select', (event) => event.detail.id)` is typed.
export type * from '../events.js';
