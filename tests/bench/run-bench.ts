// `npm run bench`: builds synthetic timelines of 25, 100, 1,000 and 10,000 events and measures the build and the
// home page in Chromium. Prints a table and writes tests/.tmp/bench/results.json; asserts nothing.
//   npm run bench -- --sizes=25,1000    only these sizes
//   npm run bench -- --no-build         measure the sites built last time
//   npm run bench -- --history          give each synthetic timeline a git history of three commits (1–3 versions
//                                       per event) and build its history and version pages
//   npm run bench -- --compare          also TimelineJS and vis-timeline on the same events (installed on first use
//                                       into tests/.tmp/bench/libraries, not as project dependencies)
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../support/chromium.ts';
import { pageScripts } from '../support/page-scripts.ts';
import { serveStatic } from '../support/static-server.ts';
import { installLibraries, writeComparisonPages } from './compare-libraries.ts';
import { commitSyntheticHistory, writeSyntheticContent } from './synthetic-content.ts';

const ROOT = resolve('tests/.tmp/bench');
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (option('sizes') ?? '25,100,1000,10000').split(',').map(Number);
const BUILD = !args.includes('--no-build');
const COMPARE = args.includes('--compare');
const HISTORY = args.includes('--history');
const VIEWPORT = { width: 1280, height: 900 };
// The scripted interaction, in animation frames: zoom in, pan, zoom out.
const ZOOM_FRAMES = 40;
const PAN_FRAMES = 40;
// First contentful paint varies by tens of ms from load to load: the median of several.
const FCP_LOADS = 7;

interface BuildFigures {
  readonly seconds: number;
  readonly peakMemoryMB: number | null;
  readonly pages: number;
}

interface BrowserFigures {
  readonly jsBytes: number;
  readonly jsGzipBytes: number;
  readonly htmlBytes: number;
  readonly htmlGzipBytes: number;
  /**
   * First contentful paint, ms from navigation (Chromium's `first-contentful-paint` entry): the median of
   * FCP_LOADS loads in fresh browser contexts, and the fastest and slowest of them.
   */
  readonly firstContentfulPaintMs: { readonly median: number; readonly min: number; readonly max: number };
  /** Elements in the HTML as served (what a reader without JavaScript gets), in all and in two parts of it. */
  readonly servedElements: { readonly all: number; readonly timeline: number; readonly readerList: number };
  /** Elements in the page once the timeline is interactive (the script's drawing replaces the static ones). */
  readonly liveElements: number;
  /** DOM nodes of every kind (elements, text, comments) as served and once interactive. */
  readonly nodes: { readonly served: number; readonly live: number };
  /**
   * What the first paint waits for, counted from the built files, so not disturbed by a busy machine: the
   * stylesheets and parser-blocking scripts the page links (bytes raw and gzipped), and the bytes of HTML up to the end
   * of the chart's static drawings.
   */
  readonly renderBlocking: { readonly requests: number; readonly bytes: number; readonly gzipBytes: number };
  readonly htmlBytesToChartEnd: number;
  /** ms from navigation until every mark of the drawing shown is in the page and painted. */
  readonly staticDrawnMs: number | null;
  /** ms until the script's own drawing has replaced it (the timeline is interactive). */
  readonly interactiveMs: number | null;
  readonly marksDrawn: number;
  readonly loadLongTasks: { readonly count: number; readonly totalMs: number; readonly longestMs: number };
  readonly interactionLongTasks: { readonly count: number; readonly totalMs: number; readonly longestMs: number };
  /**
   * Redraw cost per frame of the page's thread during the scripted zoom and pan: script, style, layout and paint.
   * While moving, the canvas is laid out and painted by the canvas worker (canvasFrameMs), not in this figure.
   */
  readonly frameMs: { readonly count: number; readonly p50: number; readonly p95: number; readonly max: number };
  /** Time between animation frames during the interaction (16.7 ms at 60 Hz when no frame is dropped). */
  readonly frameIntervalMs: { readonly p50: number; readonly p95: number };
  /** The canvas worker's layout and paint per frame it painted (it skips requests it falls behind on). */
  readonly canvasFrameMs: { readonly count: number; readonly p50: number; readonly p95: number };
}

/** Another library's page drawing the same events: what its reader waits for and what the page holds. */
interface LibraryFigures {
  readonly name: string;
  readonly firstContentfulPaintMs: { readonly median: number; readonly min: number; readonly max: number };
  /** Elements once the library has drawn (compare with our liveElements), and DOM nodes of every kind. */
  readonly elements: number;
  readonly nodes: number;
}

