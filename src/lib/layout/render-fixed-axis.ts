import { AXIS_HEIGHT, type TimelineLayout } from './layout-timeline.ts';
import { renderAxis, TICK_LENGTH } from './render-timeline-svg.ts';
import { svg, type SvgNode } from './svg-markup.ts';

/**
 * The axis band of a drawing that is never redrawn (the page's static drawings, one per width band): the rules and
 * breaks as renderAxis draws them, but every grid line in one path, every tick mark in another and the labels at
 * their absolute places, instead of a group of three elements per tick that a zoom moves by its transform. The same
 * pixels with about a third of the axis's elements.
 * @example renderTimelineSvg(layout, { ...options, axis: renderFixedAxis })
 */
export function renderFixedAxis(layout: TimelineLayout): SvgNode {
  const movable = renderAxis(layout);
  const [rules = svg('g'), , breaks = svg('g')] = movable.children.filter((child) => typeof child !== 'string');
  const bottom = round(layout.height);
  let grid = '';
  let marks = '';
  const labels: SvgNode[] = [];
  for (const tick of layout.ticks) {
    const x = round(tick.x);
    grid += `M${x},${AXIS_HEIGHT}V${bottom}`;
    marks += `M${x},${AXIS_HEIGHT - TICK_LENGTH}V${AXIS_HEIGHT}`;
    labels.push(
      svg('text', { class: 'tl-axis__label', x: x + tick.labelX - tick.x, y: layout.axis.labelBaseline }, [tick.label]),
    );
  }
  const ticks =
    layout.ticks.length === 0
      ? []
      : [
          svg('path', { class: 'tl-axis__grid', d: grid }),
          svg('path', { class: 'tl-axis__tick', d: marks }),
          ...labels,
        ];
  return svg('g', movable.attributes, [rules, svg('g', {}, ticks), breaks]);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
