/**
 * Fuzzing (issue #6): fast-check feeds random values and mutated valid documents to the
 * validator, the inline-JSON parser and each element. Nothing may throw: the validator answers
 * ok or lists problems; an element shows its drawing, its empty state or a role="alert" error,
 * and fires eindex-error for what the validator refuses.
 *
 * The seed comes from the test server: fixed in CI (reproducible), `FUZZ_SEED=<n>` to replay,
 * `FUZZ_SEED=random` to explore. A failure prints fast-check's seed and path to replay it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LIMITS, validateDocument } from '../../src/data/validate.js';
import { parseInlineDocument } from '../../src/data/load.js';
import { ELEMENTS, create, outcome, stateOf } from './pages/elements.js';
import { tinyDocument } from '../helpers/docs.js';
import { generateFictional } from '../../scripts/fictional.mjs';
import { renderStatic, STATIC_ELEMENTS } from '../../src/static/render.js';

const RUNS = 2000;
const { seed } = (await (await fetch('/__test__/fuzz-seed')).json()) as { seed: number };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Valid documents to mutate: small, so thousands render in seconds, and with an entity `alpha`. */
function bases(): Json[] {
  const fictional = generateFictional({ seed: 5, entities: 12, editions: 3 }) as unknown as { editions: { entities: { id: string }[] }[] };
  for (const edition of fictional.editions) if (edition.entities[0]) edition.entities[0].id = 'alpha';
  return [tinyDocument() as Json, JSON.parse(JSON.stringify(fictional)) as Json];
}
const BASES = bases();

/** Every path (list of keys and indices) inside a JSON value, the value itself included. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key]!, [...prefix, key], out);
  return out;
}

/** Values that trip validators: wrong types, edge numbers, odd strings, odd keys. */
const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    NaN, Infinity, -Infinity, -0, 1e308, -1, 101, 100.0000001, 2 ** 53, 0.1 + 0.2, '', ' ', '0', 'NaN', 'null',
    '__proto__', 'constructor', 'toString', '<b>x</b>', '\u0000', '\ud800', 'a'.repeat(5000), [], {}, [[]], { lv: '' }, { xx: 1 },
    { __proto__: { polluted: true } }, Object.create(null), true, false, null, undefined,
    '2021-02-30', '2021-13-01', 'eindex/2', 'municipality', 'institution', 'open-data',
    // Shapes of issue #13: prototype member names, bidi controls, formula text, numbers at and
    // past the bounds, texts and lists just over their caps.
    'valueOf', 'hasOwnProperty', 'Cēsis\u202E', '\u2069\u202E', '\u05E9\u05DC\u05D5\u05DD, 12', '=HYPERLINK("https://evil.example","x")',
    '\u00A0=1+1', '\uFF1D1+1', -1e308, 1e21, 3_000_000_000, 2 ** 31, 1989, 2101, 1e9, -1e9,
    'a'.repeat(LIMITS.text + 1), 'i'.repeat(LIMITS.id + 1),
    Array.from({ length: LIMITS.categories + 1 }, (_, i) => ({ id: `c${i}`, name: `C${i}` })),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

type Mutation =
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'duplicate'; readonly at: number }
  | { readonly op: 'empty'; readonly at: number }
  | { readonly op: 'rename'; readonly at: number; readonly key: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: nasty }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('empty' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty', 'id', 'scores')) }),
);

/** Applies mutations to a copy of a base document; `at` picks a path modulo the paths there are. */
function mutate(base: Json, mutations: readonly Mutation[]): unknown {
  let doc = structuredClone(base) as unknown;
  for (const m of mutations) {
    const paths = pathsOf(doc as Json);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.op === 'set') doc = m.value;
      else if (m.op === 'empty') doc = {};
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc) as
      | Record<string, unknown>
      | unknown[];
    const key = path[path.length - 1]!;
    const current = (parent as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'set':
        if (key === '__proto__') Object.defineProperty(parent, key, { value: m.value, enumerable: true, configurable: true, writable: true });
        else (parent as Record<string | number, unknown>)[key] = m.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
        break;
      case 'empty':
        (parent as Record<string | number, unknown>)[key] = Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : '';
        break;
      case 'rename':
        if (!Array.isArray(parent)) {
          delete (parent as Record<string, unknown>)[key];
          Object.defineProperty(parent, m.key, { value: current, enumerable: true, configurable: true, writable: true });
        }
        break;
    }
  }
  return doc;
}

