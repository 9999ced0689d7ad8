// The built `eindex-widgets` command (dist/cli/eindex-widgets.js, as package.json `bin` runs
// it), with Node's test runner: `npm test` runs it after `npm run build`.
//
// Golden files in test/cli/golden/: each import fixture's stdout (the document) or its exit
// code and messages, and each element's static HTML. `UPDATE_SNAPSHOTS=1` writes them anew;
// a difference otherwise fails and leaves `<name>-changed.<ext>` beside the golden file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli/eindex-widgets.js');
const golden = join(root, 'test/cli/golden');
const fixtures = join(root, 'test/import/fixtures');
const update = process.env.UPDATE_SNAPSHOTS === '1';

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectGolden(name, text) {
  const file = join(golden, name);
  const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
  if (update || !existsSync(file)) {
    if (!update) assert.fail(`no golden file ${name} (run with UPDATE_SNAPSHOTS=1 to write it)`);
    writeFileSync(file, text);
    return;
  }
  if (readFileSync(file, 'utf8') === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  assert.fail(`${name} differs from the golden file; see ${changed.slice(root.length)} (UPDATE_SNAPSHOTS=1 accepts it)`);
}

test('a Latvian Excel export (BOM, ;, decimal comma, CRLF, empty cells) becomes a valid document', () => {
  const { code, stdout, stderr } = run('import', join(fixtures, 'lv-excel-fictional.csv'), '--year', '2021');
  assert.equal(code, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(doc.categories.map((c) => c.id), ['communication', 'customer-service', 'open-data', 'internal-processes', 'services']);
  assert.deepEqual(doc.groups.map((g) => [g.id, g.name]), [['ziemelu-grupa', 'Ziemeļu grupa'], ['dienvidu-grupa', 'Dienvidu grupa']]);
  const [first, second, empty] = doc.editions[0].entities;
  assert.equal(first.total, 64.8);
  assert.equal(first.scores.services, 58.25);
  assert.equal(first.scores['internal-processes'], null, 'an empty cell is not published, never 0');
  assert.equal(second.groupScore, null);
  assert.equal(empty.name, 'Liepu ciems; Lejas daļa (izdomāts)', 'a quoted field keeps its ;');
  assert.equal(empty.total, null);
  assert.equal(doc.editions[0].entities.length, 4, 'the line of empty cells is no entity');
  assert.match(stderr, /Kopvērtējums → kopvērtējums/);
  expectGolden('lv-excel-fictional.json', stdout);
});

test('an English export with , and quoted fields (embedded quotes, commas, a line break) becomes a document', () => {
  const { code, stdout, stderr } = run('import', join(fixtures, 'en-fictional.csv'), '--year', '2022', '--lang', 'en');
  assert.equal(code, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(doc.editions[0].entities.map((e) => e.name), [
    'Fictional Ministry of Maps', 'Fictional Agency, Records', 'Fictional "Quoted" Office\nsecond line',
  ]);
  assert.equal(doc.groups[0].kind, 'institution');
  expectGolden('en-fictional.json', stdout);
});

test('--template keeps the template and appends the edition, reusing its groups and entity ids', () => {
  const csv = 'Nosaukums;Grupa;Kopvērtējums\r\nVentspils valstspilsētas pašvaldība;Nacionālas nozīmes attīstības centru pašvaldības;50\r\n';
  const dir = mkdtempSync(join(tmpdir(), 'eindex-cli-'));
  writeFileSync(join(dir, 'next.csv'), csv);
  const { code, stdout, stderr } = run('import', join(dir, 'next.csv'), '--year', '2030', '--template', 'data/municipalities-2021.json');
  rmSync(dir, { recursive: true });
  assert.equal(code, 0, stderr);
  const doc = JSON.parse(stdout);
  const template = JSON.parse(readFileSync(join(root, 'data/municipalities-2021.json'), 'utf8'));
  assert.deepEqual(doc.groups, template.groups);
  assert.deepEqual(doc.editions.map((e) => e.year), [...template.editions.map((e) => e.year), 2030]);
  assert.deepEqual(doc.editions.at(-1).entities[0], { id: 'ventspils', name: 'Ventspils valstspilsētas pašvaldība', group: 'national', total: 50, scores: {} });
});

// Every kind of bad input: its exit code and its messages, in Latvian (and the first in English).
/** Cases run against a template (the shipped 2021 document), with the year to import. */
const TEMPLATE_CASES = new Map([['unknown-group', '2030'], ['unknown-level', '2030'], ['edition-exists', '2021']]);
for (const file of readdirSync(join(fixtures, 'errors')).sort()) {
  const name = file.replace(/\.csv$/, '');
  test(`import fails clearly: ${name}`, () => {
    const args = ['import', join('test/import/fixtures/errors', file), '--year', TEMPLATE_CASES.get(name) ?? '2021'];
    if (TEMPLATE_CASES.has(name)) args.push('--template', 'data/municipalities-2021.json');
    const lv = run(...args);
    const en = run(...args, '--lang', 'en');
    assert.notEqual(lv.stderr, '', 'says something');
    if (name !== 'unknown-column') {
      assert.equal(lv.code, 1);
      assert.equal(lv.stdout, '', 'writes no document');
    }
    expectGolden(`errors/${name}.txt`, `exit ${lv.code}\n${lv.stderr}---\n${en.stderr}`);
  });
}

test('a non-numeric total names its line and its column header', () => {
  const { code, stderr } = run('import', 'test/import/fixtures/errors/not-a-number.csv', '--year', '2021', '--lang', 'en');
  assert.equal(code, 1);
  assert.match(stderr, /Line 3, column "Kopvērtējums": "seši" is not a number/);
});

test('caps: too many rows, columns, a long cell and a large file fail with the cap named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eindex-cli-'));
  const cases = {
    rows: `Nosaukums;Kopvērtējums\n${'Alfa;1\n'.repeat(20_001)}`,
    columns: `${Array.from({ length: 101 }, (_, i) => `C${i}`).join(';')}\n`,
    cell: `Nosaukums;Kopvērtējums\n"${'a'.repeat(10_001)}";1\n`,
    large: `Nosaukums;Kopvērtējums\n${'Alfa;1;'.padEnd(99, ' ')}\n`.repeat(50_500),
  };
  const expected = {
    rows: /up to 20000 data rows/,
    columns: /Line 1: Too many columns: up to 100/,
    cell: /Line 2: A cell is too long: up to 10000/,
    large: /The file is too large: .* characters \(up to 5000000/,
  };
  try {
    for (const [name, text] of Object.entries(cases)) {
      writeFileSync(join(dir, `${name}.csv`), text);
      const { code, stderr } = run('import', join(dir, `${name}.csv`), '--year', '2021', '--lang', 'en');
      assert.equal(code, 1, name);
      assert.match(stderr, expected[name]);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('usage errors exit with 2 and say what is wrong', () => {
  for (const [args, message] of [
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['import', 'test/import/fixtures/en-fictional.csv'], /--year/],
    [['import', 'test/import/fixtures/en-fictional.csv', '--year', 'last'], /--year: "last"/],
    [['import', 'test/import/fixtures/en-fictional.csv', '--year', '2021', '--colour', 'red'], /unknown option --colour/],
    [['render', 'pie', '--src', 'data/fictional.json'], /render takes one element/],
    [['render', 'ranking'], /needs --src/],
    [['render', 'ranking', '--src', 'data/fictional.json', '--limit', 'ten'], /limit="ten"/],
  ]) {
    const { code, stderr } = run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
  }
  const missing = run('import', 'test/import/fixtures/nope.csv', '--year', '2021', '--lang', 'en');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
});

const NAMES_WITH_MARKUP = JSON.stringify({
  schema: 'eindex/1',
  title: 'Fictional <b>test</b> data',
  categories: [{ id: 'open-data', name: 'Open data' }],
  groups: [{ id: 'g', kind: 'institution', name: 'Group <i>' }],
  editions: [{ year: 2024, entities: [
    { id: 'a', name: '<script>alert(1)</script> Office', group: 'g', total: 70.5, scores: {} },
    { id: 'b', name: 'Agency <img src=x onerror=alert(2)>', group: 'g', total: 60, scores: {} },
    { id: 'c', name: 'Bureau "quoted" & co', group: 'g', total: 50, scores: {} },
    { id: 'd', name: 'Fourth', group: 'g', total: 40, scores: {} },
  ] }],
});

test('render ranking --limit 3 writes the top three with no script and markup in names escaped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eindex-cli-'));
  writeFileSync(join(dir, 'doc.json'), NAMES_WITH_MARKUP);
  const { code, stdout, stderr } = run('render', 'ranking', '--src', join(dir, 'doc.json'), '--limit', '3', '--lang', 'en');
  rmSync(dir, { recursive: true });
  assert.equal(code, 0, stderr);
  assert.equal((stdout.match(/<tr>/g) ?? []).length, 4, 'a header row and three rows');
  assert.doesNotMatch(stdout, /<script|<img|<b>|<i>|<[^>]*\s(?:on[a-z]+|style)=/i);
  assert.match(stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Office/);
  assert.match(stdout, /Bureau &quot;quoted&quot; &amp; co/);
  assert.doesNotMatch(stdout, /Fourth/);
});

// Snapshots of each element's static output, from the shipped data.
const RENDERS = {
  'ranking-municipalities-lv.html': ['ranking', '--src', 'data/municipalities-2021.json', '--limit', '3'],
  'ranking-institutions-en.html': ['ranking', '--src', 'data/institutions.json', '--lang', 'en', '--columns', 'rank name total level'],
  'gauge-ventspils-lv.html': ['gauge', '--src', 'data/municipalities-2021.json', '--entity', 'ventspils'],
  'gauge-fictional-en.html': ['gauge', '--src', 'data/fictional.json', '--entity', 'veltivas-pilseta', '--lang', 'en'],
  'radar-fictional-lv.html': ['radar', '--src', 'data/fictional.json', '--entity', 'veltivas-pilseta', '--compare', 'average'],
  'radar-sparse-lv.html': ['radar', '--src', 'data/municipalities-2021.json', '--entity', 'cesis'],
  'trend-vtua-average-lv.html': ['trend', '--src', 'data/institutions.json', '--entity', 'vtua', '--compare', 'average'],
  'trend-fictional-rank-en.html': ['trend', '--src', 'data/fictional.json', '--entity', 'veltivas-pilseta', '--measure', 'rank', '--compare', 'average', '--lang', 'en', '--width', '360'],
  'levels-institutions-all-en.html': ['levels', '--src', 'data/institutions.json', '--editions', 'all', '--entity', 'vtua', '--lang', 'en'],
  'levels-municipalities-lv.html': ['levels', '--src', 'data/municipalities-2021.json', '--entity', 'ventspils'],
  'levels-fictional-group-lv.html': ['levels', '--src', 'data/fictional.json', '--editions', 'all', '--group', 'east', '--width', '320'],
};
for (const [name, args] of Object.entries(RENDERS)) {
  test(`render snapshot: ${name}`, () => {
    const { code, stdout, stderr } = run('render', ...args);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout, /<script|<[^>]*\s(?:on[a-z]+|style)=|javascript:/i);
    if (args[0] !== 'ranking') assert.match(stdout, /<svg role="img"[^>]*>\s*<title>|<table>/);
    expectGolden(`render/${name}`, stdout);
  });
}

