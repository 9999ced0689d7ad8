import type { Lang } from '../data/types.js';
import { messages, type Messages } from './messages.js';

/** Interface texts both charts (`<eindex-radar>`, `<eindex-gauge>`) show, in Latvian and English. */
export interface ChartMessages extends Messages {
  chooseEntity: string;
  entityMissing(id: string, year: number): string;
}

/** The shared and chart texts by language; `radar-messages.ts` and `gauge-messages.ts` extend these. */
export const chartMessages: Record<Lang, ChartMessages> = {
  lv: {
    ...messages.lv,
    chooseEntity: 'Izvēlieties iestādi vai pašvaldību, lai redzētu tās rezultātus pa kategorijām.',
    entityMissing: (id, year) => `entity: „${id}” ${year}. gada izdevumā nav`,
  },
  en: {
    ...messages.en,
    chooseEntity: 'Choose an institution or municipality to see its results by category.',
    entityMissing: (id, year) => `entity: "${id}" is not in the ${year} edition`,
  },
};
