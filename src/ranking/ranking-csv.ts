/**
 * The ranking's CSV file, built when the reader presses "Download CSV": loaded on that first
 * click (eindex-ranking.ts), so a page whose readers never download never loads this code,
 * the CSV writer and the file saving (0.3 KB gzip of the ranking's file).
 */
import type { Lang } from '../data/types.js';
import type { ColumnChannels } from '../layout/ranking.js';
import { formatCsv } from '../internal/csv.js';
import { saveFile } from '../internal/save-file.js';

/** Offers the table as shown (`rows` rows of `channels`) as `e-index-<year>.csv`. */
export function downloadCsv(channels: readonly ColumnChannels[], rows: number, lang: Lang, year: number, root: ParentNode): void {
  const header = channels.map((channel) => channel.label);
  const body = Array.from({ length: rows }, (_row, index) => channels.map((channel) => channel.csv[index] as string));
  // Excel in Latvian locales expects `;` between fields when the decimal mark is a comma.
  const text = formatCsv([header, ...body], lang === 'lv' ? ';' : ',');
  // The BOM makes Excel read the file as UTF-8, so ā, č, ē, ģ … survive.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  saveFile(blob, `e-index-${year}.csv`, root);
}
