/**
 * The JSON Schema (data/eindex.schema.json, for people who author files by hand) and the
 * validator (src/data/validate.ts, what the widgets enforce) must agree: both accept the
 * good documents and both reject a bad document for every rule a schema can express.
 * Rules a schema cannot express are listed in VALIDATOR_ONLY: the validator rejects those
 * documents and the schema, by design, accepts them (its description names these rules).
 */
import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { validateDocument } from '../../src/data/validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const GOOD_FILES = [
  '/test/fixtures/documents/minimal.json',
  '/test/fixtures/documents/full.json',
  '/data/municipalities-2021.json',
  '/data/institutions.json',
  '/data/fictional.json',
];

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  expect(response.ok, `${path} should exist`).to.equal(true);
  return response.json();
}

/** A small valid document (fictional), fresh for every call. */
function good(): JsonObject {
  return {
    schema: 'eindex/1',
    title: { lv: 'Izdomāts tests', en: 'Fictional test' },
    source: { name: 'Fictional', url: 'https://example.org' },
    scale: { min: 0, max: 100 },
    categories: [
      { id: 'communication', name: 'Communication' },
      { id: 'open-data', name: { lv: 'Atvērto datu pieejamība', en: 'Open data' } },
    ],
    levels: [
      { level: 1, min: 0, name: '1' },
      { level: 2, min: 40, name: '2', description: 'Fictional' },
    ],
    groups: [{ id: 'national', kind: 'municipality', name: 'National' }],
    editions: [
      {
        year: 2021,
        published: '2022-05-20',
        summary: { entities: 2, average: 50, levels: { '1': 1, '2': 1 } },
        entities: [
          { id: 'alfa', name: 'Alfa', group: 'national', total: 64.8, groupScore: 75, level: 2, scores: { 'open-data': 93, communication: null }, url: 'https://example.org' },
          { id: 'beta', name: 'Beta', group: 'national', total: null },
        ],
      },
    ],
  };
}

/** A good document changed at dotted paths (`editions.0.entities.1.total`); undefined deletes. */
function bad(changes: Record<string, Json | undefined>): unknown {
  const doc = good();
  for (const [path, value] of Object.entries(changes)) {
    const steps = path.split('.');
    let node = doc as Record<string, Json>;
    for (const step of steps.slice(0, -1)) node = node[step] as Record<string, Json>;
    const last = steps[steps.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return doc;
}

function firstEdition(): Json {
  return (good()['editions'] as Json[])[0]!;
}

/** One bad document per rule that both the schema and the validator enforce. */
const BOTH: Record<string, unknown> = {
  // The caps of issue #13 (validate.ts LIMITS), documented in the schema too.
  'more than 20 categories': bad({ categories: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, name: `C${i}` })) }),
  'a title over 500 characters': bad({ title: 'T'.repeat(501) }),
  'a year of 1e+21': bad({ 'editions.0.year': 1e21 }),
  'a year before 1990': bad({ 'editions.0.year': 1989 }),
  'a scale end beyond 1e9': bad({ scale: { min: -1e308, max: 1e308 } }),
  'not an object': [good()],
  'schema missing': bad({ schema: undefined }),
  'schema of another version': bad({ schema: 'eindex/2' }),
  'title missing': bad({ title: undefined }),
  'title a number': bad({ title: 42 }),
  'title empty': bad({ title: '' }),
  'title an empty language map': bad({ title: {} }),
  'title language entry not a string': bad({ 'title.en': 5 }),
  'title language entry empty': bad({ 'title.en': '' }),
  'source a string': bad({ source: 'VARAM' }),
  'source without a name': bad({ 'source.name': undefined }),
  'source url a number': bad({ 'source.url': 5 }),
  'a source in a list without a name': bad({ source: [{ name: 'A' }, { url: 'https://b' }] }),
  'scale min a string': bad({ 'scale.min': '0' }),
  'scale max missing': bad({ 'scale.max': undefined }),
  'categories missing': bad({ categories: undefined }),
  'categories empty': bad({ categories: [] }),
  'category id missing': bad({ 'categories.0.id': undefined }),
  'category id empty': bad({ 'categories.0.id': '' }),
  'category name missing': bad({ 'categories.1.name': undefined }),
  'level number not whole': bad({ 'levels.0.level': 1.5 }),
  'level number missing': bad({ 'levels.0.level': undefined }),
  'level min a string': bad({ 'levels.1.min': '40' }),
  'group kind unknown': bad({ 'groups.0.kind': 'city' }),
  'group kind missing': bad({ 'groups.0.kind': undefined }),
  'group id a number': bad({ 'groups.0.id': 1 }),
  'editions missing': bad({ editions: undefined }),
  'editions empty': bad({ editions: [] }),
  'editions not a list': bad({ editions: {} }),
  'year missing': bad({ 'editions.0.year': undefined }),
  'year not whole': bad({ 'editions.0.year': 2021.5 }),
  'year a string': bad({ 'editions.0.year': '2021' }),
  'published not YYYY-MM-DD': bad({ 'editions.0.published': '20.05.2022' }),
  'published month 13': bad({ 'editions.0.published': '2022-13-01' }),
  'summary entities negative': bad({ 'editions.0.summary.entities': -1 }),
  'summary entities not whole': bad({ 'editions.0.summary.entities': 2.5 }),
  'summary average a string': bad({ 'editions.0.summary.average': '40' }),
  'summary level count negative': bad({ 'editions.0.summary.levels.1': -1 }),
  'summary level key not a number': bad({ 'editions.0.summary.levels.x': 1 }),
  'entities missing': bad({ 'editions.0.entities': undefined }),
  'entity not an object': bad({ 'editions.0.entities.1': 'beta' }),
  'entity id missing': bad({ 'editions.0.entities.0.id': undefined }),
  'entity name missing': bad({ 'editions.0.entities.0.name': undefined }),
  'entity group missing': bad({ 'editions.0.entities.0.group': undefined }),
  'total a string': bad({ 'editions.0.entities.0.total': '64,8' }),
  'groupScore a boolean': bad({ 'editions.0.entities.0.groupScore': true }),
  'level a string': bad({ 'editions.0.entities.0.level': '2' }),
  'level not whole': bad({ 'editions.0.entities.0.level': 1.5 }),
  'scores not an object': bad({ 'editions.0.entities.0.scores': [93] }),
  'score a string': bad({ 'editions.0.entities.0.scores.open-data': '93' }),
  'url a number': bad({ 'editions.0.entities.0.url': 5 }),
};

