import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The outcome of one `astro build`. */
export interface BuildResult {
  readonly status: number;
  /** stdout and stderr together, as a user would see them. */
  readonly output: string;
  readonly outDir: string;
}

/**
 * Build the site from a content folder into tests/.tmp/<name>/dist, with its own Astro cache so builds of different
 * content never share state. The content history is not read unless `env` sets TIMELINE_HISTORY to `on`.
 */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}): BuildResult {
  const root = resolve('tests/.tmp', name);
  const outDir = resolve(root, 'dist');
  rmSync(root, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TIMELINE_CONTENT_DIR: contentDir,
      TIMELINE_OUT_DIR: outDir,
      TIMELINE_CACHE_DIR: resolve(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Fixture folders live in this repository, whose history differs between clones (and CI's may be shallow):
      // a test that wants dates from history builds its own repository and turns this back on.
      TIMELINE_HISTORY: 'off',
      ...env,
    },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, outDir };
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
