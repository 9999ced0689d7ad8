/**
 * The spreadsheet import in the browser, where the configurator runs it: the same golden
 * documents and messages as the command's tests (test/cli/golden/), and the parts directly.
 */
import { expect } from '@open-wc/testing';
import { importSpreadsheet, type ImportProblem } from '../../src/import/import.js';
import { decodeSpreadsheetBytes, detectDelimiter, splitDelimited } from '../../src/import/delimited.js';
import { foldHeader, headerMatcher, slugify, E_INDEX_CATEGORIES } from '../../src/import/headers.js';
import { describeImportProblem } from '../../src/i18n/import-messages.js';
import { validateDocument } from '../../src/data/validate.js';
import { tinyDocument } from '../helpers/docs.js';

async function fixture(name: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(`/test/import/fixtures/${name}`)).arrayBuffer());
  return decodeSpreadsheetBytes(bytes).text;
}

async function golden(name: string): Promise<string> {
  return (await fetch(`/test/cli/golden/${name}`)).text();
}

function documentOf(result: ReturnType<typeof importSpreadsheet>): Record<string, unknown> {
  if (!result.ok) throw new Error(result.problems.map((p) => describeImportProblem(p, 'en')).join('\n'));
  return result.document;
}

describe('importSpreadsheet', () => {
  it('makes the golden document from the Latvian Excel export (BOM, ;, decimal comma, CRLF, empty cells)', async () => {
    const bytes = new Uint8Array(await (await fetch('/test/import/fixtures/lv-excel-fictional.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)], 'the fixture starts with a BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await fixture('lv-excel-fictional.csv');
    const result = importSpreadsheet(text, { year: 2021 });
    expect(result.ok && result.delimiter).to.equal(';');
    expect(`${JSON.stringify(documentOf(result), null, 2)}\n`).to.equal(await golden('lv-excel-fictional.json'));
  });

  it('makes the golden document from the English export (, and quoted fields)', async () => {
    const result = importSpreadsheet(await fixture('en-fictional.csv'), { year: 2022 });
    expect(`${JSON.stringify(documentOf(result), null, 2)}\n`).to.equal(await golden('en-fictional.json'));
  });

  it('reads cells pasted from a spreadsheet (tabs, no final line break) and a Windows-1257 file', () => {
    const pasted = 'Nosaukums\tGrupa\tKopvērtējums\tAtvērtie dati\nAlfa\tZiemeļu grupa\t64,8\t\nBēta\tDienvidu grupa\t\t93';
    const doc = documentOf(importSpreadsheet(pasted, { year: 2021 })) as { groups: { id: string }[]; editions: { entities: { total: number | null; scores: Record<string, number | null> }[] }[] };
    expect(doc.groups.map((g) => g.id)).to.deep.equal(['ziemelu-grupa', 'dienvidu-grupa']);
    expect(doc.editions[0]!.entities.map((e) => [e.total, e.scores['open-data']])).to.deep.equal([[64.8, null], [null, 93]]);
    // "Bēta" in Windows-1257: ē is 0xE7.
    const decoded = decodeSpreadsheetBytes(new Uint8Array([0x42, 0xe7, 0x74, 0x61]));
    expect(decoded).to.deep.equal({ text: 'Bēta', encoding: 'windows-1257' });
  });

  it('names each problem by line (header = 1, a quoted line break counted) and column', () => {
    const text = 'Name,Total,Open data\r\n"Two\r\nlines",x,50\r\nOk,60,101\r\n';
    const result = importSpreadsheet(text, { year: 2021 });
    expect(result.ok).to.equal(false);
    const messages = result.ok ? [] : result.problems.map((p) => describeImportProblem(p, 'en'));
    expect(messages).to.deep.equal([
      'Line 2, column "Total": "x" is not a number (an empty cell means "not published").',
      'Line 4, column "Open data": "101" is outside the scale 0–100.',
    ]);
  });

  it('gives the same messages as the golden files of every error kind', async () => {
    const cases = ['bad-id', 'bad-level', 'bad-url', 'duplicate-column', 'duplicate-id', 'empty-file', 'extra-cells', 'missing-name',
      'no-name-column', 'not-a-number', 'out-of-scale', 'text-after-quote', 'unclosed-quote'];
    for (const name of cases) {
      const result = importSpreadsheet(await fixture(`errors/${name}.csv`), { year: 2021 });
      expect(result.ok, name).to.equal(false);
      const problems: readonly ImportProblem[] = result.ok ? [] : result.problems;
      const [lv, en] = (await golden(`errors/${name}.txt`)).split('---\n');
      const lines = (text: string): string[] => text.trim().split('\n').filter((line) => !line.startsWith('exit ')).map((line) => line.replace(/^[^:]+\.csv: /, ''));
      expect(problems.map((p) => describeImportProblem(p, 'lv')), name).to.deep.equal(lines(lv!));
      expect(problems.map((p) => describeImportProblem(p, 'en')), name).to.deep.equal(lines(en!));
    }
  });

  it('treats an empty cell, a dash and "nav publicēts" as not published, never 0', () => {
    const text = 'Nosaukums;Kopvērtējums;Vērtējums grupā;Atvērto datu pieejamība\nA;;–;nav publicēts\n';
    const doc = documentOf(importSpreadsheet(text, { year: 2021 })) as { editions: { entities: Record<string, unknown>[] }[] };
    const entity = doc.editions[0]!.entities[0]!;
    expect([entity['total'], entity['groupScore'], (entity['scores'] as Record<string, unknown>)['open-data']]).to.deep.equal([null, null, null]);
  });

  it('makes ids unique and stable from names, and keeps a template\'s ids and groups', () => {
    const text = 'Nosaukums;Grupa;Kopvērtējums\nAlfa novads;Ziemeļi;50\nAlfa  Novads!;North;40\nJauns;South;30\n';
    const template = tinyDocument();
    const doc = documentOf(importSpreadsheet(text, { year: 2030, template })) as { editions: { year: number; entities: { id: string; group: string }[] }[] };
    expect(doc.editions.map((e) => e.year)).to.deep.equal([2020, 2021, 2030]);
    expect(doc.editions[2]!.entities.map((e) => [e.id, e.group])).to.deep.equal([['alpha', 'north'], ['alpha-2', 'north'], ['jauns', 'south']]);
    expect(validateDocument(doc).ok).to.equal(true);
  });

  it('asks for a year when none is given or found in the file name', () => {
    const result = importSpreadsheet('Name\nA\n');
    expect(result.ok ? '' : result.problems[0]!.code).to.equal('no-year');
    expect(importSpreadsheet('Name\nA\n', { fileName: 'e-indekss-2021.csv' }).ok).to.equal(true);
  });
});

describe('delimited text and headers', () => {
  it('detects ; , or tab from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('Nosaukums;Grupa;"a,b,c"')).to.equal(';');
    expect(detectDelimiter('Name,Group,"a;b;c"')).to.equal(',');
    expect(detectDelimiter('Name\tGroup;x')).to.equal('\t');
    expect(detectDelimiter('Name')).to.equal(',');
  });

  it('honours Excel\'s sep= line and counts it as line 1', () => {
    const split = splitDelimited('sep=,\r\nName;x,Total\r\nA;b,1\r\n');
    expect(split.ok && split.delimiter).to.equal(',');
    expect(split.ok && split.records.map((r) => [r.line, ...r.cells])).to.deep.equal([[2, 'Name;x', 'Total'], [3, 'A;b', '1']]);
  });

  it('folds Latvian letters in ids and headers', () => {
    expect(slugify('Ziemeļu grupa')).to.equal('ziemelu-grupa');
    expect(slugify('Ķekavas novads — Ģ, Ņ, Š, Ž, Č, Ū')).to.equal('kekavas-novads-g-n-s-z-c-u');
    expect(foldHeader('KOPVĒRTĒJUMS (punkti)')).to.equal('kopvertejums');
    const match = headerMatcher(E_INDEX_CATEGORIES);
    expect(match('Iestādes iekšējie procesi un starpiestāžu sadarbība')).to.deep.equal({ kind: 'category', id: 'internal-processes' });
    expect(match('Open data, %')).to.deep.equal({ kind: 'category', id: 'open-data' });
    expect(match('Kopā')).to.deep.equal({ kind: 'total' });
    expect(match('Grupas vērtējums')).to.deep.equal({ kind: 'group-score' });
    expect(match('Piezīmes')).to.equal(undefined);
  });
});
