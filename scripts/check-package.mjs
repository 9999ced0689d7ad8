#!/usr/bin/env node
// After `npm run build` (part of `npm test`): the package as users get it. `npm pack` writes the
// tarball into .cache/package-check/ (git-ignored), which is unpacked there as
// node_modules/eindex-widgets, and then:
//   - what must ship is in it (LICENSE, the notices, the files the manifest and exports name),
//     and the manifest says what tools need (typed events, every --eindex-* property);
//   - publint --strict and @arethetypeswrong/cli --profile esm-only find nothing;
//   - the fixture apps in test/package/ (React 19 TSX, a Vue SFC under vue-tsc strictTemplates,
//     plain TypeScript with moduleResolution bundler and node16) type-check against it, and
//     each line marked `error TSxxxx` in them fails with exactly that error;
//   - the docs' snippets that are not for a browser (test/helpers/doc-snippets.mjs): tsx, ts and
//     vue ones join the fixture apps, shell commands name real npm scripts and the real tarball,
//     configuration files parse. (The browser ones run in test/embed/examples.test.ts.)
// The fixtures use the project's node_modules (react's types, vue, lit) found by walking up
// from .cache/: no install, no network.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from './elements.mjs';
import { docSnippets } from '../test/helpers/doc-snippets.mjs';

