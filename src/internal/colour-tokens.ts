/**
 * The default colours, light and dark, of every `--eindex-*` colour token: the one list the
 * elements' shadow styles (styles.ts) and the static renderings' stylesheet
 * (static/stylesheet.ts) both write their private `--_x` declarations from, so a
 * fallback and the element that replaces it draw a level in the same colour.
 *
 * Level colours are an ordered sequential scale: viridis (d3-scale-chromatic's
 * interpolateViridis, perceptually uniform and colour-blind safe), lightness rising with the
 * level, sampled at t = 0, .145, .29, .435, .58 on the light background and t = .4, .55, .7,
 * .85, 1 on the dark one, the stretch of the scale that keeps 3:1 against each. Series colours
 * differ along the blue–orange axis and in lightness. test/contrast.test.ts computes the
 * ratios and test/level-colours.test.ts the colour-blind simulations from these values.
 */
export const COLOUR_TOKENS = {
  text: ['#1b1b1f', '#ececf1'],
  muted: ['#52525b', '#b4b4bd'],
  background: ['#ffffff', '#18181b'],
  surface: ['#f4f4f5', '#26262b'],
  accent: ['#0b57a4', '#8cc2ff'],
  grid: ['#71717a', '#8e8e98'],
  border: ['#d4d4d8', '#3f3f46'],
  focus: ['#0b57a4', '#8cc2ff'],
  error: ['#a4161a', '#ff8a8a'],
  'level-1': ['#440154', '#2a788e'],
  'level-2': ['#46337f', '#1e9c89'],
  'level-3': ['#365d8d', '#44bf70'],
  'level-4': ['#26818e', '#9bd93c'],
  'level-5': ['#20a386', '#fde725'],
  'series-1': ['#1f5fa8', '#7fb2f0'],
  'series-2': ['#b5470f', '#f28a4b'],
  'series-3': ['#0f7a6e', '#4cc3b0'],
  'series-4': ['#8a3b8f', '#d98fd9'],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * `--_level-1:var(--eindex-level-1,light-dark(#440154,#2a788e));` for every token, one per
 * line: the public property, else the default of the page's colour scheme.
 */
export function colourDeclarations(): string {
  return Object.entries(COLOUR_TOKENS).map(([name, [light, dark]]) => `--_${name}:var(--eindex-${name},light-dark(${light},${dark}));`).join('\n');
}
