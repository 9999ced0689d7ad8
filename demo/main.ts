import '../src/define.js';
import './configurator.js';
import './import-panel.js';

/** The demo page's own texts; the elements translate themselves. */
const texts: Record<'lv' | 'en', Record<string, string>> = {
  lv: {
    skip: 'Pāriet uz saturu',
    title: 'E-indeksa logrīki',
    intro: 'Latvijas valsts iestāžu un pašvaldību E-indeksa rezultāti tīmekļa lapās: reitinga tabula, kategoriju radars, brieduma mērītājs, izmaiņas pa gadiem un brieduma līmeņi.',
    settings: 'Lapas iestatījumi',
    dark: 'Tumšais režīms',
    hMunicipalities: 'Pašvaldības, 2021 (publicētie rezultāti)',
    pMunicipalities: 'Publicēti tikai daži skaitļi: kopvērtējums trim pašvaldībām, vērtējums grupā sešām. Kas nav publicēts, tā arī parādīts.',
    hInstitutions: 'Valsts iestādes, 2017–2022 (publicētie rezultāti)',
    edition: 'Gads',
    hFictional: 'Visas iespējas — izdomāti dati',
    pFictional:
      'Šie dati ir izdomāti: pašvaldību nosaukumi un skaitļi nav īsti. Tie parāda visas iespējas: meklēšanu, lejupielādi, izmaiņas pret iepriekšējo gadu, izcelto rindu ārpus pirmajiem desmit.',
    hChartsReal: 'Radars un mērītājs uz publicētajiem datiem',
    pChartsReal:
      'VTUA 2022 ir vienīgā iestāde ar publicētiem visu piecu sadaļu rezultātiem. Ventspils 2021: kopvērtējums 64,8 un 3. brieduma līmenis; līmeņu sliekšņi nav publicēti, tāpēc joslu nav.',
    pSparse:
      'Cēsu novadam 2021. gadā publicēti tikai divu no piecām sadaļām rezultāti: daudzstūris maldinātu, tāpēc radars tos rāda kā joslas un saka, kāpēc.',
    hLinked: 'Mana pašvaldība — saistīts skats (izdomāti dati)',
    pLinked:
      'Izdomāti dati. Izvēlieties rindu tabulā: radars un mērītājs seko izvēlei (atribūts for). Radars salīdzina ar grupas vidējo un labāko.',
    hYearsReal: 'Pa gadiem un pa līmeņiem uz publicētajiem datiem',
    pYearsReal:
      'Centrālā statistikas pārvalde: 61,4 → 63,7 → 72,5 (2017–2019), pēc tam nav publicēts. VTUA: 67,4 (2017) un 66,8 (2022). 2022. gadā publicēti līmeņi: 7 iestādes 3. līmenī, 83 — 2., 25 — 1. no 115.',
    hYearsFictional: 'Pa gadiem un pa līmeņiem — izdomāti dati',
    pYearsFictional:
      'Izdomāti dati. Izvēlieties rindu tabulā augstāk: abi seko izvēlei (atribūts for). Līnija salīdzina ar vidējo un grupas vidējo; joslas rāda visu gadu līmeņus.',
    hEvents: 'Notikumi',
    pEvents: 'Izvēlieties rindu (klikšķis, Enter vai atstarpe): elements paziņo notikumu eindex-select.',
    footer: 'Reālie dati: VARAM E-indekss, kā publicēts (katram skaitlim avots ir datu failā). Izdomātie dati ir skaidri atzīmēti.',
  },
  en: {
    skip: 'Skip to content',
    title: 'E-index widgets',
    intro: "Results of Latvia's E-index of state institutions and municipalities on web pages: a ranking table, a category radar, a maturity gauge, a trend over the years and the maturity levels.",
    settings: 'Page settings',
    dark: 'Dark mode',
    hMunicipalities: 'Municipalities, 2021 (published results)',
    pMunicipalities: 'Only a few figures were published: a total for three municipalities, a group score for six. What was not published is shown as such.',
    hInstitutions: 'State institutions, 2017–2022 (published results)',
    edition: 'Year',
    hFictional: 'Every feature — fictional data',
    pFictional:
      'This data is fictional: the municipality names and figures are invented. It shows every feature: search, download, change against the previous year, a highlighted row beyond the top ten.',
    hChartsReal: 'Radar and gauge on the published data',
    pChartsReal:
      'VTUA 2022 is the only institution with published results in all five sections. Ventspils 2021: total 64.8 and maturity level 3; level thresholds were not published, so there are no bands.',
    pSparse:
      'For Cēsis 2021 only two of the five sections were published: a polygon would mislead, so the radar shows them as bars and says why.',
    hLinked: 'My municipality — a linked view (fictional data)',
    pLinked:
      'Fictional data. Choose a row in the table: the radar and the gauge follow the choice (the for attribute). The radar compares with the group average and the best.',
    hYearsReal: 'Over the years and by level, on the published data',
    pYearsReal:
      'Central Statistical Bureau: 61.4 → 63.7 → 72.5 (2017–2019), not published since. VTUA: 67.4 (2017) and 66.8 (2022). Levels published for 2022: 7 institutions at level 3, 83 at level 2, 25 at level 1, of 115.',
    hYearsFictional: 'Over the years and by level — fictional data',
    pYearsFictional:
      'Fictional data. Choose a row in the table above: both follow the choice (the for attribute). The line compares with the average and the group average; the bars show every year\'s levels.',
    hEvents: 'Events',
    pEvents: 'Choose a row (click, Enter or Space): the element fires an eindex-select event.',
    footer: 'Real data: the VARAM E-index as published (every figure names its source in the data file). Fictional data is marked as such.',
  },
};

