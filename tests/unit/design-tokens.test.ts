import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_PROPERTIES, DARK, LIGHT, PRINT, toTokenStylesheet } from '../../src/lib/design-tokens.ts';
import { composeSnapshot } from '../../src/lib/snapshot/compose-snapshot.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';

const COLOUR = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(/;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), ext) : ext.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the design tokens', () => {
  it('publish every colour of the light and dark themes as a custom property, light first', () => {
    const css = toTokenStylesheet();
    for (const [key, property] of Object.entries(COLOUR_PROPERTIES)) {
      expect(css).toContain(`${property}:${LIGHT[key as keyof typeof LIGHT]}`);
      expect(css).toContain(`${property}:${DARK[key as keyof typeof DARK]}`);
    }
    expect(css.indexOf(`--bg:${LIGHT.bg}`)).toBeLessThan(css.indexOf(`--bg:${DARK.bg}`));
  });

  it('follow the reader’s colour scheme unless an embed forces one, and print black on white', () => {
    const css = toTokenStylesheet();
    expect(css).toContain("@media (prefers-color-scheme: dark){:root:not([data-theme='light']){");
    expect(css).toContain(":root[data-theme='dark']{");
    expect(css).toContain(":root[data-theme='light']{");
    expect(css).toMatch(/@media print\{[^{]*:root\[data-theme\]\{--bg:#ffffff;--text:#000000/);
    expect(Object.keys(PRINT).every((key) => key in COLOUR_PROPERTIES)).toBe(true);
  });

  it('are the only place a colour is written: no colour literal in the styles, components, pages or the snapshot', () => {
    const files = [
      ...filesUnder('src/styles', /\.css$/),
      ...filesUnder('src/components', /\.astro$/),
      ...filesUnder('src/layouts', /\.astro$/),
      ...filesUnder('src/pages', /\.(astro|ts)$/),
      'src/lib/snapshot/compose-snapshot.ts',
    ];
    const offenders = files.filter((file) => COLOUR.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('colour the snapshots with the light theme', () => {
    const svg = composeSnapshot(
      { node: { markup: '' }, width: 400, height: 100 },
      { title: 'T', rangeText: 'R', credit: 'C', outlets: [], permalink: 'P', madeOn: 'M' },
      { width: 600 },
      createTranslator('en').t,
    );
    expect(svg).toContain(`fill="${LIGHT.bg}"`);
    expect(svg).toContain(`.snap-title{fill:${LIGHT.text};`);
    expect(svg).toContain(`.tl-axis__grid{stroke:${LIGHT.grid};`);
  });
});
