/**
 * "Download image" for the charts (`download` on radar, gauge, trend, levels): the control.
 * The files themselves are built by image-file.ts, loaded on the first click: a page whose
 * readers never download an image never downloads that code.
 */
import { html, type TemplateResult } from 'lit';
import type { EIndexDocument, Lang } from '../data/types.js';
import type { ImageMessages } from '../i18n/chart-messages.js';
import { saveFile } from './save-file.js';
import { emit } from './emit.js';

export type ImageFormat = 'svg' | 'png';

/** What the element knows about the picture beyond its drawing. */
export interface PictureInfo {
  readonly doc: EIndexDocument;
  readonly lang: Lang;
  /** Entity and edition, as the element's caption says it. */
  readonly subtitle: string;
  /** File name without extension: `eindex-radar-cesis-2021`. */
  readonly fileStem: string;
}

/** The seam tests replace to read the file instead of downloading it. */
export const imageSaver = { save: saveFile };

/** `eindex-radar-cesis-2021`: the element, the entity id (or the document) and the year (or `2017-2022`), safe in any file system. */
export function fileStemOf(kind: string, id: string | undefined, year: number | string): string {
  const slug = (id ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return ['eindex', kind, slug, String(year)].filter(Boolean).join('-');
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
