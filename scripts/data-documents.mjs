// The logic of `npm run data`: turns the published facts into the two real documents, with the
// tables of sources/provenance.mjs. Pure (no files), so test/data/data-documents.test.ts
// runs it in the browser. Rules (sources/README.md and sources/methodology.md):
//   - Never invent a figure, never fill a gap. A figure that was not published is left out
//     (`scores` key missing) or written as `null` (`total`): "not published" in the widgets.
//   - A published rank is NOT a score and is never turned into one. Entities named in a
//     ranking without any number are kept (total: null); their place as published goes into
//     the extra field `publishedRanks` (ignored by the loader, kept for people reading the file).
//   - Level score thresholds were never published, so `levels[].min` is left out.
//   - Where two sources state the same fact, their values must agree; a disagreement stops
//     the build unless `conflicts` says which value to keep.

/** A fact the build cannot take: `npm run data` prints the message and stops. */
export class DataError extends Error {}

/**
 * The value of a fact stated by more than one source: the sources must agree, or `conflicts`
 * (key `where`) names the value to keep.
 */
export function agreed(current, value, where, conflicts) {
  if (current === undefined || current === null || current === value) return value;
  if (conflicts[where] === undefined) throw new DataError(`conflicting values for ${where}: ${current} vs ${value}; add a CONFLICTS entry`);
  return conflicts[where];
}

/** Follows alias strings in a mapping table. */
function lookup(table, name) {
  let v = table[name];
  while (typeof v === 'string') v = table[v];
  return v;
}

