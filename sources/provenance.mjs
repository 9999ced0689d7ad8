// Provenance tables for `npm run data` (scripts/build-data.mjs): how the names in the published
// facts (facts.json, next to this file) map to the documents' entities, groups, categories,
// levels and sources, each with where it comes from. Data only: the logic that applies them
// is scripts/data-documents.mjs. See README.md and methodology.md in this folder.

// ---------------------------------------------------------------------------------------
// Vocabulary shared by both documents
// ---------------------------------------------------------------------------------------

/** The five categories, in the order of docs/design.md. `aliases` are other Latvian names seen in sources. */
export const CATEGORIES = [
  {
    id: 'communication',
    name: { lv: 'Saziņa ar sabiedrību un līdzdalība', en: 'Communication with the public and participation' },
    aliases: ['Saziņa ar sabiedrību'],
  },
  {
    id: 'customer-service',
    name: { lv: 'Klientu apkalpošana un atbalsts', en: 'Customer service and support' },
    aliases: [],
  },
  {
    id: 'open-data',
    name: { lv: 'Atvērto datu pieejamība', en: 'Open data availability' },
    aliases: [],
  },
  {
    id: 'internal-processes',
    name: {
      lv: 'Iestādes iekšējie procesi un starpiestāžu sadarbība',
      en: 'Internal processes and inter-institutional cooperation',
    },
    // 2022 wording (VTUA news); the id stays the same (README.md here).
    aliases: ['Iekšējo procesu efektivitātes rādītāji', 'Pašvaldības iekšējie procesi un starpiestāžu sadarbība'],
  },
  {
    id: 'services',
    name: { lv: 'Pakalpojumu nodrošināšana', en: 'Service provision' },
    aliases: ['E-pakalpojumu nodrošināšana'],
  },
];

/**
 * Maturity levels. Only 1–3 are attested. Descriptions of levels 2 and 3 are from the VTUA
 * 2022 news (methodology.md §4); no definition of level 1 was found, so it has none.
 * No `min`: score thresholds were not published.
 */
export const LEVELS = [
  { level: 1, name: { lv: '1. brieduma līmenis', en: 'Maturity level 1' } },
  {
    level: 2,
    name: { lv: '2. brieduma līmenis', en: 'Maturity level 2' },
    description: {
      lv: 'Intuitīvs: darbā tiek pielietoti rīcības modeļi, kas nav vai ir nepilnīgi formulēti un dokumentēti.',
      en: 'Intuitive: the work follows courses of action that are not, or only partly, formulated and documented.',
    },
  },
  {
    level: 3,
    name: { lv: '3. brieduma līmenis', en: 'Maturity level 3' },
    description: {
      lv: 'Darba praksē tiek meklēti un arī ieviesti jauni e-pārvaldes risinājumi.',
      en: 'New e-government solutions are sought and also put into practice.',
    },
  },
];
export const LEVEL_DESCRIPTION_SOURCE = 'https://www.vtua.gov.lv/lv/jaunums/vtua-otrs-augstakais-digitala-brieduma-limeni-starp-valsts-iestadem';

export const VARAM_SOURCE = {
  name: {
    lv: 'VARAM — Valsts iestāžu un pašvaldību E-indekss',
    en: 'VARAM (Ministry of Environmental Protection and Regional Development) — E-index of state institutions and municipalities',
  },
  url: 'https://www.varam.gov.lv/lv/valsts-iestazu-un-pasvaldibas-e-indekss',
};

export const SPARSE_DESCRIPTION = {
  lv:
    'Tikai tie E-indeksa rezultāti, kas publicēti preses relīzēs un ziņās (katram skaitlim norādīts avots). ' +
    'Dati ir nepilnīgi: lielākajai daļai vienību ir tikai kopvērtējums vai vērtējums grupā, dažām — viena vai divas sadaļas. ' +
    'Kas trūkst, tas nav publicēts (nevis 0). Vietas, kas publicētas bez punktiem, nav pārvērstas punktos.',
  en:
    'Only the E-index results that press releases and news published (each figure names its source). ' +
    'The data is sparse: most entities have only a total or a score within their group, a few have one or two sections. ' +
    'Anything missing was not published (it is not 0). Places published without points are not turned into points.',
};

