import type { Lang } from '../data/types.js';

/** Interface texts of `<eindex-radar>` and `<eindex-gauge>`, in Latvian and English. */
export interface ChartMessages {
  // radar
  showTable: string;
  hideTable: string;
  tableCaption(title: string): string;
  category: string;
  legend: string;
  chooseEntity: string;
  chartLabel(title: string): string;
  pointLabel(category: string, series: string, value: string): string;
  averageSeries: string;
  groupAverageSeries(group: string): string;
  bestSeries: string;
  bestOf(name: string): string;
  averageOfCount(count: number): string;
  noPrevious(name: string): string;
  tooManySeries(shown: number): string;
  entityMissing(id: string, year: number): string;
  compareUnknown(token: string): string;
  /** The five categories of the method (DESIGN §1), used only to reserve the chart's size while data loads. */
  defaultCategories: readonly string[];
  // gauge
  gaugeLabel(name: string, year: number): string;
  gaugeStandaloneLabel: string;
  bandLabel(level: number): string;
  averageTick(value: string): string;
  publishedAverage(value: string, count: number | undefined): string;
  levelUnknown: string;
}

const lv: ChartMessages = {
  showTable: 'Tabula',
  hideTable: 'Slēpt tabulu',
  tableCaption: (title) => `${title}: rezultāti pa kategorijām`,
  category: 'Kategorija',
  legend: 'Leģenda',
  chooseEntity: 'Izvēlieties iestādi vai pašvaldību, lai redzētu tās rezultātus pa kategorijām.',
  chartLabel: (title) => `${title}: radara diagramma. Tie paši dati ir tabulā.`,
  pointLabel: (category, series, value) => `${category}, ${series}: ${value}`,
  averageSeries: 'Vidējais šajā failā',
  groupAverageSeries: (group) => `Vidējais grupā „${group}”`,
  bestSeries: 'Labākais katrā kategorijā',
  bestOf: (name) => `(${name})`,
  averageOfCount: (count) => `(vidējais no ${count})`,
  noPrevious: (name) => `Iepriekšējā izdevumā nav datu par: ${name}.`,
  tooManySeries: (shown) => `Parādītas pirmās ${shown} datu sērijas.`,
  entityMissing: (id, year) => `entity: „${id}” ${year}. gada izdevumā nav`,
  compareUnknown: (token) =>
    `compare: „${token}” nav ne vienības identifikators, ne atslēgvārds (average, group-average, best, previous)`,
  defaultCategories: [
    'Saziņa ar sabiedrību un līdzdalība',
    'Klientu apkalpošana un atbalsts',
    'Atvērto datu pieejamība',
    'Iestādes iekšējie procesi un starpiestāžu sadarbība',
    'Pakalpojumu nodrošināšana',
  ],
  gaugeLabel: (name, year) => `${name}: E-indekss ${year}`,
  gaugeStandaloneLabel: 'E-indekss',
  bandLabel: (level) => `${level}. līmenis`,
  averageTick: (value) => `vidēji ${value}`,
  publishedAverage: (value, count) =>
    count === undefined ? `Publicētais vidējais: ${value}.` : `Publicētais vidējais no ${count} vērtētajiem: ${value}.`,
  levelUnknown: 'brieduma līmenis nav publicēts',
};

const en: ChartMessages = {
  showTable: 'Table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: results by category`,
  category: 'Category',
  legend: 'Legend',
  chooseEntity: 'Choose an institution or municipality to see its results by category.',
  chartLabel: (title) => `${title}: radar chart. The same data is in the table.`,
  pointLabel: (category, series, value) => `${category}, ${series}: ${value}`,
  averageSeries: 'Average of this file',
  groupAverageSeries: (group) => `Average of group “${group}”`,
  bestSeries: 'Best in each category',
  bestOf: (name) => `(${name})`,
  averageOfCount: (count) => `(average of ${count})`,
  noPrevious: (name) => `No data for ${name} in the previous edition.`,
  tooManySeries: (shown) => `The first ${shown} series are shown.`,
  entityMissing: (id, year) => `entity: "${id}" is not in the ${year} edition`,
  compareUnknown: (token) => `compare: "${token}" is neither an entity id nor a keyword (average, group-average, best, previous)`,
  defaultCategories: [
    'Communication with the public and participation',
    'Customer service and support',
    'Open data availability',
    'Internal processes and inter-institutional cooperation',
    'Service provision',
  ],
  gaugeLabel: (name, year) => `${name}: E-index ${year}`,
  gaugeStandaloneLabel: 'E-index',
  bandLabel: (level) => `Level ${level}`,
  averageTick: (value) => `average ${value}`,
  publishedAverage: (value, count) =>
    count === undefined ? `Published average: ${value}.` : `Published average of ${count} assessed: ${value}.`,
  levelUnknown: 'maturity level not published',
};

const messages: Record<Lang, ChartMessages> = { lv, en };

export function chartMessagesFor(lang: Lang): ChartMessages {
  return messages[lang];
}
