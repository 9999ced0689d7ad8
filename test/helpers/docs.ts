/** A small, fully known fictional document for exact assertions. Every name here is invented. */
export function tinyDocument(): Record<string, unknown> {
  return {
    schema: 'eindex/1',
    title: { lv: 'Izdomāti dati — tests', en: 'Fictional data — test' },
    source: { name: 'Test', url: 'https://example.org/source' },
    categories: [
      { id: 'communication', name: { lv: 'Saziņa ar sabiedrību un līdzdalība', en: 'Communication and participation' } },
      { id: 'customer-service', name: { lv: 'Klientu apkalpošana un atbalsts', en: 'Customer service and support' } },
      { id: 'open-data', name: { lv: 'Atvērto datu pieejamība', en: 'Open data availability' } },
      { id: 'internal-processes', name: { lv: 'Iestādes iekšējie procesi', en: 'Internal processes' } },
      { id: 'services', name: { lv: 'Pakalpojumu nodrošināšana', en: 'Service provision' } },
    ],
    levels: [
      { level: 1, name: { lv: '1. līmenis', en: 'Level 1' } },
      { level: 2, name: { lv: '2. līmenis', en: 'Level 2' } },
      { level: 3, name: { lv: '3. līmenis', en: 'Level 3' } },
    ],
    groups: [
      { id: 'north', kind: 'municipality', name: { lv: 'Ziemeļi', en: 'North' } },
      { id: 'south', kind: 'municipality', name: { lv: 'Dienvidi', en: 'South' } },
    ],
    editions: [
      {
        year: 2020,
        entities: [
          { id: 'alpha', name: { lv: 'Alfa novads', en: 'Alpha' }, group: 'north', total: 50, scores: {} },
          { id: 'beta', name: { lv: 'Bēta pilsēta', en: 'Beta' }, group: 'south', total: 60, scores: {} },
          { id: 'gamma', name: { lv: 'Gamma novads', en: 'Gamma' }, group: 'north', total: 40, scores: {} },
        ],
      },
      {
        year: 2021,
        summary: { entities: 6, average: 51.5 },
        entities: [
          { id: 'alpha', name: { lv: 'Alfa novads', en: 'Alpha' }, group: 'north', total: 64.8, level: 3, scores: { 'open-data': 93, communication: 70 }, url: 'https://example.org/alfa' },
          { id: 'beta', name: { lv: 'Bēta pilsēta', en: 'Beta' }, group: 'south', total: 55.5, level: 2, scores: { 'open-data': 80 } },
          { id: 'gamma', name: { lv: 'Gamma novads', en: 'Gamma' }, group: 'north', total: 55.5, scores: { 'open-data': null } },
          { id: 'delta', name: { lv: 'Delta novads', en: 'Delta' }, group: 'south', total: 41.25, level: 1, scores: {} },
          { id: 'epsilon', name: { lv: 'Ēpsilons', en: 'Epsilon' }, group: 'north', total: null, groupScore: 72, scores: {} },
          { id: 'zeta', name: { lv: '<b>Zeta</b> <img src=x onerror="window.__pwned=1">', en: 'Zeta' }, group: 'south', total: 30, scores: {}, url: 'javascript:window.__pwned=1' },
        ],
      },
    ],
  };
}

type TrendDoc = { editions: { year: number; summary?: Record<string, unknown>; entities: { id: string; total: number | null; scores: Record<string, number | null> }[] }[] };

/**
 * The tiny document with two more editions (every name fictional): alpha is published in
 * 2020, 2021 and 2023, not in 2022 (total null), so its line has a gap.
 */
export function trendDocument(): Record<string, unknown> {
  const d = tinyDocument() as unknown as TrendDoc;
  const [e2020, e2021] = d.editions;
  const copy = (year: number, alphaTotal: number | null, summary?: Record<string, unknown>) => ({
    year, ...(summary ? { summary } : {}),
    entities: e2021!.entities.map((e) => ({ ...e, total: e.id === 'alpha' ? alphaTotal : e.total === null ? null : e.total + (year - 2021) })),
  });
  d.editions = [e2020!, e2021!, copy(2022, null), copy(2023, 71.25, { entities: 6, average: 52.5 })];
  return d as unknown as Record<string, unknown>;
}

