import type { Lang } from '../data/types.js';
import { messages, type Messages } from './messages.js';

/** The texts of "Download image" and of the picture it makes: every chart with `download` has them. */
export interface ImageMessages {
  /** The label of the image download buttons (SVG, PNG). */
  downloadImage: string;
  /** The source line of a downloaded image. */
  sourceLine(name: string): string;
  /** Written on a downloaded image of a document whose title says its data are fictional. */
  fictional: string;
  /** The browser could not draw the image (a PNG too large for its canvas, say). */
  imageFailed: string;
}

/** Interface texts the entity charts (radar, gauge, trend) show, in Latvian and English. */
export interface ChartMessages extends Messages, ImageMessages {
  /** Shown when no entity is chosen yet; it says what the chart would show. */
  chooseEntity: string;
  entityMissing(id: string, year: number): string;
}

/** The shared and chart texts by language; the radar, gauge, trend and levels messages extend these (the levels use only the shared and image ones). */
export const chartMessages: Record<Lang, Omit<ChartMessages, 'chooseEntity'>> = {
  lv: {
    ...messages.lv,
    entityMissing: (id, year) => `entity: „${id}” ${year}. gada izdevumā nav`,
    downloadImage: 'Lejupielādēt attēlu',
    sourceLine: (name) => `Avots: ${name}`,
    fictional: 'Fiktīvs piemērs, nevis īsti E-indeksa rezultāti',
    imageFailed: 'Attēlu neizdevās izveidot šajā pārlūkā; mēģiniet SVG.',
  },
  en: {
    ...messages.en,
    entityMissing: (id, year) => `entity: "${id}" is not in the ${year} edition`,
    downloadImage: 'Download image',
    sourceLine: (name) => `Source: ${name}`,
    fictional: 'Fictional example, not real E-index results',
    imageFailed: 'This browser could not make the image; try SVG.',
  },
};
