// Tests run the sources, so `npm test` needs no build: the package's own entries
// (`eindex-widgets`, `eindex-widgets/<name>`, read from package.json's exports) and the
// bundled files the examples load (`/dist/eindex-*.js`) are served from src/. The built files
// themselves are checked by scripts/check-dist.mjs at the end of `npm run build`.
import { readFileSync } from 'node:fs';

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
    serve(context) {
      if (context.path === '/dist/eindex-widgets.js') return { body: "import '/src/define.ts';\n", type: 'js' };
      const element = /^\/dist\/eindex-([a-z]+(?:-[a-z]+)*)\.js$/.exec(context.path);
      if (element) return { body: `import '/src/${element[1]}/define.ts';\n`, type: 'js' };
      return undefined;
    },
  };
}
