import type { Lang } from '../data/types.js';
import type { Average } from '../data/query.js';
import { messages, type Messages } from './messages.js';

/** Interface texts of `<eindex-ranking>` (with the shared ones), in Latvian and English. */
export interface RankingMessages extends Messages {
  columnRank: string;
  columnName: string;
  columnGroup: string;
  columnTotal: string;
  columnTotalNarrow: string;
  columnLevelNarrow: string;
  notPublishedHyphenated: string;
  columnGroupScore: string;
  columnLevel: string;
  columnChange: string;
  sortBy(column: string): string;
  noPlace: string;
  sharedPlace(place: number): string;
  website(name: string): string;
  scrollRegion(caption: string): string;
  changeUp(places: number): string;
  changeDown(places: number): string;
  changeSame: string;
  changeNew: string;
  changeUnknown: string;
  showAll(count: number): string;
  showTop(count: number): string;
  showMore(count: number, shown: number, total: number): string;
  search: string;
  searchPlaceholder: string;
  results(count: number): string;
  download: string;
  /** The CSV module could not be loaded (the network went away). */
  downloadFailed: string;
  highlighted: string;
  selected: string;
  ranksInFile(shown: number, assessed: number | undefined): string;
  ranksInStudy(assessed: number): string;
  ranksInGroups: string;
  sortedAscending: string;
  sortedDescending: string;
  averageOf(count: number): string;
  publishedAverage(count: number | undefined): string;
  sourceLabel: string;
  caption(title: string, year: number): string;
}

/** Latvian ordinal place: "1." is read "pirmā vieta" by Latvian screen readers when written with a word. */
const lv: RankingMessages = {
  ...messages.lv,
  columnRank: 'Vieta',
  columnName: 'Nosaukums',
  columnGroup: 'Grupa',
  columnTotal: 'Kopvērtējums',
  columnTotalNarrow: 'Kopā',
  columnLevelNarrow: 'Līm.',
  notPublishedHyphenated: 'nav pub\u00adli\u00adcēts',
  columnGroupScore: 'Grupas vērtējums',
  columnLevel: 'Līmenis',
  columnChange: 'Izmaiņas',
  sortBy: (column) => `Kārtot pēc: ${column}`,
  noPlace: 'bez vietas',
  sharedPlace: (place) => `dalīta ${place}. vieta`,
  website: (name) => `Tīmekļa vietne: ${name}`,
  scrollRegion: (caption) => `${caption} (tabulu var ritināt uz sāniem)`,
  changeUp: (n) => `pakāpās par ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'vietu' : 'vietām'}`,
  changeDown: (n) => `noslīdēja par ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'vietu' : 'vietām'}`,
  changeSame: 'vieta nemainījās',
  changeNew: 'jauns',
  changeUnknown: 'nav salīdzināms',
  showAll: (count) => `Rādīt visus (${count})`,
  showTop: (count) => `Rādīt pirmos ${count}`,
  showMore: (count, shown, total) => `Rādīt vēl ${count} (parādīti ${shown} no ${total})`,
  search: 'Meklēt',
  searchPlaceholder: 'Nosaukums…',
  results: (count) => `${count} ${count % 10 === 1 && count % 100 !== 11 ? 'rezultāts' : 'rezultāti'}`,
  download: 'Lejupielādēt CSV',
  downloadFailed: 'CSV failu neizdevās lejupielādēt; mēģiniet vēlreiz.',
  highlighted: 'izcelts',
  selected: 'izvēlēts',
  ranksInFile: (shown, assessed) =>
    `Vietas starp ${shown} šajā failā iekļautajiem, nevis ${assessed === undefined ? 'visā pētījumā' : `starp visiem ${assessed} pētījumā vērtētajiem`}.`,
  ranksInStudy: (assessed) => `Vietas starp visiem ${assessed} pētījumā vērtētajiem.`,
  ranksInGroups: 'Vietas izvēlēto grupu ietvaros.',
  sortedAscending: 'augošā secībā',
  sortedDescending: 'dilstošā secībā',
  averageOf: (count) => `vidējais no ${count} parādītajiem`,
  publishedAverage: (count) => (count === undefined ? 'publicētais vidējais' : `publicētais vidējais no ${count} vērtētajiem`),
  sourceLabel: 'Avots',
  caption: (title, year) => `${title}, ${year}`,
};

/** English ordinal: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const en: RankingMessages = {
  ...messages.en,
  columnRank: 'Place',
  columnName: 'Name',
  columnGroup: 'Group',
  columnTotal: 'Total',
  columnTotalNarrow: 'Total',
  columnLevelNarrow: 'Level',
  notPublishedHyphenated: 'not pub\u00adlished',
  columnGroupScore: 'Group score',
  columnLevel: 'Level',
  columnChange: 'Change',
  sortBy: (column) => `Sort by ${column}`,
  noPlace: 'no place',
  sharedPlace: (place) => `shared ${ordinal(place)} place`,
  website: (name) => `Website: ${name}`,
  scrollRegion: (caption) => `${caption} (the table scrolls sideways)`,
  changeUp: (n) => `up ${n} ${n === 1 ? 'place' : 'places'}`,
  changeDown: (n) => `down ${n} ${n === 1 ? 'place' : 'places'}`,
  changeSame: 'same place',
  changeNew: 'new',
  changeUnknown: 'not comparable',
  showAll: (count) => `Show all (${count})`,
  showTop: (count) => `Show top ${count}`,
  showMore: (count, shown, total) => `Show ${count} more (${shown} of ${total} shown)`,
  search: 'Search',
  searchPlaceholder: 'Name…',
  results: (count) => `${count} ${count === 1 ? 'result' : 'results'}`,
  download: 'Download CSV',
  downloadFailed: 'The CSV file could not be downloaded; try again.',
  highlighted: 'highlighted',
  selected: 'selected',
  ranksInFile: (shown, assessed) =>
    `Places among the ${shown} entries in this file, not ${assessed === undefined ? 'in the whole study' : `among all ${assessed} assessed in the study`}.`,
  ranksInStudy: (assessed) => `Places among all ${assessed} assessed in the study.`,
  ranksInGroups: 'Places within the chosen groups.',
  sortedAscending: 'ascending',
  sortedDescending: 'descending',
  averageOf: (count) => `average of ${count} shown`,
  publishedAverage: (count) => (count === undefined ? 'published average' : `published average of ${count} assessed`),
  sourceLabel: 'Source',
  caption: (title, year) => `${title}, ${year}`,
};

const rankingMessages: Record<Lang, RankingMessages> = { lv, en };

export function rankingMessagesFor(lang: Lang): RankingMessages {
  return rankingMessages[lang];
}

/**
 * The note's average, value first and then what it averages: "Total: 64.1 (average of 3 shown)."
 * (the trend writes its averages the same way). Written after the words, the number read as part
 * of them: "published average of 115 assessed 40".
 */
export function averageNote(t: RankingMessages, metric: string, value: string, average: Average): string {
  return `${metric}: ${value} (${average.kind === 'published' ? t.publishedAverage(average.count) : t.averageOf(average.count)}).`;
}
