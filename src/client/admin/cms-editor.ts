import type * as ReactModule from 'react';
import { checkArticleEntry, checkEventEntry, type EditorArticle } from '../../lib/cms/check-entry.ts';
import { formatContentProblem } from '../../lib/load/content-problem.ts';
import { registerCitationWidget } from './citation-widget.ts';

/**
 * /admin/'s own code, run after Decap CMS's bundle: registers the quote picker and the pre-save checks, then starts
 * the CMS (decap-cms-app does not start by itself). The articles' paragraphs come from /admin/articles.json.
 */

interface ImmutableEntry {
  get(key: 'data'): { toJS(): Record<string, unknown> };
  get(key: 'collection' | 'slug' | 'path'): string | undefined;
}

interface DecapCms {
  registerWidget(name: string, control: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableEntry }) => unknown }): void;
  init(): void;
}

const page = globalThis as unknown as { DecapCmsApp: DecapCms; React: typeof ReactModule };
const cms = page.DecapCmsApp;

async function start(): Promise<void> {
  const response = await fetch(new URL('articles.json', document.baseURI.replace(/[^/]*$/, '')));
  const articles = (await response.json()) as EditorArticle[];
  registerCitationWidget(cms, page.React, articles);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      // The same checks as the build, on what is about to be written; a problem stops the save before anything is.
      const data = entry.get('data').toJS();
      const collection = entry.get('collection');
      // A new entry has no file name yet: Decap makes one from the title when it saves.
      const slug = entry.get('slug');
      const file = slug ? `content/${collection}/${slug}.md` : `a new file in content/${collection}`;
      const problems =
        collection === 'events'
          ? checkEventEntry(data, articles, file)
          : collection === 'articles'
            ? checkArticleEntry(data, file)
            : [];
      if (problems.length > 0) throw new Error(problems.map(formatContentProblem).join('\n'));
      return undefined;
    },
  });
  cms.init();
}

void start();
