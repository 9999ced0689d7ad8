import { expect } from '@open-wc/testing';
import { DataError, buildDocuments, buildEditions, type Fact } from '../../scripts/data-documents.mjs';
import * as provenance from '../../sources/provenance.mjs';

const json = async (path: string): Promise<unknown> => (await fetch(path)).json();

describe('npm run data (scripts/data-documents.mjs)', () => {
  it('builds exactly the committed data files from sources/', async () => {
    const facts = (await json('/sources/facts.json')) as Fact[];
    const built = buildDocuments(facts, provenance);
    expect(built.map((b) => b.file)).to.deep.equal(['municipalities-2021.json', 'institutions.json']);
    for (const { file, doc } of built) expect(doc, file).to.deep.equal(await json(`/data/${file}`));
  });

  describe('facts stated by two sources', () => {
    const fact = (value: number, sourceUrl: string): Fact => ({
      year: 2021, entity: 'Ventspils valstspilsētas pašvaldība', entityKind: 'municipality', metric: 'total', value, sourceUrl,
    });
    const build = (facts: Fact[], conflicts: Record<string, unknown> = {}) =>
      buildEditions(facts, {
        accept: () => true,
        table: provenance.MUNICIPALITIES,
        aggregates: provenance.MUNICIPALITY_AGGREGATES,
        categories: provenance.CATEGORIES,
        conflicts,
      });

    it('keeps a value the sources agree on, citing both', () => {
      const [ventspils] = build([fact(64.8, 'https://a.example'), fact(64.8, 'https://b.example')]).editions[0]!.entities;
      expect(ventspils).to.deep.include({ id: 'ventspils', total: 64.8, sources: ['https://a.example', 'https://b.example'] });
    });

    it('stops on a disagreement, naming the fact, unless CONFLICTS says which value to keep', () => {
      const facts = [fact(64.8, 'https://a.example'), fact(64.4, 'https://b.example')];
      expect(() => build(facts)).to.throw(DataError, 'conflicting values for 2021|ventspils|total: 64.8 vs 64.4');
      const [ventspils] = build(facts, { '2021|ventspils|total': 64.8 }).editions[0]!.entities;
      expect(ventspils!['total']).to.equal(64.8);
    });

    it('has no conflict to resolve in the published facts', () => {
      expect(provenance.CONFLICTS).to.deep.equal({});
    });
  });
});