interface Result {
  readonly events: number;
  readonly articles: number;
  readonly build: BuildFigures;
  readonly browser: BrowserFigures;
  readonly libraries?: readonly LibraryFigures[];
}

function build(size: number): { articles: number; figures: BuildFigures } {
  const dir = join(ROOT, String(size));
  const content = join(dir, 'content');
  const { articles } = BUILD ? writeSyntheticContent(content, size) : { articles: Math.max(2, Math.ceil(size / 50)) };
  if (BUILD && HISTORY) commitSyntheticHistory(content);
  const outDir = join(dir, 'dist');
  if (!BUILD) return { articles, figures: JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as BuildFigures };
  const env = {
    ...process.env,
    TIMELINE_CONTENT_DIR: content,
    TIMELINE_OUT_DIR: outDir,
    TIMELINE_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    TIMELINE_HISTORY: HISTORY ? 'on' : 'off',
  };
  const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'];
  // The build's own output (a line per page) goes to a file, not into memory; GNU time writes its figures to another.
  const log = openSync(join(dir, 'build.log'), 'w');
  const timeFile = join(dir, 'time.txt');
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-v', '-o', timeFile, ...astro], { env, stdio: ['ignore', log, log] })
    : spawnSync(astro[0] ?? 'node', astro.slice(1), { env, stdio: ['ignore', log, log] });
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  const output = readFileSync(join(dir, 'build.log'), 'utf8');
  if (result.status !== 0) {
    throw new Error(
      `the ${size}-event build failed (${String(result.status ?? result.signal ?? result.error)}):\n${output.slice(-4000)}`,
    );
  }
  // GNU time reports the largest resident set of the build process and anything it waited for.
  const peak = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8')) : null;
  const pages = (output.match(/\/index\.html/g) ?? []).length;
  const figures = { seconds, peakMemoryMB: peak === null ? null : Number(peak[1]) / 1024, pages };
  writeFileSync(join(dir, 'build.json'), JSON.stringify(figures));
  return { articles, figures };
}

// Runs in the page before any of its scripts: notes when every mark of the visible drawing is in the page (the
// frame after, so that it has been painted), and every long task.
function probe(): void {
  const state = {
    staticDrawn: null as number | null,
    interactive: null as number | null,
    marks: 0,
    longTasks: [] as { start: number; duration: number }[],
  };
  (window as unknown as { __bench: typeof state }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let seen: { live: boolean } | null = null;
  const check = () => {
    if (seen !== null) {
      if (seen.live) state.interactive = performance.now();
      else state.staticDrawn ??= performance.now();
      seen = null;
    }
    for (const svg of document.querySelectorAll('svg.tl-chart')) {
      if (svg.getClientRects().length === 0) continue;
      const expected = Number(svg.getAttribute('data-marks'));
      const drawn = svg.querySelectorAll('a.tl-mark, a.tl-cluster').length;
      if (expected > 0 && drawn === expected) {
        const live = svg.parentElement?.hasAttribute('data-viewport') === true;
        if (live || state.staticDrawn === null) seen = { live };
        state.marks = drawn;
      }
    }
    if (state.interactive === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

// Runs in the page: zoom in with the wheel (Ctrl held, as a trackpad pinch sends it), drag to pan, zoom out, one
// input per animation frame; returns the redraw cost of each frame and the intervals between frames.
async function interact(frames: {
  zoom: number;
  pan: number;
}): Promise<{ started: number; frameTimes: number[]; canvasFrameTimes: number[]; intervals: number[] }> {
  const element = document.querySelector('tl-timeline') as
    (HTMLElement & { frameTimes: readonly number[]; canvasFrameTimes?: readonly number[] }) | null;
  const viewport = element?.querySelector<HTMLElement>('[data-viewport]');
  if (element === null || viewport === null || viewport === undefined) throw new Error('no interactive timeline');
  viewport.scrollIntoView({ block: 'start' });
  const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
  await nextFrame();
  await nextFrame();
  const box = viewport.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(200, box.height / 2);
  const logged = element.frameTimes.length;
  // Missing from builds made before the canvas worker, which --no-build may measure.
  const loggedByWorker = element.canvasFrameTimes?.length ?? 0;
  const intervals: number[] = [];
  const started = performance.now();
  // Real input reaches the page between frames, when the last frame's layout is still clean; an event sent from
  // inside an animation frame, after the timeline has drawn, would make d3-zoom's pointer read force a layout that
  // no reader's gesture causes. So each input waits for the frame before it to be painted.
  const afterPaint = () =>
    new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(0);
    });
  let last = await nextFrame();
  const frame = async (input: () => void) => {
    await afterPaint();
    input();
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  };
  const wheel = (deltaY: number) => () =>
    viewport.dispatchEvent(
      new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, ctrlKey: true, bubbles: true, cancelable: true }),
    );
  for (let i = 0; i < frames.zoom; i += 1) await frame(wheel(-10));
  const mouse = (type: string, clientX: number) =>
    new MouseEvent(type, { clientX, clientY: y, button: 0, bubbles: true, cancelable: true, view: window });
  viewport.dispatchEvent(mouse('mousedown', x));
  for (let i = 1; i <= frames.pan; i += 1) await frame(() => window.dispatchEvent(mouse('mousemove', x - i * 12)));
  window.dispatchEvent(mouse('mouseup', x - frames.pan * 12));
  for (let i = 0; i < frames.zoom; i += 1) await frame(wheel(10));
  await nextFrame();
  await new Promise((done) => setTimeout(done, 50));
  return {
    started,
    frameTimes: element.frameTimes.slice(logged),
    canvasFrameTimes: element.canvasFrameTimes?.slice(loggedByWorker) ?? [],
    intervals,
  };
}

