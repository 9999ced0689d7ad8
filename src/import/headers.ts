/**
 * Column headers as people write them in Latvian and English spreadsheets, recognised
 * whatever their case, diacritics, spacing or a unit in brackets (`Kopvērtējums (punkti)`,
 * `Total, %`). Pure.
 */
import type { Category } from '../data/types.js';

/** What a column holds. `category` columns carry the category id. */
export type Field =
  | { readonly kind: 'id' }
  | { readonly kind: 'name' }
  | { readonly kind: 'name-lv' }
  | { readonly kind: 'name-en' }
  | { readonly kind: 'group' }
  | { readonly kind: 'total' }
  | { readonly kind: 'group-score' }
  | { readonly kind: 'level' }
  | { readonly kind: 'url' }
  | { readonly kind: 'category'; readonly id: string };

/** The five E-index categories (DESIGN §1), in their order, with both names. */
export const E_INDEX_CATEGORIES: readonly Category[] = [
  { id: 'communication', name: { lv: 'Saziņa ar sabiedrību un līdzdalība', en: 'Communication with the public and participation' } },
  { id: 'customer-service', name: { lv: 'Klientu apkalpošana un atbalsts', en: 'Customer service and support' } },
  { id: 'open-data', name: { lv: 'Atvērto datu pieejamība', en: 'Open data availability' } },
  { id: 'internal-processes', name: { lv: 'Iestādes iekšējie procesi un starpiestāžu sadarbība', en: 'Internal processes and inter-institutional cooperation' } },
  { id: 'services', name: { lv: 'Pakalpojumu nodrošināšana', en: 'Service provision' } },
];

/** Shorter names people use for the categories in their own tables. */
const CATEGORY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  communication: ['saziņa', 'saziņa ar sabiedrību', 'līdzdalība', 'communication', 'communication with the public', 'participation'],
  'customer-service': ['klientu apkalpošana', 'klientu atbalsts', 'customer service', 'customer support'],
  'open-data': ['atvērtie dati', 'atvērto datu', 'open data'],
  'internal-processes': ['iekšējie procesi', 'iestādes iekšējie procesi', 'starpiestāžu sadarbība', 'internal processes', 'inter-institutional cooperation'],
  services: ['pakalpojumi', 'pakalpojumu', 'services', 'service delivery'],
};

const FIXED_ALIASES: readonly [Field['kind'], readonly string[]][] = [
  ['id', ['id', 'identifikators', 'identifier', 'kods', 'code']],
  ['name', ['nosaukums', 'name', 'iestāde', 'pašvaldība', 'institution', 'municipality', 'entity', 'vienība', 'iestāde vai pašvaldība']],
  ['name-lv', ['nosaukums latviski', 'nosaukums lv', 'name lv', 'name latvian', 'latvian name']],
  ['name-en', ['nosaukums angliski', 'nosaukums en', 'name en', 'name english', 'english name']],
  ['group', ['grupa', 'group', 'grupas nosaukums', 'group name', 'pašvaldību grupa', 'iestāžu grupa']],
  ['total', ['kopvērtējums', 'kopā', 'total', 'total score', 'overall', 'overall score', 'e-indekss', 'e-index', 'rezultāts', 'score']],
  ['group-score', ['vērtējums grupā', 'grupas vērtējums', 'kopvērtējums grupā', 'group score', 'score in group', 'score within group']],
  ['level', ['līmenis', 'brieduma līmenis', 'digitālā brieduma līmenis', 'level', 'maturity level', 'maturity']],
  ['url', ['tīmekļa vietne', 'vietne', 'mājaslapa', 'mājas lapa', 'saite', 'website', 'web site', 'url', 'homepage', 'link']],
];

/**
 * A header or name folded for comparison: lower case, Latvian (and other) diacritics
 * removed, brackets and units dropped, any run of punctuation or space as one space.
 */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/%|\bpunkti\b|\bpunktos\b|\bpoints\b|\bpts\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Recognises headers against the fixed names and the document's categories (ids and every name). */
export function headerMatcher(categories: readonly Category[]): (header: string) => Field | undefined {
  const table = new Map<string, Field>();
  const add = (name: string, field: Field): void => {
    const key = foldHeader(name);
    if (key && !table.has(key)) table.set(key, field);
  };
  for (const category of categories) {
    const field: Field = { kind: 'category', id: category.id };
    add(category.id, field);
    const names = typeof category.name === 'string' ? [category.name] : Object.values(category.name);
    for (const name of names) add(name, field);
    for (const alias of CATEGORY_ALIASES[category.id] ?? []) add(alias, field);
  }
  // Fixed names come after the categories' full names but never replace them.
  for (const [kind, names] of FIXED_ALIASES) for (const name of names) add(name, { kind } as Field);
  return (header) => table.get(foldHeader(header));
}

/**
 * A stable id from a name: Latvian letters folded to ASCII (`Ziemeļu grupa` → `ziemelu-grupa`),
 * everything else that is not a letter or digit as one hyphen. '' when nothing is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