// ---------------------------------------------------------------------------------------
// Municipalities, 2021
// ---------------------------------------------------------------------------------------

export const MUNICIPALITY_GROUPS = [
  {
    id: 'national',
    kind: 'municipality',
    name: {
      lv: 'Nacionālas nozīmes attīstības centru pašvaldības',
      en: 'Municipalities of national development centres',
    },
  },
  {
    id: 'regional',
    kind: 'municipality',
    name: {
      lv: 'Reģionālas nozīmes attīstības centru pašvaldības',
      en: 'Municipalities of regional development centres',
    },
  },
  {
    id: 'county',
    kind: 'municipality',
    name: {
      lv: 'Novada nozīmes attīstības centru pašvaldības',
      en: 'Municipalities of county development centres',
    },
  },
];

/**
 * facts.json entity name → entity. `lv` is the official name of the municipality,
 * `en` a short English name. The group is the one the sources state:
 *   - Ventspils, Rīga, Valmiera: "nacionālās nozīmes attīstības centru pašvaldību grupā"
 *     (digitalaiscentrs.lv 2022, the group list 1. Ventspils 75, 2. Rīga 67, 3. Valmiera 62).
 *   - Cēsis, Sigulda, Smiltene: "starp reģionālas nozīmes attīstības centru pašvaldībām"
 *     (amata.lv, group list 1. Cēsis 75, 2. Sigulda 72, 3. Smiltene 66).
 */
export const MUNICIPALITIES = {
  'Ventspils pilsētas pašvaldība': {
    id: 'ventspils',
    group: 'national',
    name: { lv: 'Ventspils valstspilsētas pašvaldība', en: 'Ventspils' },
  },
  'Ventspils valstspilsētas pašvaldība': 'Ventspils pilsētas pašvaldība', // same entity, other wording
  'Rīgas pilsētas pašvaldība': {
    id: 'riga',
    group: 'national',
    name: { lv: 'Rīgas valstspilsētas pašvaldība', en: 'Riga' },
  },
  'Valmieras pilsētas pašvaldība': {
    id: 'valmiera',
    group: 'national',
    // Kept as published. Since the 1 July 2021 reform the city of Valmiera belongs to
    // "Valmieras novada pašvaldība"; naming that larger body would claim it was assessed.
    name: { lv: 'Valmieras pilsētas pašvaldība', en: 'Valmiera' },
  },
  'Cēsu novada pašvaldība': {
    id: 'cesis',
    group: 'regional',
    name: { lv: 'Cēsu novada pašvaldība', en: 'Cēsis' },
  },
  'Siguldas novada pašvaldība': {
    id: 'sigulda',
    group: 'regional',
    name: { lv: 'Siguldas novada pašvaldība', en: 'Sigulda' },
  },
  'Smiltenes novada pašvaldība': {
    id: 'smiltene',
    group: 'regional',
    name: { lv: 'Smiltenes novada pašvaldība', en: 'Smiltene' },
  },
};

/** Edition-level (aggregate) facts → where they go in `summary`. */
export const MUNICIPALITY_AGGREGATES = {
  // amata.lv: "Kopvērtējumā starp 95 pašvaldībām"
  'all assessed municipalities': { count: 'entities' },
};

// ---------------------------------------------------------------------------------------
// State institutions, 2017–2022
// ---------------------------------------------------------------------------------------

export const INSTITUTION_GROUPS = [
  { id: 'ministry', kind: 'institution', name: { lv: 'Ministrijas', en: 'Ministries' } },
  { id: 'state-institution', kind: 'institution', name: { lv: 'Valsts iestādes', en: 'State institutions' } },
  {
    id: 'state-company',
    kind: 'institution',
    name: {
      lv: 'Kapitālsabiedrības ar valstij piederošām kapitāla daļām',
      en: 'State-owned companies',
    },
  },
  { id: 'independent', kind: 'institution', name: { lv: 'Neatkarīgās iestādes', en: 'Independent institutions' } },
];

/** Years of the VARAM-era state-institution E-index that this file covers. */
export const INSTITUTION_YEARS = { from: 2017, to: 2022 };

/**
 * facts.json entity name → entity. The group is the one the sources state (facts' `group`
 * / `entityKind`): "valsts iestādes" / "valsts pārvaldes iestādes" → state-institution,
 * "ministrijas" → ministry, "kapitālsabiedrības" → state-company.
 */
