import type { Nodes, Root } from 'mdast';

// Characters after which a quote mark opens rather than closes.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘]/;

/**
 * Typographic punctuation in editors' text, as Astro's Markdown (SmartyPants) gave it before: straight quotes become
 * curly by context (`"a"` -> “a”, `it's` -> it’s, `'90s` -> ’90s), `--` an en dash, `---` an em dash, `...` an
 * ellipsis. Code is left alone. The context runs across emphasis and links, so `"**new**"` gets “ and ”.
 */
export function smartenPunctuation(tree: Root): void {
  let previous = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') previous = '';
    if (node.type === 'text') {
      node.value = smarten(node.value, previous);
      previous = node.value.at(-1) ?? previous;
    } else if (node.type === 'inlineCode') {
      previous = node.value.at(-1) ?? previous;
    } else if (node.type === 'break') {
      previous = '\n';
    } else if ('children' in node) {
      for (const child of node.children) walk(child);
    }
  };
  walk(tree);
}

/** A unified plugin for `smartenPunctuation`. */
export function remarkSmartPunctuation() {
  return smartenPunctuation;
}

function smarten(text: string, before: string): string {
  const dashed = text
    .replace(/\.\.\./g, '…')
    .replace(/---/g, '—')
    .replace(/--/g, '–');
  const chars = [...dashed];
  let out = '';
  for (const [i, char] of chars.entries()) {
    const prev = i === 0 ? before : (chars[i - 1] ?? '');
    const next = chars[i + 1] ?? '';
    if (char === '"') out += prev === '' || OPENS_AFTER.test(prev) ? '“' : '”';
    else if (char === "'") out += (prev === '' || OPENS_AFTER.test(prev)) && !/\d/.test(next) ? '‘' : '’';
    else out += char;
  }
  return out;
}
