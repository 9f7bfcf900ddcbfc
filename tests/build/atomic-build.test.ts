import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKER_FILE } from '../../src/lib/build/output-folder.ts';

// Builds are all or nothing (src/integrations/atomic-output.ts). One good build of the small fixture is the output
// every later build must leave byte-identical when it is killed or fails. TIMELINE_TEST_FAULT (see
// src/integrations/test-fault.ts) stops a build at a named stage, so each kill lands where it is meant to.
const ROOT = resolve('tests/.tmp/atomic');
const OUT = join(ROOT, 'dist');
const SMALL = 'tests/fixtures/small-site';

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/** Run `astro build`; `watch` sees the output so far, and the process id, each time the build prints. */
function build(env: Record<string, string>, watch?: (output: string, pid: number) => void): Promise<Run> {
  const { TIMELINE_TEST_FAULT: _ignored, ...inherited } = process.env;
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    const take = (chunk: Buffer): void => {
      output += chunk.toString();
      watch?.(output, child.pid ?? 0);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (status, signal) => done({ status, signal, output }));
  });
}

/** Every file under `folder`, dotfiles included, with the SHA-256 of its bytes. */
function hashTree(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

/** Folders beside the output that builds of it leave while they run. */
function leftovers(): string[] {
  return readdirSync(ROOT).filter((name) => name.startsWith('.dist.'));
}

const smallSite = { TIMELINE_CONTENT_DIR: SMALL, TIMELINE_OUT_DIR: OUT, TIMELINE_CACHE_DIR: join(ROOT, 'cache') };

describe('a build of the site', () => {
  let baseline: Record<string, string>;

  beforeAll(async () => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(ROOT, { recursive: true });
    const first = await build(smallSite);
    if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
    baseline = hashTree(OUT);
  });

  it('writes a fresh output folder with the marker, the search index and _headers, and nothing beside it', () => {
    expect(Object.keys(baseline)).toEqual(expect.arrayContaining([MARKER_FILE, '_headers', 'index.html']));
    expect(Object.keys(baseline).some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it.each([
    ['page', 'SIGKILL'],
    ['page', 'SIGINT'],
    ['search-index', 'SIGKILL'],
    ['search-index', 'SIGINT'],
  ] as const)(
    'killed while at the %s stage with %s, leaves the previous output byte-identical',
    async (stage, signal) => {
      let written: string[] = [];
      let staging = '';
      const run = await build({ ...smallSite, TIMELINE_TEST_FAULT: `${stage}:pause` }, (output, pid) => {
        if (staging !== '' || !output.includes(`timeline test fault: ${stage}`)) return;
        staging = join(ROOT, `.dist.building-${pid}`);
        written = readdirSync(staging);
        process.kill(pid, signal);
      });
      expect(run.signal, run.output).toBe(signal);
      expect(hashTree(OUT)).toEqual(baseline);
      // The killed build had written part of a site, into its own staging folder, never into the output.
      expect(written).toContain('_astro');
      if (stage === 'search-index') {
        expect(written).toContain('index.html');
        expect(written).not.toContain('pagefind');
        expect(written).not.toContain('_headers');
      }
      expect(written).not.toContain(MARKER_FILE);
      expect(existsSync(staging)).toBe(true);
    },
  );

  it('stopped with Ctrl-C between the two renames of the swap, finishes the swap first and then stops', async () => {
    const run = await build({ ...smallSite, TIMELINE_TEST_FAULT: 'swap:sigint' });
    expect(run.signal, run.output).toBe('SIGINT');
    expect(hashTree(OUT)).toEqual(baseline);
    // The previous output was moved aside, so the new one is in place; the next build removes the old one.
    expect(leftovers()).toEqual([expect.stringMatching(/^\.dist\.replaced-\d+$/)]);
  });

  it('replaces its own output on the next good build, and clears what killed builds left', async () => {
    const before = leftovers();
    const run = await build(smallSite);
    expect(run.status, run.output).toBe(0);
    expect(hashTree(OUT)).toEqual(baseline);
    expect(leftovers()).toEqual([]);
    // The last stopped build's folder was there (each build clears the ones before it).
    expect(before).toEqual([expect.stringMatching(/^\.dist\.replaced-\d+$/)]);
  });

  it.each(['page', 'search-index'])(
    'failing at the %s stage, exits with an error, leaves the output identical and removes its staging folder',
    async (stage) => {
      const run = await build({ ...smallSite, TIMELINE_TEST_FAULT: `${stage}:throw` });
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(`test fault at ${stage}`);
      expect(hashTree(OUT)).toEqual(baseline);
      expect(leftovers()).toEqual([]);
    },
  );

  it('puts the previous output back when a build died between the two renames of its swap', async () => {
    // What SIGKILL or a power cut between the renames leaves: no output folder, the old one moved aside by a process
    // that is gone. The next build restores it before doing anything else, even if that build then fails.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    renameSync(OUT, join(ROOT, `.dist.replaced-${gone}`));
    const run = await build({ ...smallSite, TIMELINE_TEST_FAULT: 'page:throw' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`Restored ${OUT}`);
    expect(hashTree(OUT)).toEqual(baseline);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a non-empty output folder it did not make, naming it, and leaves it alone', async () => {
    const foreign = join(ROOT, 'my-notes');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine\n');
    const run = await build({ ...smallSite, TIMELINE_OUT_DIR: foreign });
    expect(run.status).toBe(1);
    expect(run.output).toContain(`Refusing to build into ${foreign}: the folder is not empty`);
    expect(run.output).toContain('Set TIMELINE_OUT_DIR to an empty or new folder');
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readdirSync(ROOT).filter((name) => name.startsWith('.my-notes.'))).toEqual([]);
  });

  it('builds two content folders at once, each into what a lone build of it makes', async () => {
    const other = join(ROOT, 'other-content');
    cpSync(SMALL, other, { recursive: true });
    const config = join(other, 'timeline.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^title: .*$/m, 'title: "Ferry Lane: another fixture"'));
    // No TIMELINE_CACHE_DIR: each content folder gets its own Astro cache by default.
    const otherAlone = await build({ TIMELINE_CONTENT_DIR: other, TIMELINE_OUT_DIR: join(ROOT, 'other-alone') });
    expect(otherAlone.status, otherAlone.output).toBe(0);
    // Empty output folders are fine too.
    mkdirSync(join(ROOT, 'small-together'));
    mkdirSync(join(ROOT, 'other-together'));
    const [small, otherTogether] = await Promise.all([
      build({ TIMELINE_CONTENT_DIR: SMALL, TIMELINE_OUT_DIR: join(ROOT, 'small-together') }),
      build({ TIMELINE_CONTENT_DIR: other, TIMELINE_OUT_DIR: join(ROOT, 'other-together') }),
    ]);
    expect(small.status, small.output).toBe(0);
    expect(otherTogether.status, otherTogether.output).toBe(0);
    expect(hashTree(join(ROOT, 'small-together'))).toEqual(baseline);
    expect(hashTree(join(ROOT, 'other-together'))).toEqual(hashTree(join(ROOT, 'other-alone')));
    expect(readFileSync(join(ROOT, 'other-together/index.html'), 'utf8')).toContain('Ferry Lane');
  });
});