export const INSTITUTIONS = {
  'Valsts tehniskās uzraudzības aģentūra (VTUA)': {
    id: 'vtua',
    group: 'state-institution',
    name: { lv: 'Valsts tehniskās uzraudzības aģentūra', en: 'State Technical Supervision Agency (VTUA)' },
  },
  'Centrālā statistikas pārvalde (CSP)': {
    id: 'csp',
    group: 'state-institution',
    name: { lv: 'Centrālā statistikas pārvalde', en: 'Central Statistical Bureau (CSP)' },
  },
  'Valsts zemes dienests': {
    id: 'vzd',
    group: 'state-institution',
    name: { lv: 'Valsts zemes dienests', en: 'State Land Service (VZD)' },
  },
  'Valsts sociālās apdrošināšanas aģentūra': {
    id: 'vsaa',
    group: 'state-institution',
    name: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency (VSAA)' },
  },
  'Valsts vides dienests': {
    id: 'vvd',
    group: 'state-institution',
    name: { lv: 'Valsts vides dienests', en: 'State Environmental Service (VVD)' },
  },
  // The 2022 leader is not named by the source (VTUA news): only "the state institution with
  // the highest score, 67.7 of 100", supervised by the Ministry of Agriculture. It is kept so
  // that the published 67.7 is in the file and VTUA's published 2nd place is visible.
  'unnamed top-scoring state institution (under Zemkopības ministrija supervision)': {
    id: 'unnamed-2022-leader',
    unnamed: true,
    group: 'state-institution',
    name: {
      lv: 'Nenosaukta valsts iestāde (Zemkopības ministrijas pārraudzībā)',
      en: 'Unnamed state institution (supervised by the Ministry of Agriculture)',
    },
  },
  'Tieslietu ministrija': {
    id: 'tm',
    group: 'ministry',
    name: { lv: 'Tieslietu ministrija', en: 'Ministry of Justice' },
  },
  'Zemkopības ministrija': {
    id: 'zm',
    group: 'ministry',
    name: { lv: 'Zemkopības ministrija', en: 'Ministry of Agriculture' },
  },
  'Vides aizsardzības un reģionālās attīstības ministrija': {
    id: 'varam',
    group: 'ministry',
    name: {
      lv: 'Vides aizsardzības un reģionālās attīstības ministrija',
      en: 'Ministry of Environmental Protection and Regional Development (VARAM)',
    },
  },
  'Ekonomikas ministrija': {
    id: 'em',
    group: 'ministry',
    name: { lv: 'Ekonomikas ministrija', en: 'Ministry of Economics' },
  },
  'Izglītības un zinātnes ministrija': {
    id: 'izm',
    group: 'ministry',
    name: { lv: 'Izglītības un zinātnes ministrija', en: 'Ministry of Education and Science' },
  },
  'Finanšu ministrija': {
    id: 'fm',
    group: 'ministry',
    name: { lv: 'Finanšu ministrija', en: 'Ministry of Finance' },
  },
  'VAS “Latvijas Valsts radio un televīzijas centrs”': {
    id: 'lvrtc',
    group: 'state-company',
    name: { lv: 'VAS “Latvijas Valsts radio un televīzijas centrs”', en: 'Latvian State Radio and Television Centre (LVRTC)' },
  },
  'Valsts SIA “Autotransporta direkcija”': {
    id: 'atd',
    group: 'state-company',
    name: { lv: 'Valsts SIA “Autotransporta direkcija”', en: 'Road Transport Administration (ATD)' },
  },
  'VAS “Ceļu satiksmes drošības direkcija”': {
    id: 'csdd',
    group: 'state-company',
    name: { lv: 'VAS “Ceļu satiksmes drošības direkcija”', en: 'Road Traffic Safety Directorate (CSDD)' },
  },
  'VAS "Ceļu satiksmes drošības direkcija"': 'VAS “Ceļu satiksmes drošības direkcija”', // 2014 wording
};

/**
 * Edition-level (aggregate) facts → where they go in `summary`. Group counts go into the
 * extra field `summary.groupCounts` (ignored by the loader).
 */
