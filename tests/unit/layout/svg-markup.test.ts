import { describe, expect, it } from 'vitest';
import { formatValue, svg, toSvgChildrenMarkup, toSvgMarkup } from '../../../src/lib/layout/svg-markup.ts';

describe('toSvgMarkup()', () => {
  it('writes elements, attributes and text, escaped', () => {
    const node = svg('g', { class: 'a', 'data-x': 'say "hi" & <bye>' }, [svg('text', { x: 1 }, ['1 < 2 & 3 > 2'])]);
    expect(toSvgMarkup(node)).toBe(
      '<g class="a" data-x="say &quot;hi&quot; &amp; &lt;bye&gt;"><text x="1">1 &lt; 2 &amp; 3 &gt; 2</text></g>',
    );
  });

  it('leaves out undefined and false attributes and writes true ones empty', () => {
    expect(toSvgMarkup(svg('rect', { a: undefined, b: false, c: true, d: 0 }))).toBe('<rect c="" d="0"/>');
  });

  it('rounds numbers to two decimals, without "-0"', () => {
    expect(formatValue(1.005)).toBe('1');
    expect(formatValue(12.3456)).toBe('12.35');
    expect(formatValue(-0.001)).toBe('0');
    expect(formatValue('1.23456')).toBe('1.23456');
  });

  it('writes only the children for an existing element', () => {
    expect(toSvgChildrenMarkup(svg('svg', { width: 2 }, [svg('g'), 'x']))).toBe('<g/>x');
  });
});
