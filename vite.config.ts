import { defineConfig, parseSync, type Plugin, type UserConfig } from 'vite';
import { transform } from 'lightningcss';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import { elementNames } from './scripts/elements.mjs';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const dataDir = join(projectRoot, 'data');

/** Serves the project's `data/` folder at `/data/` in the demo, read-only, JSON files only. */
function serveData(): Plugin {
  return {
    name: 'eindex-serve-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^[/\\]+/, '');
        const file = join(dataDir, name);
        if (!file.startsWith(dataDir) || !/\.json$/.test(file) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/**
 * Minifies the CSS inside lit's css`…` templates (the styles files hold static CSS only).
 * Neither vite nor rolldown touches CSS in template strings; whitespace and comments were
 * about 6 % of the gzip size of the whole set. lightningcss is vite's own CSS minifier, declared
 * as a devDependency at the version vite brings, since this file imports it.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'eindex-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*styles\.ts$/.test(id)) return null;
      const minified = code.replace(/\bcss`([^`$\\]*)`/g, (_whole, text: string) => {
        const { code: out } = transform({ filename: id, code: Buffer.from(text), minify: true });
        return `css\`${out.toString().replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Drops the source indentation inside lit's html`…` and svg`…` templates: each run of
 * whitespace that holds a line break keeps only its line breaks. The browser collapses such a
 * run to one space either way (no template sits in a `white-space: pre*` context), so the page
 * renders the same; lines keep their numbers, so source maps stay right to the line. The file
 * is parsed (oxc, via vite), so only template text changes, never code or a `${…}` part.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'eindex-minify-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (typeof node !== 'object' || node === null) return;
        const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; value: { raw: string } }[] } };
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && (n.tag.name === 'html' || n.tag.name === 'svg')) {
          for (const q of n.quasi!.quasis) {
            const start = q.start + 1; // after the opening ` or }
            const raw = q.value.raw;
            const text = raw.replace(/[^\S\n]*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
            if (text !== raw) edits.push({ start, end: start + raw.length, text });
          }
        }
        for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
      };
      visit(parseSync(id, code, { lang: 'ts' }).program);
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

const runtimeDependencies = /^(?:lit|@lit|d3-[a-z]+|internmap)(?:\/|$)/;

/**
 * Minifying drops lit's `@license` comments, so each self-contained file names the licences of
 * what it may bundle in one line and points at the notices file the whole-set build writes next
 * to it (vite's `build.license`: the licence text of every package the whole set bundles,
 * a superset of what each element's file holds).
 */
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';
const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const banner = `/*! eindex-widgets ${version} | MIT | third-party licences (lit: BSD-3-Clause, d3-array: ISC) in ${NOTICES_FILE} */`;

/** One self-contained, minified ES module: lit and d3 inside, for a `<script type="module">` from any host. */
function selfContained(entry: string, fileName: string, { emptyOutDir = false, notices = false } = {}): UserConfig {
  return {
    root: projectRoot,
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir,
      target: 'es2022',
      // No source maps in the package: theirs would point at src/ and node_modules/, which do
      // not ship (they were 63 % of the unpacked size and resolved nowhere).
      sourcemap: false,
      // The whole set bundles every runtime dependency, so its notices cover each element's file.
      license: notices ? { fileName: NOTICES_FILE } : false,
      // Lib mode: an app build wraps each on-demand import() in vite's preload helper, which
      // adds <link rel=modulepreload> tags to the host page's head and was 0.6 KB gzip of every
      // file with nothing to preload (the chunks import nothing the entry has not loaded).
      // Lib mode leaves ES output unminified, so rolldown minifies it itself (output.minify),
      // and drops the comments: lit's licence comments (the banner names them) and its
      // /*#__PURE__*/ marks, which only a bundler reading these files again would use.
      lib: { entry: join(projectRoot, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // The entry may export what its on-demand chunks import from it (lit, the base class), so
        // a page loads one file up front and nothing shared is split into a third one.
        preserveEntrySignatures: 'allow-extension',
        // Text only a failure needs and the image export (DESIGN §5), loaded on first use.
        output: {
          format: 'es',
          minify: true,
          comments: false,
          entryFileNames: fileName,
          chunkFileNames: 'chunks/[name]-[hash].js',
          postBanner: banner,
        },
      },
    },
  };
}

/** A build of `npm run build`: its name (for messages) and its vite config. */
export interface BuildTarget {
  readonly name: string;
  readonly config: UserConfig;
}

/**
 * Every build of `npm run build`, in order (scripts/build.mjs runs them one after another with
 * `configFile: false`): the whole set, each element alone, the bundler entries, the embed page
 * and its host script. One element more is one folder more: `elementNames` reads src/.
 */
export function buildTargets(): BuildTarget[] {
  const plugins = [minifyLitCss(), minifyLitHtml()];
  const targets: BuildTarget[] = [
    { name: 'bundle', config: selfContained('src/define.ts', 'eindex-widgets.js', { emptyOutDir: true, notices: true }) },
    ...elementNames.map((name) => ({ name: `element:${name}`, config: selfContained(`src/${name}/define.ts`, `eindex-${name}.js`) })),
    { name: 'esm', config: esmConfig() },
    { name: 'embed', config: embedConfig() },
    { name: 'embed-host', config: embedHostConfig() },
    { name: 'cli', config: cliConfig() },
  ];
  return targets.map(({ name, config }) => ({ name, config: { ...config, plugins } }));
}

/**
 * For bundlers: the same entries with lit and d3 left as imports, one file per source
 * module (dist/esm mirrors src/, so custom-elements.json names real files and dist/types
 * sits beside it), so a bundle that takes two elements holds one lit, one base class.
 * Not minified: the application's bundler does that.
 */
function esmConfig(): UserConfig {
  const entry: Record<string, string> = {
    index: join(projectRoot, 'src/index.ts'),
    define: join(projectRoot, 'src/define.ts'),
  };
  for (const name of elementNames) entry[`${name}/define`] = join(projectRoot, `src/${name}/define.ts`);
  return {
    root: projectRoot,
    publicDir: false,
    build: {
      outDir: 'dist/esm',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: (id: string) => runtimeDependencies.test(id),
        output: { preserveModules: true, preserveModulesRoot: join(projectRoot, 'src'), entryFileNames: '[name].js' },
      },
    },
  };
}

/**
 * dist/embed.html and its module (dist/embed/…): the iframe page. Its root is embed/, so the
 * page lands at dist/embed.html next to eindex-widgets.js.
 */
function embedConfig(): UserConfig {
  return {
    root: join(projectRoot, 'embed'),
    publicDir: false,
    base: './',
    build: {
      outDir: join(projectRoot, 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed',
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: { input: join(projectRoot, 'embed/embed.html'), output: { postBanner: banner } },
    },
  };
}

/** A classic script (no `type="module"` needed), so it survives CMSes that rewrite script tags. */
function embedHostConfig(): UserConfig {
  return {
    root: projectRoot,
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      lib: { entry: join(projectRoot, 'src/embed-host.ts'), formats: ['iife'], name: 'eindexEmbedHost', fileName: () => 'embed-host.js' },
    },
  };
}

/**
 * `npm start` (and any tool that loads this file): the demo page, with the elements straight
 * from src/. `vite build` alone builds the whole set; `npm run build` builds everything.
 */
/**
 * The `eindex-widgets` command (package.json `bin`): one Node module with everything it uses
 * inside (validator, import, layout, messages), so it runs from the installed package with no
 * source files and no dependency resolution.
 */
function cliConfig(): UserConfig {
  return {
    root: projectRoot,
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      outDir: 'dist/cli',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      ssr: join(projectRoot, 'src/cli/main.ts'),
      rolldownOptions: { output: { format: 'es', entryFileNames: 'eindex-widgets.js', banner: '#!/usr/bin/env node' } },
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: join(projectRoot, 'demo'),
        server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [projectRoot] } },
        plugins: [serveData()],
      }
    : buildTargets()[0]!.config,
);
