import { expect } from '@open-wc/testing';
import { validateDocument } from '../src/data/validate.js';
import type { EIndexDocument } from '../src/data/types.js';
import { checkEdition, checkLang, type AttributeProblem } from '../src/internal/notice.js';
import { editDistance, nearestEntity, suggest, suggestionFor } from '../src/internal/suggest.js';
import { describeAttributeProblem } from '../src/i18n/attribute-messages.js';
import { checkRadarOptions } from '../src/radar/radar-series.js';
import { tinyDocument } from './helpers/docs.js';

/** A problem as its message reads it: the suggestion searched for (on demand, in the wording) in place of where to search. */
function resolved(problem: AttributeProblem | undefined): Omit<AttributeProblem, 'near'> | undefined {
  if (!problem) return undefined;
  return Object.fromEntries(
    Object.entries({ ...problem, suggestion: suggestionFor(problem) }).filter(([key]) => key !== 'near'),
  ) as Omit<AttributeProblem, 'near'>;
}

function doc(): EIndexDocument {
  const result = validateDocument(tinyDocument());
  if (!result.ok) throw new Error('fixture invalid');
  return result.document;
}

describe('misconfiguration: did you mean', () => {
  it('counts edits, and to the nearest start of a name with toPrefix', () => {
    expect(editDistance('gamm', 'gamma')).to.equal(1);
    expect(editDistance('totl', 'total')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('cesu-novads', 'cesu-novada-pasvaldiba')).to.equal(11);
    expect(editDistance('cesu-novads', 'cesu-novada-pasvaldiba', true)).to.equal(1);
  });

  it('suggests the nearest candidate within one edit per three characters, earlier ones winning ties', () => {
    expect(suggest('gamm', ['alpha', 'beta', 'gamma'])).to.equal('gamma');
    expect(suggest('totl', ['total', 'group-score', 'name', 'level'])).to.equal('total');
    expect(suggest('GAMMA', ['alpha', 'gamma'])).to.equal('gamma');
    expect(suggest('bogus', ['rank', 'name', 'group', 'total'])).to.equal(undefined);
    // Two letters must match exactly (after folding): "de" is no typo of "lv" or "en".
    expect(suggest('de', ['lv', 'en'])).to.equal(undefined);
    expect(suggest('lvv', ['lv', 'en'])).to.equal('lv');
    expect(suggest('betb', ['beta', 'bets'])).to.equal('beta');
  });

  it('matches the start of a name, folding Latvian letters and separators', () => {
    const names: Record<string, string[]> = { cesis: ['Cēsu novada pašvaldība', 'Cēsis'], riga: ['Rīgas valstspilsētas pašvaldība', 'Riga'] };
    expect(suggest('cesu-novads', ['riga', 'cesis'], (id: string) => names[id]!)).to.equal('cesis');
    expect(suggest('Rīgas', ['riga', 'cesis'], (id: string) => names[id]!)).to.equal('riga');
    expect(suggest('cesu-novads', ['riga', 'cesis'])).to.equal(undefined);
  });

  it('does not compare a value far longer than any id', () => {
    expect(suggest('gamma'.repeat(2000), ['gamma'], () => ['gamma'.repeat(2000)])).to.equal(undefined);
  });

  it('suggests entities of an edition by id and name', () => {
    const edition = doc().editions[1]!;
    expect(nearestEntity(edition, 'gamm')).to.equal('gamma');
    expect(nearestEntity(edition, 'Bēta pilsēta')).to.equal('beta');
    expect(nearestEntity(edition, 'omega')).to.equal(undefined);
  });
});

