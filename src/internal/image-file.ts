/**
 * The SVG and PNG files of "Download image" (image-export.ts has the control, which loads this
 * module on the first click). The drawing in the file is the one the element drew from its
 * layout, with every colour and stroke the element's CSS gave it written out as attributes
 * (the file has no stylesheet and no custom properties), framed by `composeImage`.
 */
import type { EIndexDocument } from '../data/types.js';
import { localText } from '../i18n/lang.js';
import { pictureMessages } from '../i18n/picture-messages.js';
import { composeImage, type ImageFrame } from '../layout/image-frame.js';
import type { ImageFormat, PictureInfo } from './image-export.js';
import { saveFile } from './save-file.js';

/** Presentation the CSS gives; written out on each node of the copy. */
const PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order',
] as const;

/** A copy of a drawn `<svg>` with its computed paint as attributes, interactive parts left out. */
export function standaloneCopy(drawn: SVGSVGElement): SVGSVGElement {
  const copy = drawn.cloneNode(true) as SVGSVGElement;
  const walk = (from: Element, to: Element, parent?: CSSStyleDeclaration): void => {
    const style = getComputedStyle(from);
    // A tooltip shows one point on hover; a picture shows none.
    if (style.display === 'none' || style.visibility === 'hidden' || from.classList.contains('tooltip')) {
      to.remove();
      return;
    }
    // Only what differs from the parent (all but opacity inherit), so the file stays small.
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value && (name === 'opacity' ? value !== '1' : value !== parent?.getPropertyValue(name))) to.setAttribute(name, value);
    }
    for (const attribute of [...to.attributes]) {
      if (/^(?:class|part|tabindex|role|style|aria-.*|data-.*)$/.test(attribute.name)) to.removeAttribute(attribute.name);
    }
    for (const node of [...to.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
    const fromChildren = [...from.children];
    // The copy's own <svg> is left out of the file: its children write everything they use.
    [...to.children].forEach((child, i) => walk(fromChildren[i]!, child, to === copy ? undefined : style));
  };
  walk(drawn, copy);
  return copy;
}

/** Whether the document says its figures are invented (its title in either language). */
export function isFictional(doc: EIndexDocument): boolean {
  return /fiction|fiktīv|izdomāt/i.test(`${localText(doc.title, 'lv')} ${localText(doc.title, 'en')}`);
}

/** The standalone SVG of the element's drawing, with its legend, framed. */
export function pictureOf(host: HTMLElement, drawn: SVGSVGElement, info: PictureInfo): ImageFrame {
  const t = pictureMessages[info.lang];
  const serializer = new XMLSerializer();
  const inner = (svg: SVGSVGElement): string => [...standaloneCopy(svg).childNodes].map((node) => serializer.serializeToString(node)).join('');
  const legend = [...(host.shadowRoot?.querySelectorAll('[part~="legend"] li') ?? [])].flatMap((item) => {
    const swatch = item.querySelector('svg');
    return swatch ? [{ swatch: inner(swatch), label: item.textContent?.trim() ?? '' }] : [];
  });
  const style = getComputedStyle(host);
  const source = info.doc.source ? localText(info.doc.source.name, info.lang) : '';
  return composeImage({
    chart: { markup: inner(drawn), width: drawn.width.baseVal.value, height: drawn.height.baseVal.value },
    title: localText(info.doc.title, info.lang),
    subtitle: info.subtitle,
    source: source ? t.sourceLine(source) : undefined,
    fictional: isFictional(info.doc) ? t.fictional : undefined,
    legend,
    colours: { text: style.color, background: opaque(style.backgroundColor) || '#ffffff' },
  });
}

/** A transparent background (the element's default) would be black in many image viewers. */
function opaque(colour: string): string {
  return colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)' ? '' : colour;
}

/** The picture as a file: the SVG text, or a PNG at twice the size for sharp print. */
export async function imageBlob(frame: ImageFrame, format: ImageFormat): Promise<Blob> {
  if (format === 'svg') return new Blob([frame.svg], { type: 'image/svg+xml;charset=utf-8' });
  const image = new Image();
  // A data: URL, not blob: — the strict CSP the elements are tested under allows
  // `img-src 'self' data:` only; drawing an SVG image does not taint the canvas.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(frame.svg)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * scale;
  canvas.height = frame.height * scale;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** `eindex-radar-cesis-2021`: the element, the entity id (or the document) and the year (or `2017-2022`), safe in any file system. */
function fileStemOf(kind: string, id: string | undefined, year: number | string): string {
  const slug = (id ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return ['eindex', kind, slug, String(year)].filter(Boolean).join('-');
}

/** The seam tests replace to read the file instead of downloading it (here, so saving loads with the rest on the first click). */
export const imageSaver = { save: saveFile };

/** Builds the file and hands it to `imageSaver`; resolves when it has. */
export async function downloadImage(host: HTMLElement, drawn: SVGSVGElement, info: PictureInfo, format: ImageFormat): Promise<void> {
  const blob = await imageBlob(pictureOf(host, drawn, info), format);
  imageSaver.save(blob, `${fileStemOf(...info.file)}.${format}`, host.shadowRoot ?? host);
}

