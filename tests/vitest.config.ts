import { defineConfig } from 'vitest/config';
import { LongestFirst } from './support/longest-first.ts';

// Three tiers, run separately by tests/run-all.mjs: unit (plain Node, under several time zones), build (builds a
// fixture site and reads dist/), browser (playwright-core + the system Chromium against built sites).
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      // A generous limit, not a speed check: the first citation of a run loads citation-js's CSL styles, which takes
      // seconds on a busy 2-core machine (5 s, vitest's default, timed out there).
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Files share one module registry per worker: importing citation-js, edtf and the Markdown pipeline once per
          // file was 80% of the tier's time. So no test may mock a module (vi.mock) or leave global state behind.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/test-run.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Two files at a time: a file spends most of its time waiting for one `astro build` (about one core), then
          // reads dist/ (one core), so one file at a time left the second core of a 2-core CI machine idle. Files
          // that need the same site wait for one build of it (tests/support/build-site.ts).
          maxWorkers: 2,
          // A project of its own in the order of the tiers, as vitest needs when projects differ in maxWorkers.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/test-run.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
