import { expect } from '@open-wc/testing';
import { LIMITS, MAX_PROBLEMS, validateDocument, type Problem, type ValidationResult } from '../../src/data/validate.js';
import { metricValue } from '../../src/data/query.js';
import type { EIndexDocument } from '../../src/data/types.js';
import { describeProblem, showValue } from '../../src/i18n/problems.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A small valid document (fictional names), fresh for every call. */
function good(): JsonObject {
  return {
    schema: 'eindex/1',
    title: { lv: 'Izdomāts tests', en: 'Fictional test' },
    categories: [
      { id: 'communication', name: { lv: 'Saziņa ar sabiedrību un līdzdalība', en: 'Communication' } },
      { id: 'open-data', name: { lv: 'Atvērto datu pieejamība', en: 'Open data' } },
    ],
    levels: [
      { level: 1, name: '1' },
      { level: 2, name: '2' },
      { level: 3, name: '3' },
    ],
    groups: [
      { id: 'national', kind: 'municipality', name: 'National' },
      { id: 'ministries', kind: 'institution', name: 'Ministries' },
    ],
    editions: [
      {
        year: 2021,
        entities: [
          { id: 'alfa', name: 'Alfa', group: 'national', total: 64.8, level: 3, scores: { 'open-data': 93 } },
          { id: 'beta', name: 'Beta', group: 'national', total: 40 },
          { id: 'gamma', name: { lv: 'Gamma', en: 'Gamma' }, group: 'ministries', total: null, scores: { communication: 20 } },
        ],
      },
    ],
  };
}

