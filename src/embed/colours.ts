/**
 * Colour parameters of the embed page (`--eindex-accent=%23…`), checked so that a link on an
 * official site cannot hide what the element says: a text colour equal to its background, or
 * `transparent`, hid the note that names the data's source.
 *
 * Only opaque hex colours (`#rgb`, `#rrggbb`) of the element's own colour tokens are taken, and
 * the palette they make with the defaults must keep WCAG 2.1 AA contrast: 4.5:1 for text on
 * the background and on the surface, 3:1 for graphics (levels, series, grid, focus ring) on the
 * background. The tokens and their defaults are the elements' own (internal/colour-tokens.ts).
 */
import { COLOUR_TOKENS } from '../internal/colour-tokens.js';

export type Rgb = readonly [number, number, number];

/** Tokens drawn as text, on the background and on the surface (table heads, badges). */
const TEXT_TOKENS = ['text', 'muted', 'accent', 'error'];
const TEXT_CONTRAST = 4.5;
const GRAPHIC_CONTRAST = 3;
/** Tokens only drawn as lines, fills and rings: 3:1 against the background (WCAG 1.4.11). */
const GRAPHIC_TOKEN = /^(?:grid|focus|level-\d+|series-\d+)$/;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(value: string): Rgb | undefined {
  const match = HEX.exec(value);
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d) : match[1]!.match(/../g)!;
  return digits.map((pair) => parseInt(pair, 16)) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export type Scheme = 'light' | 'dark';

/** The colour tokens an embed may set, with their defaults in `scheme`. */
export function colourTokenDefaults(scheme: Scheme = 'light'): Map<string, Rgb> {
  const defaults = new Map<string, Rgb>();
  for (const [name, pair] of Object.entries(COLOUR_TOKENS)) defaults.set(name, parseHex(pair[scheme === 'light' ? 0 : 1])!);
  return defaults;
}

/**
 * The scheme whose defaults suit a chosen background: dark when it is closer to black than to
 * white, so `--eindex-background=%2318181b` alone gives the dark palette, not light text tokens
 * on a dark ground.
 */
export function schemeFor(background: Rgb | undefined): Scheme {
  if (!background) return 'light';
  return contrastRatio(background, [0, 0, 0]) < contrastRatio(background, [255, 255, 255]) ? 'dark' : 'light';
}

/** Why a palette is refused: the two tokens and their contrast, against the contrast needed. */
export interface ContrastProblem {
  readonly foreground: string;
  readonly background: string;
  readonly ratio: number;
  readonly needed: number;
}

/**
 * The first pair of tokens whose contrast is too low once `chosen` (token name without
 * `--eindex-` → colour) replaces the defaults; undefined when the palette is readable.
 */
export function contrastProblem(chosen: ReadonlyMap<string, Rgb>, defaults: ReadonlyMap<string, Rgb>): ContrastProblem | undefined {
  const colour = (name: string): Rgb | undefined => chosen.get(name) ?? defaults.get(name);
  const check = (foreground: string, background: string, needed: number): ContrastProblem | undefined => {
    // Only pairs the parameters touch: the defaults are checked by test/contrast.test.ts.
    if (!chosen.has(foreground) && !chosen.has(background)) return undefined;
    const fg = colour(foreground);
    const bg = colour(background);
    if (!fg || !bg) return undefined;
    const ratio = contrastRatio(fg, bg);
    return ratio < needed ? { foreground, background, ratio, needed } : undefined;
  };
  for (const name of TEXT_TOKENS) {
    const problem = check(name, 'background', TEXT_CONTRAST) ?? check(name, 'surface', TEXT_CONTRAST);
    if (problem) return problem;
  }
  for (const name of defaults.keys()) {
    if (!GRAPHIC_TOKEN.test(name)) continue;
    const problem = check(name, 'background', GRAPHIC_CONTRAST);
    if (problem) return problem;
  }
  return undefined;
}
