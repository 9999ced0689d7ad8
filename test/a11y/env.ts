/**
 * The display conditions of the accessibility tests and how each engine reaches them.
 *
 * Conditions are emulated through the server commands of test/a11y/a11y-plugin.mjs. A test
 * file builds its matrix from what the current engine can do (`supports`), decided by
 * trying each emulation once and checking with `matchMedia` that it took effect — never by
 * trusting the launcher. Chromium must reach every condition: there a failed emulation is
 * an error, so a silently ignored one can never pass as a green cell.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

interface BrowserInfo { engine: Engine; type: string }
interface Applied { applied: boolean; reason?: string }

export interface Media {
  readonly forcedColors?: 'active';
  readonly colorScheme?: 'dark' | 'light';
  readonly reducedMotion?: 'reduce';
  readonly media?: 'print';
}

const info = await executeServerCommand<BrowserInfo, undefined>('a11y-browser');
if (!info) throw new Error('a11y-browser: the a11y plugin is not installed in web-test-runner.config.mjs');
export const engine: Engine = info.engine;
/** The runner's viewport, restored after each condition. */
const initial = { width: window.innerWidth, height: window.innerHeight };

function mediaMatches(media: Media): boolean {
  const queries: string[] = [];
  if (media.forcedColors) queries.push(`(forced-colors: ${media.forcedColors})`);
  if (media.colorScheme) queries.push(`(prefers-color-scheme: ${media.colorScheme})`);
  if (media.reducedMotion) queries.push(`(prefers-reduced-motion: ${media.reducedMotion})`);
  if (media.media) queries.push(media.media);
  return queries.every((query) => matchMedia(query).matches);
}

/**
 * Emulates the media features (or resets them all with `null`). Resolves whether they took
 * effect; throws when the launcher claims success but matchMedia disagrees, and in Chromium
 * whenever they did not take effect.
 */
export async function emulate(media: Media | null): Promise<boolean> {
  const result = await executeServerCommand<Applied, Media | null>('a11y-emulate', media);
  if (media === null) {
    if (result?.applied && (matchMedia('(forced-colors: active)').matches || matchMedia('print').matches)) {
      throw new Error('a11y-emulate: the reset did not take effect');
    }
    return result?.applied ?? false;
  }
  const took = mediaMatches(media);
  if (result?.applied && !took) throw new Error(`a11y-emulate ${JSON.stringify(media)}: applied, but matchMedia does not match`);
  if (engine === 'chromium' && !took) throw new Error(`a11y-emulate ${JSON.stringify(media)}: Chromium must emulate it (${result?.reason ?? 'no reason'})`);
  return took;
}

/** Sets the layout viewport; true when window.innerWidth is then the width asked for. */
export async function setViewport(width: number, height: number, deviceScaleFactor = 1): Promise<boolean> {
  const result = await executeServerCommand<Applied, { width: number; height: number; deviceScaleFactor: number }>(
    'a11y-viewport', { width, height, deviceScaleFactor },
  );
  // A resize is seen after the next frame in some engines.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const took = window.innerWidth === width;
  if (result?.applied && !took && engine !== 'webkit') {
    throw new Error(`a11y-viewport: asked for ${width} px, the viewport is ${window.innerWidth} px`);
  }
  if (engine === 'chromium' && !took) throw new Error(`a11y-viewport: Chromium must set the viewport (${result?.reason ?? ''})`);
  return took;
}

/** What this engine can emulate, found by trying each once (and resetting). */
export interface Support { forcedColors: boolean; darkMedia: boolean; reducedMotion: boolean; print: boolean; viewport: boolean }

export async function probeSupport(): Promise<Support> {
  const support: Support = {
    forcedColors: await emulate({ forcedColors: 'active' }),
    darkMedia: await emulate({ colorScheme: 'dark' }),
    reducedMotion: await emulate({ reducedMotion: 'reduce' }),
    print: await emulate({ media: 'print' }),
    viewport: false,
  };
  await emulate(null);
  const { innerWidth, innerHeight } = window;
  support.viewport = await setViewport(320, 256);
  await setViewport(innerWidth, innerHeight);
  return support;
}

/** Resets the media emulation and the viewport to the runner's default. */
export async function resetDisplay(): Promise<void> {
  await emulate(null);
  if (window.innerWidth !== initial.width || window.innerHeight !== initial.height) await setViewport(initial.width, initial.height);
}