// The home page's elements as a parser without scripts builds them; the timeline is <tl-timeline> (static drawings,
// overview, controls, detail panel), the reader list is the list of events below it.
function servedElements(html: string): BrowserFigures['servedElements'] {
  const { document } = parseHTML(html);
  const count = (selector: string) => {
    const root = document.querySelector(selector);
    return root === null ? 0 : root.querySelectorAll('*').length + 1;
  };
  return {
    all: document.querySelectorAll('*').length,
    timeline: count('tl-timeline'),
    readerList: count('.reader-timeline'),
  };
}

// Every DOM node under `root`, of any kind: what the issue's "DOM nodes" counts (Chrome DevTools' count too).
function countNodes(root: { childNodes: ArrayLike<unknown> }): number {
  let count = 1;
  for (const child of Array.from(root.childNodes)) count += countNodes(child as typeof root);
  return count;
}

// The stylesheets and parser-blocking scripts of a built page, with their sizes, and the HTML bytes up to the end of
// the chart's drawings (the help note follows them).
function renderBlocking(
  outDir: string,
  html: string,
): { figures: BrowserFigures['renderBlocking']; htmlBytesToChartEnd: number } {
  const { document } = parseHTML(html);
  const hrefs = [
    ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')),
    ...[...document.querySelectorAll('script[src]')]
      .filter((script) => !script.hasAttribute('async') && !script.hasAttribute('defer'))
      .filter((script) => script.getAttribute('type') !== 'module')
      .map((script) => script.getAttribute('src')),
  ];
  const files = hrefs.map((href) => readFileSync(join(outDir, (href ?? '').split('?')[0] ?? '')));
  const chartEnd = html.indexOf('<p class="tl__help');
  return {
    figures: {
      requests: files.length,
      bytes: files.reduce((sum, file) => sum + file.length, 0),
      gzipBytes: files.reduce((sum, file) => sum + gzipSync(file).length, 0),
    },
    htmlBytesToChartEnd: Buffer.byteLength(html.slice(0, chartEnd < 0 ? html.length : chartEnd)),
  };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function summarise(tasks: readonly { duration: number }[]) {
  return {
    count: tasks.length,
    totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
  };
}

// First contentful paint of `url` in `loads` fresh contexts (nothing cached), each loaded to its end.
async function firstContentfulPaints(browser: Browser, url: string, loads: number): Promise<number[]> {
  const paints: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const paint = await page.evaluate(() => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      if (entry !== undefined) return Promise.resolve(entry.startTime);
      // Not painted yet: the entry comes with the first paint.
      return new Promise<number>((done) =>
        new PerformanceObserver((list) => done(list.getEntries()[0]?.startTime ?? Number.NaN)).observe({
          type: 'paint',
          buffered: true,
        }),
      );
    });
    paints.push(paint);
    await context.close();
  }
  return paints;
}

const spread = (paints: readonly number[]) => ({
  median: percentile(paints, 50),
  min: Math.min(...paints),
  max: Math.max(...paints),
});

// Runs in the page: its elements and its DOM nodes of every kind.
function liveCounts(): { elements: number; nodes: number } {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 1;
  while (walker.nextNode() !== null) nodes += 1;
  return { elements: document.getElementsByTagName('*').length, nodes };
}

