/**
 * The demo page's configurator: choose an element, a data source and the attributes, see the
 * element live, copy a script-tag or an iframe snippet. The elements and their attributes come
 * from custom-elements.json (the same file editors and IDEs read), so a new element appears
 * here without a change to this file; its Latvian hints are the one thing to add here (a test
 * checks that every attribute has one). Also fills the theme demo's "CSS used" box.
 *
 * Code is written only for a configuration the preview draws without a problem: when the
 * preview shows an error or a misconfiguration notice, the problem is shown instead, so
 * nobody copies an embed that does not work.
 *
 * No vite-only imports here (the entry, configurator.ts, brings the manifest and the CSS), so
 * the browser tests load this module as it is.
 */
import { validateDocument } from '../src/data/validate.js';
import { describeProblem } from '../src/i18n/problems.js';
import { localText } from '../src/i18n/lang.js';
import { NOT_EMBED_PARAMETERS } from '../src/embed/embed.js';
import type { EIndexDocument, Lang } from '../src/data/types.js';

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestElement {
  tagName: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}

/** Attributes the form does not offer: the data source has its own controls; `for` links elements on one page. */
const NOT_IN_FORM = new Set(['src', 'for', 'timeout']);

let elements: ManifestElement[] = [];

/** The registered elements the manifest describes. */
export function manifestElements(manifest: unknown): ManifestElement[] {
  return (manifest as { modules: Array<{ declarations?: Array<Partial<ManifestElement> & { customElement?: boolean }> }> }).modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is ManifestElement & { customElement: true } => Boolean(d.customElement && d.tagName))
    .filter((d) => customElements.get(d.tagName) !== undefined);
}

const sources = [
  { id: 'municipalities', file: 'municipalities-2021.json', lv: 'Pašvaldības 2021 (reālie dati)', en: 'Municipalities 2021 (real data)' },
  { id: 'institutions', file: 'institutions.json', lv: 'Valsts iestādes 2017–2022 (reālie dati)', en: 'State institutions 2017–2022 (real data)' },
  { id: 'fictional', file: 'fictional.json', lv: 'Izdomāti dati: 119 pašvaldības', en: 'Fictional data: 119 municipalities' },
] as const;

