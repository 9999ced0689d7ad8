import { html, type TemplateResult } from 'lit';
import { LABEL_MAX, shorten } from '../i18n/display-text.js';

/**
 * A label shortened on screen and whole for assistive technology (DESIGN §5): the short text is
 * shown (with the whole one as a tooltip) and hidden from screen readers, which read the whole
 * text from a visually hidden copy. A label that fits comes back as plain text.
 *
 * Needs the shared `.visually-hidden` class (internal/styles.ts).
 */
export function shortLabel(text: string, max: number = LABEL_MAX): TemplateResult | string {
  const short = shorten(text, max);
  if (short === text) return text;
  return html`<span aria-hidden="true" title=${text}>${short}</span><span class="visually-hidden">${text}</span>`;
}
