/**
 * Localised messages for document problems (`validate.ts`) and loader errors (`load.ts`).
 * Each names the JSON path and shows the offending value as the author wrote it (JSON notation,
 * so `64.8` not `64,8`: the author searches the file for it), cut short and always as text.
 */
import type { Lang } from '../data/types.js';
import type { ExpectedType, Problem } from '../data/validate.js';
import { DEFAULT_TIMEOUT, EIndexLoadError } from '../data/load.js';
import { formatNumber } from './format.js';

/** Longest string value quoted in a message, in characters. */
const VALUE_MAX = 40;

/** Longest address quoted in a message: enough to recognise it, never a page of query string. */
const URL_MAX = 200;

/** A text cut to `max` characters, with an ellipsis where it was cut. */
export function cut(text: string, max = VALUE_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as short, safe text: strings quoted as JSON, objects abbreviated. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cut(value));
  if (value == null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return cut(json);
  } catch {
    // Cyclic or otherwise unserialisable (possible for documents given as objects).
  }
  return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
}

const expected: Record<Lang, Record<ExpectedType, string>> = {
  en: {
    object: 'an object',
    array: 'a list (array)',
    string: 'a string',
    number: 'a number',
    'number-or-null': 'a number or null',
    text: 'a text (a string, or an object of language codes and strings)',
    source: 'a source object or a list of them',
  },
  lv: {
    object: 'objekts',
    array: 'saraksts (masīvs)',
    string: 'teksta virkne',
    number: 'skaitlis',
    'number-or-null': 'skaitlis vai null',
    text: 'teksts (virkne vai objekts ar valodu kodiem un virknēm)',
    source: 'avota objekts vai to saraksts',
  },
};

function expectedName(value: string | number | undefined, lang: Lang): string {
  const names = expected[lang];
  return typeof value === 'string' && value in names ? names[value as ExpectedType] : String(value);
}

type Params = Readonly<Record<string, string | number>>;

