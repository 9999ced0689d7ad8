// Tests run the sources, so `npm test` needs no build: the package's own entries
// (`eindex-widgets`, `eindex-widgets/<name>`, read from package.json's exports) and the
// bundled files the examples and docs load (`/dist/eindex-*.js`, the on-demand `chunks/`, the
// static renderings' `eindex-static.css`, and `/eindex-widgets/…`, where the docs' site serves
// dist/) are served from src/, the site's `/eindex-widgets/data/` from data/. The built files themselves are checked by scripts/check-dist.mjs and
// scripts/check-package.mjs after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DOCUMENT_PLACEHOLDER, docSnippets } from '../helpers/doc-snippets.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const sourceOf = (target) => {
  const file = typeof target === 'string' ? target : target?.default;
  const match = /^\.\/dist\/esm\/(.+)\.js$/.exec(file ?? '');
  return match ? `/src/${match[1]}.ts` : undefined;
};
const aliases = new Map(
  Object.entries(pkg.exports)
    .map(([key, target]) => [key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, sourceOf(target)])
    .filter(([, source]) => source),
);

export function packageAliasPlugin() {
  return {
    name: 'eindex-package-alias',
    resolveImport({ source }) {
      return aliases.get(source);
    },
    async serve(context) {
      if (context.path === '/dist/eindex-widgets.js' || context.path === '/eindex-widgets/eindex-widgets.js') return { body: "import '/src/define.ts';\n", type: 'js' };
      if (context.path === '/eindex-widgets/embed-host.js') return { body: classicEmbedHost(), type: 'js' };
      if (context.path === '/docs-snippets.json') return { body: JSON.stringify(docSnippets()), type: 'json' };
      const snippet = /^\/docs-snippets\/([\w-]+)\.(html|js)$/.exec(context.path);
      if (snippet) {
        const found = docSnippets().find((s) => s.id === snippet[1]);
        if (!found) return undefined;
        return snippet[2] === 'js' ? { body: found.code, type: 'js' } : { body: snippetPage(found), type: 'html' };
      }
      const element = /^\/(?:dist|eindex-widgets)\/eindex-([a-z]+(?:-[a-z]+)*)\.js$/.exec(context.path);
      if (element) return { body: `import '/src/${element[1]}/define.ts';\n`, type: 'js' };
      if (context.path === '/dist/eindex-static.css' || context.path === '/eindex-widgets/eindex-static.css') return { body: await staticStylesheet(), type: 'css' };
      // An on-demand file a page preloads (the CDN recipe's modulepreload links): dist/chunks/
      // <module>-<hash>.js is built from the source module of that name.
      const chunk = /^\/(?:dist|eindex-widgets)\/chunks\/([a-z]+(?:-[a-z]+)*)-[\w-]+\.js$/.exec(context.path);
      const chunkSource = chunk && sourceModules().get(chunk[1]);
      if (chunkSource) return { body: `export * from '${chunkSource}';\n`, type: 'js' };
      return undefined;
    },
  };
}

/**
 * The docs' site: `dist/` served at `/eindex-widgets/`, and nothing at `/data/`. Its data is the project's data/, its
 * iframe page the source page embed/embed.html (whose module is found at ../src/ from
 * /eindex-widgets/, as from /embed/). The URL the browser sees stays the docs' URL.
 */
export async function docsSiteRoutes(context, next) {
  // The test server also serves the project's own data/ at /data/; a docs page that asks for it
  // there follows another convention than the docs', which a real site would answer with 404.
  if (context.path.startsWith('/data/') && (context.get('referer') ?? '').includes('/docs-snippets/')) {
    context.status = 404;
    context.body = 'The docs\' site serves the data at /eindex-widgets/data/.';
    return;
  }
  const site = /^\/eindex-widgets\/(data\/[^?]+|embed\.html|embed\.css)(\?.*)?$/.exec(context.url);
  if (site) context.url = `/${site[1].startsWith('data/') ? site[1] : `embed/${site[1]}`}${site[2] ?? ''}`;
  await next();
}

/** dist/embed-host.js is a classic script: the source compiled to one, without its `export {}`. */
function classicEmbedHost() {
  const source = readFileSync(new URL('../../src/embed-host.ts', import.meta.url), 'utf8');
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText.replace(/^export \{\};?$/m, '');
}

/**
 * dist/eindex-static.css is what `eindex-widgets stylesheet` prints: STATIC_STYLESHEET of
 * src/static/stylesheet.ts. That module (and what it imports) is bundled by esbuild, the one
 * @web/dev-server-esbuild brings, and run here to read the text.
 */
let stylesheetText;
function staticStylesheet() {
  stylesheetText ??= createRequire(import.meta.resolve('@web/dev-server-esbuild'))('esbuild')
    .build({ entryPoints: [fileURLToPath(new URL('../../src/static/stylesheet.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'neutral', write: false })
    .then((result) => import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0].text)}`))
    .then((module) => module.STATIC_STYLESHEET);
  return stylesheetText;
}

/** Modules under src/ by file name without `.ts`, as served paths (an on-demand module's name is unique there; define and main are not, and are never chunks). */
let modulesByName;
function sourceModules() {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  modulesByName ??= new Map(
    readdirSync(src, { recursive: true })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => [basename(file, '.ts'), `/src/${file.split(sep).join('/')}`]),
  );
  return modulesByName;
}

/** A small fictional document for snippets that write `{ "schema": "eindex/1", … }`. */
const FICTIONAL_DOCUMENT = JSON.stringify({
  schema: 'eindex/1',
  title: { lv: 'Izdomāts piemērs', en: 'A fictional example' },
  categories: [{ id: 'communication', name: { lv: 'Saziņa', en: 'Communication' } }],
  groups: [{ id: 'example', kind: 'municipality', name: { lv: 'Piemērs', en: 'Example' } }],
  editions: [{ year: 2024, entities: [{ id: 'a', name: 'Ābeļu novads (izdomāts)', group: 'example', total: 61.5 }] }],
});
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/eindex-widgets@[\d.]+\/dist\//g;

/**
 * A page holding an html snippet as the docs show it. A snippet that names no script gets the
 * whole set's (as on the docs' pages); a CDN address becomes the site's `/eindex-widgets/` (the
 * CDN's hashes are checked against the built files by scripts/cdn.mjs, the sources here differ).
 */
function snippetPage({ code, lang }) {
  let body = code.replaceAll(DOCUMENT_PLACEHOLDER, FICTIONAL_DOCUMENT);
  if (body.includes('https://cdn.jsdelivr.net/')) body = body.replace(CDN, '/eindex-widgets/').replace(/\s*integrity="[^"]*"|\s*crossorigin="[^"]*"/g, '');
  if (lang === 'html' && !/<script[^>]*\bsrc=/.test(body)) body = `<script type="module" src="/eindex-widgets/eindex-widgets.js"></script>\n${body}`;
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>docs snippet</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}
