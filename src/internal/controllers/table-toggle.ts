import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * The data table every chart keeps for assistive technology, and the visible "Table" button
 * that shows it (radar, trend, levels). Hidden, the table is still read by screen readers;
 * shown, it is a named region that scrolls sideways on a narrow screen and takes the focus to
 * scroll by keyboard.
 */
export class TableToggleController {
  #shown = false;

  /** Needs none of the host's lifecycle, only a new render when the button is pressed. */
  constructor(private readonly host: ReactiveElement) {}

  /** The "Table" / "Hide table" button; it controls the region below. */
  button(t: { readonly showTable: string; readonly hideTable: string }): TemplateResult {
    return html`<button class="control" part="table-toggle" type="button" aria-expanded=${this.#shown ? 'true' : 'false'}
      aria-controls="data" @click=${this.#toggle}>${this.#shown ? t.hideTable : t.showTable}</button>`;
  }

  /** The region that holds the table, named `label` while it shows. */
  region(label: string, table: TemplateResult): TemplateResult {
    const shown = this.#shown;
    return html`<div id="data" class=${shown ? 'data shown' : 'data visually-hidden'} role=${shown ? 'region' : nothing}
      aria-label=${shown ? label : nothing} tabindex=${shown ? 0 : nothing}>${table}</div>`;
  }

  readonly #toggle = (): void => {
    this.#shown = !this.#shown;
    this.host.requestUpdate();
  };
}