// The same events drawn by other libraries (--compare), served as our page is.
async function measureLibraries(browser: Browser, size: number): Promise<LibraryFigures[]> {
  const dir = join(ROOT, String(size), 'compare');
  const pages = writeComparisonPages(join(ROOT, String(size), 'dist'), dir);
  const server = await serveStatic(dir, 0, { gzip: true });
  const figures: LibraryFigures[] = [];
  try {
    for (const library of pages) {
      const url = `${server.url}/${library.path}`;
      const paints = await firstContentfulPaints(browser, url, FCP_LOADS);
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForSelector(library.drawnSelector, { timeout: 120_000 });
      await page.waitForTimeout(1000);
      const { elements, nodes } = await page.evaluate(liveCounts);
      await context.close();
      figures.push({ name: library.name, firstContentfulPaintMs: spread(paints), elements, nodes });
    }
  } finally {
    await server.close();
  }
  return figures;
}

async function measure(browser: Browser, page: Page, size: number, url: string): Promise<BrowserFigures> {
  const paints = await firstContentfulPaints(browser, url, FCP_LOADS);
  const outDir = join(ROOT, String(size), 'dist');
  const scripts = pageScripts(outDir, '/');
  const html = readFileSync(join(outDir, 'index.html'));
  const blocking = renderBlocking(outDir, html.toString('utf8'));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { interactive: number | null } }).__bench.interactive !== null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const loaded = (await page.evaluate(() => ({
    ...(window as unknown as { __bench: object }).__bench,
  }))) as {
    staticDrawn: number | null;
    interactive: number | null;
    marks: number;
  };
  const live = await page.evaluate(liveCounts);
  // A reader looks before zooming: the scripted zoom starts a second after the timeline turned interactive (the
  // element uses idle time to prepare the first zoom; load-time figures above are taken before this pause).
  await page.waitForTimeout(1000);
  const run = await page.evaluate(interact, { zoom: ZOOM_FRAMES, pan: PAN_FRAMES });
  const tasks =
    (await page.evaluate(
      () => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks,
    )) ?? [];
  return {
    jsBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    jsGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    firstContentfulPaintMs: spread(paints),
    servedElements: servedElements(html.toString('utf8')),
    liveElements: live.elements,
    nodes: { served: countNodes(parseHTML(html.toString('utf8')).document), live: live.nodes },
    renderBlocking: blocking.figures,
    htmlBytesToChartEnd: blocking.htmlBytesToChartEnd,
    staticDrawnMs: loaded.staticDrawn,
    interactiveMs: loaded.interactive,
    marksDrawn: loaded.marks,
    loadLongTasks: summarise(tasks.filter((task) => task.start < run.started)),
    interactionLongTasks: summarise(tasks.filter((task) => task.start >= run.started)),
    frameMs: {
      count: run.frameTimes.length,
      p50: percentile(run.frameTimes, 50),
      p95: percentile(run.frameTimes, 95),
      max: Math.max(...run.frameTimes),
    },
    frameIntervalMs: { p50: percentile(run.intervals, 50), p95: percentile(run.intervals, 95) },
    canvasFrameMs: {
      count: run.canvasFrameTimes.length,
      p50: percentile(run.canvasFrameTimes, 50),
      p95: percentile(run.canvasFrameTimes, 95),
    },
  };
}

