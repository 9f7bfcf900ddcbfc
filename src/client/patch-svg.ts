import { formatValue, type SvgNode } from '../lib/layout/svg-markup.ts';

/**
 * Brings live SVG elements in line with an SvgNode tree, keeping every element whose key (or, without keys, whose
 * place and tag) matches. A zoom frame mostly moves marks: patching their attributes keeps the elements, their
 * text shaping and the keyboard focus, where replacing the markup would rebuild, restyle and re-lay out them all.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const keys = new WeakMap<Element, string>();
const rawValues = new WeakMap<Element, Map<string, string>>();

/** Patch `element`'s attributes and children to match `node` (whose tag it already has). */
export function patchSvg(element: Element, node: SvgNode): void {
  patchAttributes(element, node);
  patchChildren(element, node.children);
}

function patchAttributes(element: Element, node: SvgNode): void {
  let previous = rawValues.get(element);
  if (previous === undefined) {
    previous = new Map();
    rawValues.set(element, previous);
  }
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === undefined || value === false || name === 'xmlns') continue;
    const text = value === true ? '' : formatValue(value);
    seen.add(name);
    if (previous.get(name) !== text) {
      element.setAttribute(name, text);
      previous.set(name, text);
    }
  }
  for (const name of previous.keys()) {
    if (!seen.has(name)) {
      element.removeAttribute(name);
      previous.delete(name);
    }
  }
}

function patchChildren(parent: Element, children: readonly (SvgNode | string)[]): void {
  // Text only (a label): change the text node's data when it changed, keeping the node.
  if (children.every((child) => typeof child === 'string')) {
    const text = children.join('');
    const first = parent.firstChild;
    if (first instanceof Text && first.nextSibling === null) {
      if (first.data !== text) first.data = text;
    } else if (parent.textContent !== text) {
      parent.textContent = text;
    }
    return;
  }
  const nodes = children.filter((child): child is SvgNode => typeof child !== 'string');
  if (nodes.every((node) => node.key === undefined)) {
    patchInPlace(parent, nodes);
    return;
  }
  // First match new nodes to elements by key, then drop what matched nothing, then place in order: removing
  // first keeps the survivors where they are, so a mark that leaves does not make every later one move.
  const existing = new Map<string, Element[]>();
  for (const child of parent.children) {
    const key = keys.get(child) ?? `#${child.tagName}`;
    const list = existing.get(key);
    if (list === undefined) existing.set(key, [child]);
    else list.push(child);
  }
  const matched = nodes.map((node) => {
    const list = existing.get(node.key ?? `#${node.tag}`);
    const index = list?.findIndex((element) => element.tagName === node.tag) ?? -1;
    return index < 0 ? undefined : list?.splice(index, 1)[0];
  });
  for (const list of existing.values()) for (const element of list) element.remove();
  for (const child of [...parent.childNodes]) if (!(child instanceof Element)) child.remove();
  let cursor: Element | null = parent.firstElementChild;
  nodes.forEach((node, i) => {
    let element = matched[i];
    if (element === undefined) {
      element = document.createElementNS(SVG_NS, node.tag);
      if (node.key !== undefined) keys.set(element, node.key);
    }
    patchSvg(element, node);
    if (element === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(element, cursor);
  });
}

// Children without keys (the parts of one mark) match by place and tag: the common case, without a lookup table.
function patchInPlace(parent: Element, nodes: readonly SvgNode[]): void {
  let element = parent.firstElementChild;
  for (const node of nodes) {
    if (element !== null && element.tagName === node.tag && !keys.has(element)) {
      patchSvg(element, node);
      element = element.nextElementSibling;
    } else {
      const created = document.createElementNS(SVG_NS, node.tag);
      patchSvg(created, node);
      parent.insertBefore(created, element);
    }
  }
  while (element !== null) {
    const next = element.nextElementSibling;
    element.remove();
    element = next;
  }
}
