/**
 * The iframe page's logic (`dist/embed.html`): the query string names one eindex element and
 * its attributes; the page draws it and tells its parent how tall it is.
 *
 * `embed.html?element=eindex-ranking&src=data/municipalities-2021.json&group=national&lang=en`
 *
 * Only eindex elements registered on the page are accepted, and only the attributes they
 * declare (read from the classes' lit property declarations, never a second list kept here),
 * plus `lang`, `theme` (`light` or `dark`) and `--eindex-*` colours. Values are only ever set as
 * attribute text. Without `theme` or colours the page is light or dark as the visitor's system is.
 *
 * The page is on an official origin, so a link to it must not make it say what the data does
 * not (docs/design.md §4 "The embed page shows only data its owner allows"):
 * - `src` must be on the page's own origin or on one the owner lists in
 *   `<meta name="eindex-sources" content="https://data.example.lv …">`;
 * - `value` and `caption` are not embed parameters: they would replace a figure or a title;
 * - colours are opaque hex values that keep the text readable (colours.ts);
 * - a refusal is short and quotes at most a few words of the query.
 */
import type { ReactiveElement } from 'lit';
import { EIndexElement } from '../internal/base-element.js';
import type { Lang } from '../data/types.js';
import { isolateText, shorten } from '../i18n/display-text.js';
import { colourTokenDefaults, contrastProblem, parseHex, schemeFor, type Rgb, type Scheme } from './colours.js';

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
      /**
       * The colour scheme the page is fixed to: `theme`, else the one of the given background,
       * else light where other colours were given (they were checked against its defaults);
       * absent: the page follows the visitor's `prefers-color-scheme` (embed.css).
       */
      readonly scheme?: Scheme;
    }
  | { readonly ok: false; readonly lang: Lang; readonly message: string };

/** Longest value accepted for one parameter: a URL or a list of ids, never a document. */
const MAX_VALUE_LENGTH = 2000;
/** Longest piece of the query quoted in a refusal. */
const MAX_ECHO = 40;
const LANGS: readonly Lang[] = ['lv', 'en'];
const CUSTOM_PROPERTY = /^--eindex-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Attributes an element declares that the embed page does not take: each would put words or
 * figures of the link's author on the official page (a gauge's `value`, a table's `caption`).
 */
export const NOT_EMBED_PARAMETERS: ReadonlySet<string> = new Set(['value', 'caption']);

/** What the page's owner allows, read from its meta tags (`readEmbedPolicy`). */
export interface EmbedPolicy {
  /** The embed page's address: `src` is resolved against it, and its origin is always allowed. */
  readonly pageUrl: string;
  /** Other origins `src` may name (`eindex-sources`). */
  readonly sources: readonly string[];
}

/** A query value quoted in a message: a few words at most, no bidi controls. */
function echo(text: string): string {
  return isolateText(shorten(text, MAX_ECHO));
}

