import type { Lang } from '../data/types.js';
import { chartMessages, type ChartMessages } from './chart-messages.js';

/** Interface texts of `<eindex-radar>` (with the shared ones), in Latvian and English. */
export interface RadarMessages extends ChartMessages {
  showTable: string;
  hideTable: string;
  tableCaption(title: string): string;
  category: string;
  legend: string;
  chartLabel(title: string): string;
  barsLabel(title: string): string;
  /** Why a radar shows bars: `published` of the first series' `total` categories (fewer than 3). */
  sparseNote(published: number, total: number): string;
  pointLabel(category: string, series: string, value: string): string;
  averageSeries: string;
  groupAverageSeries(group: string): string;
  bestSeries: string;
  bestOf(name: string): string;
  averageOfCount(count: number): string;
  noPrevious(name: string): string;
  tooManySeries(shown: number): string;
  /** A comparison series left out where only the first entity published a value (an average of 1 is that value). */
  repeatsPrimary(series: string, name: string): string;
  /** The table's and tooltip's text for such a value. */
  onlyPrimary(name: string): string;
  /** The five categories of the method (docs/design.md §1), used only to reserve the chart's size while data loads. */
  defaultCategories: readonly string[];
}

const lv: RadarMessages = {
  ...chartMessages.lv,
  chooseEntity: 'Izvēlieties iestādi vai pašvaldību, lai redzētu tās rezultātus pa kategorijām.',
  showTable: 'Tabula',
  hideTable: 'Slēpt tabulu',
  tableCaption: (title) => `${title}: rezultāti pa kategorijām`,
  category: 'Kategorija',
  legend: 'Leģenda',
  chartLabel: (title) => `${title}: radara diagramma. Tie paši dati ir tabulā.`,
  barsLabel: (title) => `${title}: joslu diagramma. Tie paši dati ir tabulā.`,
  sparseNote: (published, total) =>
    published === 0
      ? `Neviena no ${total} kategorijām nav publicēta, tāpēc vērtības parādītas kā joslas, nevis radarā.`
      : `Publicēt${published === 1 ? 'a' : 'as'} tikai ${published} no ${total} kategorijām, tāpēc vērtības parādītas kā joslas, nevis radarā.`,
  pointLabel: (category, series, value) => `${category}, ${series}: ${value}`,
  averageSeries: 'Vidējais šajā failā',
  groupAverageSeries: (group) => `Vidējais grupā „${group}”`,
  bestSeries: 'Labākais katrā kategorijā',
  bestOf: (name) => `(${name})`,
  averageOfCount: (count) => `(vidējais no ${count})`,
  noPrevious: (name) => `Iepriekšējā izdevumā nav datu par: ${name}.`,
  tooManySeries: (shown) => `Parādītas pirmās ${shown} datu sērijas.`,
  repeatsPrimary: (series, name) => `${series}: nav parādīts kategorijās, kurās publicēta tikai viena vērtība (${name}); tas to tikai atkārtotu.`,
  onlyPrimary: (name) => `tikai ${name}`,
  defaultCategories: [
    'Saziņa ar sabiedrību un līdzdalība',
    'Klientu apkalpošana un atbalsts',
    'Atvērto datu pieejamība',
    'Iestādes iekšējie procesi un starpiestāžu sadarbība',
    'Pakalpojumu nodrošināšana',
  ],
};

const en: RadarMessages = {
  ...chartMessages.en,
  chooseEntity: 'Choose an institution or municipality to see its results by category.',
  showTable: 'Table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: results by category`,
  category: 'Category',
  legend: 'Legend',
  chartLabel: (title) => `${title}: radar chart. The same data is in the table.`,
  barsLabel: (title) => `${title}: bar chart. The same data is in the table.`,
  sparseNote: (published, total) =>
    published === 0
      ? `None of the ${total} categories is published, so the values are shown as bars, not as a radar.`
      : `Only ${published} of ${total} categor${published === 1 ? 'y is' : 'ies are'} published, so the values are shown as bars, not as a radar.`,
  pointLabel: (category, series, value) => `${category}, ${series}: ${value}`,
  averageSeries: 'Average of this file',
  groupAverageSeries: (group) => `Average of group “${group}”`,
  bestSeries: 'Best in each category',
  bestOf: (name) => `(${name})`,
  averageOfCount: (count) => `(average of ${count})`,
  noPrevious: (name) => `No data for ${name} in the previous edition.`,
  tooManySeries: (shown) => `The first ${shown} series are shown.`,
  repeatsPrimary: (series, name) => `${series}: not shown where only ${name} published a value; it would only repeat it.`,
  onlyPrimary: (name) => `only ${name}`,
  defaultCategories: [
    'Communication with the public and participation',
    'Customer service and support',
    'Open data availability',
    'Internal processes and inter-institutional cooperation',
    'Service provision',
  ],
};

const radarMessages: Record<Lang, RadarMessages> = { lv, en };

export function radarMessagesFor(lang: Lang): RadarMessages {
  return radarMessages[lang];
}
