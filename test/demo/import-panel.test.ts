/**
 * The demo's "from a spreadsheet" panel (demo/import-panel-app.ts), as an editor uses it:
 * cells pasted from a spreadsheet (tab-separated) or a CSV file chosen, the column mapping and
 * every problem by line and column, then the JSON download (read back from the very Blob the
 * link downloads), the snippets and the preview. Fictional names only.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { startImportPanel } from '../../demo/import-panel-app.js';
import type { EIndexRanking } from '../../src/ranking/eindex-ranking.js';
import { expectAccessible } from '../helpers/element.js';
import { text, until } from '../helpers/dom.js';

/** As Excel or LibreOffice put a copied range on the clipboard: tabs, CRLF, Latvian headers and decimal commas. */
const PASTED = [
  ['Nosaukums', 'Grupa', 'Kopvērtējums', 'Brieduma līmenis', 'Atvērto datu pieejamība', 'Pakalpojumu nodrošināšana', 'Piezīmes'],
  ['Priedaines novads (izdomāts)', 'Ziemeļu grupa', '64,8', '3', '93', '58,25', 'x'],
  ['Ozolkalna pilsēta (izdomāta)', 'Dienvidu grupa', 'seši', '2', '', '42', ''],
  ['Liepu ciems (izdomāts)', 'Dienvidu grupa', '41,2', '', '101', '', ''],
].map((cells) => cells.join('\t')).join('\r\n');

let stop: (() => void) | undefined;
let root: HTMLElement;
const pageLang = document.documentElement.lang;

/** What the panel's download link hands the browser: its file name and the Blob behind its URL. */
interface Download { readonly name: string; readonly blob: Blob }
let downloads: Download[];
const createObjectURL = URL.createObjectURL.bind(URL);
const blobs = new Map<string, Blob>();
const recordDownload = (event: MouseEvent): void => {
  const link = event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download') ? event.target : undefined;
  if (!link) return;
  // The test reads the file instead of the browser saving it.
  event.preventDefault();
  downloads.push({ name: link.download, blob: blobs.get(link.href)! });
};

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  document.addEventListener('click', recordDownload, true);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  stop?.();
  stop = undefined;
  root.remove();
  URL.createObjectURL = createObjectURL;
  document.removeEventListener('click', recordDownload, true);
  document.documentElement.lang = pageLang;
});

function open(lang: 'lv' | 'en'): void {
  document.documentElement.lang = lang;
  stop = startImportPanel(root);
}

function paste(value: string): void {
  const textarea = root.querySelector<HTMLTextAreaElement>('#imp-text')!;
  textarea.value = value;
  textarea.dispatchEvent(new Event('input'));
}

