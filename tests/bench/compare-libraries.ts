import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * For `npm run bench -- --compare`: the same events drawn by TimelineJS and by vis-timeline, each on a page of its
 * own, so that the bench can measure their first paint and their DOM beside ours. The libraries are installed into
 * tests/.tmp/bench/libraries on first use, never as dependencies of the project.
 */

const LIBRARIES = ['@knight-lab/timelinejs@3.9.11', 'vis-timeline@8.5.4'];
const INSTALL_DIR = resolve('tests/.tmp/bench/libraries');

export interface ComparisonPage {
  readonly name: string;
  /** The page's path under the folder written. */
  readonly path: string;
  /** Present in the page once the library has drawn the timeline. */
  readonly drawnSelector: string;
}

/** Installs the libraries (once) into tests/.tmp/bench/libraries. */
export function installLibraries(): void {
  if (existsSync(join(INSTALL_DIR, 'node_modules', 'vis-timeline'))) return;
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(join(INSTALL_DIR, 'package.json'), '{ "name": "bench-libraries", "private": true }\n');
  const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...LIBRARIES], {
    cwd: INSTALL_DIR,
    stdio: 'inherit',
  });
  if (npm.status !== 0) throw new Error(`npm install of ${LIBRARIES.join(', ')} into ${INSTALL_DIR} failed`);
}

interface ExportedEvent {
  readonly id: string;
  readonly title: string;
  readonly lane: string;
  readonly date: { readonly firstDay: string; readonly lastDay: string; readonly kind: string };
}

/**
 * Writes `dir` with a TimelineJS page and a vis-timeline page drawing the built site's events (its own exports:
 * data/timelinejs.json and data/events.json), the libraries' files beside them.
 */
export function writeComparisonPages(siteDir: string, dir: string): ComparisonPage[] {
  const modules = join(INSTALL_DIR, 'node_modules');
  const tl = join(modules, '@knight-lab/timelinejs/dist');
  mkdirSync(join(dir, 'timelinejs', 'js', 'locale'), { recursive: true });
  mkdirSync(join(dir, 'timelinejs', 'css'), { recursive: true });
  copyFileSync(join(tl, 'js/timeline.js'), join(dir, 'timelinejs/js/timeline.js'));
  copyFileSync(join(tl, 'js/locale/en.json'), join(dir, 'timelinejs/js/locale/en.json'));
  copyFileSync(join(tl, 'css/timeline.css'), join(dir, 'timelinejs/css/timeline.css'));
  cpSync(join(tl, 'css/icons'), join(dir, 'timelinejs/css/icons'), { recursive: true });
  copyFileSync(join(siteDir, 'data/timelinejs.json'), join(dir, 'timelinejs/timeline.json'));
  writeFileSync(
    join(dir, 'timelinejs/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"></head><body>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script src="js/timeline.js"></script>
<script>new TL.Timeline('timeline-embed', 'timeline.json', { script_path: 'js/', font: null });</script>
</body></html>
`,
  );

  const vis = join(modules, 'vis-timeline/standalone/umd');
  mkdirSync(join(dir, 'vis-timeline'), { recursive: true });
  copyFileSync(join(vis, 'vis-timeline-graph2d.min.js'), join(dir, 'vis-timeline/vis-timeline-graph2d.min.js'));
  copyFileSync(
    join(modules, 'vis-timeline/styles/vis-timeline-graph2d.min.css'),
    join(dir, 'vis-timeline/vis-timeline-graph2d.min.css'),
  );
  const { events } = JSON.parse(readFileSync(join(siteDir, 'data/events.json'), 'utf8')) as {
    events: ExportedEvent[];
  };
  const items = events.map((event) => ({
    id: event.id,
    content: event.title,
    start: event.date.firstDay,
    ...(event.date.lastDay !== event.date.firstDay ? { end: event.date.lastDay } : {}),
    group: event.lane,
  }));
  const groups = [...new Set(events.map((event) => event.lane))].map((lane) => ({ id: lane, content: lane }));
  writeFileSync(join(dir, 'vis-timeline/items.json'), JSON.stringify({ items, groups }));
  writeFileSync(
    join(dir, 'vis-timeline/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="vis-timeline-graph2d.min.css"></head><body>
<div id="timeline"></div>
<script src="vis-timeline-graph2d.min.js"></script>
<script>fetch('items.json').then((r) => r.json()).then(({ items, groups }) => {
  new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {});
});</script>
</body></html>
`,
  );
  return [
    { name: 'TimelineJS', path: 'timelinejs/', drawnSelector: '.tl-slide, .tl-timemarker' },
    { name: 'vis-timeline', path: 'vis-timeline/', drawnSelector: '.vis-item' },
  ];
}
