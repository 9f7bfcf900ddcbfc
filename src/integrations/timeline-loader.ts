import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compareEvents, contentDirectory, loadTimeline } from '../lib/load/index.ts';
import { renderMarkdown } from '../lib/markup/render-markdown.ts';
import type { Timeline } from '../lib/timeline-model.ts';

// Three collections come from one content folder; read and check it once per build, not once per collection.
let pending: Promise<Timeline> | undefined;
function sharedTimeline(): Promise<Timeline> {
  pending ??= loadTimeline();
  return pending;
}

type Part = 'events' | 'articles' | 'config';

/** Set (to "1") by the content-validation integration under `astro dev`, the one command that shows drafts. */
export const SHOW_DRAFTS = 'TIMELINE_SHOW_DRAFTS';

/** What `npm run dev` puts before a draft's title. */
export const DRAFT_LABEL = 'Draft: ';

/**
 * An Astro content loader over src/lib/load, so the site reads exactly the model the tests and scripts read.
 * Event summaries and about.md are rendered to HTML by src/lib/markup (sanitised), never by Astro's own Markdown
 * pipeline, so every page, the embed and the data files carry the same safe HTML.
 */
export function timelineLoader(part: Part): Loader {
  return {
    name: `timeline-${part}`,
    load: async ({ store, watcher, logger }) => {
      // In dev, an edit anywhere in the content folder (by hand, by `npm run import` or by the web editor) reloads
      // the whole timeline: cross-checks span files, so no entry is checked alone. Pages then read the new entries
      // (site-data.ts notices the config entry's new digest). A broken edit keeps the last good content and says why.
      const folder = resolve(contentDirectory());
      const reload = (path: string) => {
        if (path !== folder && !path.startsWith(folder + sep)) return;
        pending = undefined;
        fill(store, part).catch((error: unknown) =>
          logger.error(String(error instanceof Error ? error.message : error)),
        );
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher?.on(event, reload);
      await fill(store, part);
    },
  };
}

// Content revisions seen in this process: the config entry's digest, so pages know when to read the store again.
let revision = 0;

async function fill(store: LoaderContext['store'], part: Part): Promise<void> {
  const timeline = await sharedTimeline();
  store.clear();
  if (part === 'config') {
    revision += 1;
    store.set({ id: 'config', data: { ...timeline.config }, digest: `${Date.now()}-${revision}` });
    // The other languages' texts, as plain data: pages pass them through translateTimeline() (src/lib/i18n).
    store.set({ id: 'translations', data: { translations: timeline.translations } });
    store.set({ id: 'places', data: { places: timeline.places } });
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
    // `npm run dev` shows drafts, each labelled, among the events; a build leaves them out of every page and file.
    const events =
      process.env[SHOW_DRAFTS] === '1' ? [...timeline.events, ...timeline.drafts].sort(compareEvents) : timeline.events;
    for (const [order, event] of events.entries()) {
      // The label is part of the title in dev, so every view of a draft says so: chart, lists, its page, search.
      const title = event.draft === true ? `${DRAFT_LABEL}${event.title}` : event.title;
      store.set({
        id: event.id,
        data: { ...event, title, order },
        body: event.summary,
        rendered: { html: renderMarkdown(event.summary, timeline.config) },
      });
    }
  }
}