export const INSTITUTION_AGGREGATES = {
  // 2017, OECD OPSI: "In the year 2017, 104 central government institutions were involved."
  'central government institutions': { count: 'entities' },
  // 2019, CSP / lvportals: "Kopējais e-indekss 195 vērtēto iestāžu grupā bija 35,7."
  // The composition of the 195 is not stated (it may include municipalities); the figures
  // are kept as published and the edition carries a note saying so.
  'all evaluated institutions': { count: 'entities', average: 'average' },
  // 2021: "Pētījumā piedalījās 114 iestādes, tajā skaitā 13 ministrijas, 70 valsts iestādes, …"
  'all participating state bodies': { count: 'entities' },
  'ministries (group)': { count: 'groupCounts.ministry' },
  'state institutions (group)': { count: 'groupCounts.state-institution' },
  'state-owned capital companies (group)': { count: 'groupCounts.state-company' },
  'independent institutions (group)': { count: 'groupCounts.independent' },
  // 2022, VTUA news: 115 assessed; 7 / 83 / 25 at levels 3 / 2 / 1; average 40 points,
  // average level 2 (→ extra field `summary.averageLevel`).
  'all assessed state institutions': { count: 'entities', average: 'average', level: 'averageLevel' },
  'institutions at maturity level 3': { count: 'levels.3' },
  'institutions at maturity level 2': { count: 'levels.2' },
  'institutions at maturity level 1': { count: 'levels.1' },
};

/** Per-edition notes (extra field `note`), where the published figures need a caveat. */
export const INSTITUTION_EDITION_NOTES = {
  2019: {
    lv:
      'Publicētais kopskaits (195 vērtētās iestādes) un vidējais vērtējums (35,7) attiecas uz visu vērtēto grupu; ' +
      'avots nenorāda tās sastāvu (iespējams, ietilpst arī pašvaldības). Valsts zemes dienests ieguva augstāko vērtējumu, ' +
      'bet tā punkti nav publicēti (tikai, ka CSP atpalika par 0,7 punktiem).',
    en:
      'The published count (195 evaluated) and average (35.7) refer to the whole evaluated group; the source does not ' +
      'say what it consisted of (it may include municipalities). The State Land Service had the highest score, but its ' +
      'points were not published (only that CSP was 0.7 points behind).',
  },
  2021: {
    lv: 'Par 2021. gadu publicēti tikai grupu līderu nosaukumi (bez punktiem un bez precīzas secības).',
    en: 'For 2021 only the names of the group leaders were published (no points, no exact order).',
  },
  2022: {
    lv:
      'Kopvērtējuma līdere nav nosaukta avotā; zināms tikai tās vērtējums 67,7 un tas, ka tā ir Zemkopības ' +
      'ministrijas pārraudzībā. VTUA brieduma līmenis avotā nav skaidri norādīts.',
    en:
      'The overall leader is not named by the source; only its score 67.7 and that it is supervised by the Ministry ' +
      'of Agriculture are known. VTUA’s maturity level is not stated explicitly by the source.',
  },
};

// ---------------------------------------------------------------------------------------
// Sources: what each source URL is used for (top-level `sources` field).
// ---------------------------------------------------------------------------------------

