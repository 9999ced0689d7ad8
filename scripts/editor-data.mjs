// Editor data generated from custom-elements.json, as component libraries ship it:
//   vscode.html-custom-data.json  VS Code's HTML custom data (`html.customData` in settings)
//   web-types.json                JetBrains IDEs (package.json `web-types`)
// Both list every element with its attributes (values where the type lists them), events,
// parts and CSS properties, sorted by tag, so the same manifest gives the same bytes.
import { manifestElements } from './element-types.mjs';

const oneLine = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const literals = (typeText) => {
  const parts = String(typeText ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};
const isBoolean = (attribute) => String(attribute.type?.text ?? '').replace(/\s*\|\s*undefined/g, '') === 'boolean';
const description = (element) => oneLine([element.summary, element.description].filter(Boolean).join(' '));

export function vscodeCustomData(manifest) {
  const tags = manifestElements(manifest).map((element) => ({
    name: element.tagName,
    description: description(element),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = literals(attribute.type?.text);
      return {
        name: attribute.name,
        description: oneLine(attribute.description),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    references: [],
  }));
  return `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`;
}

export function webTypes(manifest, pkg) {
  const elements = manifestElements(manifest).map((element) => ({
    name: element.tagName,
    description: description(element),
    attributes: (element.attributes ?? []).map((attribute) => {
      const type = String(attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
      return {
        name: attribute.name,
        description: oneLine(attribute.description),
        ...(attribute.default !== undefined && attribute.default !== 'undefined' ? { default: attribute.default } : {}),
        value: isBoolean(attribute) ? { type: 'boolean', required: false } : { type, required: true },
      };
    }),
    events: (element.events ?? []).map((event) => ({ name: event.name, description: oneLine(event.description), ...(event.type?.text ? { type: event.type.text } : {}) })),
    css: {
      parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: oneLine(part.description) })),
      properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: oneLine(property.description) })),
    },
    source: { module: `./${element.modulePath}`, symbol: element.name },
  }));
  return `${JSON.stringify({ name: pkg.name, version: pkg.version, 'description-markup': 'markdown', contributions: { html: { elements } } }, null, 2)}\n`;
}
