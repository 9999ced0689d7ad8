// The elements that have their own registering entry, `src/<name>/define.ts`, found on disk so
// that the build, the exports check and the docs never keep a second list. Adding an element
// adds nothing here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Folder names under src/ with a define.ts, sorted: `['gauge', 'levels', 'radar', 'ranking', 'trend']`. */
export const elementNames = readdirSync(join(projectRoot, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(projectRoot, 'src', entry.name, 'define.ts')))
  .map((entry) => entry.name)
  .sort();
