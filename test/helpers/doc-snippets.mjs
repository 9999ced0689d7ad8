// Every fenced code block the docs show (README.md and docs/*.md), and what is done with it, so
// that no snippet goes untried:
//   html, css, js      run in a browser by test/embed/examples.test.ts (served by the test server
//                      from here: /docs-snippets.json, /docs-snippets/<id>.html and .js)
//   tsx, ts, vue       type-checked against the packed package by scripts/check-package.mjs
//   sh                 each command checked by scripts/check-package.mjs (npm scripts exist,
//                      the tarball name is the package's)
//   config             a build tool's configuration (vite.config.js): its syntax is checked
//   text               a plain listing (the project layout): nothing to run
// A block's kind is its language, except a `js` block whose first line is a `// vite.config.js`
// comment (config). A snippet may stand for a document with `{ "schema": "eindex/1", … }`:
// runs put a small fictional document in its place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DOCUMENT_PLACEHOLDER = '{ "schema": "eindex/1", … }';

/** The documentation files, in a fixed order. */
export function docFiles() {
  return ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

export function docSnippets() {
  const snippets = [];
  for (const doc of docFiles()) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]);
      if (!open) continue;
      const indent = open[1].length;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
      const code = lines.slice(start, end).map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join('\n');
      const lang = open[2] || 'text';
      const kind = lang === 'js' && /^\/\/ vite\.config\.js/.test(code) ? 'config' : lang;
      snippets.push({ id: `${doc.replace(/[^a-z0-9]+/gi, '-')}-${start}`, doc, line: start, lang, kind, code });
      i = end;
    }
  }
  return snippets;
}