/** One message per code, without the path prefix. `v` is the shown value. */
const messages: Record<Lang, Record<Problem['code'], (v: string, p: Params) => string>> = {
  en: {
    'not-object': (v) => `the document must be a JSON object, but it is ${v}`,
    'not-json': (v) => `the text is not valid JSON (${v})`,
    missing: () => 'this required field is missing',
    'wrong-type': (v, p) => `${v} is not ${expectedName(p['expected'], 'en')}`,
    schema: (v, p) => `${v} is not a supported format; expected "${p['expected']}"`,
    empty: () => 'must not be empty',
    'empty-list': () => 'the list needs at least one entry',
    'duplicate-id': (v, p) => `${v} appears again in this list (first at ${p['first']})`,
    'unknown-group': (v, p) => `group ${v} is not declared in groups (${p['known'] ? `declared: ${p['known']}` : 'none declared'})`,
    'unknown-category': (v, p) =>
      `category ${v} is not declared in categories (${p['known'] ? `declared: ${p['known']}` : 'none declared'})`,
    'unknown-level': (v, p) => `level ${v} is not declared in levels (${p['known'] ? `declared: ${p['known']}` : 'no levels are declared'})`,
    'not-finite': (v) => `${v} is not a finite number`,
    'below-min': (v, p) => `${v} is below the scale minimum ${p['min']}`,
    'above-max': (v, p) => `${v} is above the scale maximum ${p['max']}`,
    'not-integer': (v) => `${v} is not a whole number`,
    'bad-count': (v) => `${v} is not a count (a whole number, 0 or more)`,
    'bad-kind': (v) => `${v} is not a group kind: use "municipality" or "institution"`,
    'bad-scale': (_v, p) => `the scale minimum ${p['min']} must be below its maximum ${p['max']}`,
    'bad-date': (v) => `${v} is not a date in the form YYYY-MM-DD`,
    'level-order': (v, p) => `the threshold ${v} must be above the threshold of the level below (${p['previous']})`,
    'too-long': (v, p) => `the text ${v} is longer than ${p['max']} characters`,
    'too-many-items': (_v, p) => `the list has ${p['count']} entries; at most ${p['max']} are allowed`,
    'out-of-range': (v, p) => `${v} is outside the allowed range ${p['min']} to ${p['max']}`,
    'too-many': (_v, p) => `there are more problems; only the first ${p['limit']} are listed`,
  },
  lv: {
    'not-object': (v) => `dokumentam jābūt JSON objektam, bet tas ir ${v}`,
    'not-json': (v) => `teksts nav derīgs JSON (${v})`,
    missing: () => 'trūkst obligātā lauka',
    'wrong-type': (v, p) => `${v} nav ${expectedName(p['expected'], 'lv')}`,
    schema: (v, p) => `${v} nav atbalstīts formāts; jābūt "${p['expected']}"`,
    empty: () => 'vērtība nedrīkst būt tukša',
    'empty-list': () => 'sarakstā jābūt vismaz vienam ierakstam',
    'duplicate-id': (v, p) => `${v} šajā sarakstā atkārtojas (pirmoreiz ${p['first']})`,
    'unknown-group': (v, p) => `grupa ${v} nav deklarēta sarakstā groups (${p['known'] ? `ir: ${p['known']}` : 'nav nevienas'})`,
    'unknown-category': (v, p) =>
      `kategorija ${v} nav deklarēta sarakstā categories (${p['known'] ? `ir: ${p['known']}` : 'nav nevienas'})`,
    'unknown-level': (v, p) => `līmenis ${v} nav deklarēts sarakstā levels (${p['known'] ? `ir: ${p['known']}` : 'līmeņi nav deklarēti'})`,
    'not-finite': (v) => `${v} nav galīgs skaitlis`,
    'below-min': (v, p) => `${v} ir zem skalas minimuma ${p['min']}`,
    'above-max': (v, p) => `${v} ir virs skalas maksimuma ${p['max']}`,
    'not-integer': (v) => `${v} nav vesels skaitlis`,
    'bad-count': (v) => `${v} nav skaits (vesels skaitlis, 0 vai lielāks)`,
    'bad-kind': (v) => `${v} nav grupas veids: jābūt "municipality" vai "institution"`,
    'bad-scale': (_v, p) => `skalas minimumam ${p['min']} jābūt mazākam par maksimumu ${p['max']}`,
    'bad-date': (v) => `${v} nav datums formā GGGG-MM-DD`,
    'level-order': (v, p) => `slieksnim ${v} jābūt lielākam par zemākā līmeņa slieksni (${p['previous']})`,
    'too-long': (v, p) => `teksts ${v} ir garāks par ${p['max']} zīmēm`,
    'too-many-items': (_v, p) => `ierakstu skaits sarakstā ir ${p['count']}; atļauts ne vairāk kā ${p['max']}`,
    'out-of-range': (v, p) => `${v} ir ārpus atļautā diapazona no ${p['min']} līdz ${p['max']}`,
    'too-many': (_v, p) => `ir vēl citas problēmas; parādītas tikai pirmās ${p['limit']}`,
  },
};

/** `path: message` in the given language, e.g. `editions[0].entities[3].scores.open-data: 130 is above the scale maximum 100`. */
export function describeProblem(problem: Problem, lang: Lang): string {
  const message = messages[lang][problem.code](showValue(problem.value), problem.params ?? {});
  if (!problem.path) return message.charAt(0).toUpperCase() + message.slice(1);
  return `${problem.path}: ${message}`;
}

/** Latvian noun agreement with a number: 1, 21, 31 … (not 11) take the singular. */
function lvCount(n: number, singular: string, plural: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? `${n} ${singular}` : `${n} ${plural}`;
}

function moreProblems(problems: readonly Problem[], lang: Lang): string {
  const capped = problems[problems.length - 1]?.code === 'too-many';
  const more = problems.length - 1 - (capped ? 1 : 0);
  if (more <= 0) return '';
  if (lang === 'lv') {
    return capped ? ` (un vēl vairāk nekā ${more} problēmas)` : ` (un vēl ${lvCount(more, 'problēma', 'problēmas')})`;
  }
  if (capped) return ` (and more than ${more} other problems)`;
  return more === 1 ? ' (and 1 more problem)' : ` (and ${more} more problems)`;
}

