import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { inject } from 'vitest';
import { BUILD_RECORD, BUILDS_DIR, isRunning } from './test-run.ts';

/** The outcome of one `astro build`. */
export interface BuildResult {
  readonly status: number;
  /** stdout and stderr together, as a user would see them. */
  readonly output: string;
  readonly outDir: string;
}

interface BuildRecord {
  readonly run: string;
  readonly key: string;
  /** The name of the first caller, to tell the folders in tests/.tmp/sites apart. */
  readonly name: string;
  readonly status: number;
  readonly output: string;
}

/**
 * Build the site from a content folder into tests/.tmp/sites/<key>/dist, with its own Astro cache so builds of
 * different content never share state. The content history is not read unless `env` sets TIMELINE_HISTORY to `on`.
 *
 * A fixture build takes 8 to 14 s and many test files need the same one (ten build the real content with no settings),
 * so each build is kept for the rest of the test run (tests/support/test-run.ts) and handed to every later call with
 * the same content folder, the same files in it and the same `env`. `name` only labels the folder. Tests read dist/
 * and never write into it: a test that needs a different site changes its content or its `env`.
 */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}): BuildResult {
  const run = inject('testRun');
  const key = buildKey(contentDir, env);
  const root = resolve(BUILDS_DIR, key.slice(0, 16));
  waitForOtherBuilds(root);
  const kept = readRecord(root, run, key);
  if (kept !== undefined) return kept;

  // Built aside and moved into place when done, so that no one reads a half-built site, a build that is stopped
  // midway leaves nothing that looks finished, and two processes of one run that build the same site at once agree.
  const staging = `${root}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIMELINE_CONTENT_DIR: contentDir,
      TIMELINE_OUT_DIR: join(staging, 'dist'),
      TIMELINE_CACHE_DIR: join(staging, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Fixture folders live in this repository, whose history differs between clones (and CI's may be shallow):
      // a test that wants dates from history builds its own repository and turns this back on.
      TIMELINE_HISTORY: 'off',
      ...env,
    },
  });
  const record: BuildRecord = {
    run,
    key,
    name,
    status: result.status ?? 1,
    output: `${result.stdout}${result.stderr}`,
  };
  writeFileSync(join(staging, BUILD_RECORD), JSON.stringify(record));
  const other = readRecord(root, run, key);
  if (other !== undefined) {
    rmSync(staging, { recursive: true, force: true });
    return other;
  }
  rmSync(root, { recursive: true, force: true });
  renameSync(staging, root);
  return { status: record.status, output: record.output, outDir: join(root, 'dist') };
}

/**
 * Wait while another process of this run builds the same site (test files run two at a time), so that it is built
 * once. Two that start at the same moment both build it, and the second to finish takes the first's.
 */
function waitForOtherBuilds(root: string): void {
  const staging = new RegExp(`^${basename(root)}\\.building-(\\d+)$`);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const building = () =>
    readdirSync(dirname(root)).some((folder) => {
      const pid = staging.exec(folder)?.[1];
      return pid !== undefined && Number(pid) !== process.pid && isRunning(Number(pid));
    });
  if (!existsSync(dirname(root))) return;
  while (building()) Atomics.wait(sleeper, 0, 0, 250);
}

/** The build kept in `root`, if it was made in this run from the same content and settings. */
function readRecord(root: string, run: string, key: string): BuildResult | undefined {
  const path = join(root, BUILD_RECORD);
  if (!existsSync(path)) return undefined;
  const record = JSON.parse(readFileSync(path, 'utf8')) as BuildRecord;
  if (record.run !== run || record.key !== key) return undefined;
  return { status: record.status, output: record.output, outDir: join(root, 'dist') };
}

/**
 * What a build that reads history reads of its repository: every commit (a shallow clone has fewer), what changed
 * since the last one, and where the content sits.
 */
const HISTORY_STATE = [
  ['rev-list', 'HEAD'],
  ['status', '--porcelain'],
  ['rev-parse', '--show-prefix'],
] as const;

/**
 * What makes two builds the same: the content folder as given (build messages name its files), every file in it, the
 * state of its git repository when the build reads history, and the settings the caller passes.
 */
function buildKey(contentDir: string, env: Record<string, string>): string {
  const hash = createHash('sha256');
  const settings = Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(`${contentDir}\0${JSON.stringify(settings)}\0`);
  const folder = resolve(contentDir);
  if (existsSync(folder)) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      const bytes = readFileSync(file);
      hash.update(`${relative(folder, file)}\0${bytes.length}\0`).update(bytes);
    }
  }
  if (env['TIMELINE_HISTORY'] === 'on') {
    for (const args of HISTORY_STATE) {
      const git = spawnSync('git', ['-C', folder, ...args], { encoding: 'utf8' });
      hash.update(`${git.status}\0${git.stdout}\0`);
    }
  }
  return hash.digest('hex');
}

/** A copy of the small fixture in tests/.tmp/<folder>, its timeline.yaml ending with `extra`; returns the folder. */
export function smallSiteWith(folder: string, extra: string): string {
  const content = join('tests/.tmp', folder);
  mkdirSync(content, { recursive: true });
  cpSync('tests/fixtures/small-site', content, { recursive: true });
  const config = join(content, 'timeline.yaml');
  writeFileSync(config, `${readFileSync(config, 'utf8')}\n${extra}\n`);
  return content;
}
