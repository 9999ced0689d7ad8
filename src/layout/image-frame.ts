/**
 * The standalone picture behind "Download image": the chart's drawing framed by the words a
 * picture needs once it leaves the page (title, entity and edition, source, "fictional").
 * Pure: it takes the drawing as SVG markup already serialised by the browser (so already
 * escaped) and escapes every text it adds itself; no DOM, so tests read the exact string.
 */
import { estimatedMeasure, wrapText } from './text-wrap.js';

/**
 * Fonts every system has, so the file renders the same without the page's web fonts (the
 * layout's text widths are estimated for these, wide side).
 */
export const IMAGE_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export interface ImageFrameInput {
  /** The drawing: the inner markup of the chart's `<svg>` and its size in px. */
  readonly chart: { readonly markup: string; readonly width: number; readonly height: number };
  /** The document's title. */
  readonly title: string;
  /** What the chart shows: entity and edition ("Cēsu novads, 2021"). */
  readonly subtitle: string;
  /** "Avots: …" / "Source: …", if the document names one. */
  readonly source?: string;
  /** The word that marks fictional data, when the document's title says so. */
  readonly fictional?: string;
  /** Legend entries under the chart: a 36 × 14 swatch as SVG markup, and the label (text). */
  readonly legend: readonly { readonly swatch: string; readonly label: string }[];
  /** Colours resolved from the element's custom properties (the file has no CSS to inherit). */
  readonly colours: { readonly text: string; readonly background: string };
}

export interface ImageFrame {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 16;
const MIN_WIDTH = 320;
const TITLE_SIZE = 16;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
const LINE = 1.3;

/** Text as XML character data or an attribute value: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A number for SVG attributes: at most two decimals, no trailing zeros. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function composeImage(input: ImageFrameInput): ImageFrame {
  const width = Math.ceil(Math.max(input.chart.width + 2 * PAD, MIN_WIDTH));
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: 'bold' | 'normal'): void => {
    // The estimate is for regular weight in common UI fonts; bold runs about 10 % wider, and
    // the fallback fonts of a viewer without the page's (DejaVu Sans) a little wider again.
    for (const line of wrapText(text, textWidth, estimatedMeasure(size * (weight === 'bold' ? 1.15 : 1.05)))) {
      y += size * LINE;
      parts.push(`<text x="${PAD}" y="${n(y - size * 0.3)}" font-size="${size}"${weight === 'bold' ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`);
    }
  };
  block(input.title, TITLE_SIZE, 'bold');
  block(input.subtitle, TEXT_SIZE, 'normal');
  if (input.fictional) block(input.fictional, TEXT_SIZE, 'bold');
  y += PAD / 2;
  const chartX = (width - input.chart.width) / 2;
  parts.push(`<svg x="${n(chartX)}" y="${n(y)}" width="${n(input.chart.width)}" height="${n(input.chart.height)}" viewBox="0 0 ${n(input.chart.width)} ${n(input.chart.height)}" overflow="visible">${input.chart.markup}</svg>`);
  y += input.chart.height + PAD / 2;
  for (const entry of input.legend) {
    const lines = wrapText(entry.label, textWidth - 44, estimatedMeasure(TEXT_SIZE * 1.05));
    parts.push(`<svg x="${PAD}" y="${n(y + 3)}" width="36" height="14" viewBox="0 0 36 14">${entry.swatch}</svg>`);
    lines.forEach((line, i) => {
      parts.push(`<text x="${PAD + 44}" y="${n(y + TEXT_SIZE + i * TEXT_SIZE * LINE)}" font-size="${TEXT_SIZE}">${escapeXml(line)}</text>`);
    });
    y += Math.max(1, lines.length) * TEXT_SIZE * LINE + 4;
  }
  if (input.source) {
    y += PAD / 2;
    block(input.source, SMALL_SIZE, 'normal');
  }
  const height = Math.ceil(y + PAD);
  const label = [input.title, input.subtitle, input.fictional].filter(Boolean).join('. ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(IMAGE_FONTS)}" fill="${escapeXml(input.colours.text)}">`
    + `<title>${escapeXml(label)}</title>`
    + `<rect width="${width}" height="${height}" fill="${escapeXml(input.colours.background)}"/>`
    + parts.join('')
    + '</svg>';
  return { svg, width, height };
}
