import type { EIndexDocument, Lang, Level, Text } from '../data/types.js';
import { isolateText } from './display-text.js';

/** Maps any BCP 47 tag to a language the widgets speak: English for `en*`, Latvian otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'lv';
}

/** Whether a BCP 47 tag names a language the widgets speak: Latvian or English, any region. */
export function speaks(tag: string): boolean {
  return /^(lv|en)(-|$)/i.test(tag.trim());
}

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's
 * (crossing shadow-root boundaries, as the `:lang()` selector does), else Latvian. A `lang`
 * the widgets do not speak (`lang="de"`) is passed over, as if absent: an element with it on
 * an English page speaks English (and says so in a notice, internal/notice.ts).
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value && speaks(value)) return toLang(value);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'lv';
}

/**
 * A text in the page language, then Latvian, then the first available; isolated from the
 * element's own words (no bidi controls; right-to-left text wrapped in an isolate).
 */
export function localText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  return isolateText(typeof text === 'string' ? text : (text[lang] ?? text['lv'] ?? Object.values(text)[0] ?? ''));
}

/** The name of a group in the reader's language; its id when the document declares no such group. */
export function groupNameOf(doc: EIndexDocument, groupId: string, lang: Lang): string {
  const group = doc.groups.find((g) => g.id === groupId);
  return group ? localText(group.name, lang) : groupId;
}

/** A level's name in the reader's language, or the generic "level N" when the document names none. */
export function levelNameOf(level: Level, lang: Lang, generic: (level: number) => string): string {
  return localText(level.name, lang) || generic(level.level);
}