/** Steps of a test path like `editions[0].entities[2].scores.open-data`. */
function steps(path: string): (string | number)[] {
  return path.split(/\.|(?=\[)/).map((step) => (step.startsWith('[') ? Number(step.slice(1, -1)) : step));
}

function parentOf(doc: JsonObject, path: string): { parent: Record<string | number, Json>; last: string | number } {
  const all = steps(path);
  let node: Json = doc;
  for (const step of all.slice(0, -1)) node = (node as Record<string | number, Json>)[step] as Json;
  return { parent: node as Record<string | number, Json>, last: all[all.length - 1]! };
}

/** A good document with `path` set to `value` (or deleted when `value` is undefined). */
function goodWith(changes: Record<string, Json | undefined>): JsonObject {
  const doc = good();
  for (const [path, value] of Object.entries(changes)) {
    const { parent, last } = parentOf(doc, path);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return doc;
}

function problemsOf(input: unknown): readonly Problem[] {
  const result = validateDocument(input);
  expect(result.ok, 'document should be invalid').to.equal(false);
  return result.ok ? [] : result.problems;
}

/** The problems as `path code` strings, in report order. */
function found(input: unknown): string[] {
  return problemsOf(input).map((p) => `${p.path} ${p.code}`);
}

function documentOf(input: unknown): EIndexDocument {
  const result: ValidationResult = validateDocument(input);
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.map((p) => describeProblem(p, 'en')).join('; ')}`);
  return result.document;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('validateDocument', () => {
  it('accepts the good document', () => {
    expect(validateDocument(good()).ok).to.equal(true);
  });

  describe('document', () => {
    it('rejects a value that is not an object at path ""', () => {
      for (const input of [null, [], 'eindex/1', 42, undefined]) {
        expect(found(input)).to.deep.equal([' not-object']);
      }
    });

    it('requires "schema"', () => {
      expect(found(goodWith({ schema: undefined }))).to.deep.equal(['schema missing']);
    });

    it('rejects another schema with that one problem only', () => {
      const doc = goodWith({ schema: 'eindex/2', title: 5, editions: [] });
      const problems = problemsOf(doc);
      expect(problems).to.deep.equal([{ path: 'schema', code: 'schema', value: 'eindex/2', params: { expected: 'eindex/1' } }]);
    });

    it('reports every problem in one pass, in document order', () => {
      const doc = goodWith({
        title: '',
        'levels[1].level': 1,
        'editions[0].entities[1].group': 'regional',
        'editions[0].entities[2].scores.communication': 101,
      });
      expect(found(doc)).to.deep.equal([
        'title empty',
        'levels[1].level duplicate-id',
        'editions[0].entities[1].group unknown-group',
        'editions[0].entities[2].scores.communication above-max',
      ]);
    });

    it(`stops after ${MAX_PROBLEMS} problems with a final too-many`, () => {
      const doc = good();
      const entities = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, name: 'X', group: 'nowhere' }));
      (doc['editions'] as JsonObject[])[0]!['entities'] = entities;
      const problems = problemsOf(doc);
      expect(problems).to.have.length(MAX_PROBLEMS + 1);
      expect(problems[MAX_PROBLEMS]).to.deep.equal({ path: '', code: 'too-many', params: { limit: MAX_PROBLEMS } });
      expect(problems[99]!.path).to.equal('editions[0].entities[99].group');
    });

    it('accepts unknown extra fields everywhere (forward compatible)', () => {
      const doc = goodWith({
        fictional: true,
        'categories[0].weight': 0.2,
        'groups[0].region': { any: ['thing'] },
        'levels[0].colour': '#fff',
        'editions[0].method': 'v2',
        'editions[0].entities[0].rank': 1,
      });
      expect(validateDocument(doc).ok).to.equal(true);
    });
  });

  describe('title and texts', () => {
    it('requires a title', () => {
      expect(found(goodWith({ title: undefined }))).to.deep.equal(['title missing']);
    });

    it('rejects a title that is not a string or a language map', () => {
      expect(found(goodWith({ title: 42 }))).to.deep.equal(['title wrong-type']);
      expect(found(goodWith({ title: ['lv'] }))).to.deep.equal(['title wrong-type']);
      expect(problemsOf(goodWith({ title: 42 }))[0]!.params).to.deep.equal({ expected: 'text' });
    });

    it('rejects empty texts: "", {} and empty language entries', () => {
      expect(found(goodWith({ title: '' }))).to.deep.equal(['title empty']);
      expect(found(goodWith({ title: {} }))).to.deep.equal(['title empty']);
      expect(found(goodWith({ 'title.en': '' }))).to.deep.equal(['title.en empty']);
    });

    it('rejects a language entry that is not a string, naming its path', () => {
      expect(found(goodWith({ 'title.en': 5, 'categories[0].name.lv': null }))).to.deep.equal([
        'title.en wrong-type',
        'categories[0].name.lv wrong-type',
      ]);
    });

    it('checks entity names, group names, level names and descriptions', () => {
      expect(
        found(
          goodWith({
            'editions[0].entities[0].name': undefined,
            'groups[1].name': 7,
            'levels[0].name': '',
            'levels[1].description': false,
          }),
        ),
      ).to.deep.equal([
        'groups[1].name wrong-type',
        'levels[0].name empty',
        'levels[1].description wrong-type',
        'editions[0].entities[0].name missing',
      ]);
    });
  });

  describe('source', () => {
    it('accepts one source or a list, and rejects other values', () => {
      expect(validateDocument(goodWith({ source: { name: 'VARAM', url: 'https://www.varam.gov.lv' } })).ok).to.equal(true);
      expect(validateDocument(goodWith({ source: [{ name: 'A' }, { name: { lv: 'B' } }] })).ok).to.equal(true);
      expect(found(goodWith({ source: 'VARAM' }))).to.deep.equal(['source wrong-type']);
    });

    it('requires a name and a string url in each source', () => {
      expect(found(goodWith({ source: { url: 'https://x' } }))).to.deep.equal(['source.name missing']);
      expect(found(goodWith({ source: [{ name: 'A' }, { name: 'B', url: 5 }] }))).to.deep.equal(['source[1].url wrong-type']);
    });

    it('does not require http(s) urls (the renderer decides what becomes a link)', () => {
      expect(validateDocument(goodWith({ source: { name: 'A', url: 'javascript:alert(1)' } })).ok).to.equal(true);
      expect(validateDocument(goodWith({ 'editions[0].entities[0].url': 'mailto:x@example.org' })).ok).to.equal(true);
    });
  });

  describe('scale', () => {
    it('rejects a scale whose min is not below its max', () => {
      const problems = problemsOf(goodWith({ scale: { min: 100, max: 100 } }));
      expect(problems).to.deep.equal([{ path: 'scale', code: 'bad-scale', params: { min: 100, max: 100 } }]);
    });

    it('requires numeric min and max', () => {
      expect(found(goodWith({ scale: { min: '0', max: 100 } }))).to.deep.equal(['scale.min wrong-type']);
      expect(found(goodWith({ scale: { min: 0 } }))).to.deep.equal(['scale.max missing']);
      expect(found(goodWith({ scale: [0, 100] }))).to.deep.equal(['scale wrong-type']);
    });

    it('rejects non-finite numbers in documents given as objects', () => {
      expect(found(goodWith({ scale: { min: 0, max: Infinity } }))).to.deep.equal(['scale.max not-finite']);
      expect(found(goodWith({ 'editions[0].entities[0].total': NaN }))).to.deep.equal(['editions[0].entities[0].total not-finite']);
    });

    it('checks numbers against a declared scale', () => {
      const doc = goodWith({ scale: { min: 1, max: 10 } });
      expect(found(doc)).to.deep.equal([
        'editions[0].entities[0].total above-max',
        'editions[0].entities[0].scores.open-data above-max',
        'editions[0].entities[1].total above-max',
        'editions[0].entities[2].scores.communication above-max',
      ]);
      expect(problemsOf(doc)[0]!.params).to.deep.equal({ max: 10 });
    });
  });

  describe('categories, groups and levels', () => {
    it('requires at least one category', () => {
      expect(found(goodWith({ categories: undefined }))).to.include('categories missing');
      expect(found(goodWith({ categories: [] }))[0]).to.equal('categories empty-list');
      expect(found(goodWith({ categories: {} }))[0]).to.equal('categories wrong-type');
    });

    it('rejects a repeated category id, naming the first', () => {
      const problems = problemsOf(goodWith({ 'categories[1].id': 'communication' }));
      expect(problems[0]).to.deep.equal({
        path: 'categories[1].id',
        code: 'duplicate-id',
        value: 'communication',
        params: { first: 'categories[0].id' },
      });
    });

    it('requires non-empty string ids', () => {
      expect(found(goodWith({ 'categories[0].id': '' }))[0]).to.equal('categories[0].id empty');
      expect(found(goodWith({ 'groups[0].id': 3 }))[0]).to.equal('groups[0].id wrong-type');
      expect(found(goodWith({ 'categories[1]': 'open-data' }))[0]).to.equal('categories[1] wrong-type');
    });

    it('rejects a repeated group id', () => {
      expect(found(goodWith({ 'groups[1].id': 'national' }))).to.deep.equal([
        'groups[1].id duplicate-id',
        'editions[0].entities[2].group unknown-group',
      ]);
    });

    it('requires group kind municipality or institution', () => {
      expect(found(goodWith({ 'groups[0].kind': 'city' }))).to.deep.equal(['groups[0].kind bad-kind']);
      expect(found(goodWith({ 'groups[1].kind': undefined }))).to.deep.equal(['groups[1].kind missing']);
    });

    it('requires whole, unique level numbers', () => {
      expect(found(goodWith({ 'levels[2].level': 1 }))).to.deep.equal(['levels[2].level duplicate-id', 'editions[0].entities[0].level unknown-level']);
      expect(found(goodWith({ 'levels[0].level': 1.5 }))).to.deep.equal(['levels[0].level not-integer']);
      expect(found(goodWith({ 'levels[0].level': undefined }))).to.deep.equal(['levels[0].level missing']);
    });

    it('keeps level thresholds inside the scale and rising with the level', () => {
      expect(found(goodWith({ 'levels[0].min': -1 }))).to.deep.equal(['levels[0].min below-min']);
      const doc = goodWith({ 'levels[0].min': 0, 'levels[1].min': 50, 'levels[2].min': 40 });
      expect(problemsOf(doc)).to.deep.equal([{ path: 'levels[2].min', code: 'level-order', value: 40, params: { previous: 50 } }]);
    });
  });

  describe('editions', () => {
    it('requires at least one edition', () => {
      expect(found(goodWith({ editions: undefined }))).to.deep.equal(['editions missing']);
      expect(found(goodWith({ editions: [] }))).to.deep.equal(['editions empty-list']);
    });

    it('requires a whole, unique year', () => {
      const doc = good();
      (doc['editions'] as Json[]).push({ year: 2021, entities: [] }, { year: 2022.5, entities: [] }, { entities: [] });
      expect(found(doc)).to.deep.equal(['editions[1].year duplicate-id', 'editions[2].year not-integer', 'editions[3].year missing']);
    });

    it('requires a list of entities', () => {
      expect(found(goodWith({ 'editions[0].entities': undefined }))).to.deep.equal(['editions[0].entities missing']);
      expect(found(goodWith({ 'editions[0].entities': {} }))).to.deep.equal(['editions[0].entities wrong-type']);
    });

    it('accepts an ISO date in "published" and rejects anything else', () => {
      expect(validateDocument(goodWith({ 'editions[0].published': '2022-05-20' })).ok).to.equal(true);
      expect(validateDocument(goodWith({ 'editions[0].published': '2024-02-29' })).ok).to.equal(true);
      for (const bad of ['20.05.2022', '2022-02-30', '2023-02-29', '2022-5-20', '2022-05-20T10:00:00Z', 20220520]) {
        expect(found(goodWith({ 'editions[0].published': bad })), String(bad)).to.deep.equal(['editions[0].published bad-date']);
      }
    });

    it('checks the summary: counts, average in the scale, declared level keys', () => {
      const doc = goodWith({
        'editions[0].summary': { entities: -3, average: 101, levels: { '1': 2.5, '2': 4, '4': 1, x: 1 } },
      });
      expect(found(doc)).to.deep.equal([
        'editions[0].summary.entities bad-count',
        'editions[0].summary.average above-max',
        'editions[0].summary.levels.1 bad-count',
        'editions[0].summary.levels.4 unknown-level',
        'editions[0].summary.levels.x unknown-level',
      ]);
      expect(validateDocument(goodWith({ 'editions[0].summary': { entities: 115, average: 40, levels: { '1': 25, '2': 83, '3': 7 } } })).ok).to.equal(
        true,
      );
    });
  });

  describe('entities', () => {
    it('rejects an entity that is not an object', () => {
      expect(found(goodWith({ 'editions[0].entities[1]': 'beta' }))).to.deep.equal(['editions[0].entities[1] wrong-type']);
    });

    it('requires id, name and group', () => {
      const doc = goodWith({ 'editions[0].entities[1].id': undefined, 'editions[0].entities[1].group': undefined });
      expect(found(doc)).to.deep.equal(['editions[0].entities[1].id missing', 'editions[0].entities[1].group missing']);
    });

    it('rejects an entity id repeated within an edition, but not across editions', () => {
      expect(found(goodWith({ 'editions[0].entities[2].id': 'alfa' }))).to.deep.equal(['editions[0].entities[2].id duplicate-id']);
      const doc = good();
      (doc['editions'] as Json[]).push({ year: 2022, entities: [{ id: 'alfa', name: 'Alfa', group: 'national', total: 70 }] });
      expect(validateDocument(doc).ok).to.equal(true);
    });

    it('reports each problem of an entity once, with its path, also after a repeated id', () => {
      const doc = goodWith({ 'editions[0].entities[2].id': 'alfa', 'editions[0].entities[2].total': 130, 'editions[0].entities[1].url': 1 });
      expect(found(doc)).to.deep.equal([
        'editions[0].entities[1].url wrong-type',
        'editions[0].entities[2].id duplicate-id',
        'editions[0].entities[2].total above-max',
      ]);
      expect(problemsOf(doc)[1]!.params).to.deep.equal({ first: 'editions[0].entities[0].id' });
    });

    it('keeps an entity with a problem in the id list, so a later repeat still names it', () => {
      const doc = goodWith({ 'editions[0].entities[0].total': -1, 'editions[0].entities[2].id': 'alfa' });
      expect(found(doc)).to.deep.equal(['editions[0].entities[0].total below-min', 'editions[0].entities[2].id duplicate-id']);
      expect(problemsOf(doc)[1]!.params).to.deep.equal({ first: 'editions[0].entities[0].id' });
    });

    it('reads only own keys of names and scores, not inherited ones', () => {
      const doc = good();
      const entity = ((doc['editions'] as JsonObject[])[0]!['entities'] as JsonObject[])[0]!;
      entity['name'] = Object.assign(Object.create({ xx: 1 }) as JsonObject, { lv: 'Alfa' });
      entity['scores'] = Object.assign(Object.create({ bogus: 1 }) as JsonObject, { 'open-data': 93 });
      const out = documentOf(doc).editions[0]!.entities[0]!;
      expect(out.name).to.deep.equal({ lv: 'Alfa' });
      expect(Object.keys(out.scores)).to.deep.equal(['open-data']);
    });

    it('requires the group to be declared', () => {
      const problems = problemsOf(goodWith({ 'editions[0].entities[1].group': 'regional' }));
      expect(problems).to.deep.equal([
        { path: 'editions[0].entities[1].group', code: 'unknown-group', value: 'regional', params: { known: 'national, ministries' } },
      ]);
    });

    it('requires score keys to be declared categories', () => {
      expect(found(goodWith({ 'editions[0].entities[0].scores.opendata': 50 }))).to.deep.equal([
        'editions[0].entities[0].scores.opendata unknown-category',
      ]);
    });

    it('quotes keys that are not plain identifiers in paths', () => {
      expect(found(goodWith({ 'editions[0].entities[0].scores': { 'open data': 1 } }))).to.deep.equal([
        'editions[0].entities[0].scores["open data"] unknown-category',
      ]);
    });

    it('keeps total, groupScore and scores inside the scale', () => {
      const doc = goodWith({
        'editions[0].entities[0].total': 100.5,
        'editions[0].entities[0].groupScore': -1,
        'editions[0].entities[2].scores.communication': 130,
      });
      const problems = problemsOf(doc);
      expect(problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
        'editions[0].entities[0].total above-max',
        'editions[0].entities[0].groupScore below-min',
        'editions[0].entities[2].scores.communication above-max',
      ]);
      expect(problems[1]!.params).to.deep.equal({ min: 0 });
      expect(problems[2]!.value).to.equal(130);
    });

    it('accepts the scale bounds themselves', () => {
      expect(validateDocument(goodWith({ 'editions[0].entities[0].total': 100, 'editions[0].entities[1].total': 0 })).ok).to.equal(true);
    });

    it('requires numbers or null for total, groupScore and scores', () => {
      const doc = goodWith({
        'editions[0].entities[0].total': '64,8',
        'editions[0].entities[0].groupScore': true,
        'editions[0].entities[0].scores.open-data': '93',
      });
      const problems = problemsOf(doc);
      expect(problems.map((p) => `${p.path} ${p.code} ${p.params?.['expected']}`)).to.deep.equal([
        'editions[0].entities[0].total wrong-type number-or-null',
        'editions[0].entities[0].groupScore wrong-type number-or-null',
        'editions[0].entities[0].scores.open-data wrong-type number-or-null',
      ]);
    });

    it('requires scores to be an object', () => {
      expect(found(goodWith({ 'editions[0].entities[0].scores': [93] }))).to.deep.equal(['editions[0].entities[0].scores wrong-type']);
    });

    it('requires the level to be a declared level, or null', () => {
      expect(found(goodWith({ 'editions[0].entities[0].level': 4 }))).to.deep.equal(['editions[0].entities[0].level unknown-level']);
      expect(found(goodWith({ 'editions[0].entities[0].level': 2.5 }))).to.deep.equal(['editions[0].entities[0].level unknown-level']);
      expect(found(goodWith({ 'editions[0].entities[0].level': '3' }))).to.deep.equal(['editions[0].entities[0].level wrong-type']);
      expect(validateDocument(goodWith({ 'editions[0].entities[0].level': null })).ok).to.equal(true);
    });

    it('rejects any entity level when no levels are declared', () => {
      const problems = problemsOf(goodWith({ levels: undefined }));
      expect(problems).to.deep.equal([{ path: 'editions[0].entities[0].level', code: 'unknown-level', value: 3, params: { known: '' } }]);
    });

    it('requires url to be a string', () => {
      expect(found(goodWith({ 'editions[0].entities[0].url': 5 }))).to.deep.equal(['editions[0].entities[0].url wrong-type']);
    });
  });

  describe('normalised output', () => {
    it('fills in the default scale, empty levels and groups, empty scores and null totals', () => {
      const doc = documentOf({
        schema: 'eindex/1',
        title: 'T',
        categories: [{ id: 'c', name: 'C' }],
        editions: [{ year: 2020, entities: [] }],
      });
      expect(doc.scale).to.deep.equal({ min: 0, max: 100 });
      expect(doc.levels).to.deep.equal([]);
      expect(doc.groups).to.deep.equal([]);
      expect(doc.sources).to.deep.equal([]);
      expect(doc).not.to.have.property('source');

      const withEntity = documentOf(goodWith({ 'editions[0].entities[1].total': undefined }));
      const beta = withEntity.editions[0]!.entities[1]!;
      expect(beta.total).to.equal(null);
      expect(beta.scores).to.deep.equal({});
      expect(beta).not.to.have.property('level');
      expect(beta).not.to.have.property('groupScore');
    });

    it('sorts editions by year and levels by number', () => {
      const doc = good();
      (doc['editions'] as Json[]).unshift({ year: 2022, entities: [] });
      (doc['editions'] as Json[]).push({ year: 2019, entities: [] });
      (doc['levels'] as Json[]).reverse();
      const out = documentOf(doc);
      expect(out.editions.map((e) => e.year)).to.deep.equal([2019, 2021, 2022]);
      expect(out.levels.map((l) => l.level)).to.deep.equal([1, 2, 3]);
    });

    it('keeps the first source as "source" and all of them as "sources"', () => {
      const one = documentOf(goodWith({ source: { name: 'VARAM', url: 'https://www.varam.gov.lv' } }));
      expect(one.source).to.deep.equal({ name: 'VARAM', url: 'https://www.varam.gov.lv' });
      expect(one.sources).to.deep.equal([one.source]);
      const two = documentOf(goodWith({ source: [{ name: 'A' }, { name: 'B', url: 'https://b' }] }));
      expect(two.source).to.deep.equal({ name: 'A' });
      expect(two.sources).to.deep.equal([{ name: 'A' }, { name: 'B', url: 'https://b' }]);
    });

    it('keeps published values exactly, null scores as null, and drops unknown fields', () => {
      const out = documentOf(goodWith({ 'editions[0].entities[0].scores.communication': null, 'editions[0].entities[0].rank': 1 }));
      const alfa = out.editions[0]!.entities[0]!;
      expect(alfa).to.deep.equal({
        id: 'alfa',
        name: 'Alfa',
        group: 'national',
        total: 64.8,
        level: 3,
        scores: { 'open-data': 93, communication: null },
      });
    });

    it('never mutates its input and shares no object with it', () => {
      const input = deepFreeze(goodWith({ source: [{ name: { lv: 'A' } }], 'editions[0].summary': { levels: { '1': 1 } } }));
      const before = JSON.stringify(input);
      const out = documentOf(input);
      expect(JSON.stringify(input)).to.equal(before);
      const entityIn = ((input['editions'] as JsonObject[])[0]!['entities'] as JsonObject[])[0]!;
      const entityOut = out.editions[0]!.entities[0]!;
      expect(entityOut).not.to.equal(entityIn);
      expect(entityOut.scores).not.to.equal(entityIn['scores']);
      expect(out.title).not.to.equal(input['title']);
      expect(out.editions).not.to.equal(input['editions']);
      expect(out.editions[0]!.summary!.levels).not.to.equal(((input['editions'] as JsonObject[])[0]!['summary'] as JsonObject)['levels']);
    });

    it('keeps a "__proto__" key as data, never as a prototype', () => {
      const input = JSON.parse(
        '{"schema":"eindex/1","title":{"__proto__":"x"},"categories":[{"id":"__proto__","name":"P"}],' +
          '"editions":[{"year":2020,"entities":[{"id":"a","name":"A","group":"g","scores":{"__proto__":null}}]}],' +
          '"groups":[{"id":"g","kind":"institution","name":"G"}]}',
      ) as unknown;
      const out = documentOf(input);
      const scores = out.editions[0]!.entities[0]!.scores;
      // Scores inherit nothing, so an unscored id like `constructor` reads undefined.
      for (const member of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) expect(member in scores, member).to.equal(false);
      expect(Object.keys(scores)).to.deep.equal(['__proto__']);
      expect(Object.getPrototypeOf(out.title)).to.equal(Object.prototype);
      expect(Object.keys(out.title)).to.deep.equal(['__proto__']);
    });
  });

  describe('caps and bounds (issue #13)', () => {
    const problemsOf = (doc: JsonObject): string[] => {
      const result = validateDocument(doc);
      return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`);
    };

    it(`refuses more than ${LIMITS.categories} categories at once, reading none of 10 000`, () => {
      const doc = good();
      doc['categories'] = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, name: `C${i}` }));
      const started = performance.now();
      const result = validateDocument(doc);
      expect(performance.now() - started).to.be.below(50);
      expect(!result.ok && result.problems[0]).to.deep.include({ path: 'categories', code: 'too-many-items', params: { max: LIMITS.categories, count: 10_000 } });
    });

    it('refuses texts, ids and addresses over their caps, quoting the value cut short', () => {
      const doc = good();
      (doc['categories'] as JsonObject[])[0]!['name'] = 'W'.repeat(100_000);
      (doc['groups'] as JsonObject[])[0]!['id'] = 'g'.repeat(LIMITS.id + 1);
      ((doc['editions'] as JsonObject[])[0]!['entities'] as JsonObject[])[0]!['url'] = `https://x.example/${'u'.repeat(LIMITS.url)}`;
      const result = validateDocument(doc);
      const found = result.ok ? [] : result.problems.filter((p) => p.code === 'too-long').map((p) => p.path);
      expect(found).to.deep.equal(['categories[0].name', 'groups[0].id', 'editions[0].entities[0].url']);
      const message = describeProblem((result as { problems: readonly Problem[] }).problems[0]!, 'en');
      expect(message).to.match(/^categories\[0\]\.name: the text "W+…" is longer than 500 characters$/);
      expect(message.length).to.be.below(120);
      (doc['categories'] as JsonObject[])[0]!['name'] = 'W'.repeat(LIMITS.text);
      expect(problemsOf(doc).filter((p) => p.startsWith('categories'))).to.deep.equal([]);
    });

    it(`refuses more than ${LIMITS.entities} entities in an edition and more than ${LIMITS.editions} editions`, () => {
      const doc = good();
      const edition = (doc['editions'] as JsonObject[])[0]!;
      edition['entities'] = Array.from({ length: LIMITS.entities + 1 }, () => ({}));
      expect(problemsOf(doc)).to.deep.equal(['editions[0].entities too-many-items']);
      doc['editions'] = Array.from({ length: LIMITS.editions + 1 }, (_, i) => ({ year: 2000 + i, entities: [] }));
      expect(problemsOf(doc)).to.deep.equal(['editions too-many-items']);
    });

    it('refuses a year outside 1990–2100 (1e+21 was accepted)', () => {
      for (const year of [1e21, 1989, 2101, -2021]) {
        const doc = good();
        (doc['editions'] as JsonObject[])[0]!['year'] = year;
        expect(problemsOf(doc), String(year)).to.deep.equal(['editions[0].year out-of-range']);
      }
    });

    it('refuses a scale end beyond ±1e9 (±1e308 put NaN into the drawings), keeps ±1e9', () => {
      const doc = good();
      doc['scale'] = { min: -1e308, max: 1e308 };
      expect(problemsOf(doc)).to.deep.equal(['scale.min out-of-range', 'scale.max out-of-range']);
      doc['scale'] = { min: -LIMITS.scale, max: LIMITS.scale };
      expect(problemsOf(doc)).to.deep.equal([]);
    });

    it('reads -0 as 0', () => {
      const doc = good();
      doc['scale'] = { min: -10, max: 100 };
      const entity = ((doc['editions'] as JsonObject[])[0]!['entities'] as JsonObject[])[0]!;
      entity['total'] = -0;
      entity['scores'] = { 'open-data': -0 };
      const out = documentOf(doc).editions[0]!.entities[0]!;
      expect(Object.is(out.total, 0)).to.equal(true);
      expect(Object.is(out.scores['open-data'], 0)).to.equal(true);
    });

    it('reads ids named like Object.prototype members as not published where an entity has no score', () => {
      const ids = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
      const doc = good();
      doc['categories'] = ids.map((id) => ({ id, name: id }));
      for (const entity of (doc['editions'] as JsonObject[])[0]!['entities'] as JsonObject[]) entity['scores'] = {};
      const out = documentOf(doc);
      const entity = out.editions[0]!.entities[0]!;
      for (const id of ids) expect(metricValue(out, entity, { category: id }), id).to.equal(null);
    });
  });

  describe('speed', () => {
    it('validates 10 000 entities × 5 scores in under 100 ms', () => {
      const categories = ['communication', 'customer-service', 'open-data', 'internal-processes', 'services'];
      const entities = Array.from({ length: 10_000 }, (_, i) => ({
        id: `entity-${i}`,
        name: { lv: `Vienība ${i}`, en: `Entity ${i}` },
        group: i % 2 ? 'national' : 'ministries',
        total: (i * 7) % 101,
        groupScore: (i * 3) % 101,
        level: 1 + (i % 3),
        scores: Object.fromEntries(categories.map((id, k) => [id, (i + k * 13) % 101])),
        url: `https://example.org/${i}`,
      }));
      const doc = goodWith({
        categories: categories.map((id) => ({ id, name: id })),
        'editions[0].entities': entities,
      });
      // Best of three: the machine is shared, and one slow run says nothing about the code.
      let best = Infinity;
      let result: ValidationResult | undefined;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        result = validateDocument(doc);
        best = Math.min(best, performance.now() - start);
      }
      expect(result!.ok).to.equal(true);
      expect(result!.ok && result!.document.editions[0]!.entities.length).to.equal(10_000);
      expect(best).to.be.below(100);
    });
  });
});

