/**
 * Delimited text (CSV / TSV) as spreadsheets export it, split into records: pure, no DOM,
 * no Node, so the command and the configurator share it.
 *
 * Excel and LibreOffice write `;` between fields where the decimal mark is a comma (Latvian
 * settings), `,` elsewhere, and a tab when cells are copied to the clipboard; a field is
 * quoted when it holds the delimiter, a quote (doubled inside) or a line break; lines end in
 * CRLF. Excel may put `sep=;` on the first line. Every record keeps the physical line it
 * starts on, so a problem can name the line a reader sees in a text editor (header = line 1).
 */

export type Delimiter = ',' | ';' | '\t';

export interface DelimitedRecord {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** What stops a file from being split into records at all. */
export type SplitProblem =
  | { readonly code: 'too-large'; readonly params: { readonly bytes: number; readonly max: number } }
  | { readonly code: 'empty-file' }
  | { readonly code: 'too-many-rows'; readonly params: { readonly max: number } }
  | { readonly code: 'too-many-columns'; readonly line: number; readonly params: { readonly max: number } }
  | { readonly code: 'cell-too-long'; readonly line: number; readonly params: { readonly max: number } }
  | { readonly code: 'unclosed-quote'; readonly line: number }
  | { readonly code: 'text-after-quote'; readonly line: number };

export type SplitResult =
  | { readonly ok: true; readonly delimiter: Delimiter; readonly records: readonly DelimitedRecord[] }
  | { readonly ok: false; readonly problem: SplitProblem };

/**
 * Caps, so that no file, however large or odd, ties up the browser tab or the command:
 * the whole E-index study is about 120 municipalities or 200 institutions, and a document
 * with 20 000 entities is already far beyond what a page shows.
 */
export const IMPORT_LIMITS = {
  /** Characters of text (about bytes for Latvian text). */
  chars: 5_000_000,
  rows: 20_000,
  columns: 100,
  cellChars: 10_000,
} as const;

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

/**
 * The delimiter of the header line: the candidate that occurs most often outside quotes
 * (tab, then `;`, then `,` on a tie). A header line with none is a single column.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    if (counts.get(d)! > bestCount) {
      best = d;
      bestCount = counts.get(d)!;
    }
  }
  return best;
}

/** The first line, up to a line break outside quotes. */
function firstLogicalLine(text: string, from: number): string {
  let quoted = false;
  for (let i = from; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(from, i);
  }
  return text.slice(from);
}

/** Splits delimited text into records; blank lines are left out (their numbers still count). */
export function splitDelimited(input: string, delimiter?: Delimiter): SplitResult {
  if (input.length > IMPORT_LIMITS.chars) {
    return { ok: false, problem: { code: 'too-large', params: { bytes: input.length, max: IMPORT_LIMITS.chars } } };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let position = 0;
  let line = 1;
  let chosen = delimiter;
  const sep = /^sep=([,;\t])[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (sep) {
    chosen ??= sep[1] as Delimiter;
    position = sep[0].length;
    line = 2;
  }
  chosen ??= detectDelimiter(firstLogicalLine(text, position));

  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let recordLine = line;
  const endCell = (): SplitProblem | undefined => {
    if (cell.length > IMPORT_LIMITS.cellChars) return { code: 'cell-too-long', line: recordLine, params: { max: IMPORT_LIMITS.cellChars } };
    cells.push(cell);
    cell = '';
    if (cells.length > IMPORT_LIMITS.columns) return { code: 'too-many-columns', line: recordLine, params: { max: IMPORT_LIMITS.columns } };
    return undefined;
  };
  const endRecord = (): SplitProblem | undefined => {
    const problem = endCell();
    if (problem) return problem;
    // A line of empty cells (`;;;;`, as Excel writes below a table) holds nothing.
    if (cells.some((c) => c.trim() !== '')) {
      if (records.length >= IMPORT_LIMITS.rows + 1) return { code: 'too-many-rows', params: { max: IMPORT_LIMITS.rows } };
      records.push({ line: recordLine, cells });
    }
    cells = [];
    return undefined;
  };

  while (position < text.length) {
    const char = text[position]!;
    if (char === '"' && cell === '') {
      // A quoted field: up to the closing quote; "" inside is one quote.
      const opened = line;
      position += 1;
      let closed = false;
      while (position < text.length) {
        const next = text.indexOf('"', position);
        const chunkEnd = next === -1 ? text.length : next;
        const chunk = text.slice(position, chunkEnd);
        line += countLineBreaks(chunk);
        cell += chunk;
        if (cell.length > IMPORT_LIMITS.cellChars) return { ok: false, problem: { code: 'cell-too-long', line: opened, params: { max: IMPORT_LIMITS.cellChars } } };
        position = chunkEnd;
        if (next === -1) break;
        if (text[next + 1] === '"') {
          cell += '"';
          position = next + 2;
        } else {
          position = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) return { ok: false, problem: { code: 'unclosed-quote', line: opened } };
      const after = text[position];
      if (after !== undefined && after !== chosen && after !== '\n' && after !== '\r') {
        // Spaces after a closing quote are harmless; anything else means a broken field.
        const rest = /^[ \t]*/.exec(text.slice(position, position + 100))![0];
        const following = text[position + rest.length];
        if (following !== undefined && following !== chosen && following !== '\n' && following !== '\r') {
          return { ok: false, problem: { code: 'text-after-quote', line } };
        }
        position += rest.length;
      }
      continue;
    }
    if (char === chosen) {
      const problem = endCell();
      if (problem) return { ok: false, problem };
      position += 1;
      continue;
    }
    if (char === '\n' || char === '\r') {
      const problem = endRecord();
      if (problem) return { ok: false, problem };
      position += char === '\r' && text[position + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    // Plain text up to the next special character, in one slice.
    let end = position + 1;
    while (end < text.length) {
      const c = text[end];
      if (c === chosen || c === '\n' || c === '\r') break;
      end += 1;
    }
    cell += text.slice(position, end);
    position = end;
  }
  if (cell !== '' || cells.length > 0) {
    const problem = endRecord();
    if (problem) return { ok: false, problem };
  }
  if (records.length === 0) return { ok: false, problem: { code: 'empty-file' } };
  return { ok: true, delimiter: chosen, records };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') count += 1;
    else if (c === '\r' && text[i + 1] !== '\n') count += 1;
  }
  return count;
}

/**
 * Bytes of a file as text: UTF-8 (with or without BOM), else Windows-1257, the code page
 * Excel's plain "CSV" uses in Latvian settings (no BOM, ā as 0xE2). Reports which.
 */
export function decodeSpreadsheetBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1257' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1257').decode(bytes), encoding: 'windows-1257' };
  }
}
