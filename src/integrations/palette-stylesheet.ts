import type { Plugin } from 'vite';
import { toTokenStylesheet } from '../lib/design-tokens.ts';
import { toLaneStylesheet } from '../lib/lane-stylesheet.ts';
import { contentDirectory, loadTimeline } from '../lib/load/index.ts';

/** The id pages import the palette by: `import 'virtual:timeline-palette.css'`. */
export const PALETTE_MODULE = 'virtual:timeline-palette.css';
// Vite's convention for ids no file stands behind; the .css ending sends it through Vite's CSS pipeline.
const RESOLVED = `\0${PALETTE_MODULE}`;

/**
 * The design tokens (src/lib/design-tokens.ts) and each lane's colour (src/lib/lane-stylesheet.ts) as a CSS module,
 * so that they travel in the site's one stylesheet. As files of their own (/tokens.css, /lanes.css) they were two of
 * the requests that every page waited for before its first paint.
 */
export function paletteStylesheet(): Plugin {
  return {
    name: 'timeline-palette-stylesheet',
    resolveId: (id) => (id === PALETTE_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The lanes are in timeline.yaml: in dev, editing it restyles the pages.
      this.addWatchFile(`${contentDirectory()}/timeline.yaml`);
      const { config } = await loadTimeline();
      return `${toTokenStylesheet()}${toLaneStylesheet(config.lanes)}`;
    },
  };
}