function withUrl(message: string, url: string): string {
  return url ? `${message}: ${cut(url, URL_MAX)}` : message;
}

function seconds(ms: number, lang: Lang): string {
  return `${formatNumber(ms / 1000, lang, 1)} s`;
}

function describeHttp(status: number, url: string, lang: Lang): string {
  const en = lang === 'en';
  if (status === 404 || status === 410) {
    return withUrl(en ? `The data file was not found (HTTP ${status})` : `Datu fails nav atrasts (HTTP ${status})`, url);
  }
  if (status === 401 || status === 403) {
    return withUrl(en ? `Access to the data file was refused (HTTP ${status})` : `Piekļuve datu failam liegta (HTTP ${status})`, url);
  }
  if (status >= 500) {
    return withUrl(en ? `The data server failed (HTTP ${status})` : `Datu serverī radās kļūda (HTTP ${status})`, url);
  }
  return withUrl(en ? `The data file could not be loaded (HTTP ${status})` : `Datu failu neizdevās ielādēt (HTTP ${status})`, url);
}

/**
 * A message for a failed load, for the error state and the `eindex-error` event.
 * `path` is the JSON path of the first problem when the document is invalid.
 */
export function describeLoadError(error: unknown, lang: Lang): { message: string; path?: string } {
  const en = lang === 'en';
  if (!(error instanceof EIndexLoadError)) {
    const detail = error instanceof Error ? error.message : error === undefined ? '' : showValue(error);
    const base = en ? 'The data could not be loaded' : 'Datus neizdevās ielādēt';
    return { message: detail ? `${base}: ${cut(detail)}` : base };
  }
  const url = error.url;
  switch (error.kind) {
    case 'http':
      return { message: describeHttp(error.status ?? 0, url, lang) };
    case 'network':
      return {
        message: withUrl(
          en
            ? 'The data file could not be loaded: the request failed (no connection, blocked, or not allowed by CORS)'
            : 'Datu failu neizdevās ielādēt: pieprasījums neizdevās (nav savienojuma, tas ir bloķēts vai to neatļauj CORS)',
          url,
        ),
      };
    case 'timeout': {
      const time = seconds(error.timeout ?? DEFAULT_TIMEOUT, lang);
      return {
        message: withUrl(en ? `The data server did not answer within ${time}` : `Datu serveris neatbildēja ${time} laikā`, url),
      };
    }
    case 'aborted':
      return { message: en ? 'Loading the data was cancelled' : 'Datu ielāde tika atcelta' };
    case 'too-large': {
      const size = `${formatNumber((error.limit ?? 0) / 1024 / 1024, lang, 1)} MB`;
      return {
        message: withUrl(en ? `The data file is larger than ${size}, the most a widget reads` : `Datu fails ir lielāks par ${size}, ko logrīks var nolasīt`, url),
      };
    }
    case 'not-json': {
      let message: string;
      if (error.body === 'html') {
        message = en
          ? 'The file is not JSON: it looks like an HTML page (is the address right?)'
          : 'Fails nav JSON: tas izskatās pēc HTML lapas (vai adrese ir pareiza?)';
      } else if (error.body === 'empty') {
        message = en ? 'The data file is empty' : 'Datu fails ir tukšs';
      } else {
        message = en
          ? 'The file is not valid JSON (it may be cut short or mistyped)'
          : 'Fails nav derīgs JSON (tas var būt nepilnīgs vai ar kļūdām)';
      }
      return { message: withUrl(message, url) };
    }
    case 'invalid': {
      const problems = error.problems ?? [];
      const first = problems[0];
      const base = en ? 'The data file is not a valid E-index document' : 'Datu fails nav derīgs E-indeksa dokuments';
      if (!first) return { message: base };
      return {
        message: `${base}: ${describeProblem(first, lang)}${moreProblems(problems, lang)}`,
        ...(first.path ? { path: first.path } : {}),
      };
    }
  }
}
