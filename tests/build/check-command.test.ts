import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BROKEN_SITE_PROBLEMS } from '../fixtures/broken-site/expected-problems.ts';

/** `npm run check` as an editor runs it, on a content folder. */
function check(contentDir: string) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'src/cli/check-content.ts'], {
    encoding: 'utf8',
    env: { ...process.env, TIMELINE_CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it("exits 0 on valid content, with its counts, the drafts it would leave out and the translations' coverage", () => {
    const result = check('tests/fixtures/small-site');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'tests/fixtures/small-site: no problems (5 events, 2 articles).\n' +
        '1 draft not published: tests/fixtures/small-site/events/tunnel-proposal.md\n' +
        'de: 2 of 5 events (3 shown in en), 1 of 2 source notes, about page, ' +
        '5 of 9 site texts (in en: description, publisher, credit, sourceBalance), 1 of 1 place name\n',
    );
  });

  it('exits 1 on broken content, listing the same problems as the build', () => {
    const result = check('tests/fixtures/broken-site');
    expect(result.status).toBe(1);
    const printed = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('  - '))
      .map((line) => line.slice(4));
    expect(printed).toEqual(BROKEN_SITE_PROBLEMS.map((line) => `tests/fixtures/broken-site/${line}`));
  });

  it('exits 1 and says why when the content folder does not exist', () => {
    const result = check('tests/.tmp/no-such-content');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TIMELINE_CONTENT_DIR: "tests/.tmp/no-such-content" does not exist');
  });
});
