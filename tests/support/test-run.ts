import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test run that fixture builds belong to: builds from another run are never reused (the code changed). */
    testRun: string;
  }
}

/** Where the builds of one test run are kept (tests/support/build-site.ts), one folder per distinct build. */
export const BUILDS_DIR = 'tests/.tmp/sites';

/** The file a finished build leaves beside its dist/: the run it belongs to and its outcome. */
export const BUILD_RECORD = 'build.json';

/**
 * Global setup of the build and browser tiers. `npm test` names one run for both tiers (TIMELINE_TEST_RUN, set by
 * tests/run-all.mjs), so the browser tier reads the sites the build tier built; a lone vitest invocation is a run of
 * its own, shared by the projects it runs. Builds left by other runs are removed before any test starts.
 */
export default function setup(project: TestProject): void {
  process.env['TIMELINE_TEST_RUN'] ??= randomUUID();
  const run = process.env['TIMELINE_TEST_RUN'];
  project.provide('testRun', run);
  if (!existsSync(BUILDS_DIR)) return;
  for (const folder of readdirSync(BUILDS_DIR)) {
    // A build under way in another process of this run (another project's tests) is left to finish.
    const builder = /\.building-(\d+)$/.exec(folder)?.[1];
    if (builder !== undefined && isRunning(Number(builder))) continue;
    const record = join(BUILDS_DIR, folder, BUILD_RECORD);
    const built = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { run?: string }).run : undefined;
    if (built !== run) rmSync(join(BUILDS_DIR, folder), { recursive: true, force: true });
  }
}

/** Whether a process is running (builds in tests/.tmp/sites are named after the process that makes them). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
