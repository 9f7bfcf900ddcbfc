import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { pageScripts } from '../support/page-scripts.ts';

/** The most JavaScript the home page may load, gzip bytes (gzip's default level 6, as `gzip` writes it). */
const HOME_PAGE_BUDGET = 35 * 1024;
/**
 * The most the map of places' script may weigh, gzip bytes: its own budget, outside the home page's, because the
 * timeline's script loads it only once the timeline is interactive. 1,990 B when it was set (December 2026).
 */
const PLACE_MAP_BUDGET = 3 * 1024;

describe('the JavaScript budget', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite('content', 'js-budget-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it(`keeps the home page at or under ${HOME_PAGE_BUDGET} bytes of gzipped JavaScript, imports included`, () => {
    const scripts = pageScripts(build.outDir, '/');
    // The timeline's script is among them: a budget met by loading nothing would prove nothing.
    expect(scripts.some((script) => script.path.endsWith('/timeline.js'))).toBe(true);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    const report = scripts.map((script) => `${script.path}: ${script.gzipBytes} B gzip (${script.bytes} B)`).join('\n');
    expect(total, `home page JavaScript, ${total} B gzip:\n${report}`).toBeLessThanOrEqual(HOME_PAGE_BUDGET);
  });

  it('ships neither Observable Plot nor linkedom nor the whole of d3 to the browser', () => {
    for (const script of pageScripts(build.outDir, '/')) {
      if (script.path.endsWith('(inline)')) continue;
      const code = readFileSync(join(build.outDir, script.path), 'utf8');
      // Plot's and linkedom's own identifiers; d3 whole would bring d3-geo's projections and d3-force.
      for (const marker of ['observablehq', 'linkedom', 'geoMercator', 'forceSimulation', 'scaleSequential']) {
        expect(code.includes(marker), `${script.path} contains ${marker}`).toBe(false);
      }
    }
  });
});

describe("the map of places' JavaScript budget", () => {
  let build: BuildResult;
  beforeAll(() => {
    // Any site with places will do: the script is the same code whatever the content.
    build = buildSite('tests/fixtures/layout-site', 'layout-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it(`keeps the map's script at or under ${PLACE_MAP_BUDGET} bytes gzipped, loaded by the timeline's, not by the page`, () => {
    const html = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    const src = /<tl-place-map[^>]*\sdata-script="([^"?]+)/.exec(html)?.[1];
    expect(src).toBe('/place-map.js');
    const code = readFileSync(join(build.outDir, src ?? ''));
    const gzipBytes = gzipSync(code).length;
    expect(gzipBytes, `place-map.js: ${gzipBytes} B gzip (${code.length} B)`).toBeLessThanOrEqual(PLACE_MAP_BUDGET);
    // Not among what the page itself loads (and counts against the home page's budget above).
    expect(pageScripts(build.outDir, '/').some((script) => script.path.endsWith('/place-map.js'))).toBe(false);
  });

  it('carries no geometry and no projection: the marks are drawn at build time', () => {
    const code = readFileSync(join(build.outDir, 'place-map.js'), 'utf8');
    for (const marker of ['geoMercator', 'geoPath', 'topojson', 'arcs', 'd3-geo']) {
      expect(code.includes(marker), `place-map.js contains ${marker}`).toBe(false);
    }
  });
});
