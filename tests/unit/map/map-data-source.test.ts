import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_DATA_SOURCE } from '../../../src/lib/map/map-data-source.ts';

const folder = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'));
const packageJson = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
const readme = readFileSync(join(folder, 'README.md'), 'utf8');

describe('MAP_DATA_SOURCE', () => {
  it('names the package and the Natural Earth edition that are installed (update it with world-atlas)', () => {
    expect(MAP_DATA_SOURCE.package).toBe(`world-atlas ${packageJson.version}`);
    expect(readme).toContain(`version ${MAP_DATA_SOURCE.version} as TopoJSON`);
    expect(readme).toContain(`[Natural Earth](${MAP_DATA_SOURCE.url})`);
  });

  it('states the worldview of the borders in a sentence', () => {
    expect(MAP_DATA_SOURCE.worldview).toBe('de-facto');
    expect(MAP_DATA_SOURCE.worldviewSentence).toMatch(/de facto/);
  });
});
