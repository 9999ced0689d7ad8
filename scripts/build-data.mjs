#!/usr/bin/env node
// `npm run data`: builds the REAL E-index documents (format "eindex/1", docs/design.md §2) from
// the published facts kept in the project:
//
//   sources/facts.json             every published figure found, each with its source and quote
//   sources/provenance.mjs         how those facts map to entities, groups, categories, sources
//   scripts/data-documents.mjs     the rules that apply them (never invent, never fill a gap)
//
// and writes data/municipalities-2021.json (2021 municipalities) and data/institutions.json
// (state institutions, 2017–2022). The same sources give the same bytes: `git diff data/`
// after a run shows what a change of the facts or the tables did.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as provenance from '../sources/provenance.mjs';
import { DataError, buildDocuments } from './data-documents.mjs';

const FACTS_URL = new URL('../sources/facts.json', import.meta.url);
const OUT_DIR = new URL('../data/', import.meta.url);

try {
  const facts = JSON.parse(readFileSync(FACTS_URL, 'utf8'));
  if (!Array.isArray(facts)) throw new DataError(`${fileURLToPath(FACTS_URL)}: expected an array of facts`);
  for (const { file, doc, unused } of buildDocuments(facts, provenance)) {
    const url = new URL(file, OUT_DIR);
    writeFileSync(url, JSON.stringify(doc, null, 2) + '\n');
    console.log(`${fileURLToPath(url)}: ${doc.editions.map((e) => `${e.year}: ${e.entities.length}`).join(', ')}`);
    if (unused.length) {
      console.log(`  facts in scope not representable (${unused.length}):`);
      for (const f of unused) console.log(`   - ${f.year} ${f.entity}: ${f.metric} = ${f.value}`);
    }
  }
} catch (error) {
  if (!(error instanceof DataError || error instanceof SyntaxError)) throw error;
  console.error(`build-data: ${error.message}`);
  process.exit(1);
}
