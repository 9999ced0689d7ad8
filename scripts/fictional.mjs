// Seeded generator of a FICTIONAL E-index document (format "eindex/1", docs/design.md §2).
//
// Pure: no I/O and no Node imports, so it runs in Node and in a browser (tests import it
// to build a 10 000-entity document on the fly). Same options → same document.
//
//   import { generateFictional } from './fictional.mjs';
//   const doc = generateFictional({ seed: 1, entities: 119, editions: 4 });
//
// Everything in the document is invented: names, figures, level thresholds. Its title
// says so ("Izdomāti dati — …" / "Fictional data — …"). It exercises every feature of the
// format: five categories (about 3 % of scores null), totals (some null), group scores,
// five levels with `min` thresholds, explicit and derived levels, ties in totals, entities
// joining and leaving between editions, year-to-year drift, summaries, example.org URLs.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAST_YEAR = 2022;
export const MAX_ENTITIES = 10000;

const CATEGORIES = [
  { id: 'communication', name: { lv: 'Saziņa ar sabiedrību un līdzdalība', en: 'Communication with the public and participation' } },
  { id: 'customer-service', name: { lv: 'Klientu apkalpošana un atbalsts', en: 'Customer service and support' } },
  { id: 'open-data', name: { lv: 'Atvērto datu pieejamība', en: 'Open data availability' } },
  {
    id: 'internal-processes',
    name: { lv: 'Iestādes iekšējie procesi un starpiestāžu sadarbība', en: 'Internal processes and inter-institutional cooperation' },
  },
  { id: 'services', name: { lv: 'Pakalpojumu nodrošināšana', en: 'Service provision' } },
];

// Five levels with thresholds. The real E-index attests only levels 1–3 and publishes no
// thresholds; these are invented so that level bands can be drawn.
const LEVELS = [
  { level: 1, min: 0, name: { lv: '1. brieduma līmenis', en: 'Maturity level 1' }, description: { lv: 'Sākotnējs (izdomāts apraksts).', en: 'Initial (fictional description).' } },
  { level: 2, min: 20, name: { lv: '2. brieduma līmenis', en: 'Maturity level 2' }, description: { lv: 'Intuitīvs (izdomāts apraksts).', en: 'Intuitive (fictional description).' } },
  { level: 3, min: 40, name: { lv: '3. brieduma līmenis', en: 'Maturity level 3' }, description: { lv: 'Noteikts (izdomāts apraksts).', en: 'Defined (fictional description).' } },
  { level: 4, min: 60, name: { lv: '4. brieduma līmenis', en: 'Maturity level 4' }, description: { lv: 'Pārvaldīts (izdomāts apraksts).', en: 'Managed (fictional description).' } },
  { level: 5, min: 80, name: { lv: '5. brieduma līmenis', en: 'Maturity level 5' }, description: { lv: 'Optimizēts (izdomāts apraksts).', en: 'Optimised (fictional description).' } },
];

const GROUPS = [
  { id: 'capital', kind: 'municipality', name: { lv: 'Galvaspilsēta', en: 'Capital' } },
  { id: 'north', kind: 'municipality', name: { lv: 'Ziemeļi', en: 'North' } },
  { id: 'south', kind: 'municipality', name: { lv: 'Dienvidi', en: 'South' } },
  { id: 'east', kind: 'municipality', name: { lv: 'Austrumi', en: 'East' } },
  { id: 'west', kind: 'municipality', name: { lv: 'Rietumi', en: 'West' } },
];

// Invented syllables. Stems end in -a or -e so the genitive is stem + "s" ("Drūvale" →
// "Drūvales novads").
const ONSETS = [
  'Ald', 'Bir', 'Dzel', 'Gaur', 'Kan', 'Laum', 'Mel', 'Nor', 'Pur', 'Raun', 'Sil', 'Stir', 'Tal', 'Vel', 'Zīl',
  'Ērg', 'Īv', 'Krūz', 'Ļaud', 'Pļav', 'Šķir', 'Žag', 'Dūr', 'Mirg', 'Vēj', 'Ozr', 'Upm', 'Sprī', 'Gric', 'Rūm',
  'Kār', 'Lūž', 'Bērz', 'Zvej', 'Eglu',
];
const MIDDLES = ['', 'a', 'e', 'i', 'u', 'ga', 've', 'ri', 'mu', 'lo', 'da', 'zi', 'ne', 'ku', 'pa', 'sē', 'tī', 'vā'];
const ENDINGS = ['ne', 'le', 'ja', 'ra', 'va', 'se', 'te', 'de', 'ze', 'ga', 'ma', 'ce', 'la', 'ka'];

