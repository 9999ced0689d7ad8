/**
 * Registers `<eindex-levels>` only: the entry for pages and bundles that want this one
 * element. A tag already defined is left alone, so this file and the whole set can both
 * be on one page.
 */
import { EIndexLevels } from './eindex-levels.js';
import { warmUpNumberFormats } from '../i18n/format.js';

if (!customElements.get('eindex-levels')) customElements.define('eindex-levels', EIndexLevels);
warmUpNumberFormats();

export { EIndexLevels };
