/**
 * Rows as CSV text (RFC 4180): a field is quoted when it holds the delimiter, a quote or a
 * line break, and quotes inside are doubled. Written here rather than taken from d3-dsv,
 * whose module also carries a parser built on `new Function`, which a strict
 * Content-Security-Policy forbids, for ten lines of formatting.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  const needsQuotes = new RegExp(`["${delimiter}\\r\\n]`);
  const field = (text: string): string => (needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join(delimiter)).join('\r\n');
}