const texts = {
  lv: {
    hConfigurator: 'Konfigurators: iegultais kods',
    intro: 'Izvēlieties elementu, datus un atribūtus; nokopējiet kodu savai lapai. Visi faili ir jūsu vietnē: ne konta, ne ārēja servisa.',
    element: 'Elements',
    data: 'Dati',
    url: 'Cits dokuments (URL)',
    urlField: 'Dokumenta adrese',
    check: 'Pārbaudīt',
    checking: 'Pārbauda…',
    valid: (title: string, editions: string) => `Derīgs dokuments: ${title} (${editions}).`,
    // Latvian nouns agree with the last digit: 1, 21, 31 … (not 11) take the singular.
    invalid: (n: number) => `Dokumentā ir ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'kļūda' : 'kļūdas'}:`,
    more: (n: number) => `… un vēl ${n}.`,
    notJson: 'Atbilde nav JSON.',
    fetchFailed: (detail: string) =>
      `Dokumentu nevar ielādēt (${detail}). Ja tas ir citā vietnē, tai jāatļauj CORS.`,
    requestFailed: 'pieprasījums neizdevās',
    attributes: 'Atribūti',
    pageLang: 'lapas valoda',
    latest: 'jaunākais',
    ids: (list: string) => `Šajā dokumentā: ${list}`,
    base: 'Kur jūsu vietnē ir dist/ mape',
    preview: 'Priekšskatījums',
    scriptSnippet: 'Ar skripta tagu (ja CMS atļauj skriptus)',
    iframeSnippet: 'Ar iframe (ja CMS skriptus izņem)',
    iframeNote:
      'Bez embed-host.js iframe paliek norādītajā augstumā; ar to augstums pielāgojas saturam. Rāmja apmali noņem jūsu vietnes CSS, piemēram, .eindex-frame { border: 0 }: style atribūtu stingra satura drošības politika (CSP) bloķē.',
    noCode: 'Kods netiek rakstīts, jo šo konfigurāciju nevar parādīt bez problēmām:',
    copy: 'Kopēt',
    copied: 'Nokopēts.',
    copyFailed: 'Neizdevās nokopēt: iezīmēts, spiediet Ctrl+C.',
    hTheme: 'Vietnes krāsas: tēmas piemērs',
    themeIntro:
      'Ministrijas stila vietne (izdomātas krāsas) ar izdomātiem datiem: vietnes CSS iestata --eindex-* īpašības un ::part() stilus. Citu izmaiņu nav.',
    themeSite: 'Piemēra ministrija',
    themeNav: 'Jaunumi · Darbības jomas · Kontakti',
    themeCss: 'Izmantotais CSS',
    summaries: {
      'eindex-ranking': 'E-indeksa rezultātu reitinga tabula.',
      'eindex-radar': 'E-indeksa rezultātu radara diagramma pa kategorijām.',
      'eindex-gauge': 'E-indeksa kopvērtējuma un brieduma līmeņa rādītājs.',
      'eindex-trend': 'Iestādes vai pašvaldības E-indekss pa gadiem.',
      'eindex-levels': 'Cik iestāžu vai pašvaldību sasniedza katru brieduma līmeni.',
    } as Record<string, string>,
    /** Latvian hints by attribute, or by `tag:attribute` where one name means different things. */
    hints: {
      lang: 'lv vai en; pēc noklusējuma tuvākā vecākelementa lang, citādi lv. Lapas valodas maiņai elements seko uzreiz.',
      edition: 'Izdevuma gads; pēc noklusējuma jaunākais.',
      group: 'Rādāmo grupu identifikatori, atdalīti ar atstarpi; pēc noklusējuma visas. Vietas tad ir vietas šajās grupās.',
      limit: 'Rādīt pirmās N rindas ar pogu „Rādīt visus”.',
      sort: 'Kārtot pēc: total (noklusējums), group-score, name, level vai kategorijas identifikatora.',
      columns: 'Kolonnas, atdalītas ar atstarpi: rank name group total group-score level change, kategoriju identifikatori vai categories.',
      highlight: 'Iestāžu vai pašvaldību identifikatori, kuru rindas redzamas arī ārpus limit un ir izceltas (piemēram, pašvaldības pašas rinda).',
      search: 'Rādīt meklēšanas lauku, kas atlasa rindas pēc nosaukuma.',
      'eindex-ranking:download': 'Rādīt pogu, kas lejupielādē redzamās rindas CSV formātā.',
      download: 'Rādīt pogas „Lejupielādēt attēlu” (SVG un PNG): diagramma ar virsrakstu, izdevumu un avotu kā atsevišķs attēls.',
      caption: 'Tabulas virsraksts; pēc noklusējuma dokumenta nosaukums un gads.',
      bars: 'Rādīt katrā vērtējuma šūnā joslu, kuras garums atbilst vērtībai skalā.',
      'eindex-radar:entity': 'Iestādes vai pašvaldības identifikators, kuras rezultātus pa kategorijām rādīt.',
      compare: 'Ar ko salīdzināt, atdalīti ar atstarpi: iestāžu vai pašvaldību identifikatori un atslēgvārdi average, group-average, best, previous.',
      'eindex-gauge:entity': 'Iestādes vai pašvaldības identifikators, kuras kopvērtējumu rādīt.',
      value: 'Skaitlis, ko rādīt bez datiem (vai iestādes kopvērtējuma vietā).',
      'eindex-trend:entity': 'Iestādes vai pašvaldības identifikators, kuras rezultātus pa gadiem rādīt.',
      'eindex-trend:compare': 'Ar ko salīdzināt, atdalīti ar atstarpi: iestāžu vai pašvaldību identifikatori un atslēgvārdi average, group-average.',
      measure: 'Ko rādīt: total (kopvērtējums, noklusējums), rank (vieta, 1. augšā) vai kategorijas identifikators.',
      'eindex-levels:entity': 'Iestādes vai pašvaldības identifikators, kuras līmeni atzīmēt.',
      'eindex-levels:group': 'Grupu identifikatori, atdalīti ar atstarpi; tad līmeņi saskaitīti no šo grupu vienībām failā.',
      editions: 'all — pa joslai katram izdevumam; pēc noklusējuma tikai edition (jaunākais).',
    } as Record<string, string>,
  },
  en: {
    hConfigurator: 'Configurator: the embed code',
    intro: 'Choose an element, the data and the attributes; copy the code for your page. Every file is on your own site: no account, no outside service.',
    element: 'Element',
    data: 'Data',
    url: 'Another document (URL)',
    urlField: 'Address of the document',
    check: 'Check',
    checking: 'Checking…',
    valid: (title: string, editions: string) => `A valid document: ${title} (${editions}).`,
    invalid: (n: number) => `The document has ${n} ${n === 1 ? 'problem' : 'problems'}:`,
    more: (n: number) => `… and ${n} more.`,
    notJson: 'The answer is not JSON.',
    fetchFailed: (detail: string) => `The document cannot be loaded (${detail}). If it is on another site, that site must allow CORS.`,
    requestFailed: 'the request failed',
    attributes: 'Attributes',
    pageLang: "the page's language",
    latest: 'the latest',
    ids: (list: string) => `In this document: ${list}`,
    base: 'Where the dist/ folder is on your site',
    preview: 'Preview',
    scriptSnippet: 'With a script tag (when the CMS allows scripts)',
    iframeSnippet: 'With an iframe (when the CMS strips scripts)',
    iframeNote:
      "Without embed-host.js the iframe keeps the height written on it; with it, the height follows the content. Remove the frame's border in your site's CSS, e.g. .eindex-frame { border: 0 }: a strict Content Security Policy blocks style attributes.",
    noCode: 'No code is written: this configuration cannot be shown without problems:',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Could not copy: the text is selected, press Ctrl+C.',
    hTheme: "A site's colours: a theme example",
    themeIntro:
      "A ministry-style site (invented colours) with fictional data: the site's CSS sets the --eindex-* properties and ::part() styles. Nothing else changes.",
    themeSite: 'Ministry of Examples',
    themeNav: 'News · Policy areas · Contacts',
    themeCss: 'The CSS used',
    /** English summaries and hints are the manifest's own. */
    summaries: {} as Record<string, string>,
    hints: {} as Record<string, string>,
  },
};
type Texts = (typeof texts)['lv'];