/** The http(s) origins listed in every `<meta name="…">` of that name; '*' kept as is. */
export function metaOrigins(doc: Document, name: string): string[] | undefined {
  const metas = doc.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`);
  if (metas.length === 0) return undefined;
  const origins: string[] = [];
  for (const meta of metas) {
    for (const word of meta.content.split(/\s+/)) {
      if (word === '*') origins.push('*');
      else if (/^https?:\/\//i.test(word)) {
        try {
          origins.push(new URL(word).origin);
        } catch {
          // Not an address: ignored, like any other word the owner did not mean as an origin.
        }
      }
    }
  }
  return origins;
}

/** The owner's settings of the embed page `doc`. */
export function readEmbedPolicy(doc: Document = document): EmbedPolicy {
  return { pageUrl: doc.URL, sources: (metaOrigins(doc, 'eindex-sources') ?? []).filter((origin) => origin !== '*') };
}

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
    badColour: (name: string, value: string) => `${name}: "${value}" nav krāsa; izmantojiet #rrggbb.`,
    lowContrast: (fg: string, bg: string, ratio: string, needed: number) =>
      `Krāsas --eindex-${fg} un --eindex-${bg} kontrasts ir ${ratio}:1; vajag vismaz ${needed}:1.`,
    notEmbedParameter: (name: string) => `Parametru "${name}" iegultā lapa nepieņem: tas mainītu datus vai virsrakstu.`,
    foreignSource: (origin: string) => `Dati no ${origin} šeit nav atļauti (vietnes īpašnieks tos var atļaut ar eindex-sources).`,
    badSource: `Parametrs "src" nav http(s) adrese.`,
    badTheme: (value: string) => `Tēma "${value}" nav atbalstīta: light vai dark.`,
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
    badColour: (name: string, value: string) => `${name}: "${value}" is not a colour; use #rrggbb.`,
    lowContrast: (fg: string, bg: string, ratio: string, needed: number) =>
      `--eindex-${fg} on --eindex-${bg} has a contrast of ${ratio}:1; at least ${needed}:1 is needed.`,
    notEmbedParameter: (name: string) => `The embed page does not take "${name}": it would change the data or the title.`,
    foreignSource: (origin: string) => `Data from ${origin} is not allowed here (the site's owner can allow it with eindex-sources).`,
    badSource: `The parameter "src" is not an http(s) address.`,
    badTheme: (value: string) => `The theme "${value}" is not supported: light or dark.`,
  },
} satisfies Record<Lang, unknown>;

/** The heading of the error view, in the asked language. */
export function errorHeading(lang: Lang): string {
  return texts[lang].heading;
}

/** The address `src` names, when the policy allows it; a refusal message otherwise. */
function checkSource(value: string, policy: EmbedPolicy, t: (typeof texts)[Lang]): { href: string } | { refused: string } {
  let url: URL;
  try {
    url = new URL(value, policy.pageUrl);
  } catch {
    return { refused: t.badSource };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refused: t.badSource };
  // The resolved origin is compared, so `//evil.example/x` and `/\evil.example` are caught too.
  if (url.origin === new URL(policy.pageUrl).origin || policy.sources.includes(url.origin)) return { href: url.href };
  return { refused: t.foreignSource(echo(url.origin)) };
}

/**
 * Reads the query string. `lookup` gives the class registered for a tag (customElements.get);
 * `allowedTags` names them in messages; `policy` is what the page's owner allows.
 */
