/**
 * The `eindex-widgets` command, without Node: arguments in, text and an exit code out.
 * `main.ts` gives it the file system and the streams.
 *
 * Exit codes: 0 done; 1 bad input (a file that cannot be read or parsed, a bad cell, a
 * document the validator refuses, an entity or column the document does not have);
 * 2 usage (unknown command or option, a missing or malformed option value).
 */
import type { Lang } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { describeProblem } from '../i18n/problems.js';
import { describeField, describeImportProblem } from '../i18n/import-messages.js';
import { decodeSpreadsheetBytes } from '../import/delimited.js';
import { importSpreadsheet } from '../import/import.js';
import { renderStatic, STATIC_ATTRIBUTES, STATIC_ELEMENTS, type StaticElement } from '../static/render.js';
import { STATIC_STYLESHEET } from '../static/stylesheet.js';
import { localText } from '../i18n/lang.js';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Largest file either command reads; the import's own caps apply within it. */
const MAX_FILE_BYTES = 10_000_000;

export interface CliIo {
  /** Bytes of a file, or an Error (missing, unreadable, a directory). */
  readFile(path: string, maxBytes: number): Uint8Array | Error;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage:
  eindex-widgets import FILE.csv|FILE.tsv [--year YEAR] [--template DOC.json] [--kind municipality|institution] [--lang lv|en]
      Writes an eindex/1 JSON document to stdout from a spreadsheet export.
  eindex-widgets render ranking|radar|gauge|trend|levels --src DOC.json [--stylesheet] [--ATTRIBUTE VALUE …]
      Writes static HTML (no script) to stdout; attributes as the element's:
        ranking  --lang --edition --limit --group --sort --columns --highlight --caption
        radar    --lang --edition --entity --compare --width
        gauge    --lang --edition --entity --value --width
        trend    --lang --entity --compare average|group-average|IDS --measure total|rank|CATEGORY --width
        levels   --lang --edition --editions all --group --entity --width
  eindex-widgets stylesheet
      Writes the CSS for static renderings (also dist/eindex-static.css).
Exit codes: 0 done, 1 bad input, 2 usage.
`;

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

const FLAGS = new Set(['stylesheet', 'help']);

function parseArguments(args: readonly string[]): Parsed | string {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (FLAGS.has(name) && eq === -1) {
      flags.add(name);
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) return `--${name} needs a value`;
    if (options.has(name)) return `--${name} is given twice`;
    options.set(name, value);
  }
  return { positional, options, flags };
}

function unknownOption(options: Map<string, string>, allowed: readonly string[]): string | undefined {
  const unknown = [...options.keys()].find((name) => !allowed.includes(name));
  return unknown === undefined ? undefined : `unknown option --${unknown} (known: ${allowed.map((a) => `--${a}`).join(', ')})`;
}

function readText(io: CliIo, path: string, what: string): { text: string } | { error: string } {
  const bytes = io.readFile(path, MAX_FILE_BYTES);
  if (bytes instanceof Error) return { error: `${what} ${path}: ${bytes.message}` };
  return { text: decodeSpreadsheetBytes(bytes).text };
}

function readJson(io: CliIo, path: string, what: string): { value: unknown } | { error: string } {
  const read = readText(io, path, what);
  if ('error' in read) return read;
  try {
    return { value: JSON.parse(read.text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { error: `${what} ${path}: not JSON (${(error as Error).message.slice(0, 120)})` };
  }
}

export function runCli(args: readonly string[], io: CliIo): number {
  const parsed = parseArguments(args);
  const usage = (message: string): number => {
    io.err(`eindex-widgets: ${message}\n\n${USAGE}`);
    return EXIT_USAGE;
  };
  if (typeof parsed === 'string') return usage(parsed);
  const [command, ...rest] = parsed.positional;
  if (parsed.flags.has('help') || command === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  switch (command) {
    case 'import':
      return runImport(rest, parsed, io, usage);
    case 'render':
      return runRender(rest, parsed, io, usage);
    case 'stylesheet':
      io.out(STATIC_STYLESHEET);
      return EXIT_OK;
    default:
      return usage(command === undefined ? 'no command given' : `unknown command "${command.slice(0, 40)}" (import, render or stylesheet)`);
  }
}

function runImport(rest: readonly string[], { options }: Parsed, io: CliIo, usage: (m: string) => number): number {
  const problem = unknownOption(options, ['year', 'template', 'kind', 'lang']);
  if (problem) return usage(problem);
  if (rest.length !== 1) return usage('import takes one file');
  const lang = options.get('lang') ?? 'lv';
  if (lang !== 'lv' && lang !== 'en') return usage(`--lang: "${lang.slice(0, 20)}" — lv or en`);
  const yearText = options.get('year');
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) return usage(`--year: "${yearText.slice(0, 20)}" — a year such as 2021`);
  const kind = options.get('kind');
  if (kind !== undefined && kind !== 'municipality' && kind !== 'institution') return usage(`--kind: "${kind.slice(0, 20)}" — municipality or institution`);
  const file = rest[0]!;
  let template: unknown;
  const templatePath = options.get('template');
  if (templatePath !== undefined) {
    const read = readJson(io, templatePath, '--template');
    if ('error' in read) {
      io.err(`eindex-widgets: ${read.error}\n`);
      return EXIT_BAD_INPUT;
    }
    template = read.value;
  }
  const read = readText(io, file, lang === 'lv' ? 'fails' : 'file');
  if ('error' in read) {
    io.err(`eindex-widgets: ${read.error}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = importSpreadsheet(read.text, {
    year: yearText === undefined ? undefined : Number(yearText),
    template,
    kind,
    fileName: file.split(/[\\/]/).pop(),
  });
  const say = (p: Parameters<typeof describeImportProblem>[0]): string => `${file}: ${describeImportProblem(p, lang)}\n`;
  if (!result.ok) {
    for (const p of result.problems) io.err(say(p));
    return result.problems.some((p) => p.code === 'no-year') ? EXIT_USAGE : EXIT_BAD_INPUT;
  }
  for (const warning of result.warnings) io.err(say(warning));
  const categories = result.document['categories'] as { id: string; name: Parameters<typeof localText>[0] }[];
  const mapped = result.mapping
    .filter((column) => column.field)
    .map((column) => `${column.header} → ${describeField(column.field, lang, (id) => localText(categories.find((c) => c.id === id)?.name, lang) || id)}`);
  const rowsWord = lang === 'lv' ? (result.rows % 10 === 1 && result.rows % 100 !== 11 ? 'rinda' : 'rindas') : result.rows === 1 ? 'row' : 'rows';
  io.err(`${file}: ${result.rows} ${rowsWord}; ${mapped.join('; ')}\n`);
  io.out(`${JSON.stringify(result.document, null, 2)}\n`);
  return EXIT_OK;
}

