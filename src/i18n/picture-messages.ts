import type { Lang } from '../data/types.js';

/**
 * The words a downloaded image carries besides the chart, in Latvian and English. Only
 * image-file.ts reads them, so they load with it on the first "Download image" click rather
 * than with every chart.
 */
export const pictureMessages: Record<Lang, { sourceLine(name: string): string; fictional: string }> = {
  lv: {
    sourceLine: (name) => `Avots: ${name}`,
    fictional: 'Fiktīvs piemērs, nevis īsti E-indeksa rezultāti',
  },
  en: {
    sourceLine: (name) => `Source: ${name}`,
    fictional: 'Fictional example, not real E-index results',
  },
};
