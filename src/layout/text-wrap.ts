/**
 * Wrapping chart labels without a DOM. Layouts take a `Measure` so they stay pure and
 * deterministic; the default is a flat per-character estimate, and `estimateTextWidth`
 * is a closer (still canvas-free) estimate that errs on the wide side, because an
 * over-estimated label only costs a little room while an under-estimated one is clipped.
 */

/** Width in px of one line of text. */
export type Measure = (text: string) => number;

/** The flat estimate: 0.55em per character. */
export function flatMeasure(fontSize: number): Measure {
  return (text) => [...text].length * fontSize * 0.55;
}

// Advance widths in em, rounded up from common sans-serif UI fonts (Arial, Helvetica,
// Roboto, Segoe UI, DejaVu Sans). DejaVu Sans, Linux's usual sans-serif, is the widest of
// them and sets most classes: its digits are 0.636 em, its round lowercase letters 0.635,
// its D, G, H, N, O, Q, U 0.73–0.79 and its W 0.99 (0.58 em for digits cut a "100" tick
// label 2 px short). Listed: the characters off the default width (0.64 em; capitals 0.79).
// Latvian letters with diacritics (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) are not: NFD splits them
// into their base letter, which sets the width, and a mark.
const CHAR_EM: Record<string, number> = {};
for (const [chars, em] of [['iljIJ.,:;!|\'’` ', 0.34], ['frt()[]/-', 0.42], ['mwMWÆŒ@%', 1]] as const) {
  for (const ch of chars) CHAR_EM[ch] = em;
}

// NFD splits a Latin, Greek or Cyrillic letter's diacritics off as marks of U+0300–036F
// (Combining Diacritical Marks); a mark of another block counts as a character, which errs on
// the wide side. A range test rather than /\p{M}/u per character: Firefox now and then threw
// "InternalError: too much recursion" from that regular expression while a chart measured its
// labels (one test in a full run, on CI and here).
const isCombiningMark = (ch: string): boolean => ch >= '\u0300' && ch <= '\u036f';

/** A per-character estimate for a sans-serif font at `fontSize` px, on the wide side. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD')) {
    if (isCombiningMark(ch)) continue; // combining diacritic: no advance of its own
    em += CHAR_EM[ch] ?? (ch >= 'A' && ch <= 'Z' ? 0.79 : 0.64); // the rest: digits, lowercase letters, signs
  }
  return em * fontSize;
}

/** `estimateTextWidth` as a `Measure`. */
export function estimatedMeasure(fontSize: number): Measure {
  return (text) => estimateTextWidth(text, fontSize);
}

/**
 * Greedy word wrap to lines no wider than `maxWidth`. A word wider than `maxWidth` on its
 * own is split with a hyphen, so no line ever exceeds the width (a label is never clipped).
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    // A last letter that does not fit stays a letter: split, it would be "c-" and nothing after.
    while (measure(rest) > maxWidth && rest.length > [...rest][0]!.length) {
      const [head, tail] = splitWord(rest, maxWidth, measure);
      lines.push(head);
      rest = tail;
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

const VOWELS = /[aāeēiīouūy]/i;

/**
 * The longest head of `word` that fits with a hyphen. Prefers a break before a consonant that
 * starts a syllable (vowel | consonant vowel, as in "nodroši-nāšana", "starpiestā-žu"), keeps at
 * least two letters on each side where it can, and falls back to any letter boundary.
 */
function splitWord(word: string, maxWidth: number, measure: Measure): [string, string] {
  const chars = [...word];
  const fits = (n: number) => measure(`${chars.slice(0, n).join('')}-`) <= maxWidth;
  const syllable = (n: number) =>
    VOWELS.test(chars[n - 1]!) && !VOWELS.test(chars[n]!) && VOWELS.test(chars[n + 1] ?? '');
  // A head's width grows with its length, so the heads that fit are exactly those up to the
  // longest one. Find it by doubling, then halving: O(log n) measurements of short heads, where
  // trying every length from the end took minutes for a 5 000-letter word (found by fuzzing).
  let fitting = 0;
  let tooLong = 1;
  while (tooLong < chars.length && fits(tooLong)) {
    fitting = tooLong;
    tooLong = Math.min(tooLong * 2, chars.length);
  }
  while (tooLong - fitting > 1) {
    const mid = (fitting + tooLong) >> 1;
    if (fits(mid)) fitting = mid;
    else tooLong = mid;
  }
  let best = 0;
  const inner = Math.min(fitting, chars.length - 2);
  for (let n = inner; n >= 2 && !best; n--) if (syllable(n)) best = n;
  if (!best && inner >= 2) best = inner;
  if (!best) best = Math.min(fitting, chars.length - 1);
  best ||= 1; // not even one letter fits: one letter per line still terminates
  return [`${chars.slice(0, best).join('')}-`, chars.slice(best).join('')];
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], measure: Measure): number {
  return lines.reduce((max, line) => Math.max(max, measure(line)), 0);
}

/** Width of the widest word: the narrowest wrap width that needs no hyphenation. */
export function longestWordWidth(text: string, measure: Measure): number {
  return text.trim().split(/\s+/).reduce((max, word) => Math.max(max, measure(word)), 0);
}

// ---- Placing a label outside a circle --------------------------------------------------
// Angles in radians, 0 at 12 o'clock, clockwise (d3-shape's convention); screen y grows down.

export type TextAnchor = 'start' | 'middle' | 'end';

const EPSILON = 1e-9;

/** Unit vector of an angle in screen coordinates (0 rad = up, clockwise). */
export function direction(angle: number): [number, number] {
  return [Math.sin(angle), -Math.cos(angle)];
}

/** Which way a label extends from its anchor point so it always points away from the plot. */
export function labelSides(angle: number): { anchor: TextAnchor; vertical: 'above' | 'middle' | 'below' } {
  const [sx, sy] = direction(angle);
  const anchor = Math.abs(sx) < EPSILON ? 'middle' : sx > 0 ? 'start' : 'end';
  const vertical = Math.abs(sy) < EPSILON ? 'middle' : sy < 0 ? 'above' : 'below';
  return { anchor, vertical };
}

export interface Extent { x0: number; x1: number; y0: number; y1: number }

/**
 * The box of a label of size w×h whose anchor point is at distance `d` from the centre,
 * relative to the centre. It lies in the quadrant away from the plot, so every point of it is
 * at least `d` from the centre: a label never overlaps the plot.
 */
export function labelExtent(angle: number, d: number, w: number, h: number): Extent {
  const [sx, sy] = direction(angle);
  const px = sx * d;
  const py = sy * d;
  const { anchor, vertical } = labelSides(angle);
  const x0 = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
  const y0 = vertical === 'below' ? py : vertical === 'above' ? py - h : py - h / 2;
  return { x0, x1: x0 + w, y0, y1: y0 + h };
}

