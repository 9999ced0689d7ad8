/**
 * The demo page's "from a spreadsheet" panel: paste cells copied from Excel or LibreOffice,
 * or drop a CSV / TSV file; see how each column was recognised and every problem by row and
 * column; preview the ranking; download the JSON; copy a snippet with the data inline or with
 * a `src` to where the JSON will be put. The same import as `eindex-widgets import`
 * (src/import/), run in this tab: no data leaves the browser (no request is made).
 */
import type { EIndexDocument, Lang } from '../src/data/types.js';
import type { EIndexRanking } from '../src/ranking/eindex-ranking.js';
import { importSpreadsheet, type ImportResult } from '../src/import/import.js';
import { decodeSpreadsheetBytes } from '../src/import/delimited.js';
import { E_INDEX_CATEGORIES } from '../src/import/headers.js';
import { describeField, describeImportProblem } from '../src/i18n/import-messages.js';
import { localText } from '../src/i18n/lang.js';

const texts = {
  lv: {
    heading: 'No izklājlapas: importēt CSV',
    intro: 'Iekopējiet šūnas no Excel vai LibreOffice (ar galvenes rindu) vai ievelciet CSV failu. Dati paliek šajā pārlūkā: nekas netiek sūtīts.',
    paste: 'Šūnas vai CSV teksts',
    file: 'vai CSV / TSV fails',
    year: 'Gads',
    mapping: 'Kolonnas',
    column: 'Kolonna failā',
    meaning: 'Nozīme',
    problems: (n: number) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'problēma' : 'problēmas'}: izlabojiet izklājlapā un iekopējiet vēlreiz.`,
    ok: (rows: number, groups: number) => `Gatavs: ${rows} rindas, ${groups} grupas. Dokuments ir derīgs.`,
    download: 'Lejupielādēt JSON',
    inline: 'Kods ar iekļautiem datiem',
    withSrc: 'Kods ar saiti uz JSON failu',
    srcHint: 'Augšupielādējiet lejupielādēto JSON savā vietnē un norādiet tā adresi:',
    srcLabel: 'JSON adrese',
    copy: 'Kopēt',
    copied: 'Nokopēts.',
    preview: 'Priekšskatījums',
    empty: 'Iekopējiet datus, lai redzētu rezultātu.',
  },
  en: {
    heading: 'From a spreadsheet: import a CSV',
    intro: 'Paste cells copied from Excel or LibreOffice (with the header row) or drop a CSV file. The data stays in this browser: nothing is sent.',
    paste: 'Cells or CSV text',
    file: 'or a CSV / TSV file',
    year: 'Year',
    mapping: 'Columns',
    column: 'Column in the file',
    meaning: 'Read as',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}: fix them in the spreadsheet and paste again.`,
    ok: (rows: number, groups: number) => `Ready: ${rows} rows, ${groups} groups. The document is valid.`,
    download: 'Download JSON',
    inline: 'Snippet with the data inline',
    withSrc: 'Snippet with a link to the JSON file',
    srcHint: 'Upload the downloaded JSON to your site and give its address:',
    srcLabel: 'JSON address',
    copy: 'Copy',
    copied: 'Copied.',
    preview: 'Preview',
    empty: 'Paste data to see the result.',
  },
};

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'lv');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** JSON that can sit inside `<script type="application/json">`: `<` never closes the element. */
function inlineJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
}

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

interface PanelState {
  text: string;
  fileName: string | undefined;
  year: string;
  srcUrl: string;
  result: ImportResult | undefined;
}

function run(state: PanelState): void {
  const year = Number(state.year);
  state.result = state.text.trim() === ''
    ? undefined
    : importSpreadsheet(state.text, { year: Number.isInteger(year) ? year : undefined, fileName: state.fileName });
}

function copyButton(code: HTMLElement, tx: (typeof texts)['lv']): HTMLElement {
  const status = el('span', { role: 'status', class: 'imp-copied' });
  const button = el('button', { type: 'button' }, tx.copy);
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(code.textContent ?? '').then(() => (status.textContent = tx.copied), () => (status.textContent = ''));
  });
  return el('p', {}, button, ' ', status);
}

