import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageKeys } from '../../src/lib/i18n/catalogues.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';

// A language the code ships no catalogue for: the site still builds, says it is French, shows the English interface,
// and tells the editors once.
function smallSiteIn(language: string): string {
  const content = join('tests/.tmp', `small-site-${language}-content`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync('tests/fixtures/small-site', content, { recursive: true });
  // The fixture's own German edition would now be a translation into the original language.
  rmSync(join(content, 'translations'), { recursive: true, force: true });
  const config = join(content, 'timeline.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^language: en$/m, `language: ${language}`));
  return content;
}

describe('a site whose language has no catalogue (language: fr)', () => {
  let build: BuildResult;
  let pages: Map<string, DistPage>;

  beforeAll(() => {
    build = buildSite(smallSiteIn('fr'), 'small-site-fr');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = new Map(readDistPages(build.outDir).map((page) => [page.path, page]));
  });

  it('builds, with lang="fr" on its pages', () => {
    for (const path of ['/', '/about/', '/events/bridge-opens/', '/sources/', '/404.html', '/embed/'])
      expect(pages.get(path)?.document.documentElement.getAttribute('lang'), path).toBe('fr');
  });

  it('shows the English interface', () => {
    const home = pages.get('/')!.document;
    expect(home.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    expect(home.querySelector('#events-heading')?.textContent).toBe('Events in order');
    expect(pages.get('/404.html')!.document.querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('prints one line saying that the catalogue is missing and how many messages are shown in English', () => {
    const lines = build.output.split('\n').filter((line) => line.includes('interface catalogue'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `language "fr": no interface catalogue (src/lib/i18n/messages/fr.json): all ${messageKeys.length} messages are shown in English.`,
    );
  });
});
