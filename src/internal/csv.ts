/**
 * Rows as CSV text (RFC 4180): a field is quoted when it holds the delimiter, a quote or a
 * line break, and quotes inside are doubled. Written here rather than taken from d3-dsv,
 * whose module also carries a parser built on `new Function`, which a strict
 * Content-Security-Policy forbids, for ten lines of formatting.
 *
 * Every field, the header row included, is defused (OWASP "CSV injection"): text a spreadsheet
 * would run as a formula gets a leading `'`. Data text comes from a document anyone may have
 * written, and a category named `=HYPERLINK("https://…")` would otherwise be a live link in
 * the downloaded file.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  const needsQuotes = new RegExp(`["${delimiter}\\r\\n]`);
  const field = (text: string): string => {
    const safe = defuseFormula(text);
    return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join('\r\n');
}

/**
 * Characters that start a formula in Excel, LibreOffice or Google Sheets, ASCII and their
 * full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), which some spreadsheets read as the ASCII
 * ones; tab and carriage return, which can hide the rest of a cell; and `|`, which older Excel
 * reads as a DDE call.
 */
const FORMULA_START = /^[=+\-@\t\r|\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;
/** Whitespace a spreadsheet skips before it looks for `=`: spaces, NBSP, other Unicode spaces. */
const LEADING_SPACE = /^[\s\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+/;
/** A plain number, negative ones and a Unicode minus included (`-3`, `−2,5`): never a formula. */
const NUMBER = /^[+\-\u2212]?\d+(?:[.,]\d+)?$/;

/** `text` as a spreadsheet will show it and never run it: formula-like text gets a leading `'`. */
export function defuseFormula(text: string): string {
  const start = text.replace(LEADING_SPACE, '');
  if (NUMBER.test(start) || !FORMULA_START.test(start)) return text;
  return `'${text}`;
}