test('render gauge --entity writes an SVG with the value in Latvian format', () => {
  const { code, stdout } = run('render', 'gauge', '--src', 'data/municipalities-2021.json', '--entity', 'ventspils');
  assert.equal(code, 0);
  assert.match(stdout, /<svg role="img"/);
  assert.match(stdout, /<text class="value"[^>]*>64,8<\/text>/);
  assert.match(stdout, /<title>[^<]*64,8 punkti no 100/);
});

test('render trend: a point per published edition, gaps as dotted bridges and "not published" cells, never a solid line or a 0', () => {
  const { code, stdout, stderr } = run('render', 'trend', '--src', 'data/institutions.json', '--entity', 'vtua', '--lang', 'en');
  assert.equal(code, 0, stderr);
  const series = stdout.match(/<g class="series series-1">([\s\S]*?)<\/g>/)[1];
  assert.equal((series.match(/class="marker"/g) ?? []).length, 2, '2017 and 2022');
  assert.doesNotMatch(series, /class="line"/, 'no solid line across 2018–2021');
  assert.equal((series.match(/class="bridge"/g) ?? []).length, 1);
  assert.match(stdout, /<tr><th scope="row">2018<\/th><td class="np">not published<\/td><\/tr>/);
  assert.match(stdout, /<desc>State Technical Supervision Agency \(VTUA\): 2017 67\.4; 2018 not published;/);
  assert.doesNotMatch(stdout, /<script|<[^>]*\s(?:on[a-z]+|style)=/i);
});