// Genitive stems of real Latvian municipalities (the 119 before July 2021, the 43 after it)
// and of the republican / state cities. A generated name never uses one of these.
const REAL_STEMS = new Set(
  (
    'Aglonas Aizkraukles Aizputes Aknīstes Alojas Alsungas Alūksnes Amatas Apes Auces Ādažu Babītes Baldones ' +
    'Baltinavas Balvu Bauskas Beverīnas Brocēnu Burtnieku Carnikavas Cesvaines Cēsu Ciblas Dagdas Daugavpils Dobeles ' +
    'Dundagas Durbes Engures Ērgļu Garkalnes Grobiņas Gulbenes Iecavas Ikšķiles Ilūkstes Inčukalna Jaunjelgavas ' +
    'Jaunpiebalgas Jaunpils Jelgavas Jēkabpils Kandavas Kārsavas Kocēnu Kokneses Krāslavas Krimuldas Krustpils ' +
    'Kuldīgas Ķeguma Ķekavas Lielvārdes Limbažu Līgatnes Līvānu Lubānas Ludzas Madonas Mazsalacas Mālpils Mārupes ' +
    'Mērsraga Naukšēnu Neretas Nīcas Ogres Olaines Ozolnieku Pārgaujas Pāvilostas Pļaviņu Preiļu Priekules Priekuļu ' +
    'Raunas Rēzeknes Riebiņu Rojas Ropažu Rucavas Rugāju Rundāles Rūjienas Salacgrīvas Salas Salaspils Saldus ' +
    'Saulkrastu Sējas Siguldas Skrīveru Skrundas Smiltenes Stopiņu Strenču Talsu Tērvetes Tukuma Vaiņodes Valkas ' +
    'Varakļānu Vārkavas Vecpiebalgas Vecumnieku Ventspils Viesītes Viļakas Viļānu Zilupes Jūrmalas Liepājas Rīgas ' +
    'Valmieras Augšdaugavas Dienvidkurzemes Ziemeļkurzemes'
  )
    .split(' ')
    .map((s) => s.toLowerCase()),
);

