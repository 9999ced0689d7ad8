/** A clamped linear map from a value domain to a pixel or angle range. */
export type LinearScale = (value: number) => number;

/**
 * What `scaleLinear().domain(domain).range(range).clamp(true)` of d3-scale computes, with
 * the same arithmetic (`r0 * (1 - t) + r1 * t`). d3-scale itself brings d3-interpolate,
 * d3-color and d3-format (about 8 KB gzip, a quarter of the whole set) for colour and date
 * interpolation these charts never use; nice ticks come from d3-array's `ticks` where a
 * chart draws them (the radar's rings), so the gauge does not carry them.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number): number => {
    const t = span === 0 ? 0.5 : Math.min(1, Math.max(0, (value - d0) / span));
    return r0 * (1 - t) + r1 * t;
  };
}
