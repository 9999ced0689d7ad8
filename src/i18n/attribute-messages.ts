import type { Lang } from '../data/types.js';
import type { AttributeProblem } from '../internal/notice.js';
import { suggestionFor } from '../internal/suggest.js';
import { cut, showValue } from './problems.js';

/** Why an attribute value cannot be used; each reads after `attribute="value": `. */
export type AttributeReason = 'id' | 'compare' | 'group' | 'column' | 'sort' | 'count' | 'number' | 'edition' | 'lang' | 'measure' | 'editions';

/** What the element draws instead: the value left out, all rows, or another value used in its place. */
export type AttributeOutcome = 'left-out' | 'all-rows' | { readonly used: string };

interface AttributeMessages {
  reason: Record<AttributeReason, (year: number | undefined) => string>;
  leftOut: string;
  allRows: string;
  used(value: string): string;
  didYouMean(value: string): string;
  valid(list: string): string;
}

/**
 * Texts of misconfiguration notices and errors (docs/design.md §3), in Latvian and English. A whole
 * message reads e.g. `highlight="gamm": 2021. gada izdevumā tāda identifikatora nav; vērtība
 * netiek ņemta vērā. Vai domājāt „gamma”?`
 */
export const attributeMessages: Record<Lang, AttributeMessages> = {
  lv: {
    reason: {
      id: (year) => `${year}. gada izdevumā tāda identifikatora nav`,
      compare: (year) => `nav ne atslēgvārds, ne identifikators ${year}. gada izdevumā`,
      group: () => 'šajos datos tādas grupas nav',
      column: () => 'tādas kolonnas nav',
      sort: () => 'pēc tā nevar kārtot',
      count: () => 'nav vesels skaitlis, lielāks par 0',
      number: () => 'nav skaitlis',
      edition: () => 'šajos datos tāda izdevuma nav',
      lang: () => 'šī valoda netiek atbalstīta',
      measure: () => 'nav ne total, ne rank, ne kategorijas identifikators',
      editions: () => 'vienīgā atļautā vērtība ir all',
    },
    leftOut: 'vērtība netiek ņemta vērā',
    allRows: 'rādīti visi ieraksti',
    used: (value) => `tā vietā izmantota vērtība „${value}”`,
    didYouMean: (value) => `Vai domājāt „${value}”?`,
    valid: (list) => `Derīgās vērtības: ${list}.`,
  },
  en: {
    reason: {
      id: (year) => `no such id in the ${year} edition`,
      compare: (year) => `neither a keyword nor an id in the ${year} edition`,
      group: () => 'no such group in this data',
      column: () => 'not a column',
      sort: () => 'not something to sort by',
      count: () => 'not a whole number above 0',
      number: () => 'not a number',
      edition: () => 'no such edition in this data',
      lang: () => 'not a supported language',
      measure: () => 'not total, rank or a category id',
      editions: () => 'the only value allowed is all',
    },
    leftOut: 'it is left out',
    allRows: 'all rows are shown',
    used: (value) => `"${value}" is used instead`,
    didYouMean: (value) => `Did you mean "${value}"?`,
    valid: (list) => `Valid values: ${list}.`,
  },
};

/** Valid values written out at most; a typo is not fixed by reading 119 ids. */
const LISTED_MAX = 10;

/** e.g. `limit="ten": not a whole number above 0; all rows are shown.` */
export function describeAttributeProblem(problem: AttributeProblem, lang: Lang): string {
  const t = attributeMessages[lang];
  const { outcome, allowed = [] } = problem;
  const suggestion = suggestionFor(problem);
  const then = outcome === undefined ? '' : `; ${outcome === 'left-out' ? t.leftOut : outcome === 'all-rows' ? t.allRows : t.used(cut(outcome.used))}`;
  const listed = allowed.length > LISTED_MAX ? [...allowed.slice(0, LISTED_MAX), '…'] : allowed;
  const hint = suggestion !== undefined ? ` ${t.didYouMean(cut(suggestion))}` : listed.length > 0 ? ` ${t.valid(listed.map((value) => cut(value)).join(', '))}` : '';
  return `${problem.attribute}=${showValue(problem.value)}: ${t.reason[problem.reason](problem.year)}${then}.${hint}`;
}