function runRender(rest: readonly string[], { options, flags }: Parsed, io: CliIo, usage: (m: string) => number): number {
  const element = rest[0];
  if (rest.length !== 1 || !(STATIC_ELEMENTS as readonly string[]).includes(element ?? '')) {
    return usage(`render takes one element: ${STATIC_ELEMENTS.join(', ')}${element ? ` (not "${element.slice(0, 40)}")` : ''}`);
  }
  const name = element as StaticElement;
  const problem = unknownOption(options, ['src', ...STATIC_ATTRIBUTES[name]]);
  if (problem) return usage(problem);
  const src = options.get('src');
  if (src === undefined) return usage('render needs --src DOC.json');
  const lang = (options.get('lang') === 'en' ? 'en' : 'lv') satisfies Lang;
  const read = readJson(io, src, '--src');
  if ('error' in read) {
    io.err(`eindex-widgets: ${read.error}\n`);
    return EXIT_BAD_INPUT;
  }
  const checked = validateDocument(read.value);
  if (!checked.ok) {
    for (const p of checked.problems) io.err(`${src}: ${describeProblem(p, lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  const attributes: Record<string, string> = {};
  for (const [key, value] of options) if (key !== 'src') attributes[key] = value;
  const result = renderStatic(name, checked.document, attributes);
  if (!result.ok) {
    if (result.kind === 'usage') return usage(result.message);
    io.err(`eindex-widgets: ${result.message}\n`);
    return EXIT_BAD_INPUT;
  }
  io.out(flags.has('stylesheet') ? `<style>\n${STATIC_STYLESHEET}</style>\n${result.html}` : result.html);
  return EXIT_OK;
}
