import type { Lang } from '../data/types.js';
import type { NameOrder } from '../layout/ranking.js';
import { localText } from './lang.js';

// Intl formatters are costly to build, so one per language and style is kept.
const locales: Record<Lang, string> = { lv: 'lv-LV', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A score as people read it: `64,8` in Latvian, `64.8` in English (at most two decimals, as published). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  const format = numberFormat(lang, maximumFractionDigits);
  const text = format.format(value);
  // Zero has no sign: -0, and -0.001 rounded to two decimals, would read "-0" (Intl keeps the
  // sign of negative zero; signDisplay 'negative' would fix it only in the newest engines).
  return !Number.isFinite(value) || /[1-9]/.test(text) ? text : format.format(0);
}

const collators = new Map<Lang, Intl.Collator>();
/** Compares names the way a Latvian (or English) reader expects: `Ā` sorts with `A`, `Č` after `C`. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(locales[lang], { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** How names are read and ordered in a language, for the ranking layout (which knows no language). */
export function nameOrder(lang: Lang): NameOrder {
  return { key: lang, text: (text) => localText(text, lang), compare: collator(lang).compare };
}

/**
 * Builds Intl objects of both languages ahead of need, when the browser is idle, once per
 * kind. Creating the first Intl.NumberFormat or Intl.Collator of a locale loads its ICU data
 * (here 4–7 ms for a Latvian number format, 15–20 ms for a Latvian collator), which would
 * otherwise land in an element's first render; a page usually idles while the data file
 * downloads.
 */
function warmUpWhenIdle(kind: string, build: (lang: Lang) => unknown): void {
  if (warmed.has(kind) || typeof requestIdleCallback !== 'function') return;
  warmed.add(kind);
  requestIdleCallback(() => (Object.keys(locales) as Lang[]).forEach(build));
}
const warmed = new Set<string>();

/** Every element formats numbers. */
export function warmUpNumberFormats(): void {
  warmUpWhenIdle('numbers', (lang) => numberFormat(lang, 2));
}

/** Only the ranking collates names: the charts' bundles leave this out. */
export function warmUpCollators(): void {
  warmUpWhenIdle('collators', collator);
}

/** The editions a view spans, as a picture's subtitle (`2021`, `2017–2022`) and its file name (`2017-2022`) say them. */
export function yearSpan(years: readonly number[], dash = '–'): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || first === last ? String(first ?? '') : `${first}${dash}${last}`;
}
