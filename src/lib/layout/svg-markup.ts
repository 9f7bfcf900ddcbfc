/**
 * A small SVG element tree and its markup. The renderer builds the tree; the build writes it into the page and the
 * browser sets it as innerHTML, so both draw exactly the same elements from the same layout.
 */

/** Attribute values; undefined and false leave the attribute out, true writes it empty. */
export type SvgAttributeValue = string | number | boolean | undefined;

/** One SVG element: its name, attributes in order, and children (elements or text). */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, SvgAttributeValue>>;
  readonly children: readonly (SvgNode | string)[];
  /** Identity across redraws (an event's mark stays the same element while it moves); not written out. */
  readonly key?: string;
}

/** An element; children may be left out. */
export function svg(
  tag: string,
  attributes: Readonly<Record<string, SvgAttributeValue>> = {},
  children: readonly (SvgNode | string)[] = [],
  key?: string,
): SvgNode {
  return key === undefined ? { tag, attributes, children } : { tag, attributes, children, key };
}

/**
 * The markup of a node, escaped for HTML and SVG alike; numbers are rounded to two decimals so that output is
 * short and the same on every machine.
 * @example toSvgMarkup(svg('text', { x: 1.005 }, ['A & B'])) // '<text x="1">A &amp; B</text>'
 */
export function toSvgMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  let markup = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === undefined || value === false) continue;
    markup += value === true ? ` ${name}=""` : ` ${name}="${escapeAttribute(formatValue(value))}"`;
  }
  if (node.children.length === 0) return `${markup}/>`;
  markup += '>';
  for (const child of node.children) markup += toSvgMarkup(child);
  return `${markup}</${node.tag}>`;
}

/** The markup of a node's children only: what the browser puts into an existing <svg>. */
export function toSvgChildrenMarkup(node: SvgNode): string {
  let markup = '';
  for (const child of node.children) markup += toSvgMarkup(child);
  return markup;
}

/** A number as attributes carry it: at most two decimals, no "-0". */
export function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
