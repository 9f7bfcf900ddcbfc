import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  serveCanvasWorker,
  type CanvasWorkerReport,
  type CanvasWorkerRequest,
} from '../../src/client/canvas-worker.ts';
import { bandOnScreen } from '../../src/client/paint-canvas-band.ts';
import { formatTimelineDate } from '../../src/lib/dates/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { LAYOUT_SITE } from './layout-site.ts';
import { TimelineController } from '../../src/lib/timeline-controller.ts';
import { encodeClientTimeline, toClientTimeline, type ClientTimeline } from '../../src/lib/timeline-payload.ts';
import { TEST_CANVAS_COLOURS } from '../support/canvas-colours.ts';
import { ENGLISH_MONTH_NAMES } from '../../src/lib/dates/partial-date.ts';

let client: ClientTimeline;
beforeAll(async () => {
  const timeline = await loadTimeline(LAYOUT_SITE);
  client = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate);
});
afterEach(() => vi.unstubAllGlobals());

const colours = TEST_CANVAS_COLOURS;
const band = bandOnScreen(0, 400, 900, 1);

// A stand-in for the OffscreenCanvas the page hands over: it writes down the text painted and the clears.
function fakeCanvas() {
  const texts: string[] = [];
  let clears = 0;
  const noop = () => {};
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textBaseline: 'alphabetic',
    setTransform: noop,
    clearRect: () => {
      clears += 1;
      texts.length = 0;
    },
    fillRect: noop,
    fillText: (text: string) => texts.push(text),
    beginPath: noop,
    moveTo: noop,
    lineTo: noop,
    arc: noop,
    roundRect: noop,
    fill: noop,
    stroke: noop,
    setLineDash: noop,
  };
  const canvas = { width: 300, height: 150, getContext: () => context };
  return {
    canvas: canvas as unknown as OffscreenCanvas,
    texts,
    get clears() {
      return clears;
    },
  };
}

// The worker's global scope: requests go in as messages, reports come out.
function startWorker() {
  const reports: CanvasWorkerReport[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<CanvasWorkerRequest>) => void) | null,
    postMessage: (report: CanvasWorkerReport) => reports.push(report),
  };
  // Measuring on the worker's own canvas: none here, so the width table (as on the page when the fonts fit it).
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return null;
      }
    },
  );
  serveCanvasWorker(scope);
  const send = (request: CanvasWorkerRequest) =>
    scope.onmessage?.({ data: request } as MessageEvent<CanvasWorkerRequest>);
  const start = (canvas: OffscreenCanvas) =>
    send({
      kind: 'start',
      canvas,
      payload: encodeClientTimeline(client),
      monthNames: ENGLISH_MONTH_NAMES,
      colours,
      width: 900,
      band,
    });
  return { reports, send, start };
}

const nextTask = () => new Promise((done) => setTimeout(done, 5));

describe('the canvas worker', () => {
  it('paints the layout the page’s controller has, for the state and width it is sent', async () => {
    const page = new TimelineController(client, { width: 900 });
    page.zoomBy(4, 300);
    page.select(page.shownEvents()[5]?.id);
    const target = fakeCanvas();
    const worker = startWorker();
    worker.start(target.canvas);
    // The warm-up paints and clears again.
    expect(target.clears).toBeGreaterThan(0);
    expect(target.texts).toEqual([]);
    worker.send({ kind: 'paint', width: page.width, state: structuredClone(page.state), band });
    await nextTask();
    expect(worker.reports).toEqual([{ kind: 'painted', ms: expect.any(Number), height: page.layout.height }]);
    const labels = page.layout.marks.flatMap((mark) => (mark.kind === 'cluster' ? [] : [mark.label.text]));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(target.texts).toContain(label);
  });

  it('paints only the newest of the requests waiting, and nothing once asked to clear', async () => {
    const page = new TimelineController(client, { width: 900 });
    const target = fakeCanvas();
    const worker = startWorker();
    worker.start(target.canvas);
    for (const factor of [1.5, 2, 3]) {
      page.zoomBy(factor);
      worker.send({ kind: 'paint', width: page.width, state: structuredClone(page.state), band });
    }
    await nextTask();
    expect(worker.reports).toHaveLength(1);
    worker.send({ kind: 'paint', width: page.width, state: structuredClone(page.state), band });
    worker.send({ kind: 'clear' });
    await nextTask();
    expect(worker.reports).toHaveLength(1);
    expect(target.texts).toEqual([]);
  });

  it('reports a payload it cannot read instead of throwing', () => {
    const worker = startWorker();
    worker.send({
      kind: 'start',
      canvas: fakeCanvas().canvas,
      payload: '{"v":0}',
      monthNames: ENGLISH_MONTH_NAMES,
      colours,
      width: 900,
      band,
    });
    expect(worker.reports).toEqual([{ kind: 'failed', message: 'the payload could not be read' }]);
  });
});

describe('bandOnScreen', () => {
  it('is the part of the chart in the window, as tall as the window, inside the chart', () => {
    expect(bandOnScreen(100, 600, 900, 1)).toEqual({ top: 0, height: 600, ratio: 1, frameHeight: 600 });
    expect(bandOnScreen(-300, 2000, 900, 2)).toEqual({ top: 300, height: 900, ratio: 2, frameHeight: 2000 });
    expect(bandOnScreen(-1800, 2000, 900, 3)).toEqual({ top: 1100, height: 900, ratio: 2, frameHeight: 2000 });
    expect(bandOnScreen(0, 0, 900, 0)).toEqual({ top: 0, height: 1, ratio: 1, frameHeight: 0 });
  });
});
