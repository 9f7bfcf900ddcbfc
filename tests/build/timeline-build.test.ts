import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTimelineDate } from '../../src/lib/dates/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { decodeClientTimeline } from '../../src/lib/timeline-payload.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';

// The home page's static timeline, as readers without JavaScript get it, on the real content and on the fixture.
const sites = [
  { name: 'timeline-real-site', content: 'content' },
  { name: 'timeline-small-site', content: 'tests/fixtures/small-site' },
] as const;

describe.each(sites)('the static timeline of $name', ({ name, content }) => {
  let build: BuildResult;
  let timeline: Timeline;
  let html: string;
  let document: Document;

  beforeAll(async () => {
    timeline = await loadTimeline(content);
    build = buildSite(content, name);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    html = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    document = parseHTML(html).document as unknown as Document;
  });

  it('draws one linked SVG per width band, each a named graphics document with every event', () => {
    const drawings = [...document.querySelectorAll('tl-timeline [data-static] svg')];
    expect(drawings.length).toBeGreaterThanOrEqual(2);
    for (const svg of drawings) {
      expect(svg.getAttribute('role')).toBe('graphics-document');
      expect(svg.getAttribute('aria-label')).toMatch(/^Timeline of \d+ events?/);
      const links = [...svg.querySelectorAll('a[data-timeline-event]')];
      const clustered = [...svg.querySelectorAll('a.tl-cluster')];
      expect(clustered).toEqual([]);
      expect(links.map((link) => link.getAttribute('data-timeline-event')).sort()).toEqual(
        timeline.events.map((event) => event.id).sort(),
      );
      for (const link of links) {
        const event = timeline.events.find((candidate) => candidate.id === link.getAttribute('data-timeline-event'))!;
        expect(link.getAttribute('href')).toBe(`/events/${event.id}/`);
        expect(link.getAttribute('aria-label')).toBe(`${formatTimelineDate(event.date)}: ${event.title}`);
      }
    }
  });

  it('keeps the static drawings light: each mark a link holding its dot or bar and its label, no hit area', () => {
    // Every band repeats every mark: an element more per mark is an element more per event and band.
    const marks = [...document.querySelectorAll('tl-timeline [data-static] a.tl-mark')];
    expect(marks.length).toBeGreaterThan(0);
    expect(document.querySelectorAll('tl-timeline [data-static] .tl-mark__hit')).toHaveLength(0);
    for (const mark of marks) {
      expect(mark.querySelectorAll('.tl-mark__label')).toHaveLength(1);
      expect(mark.querySelectorAll('.tl-mark__dot, .tl-mark__bar')).toHaveLength(1);
    }
  });

  it('keeps [data-event-id] for the reader list: one card per event, in order', () => {
    const ids = [...document.querySelectorAll('[data-event-id]')].map((element) =>
      element.getAttribute('data-event-id'),
    );
    expect(ids).toEqual(timeline.events.map((event) => event.id));
  });

  it('hides the controls until the script upgrades the timeline', () => {
    expect(document.querySelector('tl-timeline [data-controls]')?.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('tl-timeline [data-detail]')?.hasAttribute('hidden')).toBe(true);
  });

  it('draws the overview with Plot at build time: one column per stretch with events', () => {
    const density = document.querySelector('tl-timeline .tl-overview__density');
    expect(density?.getAttribute('aria-hidden')).toBe('true');
    expect(density?.querySelectorAll('rect').length).toBeGreaterThan(0);
    expect(density?.querySelector('style')).toBeNull();
  });

  it('inlines the browser payload, which decodes to every event and lane', () => {
    const payload = decodeClientTimeline(document.querySelector('script[data-payload]')?.textContent ?? '');
    expect(payload?.events.map((event) => event.id)).toEqual(timeline.events.map((event) => event.id));
    expect(payload?.lanes.map((lane) => lane.id)).toEqual(timeline.config.lanes.map((lane) => lane.id));
  });

  it('writes a home page that passes html-validate', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off' },
    });
    const report = await validator.validateString(html, '/');
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}: ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
