// The files a built bundle loads on demand: what `import("./chunks/…")` names in it (the worded
// problem messages, the image export). Read by the CDN recipe (cdn.mjs) and the size guard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './elements.mjs';

/** dist/-relative paths of the chunks `file` (a dist/-relative path) imports on demand, sorted. */
export function onDemandFiles(file) {
  const code = readFileSync(join(projectRoot, 'dist', file), 'utf8');
  return [...code.matchAll(/import\([`'"]\.\/(chunks\/[\w.-]+\.js)[`'"]\)/g)].map((match) => match[1]).sort();
}
