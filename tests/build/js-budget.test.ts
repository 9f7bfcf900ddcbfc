import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { pageScripts } from '../support/page-scripts.ts';

/** The most JavaScript the home page may load, gzip bytes (gzip's default level 6, as `gzip` writes it). */
const HOME_PAGE_BUDGET = 35 * 1024;

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