export function readEmbedRequest(
  params: URLSearchParams,
  lookup: (tag: string) => CustomElementConstructor | undefined,
  allowedTags: readonly string[],
  policy: EmbedPolicy = { pageUrl: location.href, sources: [] },
): EmbedRequest {
  const askedLang = params.get('lang');
  const lang: Lang = LANGS.includes(askedLang as Lang) ? (askedLang as Lang) : 'lv';
  const t = texts[lang];
  const fail = (message: string): EmbedRequest => ({ ok: false, lang, message });

  const allowedList = allowedTags.join(', ');
  const tag = params.get('element');
  if (!tag) return fail(t.noElement(allowedList));
  const elementClass = /^eindex-[a-z]+(?:-[a-z]+)*$/.test(tag) && allowedTags.includes(tag) ? lookup(tag) : undefined;
  if (!elementClass || !(elementClass.prototype instanceof EIndexElement)) return fail(t.unknownElement(echo(tag), allowedList));
  const declared = declaredAttributes(elementClass as unknown as typeof ReactiveElement);
  for (const name of NOT_EMBED_PARAMETERS) declared.delete(name);

  const seen = new Set<string>();
  const attributes: Array<readonly [string, string]> = [];
  const colours: Array<readonly [string, string]> = [];
  const chosenColours = new Map<string, Rgb>();
  const colourTokens = colourTokenDefaults();
  let theme: Scheme | undefined;
  for (const [name, value] of params) {
    if (seen.has(name)) return fail(t.repeated(echo(name)));
    seen.add(name);
    if (name === 'element') continue;
    if (value.length > MAX_VALUE_LENGTH) return fail(t.tooLong(echo(name)));
    if (name === 'theme') {
      if (value !== 'light' && value !== 'dark') return fail(t.badTheme(echo(value)));
      theme = value;
      continue;
    }
    const token = CUSTOM_PROPERTY.exec(name)?.[1];
    if (token !== undefined && colourTokens.has(token)) {
      // Colours only: a host site's palette, nothing that could load or lay out anything.
      const rgb = parseHex(value);
      if (!rgb) return fail(t.badColour(name, echo(value)));
      chosenColours.set(token, rgb);
      colours.push([name, value]);
      continue;
    }
    if (NOT_EMBED_PARAMETERS.has(name)) return fail(t.notEmbedParameter(name));
    const attribute = declared.get(name);
    if (!attribute) return fail(t.unknownAttribute(echo(name), tag, [...declared.keys()].sort().join(', ')));
    if (name === 'lang') {
      if (!LANGS.includes(value as Lang)) return fail(t.badLang(echo(value)));
    }
    if (attribute.boolean) {
      if (value === 'false') continue;
      if (value !== '' && value !== 'true' && value !== name) return fail(t.badBoolean(name, echo(value)));
      attributes.push([name, '']);
      continue;
    }
    if (name === 'src') {
      const source = checkSource(value, policy, t);
      if ('refused' in source) return fail(source.refused);
      attributes.push([name, source.href]);
      continue;
    }
    attributes.push([name, value]);
  }
  const background = chosenColours.get('background');
  const scheme = theme ?? (background ? schemeFor(background) : colours.length ? 'light' : undefined);
  const contrast = contrastProblem(chosenColours, colourTokenDefaults(scheme));
  if (contrast) {
    const ratio = (Math.floor(contrast.ratio * 10) / 10).toFixed(1);
    return fail(t.lowContrast(contrast.foreground, contrast.background, lang === 'lv' ? ratio.replace('.', ',') : ratio, contrast.needed));
  }
  return { ok: true, tag, lang, attributes, colours, ...(scheme ? { scheme } : {}) };
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
  // The tokens' light-dark() defaults follow the scheme the contrast check used; the page's
  // own background follows it too (embed.css). Without one, both follow the visitor's system.
  if (request.scheme) {
    container.ownerDocument.documentElement.dataset['theme'] = request.scheme;
    element.style.setProperty('color-scheme', request.scheme);
  }
  container.append(element);
  return element;
}

/**
 * The origins the height goes to: `<meta name="eindex-parents" content="https://www.example.lv …">`
 * in the embed page, plus its own origin; `*` (any framer) when there is no such meta.
 *
 * The height is one number, but a framer that can change the query (`highlight`, `limit`) learns
 * from it where a hidden row is: harmless for public data, not for drafts on an intranet. So a
 * page with data that is not public names its parents, and a framer elsewhere hears nothing.
 */
export function heightTargets(win: Window = window): string[] {
  const listed = metaOrigins(win.document, 'eindex-parents');
  if (!listed || listed.includes('*')) return ['*'];
  const own = win.location.origin;
  const allowed = new Set([own, ...listed]);
  // Where the browser says who the parent is (ancestorOrigins in Chromium and WebKit; the
  // referrer, which this page's policy keeps to an origin, elsewhere), post only to it, and only
  // when it is allowed; otherwise to each allowed origin, and the browser delivers to the one
  // that matches.
  const parent = win.location.ancestorOrigins?.[0] ?? originOf(win.document.referrer);
  if (parent) return allowed.has(parent) ? [parent] : [];
  return [...allowed];
}

function originOf(url: string): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Posts `{ type: "eindex-height", height }` to the parent whenever the page's height changes,
 * to the origins `heightTargets` allows. Returns a function that stops it.
 */
export function reportHeight(win: Window = window, targets: readonly string[] = heightTargets(win)): () => void {
  if (win.parent === win || targets.length === 0) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const target of targets) win.parent.postMessage({ type: 'eindex-height', height }, target);
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
