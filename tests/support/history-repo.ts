import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Run git in `cwd` with fixed names and dates, failing loudly. */
export function git(cwd: string, args: readonly string[], day?: string): string {
  const date =
    day === undefined ? {} : { GIT_AUTHOR_DATE: `${day}T12:00:00+00:00`, GIT_COMMITTER_DATE: `${day}T12:00:00+00:00` };
  const result = spawnSync('git', ['-c', 'user.name=Fixture editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...date, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/**
 * A content repository with a known history, made from the small fixture in tests/.tmp/<name>/repo (the content is
 * its `content/` subfolder, as on a real site):
 * - 2026-11-20: the site, with "ferry-closed" in an old form today's schema rejects (a lane since renamed, raw HTML
 *   in its summary) and "mayor-statement" dated by frontmatter (`pagePublished: 2020-01-15`);
 * - 2026-11-23: "bridge-opens" added (dated June 2022, one citation); "ferry-closed" corrected to today's form;
 * - 2026-11-25: a reformatting only (key order, quotes, line wrapping) of "bridge-opens" and "council-vote";
 * - 2026-12-02: "bridge-opens" changed (exact date, summary, a second citation); the article "gazette-2022-06" changed;
 * - uncommitted: "works-period" summary edited in the working tree.
 * Returns the content folder.
 */
export function makeHistoryRepo(name: string): string {
  const repo = resolve('tests/.tmp', name, 'repo');
  rmSync(resolve('tests/.tmp', name), { recursive: true, force: true });
  const content = join(repo, 'content');
  mkdirSync(repo, { recursive: true });
  cpSync('tests/fixtures/small-site', content, { recursive: true });
  const file = (path: string) => join(content, path);
  const edit = (path: string, change: (text: string) => string) =>
    writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
  const commit = (day: string, message: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', message], day);
  };
  git(repo, ['init', '-q', '-b', 'main']);

  const bridge = readFileSync(file('events/bridge-opens.md'), 'utf8');
  rmSync(file('events/bridge-opens.md'));
  const ferry = readFileSync(file('events/ferry-closed.md'), 'utf8');
  edit('events/ferry-closed.md', (text) =>
    text.replace('lane: works', 'lane: harbour-works').replace('harbour closed.', 'harbour closed <b>for good</b>.'),
  );
  edit('events/mayor-statement.md', (text) => text.replace('places: []', 'places: []\npagePublished: 2020-01-15'));
  commit('2026-11-20', 'First edition');

  writeFileSync(
    file('events/bridge-opens.md'),
    bridge
      .replace('date: "2022-06-10"', 'date: "2022-06"')
      .replace(/  - article: gazette-2022-06\n    quote: "Opponents[^]*?claimant: Opponents of the bridge\n/, '')
      .replace('The bridge opened to traffic.', 'The bridge opened.'),
  );
  writeFileSync(file('events/ferry-closed.md'), ferry);
  commit('2026-11-23', 'Add the bridge opening; fix the ferry event');

  edit('events/bridge-opens.md', (text) =>
    text
      .replace('title: Bridge opens\ndate: "2022-06"\n', "date: '2022-06'\ntitle: Bridge opens\n")
      .replace('The bridge opened.', 'The bridge\nopened.'),
  );
  edit('events/council-vote.md', (text) => text.replace('by seven votes to two.', 'by seven votes\nto two.\n'));
  commit('2026-11-25', 'Prettier');

  writeFileSync(
    file('events/bridge-opens.md'),
    bridge.replace('The bridge opened to traffic.', 'The bridge opened to traffic on 10 June.'),
  );
  edit('articles/gazette-2022-06.md', (text) => `${text.trimEnd()}\n\nThe toll will be reviewed next year.\n`);
  commit('2026-12-02', 'Correct the bridge opening; add a paragraph to the gazette article');

  edit('events/works-period.md', (text) => `${text.trimEnd()} Work stopped twice.\n`);
  return content;
}