export const SOURCE_INFO = {
  // First in every `sources` list, with the same name as the top-level `source`.
  'https://www.varam.gov.lv/lv/valsts-iestazu-un-pasvaldibas-e-indekss': {
    name: VARAM_SOURCE.name,
    covers: 'The study and its owner (VARAM); what the E-index is. No figures are taken from this page.',
  },
  'https://www.amata.lv/lv/amata/aktualitates/zinas/e-indeksa-petijuma-kopvertejuma-cesu-novada-pasvaldibai-otra-vieta-136519/': {
    name: {
      lv: 'Amatas novads: E-indeksa pētījuma kopvērtējumā Cēsu novada pašvaldībai otrā vieta',
      en: 'Amata municipality news: Cēsis municipality second in the E-index overall ranking',
    },
    covers:
      '2021: 95 municipalities in the overall ranking; totals of Ventspils 64.8, Cēsis 64.4, Sigulda 63; regional-group scores ' +
      'Cēsis 75, Sigulda 72, Smiltene 66; section results Cēsis customer service 65 %, open data 93 % shared by Cēsis, Rīga, ' +
      'Sigulda and Ventspils.',
  },
  'https://digitalaiscentrs.lv/jaunumi/2022/ventspils-valstspilsetas-pasvaldiba-petijuma-e-indekss-kopvertejuma-uzrada-visaugstakos': {
    name: { lv: 'Ventspils Digitālais centrs (2022)', en: 'Ventspils Digital Centre news (2022)' },
    covers: {
      municipalities:
        '2021: national-group scores Ventspils 75, Rīga 67, Valmiera 62; totals Ventspils 64.8, Cēsis 64.4, Sigulda 63 ' +
        'and that these three are the only municipalities (of 95) at maturity level 3; the three municipal groups.',
      institutions: '2021: 114 participants (13 ministries, 70 state institutions, 15 companies, 16 independent).',
    },
  },
  'https://daridigitaliarhivs.lv/apkopoti-latvijas-valsts-iestazu-2021-gada-e-indeksa-rezultati/': {
    name: { lv: 'Dari digitāli arhīvs: Apkopoti Latvijas valsts iestāžu 2021. gada e-indeksa rezultāti', en: 'Dari digitāli archive (2021 results)' },
    covers: '2021: 114 participants by group; the named group leaders (no points).',
  },
  'https://www.vtua.gov.lv/lv/jaunums/vtua-otrs-augstakais-digitala-brieduma-limeni-starp-valsts-iestadem': {
    name: { lv: 'VTUA: VTUA otrs augstākais digitālā brieduma līmenī starp valsts iestādēm', en: 'VTUA news (2022 results)' },
    covers: {
      municipalities: 'Descriptions of maturity levels 2 and 3 (stated for the 2022 state-institution E-index).',
      institutions:
        '2022: 115 assessed, levels 3/2/1 = 7/83/25, average 40 (level 2); VTUA total 66.8 and all five section ' +
        'results; the unnamed leader 67.7. Descriptions of maturity levels 2 and 3.',
    },
  },
  'https://www.csp.gov.lv/lv/jaunums/csp-starp-lideriem-e-indeksa-novertejuma-2019-gada': {
    name: { lv: 'CSP: CSP starp līderiem e-indeksa novērtējumā 2019. gadā', en: 'Central Statistical Bureau news (2019 results)' },
    covers:
      'CSP totals 2017 61.4, 2018 63.7, 2019 72.5; 2019: 195 evaluated, average 35.7, VZD highest; named leaders among ' +
      'state institutions and ministries.',
  },
  'https://lvportals.lv/dienaskartiba/311566-csp-starp-lideriem-e-indeksa-novertejuma-2019-gada-2019': {
    name: { lv: 'LV portāls (2019)', en: 'LV portāls (2019)' },
    covers: 'Same CSP figures as the CSP news (2017–2019 totals; 2019 count and average; VZD highest).',
  },
  'http://www.vtua.gov.lv/lv/aktualitates/160': {
    name: { lv: 'VTUA: atzīstami rezultāti elektroniskās pārvaldes principu ieviešanā (2018)', en: 'VTUA news of 2 Feb 2018 (2017 results)' },
    covers: '2017: VTUA total 67.4 (11th) and three section results (customer service 50, services 68, internal processes 65).',
  },
  'https://www.oecd-opsi.org/innovations/latvias-e-index/': {
    name: { lv: 'OECD OPSI: Latvia’s E-index', en: 'OECD OPSI: Latvia’s E-index' },
    covers: '2017: 104 central government institutions involved.',
  },
};

/**
 * Conflicting values for the same fact from different sources: key `year|entity-id|metric`
 * → the value to keep. None of the figures used here conflict between sources.
 *
 * Note on the only ambiguous statement: amata.lv writes that Cēsis "atpaliek no pirmās vietas
 * ieguvējas, Ventspils …, attiecīgi saņemot 64,8 un 64,4 punktus"; "attiecīgi" (respectively)
 * could be read either way. facts.json gives 64.8 to Ventspils and 64.4 to Cēsis, as
 * methodology.md §6 argues (Cēsis lags behind the first place), and digitalaiscentrs.lv
 * lists them unambiguously: "1. Ventspils … (64,8 punkti no 100) … 2. Cēsu novada
 * pašvaldība (64,4 punkti no 100)". Both sources then agree, so no override is needed.
 */
export const CONFLICTS = {};
