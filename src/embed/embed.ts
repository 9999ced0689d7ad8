/**
 * The iframe page's logic (`dist/embed.html`): the query string names one eindex element and
 * its attributes; the page draws it and tells its parent how tall it is.
 *
 * `embed.html?element=eindex-ranking&src=data/municipalities-2021.json&group=national&lang=en`
 *
 * Only eindex elements registered on the page are accepted, and only the attributes they
 * declare (read from the classes' lit property declarations, never a second list kept here),
 * plus `lang` and `--eindex-*` colours. Values are only ever set as attribute text.
 */
import type { ReactiveElement } from 'lit';
import { EIndexElement } from '../internal/base-element.js';
import type { Lang } from '../data/types.js';

/** What one attribute takes; `boolean` ones are present or absent. */
export interface DeclaredAttribute {
  readonly name: string;
  readonly boolean: boolean;
}

export type EmbedRequest =
  | {
      readonly ok: true;
      readonly tag: string;
      readonly lang: Lang;
      /** Attribute name → value, in query order; booleans set to ''. */
      readonly attributes: ReadonlyArray<readonly [string, string]>;
      /** `--eindex-*` custom property → CSS colour. */
      readonly colours: ReadonlyArray<readonly [string, string]>;
    }
  | { readonly ok: false; readonly lang: Lang; readonly message: string };

/** Longest value accepted for one parameter: a URL or a list of ids, never a document. */
const MAX_VALUE_LENGTH = 2000;
const LANGS: readonly Lang[] = ['lv', 'en'];
const CUSTOM_PROPERTY = /^--eindex-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The attributes an element class declares: its reactive properties that have an attribute
 * (not `.data`, not internal state), plus `lang`, the global attribute every eindex element
 * reads for its language.
 */
export function declaredAttributes(elementClass: typeof ReactiveElement): Map<string, DeclaredAttribute> {
  // Reading observedAttributes finalizes the class, so elementProperties is complete.
  void elementClass.observedAttributes;
  const attributes = new Map<string, DeclaredAttribute>();
  for (const [key, options] of elementClass.elementProperties) {
    if (options.attribute === false || options.state) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    attributes.set(name, { name, boolean: options.type === Boolean });
  }
  attributes.set('lang', { name: 'lang', boolean: false });
  return attributes;
}

/** The tags of the eindex element classes in `exports` that are registered on this page. */
export function registeredTags(exports: Record<string, unknown>): string[] {
  const tags: string[] = [];
  for (const value of Object.values(exports)) {
    if (typeof value !== 'function' || !(value.prototype instanceof EIndexElement)) continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    if (tag) tags.push(tag);
  }
  return tags.sort();
}

const texts = {
  lv: {
    heading: 'Šo E-indeksa logrīku nevar parādīt.',
    noElement: (allowed: string) => `Adresē nav norādīts elements: pievienojiet ?element= un vienu no: ${allowed}.`,
    unknownElement: (tag: string, allowed: string) => `Nezināms elements "${tag}". Atļautie: ${allowed}.`,
    unknownAttribute: (name: string, tag: string, allowed: string) =>
      `Elementam ${tag} nav atribūta "${name}". Atļautie: ${allowed}.`,
    repeated: (name: string) => `Parametrs "${name}" norādīts vairākkārt.`,
    tooLong: (name: string) => `Parametra "${name}" vērtība ir garāka par ${MAX_VALUE_LENGTH} zīmēm.`,
    badLang: (value: string) => `Valoda "${value}" nav atbalstīta: lv vai en.`,
    badBoolean: (name: string, value: string) => `Atribūts "${name}" ir jā/nē: "${value}" jābūt tukšam, true vai false.`,
    badColour: (name: string, value: string) => `"${value}" nav krāsa (${name}).`,
  },
  en: {
    heading: 'This E-index widget cannot be shown.',
    noElement: (allowed: string) => `The address names no element: add ?element= and one of: ${allowed}.`,
    unknownElement: (tag: string, allowed: string) => `Unknown element "${tag}". Allowed: ${allowed}.`,
    unknownAttribute: (name: string, tag: string, allowed: string) => `${tag} has no attribute "${name}". Allowed: ${allowed}.`,
    repeated: (name: string) => `The parameter "${name}" is given more than once.`,
    tooLong: (name: string) => `The value of "${name}" is longer than ${MAX_VALUE_LENGTH} characters.`,
    badLang: (value: string) => `The language "${value}" is not supported: lv or en.`,
    badBoolean: (name: string, value: string) => `"${name}" is a yes/no attribute: "${value}" must be empty, true or false.`,
    badColour: (name: string, value: string) => `"${value}" is not a colour (${name}).`,
  },
} satisfies Record<Lang, unknown>;