function table(results: readonly Result[]): string {
  const f = (value: number | null, digits = 0) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));
  const rows = [
    ['events', ...results.map((r) => r.events.toLocaleString('en'))],
    ['pages built', ...results.map((r) => String(r.build.pages))],
    ['build wall time, s', ...results.map((r) => f(r.build.seconds, 1))],
    ['build peak memory, MB', ...results.map((r) => f(r.build.peakMemoryMB))],
    [
      'home page HTML, KB (gzip)',
      ...results.map((r) => `${f(r.browser.htmlBytes / 1024)} (${f(r.browser.htmlGzipBytes / 1024)})`),
    ],
    ['home page JS, B gzip (raw)', ...results.map((r) => `${r.browser.jsGzipBytes} (${r.browser.jsBytes})`)],
    [
      'render-blocking requests: n / B gzip (raw)',
      ...results.map(
        (r) =>
          `${r.browser.renderBlocking.requests} / ${r.browser.renderBlocking.gzipBytes} (${r.browser.renderBlocking.bytes})`,
      ),
    ],
    ['HTML to the end of the chart, KB', ...results.map((r) => f(r.browser.htmlBytesToChartEnd / 1024))],
    [
      `first contentful paint, ms: median (min–max of ${FCP_LOADS})`,
      ...results.map(
        (r) =>
          `${f(r.browser.firstContentfulPaintMs.median)} (${f(r.browser.firstContentfulPaintMs.min)}–${f(r.browser.firstContentfulPaintMs.max)})`,
      ),
    ],
    [
      'elements served: all / timeline / reader list',
      ...results.map(
        (r) =>
          `${r.browser.servedElements.all} / ${r.browser.servedElements.timeline} / ${r.browser.servedElements.readerList}`,
      ),
    ],
    ['elements once interactive', ...results.map((r) => String(r.browser.liveElements))],
    [
      'DOM nodes served / once interactive',
      ...results.map((r) => `${r.browser.nodes.served} / ${r.browser.nodes.live}`),
    ],
    ...(results[0]?.libraries ?? []).map((library, i) => [
      `${library.name}: first contentful paint, ms / elements / DOM nodes once drawn`,
      ...results.map((r) => {
        const figures = r.libraries?.[i];
        return figures === undefined
          ? '–'
          : `${f(figures.firstContentfulPaintMs.median)} / ${figures.elements} / ${figures.nodes}`;
      }),
    ]),
    ['marks drawn (labelled + clusters)', ...results.map((r) => String(r.browser.marksDrawn))],
    ['static SVG drawn, ms', ...results.map((r) => f(r.browser.staticDrawnMs))],
    ['interactive SVG drawn, ms', ...results.map((r) => f(r.browser.interactiveMs))],
    [
      'long tasks in load: n / longest ms',
      ...results.map((r) => `${r.browser.loadLongTasks.count} / ${f(r.browser.loadLongTasks.longestMs)}`),
    ],
    [
      'long tasks in zoom+pan: n / longest ms',
      ...results.map((r) => `${r.browser.interactionLongTasks.count} / ${f(r.browser.interactionLongTasks.longestMs)}`),
    ],
    [
      'redraw per frame p50 / p95, ms',
      ...results.map((r) => `${f(r.browser.frameMs.p50, 1)} / ${f(r.browser.frameMs.p95, 1)}`),
    ],
    [
      'canvas worker frames: n / p50 / p95, ms',
      ...results.map(
        (r) =>
          `${r.browser.canvasFrameMs.count} / ${f(r.browser.canvasFrameMs.p50, 1)} / ${f(r.browser.canvasFrameMs.p95, 1)}`,
      ),
    ],
    [
      'frame interval p50 / p95, ms',
      ...results.map((r) => `${f(r.browser.frameIntervalMs.p50, 1)} / ${f(r.browser.frameIntervalMs.p95, 1)}`),
    ],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join(
    '\n',
  );
}

const executable = findChromium();
if (executable === undefined) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
mkdirSync(ROOT, { recursive: true });
if (COMPARE) installLibraries();
const results: Result[] = [];
for (const size of SIZES) {
  console.log(`\n${size} events: ${BUILD ? 'generating and building' : 'reusing the last build'}…`);
  const { articles, figures } = build(size);
  console.log(`  built ${figures.pages} pages in ${figures.seconds.toFixed(1)} s`);
  // Compressed, as any static host serves HTML: the home page of 10,000 events is 18 MB of HTML, 1.3 MB gzipped.
  const server = await serveStatic(join(ROOT, String(size), 'dist'), 0, { gzip: true });
  // One request first, so that the page is served from the server's compressed copy, as a host's would be.
  await (await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const browser = await launchChromium(executable);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(probe);
    const page = await context.newPage();
    const figures2 = await measure(browser, page, size, `${server.url}/`);
    const libraries = COMPARE ? await measureLibraries(browser, size) : undefined;
    results.push({ events: size, articles, build: figures, browser: figures2, ...(libraries && { libraries }) });
    console.log(
      `  interactive after ${figures2.interactiveMs?.toFixed(0)} ms; redraw p95 ${figures2.frameMs.p95.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const homeHtml = join(ROOT, String(SIZES.at(-1)), 'dist', 'index.html');
writeFileSync(
  join(ROOT, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, viewport: VIEWPORT, results }, null, 2)}\n`,
);
console.log(`\n${table(results)}\n`);
console.log(
  `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB; Node ${machine.node}; Chromium at ${VIEWPORT.width}×${VIEWPORT.height}.`,
);
console.log(
  `Largest home page: ${(statSync(homeHtml).size / 2 ** 20).toFixed(1)} MB. Results: ${join(ROOT, 'results.json')}`,
);