const work = join(projectRoot, '.cache/package-check');
const installed = join(work, 'node_modules/eindex-widgets');
const problems = [];
const bin = (path) => join(projectRoot, 'node_modules', path);
const run = (command, args, cwd = projectRoot) => spawnSync(command, args, { cwd, encoding: 'utf8' });
/** Runs a command to its end without blocking the others; resolves with its output and status. */
const runAsync = (label, command, args, cwd = projectRoot) =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      console.log(`  ${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      resolve({ status, stdout, stderr });
    });
  });

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });

// 1. Pack and unpack, as npm install does with a tarball.
// --ignore-scripts: npm test built dist/ just before; `prepack` would build it again.
const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]);
if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
const [{ filename, files }] = JSON.parse(packed.stdout);
const tarball = join(work, filename);
const untar = run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
if (untar.status !== 0) throw new Error(`tar failed:\n${untar.stderr}`);
const shipped = new Set(files.map((f) => f.path));

// 2. What must ship, and what the manifest promises.
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
for (const file of ['LICENSE', 'dist/THIRD-PARTY-NOTICES.md', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json', pkg.jsdelivr, pkg.unpkg]) {
  if (!shipped.has(file.replace(/^\.\//, ''))) problems.push(`${file} is not in the package`);
}
for (const file of shipped) if (file.endsWith('.map')) problems.push(`a source map ships: ${file}`);
// Every file in data/ but the ones a script generates for local runs (.gitignore).
const ignored = readFileSync(join(projectRoot, '.gitignore'), 'utf8').split('\n');
for (const name of readdirSync(join(projectRoot, 'data'))) {
  if (!ignored.includes(`data/${name}`) && !shipped.has(`data/${name}`)) problems.push(`eindex-widgets/data/${name} is not in the package`);
}
for (const file of shipped) if (file.startsWith('data/') && ignored.includes(file)) problems.push(`${file} ships, but it is a local, generated file`);
const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
const properties = new Set();
for (const module of manifest.modules) {
  if (!shipped.has(module.path)) problems.push(`custom-elements.json names ${module.path}, which is not in the package`);
  for (const declaration of module.declarations ?? []) {
    for (const event of declaration.events ?? []) if (!event.type?.text) problems.push(`custom-elements.json: ${declaration.tagName} event ${event.name} has no type`);
    for (const attribute of declaration.attributes ?? []) {
      if (/^[A-Z_][A-Z0-9_]*$/.test(attribute.default ?? '')) problems.push(`custom-elements.json: ${declaration.name}'s ${attribute.name} default is the name ${attribute.default}, not a value`);
    }
    for (const property of declaration.cssProperties ?? []) {
      properties.add(property.name);
      if (/likewise|…/.test(property.description ?? '')) problems.push(`custom-elements.json: ${property.name} stands for others ("${property.description}"): list each`);
    }
  }
}
const used = new Set();
const scan = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) scan(join(dir, entry.name));
    else if (entry.name.endsWith('.ts')) for (const m of readFileSync(join(dir, entry.name), 'utf8').matchAll(/var\((--eindex-[a-z0-9-]+)/g)) used.add(m[1]);
  }
};
scan(join(projectRoot, 'src'));
// The colour tokens' var(--eindex-…) are written from one list (src/internal/colour-tokens.ts): its keys.
const colourTokens = readFileSync(join(projectRoot, 'src/internal/colour-tokens.ts'), 'utf8');
for (const m of colourTokens.matchAll(/^\s+'?([a-z][a-z0-9-]*)'?: \['#/gm)) used.add(`--eindex-${m[1]}`);
for (const name of used) if (!properties.has(name)) problems.push(`${name} is read by the styles but no element's JSDoc lists it (@cssprop)`);

// 3. The linters of packages, and (4.) the fixture apps, all at once: each is one process.
const linted = Promise.all([
  runAsync('publint --strict', process.execPath, [bin('publint/src/cli.js'), '--strict', installed]).then((publint) => {
    if (publint.status !== 0 || !/All good!/.test(publint.stdout)) problems.push(`publint --strict:\n${publint.stdout}${publint.stderr}`);
  }),
  runAsync('attw --profile esm-only', process.execPath, [bin('@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'ascii']).then((attw) => {
    if (attw.status !== 0) problems.push(`@arethetypeswrong/cli --profile esm-only:\n${attw.stdout}${attw.stderr}`);
  }),
]);

const tsc = bin('typescript/bin/tsc');
const vueTsc = bin('vue-tsc/bin/vue-tsc.js');
const fixtures = [
  { dir: 'react', label: 'React 19 TSX (tsc, bundler)', command: tsc, args: ['-p', 'tsconfig.json'] },
  { dir: 'vue', label: 'Vue SFC (vue-tsc, strictTemplates)', command: vueTsc, args: ['-p', 'tsconfig.json'] },
  { dir: 'plain', label: 'plain TS (tsc, moduleResolution bundler)', command: tsc, args: ['-p', 'tsconfig.bundler.json'] },
  { dir: 'plain', label: 'plain TS (tsc, moduleResolution node16)', command: tsc, args: ['-p', 'tsconfig.node16.json'] },
  // A program of one file that imports only `eindex-widgets/ranking`: the event map must come with it.
  { dir: 'plain', label: 'plain TS, eindex-widgets/ranking alone', command: tsc, args: ['-p', 'tsconfig.ranking-only.json'], files: ['ranking-only.ts'] },
];
// The element list is the manifest's: each app must use every element.
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
for (const app of ['react/app.tsx', 'vue/App.vue']) {
  const text = readFileSync(join(projectRoot, 'test/package', app), 'utf8');
  for (const tag of tags) if (!text.includes(`<${tag}`)) problems.push(`test/package/${app} does not use <${tag}>`);
}
for (const fixture of fixtures) {
  const dir = join(work, fixture.dir);
  if (existsSync(dir)) continue;
  cpSync(join(projectRoot, 'test/package', fixture.dir), dir, { recursive: true });
  // Its own package scope (an ES module package), so `eindex-widgets` is the installed copy.
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
}
// The docs' typed snippets are files of the fixture apps, type-checked with them.
const snippets = docSnippets();
const fixtureOf = { tsx: 'react', vue: 'vue', ts: 'plain' };
for (const snippet of snippets) {
  if (!fixtureOf[snippet.kind]) continue;
  const name = snippet.kind === 'vue' ? `Docs${snippet.id.replace(/[^a-z0-9]/gi, '')}.vue` : `docs-${snippet.id}.${snippet.kind}`;
  writeFileSync(join(work, fixtureOf[snippet.kind], name), `${snippet.code}\n`);
}
for (const snippet of snippets.filter((s) => s.kind === 'sh')) {
  for (const line of snippet.code.split('\n')) {
    for (const command of line.replace(/#.*$/, '').split('&&').map((c) => c.trim()).filter(Boolean)) {
      const words = command.split(/\s+/);
      const ok =
        (words[0] === 'npm' && ['ci', 'start', 'test', 'pack'].includes(words[1]) && words.length === 2) ||
        (words[0] === 'npm' && words[1] === 'run' && words.length === 3 && pkg.scripts[words[2]] !== undefined) ||
        (words[0] === 'npm' && words[1] === 'install' && words[2] === `./${filename}`) ||
        // The package's own command (package.json `bin`); test/cli runs each subcommand from dist.
        (words[0] === 'npx' && pkg.bin?.[words[1]] !== undefined && ['import', 'render', 'stylesheet'].includes(words[2]));
      if (!ok) problems.push(`${snippet.doc}:${snippet.line}: \`${command}\` is not a command this project has (npm scripts: ${Object.keys(pkg.scripts).join(', ')}; tarball ${filename})`);
    }
  }
}
for (const snippet of snippets.filter((s) => s.kind === 'config')) {
  const file = join(work, `${snippet.id}.mjs`);
  writeFileSync(file, snippet.code);
  const parsed = run(process.execPath, ['--check', file]);
  if (parsed.status !== 0) problems.push(`${snippet.doc}:${snippet.line}: does not parse:\n${parsed.stderr}`);
}

const started = performance.now();
await Promise.all(fixtures.map(async (fixture) => {
  const dir = join(work, fixture.dir);
  const result = await runAsync(fixture.label, process.execPath, [fixture.command, ...fixture.args, '--pretty', 'false'], dir);
  const found = new Set();
  for (const m of `${result.stdout}\n${result.stderr}`.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+):/gm)) found.add(`${m[1]}:${m[2]} ${m[3]}`);
  const expected = new Set();
  for (const file of fixture.files ?? readdirSync(dir).filter((f) => /\.(tsx?|vue)$/.test(f))) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      const marker = /error (TS\d+)/.exec(line);
      if (marker) expected.add(`${file}:${i + 1} ${marker[1]}`);
    });
  }
  const where = `test/package/${fixture.dir} (${fixture.label})`;
  for (const error of found) if (!expected.has(error)) problems.push(`${where}: unexpected error ${error}\n${result.stdout}`);
  for (const error of expected) if (!found.has(error)) problems.push(`${where}: ${error} should fail to type-check and does not`);
  if (result.status === 0 && expected.size > 0) problems.push(`${where}: the type check passed although lines are marked to fail`);
  if (found.size === 0 && result.status !== 0) problems.push(`${where}: failed with no error line:\n${result.stdout}${result.stderr}`);
}));
await linted;
console.log(`  ${'(all of them, at once)'.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (problems.length) {
  console.error(`check-package (${relative(projectRoot, tarball)}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-package: ${filename} (${files.length} files) installs, lints clean and types every fixture app.`);
