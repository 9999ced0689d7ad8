import type { Lang } from '../data/types.js';

/**
 * Interface texts every element shows (states, shared labels), in Latvian and English.
 * Texts of one element live in its own file (`ranking-messages.ts`, `radar-messages.ts`,
 * `gauge-messages.ts`), so an element's bundle carries only its own.
 */
export interface Messages {
  loading: string;
  /** Shown when the document loaded but the chosen view holds nothing. */
  empty: string;
  noSource: string;
  errorHeading: string;
  retry: string;
  notPublished: string;
  level(level: number): string;
}

/** Texts shared by every element, by language; the element message files extend these. */
export const messages: Record<Lang, Messages> = {
  lv: {
    loading: 'Ielādē E-indeksa datus…',
    empty: 'Šeit nav ko rādīt: izvēlētajā skatā nav neviena ieraksta.',
    noSource: 'Nav norādīts datu avots (atribūts src, īpašība data vai iekļauts JSON).',
    errorHeading: 'E-indeksa datus nevar parādīt',
    retry: 'Mēģināt vēlreiz',
    notPublished: 'nav publicēts',
    level: (level) => `${level}. brieduma līmenis`,
  },
  en: {
    loading: 'Loading E-index data…',
    empty: 'Nothing to show: the chosen view holds no entries.',
    noSource: 'No data source is set (the src attribute, the data property or inline JSON).',
    errorHeading: 'The E-index data cannot be shown',
    retry: 'Try again',
    notPublished: 'not published',
    level: (level) => `maturity level ${level}`,
  },
};

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
