import { describe, expect, it } from 'vitest';
import { svg } from '../../../src/lib/layout/svg-markup.ts';
import { composeSnapshot, wrapText } from '../../../src/lib/snapshot/compose-snapshot.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';

const { t } = createTranslator('en');

const chart = { node: svg('svg', {}, [svg('circle', { cx: 10, cy: 10, r: 4 })]), width: 1000, height: 400 };
const frame = {
  title: 'Bridge opens',
  rangeText: '10 June 2022',
  credit: 'Fixture timeline · two invented articles',
  outlets: ['The Fixture Gazette', 'The Other Paper'],
  permalink: 'https://example.org/events/bridge-opens/',
  madeOn: 'Snapshot made 23 November 2026',
};

describe('composeSnapshot()', () => {
  it('draws title, range, credit, outlets, permalink and date into the image', () => {
    const out = composeSnapshot(chart, frame, { width: 1200, height: 630 }, t);
    for (const text of [
      'Bridge opens',
      '10 June 2022',
      'Fixture timeline · two invented articles',
      'Sources: The Fixture Gazette; The Other Paper',
      'https://example.org/events/bridge-opens/ · Snapshot made 23 November 2026',
    ]) {
      expect(out).toContain(`>${text}</text>`);
    }
  });

  it('sets its text from the left edge, or from the right edge for a right-to-left language', () => {
    const starts = (out: string) =>
      [...out.matchAll(/<text x="([\d.]+)" y="[\d.]+" class="snap-[a-z-]+"( text-anchor="end")?>/g)].map(
        ([, x, anchor]) => `${x}${anchor === undefined ? '' : ' end'}`,
      );
    const ltr = starts(composeSnapshot(chart, frame, { width: 1200, height: 630 }, t));
    const rtl = starts(composeSnapshot(chart, { ...frame, direction: 'rtl' }, { width: 1200, height: 630 }, t));
    expect(ltr.length).toBeGreaterThan(4);
    expect(new Set(ltr)).toEqual(new Set(['40']));
    expect(new Set(rtl)).toEqual(new Set(['1160 end']));
  });

  it('keeps a social card at exactly its size and shrinks the drawing to fit', () => {
    const out = composeSnapshot({ ...chart, height: 2000 }, frame, { width: 1200, height: 630 }, t);
    expect(out).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    const inner = /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(out)!;
    expect(Number(inner[2])).toBeLessThan(630);
  });

  it('grows a view snapshot to its content and never scales the drawing up', () => {
    const out = composeSnapshot({ ...chart, width: 500, height: 300 }, frame, { width: 1200 }, t);
    const inner = /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(out)!;
    expect(inner[1]).toBe('500');
    expect(inner[2]).toBe('300');
  });
});

describe('wrapText()', () => {
  it('breaks long titles into lines that fit, and marks what it cuts', () => {
    const lines = wrapText('word '.repeat(60).trim(), 300, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