const FOLD = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z' };
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[āčēģīķļņšūž]/g, (c) => FOLD[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const round1 = (x) => Math.round(x * 10) / 10;
const clamp = (x) => Math.min(100, Math.max(0, x));
const score = (x) => round1(clamp(x));

function levelOf(total) {
  let level = LEVELS[0].level;
  for (const l of LEVELS) if (total >= l.min) level = l.level;
  return level;
}

/**
 * Builds a fictional E-index document.
 * @param {{ seed?: number, entities?: number, editions?: number }} [options]
 *   seed: PRNG seed (default 1); entities: entities in the latest edition (default 119,
 *   1–10000); editions: number of yearly editions ending in 2022 (default 4: 2019–2022).
 * @returns {object} an "eindex/1" document
 */
export function generateFictional({ seed = 1, entities = 119, editions = 4 } = {}) {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(entities) || entities < 1 || entities > MAX_ENTITIES) {
    throw new RangeError(`entities must be an integer from 1 to ${MAX_ENTITIES}, got ${entities}`);
  }
  if (!Number.isInteger(editions) || editions < 1 || editions > 50) {
    throw new RangeError(`editions must be an integer from 1 to 50, got ${editions}`);
  }
  const rng = mulberry32(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  // Roughly normal (Irwin–Hall of 4 uniforms), mean 0, sd ≈ 1.
  const normal = () => (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3);

  const years = Array.from({ length: editions }, (_, i) => LAST_YEAR - editions + 1 + i);
  const lastIndex = editions - 1;

  // --- the pool of entities -------------------------------------------------------------
  // `entities` of them are in the latest edition (some joined later than the first one);
  // about 4 % more dropped out before it (only when there is more than one edition).
  const dropouts = editions > 1 ? Math.max(1, Math.round(entities * 0.04)) : 0;
  const poolSize = entities + dropouts;
  const usedNames = new Set();
  const usedIds = new Set();
  const pool = [];
  for (let i = 0; i < poolSize; i++) {
    // Group: one in ~12 is in the capital group (at least one entity there).
    const group = i === 0 || rng() < 0.08 ? 'capital' : pick(['north', 'south', 'east', 'west']);
    const city = group === 'capital' || rng() < 0.25;

    let stem;
    for (let tries = 0; ; tries++) {
      stem = pick(ONSETS) + pick(MIDDLES) + pick(ENDINGS);
      const genitive = (stem + 's').toLowerCase();
      if (!REAL_STEMS.has(genitive) && (!usedNames.has(genitive + (city ? ' pilsēta' : ' novads')) || tries > 20)) break;
    }
    let lv = `${stem}s ${city ? 'pilsēta' : 'novads'}`;
    let en = `${stem} ${city ? 'city' : 'municipality'}`;
    if (usedNames.has(lv.toLowerCase())) {
      let n = 2;
      while (usedNames.has(`${lv} ${n}`.toLowerCase())) n++;
      lv = `${lv} ${n}`;
      en = `${en} ${n}`;
    }
    usedNames.add(lv.toLowerCase());
    let id = slug(lv);
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    usedIds.add(id);

    // Active editions: dropouts leave before the latest edition; ~6 % of the others join late.
    let from = 0;
    let to = lastIndex;
    if (i >= entities) {
      to = Math.floor(rng() * lastIndex); // 0 … lastIndex-1
      from = Math.floor(rng() * (to + 1));
    } else if (editions > 1 && rng() < 0.06) {
      from = 1 + Math.floor(rng() * lastIndex);
    }

    pool.push({
      id,
      name: { lv, en },
      group,
      url: rng() < 0.9 ? `https://example.org/${id}` : undefined,
      from,
      to,
      ability: 45 + 15 * normal() + (group === 'capital' ? 8 : 0),
      offsets: CATEGORIES.map(() => 10 * normal()),
      trend: 1.5 + 2 * normal(), // points per year
    });
  }
  // Group-score factor: the within-group score is the total rescaled per group.
  const groupFactor = Object.fromEntries(GROUPS.map((g) => [g.id, 1.05 + 0.2 * rng()]));

  // --- editions ---------------------------------------------------------------------------
  const out = years.map((year, k) => {
    const rows = [];
    for (const p of pool) {
      // Drift every year for everyone, so the state is the same whether or not shown.
      if (k > 0) {
        p.ability += p.trend + 4 * normal();
        p.offsets = p.offsets.map((o) => o + 3 * normal());
      }
      if (k < p.from || k > p.to) continue;

      const raw = CATEGORIES.map((_, c) => clamp(p.ability + p.offsets[c] + 3 * normal()));
      const scores = {};
      CATEGORIES.forEach((c, ci) => {
        scores[c.id] = rng() < 0.03 ? null : score(raw[ci]);
      });
      // Total over all sections: a weighted mean of the (hidden) section results.
      const hidden = score(raw.reduce((s, v, ci) => s + v * [0.18, 0.22, 0.16, 0.2, 0.24][ci], 0));
      const totalPublished = rng() >= 0.03;
      const total = totalPublished ? hidden : null;
      const row = {
        id: p.id,
        name: p.name,
        group: p.group,
        total,
        groupScore: total === null ? null : score(total * groupFactor[p.group]),
      };
      // Latest edition: the level is stated on every entity (also where the total is not
      // published); earlier editions leave it to be derived from levels[].min.
      if (k === lastIndex) row.level = levelOf(hidden);
      row.scores = scores;
      if (p.url) row.url = p.url;
      rows.push(row);
    }

    // Make sure totals tie at least once per edition (rounding alone usually does it).
    const withTotal = rows.filter((r) => r.total !== null);
    const seen = new Set();
    const hasTie = withTotal.some((r) => (seen.has(r.total) ? true : (seen.add(r.total), false)));
    if (!hasTie && withTotal.length >= 2) {
      const [a, b] = [withTotal[0], withTotal[1]];
      b.total = a.total;
      b.groupScore = score(b.total * groupFactor[b.group]);
      if (k === lastIndex) b.level = levelOf(b.total);
    }

    rows.sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.id.localeCompare(b.id));

    const totals = rows.map((r) => r.total).filter((t) => t !== null);
    const levels = {};
    for (const r of rows) {
      const l = r.level ?? (r.total === null ? null : levelOf(r.total));
      if (l !== null) levels[l] = (levels[l] ?? 0) + 1;
    }
    const month = String(3 + Math.floor(rng() * 4)).padStart(2, '0');
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    return {
      year,
      published: `${year + 1}-${month}-${day}`,
      summary: {
        entities: rows.length,
        ...(totals.length ? { average: round1(totals.reduce((s, t) => s + t, 0) / totals.length) } : {}),
        levels,
      },
      entities: rows,
    };
  });

  const n = entities;
  const span = years.length > 1 ? `${years[0]}–${years.at(-1)}` : `${years[0]}`;
  return {
    schema: 'eindex/1',
    title: {
      lv: `Izdomāti dati — E-indekss ${span}, ${n} pašvaldības`,
      en: `Fictional data — E-index ${span}, ${n} municipalities`,
    },
    description: {
      lv: 'Visi nosaukumi, skaitļi un līmeņu sliekšņi ir izdomāti (ģenerēti ar sēklu) un neattiecas uz reālām pašvaldībām. Tikai demonstrācijai un testiem.',
      en: 'All names, figures and level thresholds are invented (seeded generator) and do not describe real municipalities. For demos and tests only.',
    },
    fictional: true,
    generator: { name: 'scripts/fictional.mjs', seed, entities, editions },
    source: { name: 'Fictional generator', url: 'https://example.org' },
    scale: { min: 0, max: 100 },
    categories: CATEGORIES.map((c) => ({ ...c, name: { ...c.name } })),
    levels: LEVELS.map((l) => ({ ...l })),
    groups: GROUPS.map((g) => ({ ...g })),
    editions: out,
  };
}