describe('describeProblem', () => {
  it('words a score above the scale in English and Latvian, naming path and value', () => {
    const doc = goodWith({ 'editions[0].entities[2].scores.open-data': 130 });
    const [problem] = problemsOf(doc);
    expect(describeProblem(problem!, 'en')).to.equal('editions[0].entities[2].scores.open-data: 130 is above the scale maximum 100');
    expect(describeProblem(problem!, 'lv')).to.equal('editions[0].entities[2].scores.open-data: 130 ir virs skalas maksimuma 100');
  });

  it('words an unknown group with the declared ones', () => {
    const [problem] = problemsOf(goodWith({ 'editions[0].entities[1].group': 'regional' }));
    expect(describeProblem(problem!, 'en')).to.equal(
      'editions[0].entities[1].group: group "regional" is not declared in groups (declared: national, ministries)',
    );
    expect(describeProblem(problem!, 'lv')).to.equal(
      'editions[0].entities[1].group: grupa "regional" nav deklarēta sarakstā groups (ir: national, ministries)',
    );
  });

  it('words a duplicate id, a missing field, a wrong type and a bad date', () => {
    const [duplicate] = problemsOf(goodWith({ 'categories[1].id': 'communication' }));
    expect(describeProblem(duplicate!, 'en')).to.equal('categories[1].id: "communication" appears again in this list (first at categories[0].id)');
    expect(describeProblem(duplicate!, 'lv')).to.equal('categories[1].id: "communication" šajā sarakstā atkārtojas (pirmoreiz categories[0].id)');

    const [missing] = problemsOf(goodWith({ title: undefined }));
    expect(describeProblem(missing!, 'en')).to.equal('title: this required field is missing');
    expect(describeProblem(missing!, 'lv')).to.equal('title: trūkst obligātā lauka');

    const [wrong] = problemsOf(goodWith({ 'editions[0].entities[0].total': '64,8' }));
    expect(describeProblem(wrong!, 'en')).to.equal('editions[0].entities[0].total: "64,8" is not a number or null');
    expect(describeProblem(wrong!, 'lv')).to.equal('editions[0].entities[0].total: "64,8" nav skaitlis vai null');

    const [date] = problemsOf(goodWith({ 'editions[0].published': '2022-02-30' }));
    expect(describeProblem(date!, 'lv')).to.equal('editions[0].published: "2022-02-30" nav datums formā GGGG-MM-DD');
  });

  it('words a whole-document problem as a sentence without a path', () => {
    const [problem] = problemsOf([1, 2]);
    expect(describeProblem(problem!, 'en')).to.equal('The document must be a JSON object, but it is [1,2]');
    expect(describeProblem(problem!, 'lv')).to.equal('Dokumentam jābūt JSON objektam, bet tas ir [1,2]');
  });

  it('has a message in both languages for every code', () => {
    // Every code of ProblemCode, no more: `satisfies` makes `npm run typecheck` fail when a
    // code is added to (or removed from) the union and not here, so none goes untested.
    const everyCode = {
      'not-object': 1, 'not-json': 1, missing: 1, 'wrong-type': 1, schema: 1, empty: 1, 'empty-list': 1, 'duplicate-id': 1,
      'unknown-group': 1, 'unknown-category': 1, 'unknown-level': 1, 'not-finite': 1, 'below-min': 1, 'above-max': 1,
      'not-integer': 1, 'bad-count': 1, 'bad-kind': 1, 'bad-scale': 1, 'bad-date': 1, 'level-order': 1, 'too-many': 1,
      'too-long': 1, 'too-many-items': 1, 'out-of-range': 1,
    } as const satisfies Record<Problem['code'], 1>;
    const codes = Object.keys(everyCode) as Problem['code'][];
    for (const code of codes) {
      const en = describeProblem({ path: 'x', code, value: 1, params: { expected: 'number', min: 0, max: 1, limit: 100, first: 'y', previous: 2, known: 'a', count: 3 } }, 'en');
      const lv = describeProblem({ path: 'x', code, value: 1, params: { expected: 'number', min: 0, max: 1, limit: 100, first: 'y', previous: 2, known: 'a', count: 3 } }, 'lv');
      expect(en, code).to.match(/^x: \S/);
      expect(lv, code).to.match(/^x: \S/);
      expect(en, code).not.to.equal(lv);
      expect(`${en}${lv}`, code).not.to.contain('undefined');
    }
  });

  it('shows long strings cut short and quoted, and markup as plain text', () => {
    expect(showValue('a'.repeat(100))).to.equal(`"${'a'.repeat(39)}…"`);
    expect(showValue('<img src=x onerror=alert(1)>')).to.equal('"<img src=x onerror=alert(1)>"');
    expect(showValue({ a: 'b'.repeat(100) })).to.have.length(40);
    expect(showValue(NaN)).to.equal('NaN');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(showValue(cyclic)).to.equal('{…}');
  });
});