test('render levels words published and counted levels as the element does', () => {
  const published = run('render', 'levels', '--src', 'data/institutions.json', '--lang', 'en');
  assert.equal(published.code, 0, published.stderr);
  assert.match(published.stdout, /<text class="heading"[^>]*>2022: as published, 115 assessed<\/text>/);
  assert.match(published.stdout, /L2: 83 · 72 %/);
  const counted = run('render', 'levels', '--src', 'data/municipalities-2021.json', '--lang', 'en', '--width', '1000');
  assert.equal(counted.code, 0, counted.stderr);
  assert.match(counted.stdout, /2021: counted from the 3 entities in this file \(3 without a published level left out\)/);
  // Editions that publish no levels say so in the drawing and in every cell of the table.
  const all = run('render', 'levels', '--src', 'data/institutions.json', '--editions', 'all');
  assert.match(all.stdout, /<text class="np"[^>]*>brieduma līmeņi nav publicēti<\/text>/);
  assert.match(all.stdout, /<tr><th scope="row">2018 <span class="row-note">brieduma līmeņi nav publicēti<\/span><\/th>(<td class="np">nav publicēts<\/td>){3}<\/tr>/);
});

test('render trend and levels refuse what the elements would draw around, with the exit codes of the other renderers', () => {
  for (const [args, exit, message] of [
    [['trend', '--entity', 'veltivas-pilseta', '--measure', 'ranks'], 2, /measure="ranks".*Did you mean "rank"\?/],
    [['trend', '--entity', 'veltivas-pilseta', '--compare', 'averge'], 2, /compare="averge"/],
    [['trend'], 2, /entity: Choose an institution/],
    [['trend', '--entity', 'atlantis'], 1, /entity="atlantis": no such id/],
    [['trend', '--entity', 'veltivas-pilseta', '--edition', '2021'], 2, /unknown option --edition/],
    [['levels', '--editions', 'every'], 2, /editions="every"/],
    [['levels', '--group', 'nort'], 2, /group="nort".*north/],
    [['levels', '--width', '90'], 2, /width: "90"/],
  ]) {
    const { code, stderr } = run('render', ...args, '--src', 'data/fictional.json', '--lang', 'en');
    assert.equal(code, exit, args.join(' '));
    assert.match(stderr, message);
  }
});

test('render of an entity the document does not have fails with exit 1 and says so', () => {
  const { code, stderr } = run('render', 'gauge', '--src', 'data/municipalities-2021.json', '--entity', 'atlantis', '--lang', 'en');
  assert.equal(code, 1);
  assert.match(stderr, /entity="atlantis": no such id in the 2021 edition/);
});

test('the stylesheet the command prints is the one shipped in dist', () => {
  const { code, stdout } = run('stylesheet');
  assert.equal(code, 0);
  assert.equal(stdout, readFileSync(join(root, 'dist/eindex-static.css'), 'utf8'));
  assert.doesNotMatch(stdout, /@import|url\(/);
});
