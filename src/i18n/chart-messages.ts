import type { Lang } from '../data/types.js';
import { messages, type Messages } from './messages.js';

/**
 * The texts of "Download image": every chart with `download` has them. The words written on
 * the picture itself are in picture-messages.ts, loaded with the code that makes the file.
 */
export interface ImageMessages {
  /** The label of the image download buttons (SVG, PNG). */
  downloadImage: string;
  /** The browser could not make the image (a PNG too large for its canvas, or the code that makes it did not load). */
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
    imageFailed: 'Attēlu neizdevās izveidot šajā pārlūkā; mēģiniet SVG.',
  },
  en: {
    ...messages.en,
    entityMissing: (id, year) => `entity: "${id}" is not in the ${year} edition`,
    downloadImage: 'Download image',
    imageFailed: 'This browser could not make the image; try SVG.',
  },
};
