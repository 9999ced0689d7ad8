import type { EIndexEventMap } from '../events.js';

type DetailOf<K extends keyof EIndexEventMap> = EIndexEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of the public events: always bubbling and composed, so a page hears it through shadow roots. */
export function emit<K extends keyof EIndexEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
