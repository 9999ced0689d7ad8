/**
 * Messages for spreadsheet import problems (src/import/import.ts), in Latvian and English.
 * Each names the line (header = line 1), the column header and the cell as written,
 * shortened, so the author finds it in the spreadsheet.
 */
import type { Lang } from '../data/types.js';
import type { ImportProblem } from '../import/import.js';
import type { Field } from '../import/headers.js';
import { describeProblem } from './problems.js';

type Params = Readonly<Record<string, string | number>>;
type Say = (value: string, params: Params) => string;

const quote: Record<Lang, (text: string) => string> = {
  lv: (text) => `„${text}”`,
  en: (text) => `"${text}"`,
};

const texts: Record<Lang, Record<Exclude<ImportProblem['code'], 'bad-template' | 'invalid-document'>, Say>> = {
  lv: {
    'too-large': (_v, p) => `Fails ir par lielu: ${p['bytes']} rakstzīmes (atļauts līdz ${p['max']}).`,
    'empty-file': () => 'Failā nav nevienas rindas ar datiem.',
    'too-many-rows': (_v, p) => `Par daudz rindu: atļauts līdz ${p['max']} datu rindām.`,
    'too-many-columns': (_v, p) => `Par daudz kolonnu: atļauts līdz ${p['max']}.`,
    'cell-too-long': (_v, p) => `Šūna ir par garu: atļauts līdz ${p['max']} rakstzīmēm.`,
    'unclosed-quote': () => 'Pēdiņas atvērtas, bet nav aizvērtas līdz faila beigām.',
    'text-after-quote': () => 'Pēc aizverošajām pēdiņām ir teksts (lauks nav pareizi ielikts pēdiņās).',
    'no-year': (v) => (v ? `Gads ${quote.lv(v)} nav derīgs.` : 'Nav zināms izdevuma gads: norādiet --year (piemēram, --year 2021).'),
    'edition-exists': (_v, p) => `Veidnē jau ir ${p['year']}. gada izdevums.`,
    'no-name-column': (_v, p) =>
      `Nav atrasta nosaukuma kolonna („Nosaukums” vai „Name”). Galvene: ${p['headers']}.`,
    'duplicate-column': (_v, p) => `kolonna atkārto kolonnu ${quote.lv(String(p['first']))}.`,
    'unknown-column': () => 'kolonna nav atpazīta un netiek ņemta vērā.',
    'extra-cells': (_v, p) => `rindā ir ${p['cells']} šūnas, bet galvenē tikai ${p['columns']} kolonnas.`,
    'missing-name': () => 'nav nosaukuma.',
    'not-a-number': (v) => `${v} nav skaitlis (tukša šūna nozīmē „nav publicēts”).`,
    'out-of-scale': (v, p) => `${v} ir ārpus skalas ${p['min']}–${p['max']}.`,
    'bad-level': (v) => `${v} nav brieduma līmenis (gaidīts vesels skaitlis, piemēram, 3).`,
    'unknown-level': (v, p) => `līmenis ${v} nav veidnē (ir: ${p['known'] || 'neviena'}).`,
    'unknown-group': (v, p) => `grupa ${v} nav veidnē (ir: ${p['known']}).`,
    'bad-url': (v) => `${v} nav tīmekļa adrese (https://…).`,
    'bad-id': (v) => `${v} nav derīgs identifikators (burti a–z, cipari, - un _).`,
    'duplicate-id': (v, p) => `identifikators ${v} jau ir ${p['first']}. rindā.`,
    'too-many-problems': (_v, p) => `Apturēts pēc ${p['limit']} kļūdām.`,
  },
  en: {
    'too-large': (_v, p) => `The file is too large: ${p['bytes']} characters (up to ${p['max']} allowed).`,
    'empty-file': () => 'The file holds no row with data.',
    'too-many-rows': (_v, p) => `Too many rows: up to ${p['max']} data rows allowed.`,
    'too-many-columns': (_v, p) => `Too many columns: up to ${p['max']} allowed.`,
    'cell-too-long': (_v, p) => `A cell is too long: up to ${p['max']} characters allowed.`,
    'unclosed-quote': () => 'A quote is opened but not closed before the end of the file.',
    'text-after-quote': () => 'Text follows a closing quote (the field is not quoted correctly).',
    'no-year': (v) => (v ? `The year ${quote.en(v)} is not valid.` : 'The edition year is not known: give --year (for example --year 2021).'),
    'edition-exists': (_v, p) => `The template already has the ${p['year']} edition.`,
    'no-name-column': (_v, p) => `No name column found ("Name" or "Nosaukums"). Header: ${p['headers']}.`,
    'duplicate-column': (_v, p) => `the column repeats the column ${quote.en(String(p['first']))}.`,
    'unknown-column': () => 'the column is not recognised and is left out.',
    'extra-cells': (_v, p) => `the row has ${p['cells']} cells but the header only ${p['columns']} columns.`,
    'missing-name': () => 'the name is empty.',
    'not-a-number': (v) => `${v} is not a number (an empty cell means "not published").`,
    'out-of-scale': (v, p) => `${v} is outside the scale ${p['min']}–${p['max']}.`,
    'bad-level': (v) => `${v} is not a maturity level (a whole number such as 3 was expected).`,
    'unknown-level': (v, p) => `level ${v} is not in the template (it has: ${p['known'] || 'none'}).`,
    'unknown-group': (v, p) => `group ${v} is not in the template (it has: ${p['known']}).`,
    'bad-url': (v) => `${v} is not a web address (https://…).`,
    'bad-id': (v) => `${v} is not a valid id (letters a–z, digits, - and _).`,
    'duplicate-id': (v, p) => `the id ${v} is already used on line ${p['first']}.`,
    'too-many-problems': (_v, p) => `Stopped after ${p['limit']} problems.`,
  },
};

