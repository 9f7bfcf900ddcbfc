import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages } from '../support/dist-pages.ts';
import { headersFor, parseHeadersFile } from '../support/static-server.ts';

describe('the web editor at /admin/', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite('tests/fixtures/small-site', 'admin-editor-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  // Pagefind indexes only pages marked data-pagefind-body once any page is (src/integrations/search-index.ts).
  it('is built, noindex, outside the search index, and loads the CMS from the site itself', () => {
    const html = readFileSync(join(build.outDir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('src="/admin/decap/decap-cms-app.js"');
    expect(existsSync(join(build.outDir, 'admin/decap/decap-cms-app.js'))).toBe(true);
  });

  it('serves a config generated from the schemas, with the fixture’s lanes and the articles’ text', () => {
    const config = yaml.load(readFileSync(join(build.outDir, 'admin/config.yml'), 'utf8')) as {
      collections: { name: string; fields: { name: string; options?: unknown }[] }[];
    };
    const events = config.collections.find((c) => c.name === 'events')!;
    expect(events.fields.find((f) => f.name === 'lane')!.options).toContainEqual({ label: 'Works', value: 'works' });
    const articles = JSON.parse(readFileSync(join(build.outDir, 'admin/articles.json'), 'utf8')) as { id: string }[];
    expect(articles.map((a) => a.id)).toContain('gazette-2021-03-04');
  });

  it('keeps the CMS off every reader page', () => {
    for (const page of readDistPages(build.outDir)) {
      if (page.path.startsWith('/admin/')) continue;
      expect(page.html, page.path).not.toContain('/admin/');
    }
  });

  it('relaxes the Content-Security-Policy for /admin/* only', () => {
    const rules = parseHeadersFile(readFileSync(join(build.outDir, '_headers'), 'utf8'));
    const admin = headersFor(rules, '/admin/').filter(([name]) => name === 'Content-Security-Policy');
    expect(admin).toHaveLength(1);
    expect(admin[0]![1]).toContain("'unsafe-eval'");
    const home = headersFor(rules, '/').filter(([name]) => name === 'Content-Security-Policy');
    const homePolicy = home.map(([, value]) => value).join();
    expect(homePolicy).not.toContain("'unsafe-eval'");
    expect(homePolicy).not.toContain("'unsafe-inline'");
  });
});