/** The heading of the error view, in the asked language. */
export function errorHeading(lang: Lang): string {
  return texts[lang].heading;
}

/**
 * Reads the query string. `lookup` gives the class registered for a tag (customElements.get);
 * `allowedTags` names them in messages.
 */
export function readEmbedRequest(
  params: URLSearchParams,
  lookup: (tag: string) => CustomElementConstructor | undefined,
  allowedTags: readonly string[],
  supportsColour: (value: string) => boolean = (value) => CSS.supports('color', value),
): EmbedRequest {
  const askedLang = params.get('lang');
  const lang: Lang = LANGS.includes(askedLang as Lang) ? (askedLang as Lang) : 'lv';
  const t = texts[lang];
  const fail = (message: string): EmbedRequest => ({ ok: false, lang, message });

  const allowedList = allowedTags.join(', ');
  const tag = params.get('element');
  if (!tag) return fail(t.noElement(allowedList));
  const elementClass = /^eindex-[a-z]+(?:-[a-z]+)*$/.test(tag) && allowedTags.includes(tag) ? lookup(tag) : undefined;
  if (!elementClass || !(elementClass.prototype instanceof EIndexElement)) return fail(t.unknownElement(tag, allowedList));
  const declared = declaredAttributes(elementClass as unknown as typeof ReactiveElement);

  const seen = new Set<string>();
  const attributes: Array<readonly [string, string]> = [];
  const colours: Array<readonly [string, string]> = [];
  for (const [name, value] of params) {
    if (seen.has(name)) return fail(t.repeated(name));
    seen.add(name);
    if (name === 'element') continue;
    if (value.length > MAX_VALUE_LENGTH) return fail(t.tooLong(name));
    if (CUSTOM_PROPERTY.test(name)) {
      // Colours only: a host site's palette, nothing that could load or lay out anything.
      if (!supportsColour(value) || /url\(|var\(|[;{}]/i.test(value)) return fail(t.badColour(name, value));
      colours.push([name, value]);
      continue;
    }
    const attribute = declared.get(name);
    if (!attribute) return fail(t.unknownAttribute(name, tag, [...declared.keys()].sort().join(', ')));
    if (name === 'lang') {
      if (!LANGS.includes(value as Lang)) return fail(t.badLang(value));
    }
    if (attribute.boolean) {
      if (value === 'false') continue;
      if (value !== '' && value !== 'true' && value !== name) return fail(t.badBoolean(name, value));
      attributes.push([name, '']);
      continue;
    }
    attributes.push([name, value]);
  }
  return { ok: true, tag, lang, attributes, colours };
}

/** Builds the element (or the error view) into `container`, with text only. */
export function renderEmbed(request: EmbedRequest, container: HTMLElement): HTMLElement {
  container.replaceChildren();
  container.ownerDocument.documentElement.lang = request.lang;
  if (!request.ok) {
    const box = container.ownerDocument.createElement('div');
    box.className = 'embed-error';
    box.setAttribute('role', 'alert');
    const heading = container.ownerDocument.createElement('p');
    const strong = container.ownerDocument.createElement('strong');
    strong.textContent = errorHeading(request.lang);
    heading.append(strong);
    const message = container.ownerDocument.createElement('p');
    message.textContent = request.message;
    box.append(heading, message);
    container.append(box);
    return box;
  }
  const element = container.ownerDocument.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under `style-src 'self'`.
  for (const [name, value] of request.colours) element.style.setProperty(name, value);
  container.append(element);
  return element;
}

/**
 * Posts `{ type: "eindex-height", height }` to the parent whenever the page's height changes.
 * Returns a function that stops it.
 */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The message holds one number and nothing about the data or the page, and the embed page
    // cannot know which site frames it, so any parent may read it: targetOrigin '*'.
    win.parent.postMessage({ type: 'eindex-height', height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