function setYear(value: string): void {
  const input = root.querySelector<HTMLInputElement>('#imp-year')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const mapping = (): string[][] =>
  [...root.querySelectorAll('.imp-mapping tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
const problems = (): string[] => [...root.querySelectorAll('.imp-problems li')].map((item) => text(item));

describe('demo import panel', () => {
  it('shows how each pasted column is read and every problem by line and column, in Latvian', async () => {
    open('lv');
    expect(text(root.querySelector('.imp-result'))).to.equal('Iekopējiet datus, lai redzētu rezultātu.');
    setYear('2023');
    paste(PASTED);
    expect(mapping()).to.deep.equal([
      ['Nosaukums', 'nosaukums'],
      ['Grupa', 'grupa'],
      ['Kopvērtējums', 'kopvērtējums'],
      ['Brieduma līmenis', 'brieduma līmenis'],
      ['Atvērto datu pieejamība', 'sadaļa: Atvērto datu pieejamība'],
      ['Pakalpojumu nodrošināšana', 'sadaļa: Pakalpojumu nodrošināšana'],
      ['Piezīmes', 'netiek ņemta vērā'],
    ]);
    const alert = root.querySelector('[role="alert"].imp-problems')!;
    expect(text(alert.querySelector('strong'))).to.equal('2 problēmas: izlabojiet izklājlapā un iekopējiet vēlreiz.');
    expect(problems()).to.deep.equal([
      '3. rinda, kolonna „Kopvērtējums”: „seši” nav skaitlis (tukša šūna nozīmē „nav publicēts”).',
      '4. rinda, kolonna „Atvērto datu pieejamība”: „101” ir ārpus skalas 0–100.',
    ]);
    expect(root.querySelector('.imp-result button'), 'no download while there are problems').to.equal(null);
    await expectAccessible(root);
  });

  it('downloads the document it shows, gives an inline and a src snippet and previews the ranking', async () => {
    open('lv');
    setYear('2023');
    paste(PASTED.replace('seši', '38,5').replace('\t101\t', '\t\t'));
    expect(problems()).to.deep.equal([]);
    expect(text(root.querySelector('[role="status"].imp-ok'))).to.equal('Gatavs: 3 rindas, 2 grupas. Dokuments ir derīgs.');
    expect(text(root.querySelector('.imp-warnings'))).to.contain('Piezīmes');

    [...root.querySelectorAll<HTMLButtonElement>('.imp-result button')].find((button) => text(button) === 'Lejupielādēt JSON')!.click();
    expect(downloads.map((d) => d.name)).to.deep.equal(['e-indekss-2023.json']);
    expect(downloads[0]!.blob.type).to.equal('application/json');
    const doc = JSON.parse(await downloads[0]!.blob.text()) as {
      schema: string;
      groups: { id: string; name: string }[];
      editions: { year: number; entities: { name: string; group: string; total: number | null; level?: number; scores: Record<string, number | null> }[] }[];
    };
    expect(doc.schema).to.equal('eindex/1');
    expect(doc.groups.map((g) => [g.id, g.name])).to.deep.equal([['ziemelu-grupa', 'Ziemeļu grupa'], ['dienvidu-grupa', 'Dienvidu grupa']]);
    expect(doc.editions.map((e) => e.year)).to.deep.equal([2023]);
    const [first, second, third] = doc.editions[0]!.entities;
    expect([first!.name, first!.total, first!.level, first!.scores['open-data'], first!.scores['services']]).to.deep.equal(['Priedaines novads (izdomāts)', 64.8, 3, 93, 58.25]);
    expect(second!.total).to.equal(38.5);
    expect(second!.scores['open-data'], 'an empty cell is not published, never 0').to.equal(null);
    expect([third!.group, third!.total, third!.scores['open-data'], third!.scores['services']]).to.deep.equal(['dienvidu-grupa', 41.2, null, null]);

    // The src snippet follows the address typed; the inline one carries the same document.
    const src = root.querySelector<HTMLInputElement>('#imp-src')!;
    src.value = '/dati/e-indekss-2023.json';
    src.dispatchEvent(new Event('input'));
    const codes = [...root.querySelectorAll('pre code')].map((code) => code.textContent ?? '');
    expect(codes[0]).to.equal('<script type="module" src="/eindex-widgets/eindex-widgets.js"></script>\n<eindex-ranking src="/dati/e-indekss-2023.json" lang="lv"></eindex-ranking>');
    const inline = new DOMParser().parseFromString(codes[1]!, 'text/html').querySelector('eindex-ranking > script[type="application/json"]')!;
    expect(JSON.parse(inline.textContent!)).to.deep.equal(doc);

    const preview = root.querySelector<EIndexRanking>('eindex-ranking')!;
    await preview.updateComplete;
    const names = [...preview.shadowRoot!.querySelectorAll('tbody tr.row th')].map((cell) => text(cell));
    expect(names.map((name) => name.replace(/ \(izdomāt[sa]\).*/, ''))).to.deep.equal(['Priedaines novads', 'Liepu ciems', 'Ozolkalna pilsēta']);
    await expectAccessible(root);
  });

  it('reads a chosen CSV file in the page, in English', async () => {
    open('en');
    const csv = '\ufeffName;Group;Total;Open data\r\nFictional Office;Ministries;58,5;\r\nFictional Agency;Ministries;fifty;12\r\n';
    const files = new DataTransfer();
    files.items.add(new File([csv], 'results-2024.csv', { type: 'text/csv' }));
    const input = root.querySelector<HTMLInputElement>('#imp-file')!;
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(root, () => mapping().length > 0);
    expect(root.querySelector<HTMLTextAreaElement>('#imp-text')!.value, 'the file is shown as text').to.contain('Fictional Agency');
    expect(mapping()).to.deep.equal([['Name', 'name'], ['Group', 'group'], ['Total', 'total'], ['Open data', 'category: Open data availability']]);
    expect(text(root.querySelector('.imp-problems strong'))).to.equal('1 problem: fix them in the spreadsheet and paste again.');
    expect(problems()).to.deep.equal(['Line 3, column "Total": "fifty" is not a number (an empty cell means "not published").']);
    await expectAccessible(root);
  });
});
