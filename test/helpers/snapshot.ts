/**
 * SVG snapshot tests for chart layouts (after Observable Plot's): a test serialises a layout
 * to SVG text, numbers are rounded to 3 decimals so float noise between engines does not
 * count, and the server-side `svg-snapshot` command (web-test-runner.config.mjs) compares it
 * with `test/snapshots/<name>.svg`. On a difference it writes `<name>-changed.svg` next to
 * it, to open side by side. Run with `UPDATE_SNAPSHOTS=1` to accept new or changed output.
 */
import { executeServerCommand } from '@web/test-runner-commands';

type Attrs = Record<string, string | number | null | undefined | false>;
/** A node of the serialised SVG: an element with attributes and children, or text. */
export type SvgNode = string | { readonly tag: string; readonly attrs?: Attrs; readonly children?: readonly SvgNode[] };

export function el(tag: string, attrs: Attrs = {}, children: readonly SvgNode[] = []): SvgNode {
  return { tag, attrs, children };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serialises with one element per line, indented, so a diff of two snapshots reads well. */
export function serialize(node: SvgNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return `${pad}${escape(node)}`;
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${pad}<${node.tag}${attrs}/>`;
  if (children.length === 1 && typeof children[0] === 'string') {
    return `${pad}<${node.tag}${attrs}>${escape(children[0])}</${node.tag}>`;
  }
  return [`${pad}<${node.tag}${attrs}>`, ...children.map((c) => serialize(c, depth + 1)), `${pad}</${node.tag}>`].join('\n');
}

/** Rounds every number in the text to at most 3 decimals (and writes −0 as 0). */
export function normalizeNumbers(text: string): string {
  return text.replace(/-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?/gi, (match) => {
    const rounded = Number(Number(match).toFixed(3));
    return Object.is(rounded, -0) ? '0' : String(rounded);
  });
}

interface SnapshotResult { status: 'match' | 'written' | 'updated' | 'missing' | 'changed' }

/** Fails unless the normalised SVG equals the stored snapshot (or UPDATE_SNAPSHOTS=1 stored it). */
export async function expectSvgSnapshot(name: string, root: SvgNode): Promise<void> {
  const svg = `${normalizeNumbers(serialize(root))}\n`;
  const result = await executeServerCommand<SnapshotResult, { name: string; svg: string }>('svg-snapshot', { name, svg });
  if (!result || !['match', 'written', 'updated'].includes(result.status)) {
    const why = result?.status === 'missing'
      ? 'no stored snapshot (run with UPDATE_SNAPSHOTS=1 to store it)'
      : 'output differs from the stored snapshot (run with UPDATE_SNAPSHOTS=1 to accept it)';
    throw new Error(`SVG snapshot "${name}": ${why}; see test/snapshots/${name}-changed.svg`);
  }
}
