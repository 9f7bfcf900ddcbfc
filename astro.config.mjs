// @ts-check
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { paletteStylesheet } from './src/integrations/palette-stylesheet.ts';
import { contentDirectory } from './src/lib/load/load-timeline.ts';
import { cacheFolderFor } from './src/lib/build/cache-folder.ts';

// Where this site will live. Set SITE_URL (or edit the default) before deploying: canonical links,
// citations and embed snippets are absolute URLs built from it. BASE_PATH serves the site from a sub-folder.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Builds of other content folders (tests, benchmarks) write elsewhere so they never clobber dist/.
  outDir: process.env.TIMELINE_OUT_DIR ?? './dist',
  // One Astro cache per content folder, so builds of different content folders can run at once.
  cacheDir: process.env.TIMELINE_CACHE_DIR ?? cacheFolderFor(contentDirectory()),
  // atomicOutput stays last: it swaps the finished site in after every other build:done hook has run.
  integrations: [contentValidation(), searchIndex(), hostHeaders(), atomicOutput()],
  devToolbar: { enabled: false },
  // No inline <script> or <style> in the output, however small: the published Content-Security-Policy allows
  // scripts and styles from the site's own files only (see src/lib/embed/host-headers.ts).
  build: { inlineStylesheets: 'never' },
  // One stylesheet for the whole site, the palette included (see palette-stylesheet.ts): a page waits for one
  // request before its first paint, not eight. Every file starts with the same @layer order, so the cascade does not
  // depend on the order they are bundled in; the file is cached from page to page.
  vite: { plugins: [paletteStylesheet()], build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  server: { port: 4321 },
});