describe('misconfiguration: messages', () => {
  it('names the attribute and value, says what is drawn instead and suggests, in Latvian and English', () => {
    const problem = { attribute: 'highlight', value: 'gamm', reason: 'id', year: 2021, suggestion: 'gamma', outcome: 'left-out' } as const;
    expect(describeAttributeProblem(problem, 'en')).to.equal('highlight="gamm": no such id in the 2021 edition; it is left out. Did you mean "gamma"?');
    expect(describeAttributeProblem(problem, 'lv')).to.equal(
      'highlight="gamm": 2021. gada izdevumā tāda identifikatora nav; vērtība netiek ņemta vērā. Vai domājāt „gamma”?',
    );
    // Where the check left the search to the message (the wording loads on demand with it).
    const near = { attribute: 'sort', value: 'totl', reason: 'sort', near: { values: ['name', 'total'] }, allowed: ['name', 'total'], outcome: { used: 'total' } } as const;
    expect(describeAttributeProblem(near, 'en')).to.equal('sort="totl": not something to sort by; "total" is used instead. Did you mean "total"?');
    const limit = { attribute: 'limit', value: 'ten', reason: 'count', outcome: 'all-rows' } as const;
    expect(describeAttributeProblem(limit, 'en')).to.equal('limit="ten": not a whole number above 0; all rows are shown.');
    expect(describeAttributeProblem(limit, 'lv')).to.equal('limit="ten": nav vesels skaitlis, lielāks par 0; rādīti visi ieraksti.');
  });

  it('lists valid values when none is near, cut after ten, and has no outcome in the error state', () => {
    const allowed = Array.from({ length: 12 }, (_, i) => `c${i}`);
    expect(describeAttributeProblem({ attribute: 'columns', value: 'bogus', reason: 'column', allowed }, 'en')).to.equal(
      'columns="bogus": not a column. Valid values: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, ….',
    );
    expect(describeAttributeProblem({ attribute: 'columns', value: 'bogus', reason: 'column', allowed: ['rank'] }, 'lv')).to.equal(
      'columns="bogus": tādas kolonnas nav. Derīgās vērtības: rank.',
    );
  });

  it('shortens a long or hostile value and shows control characters escaped', () => {
    const message = describeAttributeProblem({ attribute: 'sort', value: `${'x'.repeat(10_000)}`, reason: 'sort', outcome: { used: 'total' } }, 'en');
    expect(message.length).to.be.below(120);
    expect(message).to.contain('xxx…"');
    const newline = describeAttributeProblem({ attribute: 'group', value: 'a\nb<img>', reason: 'group', outcome: 'left-out' }, 'en');
    expect(newline).to.equal('group="a\\nb<img>": no such group in this data; it is left out.');
  });
});

describe('misconfiguration: lang and edition', () => {
  it('reads lang="de" as the language used, suggesting from codes and names', () => {
    expect(resolved(checkLang('de', 'lv'))).to.deep.equal({
      attribute: 'lang', value: 'de', reason: 'lang', suggestion: undefined, allowed: ['lv', 'en'], outcome: { used: 'lv' },
    });
    expect(resolved(checkLang('latviesu', 'lv'))).to.include({ suggestion: 'lv' });
    expect(resolved(checkLang('English', 'en'))).to.include({ suggestion: 'en' });
    expect(checkLang('en-GB', 'en')).to.equal(undefined);
    expect(checkLang('LV', 'lv')).to.equal(undefined);
    expect(checkLang(null, 'lv')).to.equal(undefined);
    expect(checkLang('', 'lv')).to.equal(undefined);
  });

  it('draws the latest edition for a year not in the data, suggesting the nearest year', () => {
    const d = doc();
    expect(checkEdition(d, 2020, '2020')).to.deep.equal({ edition: d.editions[0] });
    expect(checkEdition(d, undefined, null)).to.deep.equal({ edition: d.editions[1] });
    expect(checkEdition(d, 0, '')).to.deep.equal({ edition: d.editions[1] });
    const missing = checkEdition(d, 2019, '2019');
    expect(missing.edition).to.equal(d.editions[1]);
    expect(missing.problem).to.deep.equal({
      attribute: 'edition', value: '2019', reason: 'edition', suggestion: '2020', allowed: ['2020', '2021'], outcome: { used: '2021' },
    });
    expect(resolved(checkEdition(d, Number.NaN, 'twenty').problem)).to.include({ value: 'twenty', suggestion: undefined });
  });
});

describe('misconfiguration: radar attributes', () => {
  it('refuses an unknown entity and leaves out unknown compare tokens, suggesting keywords and ids', () => {
    const edition = doc().editions[1]!;
    expect(resolved(checkRadarOptions(edition, 'alpa', []).error)).to.include({ attribute: 'entity', value: 'alpa', suggestion: 'alpha' });
    const { error, notices } = checkRadarOptions(edition, 'alpha', ['averge', 'gamm', 'beta', 'average', 'worst']);
    expect(error).to.equal(undefined);
    expect(notices.map((n) => [n.value, suggestionFor(n), n.outcome])).to.deep.equal([
      ['averge', 'average', 'left-out'], ['gamm', 'gamma', 'left-out'], ['worst', undefined, 'left-out'],
    ]);
  });
});
