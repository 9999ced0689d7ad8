import type { Lang } from '../data/types.js';
import { chartMessages, type ChartMessages } from './chart-messages.js';

/** Interface texts of `<eindex-gauge>` (with the shared ones), in Latvian and English. */
export interface GaugeMessages extends ChartMessages {
  points(value: string, max: string): string;
  gaugeLabel(name: string, year: number): string;
  gaugeStandaloneLabel: string;
  bandLabel(level: number): string;
  averageTick(value: string): string;
  publishedAverage(value: string, count: number | undefined): string;
  levelUnknown: string;
  aboveScale(value: string, max: string): string;
  belowScale(value: string, min: string): string;
}

const lv: GaugeMessages = {
  ...chartMessages.lv,
  chooseEntity: 'Izvēlieties iestādi vai pašvaldību, lai redzētu tās E-indeksa kopvērtējumu un brieduma līmeni.',
  points: (value, max) => `${value} punkti no ${max}`,
  gaugeLabel: (name, year) => `${name}: E-indekss ${year}`,
  gaugeStandaloneLabel: 'E-indekss',
  bandLabel: (level) => `${level}. līmenis`,
  averageTick: (value) => `vidēji ${value}`,
  publishedAverage: (value, count) =>
    count === undefined ? `Publicētais vidējais: ${value}.` : `Publicētais vidējais no ${count} vērtētajiem: ${value}.`,
  levelUnknown: 'brieduma līmenis nav publicēts',
  aboveScale: (value, max) => `${value} ir virs skalas maksimuma ${max}; rādītājs ir skalas galā.`,
  belowScale: (value, min) => `${value} ir zem skalas minimuma ${min}; rādītājs ir skalas sākumā.`,
};

const en: GaugeMessages = {
  ...chartMessages.en,
  chooseEntity: 'Choose an institution or municipality to see its E-index total and maturity level.',
  points: (value, max) => `${value} points of ${max}`,
  gaugeLabel: (name, year) => `${name}: E-index ${year}`,
  gaugeStandaloneLabel: 'E-index',
  bandLabel: (level) => `Level ${level}`,
  averageTick: (value) => `average ${value}`,
  publishedAverage: (value, count) =>
    count === undefined ? `Published average: ${value}.` : `Published average of ${count} assessed: ${value}.`,
  levelUnknown: 'maturity level not published',
  aboveScale: (value, max) => `${value} is above the scale maximum ${max}; the marker is at the end of the scale.`,
  belowScale: (value, min) => `${value} is below the scale minimum ${min}; the marker is at the start of the scale.`,
};

const gaugeMessages: Record<Lang, GaugeMessages> = { lv, en };

export function gaugeMessagesFor(lang: Lang): GaugeMessages {
  return gaugeMessages[lang];
}
