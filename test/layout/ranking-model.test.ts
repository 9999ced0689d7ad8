import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/data/validate.js';
import type { EIndexDocument } from '../../src/data/types.js';
import { averageOf, editionFor, onlyItsOwn, placesBy, placesIn, rankChange } from '../../src/data/query.js';
import { prepareRanking, rankingChannels, rankingModel, searchKey, type RankingFormat, type RankingOptions } from '../../src/layout/ranking.js';
import { rankingMessagesFor } from '../../src/i18n/ranking-messages.js';
import { formatNumber, nameOrder } from '../../src/i18n/format.js';
import { localText } from '../../src/i18n/lang.js';
import { tinyDocument } from '../helpers/docs.js';
import { formatCsv } from '../../src/internal/csv.js';
import { suggestionFor } from '../../src/internal/suggest.js';
import { rankingSettings, type RankingAttributes } from '../../src/ranking/ranking-settings.js';

function doc(): EIndexDocument {
  const result = validateDocument(tinyDocument());
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.document;
}

const base: RankingOptions = { names: nameOrder('en'), groups: [], sort: 'total', columns: [], highlight: [] };

describe('ranking model', () => {
  it('ranks ties as 1, 2, 2, 4', () => {
    const places = placesBy([10, 8, 8, 5, null], (v) => String(v), (v) => v);
    expect([...places.entries()]).to.deep.equal([['10', 1], ['8', 2], ['5', 4]]);
  });

  it('orders by total, best first, ties by name, unpublished last without a place', () => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, base);
    expect(model.rows.map((r) => [r.entity.id, r.place])).to.deep.equal([
      ['alpha', 1], ['beta', 2], ['gamma', 2], ['delta', 4], ['zeta', 5], ['epsilon', null],
    ]);
  });

  it('keeps unpublished values last when sorted ascending', () => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, direction: 'ascending' });
    expect(model.rows.map((r) => r.entity.id)).to.deep.equal(['zeta', 'delta', 'beta', 'gamma', 'alpha', 'epsilon']);
    expect(model.rows[0]!.place).to.equal(5);
  });

  it('gives places within the chosen groups', () => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, groups: ['south'] });
    expect(model.rows.map((r) => [r.entity.id, r.place])).to.deep.equal([['beta', 1], ['delta', 2], ['zeta', 3]]);
    expect(model.scope).to.equal('groups');
  });

  it('limits to the top N and keeps highlighted rows beyond the limit', () => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, limit: 2, highlight: ['zeta'] });
    expect(model.rows.map((r) => [r.entity.id, r.beyondLimit, r.highlighted])).to.deep.equal([
      ['alpha', false, false], ['beta', false, false], ['zeta', true, true],
    ]);
    expect(model.limited).to.equal(true);
    expect(model.toggle).to.deep.equal({ kind: 'all', count: 6 });
    const all = rankingModel(d, editionFor(d)!, { ...base, limit: 2, showAll: true });
    expect(all.rows).to.have.length(6);
  });

  it('computes rank change against the previous edition: places before minus places now', () => {
    const d = doc();
    const edition = editionFor(d)!;
    const change = (id: string) => rankChange(d, edition, [], 'total', id);
    expect(change('alpha')).to.deep.equal({ kind: 'moved', by: 1 }); // 2 → 1
    expect(change('beta')).to.deep.equal({ kind: 'moved', by: -1 }); // 1 → 2
    expect(change('gamma')).to.deep.equal({ kind: 'moved', by: 1 }); // 3 → 2
    expect(change('delta')).to.deep.equal({ kind: 'new' });
    expect(change('epsilon')).to.deep.equal({ kind: 'new' });
    expect(rankChange(d, d.editions[0]!, [], 'total', 'alpha')).to.equal(undefined);
  });

  it('works out places once per edition, groups and metric', () => {
    const d = doc();
    const edition = editionFor(d)!;
    expect(placesIn(d, edition, ['south', 'north'], 'total')).to.equal(placesIn(d, edition, ['north', 'south'], 'total'));
    expect(placesIn(d, edition, [], 'total')).not.to.equal(placesIn(d, edition, ['south'], 'total'));
  });

  it('sorts by name descending as the exact reverse of ascending, in any group', () => {
    const d = doc();
    for (const groups of [[], ['south']]) {
      const up = rankingModel(d, editionFor(d)!, { ...base, names: nameOrder('lv'), groups, sort: 'name', direction: 'ascending' });
      const down = rankingModel(d, editionFor(d)!, { ...base, names: nameOrder('lv'), groups, sort: 'name', direction: 'descending' });
      expect(down.rows.map((r) => r.entity.id)).to.deep.equal(up.rows.map((r) => r.entity.id).reverse());
    }
  });

  it('sorts by a category, and by name with Latvian collation', () => {
    const d = doc();
    const byOpenData = rankingModel(d, editionFor(d)!, { ...base, sort: 'open-data' });
    expect(byOpenData.rows.slice(0, 2).map((r) => [r.entity.id, r.place])).to.deep.equal([['alpha', 1], ['beta', 2]]);
    expect(byOpenData.rows[2]!.place).to.equal(null);
    const byName = rankingModel(d, editionFor(d)!, { ...base, names: nameOrder('lv'), sort: 'name' });
    // Zeta's Latvian name starts with markup: punctuation collates before letters.
    expect(byName.rows.map((r) => r.entity.id)).to.deep.equal(['zeta', 'alpha', 'beta', 'delta', 'epsilon', 'gamma']);
  });

  it('searches names without case or diacritics', () => {
    expect(searchKey('Cēsu NOVADS')).to.equal('cesu novads');
    // Names are folded joined by U+0000; no folding rule crosses it.
    expect(searchKey('ĀBOLS\u0000Čiekurs\u0000ΟΔΟΣ')).to.equal(['ĀBOLS', 'Čiekurs', 'ΟΔΟΣ'].map(searchKey).join('\u0000'));
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, limit: 1, query: 'beta' });
    expect(model.rows.map((r) => r.entity.id)).to.deep.equal(['beta']);
    expect(model.matching).to.equal(1);
  });

  it('prepares the name order and search keys ahead, stopping the keys when time runs out', () => {
    const d = doc();
    const edition = editionFor(d)!;
    expect(prepareRanking(edition, nameOrder('lv'), false, () => 0)).to.equal(true);
    expect(prepareRanking(edition, nameOrder('lv'), true, () => 0)).to.equal(false);
    expect(prepareRanking(edition, nameOrder('lv'), true, () => Infinity)).to.equal(true);
    // Prepared or not, the model is the same.
    const byName = rankingModel(d, edition, { ...base, names: nameOrder('lv'), sort: 'name', query: 'a' });
    const fresh = doc();
    const unprepared = rankingModel(fresh, editionFor(fresh)!, { ...base, names: nameOrder('lv'), sort: 'name', query: 'a' });
    expect(byName.rows.map((r) => r.entity.id)).to.deep.equal(unprepared.rows.map((r) => r.entity.id));
  });

  it('says what an average averages', () => {
    const d = doc();
    const edition = editionFor(d)!;
    expect(averageOf(d, edition, 'total')).to.deep.equal({ kind: 'published', value: 51.5, count: 6 });
    const south = averageOf(d, edition, 'total', ['south'])!;
    expect(south.kind).to.equal('computed');
    expect(south.count).to.equal(3);
    expect(south.value).to.be.closeTo((55.5 + 41.25 + 30) / 3, 1e-9);
    expect(averageOf(d, edition, { category: 'services' })).to.equal(undefined);
  });

  it('knows an average that is only the shown entity\'s own value again', () => {
    expect(onlyItsOwn({ kind: 'computed', value: 65, count: 1 }, 65)).to.equal(true);
    // Two values averaged, a published average, or no own value: a real comparison.
    expect(onlyItsOwn({ kind: 'computed', value: 60, count: 2 }, 65)).to.equal(false);
    expect(onlyItsOwn({ kind: 'published', value: 40, count: 1 }, 40)).to.equal(false);
    expect(onlyItsOwn({ kind: 'computed', value: 65, count: 1 }, null)).to.equal(false);
    expect(onlyItsOwn({ kind: 'computed', value: 65, count: 1 }, undefined)).to.equal(false);
    expect(onlyItsOwn(undefined, 65)).to.equal(false);
  });

  it('marks places as places in the file unless the file holds the whole study', () => {
    const d = doc();
    expect(rankingModel(d, editionFor(d)!, base).scope).to.equal('study');
    expect(rankingModel(d, d.editions[0]!, base).scope).to.equal('file');
  });

  it('draws around unknown sorts, groups, highlights and limits with notices, and refuses unknown columns', () => {
    const d = doc();
    const edition = editionFor(d)!;
    const written: RankingAttributes = { columns: '', sort: 'total', group: '', highlight: '', limit: undefined, limitWritten: null };
    const settings = (changes: Partial<RankingAttributes>) => rankingSettings(d, edition, { ...written, ...changes });
    expect(settings({ columns: 'rank bogus' }).error).to.include({ attribute: 'columns', value: 'bogus', reason: 'column' });
    expect(suggestionFor(settings({ columns: 'rank totl' }).error!)).to.equal('total');
    expect(settings({ sort: 'nope' })).to.deep.include({ sort: 'total', error: undefined });
    expect(settings({ sort: 'nope' }).notices.map(suggestionFor)).to.deep.equal([undefined]);
    expect(settings({ sort: 'nope' }).notices).to.deep.equal([
      { attribute: 'sort', value: 'nope', reason: 'sort', near: { values: ['total', 'group-score', 'name', 'level', 'communication', 'customer-service', 'open-data', 'internal-processes', 'services'] }, allowed: ['total', 'group-score', 'name', 'level', 'communication', 'customer-service', 'open-data', 'internal-processes', 'services'], outcome: { used: 'total' } },
    ]);
    expect(settings({ group: 'north west' }).groups).to.deep.equal(['north']);
    expect(settings({ group: 'north west' }).notices[0]).to.include({ attribute: 'group', value: 'west', outcome: 'left-out' });
    expect(settings({ highlight: 'gamm beta' }).notices).to.deep.equal([
      { attribute: 'highlight', value: 'gamm', reason: 'id', year: 2021, near: { entities: edition }, outcome: 'left-out' },
    ]);
    expect(settings({ highlight: 'gamm beta' }).notices.map(suggestionFor)).to.deep.equal(['gamma']);
    expect(settings({ limit: Number.NaN, limitWritten: 'ten' })).to.deep.include({ limit: undefined });
    expect(settings({ limit: Number.NaN, limitWritten: 'ten' }).notices[0]).to.include({ attribute: 'limit', value: 'ten', outcome: 'all-rows' });
    expect(settings({ limit: 0, limitWritten: '0' }).notices[0]).to.include({ value: '0' });
    expect(settings({ limit: 2.5, limitWritten: '2.5' }).limit).to.equal(undefined);
    // An empty attribute means the default, not a problem.
    expect(settings({ limit: 0, limitWritten: '', sort: '' })).to.deep.include({ limit: undefined, sort: 'total', notices: [] });
    expect(settings({ columns: 'categories change', sort: 'open-data', group: 'north', highlight: 'zeta', limit: 3, limitWritten: '3' }))
      .to.deep.equal({ sort: 'open-data', groups: ['north'], limit: 3, notices: [], error: undefined });
  });

  it('expands `categories` into the five category columns in document order', () => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, columns: ['name', 'categories'] });
    expect(model.columns.map((c) => c.key)).to.deep.equal(['name', 'communication', 'customer-service', 'open-data', 'internal-processes', 'services']);
  });
});