function asScore(fact) {
  const v = fact.value;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
    throw new DataError(`${fact.year} ${fact.entity} ${fact.metric}: expected a number 0–100, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Sets `obj[path]` ("a" or "a.b") to the agreed value. */
function setAgreed(obj, path, value, where, conflicts) {
  const parts = path.split('.');
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p] ??= {};
  const key = parts.at(-1);
  o[key] = agreed(o[key], value, where, conflicts);
}

/**
 * The editions of one document from the facts `accept` takes, mapped by `table` (entities) and
 * `aggregates` (edition summaries); `categories` and `conflicts` from the provenance tables.
 */
export function buildEditions(facts, { accept, table, aggregates, categories, conflicts }) {
  const categoryByLv = new Map(categories.flatMap((c) => [c.name.lv, ...c.aliases].map((n) => [n.toLowerCase(), c.id])));
  const editions = new Map(); // year → { year, summary, entities: Map(id → entity) }
  const usedSources = new Set();
  const unused = [];

  for (const fact of facts) {
    if (!accept(fact)) continue;
    if (!editions.has(fact.year)) editions.set(fact.year, { year: fact.year, summary: {}, entities: new Map() });
    const ed = editions.get(fact.year);

    const agg = aggregates[fact.entity];
    if (agg) {
      const target = agg[fact.metric];
      if (!target) {
        unused.push(fact);
        continue;
      }
      setAgreed(ed.summary, target, fact.value, `${fact.year}|summary|${target}`, conflicts);
      usedSources.add(fact.sourceUrl);
      continue;
    }

    const def = lookup(table, fact.entity);
    if (!def) {
      unused.push(fact);
      continue;
    }
    let e = ed.entities.get(def.id);
    if (!e) {
      e = { id: def.id, name: def.name, group: def.group, total: null, scores: {}, namesInSource: new Set(), sources: new Set() };
      ed.entities.set(def.id, e);
    }
    // Record how a source wrote the name when it is not just the official name (plus an
    // acronym in brackets). Descriptions such as "unnamed …" are not names.
    if (!def.unnamed && def.name.lv !== fact.entity.replace(/ \([A-ZĀČĒĢĪĶĻŅŠŪŽ]+\)$/, '')) {
      e.namesInSource.add(fact.entity);
    }
    const where = `${fact.year}|${def.id}|${fact.metric}`;
    if (fact.metric === 'total') {
      e.total = agreed(e.total, asScore(fact), where, conflicts);
    } else if (fact.metric === 'groupScore') {
      setAgreed(e, 'groupScore', asScore(fact), where, conflicts);
    } else if (fact.metric === 'level') {
      setAgreed(e, 'level', fact.value, where, conflicts);
    } else if (fact.metric.startsWith('category:')) {
      const lv = fact.metric.slice('category:'.length).toLowerCase();
      const id = categoryByLv.get(lv);
      if (!id) throw new DataError(`${where}: unknown category name "${lv}"`);
      e.scores[id] = agreed(e.scores[id], asScore(fact), where, conflicts);
    } else if (fact.metric === 'rank') {
      // A rank is kept as published text, never as a score.
      e.publishedRanks ??= [];
      const place = String(fact.value).replace('-', '–');
      if (!e.publishedRanks.some((r) => r.place === place && r.among === fact.unit)) {
        e.publishedRanks.push({ place, among: fact.unit });
      }
    } else {
      unused.push(fact);
      continue;
    }
    e.sources.add(fact.sourceUrl);
    usedSources.add(fact.sourceUrl);
  }

  const out = [...editions.values()]
    .sort((a, b) => a.year - b.year)
    .map((ed) => {
      const entities = [...ed.entities.values()]
        .map(({ sources, namesInSource, ...rest }) => ({
          // Property order: the format's fields first, extras after.
          id: rest.id,
          name: rest.name,
          group: rest.group,
          total: rest.total,
          ...(rest.groupScore !== undefined ? { groupScore: rest.groupScore } : {}),
          ...(rest.level !== undefined ? { level: rest.level } : {}),
          scores: Object.fromEntries(categories.filter((c) => c.id in rest.scores).map((c) => [c.id, rest.scores[c.id]])),
          // Extra fields (ignored by the loader): how the sources wrote the name, the places
          // as published, and where the figures come from.
          ...(namesInSource.size ? { namesInSource: [...namesInSource] } : {}),
          ...(rest.publishedRanks ? { publishedRanks: rest.publishedRanks } : {}),
          sources: [...sources],
        }))
        // Entities with a total first (highest first), then by group score, then by id.
        .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || (b.groupScore ?? -1) - (a.groupScore ?? -1) || a.id.localeCompare(b.id));
      const summary = orderSummary(ed.summary);
      return { year: ed.year, ...(Object.keys(summary).length ? { summary } : {}), entities };
    });
  return { editions: out, usedSources, unused };
}

function orderSummary(s) {
  const o = {};
  if (s.entities !== undefined) o.entities = s.entities;
  if (s.average !== undefined) o.average = s.average;
  if (s.levels) o.levels = Object.fromEntries(Object.keys(s.levels).sort().map((k) => [k, s.levels[k]]));
  if (s.averageLevel !== undefined) o.averageLevel = s.averageLevel;
  if (s.groupCounts) o.groupCounts = s.groupCounts;
  return o;
}

/** The two documents: `[{ file, doc, unused }]`, from the facts and the provenance tables (`p`). */
export function buildDocuments(facts, p) {
  const common = { categories: p.CATEGORIES, conflicts: p.CONFLICTS };
  const sourcesList = (used, which) =>
    [p.VARAM_SOURCE.url, ...[...used].filter((u) => u !== p.VARAM_SOURCE.url)].map((url) => {
      const info = p.SOURCE_INFO[url];
      if (!info) throw new DataError(`source ${url} is used but has no entry in SOURCE_INFO`);
      const covers = typeof info.covers === 'string' ? info.covers : info.covers[which];
      if (!covers) throw new DataError(`source ${url} has no "covers" text for ${which}`);
      return { url, name: info.name, covers };
    });
  const document = (title, which, groups, { editions, usedSources }) => ({
    schema: 'eindex/1',
    title,
    description: p.SPARSE_DESCRIPTION,
    source: p.VARAM_SOURCE,
    sources: sourcesList(new Set([...usedSources, p.LEVEL_DESCRIPTION_SOURCE]), which),
    scale: { min: 0, max: 100 },
    categories: p.CATEGORIES.map(({ id, name, aliases }) => ({ id, name, ...(aliases.length ? { otherNames: aliases } : {}) })),
    levels: p.LEVELS,
    groups,
    editions,
  });

  // Municipalities 2021 (VARAM era). Earlier municipal facts (2014–2017) come from the
  // Lattelecom/SKDS "Latvijas e-indekss", a different instrument with different groups, and
  // are ranks only; 2019 municipal facts are ranks only. None of them go in this file.
  const municipal = buildEditions(facts, {
    ...common,
    accept: (f) => f.year === 2021 && f.entityKind === 'municipality',
    table: p.MUNICIPALITIES,
    aggregates: p.MUNICIPALITY_AGGREGATES,
  });
  const municipalTitle = { lv: 'E-indekss 2021: pašvaldības (publicētie rezultāti)', en: 'E-index 2021: municipalities (published results)' };

  // State institutions: every year in range with at least one published figure about an
  // entity or the edition. 2021 has no entity figures at all, only the named group leaders and
  // the participant counts; it is kept because those are published results (names with
  // "not published" totals) and its summary (114 participants) is useful.
  const { from, to } = p.INSTITUTION_YEARS;
  const state = buildEditions(facts, {
    ...common,
    accept: (f) => f.entityKind !== 'municipality' && f.year >= from && f.year <= to,
    table: p.INSTITUTIONS,
    aggregates: p.INSTITUTION_AGGREGATES,
  });
  for (const ed of state.editions) {
    const note = p.INSTITUTION_EDITION_NOTES[ed.year];
    if (note) ed.note = note;
  }
  const years = state.editions.map((e) => e.year);
  const stateTitle = {
    lv: `E-indekss ${years[0]}–${years.at(-1)}: valsts iestādes (publicētie rezultāti)`,
    en: `E-index ${years[0]}–${years.at(-1)}: state institutions (published results)`,
  };
  return [
    { file: 'municipalities-2021.json', doc: document(municipalTitle, 'municipalities', p.MUNICIPALITY_GROUPS, municipal), unused: municipal.unused },
    { file: 'institutions.json', doc: document(stateTitle, 'institutions', p.INSTITUTION_GROUPS, state), unused: state.unused },
  ];
}
