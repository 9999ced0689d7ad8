/**
 * Registers `<eindex-trend>` only: the entry for pages and bundles that want this one
 * element. A tag already defined is left alone, so this file and the whole set can both
 * be on one page.
 */
import { EIndexTrend } from './eindex-trend.js';
import { warmUpNumberFormats } from '../i18n/format.js';

if (!customElements.get('eindex-trend')) customElements.define('eindex-trend', EIndexTrend);
warmUpNumberFormats();

export { EIndexTrend };
