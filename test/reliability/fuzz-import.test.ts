/**
 * Fuzzing the spreadsheet import (issue #16), as fuzz.test.ts fuzzes the validator: random
 * text, valid exports with characters changed, and broken templates. The import never
 * throws; it answers a document the validator accepts, or problems that each read as a
 * short, non-empty message in both languages.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importSpreadsheet } from '../../src/import/import.js';
import { describeImportProblem } from '../../src/i18n/import-messages.js';
import { validateDocument } from '../../src/data/validate.js';
import { tinyDocument } from '../helpers/docs.js';

const RUNS = 1500;
const { seed } = (await (await fetch('/__test__/fuzz-seed')).json()) as { seed: number };

const EXPORT = '\ufeffNosaukums;Grupa;Kopvērtējums;Līmenis;Atvērto datu pieejamība;Tīmekļa vietne\r\n' +
  'Alfa (izdomāts);Ziemeļu grupa;64,8;3;93;https://alfa.example\r\n' +
  '"Bēta; ""B"" (izdomāta)";Dienvidu grupa;;2;;\r\n';

/** Characters that matter to a CSV reader, and some that break naive ones. */
const SPECIAL = ['', ';', ',', '\t', '"', '""', '\r', '\n', '\r\n', '\ufeff', '\u0000', '\ud800', ' ', '–', '1e400', 'NaN', '-0', '__proto__', '<b>', 'sep=;'];

const texts: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.tuple(fc.nat(), fc.constantFrom(...SPECIAL), fc.boolean()).map(([at, insert, cut]) => {
    const position = at % (EXPORT.length + 1);
    return cut ? EXPORT.slice(0, position) : EXPORT.slice(0, position) + insert + EXPORT.slice(position + 1);
  }),
);

/** Templates: none, the valid one, or it with one field replaced by an odd value. */
const templates: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(tinyDocument()),
  fc.tuple(fc.constantFrom('title', 'categories', 'groups', 'levels', 'editions', 'scale', 'schema'), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => ({ ...tinyDocument(), [key]: value })),
  fc.anything({ maxDepth: 2 }),
);

describe('import fuzzing', () => {
  it(`never throws and always answers a valid document or clear problems (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(texts, templates, fc.constantFrom(2021, 2030, undefined), (text, template, year) => {
        const result = importSpreadsheet(text, { year, template });
        if (result.ok) {
          expect(validateDocument(result.document).ok).to.equal(true);
          return;
        }
        expect(result.problems.length).to.be.greaterThan(0);
        for (const problem of result.problems) {
          for (const lang of ['lv', 'en'] as const) {
            const message = describeImportProblem(problem, lang);
            expect(message).to.be.a('string');
            expect(message.trim().length).to.be.greaterThan(10);
            expect(message.length).to.be.lessThan(400);
            expect(message).not.to.contain('undefined');
          }
        }
      }),
      { numRuns: RUNS, seed },
    );
  });
});
