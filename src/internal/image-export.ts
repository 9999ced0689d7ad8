/**
 * "Download image" for the charts (`download` on radar, gauge, trend, levels): the control.
 * The files themselves are built by image-file.ts, loaded on the first click: a page whose
 * readers never download an image never downloads that code.
 */
import { html, type TemplateResult } from 'lit';
import type { EIndexDocument, Lang } from '../data/types.js';
import type { ImageMessages } from '../i18n/chart-messages.js';
import { emit } from './emit.js';

export type ImageFormat = 'svg' | 'png';

/** What the element knows about the picture beyond its drawing. */
export interface PictureInfo {
  readonly doc: EIndexDocument;
  readonly lang: Lang;
  /** Entity and edition, as the element's caption says it. */
  readonly subtitle: string;
  /** What the file name says (image-file.ts's fileStemOf): the element, the entity id, the year or years. */
  readonly file: readonly [kind: string, id: string | undefined, year: number | string];
}

/**
 * The control: a labelled group of two buttons (SVG, PNG). Plain buttons, so keyboard and
 * assistive technology need nothing more than Tab and Enter. `chart` selects the drawn
 * `<svg>` in the element's shadow root.
 */
export function imageDownloadControl(host: HTMLElement, chart: string, info: PictureInfo, t: ImageMessages): TemplateResult {
  const pick = (format: ImageFormat): void => {
    const drawn = host.shadowRoot?.querySelector<SVGSVGElement>(chart);
    if (!drawn) return;
    import('./image-file.js')
      .then(({ downloadImage }) => downloadImage(host, drawn, info, format))
      .catch(() => emit(host, 'eindex-error', { message: t.imageFailed }));
  };
  return html`<div class="image-download" part="download" role="group" aria-labelledby="image-download-label">
    <span id="image-download-label">${t.downloadImage}</span>
    <button class="control" type="button" @click=${() => pick('svg')}>SVG</button>
    <button class="control" type="button" @click=${() => pick('png')}>PNG</button>
  </div>`;
}
