import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

// `npm run manifest` (cem analyze) reads this: custom-elements.json from the classes' JSDoc.
// Only the public surface is analysed (the element classes, their base, the registering and
// index entries), so a change inside data/, layout/ or i18n/ does not make the manifest stale.

/** Drops private and protected members (and the attributes the analyser derives from them): they are not API, and a refactor inside a class must not make the manifest stale. */
const publicMembersOnly = {
  name: 'eindex-public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    // The analyser lists modules in the order its glob walk meets them, which differs between
    // runs once src/ holds more element folders: sorted, the same sources give the same bytes.
    customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!Array.isArray(declaration.members)) continue;
        const hidden = new Set(declaration.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name?.startsWith('#')).map((member) => member.name));
        declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        // Internal state in lit's `static properties` ({ state: true }) is read as an attribute.
        if (Array.isArray(declaration.attributes)) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
      // What a module does not export is not API (the analyser also lists names destructured
      // inside functions as module variables).
      const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
      if (Array.isArray(module.declarations)) module.declarations = module.declarations.filter((declaration) => declaration.kind === 'class' || exported.has(declaration.name));
    }
  },
};

/** `15_000` → `15000`: a default is a value for tools and readers, not source text. */
const literal = (text) => (/^-?[\d_]+(?:\.[\d_]+)?$/.test(text) ? text.replace(/_/g, '') : text);

/** Literal values of the constants the sources declare (`const DEFAULT_TIMEOUT = 15_000;`), by name. */
function sourceConstants(dir = 'src', found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) sourceConstants(path, found);
    else if (entry.name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]*)(?:: \w+)? = (-?[\d_.]+|'[^'\n]*'|true|false);/gm)) found.set(m[1], literal(m[2]));
    }
  }
  return found;
}

/**
 * An attribute's default is a value: the analyser writes an initialiser as source text, and a
 * named constant (`DEFAULT_TIMEOUT`, declared here or imported) says nothing to a tool or a
 * reader, so it is replaced by the constant's literal value (`15000`).
 */
const attributeDefaultsAsValues = {
  name: 'eindex-attribute-defaults',
  packageLinkPhase({ customElementsManifest }) {
    const constants = sourceConstants();
    const valueOf = (text) => literal(constants.get(text) ?? text);
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) if (item.default !== undefined) item.default = valueOf(item.default);
      }
    }
  },
};

/**
 * Module paths name the shipped files: `src/ranking/eindex-ranking.ts` is
 * `dist/esm/ranking/eindex-ranking.js` in the package (the esm build keeps one file per source
 * module). Modules sorted by path, so the same sources give the same bytes.
 */
const shippedPaths = {
  name: 'eindex-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    // The analyser writes a module as the import wrote it: `/src/…/x.js` for a superclass,
    // `./data/validate.js` for a re-export (relative to the exporting module).
    const sourceOf = (path, from) => (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '')).replace(/\.js$/, '.ts');
    const shipped = (path, from) => sourceOf(path, from).replace(/^src\/(.+)\.ts$/, 'dist/esm/$1.js');
    const visit = (node, from) => {
      if (Array.isArray(node)) return node.forEach((item) => visit(item, from));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'module' && typeof value === 'string') node[key] = shipped(value, from);
        else visit(value, from);
      }
    };
    // A module of types only (events.ts, data/types.ts) compiles to nothing and is not shipped
    // as JavaScript: `export type * from` it is not a JavaScript export.
    const typeOnly = new Map();
    const isTypeOnly = (source) => {
      if (!typeOnly.has(source)) {
        const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } });
        typeOnly.set(source, outputText.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '').replace(/export \{\};?/, '').trim() === '');
      }
      return typeOnly.get(source);
    };
    for (const module of customElementsManifest.modules) {
      module.exports = module.exports?.filter((entry) => {
        const target = entry.declaration?.module;
        return !target || !isTypeOnly(sourceOf(target, module.path));
      });
      visit(module, module.path);
      module.path = shipped(module.path, module.path);
    }
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/*/define.ts', 'src/*/eindex-*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly, attributeDefaultsAsValues, shippedPaths],
};