const root = document.documentElement;
const langSwitch = document.querySelector<HTMLButtonElement>('#lang-switch')!;
const themeSwitch = document.querySelector<HTMLButtonElement>('#theme-switch')!;

function applyLanguage(lang: 'lv' | 'en'): void {
  root.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = texts[lang][node.dataset['i18n'] ?? ''];
    if (text) node.textContent = text;
  }
  document.title = `eindex-widgets — ${texts[lang]['title']}`;
  langSwitch.textContent = lang === 'lv' ? 'English' : 'Latviski';
  langSwitch.lang = lang === 'lv' ? 'en' : 'lv';
}

function applyTheme(dark: boolean): void {
  root.dataset['theme'] = dark ? 'dark' : 'light';
  themeSwitch.setAttribute('aria-pressed', String(dark));
}

const params = new URLSearchParams(location.search);
applyLanguage(params.get('lang') === 'en' ? 'en' : 'lv');
applyTheme(params.get('theme') === 'dark' || (!params.has('theme') && matchMedia('(prefers-color-scheme: dark)').matches));

langSwitch.addEventListener('click', () => applyLanguage(root.lang === 'lv' ? 'en' : 'lv'));
themeSwitch.addEventListener('click', () => applyTheme(root.dataset['theme'] !== 'dark'));

document.querySelector<HTMLSelectElement>('#institutions-edition')!.addEventListener('change', (event) => {
  const year = Number((event.target as HTMLSelectElement).value);
  document.querySelector('#institutions')!.setAttribute('edition', String(year));
});

// The fictional ranking keeps one municipality in view beyond its top ten, as a municipality's own site would.
const fictional = document.querySelector('#fictional')!;
fictional.addEventListener('eindex-load', () => {
  const doc = (fictional as HTMLElementTagNameMap['eindex-ranking']).document;
  const latest = doc?.editions[doc.editions.length - 1];
  const pick = latest?.entities[Math.floor(latest.entities.length * 0.6)];
  if (pick && !fictional.getAttribute('highlight')) fictional.setAttribute('highlight', pick.id);
});

const log = document.querySelector<HTMLOutputElement>('#event-log')!;
document.addEventListener('eindex-select', (event) => {
  log.textContent = `eindex-select { id: "${event.detail.id}" } ← #${(event.target as HTMLElement).id}`;
});
