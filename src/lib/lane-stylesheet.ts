import type { Lane } from './timeline-model.ts';

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The stylesheet that gives every element of a lane (`data-lane="<id>"`: cards, lines, labels, the event page) its
 * colour as `--lane-colour`. In the site's stylesheet, not `style=""` attributes, so that the Content-Security-Policy
 * can forbid inline styles. Ids and colours are validated when loaded; they are quoted and checked again here, so that
 * nothing but a colour ever reaches the CSS.
 * @example toLaneStylesheet([{ id: 'military', label: 'Military', colour: '#b3412f' }])
 * // '[data-lane="military"]{--lane-colour:#b3412f}\n'
 */
export function toLaneStylesheet(lanes: readonly Lane[]): string {
  return lanes
    .filter((lane) => HEX_COLOUR.test(lane.colour))
    .map((lane) => `[data-lane=${cssString(lane.id)}]{--lane-colour:${lane.colour}}\n`)
    .join('');
}

// A CSS string: every character outside a safe set written as a hexadecimal escape.
function cssString(text: string): string {
  return `"${text.replace(/[^a-zA-Z0-9 _-]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `)}"`;
}
