import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/embed/host-headers.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages } from '../support/dist-pages.ts';

const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString(), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const parsesAsSvg = (markup: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  const root = document.querySelector('svg');
  expect(root?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  return root!;
};

describe('what journalists take away from the built site', () => {
  let build: BuildResult;
  let timeline: Timeline;
  const file = (path: string) => join(build.outDir, path);

  beforeAll(async () => {
    timeline = await loadTimeline('content');
    build = buildSite('content', 'journalists-site', { TIMELINE_BUILD_DATE: '2026-11-23' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('writes snapshots of the default view, each era and each event, SVG and PNG', () => {
    const names = [
      'timeline',
      'timeline-card',
      ...timeline.config.eras.map((era) => `era-${era.id}`),
      ...timeline.events.map((e) => `events/${e.id}`),
    ];
    for (const name of names) {
      const svg = readFileSync(file(`snapshots/${name}.svg`), 'utf8');
      const root = parsesAsSvg(svg);
      const { width, height } = pngSize(file(`snapshots/${name}.png`));
      expect(width, name).toBe(1200);
      expect(height, name).toBe(Number(root.getAttribute('height')));
      // The image carries its own context.
      expect(svg, name).toContain(`>${timeline.config.credit}</text>`);
      expect(svg, name).toMatch(/>Sources: [^<]+<\/text>/);
      expect(svg, name).toContain('Snapshot made 23 November 2026');
    }
    for (const event of timeline.events) {
      expect(pngSize(file(`snapshots/events/${event.id}.png`))).toEqual({ width: 1200, height: 630 });
      expect(readFileSync(file(`snapshots/events/${event.id}.svg`), 'utf8')).toContain(
        `/events/${event.id}/ · Snapshot made`,
      );
    }
  });

  it('answers oEmbed for the timeline and every event, with an iframe that exists in the build', () => {
    const pages = readDistPages(build.outDir);
    for (const page of pages.filter((p) => p.path === '/' || /^\/events\/[^/]+\/$/.test(p.path))) {
      const link = page.document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      expect(link, page.path).not.toBeNull();
      const json = JSON.parse(readFileSync(file(new URL(link!.getAttribute('href')!).pathname), 'utf8'));
      for (const key of [
        'type',
        'version',
        'html',
        'width',
        'height',
        'provider_name',
        'provider_url',
        'title',
        'thumbnail_url',
        'thumbnail_width',
        'thumbnail_height',
      ]) {
        expect(json[key], `${page.path} ${key}`).toBeDefined();
      }
      expect(json).toMatchObject({ type: 'rich', version: '1.0' });
      const src = /<iframe src="([^"]+)"/.exec(json.html)![1]!.replace(/&amp;/g, '&');
      expect(existsSync(file(join(new URL(src).pathname, 'index.html'))), src).toBe(true);
      expect(existsSync(file(new URL(json.thumbnail_url).pathname)), json.thumbnail_url).toBe(true);
      // Open Graph and Twitter cards use the snapshots.
      const image = page.document.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(existsSync(file(new URL(image!).pathname)), image ?? 'no og:image').toBe(true);
      expect(page.document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
    }
  });

  it('ships /embed.js and a _headers file that lets only /embed/ be framed by other sites', () => {
    expect(readFileSync(file('embed.js'), 'utf8')).toContain('embed.js v1');
    const headers = readFileSync(file('_headers'), 'utf8');
    expect(headers).toContain(`/embed/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    expect(headers).toContain(
      `/events/ceasefire-statement-2020-11-10/\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
    );
    expect(headers).not.toMatch(/^\/embed\/\n/m);
    // The timeline's script is only ever loaded with a hash of its code in the query, so it may be kept for a year;
    // embed.js, which other sites load by a fixed address, may not.
    expect(headers).toContain('/timeline.js\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).not.toContain('/embed.js\n  Cache-Control');
    const home = readFileSync(file('index.html'), 'utf8');
    expect(home).toMatch(/src="\/timeline\.js\?v=[0-9a-f]{12}"/);
  });

  it('makes the embed page static and self-contained: no address of another host is loaded', () => {
    const html = readFileSync(file('embed/index.html'), 'utf8');
    const { document } = parseHTML(html);
    for (const el of document.querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe[src]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      expect(url.startsWith('/') && !url.startsWith('//'), url).toBe(true);
    }
  });
});

describe('the snapshot of a small fixture timeline', () => {
  it('matches its golden file, numbers and whitespace normalised', () => {
    const build = buildSite('tests/fixtures/small-site', 'snapshot-golden-site', { TIMELINE_BUILD_DATE: '2026-11-23' });
    expect(build.status, build.output).toBe(0);
    const normalise = (svg: string) =>
      svg
        .replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1))
        .replace(/>\s+</g, '><')
        .trim();
    const actual = normalise(readFileSync(join(build.outDir, 'snapshots/timeline.svg'), 'utf8'));
    const golden = 'tests/fixtures/golden/snapshot/small-site-timeline.svg';
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, `${actual}\n`);
    }
    expect(actual).toBe(readFileSync(golden, 'utf8').trim());
    expect(readdirSync(join(build.outDir, 'snapshots/events'))).toHaveLength(10);
  });
});
