/**
 * Data text made safe to show beside the element's own words. Two problems, one module, so
 * every element (and the embed page's refusals) uses the same rules:
 *
 * - Direction. A name ending in U+202E (RIGHT-TO-LEFT OVERRIDE) reversed the words that
 *   followed it ("Cēsis1202 ,"); a right-to-left name pulls neighbouring punctuation and
 *   digits into its own direction. `isolateText` removes explicit bidi controls and wraps
 *   right-to-left text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text form
 *   of `<bdi>`, which also works inside SVG `<text>`, `aria-label` and `title`.
 * - Length. `shorten` cuts a label for the screen; the caller keeps the whole text for
 *   assistive technology (an `aria-label`, a visually hidden copy or a `title`).
 */

/** Embeddings, overrides, isolates and the directional marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;
/** Letters of the right-to-left scripts in Unicode. */
const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const BEYOND_LATIN = /[\u0590-\uffff]/;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * `text` with no explicit bidi controls, isolated when it holds right-to-left letters, so it
 * cannot reorder the text around it. Left-to-right text (every Latvian and English name) comes
 * back unchanged apart from removed controls.
 */
export function isolateText(text: string): string {
  // Every bidi control and right-to-left letter is at U+0590 or above; Latvian and English
  // text is below, so the common case costs one simple scan (a ranking of 10 000 names).
  if (!BEYOND_LATIN.test(text)) return text;
  const plain = text.replace(BIDI_CONTROLS, '');
  return RTL_LETTER.test(plain) ? `${FIRST_STRONG_ISOLATE}${plain}${POP_DIRECTIONAL_ISOLATE}` : plain;
}

const ELLIPSIS = '…';

/**
 * Characters of a label drawn in a chart (an axis, a legend entry) before it is shortened:
 * every real category name (at most 54 characters) stays whole.
 */
export const LABEL_MAX = 60;

/**
 * At most `max` characters (code points, so no surrogate pair is split), the last being `…`
 * when anything was cut. The cut falls after the last whole word when that keeps at least
 * two thirds of the room. Reads only the first `max` characters of a long text.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // The first max − 1 code points, and whether there are more than max in all.
  let room = '';
  let count = 0;
  for (const ch of text) {
    if (++count > max) break;
    if (count < max) room += ch;
  }
  if (count <= max) return text; // fewer code points than UTF-16 units: it fits after all
  const space = room.search(/\s\S*$/);
  const cut = space >= (room.length * 2) / 3 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`;
}