interface State {
  tag: string;
  source: string;
  url: string;
  base: string;
  values: Map<string, string>;
}

const state: State = { tag: '', source: 'municipalities', url: '', base: '/eindex-widgets/', values: new Map() };

/**
 * What the preview made of the configuration: not known yet, drawn without a problem, or the
 * problems it shows (an error, misconfiguration notices). Only `ok` gets code to copy.
 */
type Outcome = { readonly kind: 'pending' } | { readonly kind: 'ok' } | { readonly kind: 'problems'; readonly messages: readonly string[] };
let outcome: Outcome = { kind: 'pending' };

/** The loaded document of the chosen source, for edition years and id hints. */
let doc: EIndexDocument | undefined;
let docGeneration = 0;

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'lv');
const t = (): Texts => texts[lang()];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const attrEscape = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isBoolean = (a: ManifestAttribute): boolean => /\bboolean\b/.test(a.type?.text ?? '');
const current = (): ManifestElement | undefined => elements.find((e) => e.tagName === state.tag);
const baseUrl = (): string => (state.base.trim() === '' ? './' : state.base.trim().replace(/\/?$/, '/'));
const sourceFile = (): string | undefined => sources.find((s) => s.id === state.source)?.file;

/** The hint under an attribute: Latvian from `texts`, English from the manifest (markdown shown as plain text). */
function hintFor(tag: string, a: ManifestAttribute): string {
  if (lang() === 'lv') return t().hints[`${tag}:${a.name}`] ?? t().hints[a.name] ?? '';
  return (a.description ?? '').replace(/`/g, '');
}

function summaryFor(e: ManifestElement): string {
  return lang() === 'lv' ? (t().summaries[e.tagName] ?? '') : (e.summary ?? '');
}

/** The element's attributes as the user set them, in manifest order. */
function chosenAttributes(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const a of current()?.attributes ?? []) {
    if (NOT_IN_FORM.has(a.name)) continue;
    const value = state.values.get(a.name);
    if (value === undefined || (value === '' && !isBoolean(a))) continue;
    out.push([a.name, value]);
  }
  return out;
}

// ---------------------------------------------------------------- the form

let root!: HTMLElement;
let attributeBox!: HTMLElement;
let preview!: HTMLElement;
let scriptCode!: HTMLElement;
let iframeCode!: HTMLElement;
let checkOutput!: HTMLElement;
let problemBox!: HTMLElement;
/** The snippets and their note: hidden while there is no code to copy. */
let codeParts: HTMLElement[] = [];
/** "Nokopēts." / "Copied." after a copy; it goes as soon as the code changes. */
let copyStatuses: HTMLElement[] = [];

function build(): void {
  const tx = t();
  root.replaceChildren();
  const form = el('form', { class: 'cfg-form', novalidate: '' });
  form.addEventListener('submit', (event) => event.preventDefault());

  const elementSelect = el('select', { id: 'cfg-element' });
  for (const e of elements) {
    const summary = summaryFor(e);
    elementSelect.append(el('option', { value: e.tagName }, `<${e.tagName}>${summary ? ` — ${summary}` : ''}`));
  }
  elementSelect.value = state.tag;
  elementSelect.addEventListener('change', () => {
    state.tag = elementSelect.value;
    state.values.clear();
    buildAttributes();
    update();
  });
  form.append(el('p', {}, el('label', { for: 'cfg-element' }, tx.element), ' ', elementSelect));

  const dataSet = el('fieldset', {}, el('legend', {}, tx.data));
  for (const s of [...sources.map((s) => ({ id: s.id, label: s[lang()] })), { id: 'url', label: tx.url }]) {
    const radio = el('input', { type: 'radio', name: 'cfg-source', id: `cfg-source-${s.id}`, value: s.id });
    radio.checked = state.source === s.id;
    radio.addEventListener('change', () => {
      state.source = s.id;
      urlRow.hidden = s.id !== 'url';
      void loadSource();
    });
    dataSet.append(el('div', { class: 'cfg-radio' }, radio, ' ', el('label', { for: `cfg-source-${s.id}` }, s.label)));
  }
  const urlInput = el('input', { type: 'url', id: 'cfg-url', placeholder: 'https://…/eindex.json', autocomplete: 'off', spellcheck: 'false' });
  urlInput.value = state.url;
  urlInput.addEventListener('change', () => {
    state.url = urlInput.value.trim();
    void loadSource();
  });
  const checkButton = el('button', { type: 'button' }, tx.check);
  checkButton.addEventListener('click', () => {
    state.url = urlInput.value.trim();
    void loadSource();
  });
  checkOutput = el('div', { class: 'cfg-check', role: 'status' });
  const urlRow = el('div', { class: 'cfg-url' }, el('label', { for: 'cfg-url' }, tx.urlField), urlInput, checkButton, checkOutput);
  urlRow.hidden = state.source !== 'url';
  dataSet.append(urlRow);
  form.append(dataSet);

  attributeBox = el('fieldset', { class: 'cfg-attributes' });
  form.append(attributeBox);

  const baseInput = el('input', { type: 'text', id: 'cfg-base', autocomplete: 'off', spellcheck: 'false' });
  baseInput.value = state.base;
  baseInput.addEventListener('input', () => {
    state.base = baseInput.value;
    updateSnippets();
  });
  form.append(el('p', {}, el('label', { for: 'cfg-base' }, tx.base), baseInput));

  preview = el('div', { class: 'cfg-preview' });
  scriptCode = el('code');
  iframeCode = el('code');
  copyStatuses = [];
  problemBox = el('div', { class: 'cfg-problem', role: 'status' });
  codeParts = [
    snippet(tx.scriptSnippet, scriptCode, 'cfg-script'),
    snippet(tx.iframeSnippet, iframeCode, 'cfg-iframe'),
    el('p', { class: 'cfg-note' }, tx.iframeNote),
  ];
  const output = el('div', { class: 'cfg-output' }, el('h3', {}, tx.preview), preview, problemBox, ...codeParts);
  root.append(el('p', {}, tx.intro), el('div', { class: 'cfg-grid' }, form, output));
  buildAttributes();
  update();
}

function snippet(heading: string, code: HTMLElement, id: string): HTMLElement {
  const tx = t();
  const status = el('span', { class: 'cfg-copied', role: 'status' });
  copyStatuses.push(status);
  const button = el('button', { type: 'button', 'aria-describedby': `${id}-h` }, tx.copy);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = tx.copied;
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = tx.copyFailed;
    }
  });
  return el('div', { class: 'cfg-snippet' }, el('h4', { id: `${id}-h` }, heading), el('pre', { tabindex: '0', 'aria-labelledby': `${id}-h` }, code), el('p', {}, button, ' ', status));
}

function buildAttributes(): void {
  const tx = t();
  attributeBox.replaceChildren(el('legend', {}, `${tx.attributes}: <${state.tag}>`));
  for (const a of current()?.attributes ?? []) {
    if (NOT_IN_FORM.has(a.name)) continue;
    const id = `cfg-attr-${a.name}`;
    const hintId = `${id}-hint`;
    const hint = el('small', { id: hintId }, hintFor(state.tag, a));
    const ids = idsFor(a.name);
    if (ids) hint.append(el('br'), tx.ids(ids.join(' ')));
    const value = state.values.get(a.name) ?? '';
    let control: HTMLInputElement | HTMLSelectElement;
    if (isBoolean(a)) {
      const box = el('input', { type: 'checkbox', id, 'aria-describedby': hintId });
      box.checked = state.values.has(a.name);
      box.addEventListener('change', () => {
        if (box.checked) state.values.set(a.name, '');
        else state.values.delete(a.name);
        update();
      });
      attributeBox.append(el('div', { class: 'cfg-field cfg-check-field' }, box, ' ', el('label', { for: id }, el('code', {}, a.name)), hint));
      continue;
    } else if (a.name === 'lang' || a.name === 'edition') {
      control = el('select', { id, 'aria-describedby': hintId });
      control.append(el('option', { value: '' }, a.name === 'lang' ? tx.pageLang : tx.latest));
      const options = a.name === 'lang' ? ['lv', 'en'] : [...(doc?.editions ?? [])].map((e) => String(e.year)).reverse();
      for (const option of options) control.append(el('option', { value: option }, option));
      control.value = options.includes(value) ? value : '';
    } else {
      const number = /\bnumber\b/.test(a.type?.text ?? '');
      control = el('input', { id, type: number ? 'number' : 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hintId });
      if (number) control.setAttribute('min', '0');
      control.value = value;
    }
    const field = control;
    field.addEventListener(field instanceof HTMLSelectElement ? 'change' : 'input', () => {
      state.values.set(a.name, field.value.trim());
      update();
    });
    attributeBox.append(el('div', { class: 'cfg-field' }, el('label', { for: id }, el('code', {}, a.name)), field, hint));
  }
}

/** Ids the document offers for an attribute that takes ids, for the hint under it. */
function idsFor(name: string): string[] | undefined {
  if (!doc) return undefined;
  if (name === 'group') return doc.groups.map((g) => g.id);
  if (name === 'entity' || name === 'highlight' || name === 'compare') {
    const edition = doc.editions[doc.editions.length - 1];
    const ids = (edition?.entities ?? []).map((e) => e.id);
    return ids.length > 12 ? [...ids.slice(0, 12), '…'] : ids;
  }
  return undefined;
}

// ---------------------------------------------------------------- data, preview, snippets

async function loadSource(): Promise<void> {
  const generation = ++docGeneration;
  const tx = t();
  const file = sourceFile();
  const url = file ? `/data/${file}` : state.url;
  doc = undefined;
  if (state.source === 'url') checkOutput.replaceChildren(state.url ? tx.checking : '');
  if (url) {
    const result = await checkDocument(url);
    if (generation !== docGeneration) return;
    doc = result.doc;
    if (state.source === 'url') checkOutput.replaceChildren(...result.report);
  }
  buildAttributes();
  update();
}

/** Loads and validates a document, and says what is wrong with it in the page's language. */
async function checkDocument(url: string): Promise<{ doc?: EIndexDocument; report: Node[] }> {
  const tx = t();
  let json: unknown;
  try {
    const response = await fetch(new URL(url, document.baseURI), { headers: { accept: 'application/json' } });
    if (!response.ok) return { report: [el('p', { class: 'cfg-bad' }, tx.fetchFailed(`HTTP ${response.status}`))] };
    try {
      json = await response.json();
    } catch {
      return { report: [el('p', { class: 'cfg-bad' }, tx.notJson)] };
    }
  } catch {
    // The browser's own reason ("Failed to fetch") is in its language, not the page's.
    return { report: [el('p', { class: 'cfg-bad' }, tx.fetchFailed(tx.requestFailed))] };
  }
  const result = validateDocument(json);
  if (result.ok) {
    const years = result.document.editions.map((e) => e.year).join(', ');
    return { doc: result.document, report: [el('p', { class: 'cfg-good' }, tx.valid(localText(result.document.title, lang()), years))] };
  }
  const shown = result.problems.slice(0, 10);
  const list = el('ul', {}, ...shown.map((p) => el('li', {}, describeProblem(p, lang()))));
  const report: Node[] = [el('p', { class: 'cfg-bad' }, tx.invalid(result.problems.length)), list];
  if (result.problems.length > shown.length) report.push(el('p', {}, tx.more(result.problems.length - shown.length)));
  return { report };
}

function update(): void {
  const file = sourceFile();
  const element = document.createElement(state.tag);
  const src = file ? `/data/${file}` : state.url;
  if (src) element.setAttribute('src', src);
  for (const [name, value] of chosenAttributes()) element.setAttribute(name, value);
  // Only this preview's outcome counts: a replaced one may still report.
  const settle = (next: Outcome): void => {
    if (preview.firstElementChild !== element) return;
    outcome = next;
    updateSnippets();
  };
  element.addEventListener('eindex-error', (event) => settle({ kind: 'problems', messages: [event.detail.message] }));
  element.addEventListener('eindex-load', () => {
    // The preview's height settles after its first frame: the iframe snippet's height follows it.
    requestAnimationFrame(() => {
      const notices = [...(element.shadowRoot?.querySelectorAll('[part="notice"]') ?? [])].map((notice) => notice.textContent ?? '');
      // A view with nothing in it ("choose an entity", an empty group) is no embed either.
      const empty = element.shadowRoot?.querySelector('.status.empty')?.textContent?.trim();
      if (empty) notices.push(empty);
      settle(notices.length > 0 ? { kind: 'problems', messages: notices } : { kind: 'ok' });
    });
  });
  outcome = { kind: 'pending' };
  preview.replaceChildren(element);
  updateSnippets();
}

function updateSnippets(): void {
  for (const status of copyStatuses) status.textContent = '';
  for (const part of codeParts) part.hidden = outcome.kind !== 'ok';
  problemBox.replaceChildren(
    ...(outcome.kind === 'problems' ? [el('p', { class: 'cfg-bad' }, t().noCode), el('ul', {}, ...outcome.messages.map((m) => el('li', {}, m)))] : []),
  );
  if (outcome.kind !== 'ok') {
    scriptCode.textContent = '';
    iframeCode.textContent = '';
    return;
  }
  const base = baseUrl();
  const file = sourceFile();
  const attributes = chosenAttributes();
  const name = state.tag.replace(/^eindex-/, '');

  const pageSrc = file ? `${base}data/${file}` : state.url;
  const attributeText = [...(pageSrc ? [['src', pageSrc] as [string, string]] : []), ...attributes]
    .map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${attrEscape(v)}"`))
    .join('');
  scriptCode.textContent = `<script type="module" src="${attrEscape(`${base}eindex-${name}.js`)}"></script>\n<${state.tag}${attributeText}></${state.tag}>`;

  // In the iframe, a bundled file is found next to embed.html.
  const query = new URLSearchParams({ element: state.tag });
  const frameSrc = file ? `data/${file}` : state.url;
  if (frameSrc) query.set('src', frameSrc);
  // The embed page refuses `value` and `caption` (they would change what the data says).
  for (const [n, v] of attributes) if (!NOT_EMBED_PARAMETERS.has(n)) query.set(n, v);
  const title = doc ? localText(doc.title, lang()) : 'E-indekss';
  // The preview's height, rounded up, for a bare iframe without embed-host.js.
  const height = Math.max(150, Math.ceil(preview.getBoundingClientRect().height / 10) * 10 + 20);
  // No style attribute: a strict CSP (style-src without 'unsafe-inline') drops it. The class
  // lets the site's own CSS remove the border; width and height are attributes.
  iframeCode.textContent =
    `<iframe class="eindex-frame" src="${attrEscape(`${base}embed.html?${query}`)}" title="${attrEscape(title)}" width="100%" height="${height}" loading="lazy"></iframe>\n` +
    `<script src="${attrEscape(`${base}embed-host.js`)}" defer></script>`;
}

