import type { Lang } from '../data/types.js';
import { chartMessages, type ChartMessages } from './chart-messages.js';

/** Interface texts of `<eindex-trend>` (with the shared ones), in Latvian and English. */
export interface TrendMessages extends ChartMessages {
  showTable: string;
  hideTable: string;
  legend: string;
  year: string;
  measureTotal: string;
  measureRank: string;
  title(name: string, measure: string): string;
  chartLabel(title: string): string;
  pointLabel(series: string, year: number, value: string): string;
  place(place: string): string;
  placesInFile: string;
  averageSeries: string;
  publishedAverageSeries: string;
  groupAverageSeries(group: string): string;
  publishedAverage(count: number | undefined): string;
  averageOfCount(count: number): string;
  noRankAverage: string;
  /** An average line left out where only the entity itself had a value (an average of 1 is that value). */
  repeatsPrimary(series: string, name: string): string;
  /** The table's and tooltip's text for such a year. */
  onlyPrimary(name: string): string;
  bridge: string;
  entityUnknown(id: string): string;
}

const lv: TrendMessages = {
  ...chartMessages.lv,
  chooseEntity: 'Izvēlieties iestādi vai pašvaldību, lai redzētu tās E-indeksu pa gadiem.',
  showTable: 'Tabula',
  hideTable: 'Slēpt tabulu',
  legend: 'Leģenda',
  year: 'Gads',
  measureTotal: 'kopvērtējums',
  measureRank: 'vieta',
  title: (name, measure) => `${name}: ${measure} pa gadiem`,
  chartLabel: (title) => `${title}: līniju diagramma. Tie paši dati ir tabulā.`,
  pointLabel: (series, year, value) => `${series}, ${year}: ${value}`,
  place: (place) => `${place}. vieta`,
  placesInFile: 'Vietas starp šajā failā esošajām vienībām, ne visā pētījumā.',
  averageSeries: 'Vidējais',
  publishedAverageSeries: 'Publicētais vidējais',
  groupAverageSeries: (group) => `Vidējais grupā „${group}”`,
  publishedAverage: (count) => (count === undefined ? '(publicētais vidējais)' : `(publicētais vidējais no ${count} vērtētajiem)`),
  averageOfCount: (count) => `(vidējais no ${count} parādītajiem)`,
  noRankAverage: 'Vidējam nav vietas: vidējais netiek rādīts.',
  repeatsPrimary: (series, name) => `${series}: nav parādīts gados, kuros vērtība ir tikai vienai vienībai (${name}); tas to tikai atkārtotu.`,
  onlyPrimary: (name) => `tikai ${name}`,
  bridge: 'nav publicēts starp',
  entityUnknown: (id) => `entity: „${id}” nav nevienā šo datu izdevumā`,
};

const en: TrendMessages = {
  ...chartMessages.en,
  chooseEntity: 'Choose an institution or municipality to see its E-index over the years.',
  showTable: 'Table',
  hideTable: 'Hide table',
  legend: 'Legend',
  year: 'Year',
  measureTotal: 'total',
  measureRank: 'place',
  title: (name, measure) => `${name}: ${measure} by year`,
  chartLabel: (title) => `${title}: line chart. The same data is in the table.`,
  pointLabel: (series, year, value) => `${series}, ${year}: ${value}`,
  place: (place) => `place ${place}`,
  placesInFile: 'Places among the entities in this file, not in the whole study.',
  averageSeries: 'Average',
  publishedAverageSeries: 'Published average',
  groupAverageSeries: (group) => `Average of group “${group}”`,
  publishedAverage: (count) => (count === undefined ? '(published average)' : `(published average of ${count} assessed)`),
  averageOfCount: (count) => `(average of ${count} shown)`,
  noRankAverage: 'An average has no place: the average is not shown.',
  repeatsPrimary: (series, name) => `${series}: not shown in the years where only ${name} has a value; it would only repeat it.`,
  onlyPrimary: (name) => `only ${name}`,
  bridge: 'not published between',
  entityUnknown: (id) => `entity: "${id}" is in no edition of this data`,
};

const trendMessages: Record<Lang, TrendMessages> = { lv, en };

export function trendMessagesFor(lang: Lang): TrendMessages {
  return trendMessages[lang];
}