/** Random values, and valid documents with one to six mutations. */
const documents: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([i, mutations]) => mutate(BASES[i]!, mutations)),
  },
);

/** `.data = undefined` means "no document" (the idle state), not a document: elements get every other value. */
const elementDocuments = documents.filter((doc) => doc !== undefined);

/** JSON text cut short or with one character changed, as a file on a server or in a page might be. */
const texts: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.nat(), fc.oneof(fc.constant(''), fc.constantFrom('}', ']', '"', ',', '\\', 'x', '\u2028')), fc.boolean())
  .map(([i, at, char, cut]) => {
    const text = JSON.stringify(BASES[i]);
    const position = at % (text.length + 1);
    return cut ? text.slice(0, position) : text.slice(0, position) + char + text.slice(position + 1);
  });

/** Errors the page heard while a property ran (exceptions in event handlers, rejected promises nobody handled). */
function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

describe(`fuzzing with seed ${seed} (replay: FUZZ_SEED=${seed})`, function () {
  this.timeout(180_000);
  afterEach(() => document.body.replaceChildren());

  it(`the validator answers ${RUNS} random and mutated documents without throwing or touching them`, () => {
    let refused = 0;
    fc.assert(
      fc.property(documents, (doc) => {
        const before = snapshot(doc);
        const result = validateDocument(doc);
        expect(snapshot(doc), 'the input was changed').to.equal(before);
        if (result.ok) {
          expect(result.document.editions.length).to.be.greaterThan(0);
          expect(result.document.categories.length).to.be.greaterThan(0);
        } else {
          refused++;
          expect(result.problems.length).to.be.greaterThan(0);
          for (const problem of result.problems) expect(problem.path).to.be.a('string');
        }
      }),
      { seed, numRuns: RUNS, includeErrorInReport: true },
    );
    // The mix must hold both kinds, or half of the property was never tried.
    expect(refused).to.be.within(RUNS * 0.2, RUNS * 0.98);
  });

  it(`the inline-JSON reader answers ${RUNS} cut or garbled texts without throwing`, () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseInlineDocument(text);
        if (!result.ok) expect(result.problems.length).to.be.greaterThan(0);
      }),
      { seed, numRuns: RUNS, includeErrorInReport: true },
    );
  });

  it(`the static renderer (eindex-widgets render) answers ${RUNS} mutated documents in all five views with HTML or a clear message, never throws`, () => {
    const attributes = {
      ranking: { columns: 'rank name group total level change categories', highlight: 'alpha' },
      radar: { entity: 'alpha', compare: 'average' },
      gauge: { entity: 'alpha' },
      trend: { entity: 'alpha', compare: 'average group-average' },
      levels: { editions: 'all', entity: 'alpha' },
    } as const;
    const seen = { html: 0, refused: 0 };
    fc.assert(
      fc.property(documents, fc.constantFrom('lv', 'en'), fc.constantFrom<'total' | 'rank' | 'open-data'>('total', 'rank', 'open-data'), (doc, lang, measure) => {
        // The command renders only what the validator accepts, as the elements do.
        const checked = validateDocument(doc);
        if (!checked.ok) return;
        for (const element of STATIC_ELEMENTS) {
          const result = renderStatic(element, checked.document, { lang, ...attributes[element], ...(element === 'trend' ? { measure } : {}) });
          if (result.ok) {
            seen.html++;
            expect(result.html, element).not.to.match(/<script|<[^>]*\s(?:on[a-z]+|style)=|NaN|undefined/i);
          } else {
            seen.refused++;
            expect(result.message.trim().length, `${element}: the message names the problem`).to.be.greaterThan(5);
          }
        }
      }),
      { seed, numRuns: RUNS, includeErrorInReport: true },
    );
    expect(seen.html, 'renderings written').to.be.greaterThan(RUNS * 0.1);
  });

  for (const { tag } of ELEMENTS) {
    it(`<${tag}> draws a ${LIMITS.text}-letter word (the longest text allowed) in every text field within a second (fuzzing found minutes for 5 000)`, async () => {
      const word = 'a'.repeat(LIMITS.text);
      const doc = tinyDocument() as { categories: { name: unknown }[]; editions: { entities: { name: unknown }[] }[]; title: unknown };
      doc.title = word;
      for (const category of doc.categories) category.name = word;
      for (const edition of doc.editions) for (const entity of edition.entities) entity.name = word;
      const el = create(tag, tag === 'eindex-ranking' ? { columns: 'rank name categories' } : { entity: 'alpha', compare: 'average best' });
      el.data = doc;
      const started = performance.now();
      const done = outcome(el);
      document.body.append(el);
      expect((await done).type).to.equal('eindex-load');
      await el.updateComplete;
      expect(performance.now() - started).to.be.below(1000);
      expect(stateOf(el)).to.equal('ready');
    });

    it(`<${tag}> renders or shows its error state for ${RUNS} random and mutated documents, never throws`, async () => {
      const el = create(tag, tag === 'eindex-ranking' ? { columns: 'rank name group total level change categories' } : { entity: 'alpha', compare: 'average best previous' });
      const neighbour = create(tag, tag === 'eindex-ranking' ? {} : { entity: 'alpha' });
      neighbour.data = tinyDocument();
      let errorsFired = 0;
      el.addEventListener('eindex-error', () => errorsFired++);
      document.body.append(el, neighbour);
      await Promise.all([el.updateComplete, neighbour.updateComplete]);
      const uncaught = watchUncaught();
      const seen = { ready: 0, error: 0, empty: 0 };
      try {
        await fc.assert(
          fc.asyncProperty(elementDocuments, fc.constantFrom('lv', 'en'), fc.option(fc.constantFrom(2019, 2020, 2021, 2022)), async (doc, lang, edition) => {
            const fired = errorsFired;
            // The same value again (two equal primitives in a row) is no change: no new outcome to announce.
            const changed = !Object.is(doc, el.data);
            el.setAttribute('lang', lang);
            if (edition === null) el.removeAttribute('edition');
            else el.setAttribute('edition', String(edition));
            el.data = doc;
            await el.updateComplete;
            const state = stateOf(el);
            expect(['ready', 'empty', 'error'], `state of ${snapshot(doc).slice(0, 300)}`).to.include(state);
            seen[state as keyof typeof seen]++;
            if (!validateDocument(doc).ok) {
              expect(state, 'an invalid document shows the error state').to.equal('error');
              if (changed) expect(errorsFired, 'eindex-error fired').to.be.greaterThan(fired);
            }
            if (state === 'error') {
              const alert = el.shadowRoot!.querySelector('[role="alert"] .message')!;
              expect(alert.textContent!.trim().length, 'the alert names the problem').to.be.greaterThan(5);
            }
            expect(uncaught.errors).to.deep.equal([]);
          }),
          { seed, numRuns: RUNS, includeErrorInReport: true },
        );
      } finally {
        uncaught.stop();
      }
      expect(seen.ready, 'documents that rendered').to.be.greaterThan(RUNS * 0.02);
      expect(seen.error, 'documents that were refused').to.be.greaterThan(RUNS * 0.2);
      await neighbour.updateComplete;
      expect(stateOf(neighbour), 'the valid neighbour still renders').to.equal('ready');
    });
  }
});