describe('ranking channels', () => {
  const format = (lang: 'lv' | 'en'): RankingFormat => ({
    words: rankingMessagesFor(lang),
    text: (text) => localText(text, lang),
    number: (value, digits) => formatNumber(value, lang, digits),
  });
  const channelsOf = (options: Partial<RankingOptions>, lang: 'lv' | 'en' = 'en') => {
    const d = doc();
    const model = rankingModel(d, editionFor(d)!, { ...base, names: nameOrder(lang), ...options });
    return { model, channels: rankingChannels(d, model, format(lang)) };
  };

  it('marks shared places 2= and says "shared 2nd place"; no place is a dash said as "no place"; the CSV holds the bare number', () => {
    const [rank] = channelsOf({ columns: ['rank'] }).channels;
    expect(rank!.value).to.deep.equal([1, 2, 2, 4, 5, null]);
    expect(rank!.text).to.deep.equal(['1', '2=', '2=', '4', '5', '–']);
    expect(rank!.aria).to.deep.equal([undefined, 'shared 2nd place', 'shared 2nd place', undefined, undefined, 'no place']);
    expect(rank!.csv).to.deep.equal(['1', '2', '2', '4', '5', '']);
    const [lvRank] = channelsOf({ columns: ['rank'] }, 'lv').channels;
    expect(lvRank!.aria[1]).to.equal('dalīta 2. vieta');
  });

  it('writes English ordinals for shared places (1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th)', () => {
    const { sharedPlace } = rankingMessagesFor('en');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(sharedPlace)).to.deep.equal(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th'].map((n) => `shared ${n} place`),
    );
  });

  it('gives a score its figure, its text in the reader\'s format, its CSV text and its share of the scale', () => {
    const [total, openData] = channelsOf({ columns: ['total', 'open-data'] }, 'lv').channels;
    expect(total!.label).to.equal('Kopvērtējums');
    expect(total!.narrowLabel).to.equal('Kopā');
    expect(total!.sortKey).to.equal('total');
    expect(total!.value).to.deep.equal([64.8, 55.5, 55.5, 41.25, 30, null]);
    expect(total!.text).to.deep.equal(['64,8', '55,5', '55,5', '41,25', '30', 'nav publicēts']);
    expect(total!.csv).to.deep.equal(['64,8', '55,5', '55,5', '41,25', '30', 'nav publicēts']);
    expect(total!.share).to.deep.equal([0.648, 0.555, 0.555, 0.4125, 0.3, null]);
    // Only the unpublished cell gets a narrow text: the words with soft hyphens, to break in a narrow column.
    expect(total!.narrow).to.deep.equal([undefined, undefined, undefined, undefined, undefined, 'nav pub\u00adli\u00adcēts']);
    expect(openData!.label).to.equal('Atvērto datu pieejamība');
    expect(openData!.value).to.deep.equal([93, 80, null, null, null, null]);
  });

  it('gives a level its number, its name, and the number alone for the narrow badge', () => {
    const [level] = channelsOf({ columns: ['level'] }).channels;
    expect(level!.value).to.deep.equal([3, 2, null, 1, null, null]);
    expect(level!.text).to.deep.equal(['Level 3', 'Level 2', 'not published', 'Level 1', 'not published', 'not published']);
    expect(level!.narrow).to.deep.equal(['3', '2', 'not pub\u00adlished', '1', 'not pub\u00adlished', 'not pub\u00adlished']);
    expect(level!.narrowLabel).to.equal('Level');
  });

  it('gives a change its places moved (positive = up), an arrow, words and a CSV number', () => {
    const [name, change] = channelsOf({ columns: ['name', 'change'] }).channels;
    expect(name!.value).to.deep.equal(['Alpha', 'Beta', 'Gamma', 'Delta', 'Zeta', 'Epsilon']);
    expect(change!.value).to.deep.equal([1, -1, 1, 'new', 'new', 'new']);
    expect(change!.text).to.deep.equal(['▲\u20091', '▼\u20091', '▲\u20091', 'new', 'new', 'new']);
    expect(change!.aria).to.deep.equal(['up 1 place', 'down 1 place', 'up 1 place', undefined, undefined, undefined]);
    expect(change!.csv).to.deep.equal(['1', '-1', '1', 'new', 'new', 'new']);
    const d = doc();
    const first = rankingModel(d, d.editions[0]!, { ...base, columns: ['change'] });
    const [none] = rankingChannels(d, first, format('en'));
    expect(none!.text).to.deep.equal(['–', '–', '–']);
    expect(none!.csv).to.deep.equal(['', '', '']);
  });

  it('puts the group under the name only when both columns are shown', () => {
    const [name, group] = channelsOf({ columns: ['name', 'group'] }).channels;
    expect(name!.sub).to.deep.equal(['North', 'South', 'North', 'South', 'South', 'North']);
    expect(group!.text).to.deep.equal(name!.sub);
    expect(channelsOf({ columns: ['name'] }).channels[0]!.sub).to.equal(undefined);
  });

  it('keeps the leading place and name columns in view, the shadow on the last of them', () => {
    const sticky = (columns: string[]) => channelsOf({ columns }).channels.map((c) => c.sticky);
    expect(sticky(['rank', 'name', 'total'])).to.deep.equal([{ at: 1, last: false }, { at: 2, last: true }, undefined]);
    expect(sticky(['name', 'total'])).to.deep.equal([{ at: 1, last: true }, undefined]);
    expect(sticky(['rank', 'total', 'name'])).to.deep.equal([{ at: 1, last: true }, undefined, undefined]);
    expect(sticky(['total', 'name'])).to.deep.equal([undefined, undefined]);
  });

  it('keeps a formula-like name as text in the CSV channel, and the CSV file defuses it', () => {
    const data = tinyDocument() as { editions: Array<{ entities: Array<{ name: unknown }> }> };
    data.editions[1]!.entities[0]!.name = '=HYPERLINK("x")';
    const result = validateDocument(data);
    if (!result.ok) throw new Error('fixture invalid');
    const model = rankingModel(result.document, editionFor(result.document)!, { ...base, columns: ['name'] });
    const [name] = rankingChannels(result.document, model, format('en'));
    expect(name!.text[0]).to.equal('=HYPERLINK("x")');
    expect(name!.csv[0]).to.equal('=HYPERLINK("x")');
    expect(formatCsv([[name!.csv[0]!]], ',')).to.equal(`"'=HYPERLINK(""x"")"`);
  });

  it('offers the next page, then all rows past a limit, then the top N again', () => {
    expect(channelsOf({ maxRows: 2, pageRows: 3 }).model.toggle).to.deep.equal({ kind: 'more', count: 3, shown: 2, total: 6 });
    expect(channelsOf({ maxRows: 4, pageRows: 3 }).model.toggle).to.deep.equal({ kind: 'more', count: 2, shown: 4, total: 6 });
    expect(channelsOf({ limit: 3 }).model.toggle).to.deep.equal({ kind: 'all', count: 6 });
    expect(channelsOf({ limit: 3, showAll: true }).model.toggle).to.deep.equal({ kind: 'top', count: 3 });
    // Nothing to toggle: no limit, a limit that cuts nothing, or a search (which shows every match).
    expect(channelsOf({}).model.toggle).to.equal(undefined);
    expect(channelsOf({ limit: 6, showAll: true }).model.toggle).to.equal(undefined);
    expect(channelsOf({ limit: 1, showAll: true, query: 'a' }).model.toggle).to.equal(undefined);
  });
});

describe('CSV', () => {
  it('quotes fields with the delimiter, quotes or line breaks, and doubles quotes', () => {
    expect(formatCsv([['a', 'b;c', 'say "hi"', 'x,y'], ['line\nbreak', '', '64,8']], ';')).to.equal(
      'a;"b;c";"say ""hi""";x,y\r\n"line\nbreak";;64,8',
    );
    expect(formatCsv([['64,8', 'plain']], ',')).to.equal('"64,8",plain');
  });
});
