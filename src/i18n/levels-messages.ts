import type { Lang } from '../data/types.js';
import type { Messages } from './messages.js';
import { chartMessages, type ImageMessages } from './chart-messages.js';

/** Interface texts of `<eindex-levels>` (with the shared ones), in Latvian and English. */
export interface LevelsMessages extends Messages, ImageMessages {
  showTable: string;
  hideTable: string;
  legend: string;
  year: string;
  count: string;
  share: string;
  title(title: string, year: number | undefined): string;
  chartLabel(title: string): string;
  asPublished(assessed: number): string;
  counted(count: number, unknown: number): string;
  noneForEdition: string;
  noneInView: string;
  inside(count: string, share: string): string;
  shortLevel(level: number): string;
  entityMark(name: string, level: string): string;
  entityNoLevel(name: string): string;
  /** Under the title of a downloaded image: what it shows, the edition or editions, and the entity marked. */
  imageSubtitle(years: string, entity: string | undefined): string;
}

const lv: LevelsMessages = {
  ...chartMessages.lv,
  showTable: 'Tabula',
  hideTable: 'Slēpt tabulu',
  legend: 'Brieduma līmeņi',
  year: 'Gads',
  count: 'Skaits',
  share: 'Daļa',
  title: (title, year) => `${title}: brieduma līmeņi${year === undefined ? '' : `, ${year}`}`,
  chartLabel: (title) => `${title}: 100 % joslu diagramma. Tie paši dati ir tabulā.`,
  asPublished: (assessed) => `kā publicēts, novērtētas ${assessed}`,
  counted: (count, unknown) =>
    `saskaitīts no ${count} vienībām šajā failā${unknown > 0 ? ` (${unknown} bez publicēta līmeņa nav ieskaitītas)` : ''}`,
  noneForEdition: 'brieduma līmeņi nav publicēti',
  noneInView: 'Šajā skatā brieduma līmeņi nav publicēti, un nevienai vienībai šajā failā līmenis nav norādīts.',
  inside: (count, share) => `${count} · ${share}`,
  shortLevel: (level) => `${level}. līm.`,
  entityMark: (name, level) => `${name}: ${level}`,
  entityNoLevel: (name) => `${name}: līmenis nav publicēts`,
  imageSubtitle: (years, entity) => `Brieduma līmeņi, ${years}${entity ? `. Atzīmēts: ${entity}` : ''}`,
};

const en: LevelsMessages = {
  ...chartMessages.en,
  showTable: 'Table',
  hideTable: 'Hide table',
  legend: 'Maturity levels',
  year: 'Year',
  count: 'Count',
  share: 'Share',
  title: (title, year) => `${title}: maturity levels${year === undefined ? '' : `, ${year}`}`,
  chartLabel: (title) => `${title}: 100 % bar chart. The same data is in the table.`,
  asPublished: (assessed) => `as published, ${assessed} assessed`,
  counted: (count, unknown) =>
    `counted from the ${count} entities in this file${unknown > 0 ? ` (${unknown} without a published level left out)` : ''}`,
  noneForEdition: 'maturity levels not published',
  noneInView: 'No maturity levels are published for this view, and no entity in this file has a level.',
  inside: (count, share) => `${count} · ${share}`,
  shortLevel: (level) => `L${level}`,
  entityMark: (name, level) => `${name}: ${level}`,
  entityNoLevel: (name) => `${name}: level not published`,
  imageSubtitle: (years, entity) => `Maturity levels, ${years}${entity ? `. Marked: ${entity}` : ''}`,
};

const levelsMessages: Record<Lang, LevelsMessages> = { lv, en };

export function levelsMessagesFor(lang: Lang): LevelsMessages {
  return levelsMessages[lang];
}
