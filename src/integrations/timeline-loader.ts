import type { Loader } from 'astro/loaders';
import { loadTimeline } from '../lib/load/index.ts';
import { renderMarkdown } from '../lib/markup/render-markdown.ts';
import type { Timeline } from '../lib/timeline-model.ts';

// Three collections come from one content folder; read and check it once per build, not once per collection.
let pending: Promise<Timeline> | undefined;
function sharedTimeline(): Promise<Timeline> {
  pending ??= loadTimeline();
  return pending;
}

type Part = 'events' | 'articles' | 'config';

/**
 * An Astro content loader over src/lib/load, so the site reads exactly the model the tests and scripts read.
 * Event summaries and about.md are rendered to HTML by src/lib/markup (sanitised), never by Astro's own Markdown
 * pipeline, so every page, the embed and the data files carry the same safe HTML.
 */
export function timelineLoader(part: Part): Loader {
  return {
    name: `timeline-${part}`,
    load: async ({ store, watcher }) => {
      // In dev, a content edit reloads everything: cross-checks span files, so no entry is checked alone.
      watcher?.on('change', () => {
        pending = undefined;
      });
      const timeline = await sharedTimeline();
      store.clear();
      if (part === 'config') {
        store.set({ id: 'config', data: { ...timeline.config } });
        if (timeline.about !== '') {
          store.set({
            id: 'about',
            data: {},
            body: timeline.about,
            rendered: { html: renderMarkdown(timeline.about, timeline.config) },
          });
        }
      } else if (part === 'articles') {
        for (const article of timeline.articles) store.set({ id: article.id, data: { ...article } });
      } else {
        for (const [order, event] of timeline.events.entries()) {
          store.set({
            id: event.id,
            data: { ...event, order },
            body: event.summary,
            rendered: { html: renderMarkdown(event.summary, timeline.config) },
          });
        }
      }
    },
  };
}