function renderResult(out: HTMLElement, state: PanelState): void {
  const tx = texts[lang()];
  const result = state.result;
  out.replaceChildren();
  if (!result) {
    out.append(el('p', { class: 'imp-note' }, tx.empty));
    return;
  }
  // With problems there is no document yet: the mapping still names the categories the headers were matched to.
  const categories = result.ok ? (result.document as unknown as EIndexDocument).categories : E_INDEX_CATEGORIES;
  if (result.mapping.length > 0) {
    const rows = result.mapping.map((column) => el('tr', {},
      el('th', { scope: 'row' }, column.header || '—'),
      el('td', {}, describeField(column.field, lang(), (id) => localText(categories.find((c) => c.id === id)?.name, lang()) || id))));
    out.append(el('table', { class: 'imp-mapping' },
      el('caption', {}, tx.mapping),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, tx.column), el('th', { scope: 'col' }, tx.meaning))),
      el('tbody', {}, ...rows)));
  }
  if (!result.ok) {
    out.append(
      el('div', { role: 'alert', class: 'imp-problems' },
        el('p', {}, el('strong', {}, tx.problems(result.problems.length))),
        el('ul', {}, ...result.problems.map((problem) => el('li', {}, describeImportProblem(problem, lang()))))),
    );
    return;
  }
  const doc = result.document;
  const warnings = result.warnings.map((warning) => el('li', {}, describeImportProblem(warning, lang())));
  out.append(el('p', { role: 'status', class: 'imp-ok' }, tx.ok(result.rows, (doc['groups'] as unknown[]).length)));
  if (warnings.length > 0) out.append(el('ul', { class: 'imp-warnings' }, ...warnings));

  const download = el('button', { type: 'button' }, tx.download);
  download.addEventListener('click', () => {
    const link = el('a', { download: `e-indekss-${state.year}.json`, hidden: '' });
    link.href = URL.createObjectURL(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }));
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });
  out.append(el('p', {}, download));

  const inlineCode = el('code', {}, `<script type="module" src="/eindex-widgets/eindex-widgets.js"></script>\n<eindex-ranking lang="${lang()}">\n<script type="application/json">\n${inlineJson(doc)}\n</script>\n</eindex-ranking>`);
  const srcCode = el('code', {});
  const srcInput = el('input', { type: 'url', id: 'imp-src' });
  srcInput.value = state.srcUrl;
  const updateSrc = (): void => {
    state.srcUrl = srcInput.value;
    srcCode.textContent = `<script type="module" src="/eindex-widgets/eindex-widgets.js"></script>\n<eindex-ranking src="${attribute(state.srcUrl)}" lang="${lang()}"></eindex-ranking>`;
  };
  srcInput.addEventListener('input', updateSrc);
  updateSrc();
  out.append(
    el('h4', {}, tx.withSrc),
    el('p', {}, tx.srcHint, ' ', el('label', { for: 'imp-src' }, tx.srcLabel), ' ', srcInput),
    el('pre', { tabindex: '0' }, srcCode), copyButton(srcCode, tx),
    el('details', {}, el('summary', {}, tx.inline), el('pre', { tabindex: '0' }, inlineCode), copyButton(inlineCode, tx)),
  );
  const preview = el('eindex-ranking', { lang: lang(), limit: '10' }) as EIndexRanking;
  preview.data = doc;
  out.append(el('h4', {}, tx.preview), preview);
}

function build(root: HTMLElement, state: PanelState): void {
  const tx = texts[lang()];
  const heading = document.getElementById('h-import');
  if (heading) heading.textContent = tx.heading;
  const textarea = el('textarea', { id: 'imp-text', rows: '8', spellcheck: 'false', autocomplete: 'off' });
  textarea.value = state.text;
  const fileInput = el('input', { type: 'file', id: 'imp-file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values' });
  const yearInput = el('input', { type: 'number', id: 'imp-year', min: '2000', max: '2100', step: '1' });
  yearInput.value = state.year;
  const out = el('div', { class: 'imp-result' });
  const refresh = (): void => {
    run(state);
    renderResult(out, state);
  };
  textarea.addEventListener('input', () => {
    state.text = textarea.value;
    state.fileName = undefined;
    refresh();
  });
  yearInput.addEventListener('input', () => {
    state.year = yearInput.value;
    refresh();
  });
  const readFile = async (file: File): Promise<void> => {
    // Read here, in the page: the file is never uploaded.
    const { text } = decodeSpreadsheetBytes(new Uint8Array(await file.arrayBuffer()));
    state.text = text;
    state.fileName = file.name;
    textarea.value = text;
    refresh();
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file);
  });
  textarea.addEventListener('dragover', (event) => event.preventDefault());
  textarea.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  });
  root.replaceChildren(
    el('p', {}, tx.intro),
    el('div', { class: 'imp-inputs' },
      el('p', {}, el('label', { for: 'imp-text' }, tx.paste), el('br'), textarea),
      el('p', {}, el('label', { for: 'imp-file' }, tx.file), ' ', fileInput),
      el('p', {}, el('label', { for: 'imp-year' }, tx.year), ' ', yearInput)),
    out,
  );
  refresh();
}

/**
 * Draws the panel into `root`, again in the other language when the page's `lang` changes;
 * what was pasted stays. Returns a function that stops following the language.
 */
export function startImportPanel(root: HTMLElement): () => void {
  const state: PanelState = { text: '', fileName: undefined, year: String(new Date().getFullYear() - 1), srcUrl: '/eindex-widgets/data/e-indekss.json', result: undefined };
  build(root, state);
  let shownLang = lang();
  const observer = new MutationObserver(() => {
    if (lang() === shownLang) return;
    shownLang = lang();
    build(root, state);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