// ---------------------------------------------------------------- the theme demo and the page language

function applyTexts(): void {
  const tx = t();
  const set = (id: string, text: string): void => {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  };
  set('h-configurator', tx.hConfigurator);
  set('h-theme-demo', tx.hTheme);
  set('theme-demo-intro', tx.themeIntro);
  set('theme-demo-site', tx.themeSite);
  set('theme-demo-nav', tx.themeNav);
  set('theme-demo-css-summary', tx.themeCss);
}

/**
 * Builds the configurator into `mount` and follows the page's language switch (which flips
 * `<html lang>`). Returns a function that stops following it.
 */
export function startConfigurator(mount: HTMLElement, manifest: unknown, themeCss = ''): () => void {
  elements = manifestElements(manifest);
  Object.assign(state, {
    tag: elements.find((e) => e.tagName === 'eindex-ranking')?.tagName ?? elements[0]?.tagName ?? '',
    source: 'municipalities',
    url: '',
    values: new Map(),
  });
  if (!state.tag) return () => undefined;
  root = mount;
  const css = document.getElementById('theme-demo-css');
  if (css) css.textContent = themeCss.trim();
  applyTexts();
  build();
  void loadSource();
  let shownLang = lang();
  // The page's language switch flips <html lang>: rebuild the texts, keep the choices.
  const observer = new MutationObserver(() => {
    if (lang() === shownLang) return;
    shownLang = lang();
    applyTexts();
    build();
    void loadSource();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