/** Rules only the validator can enforce: cross references, uniqueness by key, the declared scale. */
const VALIDATOR_ONLY: Record<string, unknown> = {
  'repeated category id': bad({ 'categories.1.id': 'communication' }),
  'repeated group id': bad({ groups: [{ id: 'national', kind: 'municipality', name: 'A' }, { id: 'national', kind: 'institution', name: 'B' }] }),
  'repeated level number': bad({ 'levels.1.level': 1, 'editions.0.entities.0.level': 1, 'editions.0.summary.levels': { '1': 2 } }),
  'repeated edition year': bad({ editions: [firstEdition(), firstEdition()] }),
  'repeated entity id in an edition': bad({ 'editions.0.entities.1.id': 'alfa' }),
  'entity group not declared': bad({ 'editions.0.entities.0.group': 'regional' }),
  'score key not a declared category': bad({ 'editions.0.entities.0.scores.opendata': 50 }),
  'entity level not declared': bad({ 'editions.0.entities.0.level': 3 }),
  'summary level key not declared': bad({ 'editions.0.summary.levels.3': 1 }),
  'total above the scale': bad({ 'editions.0.entities.0.total': 100.5 }),
  'score below the scale': bad({ 'editions.0.entities.0.scores.open-data': -1 }),
  'numbers above a declared scale': bad({ scale: { min: 0, max: 10 } }),
  'summary average above the scale': bad({ 'editions.0.summary.average': 101 }),
  'level threshold outside the scale': bad({ 'levels.1.min': 140 }),
  'level thresholds not rising': bad({ 'levels.0.min': 50 }),
  'scale min not below max': bad({ scale: { min: 100, max: 0 } }),
  'published not a real date': bad({ 'editions.0.published': '2022-02-30' }),
};

describe('data/eindex.schema.json', () => {
  let validateSchema: ValidateFunction;

  before(async () => {
    const schema = (await fetchJson('/data/eindex.schema.json')) as Record<string, unknown>;
    // strict: the schema itself must use no unknown keywords or ambiguous types.
    validateSchema = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  });

  it('is a JSON Schema 2020-12 document with a title and description', async () => {
    const schema = (await fetchJson('/data/eindex.schema.json')) as Record<string, unknown>;
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).to.be.a('string');
    expect(schema['description']).to.contain('ids unique within their list');
  });

  it('and the validator both accept the small good document', () => {
    expect(validateSchema(good()), JSON.stringify(validateSchema.errors)).to.equal(true);
    expect(validateDocument(good()).ok).to.equal(true);
  });

  for (const path of GOOD_FILES) {
    it(`and the validator both accept ${path}`, async () => {
      const doc = await fetchJson(path);
      expect(validateSchema(doc), JSON.stringify(validateSchema.errors)).to.equal(true);
      const result = validateDocument(doc);
      expect(result.ok, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3))).to.equal(true);
    });
  }

  for (const [rule, doc] of Object.entries(BOTH)) {
    it(`and the validator both reject: ${rule}`, () => {
      expect(validateSchema(doc), 'schema').to.equal(false);
      expect(validateDocument(doc).ok, 'validator').to.equal(false);
    });
  }

  for (const [rule, doc] of Object.entries(VALIDATOR_ONLY)) {
    it(`accepts, and only the validator rejects: ${rule}`, () => {
      expect(validateSchema(doc), JSON.stringify(validateSchema.errors)).to.equal(true);
      expect(validateDocument(doc).ok, 'validator').to.equal(false);
    });
  }
});
