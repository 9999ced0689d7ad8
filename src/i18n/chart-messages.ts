import type { Lang } from '../data/types.js';
import { messages, type Messages } from './messages.js';

/** Interface texts both charts (`<eindex-radar>`, `<eindex-gauge>`) show, in Latvian and English. */
export interface ChartMessages extends Messages {
  /** Shown when no entity is chosen yet; it says what the chart would show. */
  chooseEntity: string;
  entityMissing(id: string, year: number): string;
}

/** The shared and chart texts by language; `radar-messages.ts` and `gauge-messages.ts` extend these. */
export const chartMessages: Record<Lang, Omit<ChartMessages, 'chooseEntity'>> = {
  lv: {
    ...messages.lv,
    entityMissing: (id, year) => `entity: „${id}” ${year}. gada izdevumā nav`,
  },
  en: {
    ...messages.en,
    entityMissing: (id, year) => `entity: "${id}" is not in the ${year} edition`,
  },
};
