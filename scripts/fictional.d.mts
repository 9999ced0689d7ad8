// Types for scripts/fictional.mjs (so TypeScript tests can import the generator).
import type { EIndexDocument } from '../src/data/types.ts';

export interface FictionalOptions {
  /** PRNG seed (integer, default 1). */
  seed?: number;
  /** Entities in the latest edition (1–10000, default 119). */
  entities?: number;
  /** Yearly editions ending in 2022 (default 4: 2019–2022). */
  editions?: number;
}

/** Largest `entities` value accepted. */
export const MAX_ENTITIES: number;

/** mulberry32 PRNG: returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number;

/** A fictional "eindex/1" document; pure and deterministic for given options. */
export function generateFictional(options?: FictionalOptions): EIndexDocument & {
  readonly fictional: true;
  readonly description: { readonly lv: string; readonly en: string };
};
