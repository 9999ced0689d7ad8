/**
 * Loads the worded problem messages (i18n/failure-text.ts) the first time an element needs one.
 * They are about a sixth of every bundle and only a failure or a misconfiguration shows them.
 * Same-origin (or same-CDN) chunk: it arrives within a frame or two, and the element shows its
 * loading state meanwhile. If the chunk itself cannot be loaded (the network is down, which is
 * often why the data failed too), short built-in sentences stand in, so an element always ends
 * in a worded error state and fires `eindex-error`.
 */
import type { Lang } from '../data/types.js';

/** The on-demand module's messages (or the stand-ins). */
export type FailureText = typeof import('../i18n/failure-text.js');

const fallback: FailureText = {
  describeLoadError: (_error: unknown, lang: Lang) => ({
    message: lang === 'lv' ? 'Datus neizdevās ielādēt vai nolasīt.' : 'The data could not be loaded or read.',
  }),
  describeAttributeProblem: (problem, lang) =>
    lang === 'lv' ? `Atribūta ${problem.attribute} vērtību nevar izmantot.` : `The value of ${problem.attribute} cannot be used.`,
};

/** Where the messages come from: the seam a test replaces to see the stand-ins. */
export const failureTextSource = { load: (): Promise<FailureText> => import('../i18n/failure-text.js') };

let loaded: FailureText | undefined;
let loading: Promise<FailureText> | undefined;

/** Resolves with the messages, or with the stand-ins (for the page's lifetime) when they cannot be loaded; never rejects. */
export function whenFailureText(): Promise<FailureText> {
  loading ??= failureTextSource.load().then(
    (module) => (loaded = module),
    () => (loaded = fallback),
  );
  return loading;
}

/** The messages if they are here already; otherwise undefined, and they start loading. */
export function failureText(): FailureText | undefined {
  if (!loaded) void whenFailureText();
  return loaded;
}