/** Where a problem is: `Line 5, column "Total": ` / `5. rinda, kolonna „Kopvērtējums”: `. */
function place(problem: ImportProblem, lang: Lang): string {
  const parts: string[] = [];
  if (problem.line !== undefined) parts.push(lang === 'lv' ? `${problem.line}. rinda` : `Line ${problem.line}`);
  if (problem.column) parts.push(lang === 'lv' ? `kolonna ${quote.lv(problem.column)}` : `column ${quote.en(problem.column)}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

export function describeImportProblem(problem: ImportProblem, lang: Lang): string {
  if (problem.code === 'bad-template' || problem.code === 'invalid-document') {
    const prefix = problem.code === 'bad-template'
      ? (lang === 'lv' ? 'Veidne (--template) nav derīga: ' : 'The template (--template) is not valid: ')
      : (lang === 'lv' ? 'Izveidotais dokuments nav derīgs: ' : 'The document made is not valid: ');
    return prefix + (problem.problem ? describeProblem(problem.problem, lang) : '');
  }
  const value = problem.value === undefined ? '' : quote[lang](problem.value);
  return place(problem, lang) + texts[lang][problem.code](value, problem.params ?? {});
}

/** What a recognised column becomes, for the configurator's mapping table and the command's report. */
export function describeField(field: Field | undefined, lang: Lang, categoryName: (id: string) => string): string {
  if (!field) return lang === 'lv' ? 'netiek ņemta vērā' : 'left out';
  const names: Record<Exclude<Field['kind'], 'category'>, [string, string]> = {
    id: ['identifikators', 'id'],
    name: ['nosaukums', 'name'],
    'name-lv': ['nosaukums latviski', 'name in Latvian'],
    'name-en': ['nosaukums angliski', 'name in English'],
    group: ['grupa', 'group'],
    total: ['kopvērtējums', 'total'],
    'group-score': ['vērtējums grupā', 'group score'],
    level: ['brieduma līmenis', 'maturity level'],
    url: ['tīmekļa vietne', 'website'],
  };
  if (field.kind === 'category') return (lang === 'lv' ? 'sadaļa: ' : 'category: ') + categoryName(field.id);
  return names[field.kind][lang === 'lv' ? 0 : 1];
}
